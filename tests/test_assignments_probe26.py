"""Assignments in prefecture and county 实施方案 / 实施意见 notes and task tables (probe asg26, round 15).

Pages from the page store (addresses in /work/r15/probe-asg26.md).
"""

from __future__ import annotations

from .assignment_frames import assignments

# 株洲市人民政府关于全面落实粮食安全省长责任制的实施意见 (2015; traditional as served,
# https://newton.com.tw/wiki/株洲市人民政府關於全面落實糧食安全省長責任制的實施意見), item (一): a note that lists
# bodies, a class and a firm, and states the first-listed rule itself.
ZHUZHOU = ("株洲市人民政府關於全面落實糧食安全省長責任制的實施意見\n"
           "(一)切實增強新形勢下的糧食安全意識。糧食安全是實現經濟發展、社會穩定和國家安全的重要基礎。"
           "株洲作為糧食主產區,要著眼大局,增強責任意識,把保障糧食安全放在經濟社會發展的突出位置,作為保障民生的基本任務抓好抓落實。"
           "(市發改委、市農委、市商務糧食局、各縣市區人民政府、中儲糧株洲直屬庫。排名第一的為牽頭單位,下同)\n")


def test_a_note_listing_bodies_with_a_class_a_firm_and_the_first_listed_rule():
    found = assignments(ZHUZHOU, reference_date="2015-06-01")
    assert len(found) == 1
    a = found[0]
    assert a["task"]["text"].startswith("切實增強新形勢下的糧食安全意識")
    assert a["lead"] == ["株洲市发展和改革委员会"]
    assert a["support"][0] == "株洲市农业委员会" and len(a["support"]) == 2  # 各縣市區人民政府, 中儲糧: none
    assert not any("县市区" in s or "縣市區" in s or "中儲糧" in s or "中储粮" in s for s in a["support"])


def test_a_bracket_of_a_body_and_words_is_still_no_note():
    # The list-only reading keeps its guard: a bracket with other words assigns nothing.
    found = assignments("加强粮食储备管理。(市發改委、市農委的意見)\n")
    assert found == []
