"""Probe act66o: State Council work reports (划分 of the centre's and localities' shares, 开展 of a general work
urged in a plan, a 要…以下问题 lead opening the plan's list)."""
import govie

OPENING = "各位代表：\n\n　　现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告，请审议。\n\n"


def _acts(text, ref="1986-03-25"):
    return {(a.trigger["text"], a.mode) for a in govie.extract(text, reference_date=ref).activities}


def _words(text, ref="1986-03-25"):
    return [a.trigger["text"] for a in govie.extract(text, reference_date=ref).activities]


def test_split_between_centre_and_localities_is_an_action():
    # 1986 report (zh.wikisource 1986年中华人民共和国国务院政府工作报告, 二、规定恰当的投资规模)
    text = OPENING + ("　　为了控制投资规模和调整投资结构，最重要的是必须改革固定资产投资的决策体系和管理体制。"
                      "要统一计划，综合平衡全社会固定资产的投资规模，正确划分中央、地方和企业的投资范围，"
                      "并注重采取经济手段把不同主体的投资兴趣引导到宏观经济要求的目标上来。")
    assert "划分" in _words(text)


def test_split_as_a_noun_is_none():
    # 2017 report (zh.wikisource 2017年…政府工作报告, 一、2016年工作回顾): 划分 names the plan's subject
    text = ("各位代表：\n\n一、2016年工作回顾\n\n一年来，我们主要做了以下工作。\n\n"
            "全面推开营改增试点，全年降低企业税负5700多亿元，所有行业实现税负只减不增。"
            "制定实施中央与地方增值税收入划分过渡方案，确保地方既有财力不变。")
    words = _words(text, "2017-03-05")
    assert "划分" not in words and any(w.startswith("制定") for w in words)


def test_general_work_urged_is_no_activity():
    # 1986 report (三、坚持把科技进步和智力开发放在重要的战略地位): a direction for every unit
    text = OPENING + ("　　另一头是真正集中财力物力和人力，围绕经济建设和社会发展中提出的关键性技术课题，认真开展科技攻关，"
                      "同时争取在新技术和高技术领域的研究和开发中取得较大的成果。")
    assert "开展" not in _words(text)
    # 2024 report (一、2023年工作回顾, 三是深化改革扩大开放): a named drive stays an activity
    text = ("各位代表：\n\n一、2023年工作回顾\n\n三是深化改革扩大开放，持续改善营商环境。"
            "建立政企常态化沟通交流机制，开展清理拖欠企业账款专项行动，加强违规收费整治。")
    assert "开展" in _words(text, "2024-03-05")


def test_task_list_lead_opens_the_plan():
    # dev sc-report-1983 (zh.wikisource 1983 report): "要着重解决以下问题" over 第一、…第三、 of the plan
    text = ("各位代表：\n\n　　我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。\n\n"
            "过去五年的回顾\n\n"
            "　　五年来，国务院执行一系列调动农民积极性的农村政策，大幅度提高农副产品的收购价格。"
            "利改税的第一步，经过半年的准备，今年六月一日起已在全国国营工商企业中开始实施。\n\n"
            "　　我国整个经济体制的改革，正在加紧研究，通盘规划，争取尽早制订出方案。"
            "全面改革经济体制，要着重解决以下问题。\n\n"
            "第三、改革财政体制和工资制度、劳动制度。\n"
            "进一步完善利改税的制度，开征一些必要的新税种，合理调整税率，按照税种划分中央收入、地方收入和中央地方共享收入，"
            "改进和稳定国家与企业之间、中央与地方之间的分配关系。")
    acts = _acts(text, "1983-06-06")
    assert ("开征", "planned") in acts and ("划分", "planned") in acts
