"""Probe loc52w: LOC in provincial work reports, rules only: bare names listed before a shared site head
(等灌区, 大型水库, 等遗址) are the places, the head no part of the last; two peer cities or provinces read one
after another are two places, a city and its own county or a province and its city stay one."""
import govie


def _spans(text, label="LOC", ref="2026-02-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


# Sources: the "dev" sentences are of the dev split's 2026 work reports (corpora/work-reports-2026, source_url
# in each row), whose gold marks them so; the others are of the probe's fresh documents (addresses given).


def test_bare_names_before_a_shared_site_head():
    # 2026 河南省政府工作报告 (dev wr2026-henan)
    s = "开工建设豫东水资源配置工程，实施赵口、陆浑、渠村等灌区现代化改造。"
    assert [x for x in _spans(s) if x != "豫东"] == ["赵口", "陆浑", "渠村"]
    # 2026 云南省政府工作报告 (dev wr2026-yunnan): the size word of the class shares the head as 等 does.
    assert _spans("民用运输机场运营数量居全国第4位。德厚、阿岗、车马碧大型水库建成投用，库塘蓄水量首次突破") \
        == ["德厚", "阿岗", "车马碧"]
    # 2026 福建省政府工作报告 (dev wr2026-fujianm): a wreck's name of five characters.
    s = "做好万里茶道、海上丝绸之路等申遗，提升万寿岩、圣杯屿沉船等遗址保护利用水平"
    assert _spans(s)[-2:] == ["万寿岩", "圣杯屿沉船"]


def test_items_with_their_own_head_stay_whole():
    # 2026 贵州省政府工作报告 (dev wr2026-guizhou): each item names its head, the last too.
    s = "推进宣威水库、花滩子水库、玉龙水库、英武水库、夹岩大型灌区等重大水利工程建设"
    assert _spans(s) == ["宣威水库", "花滩子水库", "玉龙水库", "英武水库", "夹岩大型灌区"]


def test_peer_cities_are_two_places():
    # 2023 浙江省人民政府工作报告 (http://bx2200.com/baogao/huadong/4331_5.html)
    s = "强化环杭州湾核心引领地位，唱好杭州宁波“双城记”，提升四大都市区和中心城市能级"
    assert _spans(s) == ["杭州湾", "杭州", "宁波"]


def test_a_city_and_its_own_part_stay_one_place():
    # 2026 湖北省政府工作报告 (dev wr2026-hubei marks 武汉东湖 whole: 东湖 is no city)
    assert _spans("高技术制造业对规上工业增长贡献率达到35.6%；武汉东湖、襄阳、宜昌3家高新区位列全国50强")[:1] == ["武汉东湖"]
    # weekly report 2023-17 (dev): a county of the city after it
    assert "绵阳江油" in _spans("5月 11日，水利厅行政审批处组织调研组赴绵阳江油开展\n\n政务服务专题调研。")
    # 国办 2019 (dev sc19-10): a province and its own capital
    s = "上海、广东（珠三角）、安徽（合芜蚌）、四川（成德绵）、湖北武汉、陕西西安、辽宁沈阳等8个区域"
    assert {"湖北武汉", "陕西西安", "辽宁沈阳"} <= set(_spans(s))
