"""DATE tagger and resolver: the gold case table, resolver forms, and speed."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from govie.timex import DateValue, five_year_plans, resolve
from govie.types import Context
from govie.taggers.dates import tag_dates

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "date_cases.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _ctx(case: dict) -> Context:
    period = case.get("period")
    return Context(
        reference_date=_date(case.get("reference_date")),
        period=(_date(period[0]), _date(period[1])) if period else None,
    )


def test_table_is_large_enough():
    assert len(CASES) >= 250
    assert len({c["id"] for c in CASES}) == len(CASES)
    for c in CASES:
        for d in c["dates"]:
            assert c["text"][d["start"] : d["end"]] == d["text"], c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_gold_case(case):
    got = [
        (case["text"][m.start : m.end], m.start, m.attrs["value"])
        for m in tag_dates(case["text"], _ctx(case))
    ]
    want = [(d["text"], d["start"], d["value"]) for d in case["dates"]]
    assert got == want


def test_mentions_carry_label_priority_and_grain():
    (m,) = tag_dates("5月4日，召开座谈会。", Context(reference_date=dt.date(2023, 5, 18)))
    assert (m.label, m.priority, m.source) == ("DATE", 10, "date.rule")
    assert m.attrs == {"value": "2023-05-04", "grain": "day"}


REF = dt.date(2023, 5, 18)
PERIOD = (dt.date(2023, 5, 4), dt.date(2023, 5, 12))


@pytest.mark.parametrize(
    "expr, value, grain",
    [
        ("2023年 5月 1 8日", "2023-05-18", "day"),
        ("2023年\n5月18日", "2023-05-18", "day"),
        ("２０２３年５月１８日", "2023-05-18", "day"),
        ("二〇二四年三月一日", "2024-03-01", "day"),
        ("二○二四年十二月三十一日", "2024-12-31", "day"),
        ("十二月", "2022-12", "month"),
        ("5月", "2023-05", "month"),
        ("2023年", "2023", "year"),
        ("2023年度", "2023", "year"),
        ("5月4日—5月12日", "2023-05-04/2023-05-12", "day"),
        ("3月6日—8日", "2023-03-06/2023-03-08", "day"),
        ("2024年1-5月", "2024-01/2024-05", "month"),
        ("2021—2035年", "2021/2035", "year"),
        ("2026年1月1日起", "2026-01-01/..", "day"),
        ("2026年起", "2026/..", "year"),
        ("5月下旬", "2023-05-21/2023-05-31", "dekad"),
        ("5月中下旬", "2023-05-11/2023-05-31", "dekad"),
        ("一季度", "2023-01/2023-03", "quarter"),
        ("2024年第四季度", "2024-10/2024-12", "quarter"),
        ("前三季度", "2022-01/2022-09", "quarter"),
        ("上半年", "2022-01/2022-06", "half_year"),
        ("2023年上半年", "2023-01/2023-06", "half_year"),
        ("2019年底", "2019-12", "month"),
        ("今年底", "2023-12", "month"),
        ("年底", None, "month"),
        ("今年以来", "2023-01-01/2023-05-18", "day"),
        ("2019年以来", "2019-01-01/2023-05-18", "day"),
        ("本周", "2023-05-04/2023-05-12", "week"),
        ("今天", "2023-05-18", "day"),
        ("本月", "2023-05", "month"),
        ("去年", "2022", "year"),
        ("近期", None, None),
        ("近日", None, None),
        ("日前", None, None),
        ("近年", None, None),
        ("“十三五”", "2016/2020", "year"),
        ("十四五", "2021/2025", "year"),
        ("第一个五年计划", "1953/1957", "year"),
        ("过去一年", "2022", "year"),
        ("一年来", "2022", "year"),
        ("过去五年", "2018/2022", "year"),
        ("五年来", "2018/2022", "year"),
        ("今后五年", "2023/2027", "year"),
        ("80年代", "1980/1989", "decade"),
        ("2月30日", None, None),
        ("13月45日", None, None),
        ("2023年2月29日", None, None),
        ("2026年02月10日 07时41分", "2026-02-10", "day"),
        ("2024.3.1", "2024-03-01", "day"),
        ("2024-03-01", "2024-03-01", "day"),
        ("2024/3/1", "2024-03-01", "day"),
        ("一、三季度", None, None),
    ],
)
def test_resolve(expr, value, grain):
    assert resolve(expr, reference=REF, period=PERIOD) == DateValue(value, grain)


@pytest.mark.parametrize(
    "expr, value",
    [
        ("5月4日", "XXXX-05-04"),
        ("十二月", "XXXX-12"),
        ("5月4日—5月12日", "XXXX-05-04/XXXX-05-12"),
        ("2月29日", "XXXX-02-29"),
        ("2月30日", None),
        ("2019年以来", "2019-01-01/"),
        ("2023年5月18日", "2023-05-18"),
        ("今年以来", None),
        ("本周", None),
        ("十三五", "2016/2020"),
    ],
)
def test_resolve_without_reference(expr, value):
    assert resolve(expr).value == value


def test_year_before_when_more_than_a_month_ahead():
    jan = dt.date(2024, 1, 10)
    assert resolve("12月15日", reference=jan).value == "2023-12-15"
    assert resolve("2月10日", reference=jan).value == "2024-02-10"
    assert resolve("2月11日", reference=jan).value == "2023-02-11"
    # Periods land where they end: 1—10月 in a January report is last year's.
    assert resolve("1—10月", reference=dt.date(2026, 1, 27)).value == "2025-01/2025-10"
    assert resolve("12月28日至1月3日", reference=jan).value == "2023-12-28/2024-01-03"


def test_every_plan_has_five_years():
    plans = five_year_plans()
    assert plans["十四五"][1:] == (2021, 2025)
    for name, (_, a, b) in plans.items():
        assert b - a == 4, name
        assert resolve(name).value == f"{a}/{b}"


def test_linear_time_on_hostile_input():
    ctx = Context(reference_date=REF)

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):  # best of three, in process time: other runs may share the cores
            t = time.process_time()
            tag_dates(text, ctx)
            best = min(best, time.process_time() - t)
        return best

    for unit in ("年", "一", "2023年", "5月4日—"):
        small, large = unit * (2_000 // len(unit)), unit * (16_000 // len(unit))
        # Linear: eight times the text costs about eight times as much, not 64.
        assert cost(large) < 20 * cost(small) + 0.1, unit
    assert cost("政务服务" * 50_000) < 0.5


def test_offsets_map_back_through_normalization():
    from govie.text.normalize import normalize

    raw = "四川省政府政务服务中心 2023年 5月 1 8日\n\n（5月 4日—5月 12日）"
    nt = normalize(raw)
    spans = [nt.to_original(m.start, m.end) for m in tag_dates(nt.text, Context(reference_date=REF))]
    assert [raw[s:e] for s, e in spans] == ["2023年 5月 1 8日", "5月 4日—5月 12日"]


DEV = Path("/work/shared/dev/weekly-report-2023-17.jsonl")


@pytest.mark.skipif(not DEV.exists(), reason="shared dev document not available")
def test_dev_document_dates():
    """DATE spans and values on the dev weekly report, in original offsets."""
    from govie.text.normalize import normalize

    doc = json.loads(DEV.read_text(encoding="utf-8").splitlines()[0])
    nt = normalize(doc["text"])
    ctx = Context(reference_date=dt.date(2023, 5, 18), period=PERIOD)
    pred = {nt.to_original(m.start, m.end): m.attrs["value"] for m in tag_dates(nt.text, ctx)}
    gold = {(e["start"], e["end"]): e.get("value") for e in doc["entities"] if e["label"] == "DATE"}
    tp = set(pred) & set(gold)
    p, r = len(tp) / len(pred), len(tp) / len(gold)
    assert 2 * p * r / (p + r) >= 0.95
    assert sum(pred[k] == gold[k] for k in tp) / len(tp) >= 0.95


@pytest.mark.parametrize("text,reference,period,want", [
    # Years named by the one under discussion: a report's period, else the reference date.
    ("地区生产总值比上年增长5.4%，全年粮食产量", "2026-01-20", ("2025-01-01", "2025-12-31"), [("上年", "2024"), ("全年", "2025")]),
    ("需提供上年度个税纳税清单", "2025-08-11", None, [("上年度", "2024")]),
    ("缴纳了当年度社会医疗保险费", "2025-08-11", None, [("当年度", None)]),
    # Not these years: 全年龄, 相当年均, 基础上年均.
    ("覆盖全年龄段人群，在提高质量的基础上年均增长7%", "2020-03-01", None, []),
])
def test_years_under_discussion(text, reference, period, want):
    ctx = Context(reference_date=_date(reference), period=(_date(period[0]), _date(period[1])) if period else None)
    assert [(text[m.start:m.end], m.attrs["value"]) for m in tag_dates(text, ctx)] == want


def test_a_date_without_a_year_is_in_the_year_the_document_speaks_of():
    """A yearless date after a written year takes that year when the reference date's guess
    would be earlier (dev pt-20932, a 2022 plan; dev gz-5, a notice of April 2026)."""
    import govie

    plan = ("2022年是进入全面建设社会主义现代化国家新征程的重要一年。\n"
            "报告拟安排在8月份举行的全国人大常委会会议上听取和审议。由财政经济委员会负责做好相关工作。")
    notice = ("4月28日，广州市天河区教育局公布2026年天河区义务教育阶段学校招生工作细则。\n"
              "经公办小学审核并报区教育局确认后，适龄儿童取得录取资格，学校于6月17日派发录取通知书。")
    for text, reference, expected in ((plan, "2022-05-06", {"8月份": "2022-08"}),
                                      (notice, "2026-04-28", {"4月28日": "2026-04-28", "6月17日": "2026-06-17"})):
        dates = {e.text: e.attrs["value"] for e in govie.extract(text, reference_date=reference, model=None).entities
                 if e.label == "DATE" and "年" not in e.text}
        assert dates == expected


@pytest.mark.parametrize(
    "text,span,grain",
    [
        # dev gz-5 (Tianhe admissions), dev pt-165349 (Guangdong), dev sc19-4 (国办发〔2019〕4号)
        ("户籍为本区公办（企事业办）小学毕业生，每年4月底前，由毕业小学在广州市义务教育招生报名系统", "每年4月底前", "month"),
        ("各地级以上市打假办、海防打私办每月10日前将上个月涉烟打假打私工作情况", "每月10日前", None),
        ("2020年起，每年2月底前各省份完成辖区内三级公立医院绩效考核工作", "每年2月底前", "month"),
    ],
)
def test_a_recurring_time_is_one_date_without_a_value(text, span, grain):
    """Guide: recurring times (每年4月底前, 每月15日) are DATEs valued null; a bare 每年 is none."""
    found = [(text[m.start:m.end], m.attrs["value"], m.attrs["grain"])
             for m in tag_dates(text, Context(reference_date=dt.date(2019, 1, 16)))]
    start = text.index(span)
    assert (span, None, grain) in found
    # Nothing else inside it (日前 of 10日前, 4月底前 without 每年).
    assert [f for f in found if f[0] != span and start <= text.find(f[0]) < start + len(span)] == []


@pytest.mark.parametrize(
    "text,reference,span,value",
    [
        # dev sc19-48, sc19-46 (State Council letters): 开始 opens an interval like 起
        ("究提出了办理意见：从2002年开始，在三峡库区地质灾害", "2004-03-02", "2002年开始", "2002/.."),
        # dev sc-report-2016: years back from the report
        ("相当于5年前1.5个百分点、10年前2.5个百分点的增量", "2016-03-05", "5年前", "2011"),
        ("相当于5年前1.5个百分点、10年前2.5个百分点的增量", "2016-03-05", "10年前", "2006"),
        # dev sc-report-1997, sc-report-1988, pt-298445: 几年 is a vague time
        ("物价上涨幅度过高，是前几年困扰我国经济发展的难题", "1997-03-01", "前几年", None),
        ("这几年，国家先后在５８个城市进行试点", "1997-03-01", "这几年", None),
        ("经过几年来的经济体制改革，现有", "1988-03-25", "几年来", None),
        ("会议指出，近几年来，在市委、市政府的高度重视下", "2005-01-01", "近几年来", None),
        # dev pt-283963, pt-288487: the letter O typed for 〇
        ("二ＯＯ七年二月六日", "2007-02-10", "二ＯＯ七年二月六日", "2007-02-06"),
        ("二ОО六年六月八日", "2006-06-10", "二ОО六年六月八日", "2006-06-08"),
        # dev pt-85109: a time of day after 上午 stays in the span
        ("报到时间为2020年7月15日上午8:30", "2020-07-01", "2020年7月15日上午8:30", "2020-07-15"),
    ],
)
def test_dev_time_expressions(text, reference, span, value):
    found = {text[m.start:m.end]: m.attrs["value"]
             for m in tag_dates(text, Context(reference_date=dt.date.fromisoformat(reference)))}
    assert span in found and found[span] == value


def test_a_report_plan_part_speaks_of_the_plan_year():
    """全年 in a work report's review is the reviewed year, in its plan part the plan year; a bare
    年末 takes its part's year too (Inner Mongolia 2026 report, unannotated; dev sc-report-2023)."""
    import govie

    text = ("各位代表：\n现在，我代表自治区人民政府向大会报告工作，请予审议，并请各位政协委员和列席同志提出意见。\n"
            "“十四五”时期发展成就和2025年工作回顾\n"
            "全区规模以上服务业企业突破2000户，全年接待游客3亿人次、总花费超过4500亿元。\n"
            "城镇新增就业1206万人，年末城镇调查失业率降到5.5%。\n"
            "2026年政府工作主要是围绕自治区党委“1571”工作部署细化举措、抓好落实。\n"
            "用好重大项目联审联批机制，确保全年实施重大项目3600个左右、完成投资1万亿元以上。")
    dates = [(e.text, e.attrs["value"]) for e in govie.extract(text, reference_date="2026-02-04", model=None).entities
             if e.label == "DATE" and e.text in ("全年", "年末")]
    assert dates == [("全年", "2025"), ("年末", "2025-12"), ("全年", "2026")]


