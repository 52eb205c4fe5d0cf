"""Probe act45: activities in excerpts of State Council work reports (review and plan parts).
Real sentences from the probe texts; each from ../shared/data/state-council-work-reports (zh.wikisource.org)."""
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date")


def test_measures_listed_with_dun_are_two_activities():
    # https://zh.wikisource.org/wiki/2024年中华人民共和国国务院政府工作报告 (一、2023年工作回顾, 一是)
    text = "一、2023年工作回顾\n货币政策精准有力，两次降低存款准备金率、两次下调政策利率，科技创新、先进制造、普惠小微、绿色发展等贷款大幅增长。"
    assert _acts(text, "2024-03-05") == [("降低", "other", "done", "2023"), ("下调", "other", "done", "2023")]


def test_whole_year_in_a_review_is_the_reviewed_year():
    # https://zh.wikisource.org/wiki/2024年中华人民共和国国务院政府工作报告 (一、2023年工作回顾, 一是)
    text = ("一、2023年工作回顾\n财政政策加力提效，加强重点领域支出保障，全年新增税费优惠超过2.2万亿元，增发1万亿元国债支持灾后恢复重建、"
            "提升防灾减灾救灾能力。")
    assert _acts(text, "2024-03-05") == [("增发", "other", "done", "2023")]


def test_sum_paid_with_its_noun_is_no_statistic():
    # https://zh.wikisource.org/wiki/2022年中华人民共和国国务院政府工作报告 (一、2021年工作回顾, 五是)
    text = "一、2021年工作回顾\n加强农业生产，保障农资供应，对种粮农民一次性发放200亿元补贴。推动乡村振兴，确定160个国家乡村振兴重点帮扶县。"
    assert ("发放", "service", "done", "2021") in _acts(text, "2022-03-05")
    # a count that is the whole object stays a statistic (受理558件)
    assert _acts("一、2021年工作回顾\n全年受理558件。", "2022-03-05") == []


def test_modal_word_naming_a_policy_binds_no_later_clause():
    # https://zh.wikisource.org/wiki/1999年中华人民共和国国务院政府工作报告 (一、1998年工作回顾…)
    text = ("一、1998年工作回顾和1999年工作的总体要求\n同时，实行鼓励出口和吸引外资等多种政策，深入开展严厉打击走私和骗汇、逃汇、"
            "套汇的斗争，避免了对外贸易和利用外资出现大的波动，外汇储备有所增加。")
    assert _acts(text, "1999-03-05") == [("实行", "other", "done", "1998"), ("开展", "other", "done", "1998")]
    # a norm still binds the clause after it (各地要…)
    text = "三、1999年工作任务\n各地要鼓励出口，开展打击走私的斗争。"
    assert [a for a in _acts(text, "1999-03-05") if a[0] == "开展"] == []
