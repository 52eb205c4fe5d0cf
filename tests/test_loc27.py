"""Probe loc27: sites and zones in city, county and provincial work reports (rules only)."""
from .mentions import spans


def _spans(text, label="LOC"):
    return spans(text, label, model=None, reference_date="2024-01-01")


def test_roads_under_works_are_sites():
    # http://www.zzszq.gov.cn/zw/gkml/qzbm/jtysj/202204/t20220425_1422836.html (枣庄市中区 2022 report's tasks)
    s = "加快S103济枣线市中段改建、世纪大道提升、光明大道提升、中兴大道延伸、文化西路等道路建设,积极对接谋划济枣高铁枣庄南站。"
    locs = _spans(s)
    assert {"世纪大道", "光明大道", "中兴大道", "文化西路", "枣庄南站"} <= set(locs)
    assert "中兴" not in _spans(s, "ORG")
    # http://cn.chinagate.cn/reports/2018-03/02/content_50631435_6.htm (长沙 2018 report)
    s = "推进麓景路南延、长望路西延建设,打通西二环交通堵点。拉通潇湘大道、含浦大道。"
    assert _spans(s) == ["麓景路", "长望路", "西二环", "潇湘大道", "含浦大道"]


def test_figures_of_speech_name_no_road():
    s = "走上光明大道,走出一条新路,找到发展之路。"
    assert _spans(s) == []


def test_town_parts_and_new_towns_named_alone():
    # http://cn.chinagate.cn/reports/2018-03/02/content_50631435_6.htm (长沙 2018 report)
    s = "抓好岳麓山国家大学科技城、湖南金融中心、大王山、长沙高铁西城、沩东新城等重点片区建设,提质洋湖片区。推进重大片区建设。"
    locs = _spans(s)
    assert {"岳麓山国家大学科技城", "沩东新城", "洋湖片区"} <= set(locs)
    assert "重大片区" not in locs and "重点片区" not in locs
    assert _spans(s, "ORG") == []


def test_zone_part_after_its_zone_and_traditional_script():
    # http://eduhup.com.cn/news/fj/fz/202112/21/2040079.shtml (仓山区 2022 report, traditional; pinyin glosses removed)
    s = "倉山將加快推進工業園區標準化建設,推動金山工業園區橘園洲片區D地塊交付使用。倉山區將啟動實施螺洲片區、葉廈臚廈片區等9個項目。"
    locs = _spans(s)
    assert {"金山工業園區橘園洲片區", "螺洲片區", "葉廈臚廈片區"} <= set(locs)
    assert "金山工業園區" not in locs


def test_variant_shaan_is_shaanxi():
    # http://2getgold.com/shehui/2024/252973.html (陕西 2024 report, news digest; 陜 as written there)
    s = "報告指出,2024年,陜西加強交通、能源、水利等基礎設施建設,加快西安咸陽國際機場三期、王瑤水庫擴容等在建項目進度。"
    assert {"陜西", "西安咸陽國際機場", "王瑤水庫"} <= set(_spans(s))


def test_verbs_before_a_part_name_none():
    # Dev wr2026-guizhou / wr2026-tianjinm phrasing (城市更新专项规划): 片区 as a class after a verb.
    assert _spans("编制城市更新专项规划,统筹推进片区更新,加强片区策划和项目实施管理。") == []


def test_route_of_a_section_after_its_line():
    # https://guanshanwenku.com/gongzuozongjie/2023/02/46732_58.html (Sichuan 2023 report)
    s = "确保成兰铁路(成都至川主寺段)、隆黄铁路(叙永至毕节段)、内江至大足高速公路建成通车。"
    locs = _spans(s)
    assert {"叙永", "毕节", "内江", "大足"} <= set(locs)
    assert "隆黄" not in locs


def test_county_chemical_park_and_an_approval():
    # http://bx2200.com/baogao/huadong/2306.html (庐江县 2021 report)
    s = "稳步推进庐江高新区西向扩容,庐江化工园成功获批省化工园区。"
    assert _spans(s) == ["庐江高新区", "庐江化工园"]


def test_counted_roads_under_works_are_a_quantity():
    # Dev wr2026-tianjinm phrasing: a count of roads under works leaves its item unmarked.
    assert "复康路" not in _spans("实施更新行动,更新改造复康路等道路80条、桥梁10座。")