def test_outside_a_report_the_paragraph_year_is_the_one_under_discussion():
    """dev pt-208869 (安徽省人民政府 通报, January 2015): 全年 and 上年 in a paragraph about 2014."""
    import govie

    text = ("2014年，在省委、省政府的正确领导下，各地、各有关部门坚持把发展粮食生产作为“三农”工作的首要任务，"
            "全年粮食生产创造历史新高，总产量达到683.2亿斤，比上年增产13.8亿斤。")
    dates = {e.text: e.attrs["value"] for e in govie.extract(text, reference_date="2015-01-16", model=None).entities
             if e.label == "DATE"}
    assert dates == {"2014年": "2014", "全年": "2014", "上年": "2013"}


@pytest.mark.parametrize("text,dates", [
    # 2026 reports (dev wr2026-gansu's gold leaves 今天 unmarked here; Xinjiang, unannotated)
    ("今天的甘肃拼出了不甘落后的好势头，未来定能跑出奋楫争先的加速度。", []),
    ("向国内外充分展示了今日新疆社会稳定、民族团结的良好形象。", []),
    # not before a place: still a DATE (State Council report 1984, unannotated)
    ("今天，这个地区的战略地位和经济地位变得越来越重要", ["今天"]),
])
def test_today_before_a_place_is_the_present_day_place(text, dates):
    found = [text[m.start:m.end] for m in tag_dates(text, Context(reference_date=dt.date(2026, 1, 27)))]
    assert found == dates


