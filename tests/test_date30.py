"""Bare 年初/年底/年末 take the year written before them in their paragraph (probe date30)."""
import json

import govie


def _dates(text, ref):
    return [(e.text, e.value) for e in govie.extract(text, reference_date=ref, model=None).entities if e.label == "DATE"]


def test_year_start_after_a_written_year_in_a_review():
    # 2013年国务院政府工作报告 (shared/data state-council-work-reports, year=2013)
    text = ("2012年，在世界各大经济体增长全面减速、各种风险不断暴露的情况下，我们合理把握政策力度，"
            "扭转经济下滑趋势，全面实现年初确定的主要目标，国内生产总值增长7.8%。")
    assert ("年初", "2012-01") in _dates(text, "2013-03-05")


def test_year_start_after_a_spaced_year():
    # 2007年国务院政府工作报告 (shared/data state-council-work-reports, year=2007)
    text = ("2006 年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%。"
            "但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右的目标。")
    assert ("年初", "2006-01") in _dates(text, "2007-03-05")


def test_year_start_in_a_reports_review():
    # dev sc-report-2021 (2021年国务院政府工作报告, review of 2020): 年初剩余的551万农村贫困人口全部脱贫
    from pathlib import Path
    doc = json.loads((Path(__file__).parent.parent / "annotations/dev/sc-report-2021.jsonl").read_text(encoding="utf-8"))
    at = doc["text"].index("年初剩余的551万")
    found = {(e.start, e.value) for e in govie.extract(doc["text"], reference_date=doc["reference_date"], model=None).entities
             if e.label == "DATE"}
    assert (at, "2020-01") in found


def test_year_start_after_a_comparison_base():
    # 2007年国务院政府工作报告 (shared/data state-council-work-reports, year=2007): 由上年 is a base, 2006 is spoken of
    text = ("2006 年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%；主要污染物排放总量增幅减缓，"
            "化学需氧量、二氧化硫排放量由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%。但是，全国没有实现年初确定的"
            "单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。")
    assert ("年初", "2006-01") in _dates(text, "2007-03-05")
