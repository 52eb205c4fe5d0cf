"""Review 20a of the probes merged on 2026-12-04: bugs found and fixed."""
import datetime as dt
import time

import govie
from govie.taggers import entities as E

REF = dt.date(2024, 6, 1)


def _ents(text, label):
    r = govie.extract(text, model=None, reference_date=REF)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return [e for e in r.entities if e.label == label]


def _acts(text):
    r = govie.extract(text, model=None, reference_date=REF)
    return [(a.trigger["text"], a.mode) for a in r.activities]


def test_own_port_list_without_project_is_linear():
    # An item that could span a 、 backtracked exponentially: 30 ports took minutes.
    text = "我国沿海主要港口包括大连港" + "、营口港" * 24 + "等，吞吐量稳步增长。"
    t0 = time.perf_counter()
    list(E._own_port_matches(text))
    assert time.perf_counter() - t0 < 0.5
    locs = [e.text for e in _ents("加快洋浦港扩建工程、马村港三期、三亚邮轮港等项目建设。", "LOC")]
    assert locs == ["洋浦港", "马村港", "三亚邮轮港"]


def test_long_name_list_is_no_quadratic_site_scan():
    text = "授予以下同志“优秀共产党员”称号：" + "、".join(["王建国", "李芳", "张志强"] * 1000) + "。"
    t0 = time.perf_counter()
    list(E._SITE_LIST.finditer(text))
    assert time.perf_counter() - t0 < 0.5
    locs = [e.text for e in _ents("推进大地湾、大堡子山、锁阳城等国家考古遗址公园建设。", "LOC")]
    assert locs == ["大地湾", "大堡子山", "锁阳城"]


def test_done_list_after_object_jiang_or_noun_plan_is_not_planned():
    done1 = ("今年以来，市商务局紧紧围绕年度工作计划，扎实开展以下几方面工作：\n一是举办春季消费促进活动，组织200余家企业参展。\n"
             "二是开展外贸企业走访调研，帮助企业解决困难30余个。")
    done2 = ("上半年，区应急管理局将安全生产摆在突出位置，重点抓好以下几项工作：\n一是开展安全生产大检查，排查隐患156处。\n"
             "二是组织应急演练12场次，参与群众3000余人。")
    for text in (done1, done2):
        modes = [m for _, m in _acts(text)]
        assert modes and all(m == "done" for m in modes), text
    planned = "下一步，区商务局将重点做好以下工作：\n一是举办秋季消费促进活动。\n二是开展外贸企业走访调研。"
    assert [m for _, m in _acts(planned)] == ["planned", "planned"]


def test_university_lab_after_a_verb_is_no_unit():
    orgs = [e.text for e in _ents("近日，浙江大学获批全国重点实验室2个，宁波大学新增省级重点实验室3个。", "ORG")]
    assert orgs == ["浙江大学", "宁波大学"]
    assert [e.text for e in _ents("宁波大学农产品质量安全全国重点实验室获批。", "ORG")] == ["宁波大学农产品质量安全全国重点实验室"]
    assert [e.text for e in _ents("宁波大学有机化学重点实验室", "ORG")] == ["宁波大学有机化学重点实验室"]


def test_sea_zones_and_smart_towns_are_no_places():
    assert _ents("拓展深海、远海等战略空间，发展近海、远海养殖。", "LOC") == []
    assert _ents("提升县域智慧城镇管理水平，推动新型智慧城市建设。", "LOC") == []
    assert "草海" in [e.text for e in _ents("推进乌江、清水江、赤水河、都柳江、草海等重点河湖保护。", "LOC")]
    assert "南大智慧城" in [e.text for e in _ents("推动吴淞创新城、南大智慧城、湾区科创城开发提速。", "LOC")]


def test_previous_year_month_keeps_its_value_and_names_no_indicator():
    text = "比上年12月末增长5.2%。"
    dates = _ents(text, "DATE")
    assert [(d.text, d.attrs["value"]) for d in dates] == [("上年12月末", "2023-12")]
    assert [m.attrs["indicator"] for m in _ents(text, "METRIC")] == [None]
    # a rule's recurring 上一年度 stays null (dev sc19-4)
    dates = _ents("申报单位上一年度1月至12月的营业收入不低于500万元。", "DATE")
    assert [(d.text, d.attrs["value"]) for d in dates] == [("上一年度1月至12月", None)]


def test_odd_inputs_do_not_crash():
    for text in ("", "   ", "\u3000\u3000", "\n\n", "ＡＢＣ２０２５年３月１日，國務院辦公廳發佈通知。",
                 "农业农村部" * 5000, "、" * 3000 + "港等项目"):
        r = govie.extract(text, model=None, reference_date=REF)
        for e in r.entities:
            assert text[e.start : e.end] == e.text


def test_population_before_a_per_period_statistic_stays_outside_rules():
    inds = [m.attrs["indicator"] for m in _ents("农村居民每年人均可支配收入增长6.5%。", "METRIC")]
    assert inds == ["农村居民每年人均可支配收入"]
    inds = [m.attrs["indicator"] for m in _ents("本办法有效期5年。", "METRIC")]
    assert inds == ["有效期"]
