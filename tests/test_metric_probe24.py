"""Probe polind24 (round 14): METRIC indicator and qualifier in policy rules (subsidies, thresholds, caps)."""

from .mentions import metric as _get, metrics as _metrics


# http://sme.dyyseo.com/hai-cang-qu-2020-nian-shi-xian-kua-yue-fa-zhan-jiang-li (厦门市海沧区)
HAICANG = ("(一)对企业2019年工业产值在1亿元(含)以上、5亿元(不含)以下,2020年工业产值同比增长达到40%(含)以上的予以奖励。"
           "其中,60%(含)以下的增量部分按1%给予奖励,60%以上的增量部分按1.2%给予奖励。\n(五)每家企业该项奖励最高为1000万元。")


def test_inclusive_note_before_bound():
    ms = _metrics(HAICANG)
    assert _get(ms, "1亿元").attrs["qualifier"] == "以上"
    assert _get(ms, "5亿元").attrs["qualifier"] == "以内"
    assert _get(ms, "40%").attrs["qualifier"] == "以上"


def test_grant_after_rate_and_cap():
    ms = _metrics(HAICANG)
    assert _get(ms, "1%").attrs["indicator"] == "奖励"
    assert _get(ms, "1.2%").attrs["indicator"] == "奖励"
    assert _get(ms, "1000万元").attrs["qualifier"] == "最高"


# http://sc.ruichuangshe.cn/jbzc_2024/chengdu/qyssgzlfzrgzc_27010.html (成都)
CHENGDU = ("(二)上规入库奖励。对首次进入规模以上工业、服务业企业名录库及限额以上商贸业企业名录的企业,分别给予20万元、5万元、5万元奖励;"
           "首次上规后连续两年在库的工业、服务业、商贸业企业,额外再给予20万元、5万元、5万元奖励。\n"
           "(三)上规贡献奖励。对首次进入商贸业企业名录且年度营业收入分别在2亿元、5000万元、2000万元、2000万元及以上的批、零、住、餐企业给予20万元奖励。")


def test_grant_after_list_of_sums():
    ms = _metrics(CHENGDU)
    assert _get(ms, "20万元").attrs["indicator"] == "奖励"
    assert _get(ms, "5万元", 1).attrs["indicator"] == "奖励"
    assert _get(ms, "20万元", 1).attrs["indicator"] == "奖励"
    assert _get(ms, "20万元", 2).attrs["indicator"] == "奖励"


def test_conditions_joined_by_qie():
    ms = _metrics(CHENGDU)
    assert _get(ms, "2亿元").attrs["indicator"] == "年度营业收入"
    assert _get(ms, "5000万元").attrs["indicator"] == "年度营业收入"


# https://www.gxqyrd.cn/zzrd/gq/4830.html (杭州市萧山区)
XIAOSHAN = ("3.支持产业数字化示范。对开展智能化改造咨询诊断、智能制造成熟度评价的企业,给予最高20万元资助;"
            "依据诊断方案实施改造的,按投资额30%给予最高1000万元资助。")


def test_cap_written_before_sum():
    ms = _metrics(XIAOSHAN)
    m = _get(ms, "20万元")
    assert (m.attrs["indicator"], m.attrs["qualifier"]) == ("资助", "最高")
    assert _get(ms, "1000万元").attrs["qualifier"] == "最高"


def test_superlative_is_no_cap():
    # 2026 河南省政府工作报告 (work-reports-2026, full_text): a superlative, not a cap
    ms = _metrics("超轻、超薄、超纯等新材料产业积厚成势，全球首台25兆瓦级风电主轴轴承、全球最高10米液压支架、全球最大直径盾构机下线。")
    assert _get(ms, "10米").attrs["qualifier"] is None
