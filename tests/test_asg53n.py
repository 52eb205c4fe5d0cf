"""Probe asg53n: duties written as sentences in national plans and group rules (real text)."""
import govie


def _run(text, date):
    return govie.extract(text, reference_date=date, model=None)


# 国函〔2018〕144号, 附件 国务院职业教育工作部际联席会议制度, 二-三 (http://www.gov.cn/zhengce/content/2018-11/27/content_5343832.htm,
# via github.com/ZhouYNF/platform-1 db/ge_policy_raw20190217.sql).
RULES = ("为贯彻落实全国教育大会精神，经国务院同意，建立国务院职业教育工作部际联席会议（以下简称联席会议）制度。\n"
         "联席会议办公室设在教育部，主要承担联席会议组织联络和协调等日常工作。办公室主任由教育部分管职业教育工作的负责同志兼任。\n"
         "联席会议原则上每年召开两次会议，也可根据工作需要临时召开专题会议，由召集人或召集人委托的副召集人主持。"
         "在联席会议召开之前，由联席会议办公室召开联络员会议，研究讨论联席会议议题和需提交联席会议议定的事项及其他有关事项。\n")


def test_a_post_held_concurrently_is_no_task():
    # "办公室主任由教育部…的负责同志兼任": who holds the post, as 担任 and 组成 already are.
    tasks = [a.task["text"] for a in _run(RULES, "2018-11-20").assignments]
    assert not any("兼任" in t for t in tasks)
    assert any(t.startswith("联席会议办公室设在教育部") for t in tasks)


def test_a_meeting_the_office_convenes_by_the_rules_is_its_duty():
    got = [a for a in _run(RULES, "2018-11-20").assignments if a.trigger["text"] == "由"]
    assert len(got) == 1
    # The office under the group's defined short name is linked to its full name (probe dept67n).
    assert got[0].lead == ["国务院职业教育工作部际联席会议办公室"]
    assert got[0].task["text"].startswith("召开联络员会议，研究讨论联席会议议题")


def test_a_meeting_convened_on_a_date_stays_an_event():
    # The same wording told of a past day is a reported event (an activity), not a duty.
    text = ("2018年12月5日，由联席会议办公室召开联络员会议，研究讨论联席会议议题。\n")
    assert [a for a in _run(text, "2019-01-10").assignments if a.trigger["text"] == "由"] == []


def test_the_office_convening_a_named_meeting_without_what_it_does_is_no_rule():
    # 由X召开 with no clause on what the meeting does (a news line) keeps the old reading.
    text = "会议由教育部召开。\n"
    assert _run(text, "2019-01-10").assignments == []
