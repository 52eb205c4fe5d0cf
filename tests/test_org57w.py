"""ORG in 2026 provincial work reports (probe org57w): a university's own hospital by the university's short name
and its branch a place names after it, a known firm's business unit, a named lab's base in a province."""
import govie


def _ents(text, label):
    return [(e.text, e.start, e.end) for e in govie.extract(text).entities if e.label == label]


def test_short_university_hospital_with_its_branch():
    # work-reports-2026/2026_宁夏回族自治区_政府工作报告.csv [full_text], Ningxia 2026 report
    t = "北大第一医院宁夏妇儿医院综合楼、宁夏盲人按摩医院等建成投用，自治区精神卫生中心等加快建设。"
    orgs = _ents(t, "ORG")
    assert ("北大第一医院宁夏妇儿医院", 0, 12) in orgs
    assert ("宁夏妇儿医院", 6, 12) not in orgs
    assert ("宁夏盲人按摩医院", 16, 24) in orgs


def test_short_university_hospital_alone():
    assert ("北大人民医院", 2, 8) in _ents("推进北大人民医院建设。", "ORG")


def test_known_firm_business_unit_is_one_name():
    # work-reports-2026/2026_山西省_政府工作报告.csv [full_text], Shanxi 2026 report
    t = "布局13个绿电产业园区。华为矿山油气军团全球总部基本建成。"
    assert _ents(t, "ORG") == [("华为矿山油气军团", 12, 20)]
    assert _ents("华为建设事业部。", "ORG") == [("华为", 0, 2)]  # a verb between: no unit of the firm's


def test_named_lab_base_in_a_province_is_the_lab_alone():
    # work-reports-2026/2026_内蒙古自治区_政府工作报告.csv [full_text], Inner Mongolia 2026 report; diff27: the dev
    # gold (wr2026-gansu) marks 崖州湾国家实验室 alone before 西北创新基地, so the lab before its base is the lab
    t = "推动怀柔国家实验室内蒙古基地、呼包鄂国家自主创新示范区尽早落地，支持大青山、鄂尔多斯实验室做大做强。"
    depts = _ents(t, "DEPT")
    assert ("怀柔国家实验室", 2, 9) in depts
    assert ("怀柔国家实验室内蒙古基地", 2, 14) not in depts
    assert ("鄂尔多斯实验室", 38, 45) in depts
