"""Probe date46n: time expressions of national texts (State Council work reports, national news)."""
import govie


def _dates(text, ref):
    r = govie.extract(text, reference_date=ref, model=None)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.start, e.attrs.get("value")) for e in r.entities if e.label == "DATE"]


def test_new_century_opening_years_are_a_vague_date():
    # state-council-work-reports, 2001 report (二、“十五”期间的奋斗目标和指导方针)
    text = "展望新世纪初的国内外形势，未来五到十年，是我国经济和社会发展极为重要的时期。"
    assert ("新世纪初", 2, None) in _dates(text, "2001-03-05")
    # the new century as an age, or 初 opening a word, is no date
    assert _dates("进入新世纪新阶段，国民经济初步形成新格局。", "2003-03-05") == []
    assert _dates("新世纪初步建立起新的体制。", "2003-03-05") == []


def test_since_the_new_century():
    # state-council-work-reports, 2010 report (dev sc-report-2010)
    text = "2009年是新世纪以来我国经济发展最为困难的一年。"
    # the era runs up to the year the sentence names (dev gold 2001/2009; review26)
    assert _dates(text, "2010-03-05") == [("2009年", 0, "2009"), ("新世纪以来", 6, "2001/2009")]


def test_plan_years_with_the_plan_word_between():
    # state-council-work-reports, 1992 report
    text = "如果今年各方面的工作都能够做得更好一些，“八五”计划后三年经济的加快发展就有了更为坚实的基础。"
    assert _dates(text, "1992-03-20") == [("今年", 2, "1992"), ("“八五”计划后三年", 20, "1993/1995")]
    # the plan alone stays its five years
    assert _dates("这是实施“八五”计划的关键一年。", "1992-03-20") == [("八五", 5, "1991/1995")]
