"""Probe loc31: LOC in prefecture and county work reports 2024-2026 (rules only): a site named
with a county in brackets, a logistics city, Matsu, and a county's short name that is an
ordinary word before a zone."""
import govie


def _spans(text, label="LOC", ref="2025-01-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


def test_a_site_with_its_county_in_brackets_is_one_place():
    # http://bx2200.com/baogao/huadong/11601_2.html (连江县 2025 report)
    s = "福州现代物流城、可门园区、福州(连江)国家远洋渔业基地等重大项目接续落地、投用,为高质量发展提供强力支撑。"
    assert "福州(连江)国家远洋渔业基地" in _spans(s)
    assert "福州" not in _spans(s)
    # The full-width bracket too; a bracket inside a name that is no site stays unmarked.
    assert _spans("福州（连江）国家远洋渔业基地投用。") == ["福州（连江）国家远洋渔业基地"]
    assert _spans("福建（厦门）社保科创基金成立。") == []


def test_a_logistics_city_and_matsu_are_places():
    # http://bx2200.com/baogao/huadong/11601_2.html (连江县 2025 report)
    assert _spans("建成福州现代物流城。") == ["福州现代物流城"]
    s = "政策优势凸显,党中央、国务院支持福州与马祖深化融合发展,设立福州马祖产业合作园区。"
    assert _spans(s) == ["福州", "马祖", "福州马祖产业合作园区"]


def test_an_ordinary_word_that_is_a_county_short_name_opens_no_zone():
    # http://paper.kbcmw.com/pc/202501/22/content_85376.html (甘孜州 2025 report): 资源 (资源县) is the word here
    s = "深入推进新一轮找矿突破战略行动,推进锂资源绿色开发试验区,建设绿色矿山标杆、协同发展示范、工业增长新引擎。"
    assert _spans(s) == []
    assert _spans("叶集改革发展试验区建设。") == ["叶集改革发展试验区"]
