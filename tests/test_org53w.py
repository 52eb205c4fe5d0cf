"""Probe org53w: ORG and LOC in 2026 provincial work reports (rules only)."""
import govie


def _ents(text, label, jurisdiction=None):
    r = govie.extract(text, model=None, jurisdiction=jurisdiction, reference_date="2026-01-20")
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.start, e.end) for e in r.entities if e.label == label]


def test_bare_free_trade_zone_of_a_local_report_is_a_place():
    # Shanghai 2026 work report (work-reports-2026/2026_上海市_政府工作报告.csv, after the dev slices)
    s = "加力建设自贸试验区及临港新片区。推动自贸试验区进一步优化布局、提升能级，深化实施高水平制度型开放。"
    locs = _ents(s, "LOC", "上海市")
    assert ("自贸试验区", 4, 9) in locs and ("自贸试验区", 18, 23) in locs
    # The strategy's name and a national list stay unmarked (dev wr2026-shaanxim, wr2026-hainan)
    assert not any(t == "自贸试验区" for t, _, _ in _ents("深入实施自贸试验区提升战略，支持企业出海。", "LOC", "陕西省"))
    # A named zone stays whole (dev wr2026-guangdongm)
    assert ("自贸试验区", 6, 11) not in _ents("深化改革，广东自贸试验区43项改革创新成果。", "LOC", "广东省")


def test_parks_listed_before_their_class_are_places():
    # Shanghai 2026 work report: 特色产业园区 / 特色园区 after a list of parks' own names
    s = "推进临港科创城建设，加快打造一批高水平科创社区，持续提升东方芯港、大飞机园等特色产业园区能级。"
    locs = [t for t, _, _ in _ents(s, "LOC", "上海市")]
    assert "东方芯港" in locs and "大飞机园" in locs
    s = "深化五个新城建设，大力推进新城产业细分赛道发展，提升联影小镇、东方美谷等特色园区能级。"
    locs = [t for t, _, _ in _ents(s, "LOC", "上海市")]
    assert "联影小镇" in locs and "东方美谷" in locs and "小镇" not in locs and "影小镇" not in locs


def test_named_towns_and_corridors_are_sites():
    # Fujian 2026 work report (dev wr2026-fujianm); Hebei 2026 work report (dev wr2026-hebei)
    s = "推动涉台园区高质量发展，推进平潭台湾小镇创新发展。"
    locs = [t for t, _, _ in _ents(s, "LOC", "福建省")]
    assert "平潭台湾小镇" in locs and "台湾" not in locs
    s = "空天信息和卫星互联网等创新产业集聚成势，京雄科创走廊加快形成。"
    assert "京雄科创走廊" in [t for t, _, _ in _ents(s, "LOC", "河北省")]


def test_a_centres_branch_named_by_a_place_is_no_place():
    # Xizang 2026 work report (work-reports-2026/2026_西藏自治区_政府工作报告.csv, after the dev slices)
    s = "围绕产业链部署创新链，绘制重点产业链攻关图谱。加快建设国家重大工程技术创新中心林芝基地。"
    assert not any("林芝" in t for t, _, _ in _ents(s, "LOC", "西藏自治区"))


def test_a_schools_host_campus_in_brackets_is_part_of_its_name():
    # Xizang 2026 work report
    s = "新建和改扩建51所中小学教学用房及附属设施，西藏完全中学（四川天府）开学招生，推动重庆昌都完全中学开工建设。"
    orgs = _ents(s, "ORG", "西藏自治区")
    assert ("西藏完全中学（四川天府）", 22, 34) in orgs
    assert "四川" not in [t for t, _, _ in _ents(s, "LOC", "西藏自治区")]
