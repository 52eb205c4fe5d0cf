"""Probe ind58w (METRIC in city, county and provincial work reports, 2018-2026): real sentences."""

import govie


def _metrics(text, reference_date="2026-02-02"):
    doc = govie.extract(text, model=None, reference_date=reference_date)
    return {e.text: e.attrs for e in doc.entities if e.label == "METRIC"}


def test_supplementing_land_and_setting_up_projects_are_doing():
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/287209.html (闽清县 2019 report)
    got = _metrics("改造高标准农田3.39万亩，补充耕地800亩，新增农业标准化示范基地2000亩。", "2019-01-10")
    assert got["800亩"]["indicator"] == "耕地"
    # work-reports-2026/2026_山西省_政府工作报告.csv full_text [10839:12357]
    got = _metrics("提升非煤矿产可持续发展水平和竞争力。新立项找矿项目100个。")
    assert got["100个"]["indicator"] == "找矿项目"
    assert got["100个"]["change"] == "level"
    # 补充 opening an insurance names a kind of its own (guard)
    got = _metrics("补充医疗保险参保人数12万人。")
    assert got["12万人"]["indicator"] == "补充医疗保险参保人数"


def test_december_report_reviews_the_year_then_ending():
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/287028.html (建平县, 2018-12-22)
    text = ("2018年是本届政府的开局之年，全县经济社会呈现良好发展态势。预计到年末，全县地区生产总值完成115亿元，"
            "同比增长7%；固定资产投资完成38.1亿元，同比增长23 %。\n"
            "一年来，我们主要做了以下六个方面工作：\n"
            "一、全力以赴稳增长、促发展，经济质量稳步提升\n"
            "——“五个一工程”强力推进。经济开发区家居产业园60万平方米标房入驻46家企业陆续投产。\n")
    got = _metrics(text, "2018-12-22")
    for span in ("115亿元", "7%", "38.1亿元", "23 %"):
        assert (got[span]["kind"], got[span]["period"]) == ("actual", "2018"), span
    for span in ("60万平方米", "46家"):
        assert got[span]["period"] == "2018", span
    assert text[text.index("23 %") : text.index("23 %") + 4] == "23 %"


def test_area_after_a_park_measures_the_noun_after_it():
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/287028.html (建平县, 2018-12-22)
    text = ("经济开发区家居产业园60万平方米标房入驻46家企业陆续投产，新型建材产业园、现代制造产业园30万平方米标房全部入驻，"
            "环保科技产业园积极推进，农产品加工产业园10万平方米标房初具规模。")
    got = _metrics(text, "2018-12-22")
    for span in ("60万平方米", "30万平方米", "10万平方米"):
        assert got[span]["indicator"] == "标房", span
        assert got[span]["change"] == "level", span
    assert got["46家"]["indicator"] == "企业"


def test_predicate_after_counted_firms_is_no_part_of_them():
    # https://www.cezhidao.com/reports/iXdj (深圳市龙岗区 2025 report)
    got = _metrics("吸引了高巨创新、好盈科技等74家企业常态化到我区开展测试；新增43个低空飞行器起降点、58条低空飞行航线。",
                   "2025-01-15")
    assert got["74家"]["indicator"] == "企业"
    assert got["43个"]["indicator"] == "低空飞行器起降点"


def test_rank_earned_is_no_part_of_the_indicator():
    # https://www.cezhidao.com/reports/NjQN (赤峰市 2025 report)
    got = _metrics("——令人振奋和鼓舞的是，工业经济总量成为全区第四个突破2000亿元大关的地区，工业投资增长30%、领跑全区。",
                   "2025-01-10")
    assert got["2000亿元"]["indicator"] == "工业经济总量"
    assert got["2000亿元"]["change"] == "level"

