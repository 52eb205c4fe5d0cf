"""Review19 (round 26): code review of dept65c, ind54w, dept66p, asg66n, org52p and act71s on sentences
of other provinces, levels and genres."""
import govie


def _ents(text, label, date=None):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.start, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == label]


def test_assessor_kinds_after_a_word_opening_with_a_level_are_no_body():
    # dept65c: 考评/考核机构 after 市场化, 区域性, 县域经济 (a kind of outside assessor, 市场/区域/县域 are words)
    for text in ("各县区要引入市场化考核机构，对重点项目实施情况开展第三方评估。",
                 "委托区域性考评机构对全市营商环境开展年度评价。",
                 "县域经济考核机构每年发布全省县域经济发展排名。"):
        assert [d for d in _ents(text, "DEPT") if "机构" in d[0]] == []
    # the bodies of a division stay: 市目标考核机构 (宜宾 style), 区社会保险经办机构
    text = "宜宾市人民政府办公室\n2022年3月1日\n市目标考核机构要将各项任务纳入年度考核，市社会保险经办机构按月结算。"
    got = [t for t, _, _ in _ents(text, "DEPT")]
    assert "市目标考核机构" in got and "市社会保险经办机构" in got


def test_chongqing_before_a_county_short_of_another_province_composes_no_zone_committee():
    # dept66p: 重庆 (500000) is no province of 禄丰 (云南) or 宣威 (云南): no place opens the zone's name
    for text in ("重庆禄丰产业园区管委会，各乡镇人民政府，市级各部门：",
                 "重庆宣威经济开发区管委会，各乡镇人民政府，市级各部门："):
        got = [(t, c) for t, _, c in _ents(text, "DEPT") if t.endswith("管委会")]
        assert got == [(text[:text.index("，")], None)]
    # a county-level city in its own province still composes (宣威 of 云南, 简阳 of 四川)
    text = "云南宣威经济开发区管委会，各乡镇人民政府，市级各部门："
    assert ("云南宣威经济开发区管委会", 0, "云南宣威经济开发区管理委员会") in _ents(text, "DEPT")
    text = "四川简阳产业园区管委会，各镇人民政府："
    assert ("四川简阳产业园区管委会", 0, "四川简阳产业园区管理委员会") in _ents(text, "DEPT")


def test_village_and_community_names_of_the_collective_era_follow_the_place():
    # org52p: a verb after the place takes 社区/村 as its object (在文昌搭建社区门诊), but 前进, 联合 and 建设
    # are names of communities and villages everywhere
    text = "南岗区前进社区开展邻里节活动。"
    assert ("南岗区前进社区", 0, None) in _ents(text, "LOC")
    text = "2023年，永安镇联合村完成道路硬化，城关镇建设村被评为省级美丽乡村。"
    locs = [t for t, _, _ in _ents(text, "LOC")]
    assert "永安镇联合村" in locs
    # the probe's case stays: the community is the object of 搭建
    text = "以上海交大医学院医疗合作项目为核心,在文昌搭建社区门诊、健康调理体系"
    assert not any("社区" in t for t, _, _ in _ents(text, "LOC"))
