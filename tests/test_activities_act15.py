"""Activities in State Council work reports: plan parts of excerpts without a plan heading (act15),
sentences from annotations/dev and /work/r6/readable."""

from .activity_frames import frames as _frames, one as _one


_REVIEW_2006 = ("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、去年工作回顾\n"
                "2005年，我国经济和社会发展取得新的成就。\n"
                "制定并实施了鼓励、支持和引导非公有制经济发展的政策措施。\n")


def test_a_block_that_speaks_of_this_years_measures_starts_a_lost_plan():
    # sc-report-2006 excerpt: the plan's heading and lead are cut; "今年中央财政安排科技投入716亿元" in the
    # block shows the plan (also sc-report-2010 "今年要新增…", 1988 "从今年起，在全国全面推行…").
    text = (_REVIEW_2006 + "抓紧启动一批重大科技专项和重点项目，集中力量在重点领域和关键环节取得突破。"
            "建立财政性科技投入稳定增长机制。今年中央财政安排科技投入716亿元，比上年增长19.2%。\n")
    frames = _frames(text, "2006-03-05")
    review = [f["mode"] for f in frames if f["trigger"] != "启动" and f["trigger"] != "建立" and f["trigger"] != "安排"]
    assert review and set(review) == {"done"}, frames
    assert _one(frames, "启动")["mode"] == "planned"


def test_done_with_yi_inside_the_plan_part():
    # sc-report-1988: "现在，国务院的机构改革方案已提交大会" in the plan part reports a done step.
    text = (_REVIEW_2006 + "三、2006年主要任务\n改革政府工作机构是政治体制改革的重要组成部分，是下届政府的中心工作之一。"
            "现在，国务院的机构改革方案已提交大会，国务委员宋平将对此作专门说明，请各位代表审议。\n")
    assert _one(_frames(text, "1988-03-25"), "提交")["mode"] == "done"


def test_a_forecast_of_this_years_outcome_in_a_late_review_is_no_plan():
    # sc-report-1981 (delivered in November) reviews "今年": 今年预计将比去年增长, 今年比去年又将有, 今年１至９月安排了.
    text = ("各位代表：\n我代表国务院，向大会作政府工作报告，请予审议。\n一、当前的经济形势\n"
            "１９８１年，我国国民经济的调整取得了显著的成绩。\n"
            "对内对外贸易都有了扩大。国内市场商品货源增加，供应情况比较好，社会商品零售额今年预计将比去年增长９％。\n"
            "人民生活继续得到改善。集体分配平均每人在三百元以上的大队，１９７９年有一千六百二十二个，１９８０年增加到五千五百六十九个，"
            "今年比去年又将有较多的增加。\n"
            "从１９７９年起，我们就开始调整农村政策，保障生产队的自主权。\n")
    assert _one(_frames(text, "1981-11-30"), "调整")["mode"] == "done"


_REVIEW_2014 = ("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2013年工作回顾\n")


def test_implementing_policy_in_general_is_no_action():
    # sc-report-2014 "实施稳定外贸增长的政策", sc-report-2025 "我们加力实施存量政策": dev gold leaves them out.
    text = (_REVIEW_2014 + "与瑞士、冰岛签署自由贸易协定。实施稳定外贸增长的政策，改善海关、检验检疫等监管服务。\n"
            "面对多重困难挑战，我们加力实施存量政策，适时优化宏观调控，积极有效应对。\n")
    assert not [f for f in _frames(text, "2014-03-05") if f["trigger"] == "实施"]


def test_implementing_a_named_policy_stays_an_action():
    # sc-report-2010 "继续实施重要农产品临时收储政策" (dev gold: an action).
    text = (_REVIEW_2014 + "进一步提高粮食最低收购价，小麦每斤提高3分钱，继续实施重要农产品临时收储政策，让农民得到更多实惠。\n")
    assert _one(_frames(text, "2010-03-05"), "实施")
