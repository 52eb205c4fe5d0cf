"""Probe ind21 (work-report METRIC period in five-year reviews): real sentences of 2026 provincial reports."""

import govie

_HEAD = "一、2025年及“十四五”工作回顾\n"


def _metrics(text):
    return {e.text: e.attrs for e in govie.extract(text, model=None).entities if e.label == "METRIC"}


def test_dated_subject_paragraph_keeps_five_year_review():
    # work-reports-2026/2026_海南省_政府工作报告.csv full_text [3210:4591] (five-year review)
    text = _HEAD + ("五年来，我们坚定不移贯彻新发展理念，在推动高质量发展中实现综合实力新跨越。\n"
                    "2025年四大主导产业［2］占GDP比重较2020年提高约14个百分点。旅游业提质升级，新增国家级旅游度假区2个、"
                    "5A级景区1个、夜间文旅消费集聚区6个、旅游休闲街区5个，优化西沙邮轮旅游航线，累计举办大型旅游、演艺、"
                    "体育赛事活动600场。\n")
    got = _metrics(text)
    assert got["14个百分点"]["period"] == "2025"  # dated by its own year
    for span in ("2个", "1个", "6个", "5个", "600场"):
        assert got[span]["period"] == "2021/2025", span


def test_one_year_review_paragraph_still_opens():
    # a paragraph opening "2025年，…" after the five-year review is the review of that year
    # (work-reports-2026/2026_内蒙古自治区_政府工作报告.csv full_text [1786:3155], 刚刚过去的2025年…)
    text = _HEAD + ("这五年民生福祉不断增进。常住人口城镇化率达到71.5%。\n"
                    "2025年，我们坚决落实党中央、国务院决策部署。建成工业互联网平台41个。\n")
    got = _metrics(text)
    assert got["41个"]["period"] == "2025"


def test_done_verbs_count_the_five_years():
    # work-reports-2026/2026_内蒙古自治区_政府工作报告.csv full_text [1786:3155]
    text = _HEAD + ("这五年民生福祉不断增进。落户4个国家区域医疗中心，布局39个自治区专科区域医疗中心。"
                    "改造城镇老旧小区7323个，增设电动汽车充电桩3.2万个。落地京企超500家。"
                    "6座博物馆晋级国家一级博物馆。\n")
    got = _metrics(text)
    for span in ("4个", "39个", "7323个", "3.2万个", "500家", "6座"):
        assert got[span]["period"] == "2021/2025", span
    # work-reports-2026/2026_海南省_政府工作报告.csv full_text [3210:4591]
    text = _HEAD + "五年来，我们坚定不移全面深化改革开放。深化招投标改革，节约财政资金69亿元。\n"
    assert _metrics(text)["69亿元"]["period"] == "2021/2025"
