"""Probe act50: activities in State Council work reports (excerpts of 1994-2023: the record's title, then a stretch of
the review or the plan). Real sentences from the probe texts (zh.wikisource.org pages, see
../shared/data/state-council-work-reports/SOURCE.txt), addresses in comments."""
from .activity_frames import tuples

SC = "中华人民共和国国务院"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def test_regulation_drafted_in_a_broken_title_is_a_publication():
    # 2004年中华人民共和国国务院政府工作报告 (zh.wikisource.org), 一年来工作回顾 (一): the page breaks the line inside 《》
    text = ("2004年中华人民共和国国务院政府工作报告\n（一）采取果断措施，集中力量抗击非典\n\n\n"
            "去年春天，我国遭遇了一场非典疫情重大灾害。贯彻《\n中华人民共和国传染病防治法\n》，制定《\n突发公共卫生事件应急条例\n》，"
            "将非典列为法定传染病管理，如实公布疫情。")
    made = [a for a in _acts(text, "2004-03-05") if a[0] == "制定"]
    assert made and made[0][1] == "publication"


def test_draft_laid_before_the_congress_stays_other():
    # dev wr2026-shanghaim: 制定了《…规划纲要（草案）》，提请本次大会审查 is a draft, not an issued plan
    text = ("上海市2026年政府工作报告\n今年，我们制定了《上海市国民经济和社会发展第十五个五年规划纲要（草案）》，提请本次大会审查。")
    made = [a for a in _acts(text, "2026-01-25") if a[0].startswith("制定")]
    assert all(a[1] != "publication" for a in made)


def test_spending_with_a_bare_growth_rate_is_a_statistic():
    # 2009年…政府工作报告, 2008年工作回顾 (一): 中央财政科技投入1163亿元，增长16.4% is the year's spending compared
    text = ("2009年中华人民共和国国务院政府工作报告\n坚定不移地推进自主创新和经济结构调整。实施16个国家重大科技专项。"
            "中央财政科技投入1163亿元，增长16.4%。")
    acts = _acts(text, "2009-03-05")
    assert not [a for a in acts if a[0] == "投入"]
    # the national science programmes carried out are an activity (dev sc-report-2010: 实施…科技重大专项)
    assert [a for a in acts if a[0] == "实施" and a[1] == "other"]


def test_date_of_the_source_of_funds_is_not_the_action_date():
    # 2007年…政府工作报告, 三 (一): 今年拟从去年超收收入中安排500亿元 is this year's allocation
    text = ("2007年中华人民共和国国务院政府工作报告\n继续实行稳健的财政政策。今年拟从去年超收收入中安排500亿元设立中央预算稳定调节基金。")
    acts = [a for a in _acts(text, "2007-03-05") if a[0] == "安排"]
    assert acts and acts[0][2:4] == ("planned", "2007")


def test_uses_of_funds_after_yongyu_are_no_measures():
    # 2007年…政府工作报告, 三 (一): the surplus is used for what follows 用于
    text = ("2007年中华人民共和国国务院政府工作报告\n继续实行稳健的财政政策。超收收入主要用于解决出口退税和退耕还林等历史欠账，"
            "依法增加对地方税收返还和一般转移支付，增加教育、科技等法定支出。")
    assert not [a for a in _acts(text, "2007-03-05") if a[0] == "增加"]


def test_rate_set_from_one_figure_to_another():
    # 2023年…政府工作报告, 五年来 (一) 强化就业优先政策导向
    text = ("2023年中华人民共和国国务院政府工作报告\n强化就业优先政策导向。将养老保险单位缴费比例从20%降至16%，同时充实全国社保基金。")
    acts = _acts(text, "2023-03-05")
    assert [a for a in acts if a[0] == "降至" and a[1] == "other" and a[4] == [SC]]


def test_an_outcome_falling_to_a_level_is_no_measure():
    # 2023年…政府工作报告 (zh.wikisource.org), 过去一年: 年末城镇调查失业率降到5.5% is a result, not a measure
    text = ("2023年中华人民共和国国务院政府工作报告\n全年国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%。")
    assert not [a for a in _acts(text, "2023-03-05") if a[0] in ("降到", "降至")]
