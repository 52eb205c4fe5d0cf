"""Indicators, kind and period of METRIC mentions in work reports (probe ind55w): a county report
delivered in December that reviews the year then ending, the whole a share is within (在…占比), a
condition clause defining what is measured (达到…标准的), a counted noun read to the reading limit."""

import pytest

import govie


def _metrics(text, reference_date=None):
    doc = govie.extract(text, model=None, reference_date=reference_date)
    out = {e.text: e.attrs for e in doc.entities if e.label == "METRIC"}
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    return out


# 沅陵县 2018 report, delivered 2018-12-25, https://guanchang.qwyd.net/zhengfugongzuobaogao/287073.html
_YUANLING = "一、2018年工作回顾\n全年预计实现地区生产总值170.98亿元，增长8%；全社会固定资产投资增长16.5%。"


def test_december_report_reviews_the_year_ending():
    m = _metrics(_YUANLING, "2018-12-25")
    for span in ("170.98亿元", "8%", "16.5%"):
        assert (m[span]["kind"], m[span]["period"]) == ("actual", "2018")
    assert m["170.98亿元"]["indicator"] == "地区生产总值"


def test_january_report_still_reviews_the_year_before():
    m = _metrics(_YUANLING, "2019-01-10")
    assert (m["170.98亿元"]["kind"], m["170.98亿元"]["period"]) == ("actual", "2018")


def test_december_report_plan_is_next_year():
    m = _metrics(_YUANLING + "\n二、2019年工作安排\n力争地区生产总值增长8%以上。", "2018-12-25")
    plan = [e for e in govie.extract(_YUANLING + "\n二、2019年工作安排\n力争地区生产总值增长8%以上。", model=None,
                                     reference_date="2018-12-25").entities
            if e.label == "METRIC" and e.start > len(_YUANLING)]
    assert [(e.attrs["kind"], e.attrs["period"]) for e in plan] == [("target", "2019")]
    assert m["170.98亿元"]["kind"] == "actual"


@pytest.mark.parametrize("text, span, indicator", [
    # 山东 2026 report (work-reports-2026, 山东省 full_text 4263-4400)
    ("经济总量连续跨过3个万亿元大关，占全国比重由2020年的7.2%提升至7.4%，在北方地区占比由20.5%提升至21.1%。",
     "20.5%", "北方地区占比"),
    ("经济总量连续跨过3个万亿元大关，占全国比重由2020年的7.2%提升至7.4%，在北方地区占比由20.5%提升至21.1%。",
     "21.1%", "北方地区占比"),
    # 青海 2026 report (work-reports-2026, 青海省 full_text 16700-16800)
    ("加快建设基层分级诊疗体系，达到服务能力标准的乡镇卫生院、社区卫生服务中心占比提高到90%以上。",
     "90%", "达到服务能力标准的乡镇卫生院、社区卫生服务中心占比"),
    # 山东 2026 report (work-reports-2026, 山东省 full_text 4540-4600)
    ("19条标志性产业链立起先进制造业强省“四梁八柱”，制造业总体规模和综合实力稳居全国第一梯队。", "19条", "标志性产业链"),
])
def test_indicator(text, span, indicator):
    assert _metrics(text, "2026-01-27")[span]["indicator"] == indicator


@pytest.mark.parametrize("text, span, indicator", [
    # names that open with 在 or a verb of a condition, unchanged
    ("全省在岗职工平均工资增长5%。", "5%", "在岗职工平均工资"),
    ("符合条件的企业达到500家。", "500家", "企业"),
])
def test_names_kept(text, span, indicator):
    assert _metrics(text, "2026-01-27")[span]["indicator"] == indicator
