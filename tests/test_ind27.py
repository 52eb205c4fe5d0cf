"""Probe ind27 (round 16): METRIC indicator and period in prefecture and county work reports
(2022-2025), from stored public pages (addresses in the comments). Each asserts what govie reads,
as guide v2.1 writes it.
"""

from __future__ import annotations

import govie


def metrics(text: str, reference_date: str | None = None) -> list[tuple[str, dict]]:
    result = govie.extract(text, reference_date=reference_date, model=None)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


def first(found: list[tuple[str, dict]], span: str, nth: int = 0) -> dict:
    return [a for t, a in found if t == span][nth]


def test_a_county_plan_heading_names_the_year_of_the_targets_before_it():
    # https://nec-driver.com/bhuanan/10093_3.html (a 海南 county, 2024 report; no date on the page)
    found = metrics("今年经济社会发展主要预期目标是：全县地区生产总值增长8%左右，一般公共预算收入增长8%左右，"
                    "城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右，城镇调查失业率控制在5.5%以内。\n"
                    "三、2024年主要工作安排\n"
                    "围绕上述目标，重点抓好以下九个方面工作：\n"
                    "（一）坚持农业农村优先发展。一是切实保障粮食安全。完成耕地修复2000亩，粮食总产量稳定在2.5万吨以上。")
    gdp = first(found, "8%")
    assert (gdp["indicator"], gdp["kind"], gdp["qualifier"], gdp["period"]) == ("地区生产总值", "target", "左右", "2024")
    assert first(found, "8.5%")["indicator"] == "城镇和农村常住居民人均可支配收入"
    assert first(found, "5.5%")["period"] == "2024"
    assert (first(found, "2.5万吨")["kind"], first(found, "2.5万吨")["period"]) == ("target", "2024")


def test_a_plan_sentence_with_jianyi_names_the_year():
    # http://bx2200.com/baogao/huadong/12175_2.html (龙游县 2025 report, plan part)
    found = metrics("二、2025年目标任务和重点工作\n"
                    "建议2025年全县经济社会发展的努力目标为：全县生产总值增长7%；固定资产投资增长10%以上；"
                    "城镇调查失业率控制在5%以内。")
    assert (first(found, "7%")["indicator"], first(found, "7%")["period"]) == ("生产总值", "2025")
    assert (first(found, "10%")["kind"], first(found, "10%")["qualifier"]) == ("target", "以上")


def test_a_list_item_of_verbs_only_counts_the_noun_before():
    # http://bx2200.com/baogao/huadong/4526.html (诏安县, delivered 2022-12-20)
    found = metrics("一、2022年工作回顾\n新增规模工业企业16家，工业投资30亿元、增长63%，"
                    "工业项目新开工110个、竣工投产60个。")
    assert first(found, "110个")["indicator"] == "工业项目"
    assert first(found, "60个")["indicator"] == "工业项目"
    assert first(found, "63%")["indicator"] == "工业投资"


def test_an_adjustment_before_a_change_is_no_name():
    # https://nextlevelartsconsulting.com/bhuadong/4282.html (滨湖区 2023 report)
    found = metrics("2022年工作回顾\n预计完成地区生产总值1075亿元、增长5%；一般公共预算收入105亿元（同口径）、"
                    "扣除留抵退税因素增长0.5%；规上工业增加值增长7.8%。")
    assert first(found, "0.5%")["indicator"] == "一般公共预算收入"
    assert first(found, "0.5%")["change"] == "growth"


def test_a_size_class_in_figures_stays_in_what_is_counted():
    # https://nextlevelartsconsulting.com/bhuadong/4282.html (滨湖区 2023 report)
    found = metrics("2022年工作回顾\n重大项目稳步推进。实施5000万元以上重大项目160个，完成投资290亿元，"
                    "其中新开工项目65个，完成投资75亿元。")
    assert first(found, "160个")["indicator"] == "5000万元以上重大项目"


def test_verbs_of_doing_in_city_and_county_reviews_are_out():
    # https://www.cezhidao.com/reports/aFZr (大同 2025 report); http://www.xyxww.com/2025-12/26/content_2294500.htm
    # (仙游县); https://nextlevelartsconsulting.com/bhuadong/10277.html (霍邱县 2024); https://nec-driver.com/bdb/9712.html
    # (辽阳 2024); https://edutainingadventures.com/bxn/4817.html (中江县, 2022-12-29)
    found = metrics("一、2024年工作回顾\n晋北新能源基地落地开工，建成并网独立储能项目4个32万千瓦、装机规模全省第一。"
                    "全市累计投运服务器68万台。新认证“三品一标”农产品10个；全县 95座公益性水库划定工程管理与保护范围。"
                    "沿淮洼地治理、沿岗河防洪治理四期等4个特别国债项目已获批。"
                    "消化处置“批而未供”和闲置土地152.7公顷。新（改）建城区公厕7座。")
    assert first(found, "4个")["indicator"] == "独立储能项目"
    assert first(found, "68万台")["indicator"] == "服务器"
    assert first(found, "10个")["indicator"] == "“三品一标”农产品"
    assert first(found, "95座")["indicator"] == "公益性水库"
    assert first(found, "4个", 1)["indicator"] == "特别国债项目"
    assert first(found, "152.7公顷")["indicator"] == "“批而未供”和闲置土地"
    assert first(found, "7座")["indicator"] == "城区公厕"


def test_zhi_counts_teams():
    # http://www.xyxww.com/2025-12/26/content_2294500.htm (仙游县 report digest, 2025)
    found = metrics("13个基层预警指挥服务站建成投用； 3支森林消防政府专职中队顺利组建；全年财政支出100亿元。")
    assert first(found, "3支")["indicator"] == "森林消防政府专职中队"
    assert [t for t, _ in found if t.endswith("支")] == ["3支"]


def test_the_second_gap_of_a_comparison_has_no_change():
    # https://epaper.jhnews.com.cn/jhrb//jhrbpaper/pc/con/202501/27/content_495972.html (金华 2025 report)
    found = metrics("一、2024年工作回顾\n全市地区生产总值6925.5亿元、增长6.3%，增速分别高于全省和全国0.8个、1.3个百分点。")
    assert first(found, "0.8个")["change"] is None
    assert first(found, "1.3个百分点")["change"] is None
    assert first(found, "1.3个百分点")["indicator"] == "地区生产总值"
