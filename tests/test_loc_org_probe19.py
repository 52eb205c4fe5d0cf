"""LOC and ORG in provincial work reports and provincial policy pages (probe locorg19, round 12).

Sentences from the 2026 provincial reports (work-reports-2026/*.csv, stretches outside the dev
slices) and from provincial policy pages of the pages corpus, address in each comment.
"""

import pytest

import govie
from govie.taggers.entities import tag_locs


def _locs(sentence):
    return [sentence[m.start:m.end] for m in tag_locs(sentence)]


def _entities(sentence, label):
    return [e.text for e in govie.extract(sentence, model=None).entities if e.label == label]


@pytest.mark.parametrize("sentence,expected,forbidden", [
    # belts and areas a region names (2026_甘肃省 report [13928, 15660]; dev wr2026-yunnanm 沿边城镇带)
    ("发展壮大河西走廊、陇东南经济带，加快建设黄河上游生态功能带。",
     ["河西走廊", "陇东南经济带", "黄河上游生态功能带"], ["黄河上游"]),
    # 2026_安徽省 report [15426, 17178]
    ("深化长三角科技创新共同体建设，完善重点领域产业链供应链抱团机制，提质升级虹桥国际开放枢纽安徽联动发展区。"
     "共建苏浙皖省际毗邻协同发展区。",
     ["长三角", "虹桥国际开放枢纽安徽联动发展区", "苏浙皖省际毗邻协同发展区"], ["虹桥", "安徽", "苏浙皖"]),
])
def test_belts_and_areas(sentence, expected, forbidden):
    spans = _locs(sentence)
    for e in expected:
        assert e in spans
    for f in forbidden:
        assert f not in spans


@pytest.mark.parametrize("sentence,expected,forbidden", [
    # city clusters and innovation zones named by one character a city (2026_甘肃省 report; 2026_内蒙古 report [10485, 11111])
    ("更大力度推动兰白一体化发展，建设兰白定临城市群。", ["兰白定临城市群"], []),
    ("推动怀柔国家实验室内蒙古基地、呼包鄂国家自主创新示范区尽早落地，支持大青山、鄂尔多斯实验室做大做强。",
     ["呼包鄂国家自主创新示范区"], ["内蒙古基地"]),
    # a conjunction before the name is no part of it (浙政发〔2009〕69号, https://shui5.cn/article/7c/169715.html)
    ("杭州、宁波、温州三大都市经济圈和浙中城市群的综合承载能力和服务功能大幅提升",
     ["杭州", "宁波", "温州", "浙中城市群"], ["和浙中城市群"]),
])
def test_pair_zones(sentence, expected, forbidden):
    spans = _locs(sentence)
    for e in expected:
        assert e in spans
    for f in forbidden:
        assert f not in spans


def test_institution_branch_is_not_a_place():
    # 2026_河南省 report [7342, 8996]: the base is the academy's, a part of its name
    s = "推动中原农谷、周口国家农高区协同发展，加快中国农科院河南创新基地高质量发展，推进高端智能、丘陵山区适用农机装备研发应用。"
    spans = _locs(s)
    assert "周口国家农高区" in spans
    assert not any("河南" in x for x in spans)


def test_common_word_county_short_opens_no_park():
    # 新建 (新建区's short name) is the verb: Hunan parks plan, http://www.china-behrens.com/article/2021/07/271025378177/
    s = "接续实施创新创业“135”工程和升级版，支持建成标准厂房5700万平方米，累计新增入园企业2.97万个。新建老挝湖南橡胶产业园、泰国湖南工业园等合作"
    spans = _locs(s)
    assert "老挝湖南橡胶产业园" in spans
    assert "新建老挝湖南橡胶产业园" not in spans


def test_quoted_route_names_its_cities():
    # 2026_青海省 report [2954, 3629]; guide v2.2 LOC 1: the cities of a route are LOCs
    s = "“西宁—成都—曼谷”全货机联程航线首次开通，进出口总值增长17.6%、居全国前列"
    spans = _locs(s)
    assert "西宁" in spans and "成都" in spans


@pytest.mark.parametrize("sentence,expected", [
    # 2026_贵州省 report [15867, 17632] (the same words in dev wr2026-shaanxim gold: 东部)
    ("深化与长三角、京津冀等重点地区合作，积极承接东部产业转移。", "东部"),
    # 2026_安徽省 report [15426, 17178] (dev wr2026-anhuim gold: 链接东中部的枢纽功能)
    ("深化毗邻地区合作发展，提升链接东中部的市场化要素平台功能。", "东中部"),
    # 2026_甘肃省 report [13928, 15660]
    ("加快建设东中部产业向西转移重要承接地，深化与中央企业产业合作。", "东中部"),
])
def test_region_industry_moves_from(sentence, expected):
    assert expected in _locs(sentence)


def test_region_words_in_longer_names_unmarked():
    assert _locs("建好用好西部陆海新通道，持续拓展东南亚市场。").count("西部") == 0
    assert "西部" not in _locs("深化东西部协作、定点帮扶和“万企兴万村”行动。")


def test_place_before_brand_names_the_airport():
    # 2026_贵州省 report [15867, 17632]: jieba tags 遵义 a verb; the airport, not the distiller
    s = "推动铜仁凤凰机场航空口岸正式开放，争取遵义茅台机场纳入国家“十五五”口岸发展规划。"
    assert "遵义茅台机场" in _entities(s, "LOC")
    assert "茅台" not in _entities(s, "ORG")
