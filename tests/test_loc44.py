"""Probe loc44: LOC in provincial work reports of 2026, rules only: a list of places closed by 等 inside an
item (珲春、集安等地…、…), pairs of cities before 协同 (昆曲昆楚工业协同), and crossings named after the water
or mountain they cross (黄茅海通道, 狮子洋通道, 莲花山通道)."""
import govie


def _spans(text, label="LOC", ref="2026-02-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


# Sources: corpora/work-reports-2026/2026_<province>_政府工作报告.csv (source_url in each row); the "dev" ones
# are sentences of the dev split's work reports, whose gold marks them so.


def test_list_closed_by_deng_inside_an_item():
    # 2026 吉林省政府工作报告 (dev wr2026-jilin; s.fjlib.net gzbg id=ff560ebdcaac4b239b661d810900e012): the
    # stretch runs on past 等地 into another list (边境游、跨境游), which must not rule the places out.
    s = "实施入境旅游提升行动，支持珲春、集安等地发展边境游、跨境游。"
    assert _spans(s) == ["珲春", "集安"]
    # 等地 before a word of 地 closes nothing: 2026 广东 (dev wr2026-guangdongm).
    assert _spans("新建改造生活污水等地下管网管廊9.9万公里") == []


def test_city_pairs_before_coordination():
    # 2026 云南省政府工作报告 (dev wr2026-yunnanm; https://www.yn.gov.cn/ywdt/ynyw/202602/t20260203_323801.html):
    # 昆明 with 曲靖, 楚雄, 玉溪, 红河; two pairs sharing their hub are cities even where they make a word (昆曲).
    s = "加快曲靖省域副中心城市建设，推进昆曲昆楚工业协同、昆玉昆曲科创协同、昆红文旅协同，进一步提高人口和经济集聚度。"
    assert _spans(s) == ["曲靖", "昆曲", "昆楚", "昆玉", "昆曲", "昆红"]
    # A lone word before 协同 is no pair of cities: 2026 福建 (dev wr2026-fujianm), 山东 (dev wr2026-shandongm).
    assert _spans("促进山海协同、城乡共荣") == []
    assert _spans("实施工贸协同、出口品牌提升行动") == []


def test_crossings_named_after_a_feature():
    # 2026 广东省政府工作报告 (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html), probe loc44 stretch
    # and dev wr2026-guangdongm.
    s = "加快珠肇高铁、广州东至新塘五六线、狮子洋通道、佛肇云高速、南沙港五期等建设"
    assert "狮子洋通道" in _spans(s)
    assert "莲花山通道" in _spans("做好深珠通道、莲花山通道等项目前期工作")
    assert "黄茅海通道" in _spans("建成深中通道、黄茅海通道、广州白云站、青茂口岸等互联互通工程")
    # A verb or a class before 通道 names no crossing.
    assert _spans("打造出海通道，推进跨海通道和沿海通道建设") == []
