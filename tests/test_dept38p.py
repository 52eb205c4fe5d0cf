"""Probe dept38p: prefecture DEPT in city documents outside 广东/四川 (addressee lines, 责任单位 notes)."""
import govie


def _depts(text):
    r = govie.extract(text, model=None)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_zone_named_after_a_kind_of_construction():
    # 济政字〔2021〕30号 (济宁), addressee line: http://jiaxiang.gov.cn/art/2021/7/19/art_72008_2718080.html
    text = ("济宁市人民政府\n关于持续深化“市县同权”改革的实施意见\n济政字〔2021〕30号\n"
            "各县(市、区)人民政府,济宁高新区、太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室),"
            "市政府各部门,各大企业,各高等院校:")
    got = dict(_depts(text))
    for name in ("济宁高新区", "太白湖新区", "济宁经济技术开发区", "曲阜文化建设示范区管委会"):
        assert name in got
    assert got["济宁高新区"] == "济宁高新技术产业开发区管理委员会"
    assert got["济宁经济技术开发区"] == "济宁经济技术开发区管理委员会"
    assert got["太白湖新区"] is None  # a zone's own name: its official name may spell out its city


def test_verb_before_a_zone_stays_outside():
    # 建设 opening the phrase is still a verb, not a zone's name.
    assert _depts("加快建设曲阜文化建设示范区管委会") == []


def test_dash_inside_a_zone_name():
    # 昆明 2023 惠民实事 责任分解: http://m.chuanshu.nancai.net/diaoyan/2023/0223/10270.html
    text = ("牵头单位:市水务局\n责任单位:各县(市)区人民政府、滇中新区管委会、各开发(度假)区管委会、"
            "磨憨—磨丁合作区管委会\n完成时限:2023年12月31日前")
    names = [t for t, _ in _depts(text)]
    assert "磨憨—磨丁合作区管委会" in names
    assert "磨丁合作区管委会" not in names


def test_bare_city_zone_in_a_shared_list():
    # 盐政发〔2013〕99号 (盐城): http://szw.yancheng.gov.cn/2014/html/Noname302.html
    text = ("盐城市人民政府\n关于实行最严格水资源管理制度的实施意见\n\n盐政发〔2013〕99号  2013年4月25日\n"
            "各县(市、区)人民政府,市开发区、城南新区管委会,市各有关委、办、局,市各有关直属单位:")
    got = dict(_depts(text))
    assert "市开发区" in got and "城南新区管委会" in got
    assert got["市开发区"] is None  # 经济开发区 or 经济技术开发区: not said, no name composed


def test_city_economic_development_zone_by_bare_prefix():
    # 南通 2019 指导意见, addressee line: http://yuanbocq.com/sjwz/plus/view.php?aid=6017
    text = ("南通市人民政府关于推进陆海统筹实施节约集约用地“双提升”五大专项行动的指导意见\n\n"
            "各县(市)、区人民政府,市经济技术开发区管委会、苏通科技产业园区管委会、通州湾江海联动开发示范区管委会,"
            "市有关部门和单位:")
    got = dict(_depts(text))
    assert got["市经济技术开发区管委会"] == "南通经济技术开发区管理委员会"
    assert got["苏通科技产业园区管委会"] is None
