"""Probe act73s: activities in State Council work reports (review and plan parts). Real sentences from the
probe texts (../shared/data/state-council-work-reports, see SOURCE.txt), addresses in comments."""
from .activity_frames import tuples

SC = "中华人民共和国国务院"
OPEN = "各位代表：\n\n现在，我代表国务院，向大会作政府工作报告，请各位代表审议，并请全国政协委员提出意见。\n\n"
REVIEW5 = OPEN + "一、过去五年工作回顾\n\n"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def test_counted_cut_is_a_measure():
    # 2018年中华人民共和国国务院政府工作报告, 一、过去五年工作回顾 (二)
    acts = _acts(REVIEW5 + "多措并举降成本，压减政府性基金项目30%，削减中央政府层面设立的涉企收费项目60%以上，"
                 "阶段性降低“五险一金”缴费比例。", "2018-03-05")
    cut = [a for a in acts if a[0] == "削减"]
    assert cut and cut[0][1:4] == ("other", "done", "2013/2017") and cut[0][4] == [SC]


def test_debt_swap_carried_out():
    # 2018年中华人民共和国国务院政府工作报告, 一、过去五年工作回顾
    text = REVIEW5 + "加强地方政府债务管理，实施地方政府存量债务置换，降低利息负担1.2万亿元。"
    acts = _acts(text, "2018-03-05")
    swap = [a for a in acts if a[0] == "实施"]
    assert swap and swap[0][1:3] == ("other", "done")
    s = text.index("实施地方政府存量债务置换")
    assert text[s : s + 2] == "实施"


def test_deferral_of_taxes_is_a_service():
    # 2022年中华人民共和国国务院政府工作报告, 一、2021年工作回顾 二是
    text = OPEN + ("一、2021年工作回顾\n\n去年新增减税降费超过1万亿元，还对制造业中小微企业、煤电和供热企业实施阶段性缓缴税费。")
    acts = _acts(text, "2022-03-05")
    deferred = [a for a in acts if a[0] == "实施"]
    assert deferred and deferred[0][1:4] == ("service", "done", "2021")


def test_foreign_economies_act_on_their_own():
    # 2011年中华人民共和国国务院政府工作报告, 三、2011年的工作
    text = OPEN + ("三、2011年的工作\n\n今年，我国发展面临的形势依然极其复杂。发达经济体经济增长乏力，"
            "主要发达经济体进一步推行宽松货币政策，全球流动性大量增加。")
    assert not [a for a in _acts(text, "2011-03-05") if a[0] == "推行"]


def test_sum_going_from_one_figure_to_another_is_a_statistic():
    # 2011年中华人民共和国国务院政府工作报告, 一、“十一五”时期…的回顾 (五)
    text = OPEN + ("一、“十一五”时期国民经济和社会发展的回顾\n\n加快实施国家助学制度，财政投入从2006年的18亿元增加到 2010年的306亿元，"
            "覆盖面从高等学校扩大到中等职业学校和普通高中。")
    assert not [a for a in _acts(text, "2011-03-05") if a[0] == "投入"]


def test_measures_named_by_comparatives_alone_are_none():
    # 2005年中华人民共和国国务院政府工作报告, 一、过去一年工作回顾: the heading of item (一)
    text = OPEN + ("一、过去一年工作回顾\n\n一年来，我们主要做了以下几方面工作。\n\n"
            "（一）采取更直接、更有力的政策措施，促进粮食增产和农民增收。\n\n"
            "主要措施是：减免农业税，取消除烟叶以外的农业特产税。")
    acts = _acts(text, "2005-03-05")
    assert not [a for a in acts if a[0] == "采取"]
    assert [a for a in acts if a[0] == "减免"]


def test_report_proposals_after_tebie_are_no_issuance():
    # 2013年中华人民共和国国务院政府工作报告, 三、对今年政府工作的建议
    text = OPEN + "三、对今年政府工作的建议\n\n结合过去十年特别是近五年工作的体会，对今年政府主要工作提出以下建议。"
    assert not [a for a in _acts(text, "2013-03-05") if a[0] == "提出"]


def test_opening_up_in_a_pilot_name_is_no_trigger():
    # 2022年中华人民共和国国务院政府工作报告, 一、2021年工作回顾 三是
    text = OPEN + "一、2021年工作回顾\n\n成功举办进博会、广交会、服贸会及首届消博会等重大展会。新增4个服务业扩大开放综合试点，推出海南自由贸易港开放新举措。"
    acts = _acts(text, "2022-03-05")
    assert not [a for a in acts if a[0] == "扩大"]
    assert [a for a in acts if a[0] == "推出"]
