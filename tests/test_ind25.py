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


def test_a_deadline_earlier_in_the_paragraph_holds_for_its_later_sentences():
    # https://henan.china.com/news/dsxy/2022/0130/2530243558.html (三门峡市乡村建设行动实施方案, 2022)
    found = metrics("二是推进县域内城乡基础设施一体化。实施县域城乡交通一体化、农村供水保障7项行动，到2025年年底前，"
                    "义马市实现城乡供水一体化全覆盖，农村自来水普及率达到94%；实现行政村最多换乘一次客运公交即可到达县城"
                    "比例达到100%，行政村快递物流服务通达率达到100%。", "2022-01-30")
    # a goal due by a year's end is of that year
    assert [(a["kind"], a["period"]) for t, a in found if t != "7项"] == [("target", "2025")] * 3


def test_a_year_end_deadline_opening_a_sentence_dates_it():
    # http://hbmingxingmzc.cn/kx/2021-10-29/53596.html (郑州市乡村建设行动实施方案, 2021)
    found = metrics("鄭州市今年要全面啟動鄉村建設行動，集中力量打造50個美麗鄉村精品村。2025年年底前，建成100個以上"
                    "美麗鄉村精品村，500個以上美麗鄉村示範村。", "2021-10-29")
    assert first(found, "50個")["period"] == "2021"
    assert (first(found, "100個")["kind"], first(found, "100個")["period"]) == ("target", "2025")
    assert first(found, "500個")["period"] == "2025"


def test_the_items_of_a_goal_list_are_targets():
    # http://szxxg.com/shenzhen/20160322/24227.html (深圳 卫生强市, 2016)
    found = metrics("未来5年深圳“卫生强市”战略，到2020年将实现：\n1、新建投入使用市级三级公立医院12家\n"
                    "2、全市常住人口千人床位数达到4.3张\n3、千人医生数达到2.8名\n", "2016-03-22")
    assert (first(found, "4.3张")["kind"], first(found, "4.3张")["period"]) == ("target", "2020")
    assert (first(found, "2.8名")["kind"], first(found, "2.8名")["period"]) == ("target", "2020")


def test_an_age_is_a_quantity_only_as_a_measure():
    # http://www.chaogb.com/news/caijing/30105.html (广州, 2021): 到2025年，人均预期寿命达到83岁
    found = metrics("到2025年，人均预期寿命达到83岁；乡村振兴实现新跨越。")
    assert first(found, "83岁")["indicator"] == "人均预期寿命"
    # https://yqlvyou.com/cshi/202509-6580.html (扬中市, 2023): the age bound in a name is no METRIC
    found = metrics("2020年末，全市居民人均预期寿命提高到82.25岁，婴儿死亡率和5岁以下儿童死亡率分别为0.63‰和2.52‰。",
                    "2023-04-03")
    assert [t for t, _ in found] == ["82.25岁", "0.63‰", "2.52‰"]


def test_the_end_of_the_plan_dates_the_goals_of_its_paragraph():
    # http://m.hxnews.com/news/fj/fz/202206/04/2070615.shtml (福州市“十四五”卫生健康事业发展专项规划, 2022)
    found = metrics("“十四五”期间，福州市卫生健康事业发展主要目标为：到2025年，基本建成卫生健康服务体系。\n"
                    "《规划》提出，到“十四五”期末，全市人均期望寿命80岁，婴儿死亡率控制在4‰以内；千人均注册护士力争"
                    "达到4.1人；公民健康素养水平达到25%。")
    assert [(t, a["period"]) for t, a in found] == [("80岁", "2025"), ("4‰", "2025"), ("4.1人", "2025"), ("25%", "2025")]


def test_a_water_class_is_no_comparison_and_zongti_is_adverbial():
    # https://xing528.com/lilun/2149030.html (水污染防治行动计划 主要指标, 2015)
    found = metrics("到2020年，地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例总体高于93%，"
                    "全国地下水质量极差的比例控制在15%左右；到2030年，这七大重点流域水质优良比例总体达到75%以上。")
    assert first(found, "93%")["indicator"] == "地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例"
    assert first(found, "75%")["indicator"] == "这七大重点流域水质优良比例"
    assert first(found, "75%")["period"] == "2030"
