"""Activities in State Council work reports: probe round 10 (act14), sentences from /work/r6/readable."""

from .activity_frames import frames as _frames, one as _one


_REVIEW_2015 = ("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2014年工作回顾\n"
                "扎实推动重点改革。制定并实施深化财税体制改革总体方案，预算管理制度和税制改革取得重要进展。\n")


def test_a_later_top_section_after_the_review_is_the_plan():
    # sc-report-2015 cut after its review to "三、把改革开放扎实推向纵深" (its dated heading "二、2015年工作
    # 总体部署" lost): every top section after "一、…回顾" looks ahead (1992-2000, 2005, 2007, 2015, wr2026).
    text = (_REVIEW_2015 + "三、把改革开放扎实推向纵深\n"
            "不失时机加快价格改革。取消绝大部分药品政府定价，下放一批基本公共服务收费定价权。\n")
    frames = _frames(text, "2015-03-05")
    # drafting joined to its 并实施 is one trigger (dev sc-report-2006 gold 制定和实施, 制定并实施; probe act72s)
    assert _one(frames, "制定并实施")["mode"] == "done"
    frame = _one(frames, "取消")
    # planned; undated, as the dated heading is lost (dev sc-report-2006, 2010, 2019 leave such tasks null; probe act56)
    assert frame["mode"] == "planned" and frame["date"] is None


def test_a_section_on_the_past_after_the_review_stays_in_the_review():
    # A later top heading that looks back (过去五年的基本经验) is no plan: the review goes on.
    text = (_REVIEW_2015 + "二、过去五年的基本经验\n"
            "不失时机加快价格改革。取消绝大部分药品政府定价，下放一批基本公共服务收费定价权。\n")
    assert _one(_frames(text, "2015-03-05"), "取消")["mode"] == "done"


_REVIEW_1958 = ("各位代表：\n　　我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）的报告，请予审议。\n"
                "（一）一九五七年经济战线上的胜利\n")


def test_a_plan_fulfilled_is_a_result():
    # sc-report-1958 (readable, not annotated); sc-report-1987 超额完成了国家计划, 超额完成出口计划: products
    # exceeding their plan is a result, not an action of the government.
    text = (_REVIEW_1958 + "　　一九五七年的工业总产值预计达到六百二十八亿一千万元。"
            "主要工业产品也绝大多数超额完成了产量计划，比上一年，原煤增产了一千八百二十六万吨。\n")
    assert "完成" not in [f["trigger"] for f in _frames(text, "1958-02-11")]


def test_a_subsidy_put_in_place_is_a_measure():
    # sc-report-2005 (readable, not annotated; 2004 too: 对种粮农民实行直接补贴): 实行 + a subsidy the government pays
    text = ("各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、过去一年工作回顾\n"
            "主要措施是：减免农业税，取消除烟叶以外的农业特产税，对种粮农民实行直接补贴，"
            "对部分地区农民实行良种补贴和农机具购置补贴，对重点粮食品种实行最低收购价政策。\n")
    frames = [f for f in _frames(text, "2005-03-05") if f["trigger"] == "实行"]
    assert len(frames) == 3 and all(f["mode"] == "done" and f["date"] == "2004" for f in frames)
