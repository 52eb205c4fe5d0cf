"""Probe ind22 (work-report METRIC indicator, second pass): real sentences of city and provincial reports."""

import govie


def _metrics(text):
    """Each METRIC's attributes by its text (the first one of a text written twice)."""
    out = {}
    for e in govie.extract(text, model=None).entities:
        if e.label == "METRIC":
            out.setdefault(e.text, e.attrs)
    return out


def test_one_character_stop_inside_a_word_is_no_stop():
    # 重庆市 2026 report (http://www.cq.gov.cn/ywdt/jrcq/202602/t20260203_15374376_app.html):
    # 近 closes the word 就近, it does not end the noun the count counts
    got = _metrics("全力稳就业，强化高校毕业生等青年就业帮扶，实施农民工就近就业三年行动，"
                   "全年新增40.8万青年留渝来渝、33万农民工就近就业。")
    assert got["33万"]["indicator"] == "农民工就近就业"
    # work-reports-2026/2026_安徽省_政府工作报告.csv: 在 inside 所在
    got = _metrics("149.5万个婴幼儿所在家庭享受育儿补贴，57.6万名儿童享受减免幼儿园学前一年保育教育费。")
    assert got["149.5万个"]["indicator"] == "婴幼儿所在家庭"
    # a verb the stop closes still ends the noun before it (6676家企业参与: 企业 | 参与)
    assert _metrics("全省6676家企业参与行动。")["6676家"]["indicator"] == "企业"


def test_upgrading_after_the_counted_noun_is_its_predicate():
    # work-reports-2026/2026_河南省_政府工作报告.csv (the sentence of dev wr2026-henanm too)
    got = _metrics("加快钢铁、煤炭、有色等10个传统产业提质升级，实施200个以上节能降碳改造和用能设备更新项目，"
                   "新培育绿色工厂200个、绿色工业园区10个。")
    assert got["10个"]["indicator"] == "传统产业"
    # work-reports-2026/2026_海南省_政府工作报告.csv
    assert _metrics("推动69家省级共享农庄提档升级。")["69家"]["indicator"] == "省级共享农庄"
    # work-reports-2026/2026_辽宁省_政府工作报告.csv
    got = _metrics("坚定不移做好结构调整“三篇大文章”，推动4个万亿级产业基地提质升级，加快构建具有辽宁特色的“2211”产业体系。")
    assert got["4个"]["indicator"] == "万亿级产业基地"
    # work-reports-2026/2026_上海市_政府工作报告.csv: the works after a length (was 农村公路提档)
    got = _metrics("改善规划非保留村人居环境，完成150公里农村公路提档升级改造。")
    assert got["150公里"]["indicator"] == "农村公路"


def test_upgrading_opening_a_longer_noun_is_part_of_the_name():
    # work-reports-2026/2026_山西省_政府工作报告.csv: 提档升级村 is what 2500个 counts
    got = _metrics("学习运用“千万工程”经验，选择11个左右的县探索片区化推进乡村振兴，"
                   "建设300个以上精品示范村、2500个左右提档升级村。")
    assert got["2500个"]["indicator"] == "提档升级村"
    assert got["300个"]["indicator"] == "精品示范村"


def test_size_class_before_what_it_sizes_is_neither_goal_nor_result():
    # 杭州市上城区 report of 2025 (http://www.hzsc.gov.cn/art/2025/6/5/art_1229231327_4360837.html)
    head = ("政府工作报告\n——2025年5月27日在杭州市上城区第一届人民代表大会第四次会议上\n"
            "一、2024年以来政府工作回顾\n2024年，我们推动全区经济社会保持平稳健康发展。\n过去一年，我们主要做了以下工作：\n")
    got = _metrics(head + "深入实施总部经济“双百工程”，引进10亿元以上项目24个、亿元以上项目110个，入选市级总部企业79家。")
    assert (got["10亿元"]["kind"], got["10亿元"]["period"], got["10亿元"]["change"]) == (None, None, None)
    assert (got["24个"]["kind"], got["24个"]["period"]) == ("actual", "2024")
    # 黎平县 report of 2023 (http://bx2200.com/baogao/xn/5149.html)
    got = _metrics("一、2022年工作回顾\n2022年，全县地区生产总值完成106.6亿元，同比增长2.1%。"
                   "500万元以上固定资产投资完成39.73亿元，同比增长15.3%；")
    assert (got["500万元"]["kind"], got["500万元"]["period"]) == (None, None)
    assert (got["39.73亿元"]["kind"], got["39.73亿元"]["period"]) == ("actual", "2022")
    # a share with 以上 is a result (2014 State Council report, corpus row 21): no size class
    got = _metrics("一、2013年工作回顾\n过去一年，基本药物制度覆盖80%以上村卫生室。")
    assert got["80%"]["kind"] == "actual"
