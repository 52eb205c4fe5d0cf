"""speed20: scans rewritten to skip to their anchors find what the old forms found."""

from __future__ import annotations

import re

from govie import indicators
from govie.taggers import dept, entities, titles

# The forms before speed20 (tried at every position).
_OLD_REVIEW = re.compile(r"(?:^|\n|[、：:。])\s*((?:19|20)\d\d)\s?年\s?(?:[及和]“?十[一二三四五]五”?(?:时期)?)?"
                         r"(?:工作回顾|工作总结|工作成绩|成绩|回顾)")
_OLD_PLAN = re.compile(r"(?:^|\n|[、：:。])\s*((?:19|20)\d\d)\s?年\s?(?:主要)?(?:目标任务和)?(?:工作安排|工作任务|重点工作)")
_OLD_PLAN_SENTENCE = re.compile(r"(?:^|\n|[、：:。，,])\s*(?:建议)?((?:19|20)\d\d)\s?年(?:全[省市区县])?经济社会发展的?"
                                r"(?:主要预期|努力)目标")
_OLD_TRAFFIC = re.compile(f"(?:(?<![{dept._CJK}])|(?<=[{dept._STOP}和、]))[省市县区]交通?巡?警察?"
                          f"[{dept._CJK}]{{0,2}}?(?:总队|支队|大队)")
_X = "(?:省长|市长|县长|区长|州长|旗长)"
_OLD_POST = re.compile(f"(?:常务副?{_X}|副{_X}|{_X})(?=[，,。；;、\\s（(]|同志|主持|分管|负责)")
_OLD_RING = re.compile("(?<![一二三四五六七八九十0-9０-９])[东南西北][二三四五六七]环(?:路)?(?![线内外境])")
_OLD_PARTY = re.compile("(?<![集其家心])中办(?=[、和与及]?国办)")
_OLD_LOCAL = re.compile(f"(?:地方|县以上|县级以上|各级|[两三四]级|同级)(?:各级)?{dept._LOCAL_ITEM}{dept._ITEM_NOTE}"
                        f"(?:[、和及]{dept._LOCAL_ITEM}{dept._ITEM_NOTE})+")

# Sentences of the benchmark's reports (corpora/) and headings as the dev reports write them.
_HEADINGS = [
    "2024年工作回顾\n过去一年，全省上下……",  # the heading at the text's start
    "各位代表：\n一、2024年工作回顾\n过去一年……二、2025年工作安排",
    "要点之一：2022年工作回顾",
    "一、2020年和“十三五”时期工作回顾",
    "建议2025年全县经济社会发展的努力目标为：地区生产总值增长6%左右",
    "，2023年经济社会发展的主要预期目标是：",
    "2019 年成绩",
    "三、2024年主要工作安排",
    "报告回顾了2024年工作",  # no mark before the year: no heading
]


def test_heading_scans_find_the_same_year():
    for text in _HEADINGS:
        for old, new in ((_OLD_REVIEW, indicators._HEADING_REVIEW_YEAR), (_OLD_PLAN, indicators._HEADING_PLAN_YEAR),
                         (_OLD_PLAN_SENTENCE, indicators._PLAN_SENTENCE_YEAR)):
            a, b = old.search(text), new.search(text)
            assert (a and a.span(1)) == (b and b.span(1)), (text, old.pattern)
    assert indicators._heading_year(_HEADINGS[1]) == 2024
    assert indicators._heading_year("建议2025年全县经济社会发展的努力目标为：") == 2024
    # A sentence that reports a year's work is no heading (报告回顾了2024年工作 is a digest's review since
    # probe ind31, tests/test_ind31.py).
    assert indicators._heading_year("会议听取了2024年工作汇报") is None


def test_rewritten_patterns_match_as_before():
    texts = [
        "市交警支队、县交通警察大队和区交巡警支队联合开展整治；全市交警支队",  # 全市交警: 全 before 市 is CJK
        "交警支队在市交通警察总队的指导下",
        "常务副市长主持，副省长、市长，区长同志，县长强调，旗长负责",
        "推进东二环、南三环路建设，北四环线，二二环路",  # 二环 after a numeral: no ring road
        "中办、国办印发，中办国办，集中办国办，其中办与国办",
        "地方党委、人大、政府、政协，三级党委和人大、政协，两级法院、检察院",
    ]
    pairs = [(_OLD_TRAFFIC, dept._LEVEL_TRAFFIC_POLICE), (_OLD_POST, entities._HEAD_POST_AFTER),
             (_OLD_RING, entities._RING_ROAD), (_OLD_PARTY, dept._PARTY_OFFICE_PAIR),
             (_OLD_LOCAL, dept._LOCAL_CLASS_LIST)]
    for text in texts:
        for old, new in pairs:
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], (text, old.pattern)
    assert [m.group() for m in dept._LEVEL_TRAFFIC_POLICE.finditer(texts[0])] == ["市交警支队", "县交通警察大队", "区交巡警支队"]
    assert [m.group() for m in entities._RING_ROAD.finditer(texts[3])] == ["东二环", "南三环路"]
    assert [m.start() for m in dept._PARTY_OFFICE_PAIR.finditer(texts[4])] == [0, 8]
    assert [texts[5][s:e] for s, e in dept._local_class_spans(texts[5])] == [
        "地方党委、人大、政府、政协", "三级党委和人大、政协", "两级法院、检察院"]


def test_bracketed_drops_titles_open_across_a_sentence_end():
    text = "印发《关于加强管理的通知》。《未闭合的标题。下一句《条例》和《办法》"
    assert [text[s:e] for s, e in titles._bracketed(text)] == ["关于加强管理的通知", "条例", "办法"]
    nested = "《转发《实施意见》的通知》"
    assert [nested[s:e] for s, e in titles._bracketed(nested)] == ["转发《实施意见》的通知"]
