"""Activities in State Council work reports: dev-miss study act62s (round 22). Sentences from
/work/shared/data/state-council-work-reports/government_work_reports.jsonl (row by year); fresh excerpts listed in
/work/r22/act62s/sources.md."""

from govie.text.layout import segment
from govie.text.normalize import normalize
from govie.text.report import report_parts

from .activity_frames import frames as _frames, one

_OPENING = "各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员和其他列席人员提出意见。\n\n"


def _report(heading, *paragraphs):
    return _OPENING + heading + "\n\n" + "".join("　　" + p + "\n\n" for p in paragraphs)


# --- a creation drive carried out (开展…创建) is a campaign, an event ---

def test_yield_creation_drive_is_event_2011():
    # year=2011 (plan): 开展高产创建 (as dev sc-report-2010 开展粮棉油糖高产创建, gold event)
    text = _report("二、2011年的工作", "稳定粮食播种面积，优化品种结构，提高单产和品质。大力开展高产创建，"
                   "加快推进农业科技创新和推广。")
    assert one(_frames(text, "2011-03-05"), "开展")["type"] == "event"


def test_safety_creation_drive_is_event_2009():
    # year=2009: 开展平安创建 (the drive run in 2003-2019 reports)
    text = _report("一、2008年工作回顾", "加强社会治安综合治理，深入开展平安创建活动和严打整治斗争。",
                   "深化平安建设，开展平安创建，依法严厉打击各类违法犯罪活动。")
    found = [f for f in _frames(text, "2009-03-05") if f["trigger"] == "开展"]
    assert found and all(f["type"] == "event" for f in found)


def test_title_bid_stays_other():
    # a title a place bids for is no drive (dev wr2026-yunnan gold other): 开展国家新兴产业发展示范基地创建
    text = _report("二、2026年主要工作", "开展国家新兴产业发展示范基地创建，培育壮大新兴产业。")
    assert one(_frames(text, "2026-01-25"), "开展")["type"] == "other"


# --- projects a report's 推出 offers are work, not documents ---

def test_projects_launched_other_2018():
    # year=2018 (plan): 推出一批有吸引力的项目 (as dev sc-report-2014 推出一批重大支撑项目, gold other)
    text = _report("三、对2018年政府工作的建议", "深化政府和社会资本合作，推出一批有吸引力的项目，支持民间资本参与。")
    assert one(_frames(text, "2018-03-05"), "推出")["type"] == "other"


def test_project_list_launched_stays_publication():
    # a list of projects is a publication (dev wr2026-hubei 推出面向民间资本的投资项目清单)
    text = _report("二、2026年主要工作", "推出面向民间资本的投资项目清单，支持民间投资。")
    assert one(_frames(text, "2026-01-25"), "推出")["type"] == "publication"


# --- a lead announcing the measures to come opens the plan ---

_MEASURES_1994 = ("各级政府要认真贯彻落实去年召开的中央农村工作会议精神，稳定党在农村的各项基本政策，进一步深化农村改革，"
                  "千方百计增加农民收入。",
                  "主要措施有以下几项：",
                  "适当提高粮食收购价和棉花定购价，支持农用工业发展，加强农业生产资料价格管理；",
                  "完善国家粮食储备体系，建立粮食风险基金，保持粮食市场的稳定；")


def test_measures_lead_opens_plan_1994():
    # year=1994, slice [3039, 4111] (fresh act62s sc-1994): after the review heading that names 1993, the measures
    # listed under 主要措施有以下几项 were read as 1993's work done
    text = _report("一、１９９３年国内工作的回顾和１９９４年工作的基本方针", *_MEASURES_1994)
    found = _frames(text, "1994-03-10")
    for trigger in ("提高", "建立"):
        f = one(found, trigger)
        assert (f["mode"], f["date"]) == ("planned", None), f


def test_review_list_lead_opens_no_plan_2016():
    # year=2016: 一年来，我们主要做了以下工作： lists the work done
    text = _report("一、2015年工作回顾", "一年来，我们主要做了以下工作：",
                   "一是着力稳增长调结构防风险，创新宏观调控方式。在区间调控基础上，实施定向调控和相机调控。")
    clean = normalize(text).text
    parts = report_parts(clean, segment(clean), 2016, True)
    assert not parts.in_plan(clean.index("一是"))


def test_argument_lead_opens_no_plan_1986():
    # year=1986: 这可以从以下四个方面来看： frames an argument about the review
    text = _report("一、“六五”计划执行情况的回顾", "五年来，我国社会主义现代化建设取得了巨大成就。这可以从以下四个方面来看：",
                   "在过去的五年中，我国的基本建设和技术改造取得了重大成就。")
    clean = normalize(text).text
    parts = report_parts(clean, segment(clean), 1986, True)
    assert parts.plan_start < 0 or not parts.in_plan(clean.index("在过去的五年中"))