def test_the_bare_years_of_a_multi_year_review():
    """A report's five-year review counts its years bare (dev sc-report-1993: 五年间, 五年共…, 比上一个五年,
    相当于前九年; 2003 report, unannotated: 比前五年); predicates, durations and a plan's first years are
    no such count (2026 reports of Hainan and Qinghai, unannotated; 1955 report, unannotated)."""
    import govie

    def dates(text, reference):
        return [(e.text, e.attrs["value"]) for e in govie.extract(text, reference_date=reference, model=None).entities
                if e.label == "DATE"]

    text = ("各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员和其他列席人员提出意见。\n"
            "一、改革开放和现代化建设取得伟大成就的五年\n"
            "从第七届全国人民代表大会第一次会议，到这次大会的召开，已经整整过去了五年。在这五年中，我国经济蓬勃发展。\n"
            "乡镇企业保持旺盛发展势头，五年间产值增长２倍。五年共利用外资６０９亿美元，相当于前九年总和的１．６倍。"
            "教育事业有较大发展，五年来国家财政和社会各方面对教育事业的投入达３２００亿元，比上一个五年增加１７１０亿元。\n")
    assert dates(text, "1993-03-15") == [("这五年", "1988/1992"), ("五年间", "1988/1992"), ("五年", "1988/1992"),
                                         ("前九年", "1979/1987"), ("五年来", "1988/1992"), ("上一个五年", "1983/1987")]
    text = ("各位代表:\n现在，我代表国务院，向第十届全国人民代表大会第一次会议报告过去五年的工作，对今年的工作提出建议，请予审议。\n"
            "一、过去五年政府工作的回顾\n"
            "五年全国共完成技术改造投资2.66万亿元，比前五年增长67%。\n")
    assert dates(text, "2003-03-05")[-2:] == [("五年", "1998/2002"), ("前五年", "1993/1997")]
    text = ("各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议，并请各位政协委员和列席会议的同志提出意见。\n"
            "一、2025年和“十四五”时期工作回顾\n"
            "各位代表！“十四五”时期是海南自由贸易港建设成型起势的关键五年。\n"
            "这是城乡面貌发生显著变化的五年。\n"
            "巩固拓展脱贫攻坚成果同乡村振兴有效衔接5年过渡期任务圆满完成，常住人口城镇化率提高至64.7%，"
            "美丽城镇建设覆盖全省93%的建制镇，青藏铁路迈入“动车时代”，高速公路通车里程达5465公里。\n"
            "后三年的任务要比前两年更为艰巨。\n")
    found = [d[0] for d in dates(text, "2026-01-27")]
    assert not {"五年", "5年", "前两年"} & set(found), found


