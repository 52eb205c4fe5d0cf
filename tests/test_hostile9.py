"""Hostile-input hunt over round 27's rules (hostile9). The short form of a merged body (区文旅局) is
matched against the joined names of its own division only, found by that division's name, not by
reading every joined name the document holds for each short form (quadratic on long lists of districts'
merged bureaus). Behaviour guards for that lookup, and bad inputs that must pass without a traceback."""
import pytest

import govie

from .mentions import depts


XIFENG = ("西峰区文体广电和旅游局积极参加2024年西峰区文化科技卫生“三下乡”活动\n"
          "1月29日在彭原镇五郎铺村继续举办了第二场活动，区文旅局全程积极参与。")


def test_short_form_still_finds_its_division_among_other_divisions_joined_names():
    # Other divisions' joined names after it must neither hide the district's nor be taken for it.
    text = XIFENG + "\n锦江区建设和交通局、金牛区建设和交通局、越秀区建设和水务局负责。"
    got = dict(depts(text, model=None))
    assert got["区文旅局"] == "庆阳市西峰区文体广电和旅游局"


def test_short_form_with_no_joined_name_of_its_division_is_left_alone():
    # Only other divisions' joined names: the short form is not moved to any of them.
    got = dict(depts("锦江区建设和交通局、金牛区建设和交通局负责。区文旅局配合。", model=None))
    assert "建设和交通局" not in (got.get("区文旅局") or "")


@pytest.mark.parametrize("text", ["", " \n\t\u3000", "局", "：", "The State Council issued a notice.",
                                  "😀市卫生局：负责😀全市工作；", "\ufeff市卫生局：负责全市医疗卫生工作。",
                                  "市卫生局\x00：负责\x00全市工作；", "市卫生局\ud800：负责\udfff全市工作；",
                                  "1、市卫生局：", "中老", "按月人均增加", "２０２３年是", "新华社北京3月5日电"])
def test_bad_inputs_pass_and_offsets_hold(text):
    r = govie.extract(text, model=None)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    for a in r.activities:
        assert text[a.trigger["start"]:a.trigger["end"]] == a.trigger["text"]
    for a in r.assignments:
        assert text[a.task["start"]:a.task["end"]] == a.task["text"]


def test_body_headed_duty_items_on_later_lines_keep_their_bodies():
    # _colon_items finds each item's line start by bisection over the lines' starts (hostile9): the bodies
    # heading the second and third lines still lead their own clauses.
    text = "关于职责分工的通知\n1、市卫生局：负责全市医疗卫生工作；牵头组织疾病预防控制。\n2、县财政局：落实专项资金，负责资金监管。"
    got = [(a.lead, a.task["text"]) for a in govie.extract(text, model=None).assignments]
    assert (["市卫生局"], "全市医疗卫生工作") in got
    assert (["县财政局"], "资金监管") in got
