"""Review 20b of the probes merged on 2026-12-04 (org39, loc43, act56, ind39, full34n, ind40): bugs found and fixed."""
import datetime as dt

import govie

REF = dt.date(2026, 3, 1)


def _ents(text, label):
    r = govie.extract(text, model=None, reference_date=REF)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return [e for e in r.entities if e.label == label]


def _texts(text, label):
    return [e.text for e in _ents(text, label)]


def test_common_noun_and_verb_beside_firms_is_no_firm():
    # org39 let a verb inside a four-character item pass as a coined firm's word: tasks became ORG.
    orgs = _texts("推动腾讯、京东方、技术攻关、成果转化等深度合作。", "ORG")
    assert "技术攻关" not in orgs and "成果转化" not in orgs
    assert "信号优化" not in _texts("中国移动、中国电信、网络覆盖、信号优化等持续推进。", "ORG")
    # a coined word before the verb is still a firm's name (dev Tianjin 2026 report)
    orgs = _texts("华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长。", "ORG")
    assert "火眼位置" in orgs


def test_trunk_line_after_a_route_start_is_no_stop():
    # loc43 took the trunk a link road joins for the route's far end.
    locs = _texts("建设株洲至沪昆高速连接线，修建赣州至厦蓉高速联络线。", "LOC")
    assert "沪昆" not in locs and "厦蓉" not in locs and "株洲" in locs
    assert "沿江" not in _texts("推进南昌至沿江高铁联络线建设。", "LOC")
    assert "加格达奇" in _texts("开工建设富裕至加格达奇铁路。", "LOC")


def test_firm_named_north_or_south_is_no_region():
    # loc43's hub region read the first word of 北方稀土 and 南方航空 as the north and the south.
    assert "北方" not in _texts("推动北方稀土建设研发中心。", "LOC")
    assert "南方" not in _texts("市政府与南方航空公司签约，共建南方航空物流枢纽。", "LOC")
    assert "北方" in _texts("打造北方跨境电商集散中心。", "LOC")


def test_day_of_month_after_shijian_or_riqi_is_no_time_limit():
    # ind39 read a notice's day of the month after 时间为 / 日期为 as a count of days.
    text = "关于举办2026年全市职业技能大赛的通知\n各区人民政府：\n比赛报名时间为15日至20日，比赛时间为25日上午9时，截止日期为25日。"
    assert _texts(text, "METRIC") == []
    assert _texts("关于公示的通知\n公示期为45日。", "METRIC") == ["45日"]
    assert _texts("关于公示的通知\n公示时间为20日。", "METRIC") == ["20日"]  # a period (dev gz-1m)


def test_days_opening_a_rates_name_stay_in_it():
    # ind39 cut "3日内" out of the rate's name and left "内办结率".
    text = "某某县2026年政府工作报告\n过去一年，12345热线诉求受理后3日内办结率达99%。"
    ms = _ents(text, "METRIC")
    assert [m.text for m in ms] == ["99%"]
    assert ms[0].attrs["indicator"] == "12345热线诉求受理后3日内办结率"
    assert "30日" in _texts("关于印发某某办法的通知\n自收到申请之日起30日内作出决定。", "METRIC")


def test_first_time_before_a_name_is_part_of_it():
    # ind39 made 首次 a lead everywhere: 首次申领失业保险金人数 lost its qualifier.
    text = "关于印发某某市稳就业若干措施的通知\n全年首次申领失业保险金人数5000人。"
    assert [m.attrs["indicator"] for m in _ents(text, "METRIC")] == ["首次申领失业保险金人数"]


def test_long_place_list_scans_are_linear():
    # loc43's route ends scanned every known place per 至, and each place in a long 、 list ran the project-list
    # patterns to the list's end: 20,000 items took minutes.
    import time

    from govie.taggers import entities as E

    text = "、".join(["株洲至沪昆高速", "北方稀土", "长江上游", "驻宁", "留皖率"] * 2000)
    ends = [i + 2 for i in range(len(text)) if text.startswith("长江", i)]
    t0 = time.perf_counter()
    for e in ends:
        E._PROJECT_TAIL.match(text, e)
        E._PROJECT_ITEMS.match(text, e)
        E._LABS_AFTER.match(text, e)
    assert time.perf_counter() - t0 < 1.0
    gazetteer = [E.Mention("LOC", i, i + 2, "loc.gazetteer", {}) for i in range(len(text)) if text.startswith("株洲", i)]
    t0 = time.perf_counter()
    E._route_counties(text, gazetteer)
    assert time.perf_counter() - t0 < 2.0