def test_a_yearless_date_in_a_plan_is_in_the_plan_year():
    """Dev sc-report-2016: 从5月1日起 in the plan part is 2016, though it lies two months after the report."""
    import govie

    text = ("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。\n"
            "一、2015年工作回顾\n过去一年，我国发展面临多重困难和严峻挑战。\n"
            "今年要重点做好八个方面工作。\n"
            "今年将采取三项举措。一是全面实施营改增，从5月1日起，将试点范围扩大到建筑业、房地产业、金融业、生活服务业，"
            "并将所有企业新增不动产所含增值税纳入抵扣范围，确保所有行业税负只减不增。\n")
    dates = {e.text: e.attrs["value"] for e in govie.extract(text, reference_date="2016-03-05", model=None).entities
             if e.label == "DATE"}
    assert dates["5月1日起"] == "2016-05-01/.."


@pytest.mark.parametrize("text,reference,dates", [
    # Dev sc-report-2014 and sc-report-1985: a century is a DATE, 本世纪 the reference's.
    ("提出建设丝绸之路经济带、21世纪海上丝绸之路的构想。", "2014-03-05", [("21世纪", "2001/2100")]),
    ("在对实现本世纪三大任务具有决定性意义的问题上有了新的进展。", "1985-03-27", [("本世纪", "1901/2000")]),
    # Dev sc-report-1997 and wr2026-hebei: 跨世纪 and 世纪疫情 name no century.
    ("为实现跨世纪宏伟纲领开了一个好头。", "1997-03-01", []),
    ("有效应对世纪疫情冲击和多重风险挑战，", "2026-01-20", []),
])
def test_a_century_is_a_date(text, reference, dates):
    ref = dt.date.fromisoformat(reference)
    found = [(text[m.start:m.end], m.attrs["value"]) for m in tag_dates(text, Context(reference_date=ref))]
    assert found == dates


