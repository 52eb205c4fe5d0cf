"""Probe act63s: activity recall in the review parts of State Council work reports (1981, 2004, 2005, 2011, 2013
excerpts: the opening, then a review stretch). Real sentences from the reports in
../shared/data/state-council-work-reports/government_work_reports.jsonl, addresses in comments."""
from .activity_frames import tuples

SC = "中华人民共和国国务院"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def _opening(review_heading):
    return ("各位代表：\n\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n\n"
            f"{review_heading}\n")


def test_reform_extended_to_provinces_reported_object_first():
    # 2005年…政府工作报告, 一、过去一年工作回顾 (三): the reform's scope extended, its name before 扩大到
    text = _opening("一、过去一年工作回顾") + (
        "深化粮食流通体制改革，全面放开粮食收购市场。国有商业银行股份制改革顺利推进。"
        "农村信用社改革扩大到29个省（自治区、直辖市）。制定并实施投资体制改革方案。")
    acts = _acts(text, "2005-03-05")
    assert ("扩大", "other", "done", "2004", [SC]) in acts


def test_share_or_count_extended_is_no_action():
    # dev sc-report-1993 / 1997 kinds: a share reached, a pilot's cities counted (a plan's figure)
    text = _opening("一、过去一年工作回顾") + (
        "由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右。")
    assert not [a for a in _acts(text, "1993-03-15") if a[0] == "扩大"]


def test_works_joined_up_or_begun_at_the_end_of_their_clause():
    # 2004年…政府工作报告, 一、一年来工作回顾 (二); 2005年…, 一、过去一年工作回顾 (二)
    text = _opening("一、一年来工作回顾") + (
        "三峡水利枢纽二期工程胜利完成，三期工程拉开序幕；西气东输东段工程成功贯通；青藏铁路正线铺轨顺利推进。")
    assert ("贯通", "other", "done", "2003", [SC]) in _acts(text, "2004-03-05")
    text = _opening("一、过去一年工作回顾") + (
        "东北地区等老工业基地振兴开局良好，国家支持启动了197个调整改造项目，15个采煤沉陷区治理工程开始建设。")
    assert ("开始建设", "other", "done", "2004", [SC]) in _acts(text, "2005-03-05")


def test_chain_joined_up_is_no_work():
    # dev wr2026-neimenggu kind: 晶硅光伏、风电装备实现全产业链贯通 (no public work)
    text = _opening("一、过去一年工作回顾") + "培育国家先进制造业集群，晶硅光伏、风电装备实现全产业链贯通。"
    assert not [a for a in _acts(text, "2026-01-20") if a[0] == "贯通"]


def test_revision_after_jinxing_and_a_manner_is_the_action():
    # 1981年中华人民共和国国务院政府工作报告, （一）当前的经济形势
    text = ("各位代表：\n　　现在，我代表国务院，就当前的经济形势，今后经济建设的方针，以及我国经济发展的前景，"
            "向大会作以下报告，请予审议。\n（一）当前的经济形势\n"
            "　　根据中共中央的建议，今年２月，国务院向人大常委会第十七次会议提出关于进一步调整国民经济的报告，"
            "对原定的１９８１年国民经济计划和国家概算进行必要的修订，以便在今年争取实现财政收支和信贷收支的基本平衡，"
            "并把市场物价基本稳定下来。")
    revised = [a for a in _acts(text, "1981-11-30") if a[0] == "修订"]
    assert revised and revised[0][1:] == ("other", "done", "1981-02", [SC])
