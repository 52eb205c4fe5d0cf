"""Probe act71s: activities in State Council work reports (review and plan parts). Real sentences from the
probe text (../shared/data/state-council-work-reports, see SOURCE.txt), addresses in comments."""
from .activity_frames import tuples

SC = "中华人民共和国国务院"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def test_approval_the_action_rests_on_is_no_activity():
    # 1999年中华人民共和国国务院政府工作报告, 一、1998年工作回顾和1999年工作的总体要求
    text = ("一、1998年工作回顾和1999年工作的总体要求\n\n"
            "针对这种情况，中央果断决定实施积极的财政政策，经全国人大常委会批准调整预算后，"
            "国务院增发1000亿元财政债券，重点用于增加基础设施建设投资。")
    acts = _acts(text, "1999-03-05")
    assert not [a for a in acts if "批准" in a[0]]
    issued = [a for a in acts if a[0] == "增发"]
    assert issued and issued[0][2] == "done" and issued[0][3] == "1998" and issued[0][4] == [SC]


def test_review_lead_line_opens_the_review_and_the_next_top_heading_the_plan():
    # 2002年中华人民共和国国务院政府工作报告: an excerpt from the review's lead line "首先报告２００１年的工作"
    # to the plan's "一、扩大和培育内需，促进经济较快增长" and its item 三是
    text = ("首先报告２００１年的工作\n经济体制改革进一步深化。\n"
            "城镇职工基本医疗保险制度、医疗卫生体制和药品生产流通体制三项改革稳步推进。清理和减少了行政审批事项。\n"
            "一、扩大和培育内需，促进经济较快增长\n"
            "三是继续适当提高机关事业单位职工基本工资，并相应增加机关事业单位离退休人员离退休金。\n")
    acts = _acts(text, "2002-03-05")
    cleared = [a for a in acts if a[0].startswith("清理")]
    assert cleared and cleared[0][2] == "done" and cleared[0][3] == "2001"
    raised = [a for a in acts if a[0] == "提高"]
    assert raised and raised[0][2] == "planned"


def test_body_and_date_of_a_basis_clause_do_not_act():
    # 1984年中华人民共和国国务院政府工作报告, the review of 1983: the standing committee adopted the decision the
    # campaign follows; it did not run the campaign, and 一九八三年九月 dates the adoption
    text = ("一年来，我国各条战线都取得了令人振奋的成就，形势的发展很好。\n"
            "根据一九八三年九月人大常委会第二次会议通过的《关于严惩严重危害社会治安的犯罪分子的决定》，"
            "全国依法开展了打击严重刑事犯罪活动的斗争，收到了很大效果。")
    acts = _acts(text, "1984-05-15")
    run = [a for a in acts if a[0] == "开展"]
    assert run and run[0][2] == "done"
    assert "全国人民代表大会常务委员会" not in run[0][4] and run[0][3] != "1983-09"