def _dates(text: str, ref: dt.date) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.attrs["value"]) for m in tag_dates(text, Context(reference_date=ref))]


def test_same_period_last_year_is_one_date_of_the_period_named_before_it():
    # dev sc-report-1980 (gold: 去年同期 → 1979-01/1979-06) and readable sc-report-1956
    assert _dates("今年上半年又比去年同期增长24.2％。", dt.date(1980, 8, 26)) == [
        ("今年上半年", "1980-01/1980-06"), ("去年同期", "1979-01/1979-06")]
    assert _dates("本年１——５月份各工业部工业生产总值计划完成１０２．６％，比上年同期增长３３．３％。",
                  dt.date(1956, 6, 15))[-1] == ("上年同期", "1955-01/1955-05")


def test_same_period_again_keeps_its_value():
    # readable sc-report-1956: the second 去年同期 is the same first quarter, not a year earlier still
    text = "第一季度已经开工的建筑安装工程件数比去年同期增长６２％，提前开工的建筑安装工程件数比去年同期增长１８４％。"
    assert [v for _, v in _dates(text, dt.date(1956, 6, 15))] == ["1956-01/1956-03", "1955-01/1955-03", "1955-01/1955-03"]


def test_same_period_without_a_period_in_its_sentence_is_the_year_before():
    # https://youyang.gov.cn/…/t20250522_14646961.html (Q1 2025 bulletin; the quarter is named sentences earlier)
    assert _dates("城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。", dt.date(2025, 5, 22)) == [("上年同期", "2024")]


