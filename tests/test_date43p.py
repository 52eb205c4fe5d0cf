"""Probe date43p: DATE spans and values, and the record's dates, in county and city policy notices."""

import datetime as dt

import govie
from govie.timex import resolve


def _dates(text, ref):
    out = govie.extract(text, reference_date=ref)
    return [(e.text, e.start, e.attrs.get("value")) for e in out.entities if e.label == "DATE"], out


# https://www.hongshan.gov.cn/xxgk/zc/qt/qzfbwj/202502/t20250220_2537360.shtml (洪政办〔2025〕1号): the page lost
# the 年 between year and month.
HONGSHAN_1 = ("各责任事项牵头单位(责任单位)对照目标任务要求,科学谋划,认真制定全年办理工作方案,"
              "并于20251月20日前经本单位主要负责人审定后书面报区政府督查室(填写附件1)。")
HONGSHAN_2 = ("同时,将主要目标任务各季度及全年完成情况20254月8日、7月8日、10月8日及12月8日前,"
              "经本位主要负责人审定后以书面及电子版形式报送至区政府督查室(填写附件2)。")


def test_year_glued_to_month_is_one_date():
    dates, _ = _dates(HONGSHAN_1, "2025-01-06")
    start = HONGSHAN_1.index("20251月")
    assert ("20251月20日前", start, "2025-01-20") in dates
    assert HONGSHAN_1[start : start + len("20251月20日前")] == "20251月20日前"


def test_listed_days_after_glued_year_take_its_year():
    dates, _ = _dates(HONGSHAN_2, "2025-01-06")
    got = {t: v for t, _, v in dates}
    assert got["20254月8日"] == "2025-04-08"
    assert got["7月8日"] == "2025-07-08"
    assert got["10月8日"] == "2025-10-08"
    assert got["12月8日前"] == "2025-12-08"


def test_year_work_plan_and_completion_report_take_the_year():
    for text in (HONGSHAN_1, HONGSHAN_2):
        dates, _ = _dates(text, "2025-01-06")
        assert [v for t, _, v in dates if t == "全年"] == ["2025"]


# https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (蔡政办〔2023〕1号)
CAIDIAN = ("三、从2023年第一季度开始,各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况"
           "报区人民政府办公室,区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办。")


def test_open_start_after_a_quarter_and_relative_quarter():
    dates, _ = _dates(CAIDIAN, "2023-01-03")
    got = {t: (s, v) for t, s, v in dates}
    assert got["2023年第一季度开始"] == (CAIDIAN.index("2023年"), "2023-01/..")
    # 本季度 in the sentence of a recurring deadline (每季度…30日前) recurs with it: no one value
    assert got["本季度"] == (CAIDIAN.index("本季度"), None)


def test_relative_quarter_values():
    ref = dt.date(2024, 5, 6)
    assert resolve("本季度", reference=ref).value == "2024-04/2024-06"
    assert resolve("上季度", reference=ref).value == "2024-01/2024-03"
    assert resolve("下一季度", reference=dt.date(2024, 11, 2)).value == "2025-01/2025-03"


# https://m.ltwz.net/news/DPweP9gqoV.html (沁县人民政府办公室, 2025): a notice handing out the work report's tasks.
QINXIAN = ("县示范区管委会,各乡、镇人民政府,县直各有关单位:\n"
           "经县政府同意,现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》《县政府重点工作任务分解》"
           "印发给你们。请各单位认真对照,迅速行动,抓好落实。\n"
           "沁县人民政府办公室\n2025年5月18日\n(此件公开发布)\n"
           "附件1\n2025年县政府工作报告任务清单\n")


def test_notice_of_a_work_reports_tasks_keeps_its_record():
    out = govie.extract(QINXIAN, reference_date="2025-05-18")
    assert out.meta["doc_date"] == "2025-05-18"
