"""Probe dept68p: city bodies in lists and portal metadata blocks (round 26)."""

import govie


def _depts(text):
    x = govie.extract(text, model=None)
    out = []
    for e in x.entities:
        if e.label == "DEPT":
            assert text[e.start:e.end] == e.text
            out.append((e.text, e.attrs.get("canonical")))
    return out


# http://www.ynwd.gov.cn/info/egovinfo/1007/overt_centent/11532329015178442p-/2024-1112010.htm (武定县, 云南 2024):
# a catalogue label the block did not know followed the index number, and the body named there was lost
# as part of the index value (chrome).
_WUDING = ("武定县人民政府\n索  引  号:11532329015178442p-/2024-1112010 公文目录:县财政局 "
           "发文机关:武定县政府办 发文字号: 主  题  词:")


def test_body_after_index_number_is_kept():
    assert ("县财政局", "武定县财政局") in _depts(_WUDING)


def test_unknown_label_after_index_number_keeps_its_body():
    text = _WUDING.replace("公文目录", "信息类别")
    assert ("县财政局", "武定县财政局") in _depts(text)



# http://ask.fsou.com/html/text/lar/173805/17380510_2.html (北京市流浪乞讨人员救助管理工作联席会议制度, 2012):
# 联席会议由市民政局、…、市城管执法局、北京铁路局、团市委、市妇联…等20个部门组成。 A railway bureau named by a
# city is not that city's body: no 北京市铁路局.
def test_railway_bureau_is_not_a_city_body():
    linker = govie.pipeline._pipeline(None, None).linker
    assert linker.link("北京铁路局").canonical == "北京铁路局"
    assert linker.link("北京市铁路局").canonical is None


# http://nanchang.baogaosu.com/xinwen/ (遂川县成立全县民族工作领导小组, 江西 2016): a county's 城乡建设局 (a
# type of the years before the 2019 reforms), and a count that numbers the departments of the 县委 and
# 县政府 named after it, not the 县委 itself.
_SUICHUAN = "县委宣传部、县公安局、县财政局、县民政局副局长、县农业局、县城乡建设局等36个县委、县政府部门和县直单位的39名副科级以上领导为成员"


def test_county_urban_rural_construction_bureau():
    x = govie.extract(_SUICHUAN, model=None, jurisdiction="遂川县", reference_date="2016-05-26")
    got = [(e.text, e.attrs.get("canonical")) for e in x.entities if e.label == "DEPT"]
    assert ("县城乡建设局", "遂川县城乡建设局") in got


def test_count_of_departments_keeps_the_committee():
    x = govie.extract(_SUICHUAN, model=None, jurisdiction="遂川县", reference_date="2016-05-26")
    got = [(e.text, e.start, e.attrs.get("canonical")) for e in x.entities if e.label == "DEPT"]
    at = _SUICHUAN.index("36个县委") + 3
    assert ("县委", at, "中共遂川县委员会") in got



def test_a_count_after_a_higher_scope_numbers_lower_governments():
    # review22: in a provincial text the count after 全省 numbers eleven cities, a class of governments (no DEPT);
    # after 全县 it numbers the county's own departments (the 遂川县 case above keeps 县委 and 县政府).
    text = "全省11个市政府有关部门要加强协调。"
    assert [e.text for e in govie.extract(text, model=None, jurisdiction="山西省").entities if e.label == "DEPT"] == []
    own = "全县36个县委、县政府部门参加会议。"
    assert [e.text for e in govie.extract(own, model=None).entities if e.label == "DEPT"] == ["县委", "县政府"]
