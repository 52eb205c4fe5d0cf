"""Review of round 27's merges act76n, loc66p and asg71c (review25): sentences of other provinces, levels and
genres shaped on the kinds the merged rules read; every span's offsets are checked."""
from __future__ import annotations

import govie
from govie.taggers.entities import tag_locs

from .assignment_frames import assignments


def _acts(text, ref):
    out = []
    for a in govie.extract(text, model=None, reference_date=ref).activities:
        assert text[a.trigger["start"]:a.trigger["end"]] == a.trigger["text"]
        out.append((a.trigger["text"], a.trigger["start"], a.agents))
    return out


def _locs(text):
    out = []
    for m in tag_locs(text):
        out.append((text[m.start:m.end], m.start))
    for e in govie.extract(text, model=None).entities:
        assert text[e.start:e.end] == e.text
    return out


# --- loc66p: 经济开发区 / 生态工业园区 after a short name; county short names before 风景名胜区 ---

def test_xinjian_before_a_zone_kind_is_the_verb_after_a_word():
    # 新建 (南昌's 新建区) after a verb or a scope word reads "newly built": no place
    for t in ("推进新建经济开发区建设，加快产业集聚。", "支持各地规划新建生态工业园区。", "全省新建经济开发区3个。",
              "加快推进新建开发区基础设施建设。"):
        assert _locs(t) == [], t
    # with its city before it, the district's zone
    t = "南昌市新建经济开发区招商引资成效明显。"
    assert _locs(t) == [("南昌市新建经济开发区", 0)]


def test_a_county_short_that_ends_a_noun_opens_no_scenic_area():
    # 资源 (资源县) as the tail of 旅游资源 is no county
    assert _locs("加强旅游资源风景名胜区管理。") == []
    assert _locs("优化旅游资源风景名胜区布局。") == []
    t = "其中元谋风景名胜区浪巴铺景区禁养区面积为15平方千米。"
    assert _locs(t) == [("元谋风景名胜区浪巴铺景区", 2)]


# --- act76n: a time clause with 了 before a norm; a fault after a finding; a dispatch inside a sentence ---

def test_a_time_clause_before_a_norm_states_a_condition():
    for t in ("国务院\n政府工作报告\n无产阶级在夺取政权、确立了自己的政治统治以后，必须把工作重点转到经济建设上来。",
              "国务院\n政府工作报告\n一个国家在确立了社会主义制度以后，仍然要经历一个很长的初级阶段。",
              "国务院\n政府工作报告\n无产阶级在夺取政权、建立了自己的政治统治以后，必须把工作重点转到经济建设上来。"):
        assert _acts(t, "1987-03-25") == [], t
    # a reported action dated by what followed still stands
    t = "国务院\n政府工作报告\n三月初，全国煤矿在广大职工中确立了岗位责任制以后，产量大幅上升。"
    assert [a[0] for a in _acts(t, "1985-03-27")] == ["确立"]


def test_a_fault_in_what_an_inspection_found_keeps_the_inspection():
    t = "5月12日，县政府督查室深入各乡镇开展督查发现整改不到位问题6个，已督促整改。"
    assert _acts(t, "2023-06-01") == [("开展", t.index("开展"), ["县政府督查室"])]
    t = "4月，市安委办开展安全生产检查发现隐患整改不及时等问题，已责令限期整改。"
    assert [a[:2] for a in _acts(t, "2023-06-01")] == [("开展", t.index("开展"))]
    # the clause that faults its own verb still reports nothing
    assert _acts("也有一些县区发布信息不够及时。", "2023-06-01") == []


def test_a_dispatch_named_inside_a_sentence_is_no_dateline():
    t = "3月1日，县委召开常委会议，传达学习新华社北京2月28日电精神。"
    assert _acts(t, "2023-03-02") == [("召开", t.index("召开"), ["县委"])]


# --- asg71c: body-headed items that are no duties; townships that are classes ---

NEWS = ("长沙市人民政府\n本周政务要闻\n1.市商务局：召开全市外贸企业座谈会，研究稳外贸工作措施。\n"
        "2.市住房城乡建设局：开展建筑施工安全专项检查，排查隐患120处。\n")
AWARDS = ("某某市人民政府办公室\n2023年度先进单位名单\n1、市财政局：获评全省财政工作先进单位，受到通报表扬。\n"
          "2、市教育局：获评全省教育系统先进集体，综合考评排名第一。\n")
AGENDA = ("某县人民政府\n会议议程\n一、县财政局：汇报2023年预算执行情况和2024年预算草案。\n"
          "二、县审计局：通报上半年审计发现问题整改情况。\n")


def test_numbered_items_headed_by_a_body_that_are_no_duties():
    for text in (NEWS, AWARDS, AGENDA):
        assert assignments(text, reference_date="2023-06-01") == [], text
    # the same items under a list of duties are duties
    duties = "某市人民政府\n三、职责分工\n（三）市民政局：做好困难群众基本生活保障工作；加强养老服务体系建设。\n"
    found = assignments(duties, reference_date="2023-06-01")
    assert [a["task"]["text"] for a in found] == ["做好困难群众基本生活保障工作", "加强养老服务体系建设"]


CANGXI = "苍溪县人民政府办公室\n二、工作职责。{}负责做好辖区内项目实施工作；\n"


def test_classes_and_anaphors_of_townships_lead_nobody():
    for subject in ("本镇", "该镇", "所在乡镇", "属地街道", "相关乡镇", "重点镇", "试点镇、示范乡"):
        assert assignments(CANGXI.format(subject), reference_date="2019-11-25") == [], subject
    found = assignments(CANGXI.format("陵江镇和云峰镇"), reference_date="2019-11-25")
    assert [a["lead"] for a in found] == [["苍溪县陵江镇人民政府", "苍溪县云峰镇人民政府"]]
