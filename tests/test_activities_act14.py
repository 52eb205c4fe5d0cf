"""Activities in State Council work reports: probe round 10 (act14), sentences from /work/r6/readable."""

import govie


def _frames(text, reference_date):
    return [dict(a.to_dict(), trigger=a.trigger["text"])
            for a in govie.extract(text, model=None, reference_date=reference_date).activities]


def _one(frames, trigger):
    found = [f for f in frames if f["trigger"] == trigger]
    assert len(found) == 1, (trigger, frames)
    return found[0]


_REVIEW_2015 = ("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2014年工作回顾\n"
                "扎实推动重点改革。制定并实施深化财税体制改革总体方案，预算管理制度和税制改革取得重要进展。\n")


def test_a_later_top_section_after_the_review_is_the_plan():
    # sc-report-2015 cut after its review to "三、把改革开放扎实推向纵深" (its dated heading "二、2015年工作
    # 总体部署" lost): every top section after "一、…回顾" looks ahead (1992-2000, 2005, 2007, 2015, wr2026).
    text = (_REVIEW_2015 + "三、把改革开放扎实推向纵深\n"
            "不失时机加快价格改革。取消绝大部分药品政府定价，下放一批基本公共服务收费定价权。\n")
    frames = _frames(text, "2015-03-05")
    assert _one(frames, "制定")["mode"] == "done"
    frame = _one(frames, "取消")
    assert frame["mode"] == "planned" and frame["date"] == "2015"


def test_a_section_on_the_past_after_the_review_stays_in_the_review():
    # A later top heading that looks back (过去五年的基本经验) is no plan: the review goes on.
    text = (_REVIEW_2015 + "二、过去五年的基本经验\n"
            "不失时机加快价格改革。取消绝大部分药品政府定价，下放一批基本公共服务收费定价权。\n")
    assert _one(_frames(text, "2015-03-05"), "取消")["mode"] == "done"
