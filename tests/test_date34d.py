"""DATE kinds from the dev split's own misses (helper date34d, round 20): real sentences of dev documents.

Each test quotes a sentence (its dev document id in a comment) and asserts the DATE spans govie finds
in it and their values.
"""

from __future__ import annotations

import govie


def dates(text: str, reference_date: str) -> list[tuple[str, str | None]]:
    result = govie.extract(text, model=None, reference_date=reference_date)
    out = []
    for e in result.entities:
        if e.label == "DATE":
            assert text[e.start : e.end] == e.text
            out.append((e.text, e.attrs.get("value")))
    return out


def test_since_records_began_is_a_date_without_a_value():
    # dev sc-report-2023 (2023 State Council work report)
    text = "发放企业贷款平均利率降至有统计以来最低水平，对受疫情影响较大的行业企业给予阶段性扶持。"
    assert dates(text, "2023-03-05") == [("有统计以来", None)]
    # dev wr2026-guangdongm (2026 广东 work report)
    text = "大气、海洋和水环境质量均创有记录以来最好水平。"
    assert dates(text, "2026-02-01") == [("有记录以来", None)]


def test_an_era_without_a_calendar_day_is_a_date_without_a_value():
    # dev pt-102676 (Xinhua, 习近平在上海考察)
    text = "习近平指出，近代以来，上海就有“江海通津，东南都会”的美誉。"
    assert dates(text, "2019-11-03") == [("近代以来", None)]


def test_the_current_year_of_a_rule_from_an_open_start_year_has_no_value():
    # dev gz-3 (广州 居民医保 notice): 当年 after 自2025年起 is each year the rule applies in
    text = (
        "自2025年起，除新生儿等特殊群体外，对未在居民医保集中参保期内参保或未连续参保的人员，设置参保后固定待遇等待期3个月；"
        "修复等待期的缴费标准按照当年本市居民医保的个人缴费标准。"
    )
    assert dates(text, "2025-09-01") == [("2025年起", "2025/.."), ("当年", None)]


def test_the_current_year_after_a_plain_written_year_is_that_year():
    # the contrast (the rule of dates.py quotes it from a 2015 report): a year named without 起 still gives 全年 its value
    text = "2014年，全年粮食生产创造历史新高，比上年增产。"
    assert dates(text, "2015-03-05") == [("2014年", "2014"), ("全年", "2014"), ("上年", "2013")]


def test_a_vague_stretch_back_to_now_is_a_date_without_a_value():
    # dev sc-report-1980 (1980 State Council work report)
    text = "多年来农业生产发展缓慢的状况开始有了变化。"
    assert dates(text, "1980-08-30") == [("多年来", None)]
    # dev sc-report-1980
    text = "经过一年多来全国各族人民的紧张努力，团结奋斗，在调整国民经济的各项工作中取得了显著的进展。"
    assert dates(text, "1980-08-30") == [("一年多来", None)]
    # dev sc19-40
    text = "几个月来，有关省、市、自治区做了大量工作，棉粮、糖粮挂钩的政策已深入人心。"
    assert dates(text, "2019-06-01") == [("几个月来", None)]
    # a number before 多 is not this kind (十多年来 has its own rule), nor 许多年来
    assert dates("许多年来农业生产发展缓慢。", "1980-08-30") == []
