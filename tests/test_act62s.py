"""Activities in State Council work reports: dev-miss study act62s (round 22). Sentences from
/work/shared/data/state-council-work-reports/government_work_reports.jsonl (row by year); fresh excerpts listed in
/work/r22/act62s/sources.md."""

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
