"""Probe ind40: METRIC indicator in provincial work reports (verbs of doing, bare verbs, lists of kinds)."""

import govie


def _metrics(text, ref="2026-01-27"):
    res = govie.extract(text, reference_date=ref, model=None)
    return {e.text: e.attrs for e in res.entities if e.label == "METRIC"}


# work-reports-2026/2026_宁夏回族自治区_政府工作报告.csv (2026年宁夏回族自治区政府工作报告, 五年回顾)
NINGXIA = ("新一轮找矿行动取得突破，累计查明煤炭资源量360多亿吨、煤层气资源量2000多亿方，煤炭产能突破1.4亿吨。")


def test_a_find_reported_is_of_the_resource_not_the_verb():
    ms = _metrics(NINGXIA)
    assert ms["360多亿吨"]["indicator"] == "煤炭资源量"  # 查明 is a verb of doing (guide v2.1, rule 1)
    assert ms["1.4亿吨"]["indicator"] == "煤炭产能"


# work-reports-2026/2026_新疆维吾尔自治区_政府工作报告.csv (2026年新疆维吾尔自治区政府工作报告, 2025年工作回顾)
XINJIANG = ("出台提高城乡低保标准等10项民生政策，惠及251.6万人。十件民生实事全部如期完成。")


def test_a_bare_verb_before_the_number_names_nothing():
    ms = _metrics(XINJIANG)
    assert ms["251.6万人"]["indicator"] is None
    assert ms["10项"]["indicator"] == "民生政策"


# annotations/dev wr2026-gansu and wr2026-liaoningm (2026 reports): the verb with what it reaches stays read
def test_a_verb_with_its_object_or_subject_keeps_the_noun():
    assert _metrics("新能源装机规模持续扩大，陇原绿电通达大江南北，惠及26个省份。")["26个"]["indicator"] == "省份"
    assert _metrics("实施学前一年免费教育，育儿补贴惠及60万人。")["60万人"]["indicator"] == "育儿补贴"


# work-reports-2026/2026_宁夏回族自治区_政府工作报告.csv (2026年工作安排; annotations/dev wr2026-ningxia)
NINGXIA_PLAN = "支持企业发挥创新主体作用，新培育科技型、高成长创新型、新型工业化示范型企业300家。"


def test_kinds_listed_before_one_head_share_the_count():
    ms = _metrics(NINGXIA_PLAN)
    assert ms["300家"]["indicator"] == "科技型、高成长创新型、新型工业化示范型企业"
