"""DATE spans in State Council and 2026 provincial work reports (probe date20, round 12): real sentences.

Sources: state-council-work-reports/government_work_reports.jsonl (field ``content``; the year says
which report) and work-reports-2026/2026_陕西省_政府工作报告.csv (full_text). Each test quotes one
sentence and asserts the DATE spans govie finds in it and their values.
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


def test_vague_stretches_of_years_back_are_dates_without_a_value():
    # government_work_reports.jsonl year=1964
    text = "在过去几年中，我们根据总路线的基本精神，初步地总结了群众的实践经验。"
    assert dates(text, "1964-12-21") == [("过去几年", None)]
    # government_work_reports.jsonl year=1964
    text = "最近几年，城乡人民生活都逐步有所改善。"
    assert dates(text, "1964-12-21") == [("最近几年", None)]
    # government_work_reports.jsonl year=1979
    text = "由于林彪、“四人帮”的干扰破坏，过去十多年中经济事业和各项事业发展缓慢。"
    assert dates(text, "1979-06-18") == [("过去十多年", None)]
    # government_work_reports.jsonl year=1960
    text = "在肥料方面，我们这几年来发展了养猪，扩大了绿肥面积。"
    assert dates(text, "1960-03-30") == [("这几年来", None)]


def test_a_part_of_a_decade_is_in_its_span():
    # government_work_reports.jsonl year=1979
    text = "由于五十年代后期和六十年代后期出生的人口比较多，进入结婚、生育年龄的男女人数还将有不小的增长。"
    assert dates(text, "1979-06-18") == [("五十年代后期", None), ("六十年代后期", None)]


def test_a_decade_before_a_verb_starting_with_chu_keeps_its_bare_span():
    # dev gold sc-report-1993: 在九十年代初步建立起新的经济体制 marks 九十年代 only
    text = "在九十年代初步建立起新的经济体制，今后五年是关键时期。"
    assert dates(text, "1993-03-15")[0] == ("九十年代", "1990/1999")


def test_within_a_century_and_its_last_twenty_years():
    # government_work_reports.jsonl year=1975
    text = "第二步，在本世纪内，全面实现农业、工业、国防和科学技术的现代化。"
    assert dates(text, "1975-01-13") == [("本世纪内", "1901/2000")]
    # government_work_reports.jsonl year=1979
    text = "进入结婚、生育年龄的男女人数在本世纪最后二十年内还将有不小的增长。"
    assert dates(text, "1979-06-18") == [("本世纪最后二十年内", "1981/2000")]


def test_the_next_ten_years_with_de_and_the_years_before_a_year():
    # government_work_reports.jsonl year=1975
    text = "从国内国际的形势看，今后的十年，是实现上述两步设想的关键的十年。"
    assert dates(text, "1975-01-13") == [("今后的十年", "1975/1984")]
    # government_work_reports.jsonl year=1975
    text = "第一步，用十五年时间，即在一九八○年以前，建成一个独立的比较完整的工业体系和国民经济体系。"
    assert dates(text, "1975-01-13") == [("一九八○年以前", "../1979")]


def test_two_years_named_as_one_stretch():
    # government_work_reports.jsonl year=1960
    text = "一九五八年和一九五九年两年造林五亿四千万亩。"
    assert dates(text, "1960-03-30") == [("一九五八年和一九五九年两年", "1958/1959")]


def test_two_separate_years_stay_two_dates():
    text = "2019年和2020年分别增长5%、6%。"
    assert [t for t, _ in dates(text, "2021-01-01")] == ["2019年", "2020年"]


def test_the_end_of_a_five_year_plan_is_its_last_year():
    # 2026_陕西省_政府工作报告.csv full_text (the review of 十四五)
    text = "地区生产总值跨过3万亿元、年均增长5.2％，较“十三五”末净增1万亿元，人均生产总值居全国第12位。"
    assert ("“十三五”末", "2020") in dates(text, "2026-01-27")



def test_a_date_written_in_words_after_yu_is_no_place_of_an_action():
    # the opening of dev sc-report-1980 (government_work_reports.jsonl year=1980): the 报告 of
    # 于今年4月8日向人大常委会…作了报告 had the location 今年4月8日向人大常委会第十四次会议作了
    text = ("各位代表：\n\n\u3000\u3000我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n\n"
            "\u3000\u3000关于1980年国民经济计划的安排，国务院委托国家计委副主任李人俊同志，于今年4月8日向人大常委会第十四次会议作了报告。")
    result = govie.extract(text, model=None, reference_date="1980-08-30")
    reported = [a for a in result.activities if a.trigger["text"] == "报告" and text[a.trigger["start"] - 2 : a.trigger["start"]] == "作了"]
    assert len(reported) == 1
    assert reported[0].location is None
