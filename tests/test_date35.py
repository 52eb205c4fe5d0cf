"""Probe date35: DATEs of policy documents (recurring deadlines joined by 和, a plan's stages)."""
import govie


def _dates(text, ref):
    return [(e.text, e.attrs.get("value")) for e in govie.extract(text, reference_date=ref).entities if e.label == "DATE"]


def test_recurring_days_joined_by_he_are_two_null_dates():
    # https://law1.110.com/law_127358.html (国茧协办函[2006]15号)
    text = "请各省级商务主管部门(茧丝办)务必于每月15日和30日前,及时将本地“东桑西移”工程蚕桑基地建设项目工作进展情况报告分别以电子邮件形式报送我办。"
    assert _dates(text, "2006-09-14") == [("每月15日", None), ("30日前", None)]


def test_day_joined_by_he_takes_the_month_of_the_date_before():
    assert _dates("会议定于2026年8月25日和26日举行。", "2026-08-01") == [("2026年8月25日", "2026-08-25"), ("26日", "2026-08-26")]


def test_an_offset_after_he_is_no_date():
    assert _dates("自收到申请之日起5日和10日内作出决定。", "2020-01-01") == []


def test_plan_stage_lies_ahead_not_in_the_year_before():
    # http://www.fymate.net/html/text/lar/168423/16842376_3.html (2005 环保专项行动 plan)
    text = ("(三)全面整治阶段(7月16日至8月31日)。各行署、市、县政府组织有关部门对检查出的重点环境问题进行集中整治。\n"
            "(四)抽查和重点检查阶段(9月1日至9月30日)。省环保专项行动领导小组将有计划地组织督查组到各地进行督查或暗查。\n"
            "(五)总结考核阶段(10月1日至11月10日)。各行署、市政府要认真总结环保行动取得的成效与不足。")
    assert _dates(text, "2005-06-20") == [("7月16日至8月31日", "2005-07-16/2005-08-31"),
                                          ("9月1日至9月30日", "2005-09-01/2005-09-30"),
                                          ("10月1日至11月10日", "2005-10-01/2005-11-10")]


def test_a_review_date_outside_a_stage_still_looks_back():
    # The review rule is untouched where no stage opens the bracket.
    assert _dates("12月20日,召开了全县工作会议。", "2005-06-20") == [("12月20日", "2004-12-20")]


def test_a_part_of_a_month_due_moves_with_its_month():
    # 开化县2023年度重点工作清单 (pages search, probe date35; published 2023-12-22): a deadline by 2月上旬 is read as
    # the deadlines beside it are (guide: a yearless date more than a month before the reference date takes the year after)
    text = ("开化县2023年度重点工作清单(一季度政府工作报告重点任务执行落实情况)\n时间:2023-12-22 17:46\n"
            "序号 | 工作事项 | 进度安排 |\n1 | 启动新安综合体建设。 | ①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。 |")
    got = dict(_dates(text, "2023-12-22"))
    assert got["3月底前"] == "2024-03"
    assert got["2月上旬前"] == "2024-02-01/2024-02-10"
