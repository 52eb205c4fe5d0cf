"""Probe ind28: METRIC attributes in State Council work reports (texts from the wikisource copies in
state-council-work-reports/government_work_reports.jsonl)."""
from __future__ import annotations

import govie


def metrics(text: str, reference_date: str) -> dict[str, dict]:
    out = {}
    for e in govie.extract(text, reference_date=reference_date).entities:
        if e.label == "METRIC":
            assert text[e.start : e.end] == e.text
            out[e.text] = {"indicator": e.indicator, "change": e.change, "qualifier": e.qualifier, "period": e.period}
    return out


def test_start_value_after_a_bound_is_of_the_year_before_the_five():
    # 2021年国务院政府工作报告 (https://zh.wikisource.org/wiki/2021年中华人民共和国国务院政府工作报告)
    text = ("过去五年，我国经济社会发展取得新的历史性成就。经济运行总体平稳，经济结构持续优化，"
            "国内生产总值从不到70万亿元增加到超过100万亿元。")
    got = metrics(text, "2021-03-05")
    assert got["70万亿元"] == {"indicator": "国内生产总值", "change": "level", "qualifier": "以内", "period": "2015"}
    assert got["100万亿元"] == {"indicator": "国内生产总值", "change": "level", "qualifier": "超过", "period": "2020"}


def test_verb_of_decline_before_the_indicator_gives_the_change():
    # 2017年国务院政府工作报告 (https://zh.wikisource.org/wiki/2017年中华人民共和国国务院政府工作报告)
    text = "今年赤字率保持不变，主要是为了进一步减税降费，全年再减少企业税负3500亿元左右、涉企收费约2000亿元。"
    got = metrics(text, "2017-03-05")
    assert got["3500亿元"] == {"indicator": "企业税负", "change": "decline", "qualifier": "左右", "period": "2017"}
