"""Review16: defects in the round-25 merges (org51w, loc59w, review14). Realistic sentences of reports and notices,
shaped on the kinds the merged rules read; each failed before its fix."""
import govie


def _ents(text, labels):
    ex = govie.extract(text, model=None, reference_date="2024-05-01")
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [(e.label, e.text) for e in ex.entities if e.label in labels]


def test_a_class_of_groups_beside_named_groups_is_no_group():
    # _listed_group / _short_enterprise took 跨国, 链主, 央企 (rare or missing in jieba) for a brand
    assert ("ORG", "跨国集团") not in _ents("积极引进海亮集团、杭锅集团、跨国集团区域总部和研发中心。", ("ORG",))
    assert ("ORG", "链主集团") not in _ents("推动海亮集团、杭锅集团、链主集团带动上下游配套企业集聚发展。", ("ORG",))
    got = _ents("深化与中建集团、中交集团、央企集团的战略合作。", ("ORG",))
    assert ("ORG", "央企集团") not in got and ("ORG", "中建集团") in got
    # the brand the list shows stays (芜湖 2022 report, probe org51w)
    assert ("ORG", "人本集团") in _ents("信义六期项目、人本集团轴承系列、方不圆智能装备制造、杭锅集团新能源环保装备"
                                         "研发制造基地等一批重大项目如期投产。", ("ORG",))


def test_kinds_before_a_bare_scenic_class_are_no_sites():
    # 等景区 with no grade, 重点 or creation, and 景区化, follow kinds of places as often as names
    assert _ents("加强沙滩、海岛、湿地等景区基础设施建设。", ("LOC",)) == []
    assert _ents("加快古村落、古街区、老厂房等景区化建设。", ("LOC",)) == []
    assert _ents("推动中心渔港、一级渔港等渔港建设。", ("LOC",)) == []
    # graded, 重点 or created scenic spots and listed fishing ports stay (Shanxi 2020, Hainan 2014 reports; loc59w)
    assert len(_ents("推进壶口瀑布、雁门关、王莽岭、娘子关、百里太行画廊等重点景区提质升级。", ("LOC",))) == 5
    assert _ents("支持云丘山、晋祠等创建5A级景区。", ("LOC",)) == [("LOC", "云丘山"), ("LOC", "晋祠")]
    assert len(_ents("三亚崖州、临高新盈、乐东岭头等渔港建设。", ("LOC",))) == 3


def test_he_after_an_adverb_is_with_not_the_county():
    # 已经/正在 close an adverb: 和 is "with", the county's government is the speaker's own, not 和县's
    got = govie.extract("镇政府已经和县政府签订了合作协议。", model=None, reference_date="2024-05-01")
    assert not any(e.text.startswith("和县") for e in got.entities)
    got = govie.extract("各乡镇正在和县政府对接项目清单。", model=None, reference_date="2024-05-01")
    assert not any(e.text.startswith("和县") for e in got.entities)
    # after a preposition 和县 is the county (和县's reports, review14)
    assert ("DEPT", "和县委") in _ents("在和县委的领导下，全县上下团结奋斗。", ("DEPT",))