def test_a_months_end_is_that_month():
    # readable sc-report-1955 and sc-report-1958; http://www.gz.gov.cn/2015cjd/gzscjd_2015index.shtml
    # (截至2015年10月底): a month's end is valued as its month, as 年底 is December and 2月底前 February.
    assert _dates("一九五○年开始的抗美援朝战争，到一九五三年七月底才实现了停战。", dt.date(1955, 7, 5))[-1] == (
        "一九五三年七月底", "1953-07")
    assert _dates("原定一九五七年十月到一九五八年九月底增加灌溉面积九千二百多万亩", dt.date(1958, 2, 3)) == [
        ("一九五七年十月到一九五八年九月底", "1957-10/1958-09")]
    assert _dates("截至2015年10月底,本年度通过网站、报纸等媒体", None)[0] == ("2015年10月底", "2015-10")


@pytest.mark.parametrize(
    "text, dates",
    [
        # readable sc-report-1957 and sc-report-1958: the plan's years
        ("在第一个五年计划期间，苏联帮助设计和供应设备的共有一百五十六个建设项目", [("第一个五年计划", "1953/1957")]),
        # a year of the plan is one span with it, as dev gold sc-report-1983's “六五”后三年 (probe date37s)
        ("一九五八年是我国第二个五年计划的第一年。", [("一九五八年", "1958"), ("第二个五年计划的第一年", "1958")]),
        # readable sc-report-1955, dev sc-report-1985 (gold leaves it unmarked): the plan itself
        ("我国第一个五年计划规定重工业投资", []),
        ("列入第六个五年计划的六十五种主要产品", []),
    ],
)
def test_a_five_year_plan_is_a_date_only_as_a_time(text, dates):
    assert _dates(text, dt.date(1958, 2, 3)) == dates


