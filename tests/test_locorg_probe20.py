"""LOC and ORG in the "work of the year" sections of 2026 provincial reports (probe locorg20, round 13).

Sentences from work-reports-2026/2026_<province>_政府工作报告.csv [full_text], stretches outside the
dev slices and the earlier probes; offsets in each comment.
"""

import pytest

import govie


def _entities(sentence, label, province=None):
    r = govie.extract(sentence, model=None, jurisdiction=province, reference_date="2026-01-27")
    return [e.text for e in r.entities if e.label == label]


@pytest.mark.parametrize("province,sentence,expected", [
    # 2026_上海市 [14214, 15580]
    ("上海市", "加力建设自贸试验区及临港新片区。", ["临港新片区"]),
    ("上海市", "支持临港新片区创新拓展离岸贸易、跨境数据流动、高能级航运服务等功能。", ["临港新片区"]),
    # 2026_海南省 [4831, 6087]
    ("海南省", "江东新区年营收超5000亿元，文临高速、羊山大道至母瑞山公路建成通车。", ["江东新区"]),
    # 2026_青海省 [13934, 15058]: jieba splits the name into characters (河|湟)
    ("青海省", "规范提升各类开发区、园区，支持河湟新区高质量发展。", ["河湟新区"]),
])
def test_new_area_named_by_its_own_word(province, sentence, expected):
    assert [t for t in _entities(sentence, "LOC", province) if t.endswith(("新区", "新片区"))] == expected


@pytest.mark.parametrize("sentence", [
    # classes of new areas name none (dev wr2026-shandongm, wr2026-tianjinm, sc19-14)
    "支持省级新区加快发展。",
    "充分发挥国家级新区体制机制政策优势。",
    "七、塑造新区风貌特色。",
    "推进城市新区建设，建设一批产业新区，做强工业新区，打造国际化新区。",
])
def test_classes_of_new_areas_are_no_places(sentence):
    assert not [t for t in _entities(sentence, "LOC") if t.endswith("新区")]


@pytest.mark.parametrize("province,sentence,forbidden,kept", [
    # 2026_山西省 [13405, 14770]
    ("山西省", "优化货物贸易，积极发展数字贸易、服务贸易、绿色贸易，促进中欧中亚班列扩量提质。", "中亚", []),
    # 2026_云南省 [2845, 4087]
    ("云南省", "中老铁路发展远超预期，中亚班列（澜湄快线）开行超2700列。", "中亚", []),
    # 2026_内蒙古自治区 [8726, 9735]: a city before another service's name stays a place
    ("内蒙古自治区", "推动呼和浩特、乌兰察布中欧班列节点城市和满洲里基地建设。", "中欧", ["呼和浩特", "乌兰察布"]),
])
def test_place_naming_a_freight_service(province, sentence, forbidden, kept):
    locs = _entities(sentence, "LOC", province)
    assert forbidden not in locs
    assert all(k in locs for k in kept)


def test_centres_sharing_a_predicate():
    # 2026_新疆维吾尔自治区 [5749, 6736]
    s = "落实中国—中亚峰会成果清单，中国—中亚减贫合作中心、教育交流合作中心落地新疆。"
    assert "中国—中亚减贫合作中心" in _entities(s, "ORG", "新疆维吾尔自治区")
    assert "中亚" not in _entities(s, "LOC", "新疆维吾尔自治区")
