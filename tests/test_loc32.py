"""Probe loc32: LOC in provincial and city work reports and provincial plans (rules only): a city
before its region's cluster, a mountain's compass stretch, compass parts of provinces and city pairs
named by first characters."""
import govie


def _spans(text, label="LOC", ref="2023-01-14"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


def test_a_city_before_its_regions_cluster_is_a_place_of_its_own():
    # https://topless40.com/2023/01-14/2673325.html (Henan 2023 report)
    s = "推进洛阳中原城市群副中心城市建设,强化与三门峡联动发展。"
    assert _spans(s) == ["洛阳", "中原城市群", "三门峡"]
    # http://m.thinkandroid.cn/news/2020/901196.shtml (Henan 2020 report, traditional script)
    assert _spans("加快洛陽中原城市群副中心城市建設。", ref="2020-01-10") == ["洛陽", "中原城市群"]
    # A city's own cluster keeps its city.
    assert _spans("加快郑州都市圈一体化发展。") == ["郑州都市圈"]


def test_a_mountains_compass_stretch_is_one_place():
    # https://topless40.com/2023/01-14/2673325.html (Henan 2023 report)
    s = "深入推进河湖长制,实施秦岭东段等重点区域生态保护和修复工程,抓好黄河干支流河道泥沙资源化综合利用。"
    assert _spans(s) == ["秦岭东段", "黄河"]


def test_compass_parts_of_a_province_are_places():
    # https://www.henan.gov.cn/2025/01-18/3113787.html (Henan 2025 report)
    s = "统筹推进豫北、豫南和豫西南山丘区水网建设,加快省级水网先导区建设。"
    assert _spans(s, ref="2025-01-18") == ["豫北", "豫南", "豫西南"]
    # http://bbs.gdmm.com/thread-3056508-1-1.html (茂名 2017 report): the three wings as one region.
    assert _spans("认真落实省振兴粤东西北决策部署。", ref="2017-01-10") == ["粤东西北"]


def test_city_pairs_named_by_first_characters_are_places():
    # http://m.thinkandroid.cn/news/2020/901196.shtml (Henan 2020 report, traditional script)
    s = "鄭汴、鄭許、鄭新、鄭焦一體化融合發展步伐加快。"
    assert _spans(s, ref="2020-01-10") == ["鄭汴", "鄭許", "鄭新", "鄭焦"]
    # http://jjwj56.com/html/zcyzx/snzc/2016/121.html (Jiangxi 昌九一体化 plan 2013)
    s = "昌九位于长江经济带和京九经济带的结合部,为长江三角洲、珠江三角洲和海峡西岸经济区的共同腹地。"
    got = _spans(s, ref="2013-07-01")
    assert "昌九" in got and "海峡西岸经济区" in got and "长江经济带" in got
