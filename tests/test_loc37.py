"""Probe loc37: LOC in provincial and city work reports 2017-2023 (rules only): a region word before
地区 that jieba reads across, city runs before 一体化/同城化, a bare corridor, a power line's ends, a
line's section listed among projects, a basin's reservoirs, a general-aviation airport, city pairs
opening a railway's name, and a campaign named after a city."""
import govie


def _spans(text, ref="2023-01-12"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == "LOC"]


def test_a_region_word_then_diqu_is_one_place():
    # http://benet-wh.com.cn/gongzuozongjie/a/2692.html (珠海 2018 report)
    s = "去产能取得成效,国有“僵尸企业”出清重组工作全面完成,向粤东西北地区转移落户项目26个。"
    assert _spans(s, "2018-01-16") == ["粤东西北地区"]


def test_city_runs_before_integration_and_a_corridor():
    # http://cn.chinagate.cn/reports/2017-02/17/content_40306324_3.htm (Jiangxi 2017 report)
    s = "昌九一体化向纵深拓展,昌抚一体化加快推进,吉泰走廊发展迅速,赣南等原中央苏区主要经济指标增速高于全省平均水平"
    assert _spans(s, "2017-01-22")[:4] == ["昌九", "昌抚", "吉泰走廊", "赣南"]
    # https://m.pouringspot.com/10462/c109122/2022/1/18/c5dbd7679321470ebb5321265f99ada6.shtml (Sichuan 2022)
    s = "成都经济总量近2万亿元。成德眉资同城化加快推进,成都都市圈环线高速公路全线通车。"
    assert _spans(s, "2022-01-18") == ["成都", "成德眉资", "成都都市圈"]
    # Words of jieba's dictionary and cities of different provinces are no run.
    assert _spans("推进城乡一体化发展,推动山水林田湖草沙一体化保护。") == []


def test_power_line_ends_sections_reservoirs_and_airports():
    # https://nanchang.baogaosu.com/xinwen/...113809704 (Jiangxi 2023 report)
    s = "实施鄱阳湖流域水库群抗旱保供水联合调度,开展局部应急送水。"
    assert _spans(s) == ["鄱阳湖流域"]
    s = "信丰电厂、丰电三期、宜春至遂川高速公路、共青城通用机场等投运投产,昌九高铁、长赣高铁、武汉至南昌特高压工程等开工建设"
    assert _spans(s) == ["宜春", "遂川", "共青城通用机场", "武汉", "南昌"]
    # The airport's kind alone names no airport.
    assert _spans("全省新建一批通用机场。") == []
    # http://cn.chinagate.cn/reports/2017-02/17/content_40306324_3.htm (Jiangxi 2017 report)
    s = "大唐抚州电厂第二台机组、西气东输三线江西段等项目建成投运"
    assert _spans(s, "2017-01-22") == ["江西"]


def test_a_campaign_named_after_a_city():
    # https://nanchang.baogaosu.com/xinwen/...113809704 (Jiangxi 2023 report)
    s = "全力支援大上海保卫战和吉林、新疆、重庆等地抗击疫情。"
    assert _spans(s) == ["吉林", "新疆", "重庆"]
    # A verb between: the city is the scene.
    assert _spans("在武汉打响保卫战。") == ["武汉"]
