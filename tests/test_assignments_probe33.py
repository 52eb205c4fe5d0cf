"""Assignments in county and district breakdowns with responsibility notes (probe asg33, round 16).

Real sentences from pages of the page store (addresses below and in /work/r16/probe-asg33.md).
"""

from __future__ import annotations

from .assignment_frames import assignments


# 盐政办发〔2022〕16号, 海盐县人民政府办公室 2022-04-18
# (http://www.haiyan.gov.cn/art/2022/4/26/art_1229436874_59379425.html): the page runs its items and
# their 责任单位 notes into one line, and states the first-listed rule as 首位单位为牵头单位.
HAIYAN = ("海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 "
          "政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 "
          "1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入与经济增长基本同步,收入倍差进一步缩小。 "
          "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局 "
          "2.落实党政机关过紧日子的要求,节俭办一切事业,全县非刚性、非重点项目支出预算只减不增,严控“三公”经费和会议费、培训费,"
          "努力降低行政运行成本。 责任单位:县财政局 二、曹惠明常务副县长牵头重点工作 "
          "1.坚持县政府常务会议集体学法,加强重大行政决策事前论证和事后评估,发挥法律顾问作用,提高决策科学化民主化水平。 "
          "责任单位:县司法局 2.深化“亩均论英雄”“标准地”改革,狠抓全域土地综合整治,完成垦造耕地2000亩")


def test_notes_run_into_one_line_assign_their_items():
    got = assignments(HAIYAN, reference_date="2022-04-18")
    assert [a["task"]["text"][:10] for a in got] == ["全县生产总值增长7.", "落实党政机关过紧日子", "坚持县政府常务会议集"]
    assert got[0]["task"]["text"].endswith("收入倍差进一步缩小")
    assert got[0]["lead"] == ["海盐县发展和改革局"]  # 首位单位为牵头单位: the first listed leads
    assert got[0]["support"] == ["海盐县财政局", "国家税务总局海盐县税务局", "海盐县农业农村局"]
    assert got[1]["lead"] == ["海盐县财政局"] and got[1]["support"] == []
    assert got[2]["lead"] == ["海盐县司法局"]  # the note ends at the next heading 二、
    assert all(a["deadline"] is None for a in got)


def test_first_place_unit_rule_on_its_own_line():
    text = HAIYAN.replace(" 1.全县", "\n1.全县").replace("缩小。 责任单位", "缩小。\n责任单位").replace("县农业农村局 2.", "县农业农村局\n2.")
    first = assignments(text, reference_date="2022-04-18")[0]
    assert first["lead"] == ["海盐县发展和改革局"] and len(first["support"]) == 3


def test_without_the_rule_every_listed_unit_leads():
    text = HAIYAN.replace("(首位单位为牵头单位,下同)", "")
    first = assignments(text, reference_date="2022-04-18")[0]
    assert len(first["lead"]) == 4 and first["support"] == []


def test_inline_note_needs_a_numbered_item():
    # Prose that mentions a 责任单位 after a sentence, with no numbered item before it, assigns nothing.
    text = "海盐县今年继续推进重点工作。责任单位:县财政局、县司法局"
    assert assignments(text, reference_date="2022-04-18") == []


# 长兴县 2023 责任分解 (http://www.zjcx.gov.cn/art/2023/2/24/art_1229562864_1670955.html): the same notes on
# their own lines, read before this probe; a guard.
CHANGXING = ("长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知\n\n2023年政府工作报告重点工作责任分解\n\n"
             "一、朱伟县长牵头重点工作\n\n1.财政总收入和一般公共预算收入与经济增长基本同步。\n\n责任单位:县财政局。\n")


def test_own_line_note_still_read():
    (got,) = assignments(CHANGXING, reference_date="2023-02-24")
    assert got["task"]["text"].startswith("财政总收入") and got["lead"] == ["长兴县财政局"]
