"""Probe loc35: LOC in the work reports of Beijing, Jiangsu, Hunan, Heilongjiang and Guangxi 2021-2025
(rules only): city clusters by their cities' first characters, Russia after 对, the country's
territory, world regions, air cargo hubs and Beijing's conference quarter."""
import govie


def _spans(text, ref="2024-01-21"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == "LOC"]


def test_city_clusters_named_by_their_cities_first_characters():
    # https://chujupifa.com/read/-dy-article-JME0FO98053469M5.html (Jiangsu 2025 report, Yangzhou's items)
    s = "省政府工作报告强调,全省深化“1+3”重点功能区建设,出台新一轮宁镇扬一体化发展三年行动计划;宁扬长江大桥建成通车;"
    assert _spans(s, "2025-01-19") == ["宁镇扬", "宁扬长江大桥"]
    # https://www.porvex.com/shengwu/188447.html (Hunan's regional development, 2021)
    s = "张吉怀推出文旅消费一卡通,让三地居民互相游玩更优惠;"
    assert _spans(s, "2021-06-01") == ["张吉怀"]


def test_a_river_opens_its_city_cluster():
    # https://chujupifa.com/read/-dy-article-JME0FO98053469M5.html
    s = "强化南京都市圈辐射带动功能,推动扬子江城市群融合发展……"
    assert _spans(s, "2025-01-19") == ["南京都市圈", "扬子江城市群"]


def test_russia_after_dui_and_with_europe():
    # http://car.hz061.com/A_204384.html (Heilongjiang 2023 report, 中新网)
    s = "黑龙江省要全面提升对俄合作承载能力,巩固提升对俄农林渔业等领域投资合作"
    assert _spans(s, "2023-01-12") == ["黑龙江省", "俄", "俄"]
    # https://www.nbipbsm.com/ssjj/352.html (Heilongjiang 2022 report, 中新社)
    s = "畅通对俄欧陆路通道,贯通哈绥俄亚陆海联运通道,启动哈尔滨国际航空货运枢纽建设"
    assert _spans(s, "2022-01-23") == ["俄欧", "哈尔滨国际航空货运枢纽"]
    # Russia written out stays one place, and 俄 opens no word of its own elsewhere.
    assert _spans("对俄罗斯出口增长", "2022-01-23") == ["俄罗斯"]


def test_the_country_as_territory_and_the_world_regions():
    # http://car.hz061.com/A_204384.html
    s = "黑龙江省位于中国最东北部,中国国土的北端与东端均位于该省。"
    assert _spans(s, "2023-01-12") == ["黑龙江省", "中国", "中国"]
    s = "着力形成巩固东北亚、拓展东南亚、辐射欧洲、联通美洲、对接中东及非洲的多元化市场。"
    assert _spans(s, "2023-01-12") == ["东北亚", "东南亚", "欧洲", "美洲", "中东", "非洲"]


def test_beijings_conference_quarter_and_the_two_guangs():
    # https://wb.beijing.gov.cn/home/gjjwzx/xxzl/202402/t20240204_3556555.html (Beijing 2024 report)
    s = "扎实推进国际交往中心建设,雁栖湖国际会都实现扩容提升,在京登记落户国际组织机构增至115家;"
    assert _spans(s) == ["雁栖湖国际会都", "京"]
    # http://www.360elib.com:2027/detail.aspx?NewsCode=NC1052&NewsId=74199037&OrgId=001 (广西日报 2025)
    assert _spans("浩荡西江,贯两广,通港澳。", "2025-03-01") == ["西江", "两广", "港澳"]
