"""Review of round 12's merges (review18): real sentences, with their corpus rows."""

import govie

_STATE_COUNCIL = "中华人民共和国国务院"


def test_congress_resolution_on_the_report_is_the_congress_s():
    # state-council-work-reports/government_work_reports.jsonl row 64, 第二届全国人民代表大会第三次会议关于政府工作报告的
    # 决议 (1962): the premier "代表国务院所作的" report is the object the congress heard; its resolution is not the
    # State Council's (head.py's speaker formula made it so).
    text = "第二届全国人民代表大会第三次会议听取了周恩来总理代表国务院所作的政府工作报告，并且进行了充分的讨论。\n\n" \
           "　　1958年以来，我国各族人民在中国共产党和毛泽东主席的英明领导下，取得了一系列的伟大成就。\n"
    assert govie.extract(text, model=None).meta["issuer"] == "全国人民代表大会"


def test_speaker_in_the_first_person_still_names_the_state_council():
    # row 68 (1957): "国务院决定由我向…作报告", and row 70 (1955) "我现在代表国务院向本次大会作…报告".
    for text in ("关于一年来的政府工作，国务院决定由我向第一届全国人民代表大会第四次会議作报告。\n",
                 "各位代表：\n\n　　我现在代表国务院向本次大会作关于第一个五年计划的报告。\n"):
        assert govie.extract(text, model=None).meta["issuer"] == _STATE_COUNCIL


def test_the_party_centre_s_proposal_is_not_the_state_council_s():
    # row 45 (1998 report, plan part): 中央 alone names the Party's centre, whose proposal the report relays; 提出
    # was kept as the State Council's own activity (agents 国务院).
    from .activity_frames import frames, none
    text = "各位代表：\n\n　　我代表国务院向大会报告过去五年的政府工作。\n\n第二，国有企业改革要取得新的突破\n\n" \
           "国有企业改革是当前经济体制改革的重点。\n中央提出，要用三年左右的时间，通过改革、改组、改造和加强管理，" \
           "使大多数国有大中型亏损企业摆脱困境，力争到本世纪末使大多数国有大中型骨干企业初步建立起现代企业制度。\n"
    none(frames(text, "1998-03-05"), "提出")


def _metrics(text):
    return {e.text: e for e in govie.extract(text, model=None, reference_date="2026-01-26").entities if e.label == "METRIC"}


def test_a_part_of_a_five_year_flow_is_of_the_five_years():
    # work-reports-2026/2026_海南省_政府工作报告.csv, five-year review ("五年来，我们…"): the part after 其中 counts
    # within the net increase before it; the clause rule of ind19 had made it a 2025 stock.
    text = "海南省人民政府工作报告\n\n五年来，我们坚定不移贯彻新发展理念，在推动高质量发展中实现综合实力新跨越。\n" \
           "新增减税降费及退税超800亿元，净增经营主体242.8万户，其中企业57.5万户。\n" \
           "新增技能人才39.87万人次，其中高技能人才7.65万人次。\n"
    found = _metrics(text)
    assert found["242.8万户"].attrs["period"] == "2021/2025"
    assert found["57.5万户"].attrs["period"] == "2021/2025"
    assert found["7.65万人次"].attrs["period"] == "2021/2025"


def test_a_share_after_其中_is_no_flow():
    # work-reports-2026/2026_新疆维吾尔自治区_政府工作报告.csv: the share of a total's make-up stays of its year.
    text = "新疆维吾尔自治区人民政府工作报告\n\n五年来，我们坚定不移推动高质量发展。\n" \
           "经营主体总量276.81万户、增长8.85%，其中民营经济主体占97.2%。\n"
    assert _metrics(text)["97.2%"].attrs["period"] != "2021/2025"
