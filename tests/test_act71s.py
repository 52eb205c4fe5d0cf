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
