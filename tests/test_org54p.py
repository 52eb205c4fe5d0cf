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
