"""ORG in policy texts (probe org54p): a big bank's short name with a branch at a bare level."""
import govie


def _orgs(text):
    return [(e.text, e.start, e.end) for e in govie.extract(text).entities if e.label == "ORG"]


def test_short_bank_name_with_province_branch_office():
    # www.kleyou.com/html/text/lar/172713/17271370.html (杭政办函〔2011〕106号)
    t = "市政府决定,对33家在杭银行机构进行奖励,并对其中的工行省分行营业部等6家银行机构授予奖励。"
    i = t.index("工行")
    assert _orgs(t) == [("工行省分行营业部", i, i + 8)]


def test_short_bank_name_with_province_branch_office_second():
    # same 通报: 对农行省分行营业部等4家银行机构授予“2010年度支持杭州市重点项目建设优秀奖”
    t = "对农行省分行营业部等4家银行机构授予优秀奖。"
    assert [o[0] for o in _orgs(t)] == ["农行省分行营业部"]


def test_named_branch_unchanged():
    # same 通报: a branch named by its place keeps its span
    t = "对温州银行杭州分行等4家银行机构授予优秀奖。"
    assert [o[0] for o in _orgs(t)] == ["温州银行杭州分行"]


def _ents(text, label):
    return [(e.text, e.start, e.end) for e in govie.extract(text).entities if e.label == label]


def test_places_sharing_one_department_are_not_locs():
    # www.china5e.com/news/news-845335-1.html (国家能源局 2013 notice on 无电人口 responsibility)
    t = "请内蒙古、四川、西藏、甘肃、青海、新疆及新疆生产建设兵团发展改革委、能源局报请省级人民政府明确本地区全面解决无电人口用电问题责任人"
    assert _ents(t, "LOC") == []
    depts = govie.extract(t).entities
    by_text = {e.text: e for e in depts if e.label == "DEPT"}
    assert by_text["内蒙古"].start == 1 and by_text["内蒙古"].end == 4
    assert by_text["四川"].attrs.get("canonical") == "四川省发展和改革委员会"
    assert by_text["新疆"].attrs.get("canonical") == "新疆维吾尔自治区发展和改革委员会"


def test_places_sharing_a_province_department_in_running_text():
    # same kind, the last place's department written in full
    t = "支持江西、湖南和湖北省商务厅开展试点。"
    assert _ents(t, "LOC") == []
    assert [d[0] for d in _ents(t, "DEPT")] == ["江西", "湖南", "湖北省商务厅"]


def test_hangzhou_by_its_one_character_name_after_zai():
    # www.kleyou.com/html/text/lar/172713/17271370.html (杭政办函〔2011〕106号)
    t = "市政府决定,对33家在杭银行机构进行奖励。"
    i = t.index("在杭") + 1
    assert _ents(t, "LOC") == [("杭", i, i + 1)]


def test_instruction_verb_is_not_part_of_the_firm():
    # same kind as the 国家能源局 2013 notice (china5e.com news-845335): a notice's verb before the firm it instructs
    t = "请青藏铁路有限公司做好运输保障。"
    assert _orgs(t) == [("青藏铁路有限公司", 1, 9)]


def test_demand_verb_is_not_part_of_the_firm():
    t = "通知要求国家电网有限公司、中国石油天然气集团有限公司做好能源保障。"
    assert [o[0] for o in _orgs(t)] == ["国家电网有限公司", "中国石油天然气集团有限公司"]
