"""LOC kinds found by probe loc16 (2026 provincial reports of Shandong, Fujian, Hainan, Liaoning outside
the dev slices; Sichuan, Fujian, Xinjiang and Zhejiang city and county reports; round 11)."""

import pytest

from govie.taggers.entities import tag_locs


def _spans(sentence):
    return [sentence[m.start:m.end] for m in tag_locs(sentence)]


# A province's part named by its abbreviation and a compass word, standing alone or opening a
# zone; after a city it is a peer of the city, not its part.
@pytest.mark.parametrize("sentence,expected,forbidden", [
    # Shandong 2026 (dev wr2026-shandongm gold: 菏泽, 鲁西)
    ("突破菏泽鲁西崛起成效明显，沂蒙革命老区振兴发展。", ["菏泽", "鲁西"], ["菏泽鲁西"]),
    # Fujian 2026 (dev wr2026-fujianm gold: 闽西革命老区 whole)
    ("支持沪明临港产业园、三明中关村科技园、广龙合作产业园加快建设，推动闽西革命老区高质量发展。",
     ["闽西革命老区"], ["闽西"]),
    # Fujian 2026 (dev wr2026-fujianm gold)
    ("推动扩大台湾居民律师执业范围，新增直接采认台湾地区职业技能资格6项。", ["台湾地区"], []),
    # regions of one province written together stay one span (Guangdong 2026)
    ("推动粤东粤西粤北地区深度融湾发展", ["粤东粤西粤北地区"], []),
])
def test_compass_parts(sentence, expected, forbidden):
    found = _spans(sentence)
    for e in expected:
        assert e in found, (e, found)
    for f in forbidden:
        assert f not in found, (f, found)


# Markets named by the abbreviations of foreign states run together; Northeast Asia.
@pytest.mark.parametrize("sentence,expected", [
    ("积极构建闽企出海综合服务体系，稳定美欧、东南亚等传统市场，对非洲、拉美市场出口分别增长20%、7.6%。", ["美欧"]),  # Fujian 2026
    ("加快发展中间品贸易、绿色贸易、服务贸易、数字贸易，稳住欧美日韩等传统市场，积极拓展RCEP成员国市场。", ["欧美日韩"]),  # Liaoning 2026
    ("深度参与东北亚经贸合作，积极参与中蒙俄经济走廊建设。", ["东北亚"]),  # Liaoning 2026
])
def test_foreign_abbreviations(sentence, expected):
    found = _spans(sentence)
    for e in expected:
        assert e in found, (e, found)


# Guide v2.2 (LOC 1): the places of a route are LOC, also county short names and in a list of
# projects; the line itself is no place.
@pytest.mark.parametrize("sentence,expected,forbidden", [
    # Qinghai 2026 (readable): county short names at both ends
    ("加快西宁至成都铁路建设、青藏铁路格拉段电气化改造，开工同德至玛沁等公路项目，建成尖扎至贵德、小柴旦湖至老茫崖等公路。",
     ["西宁", "成都", "同德", "玛沁", "尖扎", "贵德"], []),
    # Shaanxi 2026 (dev wr2026-shaanxi gold: 西安, 永寿)
    ("开工周至至乾县、改扩建西安至永寿等高速公路，力争延安东绕城、洛卢高速公路建成通车。", ["西安", "永寿"], []),
    # Sichuan 2025 report, https://guanshanwenku.com/gongzuozongjie/2025/02/104334_64.html
    ("提速实施西宁至成都铁路、绵遂内铁路、隆黄铁路隆昌至叙永段扩能改造、广巴铁路扩能改造等重大交通项目，"
     "加快攀枝花至盐源高速公路等项目前期工作。",
     ["西宁", "成都", "隆昌", "叙永", "攀枝花", "盐源"], ["西宁至成都铁路", "叙永段"]),
])
def test_route_ends(sentence, expected, forbidden):
    found = _spans(sentence)
    for e in expected:
        assert e in found, (e, found)
    for f in forbidden:
        assert f not in found, (f, found)


# Guide: named zones are LOC; zones two to four places share are named by one character each.
@pytest.mark.parametrize("sentence,expected", [
    ("19个项目落地沪明临港产业园、广龙合作产业园。", ["广龙合作产业园"]),  # Fujian 2026 (dev wr2026-fujianm gold)
    ("湘琼、粤琼、浙琼、琼港、深儋合作产业园落地生根。", ["湘琼", "琼港", "深儋合作产业园"]),  # Hainan 2026
    ("协同鞍山、营口、辽阳、盘锦等地区，打造沈大经济走廊。", ["沈大经济走廊"]),  # Liaoning 2026
    ("加力推进深汕特别合作区、广清经济特别合作区建设。", ["广清经济特别合作区"]),  # Guangdong 2026 (dev gold)
    ("完善济青都市圈联动发展机制，推进100个标志性工程。", ["济青都市圈"]),  # Shandong 2026 (dev gold)
])
def test_pair_zones(sentence, expected):
    found = _spans(sentence)
    for e in expected:
        assert e in found, (e, found)


def test_pair_zone_not_a_class():
    # no pair of places before the head: a class of zones
    assert _spans("推进数字经济走廊、产业合作区建设") == []


# Guide v2.2 (LOC 3): ports are LOC as a whole; jieba joins a city and 港 into one word.
@pytest.mark.parametrize("sentence,expected,forbidden", [
    ("建好青岛港、日照港国家大宗商品资源配置枢纽，更好稳定原油等大宗商品进口。", ["青岛港", "日照港"], ["日照"]),  # Shandong 2026 (dev gold)
    ("天津港拓展“新两翼”服务功能，社保“一卡通”、税务同城化应用场景更加丰富。", ["天津港"], []),  # Tianjin 2026 (dev gold)
    # Zhoushan 2017 report, https://guanchang.qwyd.net/zhengfugongzuobaogao/142044.html
    ("舟山江海联运服务中心建设实质性启动，宁波舟山港一体化稳步推进。", ["宁波舟山港"], ["宁波舟山"]),
])
def test_ports(sentence, expected, forbidden):
    found = _spans(sentence)
    for e in expected:
        assert e in found, (e, found)
    for f in forbidden:
        assert f not in found, (f, found)


def test_port_company_is_no_port():
    # the port's group is an enterprise (ORG), Hong Kong after a province is no port
    assert "日照港" not in _spans("日照港集团完成吞吐量5亿吨")


def test_accident_named_after_a_port_is_no_place():
    # sc-report-2016: the accident's name holds the port; the guide leaves names of events unmarked.
    text = "特别令人痛心的是，去年发生了“东方之星”号客轮翻沉事件和天津港特别重大火灾爆炸等事故，人员伤亡和财产损失惨重，"
    assert not {"天津港", "天津"} & set(_spans(text))
