from __future__ import annotations

import pytest

import govie
from govie.text.normalize import normalize
from govie.taggers.metrics import tag_metrics

# (sentence, expected span text, value, unit)
CASES = [
    ("本周，共计咨询4844人次、受理558件", "4844人次", 4844.0, "人次"),
    ("已进驻省级部门共45个", "45个", 45.0, "个"),
    ("全市地区生产总值5.2万亿元、增长5.4%", "5.2万亿元", 5.2e12, "元"),
    ("全市地区生产总值5.2万亿元、增长5.4%", "5.4%", 5.4, "%"),
    ("高于全国0.4个百分点", "0.4个百分点", 0.4, "百分点"),
    ("举办活动3万余场次", "3万余场次", 30000.0, "场次"),
    ("共印94份", "94份", 94.0, "份"),
    ("其它9类行权事项", "9类", 9.0, "类"),
    ("完成投资5853.9亿元", "5853.9亿元", 585390000000.0, "元"),
    ("新增就业2.3 万件", "2.3万件", 23000.0, "件"),
    ("对14名综合窗口工作人员", "14名", 14.0, "名"),
    ("粮食产量1,234万吨", "1,234万吨", 12340000.0, "吨"),
    # issue 21: the sign of a negative number is kept
    ("进出口总值同比增长-5.5%", "-5.5%", -5.5, "%"),
    ("企业亏损-100亿元", "-100亿元", -1e10, "元"),
    # a range with its unit written once is one METRIC valued at its lower bound
    ("地区生产总值增长4.5-5%", "4.5-5%", 4.5, "%"),
    ("粮食产量1300亿斤以上", "1300亿斤", 1.3e11, "斤"),
    ("经济增速连续16个季度高于全国", "16个季度", 16.0, "季度"),
]


@pytest.mark.parametrize("sentence,span,value,unit", CASES, ids=[f"{c[1]}" for c in CASES])
def test_metric_cases(sentence, span, value, unit):
    clean = normalize(sentence).text
    found = {clean[m.start : m.end]: m for m in tag_metrics(clean)}
    assert span in found, found.keys()
    assert found[span].attrs["value"] == pytest.approx(value)
    assert found[span].attrs["unit"] == unit


@pytest.mark.parametrize("sentence", ["在省政务服务中心21楼后台", "2023年第17期（总第437期）", "第4次会议"])
def test_metric_non_cases(sentence):
    assert tag_metrics(sentence) == []


@pytest.mark.parametrize(
    "text,span,value,unit",
    [
        # Full-width digits with a full-width point (State Council report 1997, dev)
        ("国内生产总值达到６７７００多亿元，按可比价格计算，比上年增长９．７％。", "９．７％", 9.7, "%"),
        # 多 between the number and its multiplier (dev sc-report-1997, sc-report-2023)
        ("国内生产总值达到６７７００多亿元，按可比价格计算，比上年增长９．７％。", "６７７００多亿元", 6.77e12, "元"),
        ("新增减税降费超过1万亿元，缓税缓费7500多亿元。", "7500多亿元", 7.5e11, "元"),
        # 万千瓦 is 万 of 千瓦, not 万千 of 瓦
        ("公路建成通车１１００多公里。新增发电装机１５００多万千瓦，", "１５００多万千瓦", 1.5e7, "千瓦"),
        # a unit per a unit (dev gz-13, Tianhe talent apartments)
        ("三、租赁费用及期限\n富力大厦32.5元/平方米/月、珠江嘉", "32.5元/平方米/月", 32.5, "元/平方米/月"),
        # working days and hours (dev gz-35, gz-33)
        ("日起15个工作日内完成审核，有特殊情况的，可以延长10个工作日。", "10个工作日", 10.0, "个工作日"),
        ("参保人员每月上门次数不低于12次，每月服务时间为28小时；", "28小时", 28.0, "小时"),
    ],
)
def test_metric_forms_of_real_text(text, span, value, unit):
    found = {text[m.start:m.end]: m.attrs for m in tag_metrics(text)}
    assert found[span]["value"] == pytest.approx(value) and found[span]["unit"] == unit


def test_a_formula_constant_is_no_metric():
    # Dev sc19-4 (annotator notes R5-D): "…总台次数×100%" defines an indicator; the percentage is a
    # constant of the formula. A percentage the text reports next to it stays.
    text = "计算方法：日间手术台次数/同期出院患者择期手术总台次数×100%。目标值为60%，乘以 100%后取整。"
    got = [(e.text, e.start) for e in govie.extract(text, model=None).entities if e.label == "METRIC"]
    assert got == [("60%", text.index("60%"))]


def test_a_unit_opening_the_counted_noun_measures_nothing():
    # las.ac.cn 2018 news on the 分工意见 (probe asg40): 部门 is the noun counted, no measure word; the span
    # 14部 ended inside it. A count with a measure word of laws (出台5部…法规) stays.
    text = "生态环境部、国家发展改革委、科技部等14部门按照职责分工负责。今年出台5部地方性法规。"
    assert [m.text for m in govie.extract(text, model=None).entities if m.label == "METRIC"] == ["5部"]
