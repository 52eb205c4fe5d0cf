"""Probe ind42: METRIC indicators of provincial work reports, 2023-2025 (fresh digests and a plan report)."""

import govie


def _metrics(text, ref):
    res = govie.extract(text, reference_date=ref, model=None)
    return {e.text: e.attrs for e in res.entities if e.label == "METRIC"}


# 广东省2023年政府工作报告 (中新社 digest), http://boots.gsjlgcpx.com/20230743/busrice.html
GUANGDONG = ("广东省第十四届人民代表大会第一次会议12日在广州开幕。广东省省长王伟中作政府工作报告时称，"
             "预计2022年广东全省地区生产总值达12.8万亿元(人民币，下同)，五年年均增长5%，连续34年居全国首位。"
             "同时，全年退税减税缓税降费高达4656亿元、力度历年最大。值得一提的是，去年广东工业投资增长12%。")
# 福建省2023年计划执行情况及2024年计划草案的报告, https://xyjbkyj.com/xinwendongtai/xingyexinwen/4159.html
FUJIAN = "发挥政府投资引导带动作用，新增地方政府专项债务限额1618亿元、分解下达中央预算内投资99.9亿元、争取增发国债资金240.5亿元。"


def test_the_own_province_and_a_scope_word_are_both_scope():
    ms = _metrics(GUANGDONG, "2023-01-12")
    assert ms["12.8万亿元"]["indicator"] == "地区生产总值"  # not 广东全省地区生产总值 (guide v2.1, rule 2)
    assert ms["5%"]["indicator"] == "地区生产总值"
    assert ms["12%"]["indicator"] == "工业投资"  # 工业投资 is a standard indicator: 广东 before it is scope
    assert ms["12%"]["standard_indicator"] == "工业投资"


def test_gao_da_links_like_da():
    ms = _metrics(GUANGDONG, "2023-01-12")
    assert ms["4656亿元"]["indicator"] == "退税减税缓税降费"
    assert ms["4656亿元"]["change"] == "level"


def test_passing_funds_down_is_a_verb_of_doing():
    ms = _metrics(FUJIAN, "2024-01-23")
    assert ms["99.9亿元"]["indicator"] == "中央预算内投资"  # not 分解下达中央预算内投资 (rule 1)
    assert ms["1618亿元"]["indicator"] == "地方政府专项债务限额"
    assert ms["240.5亿元"]["indicator"] == "增发国债资金"


# 河北省2024年政府工作报告要点, https://guan.gov.cn/posts/post/he-bei-sheng-zheng-fu-gong-zuo-bao-gao-yao-dian-su-du
HEBEI = "全省吸纳京津技术合同成交额增长101.1%。与京津共建8个国家区域医疗中心，三地互认71项资质资格。"
# work-reports-2026/2026_安徽省_政府工作报告.csv (dev wr2026-anhuim), 五年回顾
ANHUI = "研发人员总量年均增长11.2%，吸纳技术合同成交额年均增长51.3%，每万人高价值发明专利拥有量年均增长28%。"


def test_contracts_taken_in_is_a_statistical_name():
    ms = _metrics(HEBEI, "2024-01-21")
    assert ms["101.1%"]["indicator"] == "吸纳京津技术合同成交额"  # 吸纳 is no verb of doing here; 全省 is scope
    assert ms["8个"]["indicator"] == "国家区域医疗中心"
    ms = _metrics(ANHUI, "2026-01-20")
    assert ms["51.3%"]["indicator"] == "吸纳技术合同成交额"
