"""Probe act64s: activities in State Council work reports (dev-miss study): a plan-part sentence that opens on an
unstated past span (这几年) reports done work, 超额完成 is a target met, firms and commercial banks act for themselves.
Real sentences, addresses in comments."""
import govie

# ../shared/data/state-council-work-reports/government_work_reports.jsonl (zh.wikisource.org), by year
WIKISOURCE = "https://zh.wikisource.org/wiki/1987年国务院政府工作报告"


def _acts(text, ref):
    r = govie.extract(text, model=None, reference_date=ref)
    return [(a.trigger["text"], a.type, a.mode) for a in r.activities]


def _report(review, plan=""):
    """A report's opening, a review section and (optionally) a plan section around real paragraphs."""
    text = "各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\n\n\n一、当前国内形势和基本任务\n\n\n　　" + review
    if plan:
        text += "\n\n\n二、今年的主要任务\n\n\n" + plan
    return text


def test_plan_sentence_opening_on_these_years_reports_done():
    # 1987 report (WIKISOURCE), 第六 of the tasks: the first sentence looks back on work done, the second plans
    plan = ("第六，改进固定资产投资管理办法，进一步提高投资效益\n\n\n　　这几年在基本建设中推行各种形式的投资包干责任制和"
            "招标投标制，对调动部门、地方和企业的积极性，合理使用资金和增进投资效益，起了显著的促进作用。今年要进一步推广和完善"
            "各种形式的投资包干责任制。")
    review = "１９８６年是开始执行第七个五年计划并取得显著成就的一年。"
    acts = _acts(_report(review, plan), "1987-03-25")
    assert ("推行", "other", "done") in acts


def test_plan_sentence_with_coming_time_stays_planned():
    # 1987 report (WIKISOURCE): 今年 before the verb keeps a look-back opener from marking it done
    plan = ("第六，改进固定资产投资管理办法，进一步提高投资效益\n\n\n　　这几年来，今年要在基本建设中全面推行招标投标制。")
    review = "１９８６年是开始执行第七个五年计划并取得显著成就的一年。"
    acts = _acts(_report(review, plan), "1987-03-25")
    assert ("推行", "other", "planned") in acts


def test_target_exceeded_is_a_result():
    # 2001 report (zh.wikisource.org/wiki/2001年国务院政府工作报告): the target of 翻两番 met, no action
    text = ("各位代表：\n\n　　现在，我代表国务院向大会作报告。\n\n一、“九五”时期国民经济和社会发展的回顾\n\n　　过去五年，全国各族"
            "人民在中国共产党领导下，团结奋斗，开拓创新，各个方面取得了重大成就。\n\n　　国内生产总值2000年达89404亿元，平均每年"
            "增长8.3％。人均国民生产总值比1980 年翻两番的任务，已经超额完成。")
    assert [a for a in _acts(text, "2001-03-05") if a[0] == "完成"] == []


def test_firms_and_commercial_banks_act_for_themselves():
    # dev sc-report-1995 (1995 report): the government set up policy banks; commercial banks began a trial themselves
    text = ("各位代表：\n\n　　现在，我代表国务院向大会作报告。\n\n一、回顾\n\n　　增强了中央银行对货币信贷的宏观调控能力，组建了政策性"
            "银行，商业银行开始试行资产负债比例管理。汇率顺利并轨。")
    acts = [a[0] for a in _acts(text, "1995-03-05")]
    assert "组建" in acts and "试行" not in acts
    # dev sc-report-2006 (2006 report): state firms set up their own system; the central budget's allocation is the action
    text = ("各位代表：\n\n　　现在，我代表国务院向大会作报告。\n\n一、回顾\n\n　　上市公司股权分置改革稳步推进，完善人民币汇率形成机制"
            "改革顺利实施。国有企业建立现代企业制度步伐加快。中央财政安排219亿元支持1000个县。")
    acts = [a[0] for a in _acts(text, "2006-03-05")]
    assert "安排" in acts and "建立" not in acts


def test_firms_after_a_verb_that_hands_them_a_role_stay_objects():
    # dev wr2026-shandongm (2026 山东 report, gold 组织…参加) and dev wr2026-anhui (gold 发放): firms the government
    # has take part or lends to are objects
    text = ("各位代表：\n\n　　现在，我代表省人民政府，向大会报告工作，请予审议。\n\n一、2025年工作回顾\n\n　　"
            "着力拓展中亚、中东、拉美、非洲、东盟等新兴市场，组织企业参加境外展洽活动500场以上。"
            "推动金融靠前服务、创新服务、引领服务，扩大无还本续贷政策范围，面向小微企业发放创业担保贷款并给予贴息。")
    acts = [a[0] for a in _acts(text, "2026-01-25")]
    assert "参加" in acts and "发放" in acts
