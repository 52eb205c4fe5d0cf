"""Probe act75s: activities in State Council work reports (1984, 2001, 2024 reports, excerpts of review and plan
outside the dev slices; ../shared/data/state-council-work-reports/government_work_reports.jsonl). Real sentences,
the report and its part in comments."""
import govie

SC_1984 = "各位代表：\n\n\u3000\u3000我代表国务院向大会作政府工作报告，请予审议。\n\n"
SC_2024 = "各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n\n"


def _acts(text, ref):
    r = govie.extract(text, model=None, reference_date=ref)
    for a in r.activities:
        assert text[a.trigger["start"] : a.trigger["end"]] == a.trigger["text"]
    return r.activities


def _find(acts, text, word, after):
    """The activity whose trigger is ``word`` at its first occurrence after ``after``."""
    pos = text.index(word, text.index(after))
    return next((a for a in acts if a.trigger["start"] == pos and a.trigger["text"] == word), None)


def test_review_items_cut_from_their_lead_are_done_and_the_plan_after_them_planned():
    # 2024 report: the review's 一是, 二是 (its lead "一年来，我们…主要做了以下工作" cut) right after the opening,
    # then the plan's (十) 提高医疗卫生服务能力 and 加强社会保障和服务: the items are the review's, the rest the plan's
    text = SC_2024 + (
        "一是加大宏观调控力度，推动经济运行持续好转。针对严峻挑战和疫后经济恢复特点，我们统筹稳增长和增后劲，突出固本培元，"
        "注重精准施策，把握宏观调控时、度、效，加强逆周期调节，不搞“大水漫灌”和短期强刺激，更多在推动高质量发展上用力，"
        "全年经济运行呈现前低中高后稳态势。财政政策加力提效，加强重点领域支出保障，全年新增税费优惠超过2.2万亿元，"
        "增发1万亿元国债支持灾后恢复重建、提升防灾减灾救灾能力。货币政策精准有力，两次降低存款准备金率、两次下调政策利率，"
        "科技创新、先进制造、普惠小微、绿色发展等贷款大幅增长。\n\n"
        "二是依靠创新引领产业升级，增强城乡区域发展新动能。出台稳定工业经济运行、支持先进制造业举措，提高重点行业企业研发"
        "费用加计扣除比例，推动重点产业链高质量发展，工业企业利润由降转升。\n\n"
        "提高医疗卫生服务能力。继续做好重点传染病防控。居民医保人均财政补助标准提高30元。促进医保、医疗、医药协同发展和治理。"
        "推动基本医疗保险省级统筹，完善国家药品集中采购制度，强化医保基金使用常态化监管，落实和完善异地就医结算。"
        "深化公立医院改革，以患者为中心改善医疗服务，推动检查检验结果互认。\n"
        "加强社会保障和服务。城乡居民基础养老金月最低标准提高20元，继续提高退休人员基本养老金，完善养老保险全国统筹。"
        "加强城乡社区养老服务网络建设，加大农村养老服务补短板力度。加强老年用品和服务供给，大力发展银发经济。"
        "推进建立长期护理保险制度。\n")
    acts = _acts(text, "2024-03-05")
    issued = _find(acts, text, "增发", "一是")
    assert issued is not None and issued.mode == "done" and issued.date == "2023"  # 全年 of the review: 2023
    for word, after in (("降低", "货币政策"), ("出台", "二是"), ("提高", "出台稳定")):
        a = _find(acts, text, word, after)
        assert a is not None and a.mode == "done", (word, a)
    for after in ("居民医保", "城乡居民基础养老金"):
        a = _find(acts, text, "提高", after)
        assert a is not None and a.mode == "planned", (after, a)


