"""Probe act58d: activities in State Council work reports (excerpts of 1986, 1994, 2009, 2013 and 2024: the report's
opening, its section headings, then stretches of the review and the plan). Real sentences from the probe texts
(zh.wikisource.org pages, see ../shared/data/state-council-work-reports/SOURCE.txt) and from the dev split, addresses
in comments."""
from .activity_frames import tuples

SC = "中华人民共和国国务院"
OPEN = "各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n\n"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents", "start")


def test_benefit_standard_raised_by_a_figure_is_a_measure():
    # 2013年中华人民共和国国务院政府工作报告, 三、对今年政府工作的建议 (三) 完善社会保障制度 / 深化医药卫生事业改革发展
    text = (OPEN + "三、对今年政府工作的建议\n\n完善社会保障制度。今年企业退休人员基本养老金继续提高10%，"
            "城乡低保和优抚对象补助标准也进一步提高。今年新农合和城镇居民基本医疗保险财政补助标准由每人每年240元提高到280元。")
    raised = [a for a in _acts(text, "2013-03-05") if a[0] == "提高"]
    starts = sorted(a[5] for a in raised)
    assert starts == [text.index("提高10%"), text.index("提高到280元")]  # 也进一步提高, without a figure, stays an aim
    assert all(a[2] == "planned" and a[4] == [SC] for a in raised)


def test_standard_over_a_period_or_in_the_targets_is_an_outcome():
    # dev wr2026-guizhoum (五年回顾): 城乡低保平均标准分别从2020年的645元/月…提高到2025年的801元/月…, 城乡居民基础养老金
    # 最低标准从98元/月提高到178元/月 (gold leaves both out: the level the period went to)
    text = (OPEN + "一、过去五年工作回顾\n\n稳步提升社会保障水平。城乡低保平均标准分别从2020年的645元/月、4318元/年提高到"
            "2025年的801元/月、7226元/年，城乡居民基础养老金最低标准从98元/月提高到178元/月，实现保障标准与经济发展水平大体相当。")
    assert not [a for a in _acts(text, "2026-01-25") if a[0] == "提高"]


def test_relief_given_at_once_is_an_activity():
    # 2009年中华人民共和国国务院政府工作报告, 一、2008年工作回顾 (汶川特大地震)
    text = (OPEN + "一、2008年工作回顾\n\n我们坚持把抢救人的生命放在第一位，从废墟中抢救生还者8.4万人。迅速抢修基础设施，"
            "果断处置唐家山堰塞湖，避免严重次生灾害发生。")
    acts = {a[0]: a for a in _acts(text, "2009-03-05")}
    assert acts["抢救"][1] == "service" and acts["抢救"][5] == text.index("抢救生还者")
    assert acts["抢修"][2] == "done" and acts["抢修"][4] == [SC]


def test_firms_settling_their_workers_is_no_relief():
    # dev sc-report-1997 (gold leaves it out): 企业破产要严格依法办事，变卖资产的收入先安置职工，再偿还债务
    text = (OPEN + "企业破产要严格依法办事，变卖资产的收入先安置职工，再偿还债务。破产企业要真关闭，不准假破产、真逃债。")
    assert not [a for a in _acts(text, "1997-03-01") if a[0] == "安置"]


def test_works_named_before_their_count_are_built():
    # 2013年…政府工作报告, (三) 加强房地产市场调控和保障性安居工程建设: 今年城镇保障性住房基本建成470万套、新开工630万套
    text = (OPEN + "三、对今年政府工作的建议\n\n继续抓好保障性安居工程建设和管理，让老百姓住上放心房、满意房。"
            "今年城镇保障性住房基本建成470万套、新开工630万套，继续推进农村危房改造。")
    built = [a for a in _acts(text, "2013-03-05") if a[0] == "建成"]
    assert built and built[0][2] == "planned" and built[0][3] == "2013"


def test_a_count_of_cases_stays_a_statistic():
    # the count rule the works exception narrows: 受理 a number of cases is no action of its own
    text = (OPEN + "一、2025年工作回顾\n\n全年受理群众来信来访5.6万件，办理人大代表建议720件。")
    assert not [a for a in _acts(text, "2026-01-25") if a[0] == "受理"]
