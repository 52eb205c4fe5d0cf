"""Probe ind47p: METRIC attributes in policy documents (counts in brackets, plan periods, goals set by 将…)."""

import govie


def _metrics(text, ref=None):
    res = govie.extract(text, reference_date=ref, model=None)
    return {e.text: e.attrs for e in res.entities if e.label == "METRIC"}


# https://www.yzgz.cn/article-5355-1.html (禹州市乡村建设行动实施方案, 2021)
YUZHOU = ("禹州市人民政府关于印发禹州市乡村建设行动实施方案的通知\n"
          "加快推进具备条件的20户以上自然村通硬化路，“十四五”时期完成506公里农村公路、约45座农村公路危桥改造任务，"
          "新增乡镇运输服务站5个以上。")


def test_a_clause_opening_with_a_plan_period_sets_its_goals():
    ms = _metrics(YUZHOU)
    for span in ("506公里", "45座", "5个"):
        assert (ms[span]["kind"], ms[span]["period"]) == ("target", "2021/2025"), span
    assert ms["20户"]["kind"] is None  # a threshold before the period is named sets no goal


# annotations/dev sc19-42 (国务院 1995 reply): "“九五”期间…每年仍按10亿元安排"
def test_a_plan_period_item_in_a_central_reply_is_a_target():
    ms = _metrics("国务院关于某项目建设资金问题的批复\n（二）“九五”期间，固定资产投资规模每年仍按10亿元安排，所需资金由有关专业银行贷款。")
    assert (ms["10亿元"]["kind"], ms["10亿元"]["period"]) == ("target", "1996/2000")


def test_a_plan_period_already_over_is_no_goal():
    ms = _metrics("某市人民政府关于印发某某实施方案的通知\n“十三五”时期，全市完成506公里农村公路改造。", ref="2023-05-01")
    assert ms["506公里"]["kind"] != "target"


# http://hubei.025b.com/2021-04-20/822065.html (市人民政府关于支持实体经济高质量发展的意见, 2021)
HUBEI = ("市人民政府关于支持实体经济高质量发展的意见\n2.优化审批流程。深化工程建设项目审批制度改革，将政府投资工程建设项目、"
         "社会投资工程建设项目、改造类（规划条件不变）工程建设项目等6类工程项目的审批时间分别压缩至70、40、35个工作日。")


def test_a_policy_bringing_a_measure_to_a_level_sets_a_goal():
    ms = _metrics(HUBEI)
    assert ms["35个工作日"]["indicator"] == "审批时间"
    assert ms["35个工作日"]["kind"] == "target"
    assert ms["6类"]["kind"] is None  # the count before 压缩至 is no goal


# annotations/dev sc19-14 (河北雄安新区规划纲要 批复): two goals after one 将
def test_set_to_holds_across_the_comma():
    ms = _metrics("国务院关于河北雄安新区规划纲要的批复\n实现多规合一，将雄安新区蓝绿空间占比稳定在70%，远景开发强度控制在30%。")
    assert ms["70%"]["kind"] == "target" and ms["30%"]["kind"] == "target"
    assert ms["70%"]["indicator"] == "雄安新区蓝绿空间占比"


# annotations/dev sc19-10 and sc19-56 (国务院 2018 notices): 共 opening a bracket after the listed noun
def test_a_total_in_brackets_counts_the_noun_before():
    ms = _metrics("国务院关于推广第二批支持创新相关改革举措的通知\n一、推广的改革举措（共23项）\n（一）知识产权保护方面5项：知识产权案件快速审判机制。")
    assert ms["23项"]["indicator"] == "推广的改革举措"
    # a total on its own line (its noun a line above) keeps its 共 reading
    ms = _metrics("国务院办公厅关于对第五次大督查发现的典型经验做法予以表扬的通报\n附件\n典型经验做法\n（共130项）")
    assert ms["130项"]["change"] == "level"


# annotations/dev gz-19 and pt-20932: a count's noun runs into its predicate (按规定缴纳, 视情况提请)
def test_a_noun_after_a_count_stops_at_its_predicate():
    ms = _metrics("关于印发创业补贴办法的通知\n申请补贴前6个月正常经营且有不少于1名员工按规定缴纳社会保险费。")
    assert ms["1名"]["indicator"] == "员工"
    ms = _metrics("关于2022年度常委会监督工作计划的通知\n此外，结合其中2个报告开展2次专题询问，另有7个专题调研报告视情况提请常委会会议审议。")
    assert ms["7个"]["indicator"] == "专题调研报告"
