"""Probe ind43: what a number in a policy's grant or threshold measures."""
import govie


def _metrics(text):
    return {e.text: e.attrs for e in govie.extract(text, model=None).entities if e.label == "METRIC"}


def test_grant_and_its_recipient():
    # http://qyxmbt.com/sd/zibo/3926.html (淄博, a district's reward rules)
    m = _metrics("对当年实现区内财政收入300万元以上、增幅列全区前10名的二产企业，奖励企业领导班子8万元。")
    assert m["8万元"]["indicator"] == "奖励"


def test_share_paid_as_a_grant():
    # http://qyxmbt.com/sd/zibo/3926.html
    assert _metrics("按增加额的10%奖励企业领导班子。")["10%"]["indicator"] == "奖励"
    # https://www.chacewang.com/newsdetail/news342741.html
    m = _metrics("分别给予参展企业展位费80%、30%的补助，每家企业最高不超过10万元。")
    assert m["80%"]["indicator"] == m["30%"]["indicator"] == "补助"
    assert m["10万元"]["indicator"] is None


def test_single_unit_and_reference_words():
    # https://chacewang.com/newsdetail/news748437.html
    assert _metrics("单个项目奖励金额最高50万元。")["50万元"]["indicator"] == "奖励金额"
    # http://sme.dyyseo.com/hai-cang-qu-2020-nian-shi-xian-kua-yue-fa-zhan-jiang-li
    assert _metrics("（五）每家企业该项奖励最高为1000万元。")["1000万元"]["indicator"] == "奖励"
    # https://www.chacewang.com/newsdetail/news342741.html
    assert _metrics("超过5亿元的部分、按每超1亿元给予8万元的奖励，每家企业每年最高不超过300万元。")["300万元"]["indicator"] is None


def test_grant_after_its_step():
    # https://chacewang.com/newsdetail/news748437.html
    m = _metrics("项目内企业年度新增工业产值合计超过1亿元以上，按照每新增1亿元工业产值奖励10万元的标准。")
    assert m["10万元"]["indicator"] == "奖励"
