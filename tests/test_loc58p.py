"""Places in policy documents and State Council reports that are no places of their own (probe loc58p, round 25:
/work/r25/loc58p). Each test quotes a real sentence; its source is in the comment above it."""

from govie.taggers.entities import _opens_a_meeting_name

from .mentions import depts, spans


def _locs(text, **kw):
    return spans(text, "LOC", model=None, **kw)


# http://xiongan.gov.cn/2021-03/23/c_1211080104.htm (雄安发〔2021〕5号), its addressee line.
XIONGAN_ADDRESSEES = ("关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知\n"
                      "雄县、容城、安新县委和人民政府,新区各部门:\n现将《全面推进乡村振兴加快农业农村现代化的实施方案》印发给你们。")


def test_places_sharing_a_committee_and_government_are_bodies():
    # Guide LOC 5: places sharing one body head in a list follow the DEPT convention.
    assert _locs(XIONGAN_ADDRESSEES) == []
    found = depts(XIONGAN_ADDRESSEES)
    names = [d[0] for d in found]
    assert "雄县" in names and "容城" in names and "安新县委" in names
    # 容城 is written without its level: no body is guessed for it.
    assert dict(found)["容城"] is None


def test_places_sharing_one_government_still_split():
    # The shape the rule was written for stays: each place its own body.
    assert [d[0] for d in depts("各市人民政府：\n石家庄、保定、廊坊市人民政府：\n现将")][:3] == ["石家庄", "保定", "廊坊市人民政府"]


# The same page, 指导思想: a meeting's name holds its place (guide v2.2, LOC 2: events are no places).
XIONGAN_MEETING = ("按照省委九届十一次、十二次全会部署和雄安新区2021年建设发展工作会议要求,统筹推进“五位一体”总体布局,"
                   "结合雄安新区实际,制定如下实施方案。")


def test_place_in_a_meeting_name_is_not_marked():
    assert _locs(XIONGAN_MEETING) == ["雄安新区"]  # only the one in 结合雄安新区实际
    assert spans(XIONGAN_MEETING, "LOC") == ["雄安新区"]  # with the bundled model too


def test_place_where_a_meeting_is_held_is_kept():
    # A verb between the place and the meeting: the place where it is held.
    assert not _opens_a_meeting_name("在雄安新区召开2021年工作会议", 5)
    assert _opens_a_meeting_name("雄安新区2021年建设发展工作会议要求", 4)


# https://jlxk.wenyuanchain.com/yd/article/1421031699113889793 (永德县, 2021): the attachment's heading drops the
# title's bracketed years to the next line (guide v2.2, LOC 4: places in the own title line are not marked).
YONGDE = ("中共永德县委办公室 永德县人民政府办公室关于印发《永德县城镇化建设三年行动 计划(2020―2022年)》的通知\n"
          "各乡党委政府县委各部门县级国家机关各人民团体各企事业单位中央市驻永德单位\n"
          "中共永德县委办公室\n永德县人民政府办公室\n2021416\n永德县城镇化建设三年行动计划\n2020―2022年)\n"
          "为深入贯彻党中央国务院和省委省政府市委市政府关于城镇化建设的重大决策部署全面加速永德城镇化进程"
          "推进边疆治理体系和治理能力现代化结合实际制定本行动计划\n")


def test_heading_of_issued_plan_with_years_apart_holds_no_place():
    assert _locs(YONGDE) == ["永德", "永德"]
