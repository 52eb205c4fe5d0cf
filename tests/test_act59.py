"""Probe act59: activities in State Council work reports of 1979-1987 and 1998-2004 (excerpts: the opening, then
stretches of review and plan). Real sentences from the probe texts (zh.wikisource.org pages, see
../shared/data/state-council-work-reports/SOURCE.txt), addresses in comments."""
from .activity_frames import tuples

SC = "中华人民共和国国务院"
NPCSC = "全国人民代表大会常务委员会"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def test_laws_reviewed_and_adopted_through_the_standing_committee_are_its_meeting():
    # 1987年中华人民共和国国务院政府工作报告, 一、当前国内形势和基本任务
    text = ("各位代表：\n\n　　我代表国务院向大会作政府工作报告，请予审议。\n\n一、当前国内形势和基本任务\n\n"
            "　　在前几年不断加强立法工作的基础上，去年经全国人大常委会审议和通过了１１项法律，国务院制定和颁布了５９项行政法规。")
    acts = _acts(text, "1987-03-25")
    reviewed = [a for a in acts if a[0].startswith("审议")]
    assert reviewed and reviewed[0][1] == "meeting" and reviewed[0][4] == [NPCSC]
    made = [a for a in acts if a[0].startswith("制定")]
    assert made and made[0][4] == [SC]


def test_action_in_a_paragraph_of_figures_under_an_execution_heading_is_read():
    # 1982年…政府工作报告 (第六个五年计划的报告), 六五计划前两年的执行情况: the paragraph opens with what the State
    # Council did, then gives the figures; the time clause with 提请 is no request to the deputies
    text = ("各位代表：\n\n　　现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告，请大会审议。\n\n"
            "六五计划前两年的执行情况\n\n\n　　第六个五年计划已经执行了近两年，这里把前两年执行的情况向各位代表作如下的报告。\n\n"
            "　　在第六个五年计划正式提请这次大会审议之前，国务院根据六五计划的初步设想，曾分别制订了一九八一和一九八二"
            "两个年度计划，并经人大常委会审议批准。（⑵⑶）这两个年度计划，执行情况都是良好的。工农业总产值的增长速度，"
            "一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四。"
            "两年平均每年递增百分之五点五。")
    acts = _acts(text, "1982-11-30")
    assert [a for a in acts if a[0] == "制订" and a[4] == [SC]]
    approved = [a for a in acts if a[0] == "审议批准"]
    assert approved and approved[0][1] == "meeting" and approved[0][4] == [NPCSC]


def test_state_council_decision_and_its_steps_are_planned():
    # 1984年…政府工作报告 (report of May 1984), 关于国内建设 一、: the second step of 利改税 starts in the fourth quarter
    text = ("各位代表：\n\n　　我代表国务院向大会作政府工作报告，请予审议。\n\n"
            "一、认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端，更好地调动企业和职工的积极性\n\n\n"
            "　　去年已经实行了利改税的第一步改革，取得了很好的效果。国务院决定，从今年第四季度开始，进行利改税的第二步改革，"
            "从税利并存逐步过渡到完全的以税代利。具体做法是：合理调整产品税税率，增设资源税、增值税和几种地方税，"
            "在征收所得税后，区别不同情况征收调节税，税后利润留归企业支配。")
    acts = _acts(text, "1984-05-15")
    second = [a for a in acts if a[0] == "进行"]
    assert second and second[0][2] == "planned" and second[0][4] == [SC]
    steps = [a for a in acts if a[0] in ("调整", "增设")]
    assert len(steps) == 2 and all(a[2] == "planned" for a in steps)
    first = [a for a in acts if a[0] == "实行"]
    assert first and first[0][2] == "done"


def test_subject_of_an_earlier_part_does_not_act_after_a_semicolon():
    # 1979年…政府工作报告, 二、… 第六、: the law laid before the congress by the standing committee; the State Council
    # then drafts the rules
    text = ("各位代表：\n\n　　现在，我受国务院的委托，向全国人民代表大会报告政府工作。\n\n一、伟大的历史性转变\n\n"
            "　　《\n中华人民共和国中外合资经营企业法\n》已经由人大常委会提请本次会议审议；随后，国务院将制定有关扩大经济技术交流的"
            "条例和具体办法。")
    made = [a for a in _acts(text, "1979-06-18") if a[0] == "制定"]
    assert made and made[0][4] == [SC] and made[0][2] == "planned"


def test_study_and_deployment_joined_by_he_is_a_meeting():
    # 2004年…政府工作报告, 一、一年来工作回顾 (一)采取果断措施，集中力量抗击非典
    text = ("2004年中华人民共和国国务院政府工作报告\n一、一年来工作回顾\n\n\n（一）采取果断措施，集中力量抗击非典\n\n\n"
            "去年春天，我国遭遇了一场非典疫情重大灾害。党中央、国务院把人民群众的身体健康和生命安全放在第一位，"
            "及时研究和部署防治非典工作。")
    met = [a for a in _acts(text, "2004-03-05") if a[0] == "研究和部署"]
    assert met and met[0][1] == "meeting" and SC in met[0][4]
