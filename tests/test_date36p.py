"""DATE in policy documents: period words that open a kind, and dates a notice schedules (probe date36p)."""
import govie


def _dates(text, ref):
    return [(m.text, m.attrs.get("value")) for m in govie.extract(text, reference_date=ref).entities if m.label == "DATE"]


def test_nianchu_of_a_budget_kind_is_no_date():
    # http://jumpstarthappiness.com/policy/123415.html (黔府辦發〔2012〕34號, 第二條)
    text = "按預算來源包括:結轉預算、年初預算、調整預算(含中央專款)等。"
    assert _dates(text, "2012-07-21") == []


def test_nianchu_before_a_budget_leaves_the_written_year():
    # corpora/state-council-work-reports: 比上年年初预算增加1800亿元 (the DATE is 上年)
    assert [t for t, _ in _dates("中央财政支出比上年年初预算增加1800亿元。", "2009-03-05")] == ["上年"]


def test_quannian_all_year_round_is_no_date():
    # dev gz-25 (广州 养老保险待遇领取资格认证): 可全年申办
    assert _dates("每次认证时间间隔不超过12个月,可全年申办。", "2025-03-27") == []


def test_quannian_as_a_report_kind_is_no_date():
    # dev pt-176849: 分别于当年7月3日和下年1月3日前，正式报送项目半年和全年总结
    assert "全年" not in [t for t, _ in _dates("正式报送项目半年和全年总结,总结材料包括投资安排。", "2016-09-21")]


def test_quannian_of_a_year_goal_stays():
    # dev sc19-56: 确保完成全年经济社会发展主要目标任务 (2018)
    assert ("全年", "2018") in _dates("2018年，要确保完成全年经济社会发展主要目标任务。", "2018-07-31")


def test_scheduled_month_after_a_reported_year_lies_ahead():
    # dev pt-20932 (全国人大常委会 2022 监督工作计划): 关于2021年度…的报告。报告拟安排在4月份/10月份举行
    text = ("(一)听取和审议国务院关于2021年度环境状况的报告。报告拟安排在4月份举行的全国人大常委会会议上听取和审议。"
            "(二)听取和审议国务院关于2021年度国有资产管理情况的报告。报告拟安排在10月份举行的会议上听取和审议。")
    got = dict(_dates(text, "2022-05-06"))
    assert got["4月份"] == "2022-04" and got["10月份"] == "2022-10" and got["2021年度"] == "2021"


def test_a_review_month_without_a_plan_word_still_looks_back():
    # a notice of May 2022 reporting what was done: 10月份 without 拟/计划/将于 is the year before
    assert _dates("10月份,我市召开了推进会。", "2022-05-06") == [("10月份", "2021-10")]
