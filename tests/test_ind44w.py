"""Indicators of METRIC mentions in work reports (probe ind44w): counted things before a measure of
them, two verbs of doing in a row, a word of hope alone, a percent before 增长, purpose verbs before a
set of measures, 款 as a count unit."""

import pytest

import govie


def _metrics(text):
    return {e.text: e.attrs for e in govie.extract(text, model=None).entities if e.label == "METRIC"}


@pytest.mark.parametrize("text, span, indicator", [
    # dev wr2026-neimenggu (内蒙古 2026 report): the products are counted, not their capacity
    ("稀土化合物、功能材料、煤制烯烃等80多种产品产能全国第一。", "80多种", "产品"),
    # dev wr2026-shaanxi (陕西 2026 report)
    ("无人机、光子等8条产业链产值两位数增长，千亿级产业链达到1个。", "8条", "产业链"),
    # 闽清县 2019 report, https://guanchang.qwyd.net/zhengfugongzuobaogao/287209.html
    ("75家县级以上农业龙头企业年销售收入18.4亿元,增长10.5%。", "75家", "县级以上农业龙头企业"),
    ("75家县级以上农业龙头企业年销售收入18.4亿元,增长10.5%。", "18.4亿元", "县级以上农业龙头企业年销售收入"),
    # dev wr2026-henan (河南 2026 report)
    ("新建改造高标准农田3167万亩，开挖疏浚沟渠11.76万公里。", "11.76万公里", "沟渠"),
    # 海南 2026 report (work-reports-2026, 海南省 full_text 3447-3874)
    ("陵水黎安国际教育创新试验区初具规模，签约入驻国内外知名高校26所，在园师生达1万人。", "26所", "国内外知名高校"),
    ("落地540款特许药械、39家医疗机构。", "540款", "特许药械"),
    # dev wr2026-fujian (福建 2026 report)
    ("2款一类创新药集中获批。", "2款", "一类创新药"),
    # 荆州 2025 report digest, https://www.jingchucn.com/post/2fc7075d.html
    ("预计全年荆州地区生产总值增长6.5%、有望突破3500亿元,总量稳居全省第4;", "3500亿元", "地区生产总值"),
    ("营商环境不断优化,15个“高效办成一件事”重点事项全量上线,338个“一件事”主题事项落地运行。", "15个",
     "“高效办成一件事”重点事项"),
    # 山西 2026 report (work-reports-2026, 山西省 full_text 3400-4118)
    ("深化改革攻坚，激发市场活力。优化工商业电价机制12条举措加快落地，56个全域土地综合整治项目扎实推进。", "12条", "举措"),
    # 山东 2026 report (work-reports-2026, 山东省 full_text 2976-3501)
    ("沿海港口万吨级以上泊位达到404个，新开辟外贸航线20条。", "20条", "外贸航线"),
])
def test_indicator(text, span, indicator):
    assert _metrics(text)[span]["indicator"] == indicator


@pytest.mark.parametrize("text, span, change", [
    # dev wr2026-hubeim (湖北 2026 report)
    ("人形机器人、人工智能等产业营收保持20%以上增长，全省高新技术企业增至3.5万家。", "20%", "growth"),
    # dev wr2026-liaoning (辽宁 2026 report)
    ("确定4.5%左右的增长目标，在实际工作中努力争取更好结果。", "4.5%", "growth"),
    # 山西 2026 report
    ("文旅融合态势强劲，重点监测景区接待游客、经营收入均保持10%以上增长。", "10%", "growth"),
    # a level reached stays one
    ("口岸贸易总额从8.75万亿元增长到11.2万亿元。", "8.75万亿元", "level"),
])
def test_change(text, span, change):
    assert _metrics(text)[span]["change"] == change


def test_article_clause_is_no_count():
    # 款 as a count unit never tags a clause of an article (第2款)
    assert _metrics("依照本条第2款规定执行。") == {}


def test_named_span_bounded_by_dates():
    # dev wr2026-guizhoum (贵州 2026 report): the phrase before the date names the span; both lengths are
    # levels of it
    found = _metrics("劳动年龄人口平均受教育年限从2020年的9.6年提升至2025年的10.2年左右。")
    assert found["9.6年"]["indicator"] == found["10.2年"]["indicator"] == "劳动年龄人口平均受教育年限"
    assert found["9.6年"]["change"] == found["10.2年"]["change"] == "level"
    # a streak stays a count of periods, null (guide v2.1, rule 5)
    assert _metrics("粮食总产量连续9年稳定在1300亿斤以上。")["9年"]["indicator"] is None