def test_plan_after_an_undated_review_without_heading_is_planned():
    # 2001 report: its opening, the review's "经济体制改革全面推进" (heading "一、“九五”时期…回顾" cut), then the plan's
    # 加快农业和农村经济结构调整 (heading "三、加强农业基础地位…" cut), whose tasks carry no 要
    text = (
        "各位代表：\n\n\u3000\u3000从今年开始，我国将实施新世纪第一个五年计划。现在，我代表国务院向大会作报告，"
        "请各位代表连同《纲要（草案）》一并审议，并请全国政协各位委员提出意见。\n\n\n"
        "经济体制改革全面推进，社会主义市场经济体制初步建立。\n"
        "国有大中型企业建立现代企业制度的改革取得重要进展。大多数国家重点企业进行了公司制改革，其中相当一部分在境内外上市。"
        "企业扭亏增盈成效显著，2000年国有及国有控股工业企业实现利润2392亿元，为1997年的2.9倍。"
        "国有大中型企业改革和脱困的三年目标基本实现。\n\n\n"
        "加快农业和农村经济结构调整。\n"
        "这是提高农业经济效益，增加农民收入的根本途径。在切实保护耕地，稳定粮食生产能力的同时，以优化品种、提高质量、"
        "增加效益为中心，积极调整种植业结构，加快发展畜牧业、林业、水产业。大力促进农业产业化经营，扶持龙头企业，"
        "推广“公司加农户”、“订单农业”等多种形式，发展农产品加工、储运、保鲜等产业，提高农业的后续效益。大力推进科教兴农，加强生物技术、信息技术等"
        "高新技术的研究与开发应用，推广优良品种和先进适用技术，积极扶持农业科技产业发展。加强农业社会化服务体系建设。"
        "建立农产品市场信息、食品安全和质量标准与检测体系。调整结构要因地制宜，依据市场规律，维护农民生产经营自主权，"
        "不搞强迫命令。\n")
    acts = _acts(text, "2001-03-05")
    built = _find(acts, text, "建立", "加强农业社会化")
    assert built is not None and built.mode == "planned"


def test_a_class_of_regions_as_subject_sets_its_own_task():
    # 2001 report, plan, 积极推进农村各项改革: the main producing and consuming regions act, not the State Council
    text = SC_1984 + (
        "在适当扩大中央储备粮规模的同时，粮食主销区要加快粮食流通市场化进程，通过与粮食主产区建立长期稳定的购销关系，"
        "以及中央储备粮的轮换与调控，保证粮食需要。粮食主产区要继续坚持“三项政策、一项改革”，按保护价敞开收购农民余粮，"
        "中央财政继续给予资金支持，以充分发挥其粮食生产的优势。")
    words = [a.trigger["text"] for a in _acts(text, "2001-03-05")]
    assert "建立" not in words and "收购" not in words
    # the same plan's own measure stays (推进农村税费制度改革，取消乡统筹、…)
    text = SC_1984 + "推进农村税费制度改革，取消乡统筹、村提留和其他面向农民征收的一切行政性收费，同时适当提高现行农业税和农业特产税税率。"
    assert "取消" in [a.trigger["text"] for a in _acts(text, "2001-03-05")]


def test_opening_paragraph_broken_around_a_title_reports_its_drafting():
    # 2001 report, opening: the Wikisource text breaks its lines around the titles in 《》
    text = ("各位代表：\n\n\u3000\u3000从今年开始，我国将实施新世纪第一个五年计划。中国共产党十五届五中全会通过的《\n"
            "中共中央关于制定国民经济和社会发展第十个五年计划的建议\n"
            "》，提出了未来五年国民经济和社会发展的奋斗目标、指导方针和主要任务。根据《建议》的精神，国务院认真听取各方面意见，"
            "制定了《\n中华人民共和国国民经济和社会发展第十个五年计划纲要（草案）\n"
            "》。现在，我代表国务院向大会作报告，请各位代表连同《纲要（草案）》一并审议，并请全国政协各位委员提出意见。\n\n")
    acts = _acts(text, "2001-03-05")
    drafted = _find(acts, text, "制定", "国务院认真")
    assert drafted is not None and drafted.mode == "done" and drafted.agents == ["中华人民共和国国务院"]


def test_campaign_people_run_themselves_is_theirs():
    # 1984 report, review: schools opened and reading campaigns run by the workers themselves
    text = SC_1984 + ("\u3000\u3000与此同时，各种函授刊授学校、广播电视学校、职工轮训学校和农民技术学校大量兴办，职工自己组织的读书活动"
                      "蓬勃开展，无论城市和农村都正在掀起学习文化科学技术的热潮。")
    assert "开展" not in [a.trigger["text"] for a in _acts(text, "1984-05-15")]


def test_banning_named_goods_is_an_action():
    # 1984 report, review of the campaign against spiritual pollution
    text = SC_1984 + ("\u3000\u3000思想文化领域各部门按照国家宪法规定的原则以及党和政府规定的正确政策，为反对和抵制精神污染做了许多工作，"
                      "取得了明显成效，刹住了前一时期极少数人搞精神污染的歪风，依法查禁了淫秽书刊。")
    banned = _find(_acts(text, "1984-05-15"), text, "查禁", "依法")
    assert banned is not None and banned.mode == "done" and banned.type == "other"
