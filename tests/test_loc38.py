"""Probe loc38: LOC in provincial and national policy documents 2014-2025 (rules only): names listed
before their count and kind, ports listed before a class word, a repeated or traditional title line,
natural features one after another, border pairs, four-province runs and south-western Zhejiang."""
import govie


def _spans(text, label="LOC", ref="2020-01-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


def test_names_before_their_count_and_kind_are_places():
    # https://newton.com.tw/wiki/甘肅省人民政府辦公廳關於印發甘肅省生態保護與建設規劃（2014—2020年）的通知
    s = "本區域降水量小，植被稀疏，西北部有庫姆塔格、巴丹吉林、騰格里三大沙漠和沙塵暴策源區分布。"
    assert _spans(s) == ["庫姆塔格", "巴丹吉林", "騰格里"]
    # http://big5.china.com.cn/gate/big5/zw.china.com.cn/2016-05/27/content_38550099.htm (国发〔2015〕42号)
    s = "擁有大陸岸線1.8萬多公里，有遼東、山東、雷州三個半島，渤海、瓊州、台灣三個海峽。"
    assert _spans(s) == ["遼東", "山東", "雷州", "渤海", "瓊州", "台灣"]
    # A count other than the number of items: no list of names.
    assert "巴丹吉林" not in _spans("西北部有庫姆塔格、巴丹吉林、騰格里四大沙漠分布。")


def test_ports_listed_before_a_class_word_stand_alone():
    # https://swt.nmg.gov.cn/zwgk/zcxxgk/fdzdgknr/tzgg/202406/t20240607_2520306.html
    s = ("到2025年，智慧口岸建设取得积极进展，满洲里、二连浩特综合枢纽口岸基本建成智慧口岸；甘其毛都、策克、"
         "满都拉、珠恩嘎达布其等重点专业口岸的大宗商品通关查验水平显著提升。")
    assert _spans(s) == ["满洲里", "二连浩特", "甘其毛都", "策克", "满都拉", "珠恩嘎达布其"]
    # The region's own ports are a class.
    assert _spans("结合我区口岸发展需要，提出如下意见。") == []
    # http://www.qqnaima.com/list7/24864575.htm (Guangxi tourism measures): towns that are divisions
    s = "以东兴、凭祥、龙邦等口岸为试点区域，允许中越两国自驾旅游车辆跨境直达驶入。"
    assert _spans(s) == ["东兴", "凭祥", "龙邦", "中越"]


def test_a_traditional_reply_title_and_a_repeated_title_hold_no_place():
    # https://zh.m.wikisource.org/zh-hant/国务院关于呼包鄂榆城市群发展规划的批复 (国函〔2018〕16号)
    s = ("國務院關於呼包鄂榆城市群發展規劃的批覆\n國函〔2018〕16號\n\n內蒙古自治區、陝西省人民政府:\n"
         "國家發展改革委的請示收悉。現批覆如下:將呼包鄂榆城市群培育發展成為中西部地區具有重要影響力的城市群。\n")
    assert _spans(s) == ["呼包鄂榆城市群", "中西部地區"]
    # http://yzqfbl.com/oldweb/n4/n18/c74937/content.html (国函〔2015〕137号 as reposted)
    s = ("國務院關於同意設立福州新區的批復\n【時間:2015年09月09日】 【來源:中央政府門戶網站】\n\n"
         "國務院關於同意設立福州新區的批復\n國函〔2015〕137號\n\n福建省人民政府:\n"
         "  一、同意設立福州新區。福州新區位於福州市濱海地區。\n")
    assert _spans(s) == ["福州新區", "福州新區", "福州市"]


def test_natural_features_one_after_another_are_two_places():
    # http://aiytv.com/c83i2jdn/423.html (黄河流域生态保护和高质量发展规划纲要, 2021)
    s = "黄河发源于青藏高原巴颜喀拉山北麓，呈“几”字形流经青海、四川、甘肃9省区。"
    assert _spans(s)[:3] == ["黄河", "青藏高原", "巴颜喀拉山"]
    # https://newton.com.tw/wiki/甘肅省人民政府辦公廳關於印發甘肅省生態保護與建設規劃（2014—2020年）的通知
    s = "北部沿省界從西北到東南為河西三大內陸河流域的中下游。"
    assert "內陸河流域" not in _spans(s)
    s = "依次分布有祁連山、甘南高原、“兩江一水”（白龍江、白水江、西漢水）流域、子午嶺。"
    assert _spans(s) == ["祁連山", "甘南高原", "白龍江", "白水江", "西漢水", "子午嶺"]


def test_base_areas_by_region_and_four_province_runs():
    # https://hnmdtv.com/video/2021/0811/82315.html (浙江 2021 base-area opinions)
    s = "旨在加快推进浙西南等革命老区振兴发展。将重点支持国家明确纳入浙西南革命老区规划范围的丽水市全域。"
    assert _spans(s) == ["浙西南", "浙西南革命老区", "丽水市"]
    # http://old.hydropower.org.cn/showNewsDetail.asp?nsId=34848 (湖南 2022 base-area plan)
    s = "支持纳入国家12个革命老区规划范围的我省湘鄂渝黔、湘赣边革命老区（见附件）在新发展阶段巩固拓展脱贫攻坚成果。"
    assert _spans(s) == ["湘鄂渝黔", "湘赣边革命老区"]
