"""Probe org48s: township health centres, maternal-child hospitals and family farms are ORGs where a place or a
name opens them; a class of them (各乡镇卫生院, 省级示范家庭农场, 县级妇幼保健院) is none."""

from govie.taggers.entities import tag_orgs


def _orgs(text):
    return sorted({text[m.start:m.end] for m in tag_orgs(text) if m.label == "ORG"})


def test_family_farms_in_a_county_list():
    # 沛县 2020 (jspxxw.com/News/4_2490.html): 江苏省省级示范家庭农场候选名单.
    text = "其中沛县13家家庭农场入选。\n江苏省省级示范家庭农场候选名单\n(沛县)\n沛县桃润源家庭农场\n沛县鹿楼镇聚财果蔬种植家庭农场\n"
    assert _orgs(text) == ["沛县桃润源家庭农场", "沛县鹿楼镇聚财果蔬种植家庭农场"]


def test_family_farms_named_and_a_batch_is_a_class():
    # 平昌 news (pcljl.com/archiver/tid-26456.html).
    text = "近期,省农业厅公布了四川省第四批家庭农场示范场名单。平昌县五木镇永红家庭农场、平昌县鸿达家庭农场4家农场榜上有名。"
    assert _orgs(text) == ["平昌县五木镇永红家庭农场", "平昌县鸿达家庭农场"]


def test_numbered_list_keeps_the_province():
    # 农办政改〔2020〕14号 annex (journal.crnews.net/nybgb/2021n/dyq/934390_20210205042144.html).
    text = "附件:第二批全国家庭农场典型案例名单\n1 天津市西青区田园风情家庭农场\n6 内蒙古自治区锡林郭勒盟镶黄旗托亚家庭牧场\n"
    assert _orgs(text) == ["内蒙古自治区锡林郭勒盟镶黄旗托亚家庭牧场", "天津市西青区田园风情家庭农场"]


def test_township_health_centres_by_town_only():
    # 安州 2017 news (traditional script; m.leemnaturals.com/html/list/7/index_368.html).
    text = "安州區秀水鎮中心衛生院、花荄鎮衛生院經過逐級審核,榮膺全國“群眾滿意的鄉鎮衛生院”。其中還包括桑棗鎮中心衛生院、河清鎮中心衛生院。"
    assert _orgs(text) == ["安州區秀水鎮中心衛生院", "桑棗鎮中心衛生院", "河清鎮中心衛生院", "花荄鎮衛生院"]


def test_a_divisions_maternal_child_hospital():
    # 白山 2024 notice (probe org44p); 杭州市卫健委 2021 notice (wsjkw.hangzhou.gov.cn art_1229319142_1805297).
    assert _orgs("白山市妇幼保健院负责开展培训。") == ["白山市妇幼保健院"]
    text = "浙江萧山医院(杭州市萧山区妇幼保健院)等2家机构为“杭州市儿童早期发展示范基地”"
    assert _orgs(text) == ["杭州市萧山区妇幼保健院", "浙江萧山医院"]


def test_classes_of_health_centres_and_farms_are_none():
    # Class phrases of the same notices and plans: no place or name before the suffix, or a level or batch word.
    for text in ("各乡镇卫生院要落实责任。", "加快推进乡镇卫生院标准化建设", "县级妇幼保健院要加强建设。",
                 "累计创成省级示范家庭农场242家、市级示范家庭农场402家。", "我市将继续开展省、市、县示范家庭农场创建工作。",
                 "建设镇卫生院", "四川省乡镇卫生院"):
        assert _orgs(text) == [], text


def test_the_partys_journal_office():
    # 求是杂志社 in a national notice's list of units (dev sc19-54).
    assert _orgs("求是杂志社、人民日报社参加。") == ["人民日报社", "求是杂志社"]
