"""Probe ind25 (round 15): kind and period of METRICs in plans and news digests of plans
(五年规划, 实施方案, 行动方案), from stored public pages (addresses in the comments)."""

from __future__ import annotations

import govie


def metrics(text: str, reference_date: str | None = None) -> list[tuple[str, dict]]:
    result = govie.extract(text, reference_date=reference_date, model=None)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


def first(found: list[tuple[str, dict]], span: str) -> dict:
    return next(a for t, a in found if t == span)


def test_a_digest_of_a_plan_sets_goals_by_its_sentences():
    # https://xny365.com/huanbao/article-65462.html (长沙市碳达峰实施方案, 2023): no masthead, no docno
    found = metrics("《实施方案》提出，到2025年，全市单位GDP能耗较2020年下降15%，非化石能源消费比重提高至20%以上；"
                    "森林蓄积量达3500万立方米以上。到2030年，新能源发电总装机规模力争达到300万千瓦以上。")
    assert (first(found, "15%")["kind"], first(found, "15%")["period"]) == ("target", "2025")
    assert (first(found, "3500万立方米")["kind"], first(found, "3500万立方米")["period"]) == ("target", "2025")
    assert (first(found, "300万千瓦")["kind"], first(found, "300万千瓦")["period"]) == ("target", "2030")
    # https://nengyuanjie.net/article/53350.html (national 节能减排 方案, 2021): a shared list
    found = metrics("《方案》明确，到2025年，全国单位国内生产总值能源消耗比2020年下降13.5%，化学需氧量、氨氮排放总量"
                    "比2020年分别下降8%、8%。")
    assert [(a["kind"], a["period"]) for _, a in found] == [("target", "2025")] * 3


def test_a_digest_dated_in_the_past_still_reads_a_year_before_it_as_a_result():
    # http://www.yzlqgc.com/art/2024/6/5/art_1229796765_5312978.html (松阳县 十三五 纲要, the review)
    found = metrics("綜合實力大幅增強。初步核算，2015年全縣生產總值達85.86億元。", "2016-03-01")
    assert (first(found, "85.86億元")["kind"], first(found, "85.86億元")["period"]) == ("actual", "2015")


def test_the_fourteenth_plan_goals_written_before_2025_are_targets():
    # http://m.hxnews.com/news/fj/fz/202206/04/2070615.shtml (福州市“十四五”卫生健康事业发展专项规划, 2022)
    found = metrics("“十四五”期间，福州市卫生健康事业发展主要目标为：到2025年，基本建成卫生健康服务体系。\n"
                    "《规划》提出，千人均注册护士力争达到4.1人；公民健康素养水平达到25%。")
    assert first(found, "4.1人")["kind"] == "target"
    assert first(found, "25%")["kind"] == "target"
    # http://www.chaogb.com/news/caijing/30105.html (广州市“十四五”规划纲要, 2021-05-19)
    found = metrics("广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元\n2021-05-19 18:00:17\n"
                    "5月19日，广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，提出到2025年"
                    "地区生产总值将达到3.5万亿元。\n"
                    "《纲要》提出“十四五”时期（2021年至2025年）“八个新”的确切目标：\n经济发展进入全新阶段，年均增长6%左右，"
                    "到2025年，国内生产总值达到3.5万亿元；生态环境得到改善，森林覆盖率提高到41.65%。", "2021-05-19")
    assert (first(found, "6%")["kind"], first(found, "6%")["period"]) == ("target", "2021/2025")
    assert first(found, "41.65%")["kind"] == "target"


def test_a_review_of_the_fourteenth_plan_stays_a_review():
    # the 2026 reading: "“十四五”时期…目标任务圆满完成" is done, not a goal
    found = metrics("“十四五”时期，主要目标任务圆满完成，地区生产总值年均增长5.5%。", "2026-01-20")
    assert first(found, "5.5%")["kind"] == "actual"
