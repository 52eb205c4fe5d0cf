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


# 崇川区 2023年区政府重点民生实事项目推进情况(1-11月), a cell a line as the page serves it
# (http://chongchuan.gov.cn/xccqrmzf/msssxm/content/3050375a-7066-4841-b547-49222f1a34fa.html): a month
# column in the header, the empty 全年目标任务 cell dropped from every row, the last row without 说明.
CHONGCHUAN = ("2023年区政府重点民生实事项目推进情况(1-11月)\n序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n"
              "责任主体与协同单位 |\n1-10月推进情况 |\n1-11月推进情况 |\n是否达序 |\n说明 |\n"
              "24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n已进场施工,完成30%。 |\n"
              "已进场施工,完成60%。 |\n是 |\n||\n"
              "26 |\n新建建筑垃圾中转站8个、建筑垃圾分类池20个。 |\n徐国江 |\n城管局 |\n崇川经济开发区、相关街道 |\n"
              "已建成建筑垃圾中转站3个、分类池10个;其余点位已启动建设流程。 |\n已建成建筑垃圾中转站7个、分类池17个。 |\n是 |\n")


def test_a_progress_table_whose_rows_lost_their_empty_cells():
    found = assignments(CHONGCHUAN, reference_date="2023-12-01")
    assert [a["task"]["text"] for a in found] == ["优化提升50条背街后巷交通组织。", "新建建筑垃圾中转站8个、建筑垃圾分类池20个。"]
    assert all(a["lead"] == ["城管局"] for a in found)  # not the leader 徐国江, not the partners' cell
    assert all(a["trigger"]["text"] == "牵头 单位" for a in found)
