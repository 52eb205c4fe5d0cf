"""Probe ind41d: METRIC indicators of prefecture and county reports and policies (dev-miss study)."""

import govie


def _metrics(text, ref="2025-01-10"):
    res = govie.extract(text, reference_date=ref, model=None)
    return {e.text: e.attrs for e in res.entities if e.label == "METRIC"}


# work-reports-2026/2026_山西省_政府工作报告.csv (dev wr2026-shanxi), 五年回顾
SHANXI = "以长协价为24个省份保供电煤20亿吨。跨境电商实现4种模式全覆盖。"
# work-reports-2026/2026_辽宁省_政府工作报告.csv (dev wr2026-liaoningm)
LIAONING = "民生支出占一般公共预算支出77.9%，高质量完成20件民生实事。"


def test_a_count_after_a_verb_of_doing_counts_the_noun_after_it():
    ms = _metrics(SHANXI + LIAONING, ref="2026-01-20")
    assert ms["24个"]["indicator"] == "省份"  # not 以长协价, how the coal was supplied
    assert ms["4种"]["indicator"] == "模式"  # not 跨境电商, nor 模式全 (全覆盖 ends the noun)
    assert ms["20件"]["indicator"] == "民生实事"  # not 高质量, an adverb


# 赤峰市2025年政府工作报告, https://www.cezhidao.com/reports/NjQN
CHIFENG = "5个园区成功认定自治区级化工园区，数量居全区第一。"
# 巨野县2025年政府工作报告 (news digest), http://sdfzcm.com/a/gaoceng/20250117/140640.html
JUYE = "2024年，签约过亿元项目101个，落地过亿元项目74个。18个项目一年内投产达效。"


def test_an_adverb_ends_the_noun_a_count_counts():
    ms = _metrics(CHIFENG)
    assert ms["5个"]["indicator"] == "园区"
    ms = _metrics(JUYE, ref="2025-01-16")
    assert ms["18个"]["indicator"] == "项目"


def test_over_an_amount_is_a_size_class_not_an_aspect_particle():
    ms = _metrics(JUYE, ref="2025-01-16")
    assert ms["101个"]["indicator"] == "过亿元项目"  # 签约 is a verb of doing (guide v2.1, rule 1)
    assert ms["74个"]["indicator"] == "过亿元项目"


# 广州市长期护理保险办法 (dev gz-33, 第六条), a policy: its number line makes it one
GZ33 = ("穗医保规字〔2022〕5号\n第六条 长护险缴费基数及费率标准如下：\n（一）职工参保人员\n"
        "月缴费费率按以下标准执行：\n"
        "1.单位缴费费率，在职职工、失业人员、退休人员均为0.15%。\n2.个人缴费费率：\n（1）未满35周岁参保人员个人不缴费；\n"
        "（2）满35周岁至未满45周岁参保人员为0.02%；\n（3）满45周岁至退休前参保人员、退休延缴人员为0.08%；\n"
        "（4）退休人员为0.12%。\n（二）居民参保人员\n")


def test_list_items_naming_whom_take_the_label_they_are_listed_under():
    ms = _metrics(GZ33, ref="2022-06-01")
    assert ms["0.15%"]["indicator"] == "单位缴费费率"
    assert ms["0.02%"]["indicator"] == "个人缴费费率"
    assert ms["0.08%"]["indicator"] == "个人缴费费率"
    assert ms["0.12%"]["indicator"] == "个人缴费费率"


# 广州市天河区人才公寓配租公告 (dev gz-13, 三、租赁费用及期限)
GZ13 = ("穗天人才〔2024〕3号\n三、租赁费用及期限\n富力大厦32.5元/平方米/月、珠江嘉苑18元/平方米/月（上述费用不含物业管理费）。\n"
        "人才公寓合同租赁期限不超过3年。\n")


def test_a_label_over_a_line_of_sums_names_them():
    ms = _metrics(GZ13, ref="2024-05-01")
    assert ms["32.5元/平方米/月"]["indicator"] == "租赁费用"
    assert ms["18元/平方米/月"]["indicator"] == "租赁费用"
    assert ms["3年"]["indicator"] != "租赁费用"  # the next line is no item of the label's list


def test_a_label_needs_a_figure_of_its_kind():
    # 沁县人民政府办公室 2025 task list, https://m.ltwz.net/news/DPweP9gqoV.html: a count under a numbered
    # heading that is no rate or sum label keeps its own noun
    text = "沁政办发〔2025〕5号\n一、县示范区管委会牵头工作(8项)\n3.建设3个劳动密集型产业园。\n"
    ms = _metrics(text, ref="2025-05-18")
    assert ms["3个"]["indicator"] == "劳动密集型产业园"