def test_the_month_of_an_issue_is_a_date():
    # dev gz-27 (gold: 当月 → 2025-05, the notice's month) and pt-176849 (每月28日前…截至当月: recurring)
    assert _dates("各区对本通知印发当月在册的最低生活保障对象、特困人员，按新旧标准的差额进行补发", dt.date(2025, 5, 30)) == [
        ("当月", "2025-05")]
    # gz-17: 当月前连续3个月 is an offset from the application, no date
    assert _dates("（2）初创企业登记注册满6个月，申请补贴当月前连续3个月有在职员工", dt.date(2025, 5, 30)) == []


def test_relative_and_yearless_dates_recur_with_a_recurring_time_in_their_sentence():
    # dev pt-165349 (gold: 上个月 null), sc19-4 (gold: 3月底前 null), pt-176849 (gold: 当月 null)
    assert _dates("一是各地级以上市打假办、海防打私办每月10日前将上个月涉烟打假打私统计数据、重点案件和经验做法等信息分别报送省打假办。",
                  dt.date(2017, 3, 1)) == [("每月10日前", None), ("上个月", None)]
    assert _dates("2020年起，每年2月底前各省份完成辖区内三级公立医院绩效考核工作，3月底前国家卫生健康委完成国家监测指标分析工作。",
                  dt.date(2019, 1, 30)) == [("2020年起", "2020/.."), ("每年2月底前", None), ("3月底前", None)]
    assert _dates("每月28日前通过农业建设项目管理信息系统，填报截至当月的项目进度、资金支出等相关信息。",
                  dt.date(2016, 9, 21)) == [("每月28日前", None), ("当月", None)]


def test_a_bare_day_listed_after_a_date_is_a_date_of_its_month():
    # dev gz-5 (gold: 26日 → 2026-08-26)
    assert _dates("户籍儿童的监护人可于2026年8月25日、26日到实际居住地地段学校现场报名", dt.date(2026, 4, 30)) == [
        ("2026年8月25日", "2026-08-25"), ("26日", "2026-08-26")]
    # http://m.hfdxb365.com/xw/1014.html (Hubei 2024 air-pollution plan): 每个月 X 日 recurs, and so does its list
    assert _dates("组织展开交办问题整改工作,在每个月 14 日、29 日向帮扶组反馈问题整改进展。", dt.date(2024, 11, 23)) == [
        ("每个月 14 日", None), ("29 日", None)]


def test_a_day_inside_a_word_is_no_date():
    # dev gz-13 (gold: no DATE); guide: 日 inside a word (申请日前12个月) is no date
    assert _dates("在上述基地内企业就业的申请人在申请日前应当已在该企业连续缴纳职工基本养老保险3个月以上", dt.date(2025, 8, 11)) == []


def test_a_yearless_quarter_is_in_the_year_written_before_it():
    # readable sc-report-1985 (a 1985 report on 1984): 第四季度 is 1984's, not the reference year's
    text = "1984年全国职工工资总额比上年增长19%，其中第四季度增长38%。"  # as normalized (full-width digits folded)
    assert _dates(text, None)[-1] == ("第四季度", "1984-10/1984-12")  # the readable text has no reference date
    # https://www.520zcw.cn/article/vzkzmq (水城县 2011 报送时间 table): after 2011年3月5日之前, 第二季度 is 2011's
    text = "2011年3月5日之前\n第二季度农村住户现金、实物收支登记帐"
    assert _dates(text, dt.date(2011, 3, 20))[-1] == ("第二季度", "2011-04/2011-06")
