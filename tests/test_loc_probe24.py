"""LOC: ports, waterways and city-character zones in 2026 provincial reports (probe loc24, round 13,
on the texts of probe locorg20: /work/r13/probe-loc24.md).

Sentences from work-reports-2026/2026_<province>_政府工作报告.csv [full_text]; offsets in each comment.
"""

import pytest

import govie


def _locs(sentence, province):
    r = govie.extract(sentence, model=None, jurisdiction=province, reference_date="2026-01-27")
    for e in r.entities:
        assert sentence[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == "LOC"]


# 2026_内蒙古自治区 [8830, 8937]
PORTS = ("实施满洲里、二连浩特、甘其毛都、策克、满都拉等重点口岸提升工程，加快建设中蒙二连浩特—扎门乌德经济合作区、"
         "满洲里产业协作园区，建成运营满都拉、甘其毛都口岸互贸区，推动呼和浩特、鄂尔多斯、满洲里3个综保区高质量发展。")


def test_port_list_items_are_places_each():
    locs = _locs(PORTS, "内蒙古自治区")
    assert locs[:5] == ["满洲里", "二连浩特", "甘其毛都", "策克", "满都拉"]
    # The list before a shared head: the first item alone, the port and its zone whole.
    assert "满都拉" in locs[5:] and "甘其毛都口岸互贸区" in locs
    # The class after the list (重点口岸) and a name inside a zone's name are no places of their own.
    assert "重点口岸" not in locs and PORTS.count("二连浩特") == 2 and locs.count("二连浩特") == 1


def test_port_named_again_alone():
    # 2026_内蒙古自治区 [8830, 9053]: the port list, then the ports named again.
    s = PORTS + ("二要畅通开放通道。协调推进甘其毛都跨境铁路、二连浩特公路口岸货运第二通道等重点交通基础设施建设。"
                 "支持开展自动导引车、无人驾驶重卡等跨境运输，在二连浩特等口岸开展“公路口岸+属地直通”模式改革，"
                 "在甘其毛都实施数智化一站式快捷通关试点。")
    r = govie.extract(s, model=None, jurisdiction="内蒙古自治区", reference_date="2026-01-27")
    last = s.index("在甘其毛都实施") + 1
    assert any(e.label == "LOC" and (e.start, e.end) == (last, last + 4) for e in r.entities)
    # Not before a line that is a project (甘其毛都跨境铁路).
    rail = s.index("甘其毛都跨境铁路")
    assert not any(e.label == "LOC" and e.start == rail for e in r.entities)


def test_named_port_is_one_place():
    # 2026_云南省 [3003, 3138]
    s = ("昆明托管磨憨共建国际口岸城市，创新做法入选国务院推动高质量发展综合督查典型案例，磨憨镇固定资产投资、一般公共预算收入、"
         "引进省外到位资金、常住人口实现“四个翻番”，磨憨铁路口岸入选全国智慧口岸建设典型案例，成为我国面向东盟最大的铁路口岸、"
         "首个经世卫组织认可的国际卫生陆港。")
    locs = _locs(s, "云南省")
    assert "磨憨铁路口岸" in locs
    # Classes of ports: 国际口岸城市, 智慧口岸, 铁路口岸.
    assert not any(t in locs for t in ("国际口岸", "智慧口岸", "铁路口岸"))


@pytest.mark.parametrize("sentence", [
    "持续推进口岸通关模式和物流便利化改革。",
    "开展智慧口岸试点建设，提升口岸综合服务效能。",
    "加快榆阳机场开放口岸建设。",
    # dev wr2026-guangdong: jieba splits 抵|离, a verb, not a port's name.
    "其中外国游客增长34.9%，抵离口岸的交通工具达2813.8万辆次。",
    # 2026_云南省: jieba reads 大力发展 as one proper noun (nz).
    "建好用好各类开放平台，大力发展口岸经济，提高贸易投资合作质量和水平，深耕人文交流合作，对外开放新高地作用充分发挥，对南亚东南亚的辐射力、带动力、影响力不断提升。",
    # State Council work report 2015 (government_work_reports.jsonl row 19): 陆海 is a kind of port.
    "把“一带一路”建设与区域开发开放结合起来，加强新亚欧大陆桥、陆海口岸支点建设。",
])
def test_port_classes_are_no_places(sentence):
    assert not any("口岸" in t for t in _locs(sentence, None))


@pytest.mark.parametrize("sentence,expected", [
    # 2026_广东省 [22754, 22779]
    ("发挥西江黄金水道和北江航道作用，大力发展内河航运。", ["西江黄金水道", "北江航道"]),
    # 2026_广东省 [22712, 22754]
    ("加强港口建设和改造提升，强化广州港、深圳港国际枢纽港地位，谋划研究珠江口深水港建设。", ["广州港", "深圳港", "珠江口深水港"]),
    # Works on a waterway are a project: the river alone.
    ("实施沙颍河航道整治工程。", ["沙颍河"]),
])
def test_river_waterway_is_a_site(sentence, expected):
    assert _locs(sentence, "广东省") == expected


def test_quoted_city_characters_before_a_cluster():
    # 2026_湖北省 [16012, 16178]
    s = ("支持襄阳打造中西部发展的区域性中心城市、带动“襄十随神”城市群协同发展，支持宜昌打造联结长江中上游的区域性中心城市、"
         "带动“宜荆荆恩”城市群一体化发展，支持革命老区、民族地区振兴发展。")
    locs = _locs(s, "湖北省")
    assert "襄十随神" in locs and "宜荆荆恩" in locs


@pytest.mark.parametrize("province,sentence,expected", [
    # 2026_辽宁省 [11435, 11500]
    ("辽宁省", "优化辽宁实验室体系布局，支持沈阳浑南科技城、大连英歌石科学城集聚创新要素、提升创新策源功能，支持沈抚科创园探索科技成果转化新模式。",
     "沈抚科创园"),
])
def test_city_characters_before_new_heads(province, sentence, expected):
    assert expected in _locs(sentence, province)


def test_province_before_ports_stays_the_province():
    # dev pt-165349: a province's ports are a class; the province is the LOC.
    s = "加强对广东口岸货运渠道烟草专卖品进出口业务和旅检渠道的监管。"
    assert _locs(s, None) == ["广东"]


def test_port_zone_is_part_of_the_port():
    # dev sc19-44, policy-documents/state-council-2019.jsonl [44] [202, 289]: gold 深圳湾口岸区 and
    # 深圳湾口岸港方口岸区, each one LOC.
    s = "现就在深圳湾口岸区内设立的授权香港特别行政区实施管辖的深圳湾口岸港方口岸区的范围和土地使用期限批复如下："
    locs = _locs(s, None)
    assert "深圳湾口岸区" in locs and "深圳湾口岸港方口岸区" in locs and "港方口岸区" not in locs
