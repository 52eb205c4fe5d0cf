"""Probe org30: ORG in provincial, city and county policy notices and government-site news (round 17):
designated hospitals, banks in financing schemes."""
import govie

NINGDE = "http://fjwjw.fjsen.com/2020-01/23/content_30143438.htm"  # 宁德市卫健委 2020, designated hospitals
JINGMEN = "http://zhongxiang.cjyun.org/p/85784.html"  # 荆门市疫情防控指挥部通告 2020
LIXIAN = "http://lanzhou.baogaosu.com/xinwen/…/40850218"  # 礼县 政银合作 news, 2015
YIYANG = "https://fluorideoc.com/jxyy/wxgbd/202104/412affed41874d45b196d14f17318d3f.shtml"  # 弋阳县 signing, 2021


def _spans(text, label="ORG", **kw):
    return [e.text for e in govie.extract(text, **kw).entities if e.label == label]


def test_a_named_divisions_hospital_is_a_name():
    # NINGDE: a county's, city's or district's 医院 in a list of designated hospitals
    text = ("会议还公布了宁德市医院、宁德市闽东医院、福鼎市医院、蕉城区医院(市人民医院)、福安市医院、霞浦县医院、"
            "古田县医院、周宁县医院、寿宁县医院、屏南县医院、柘荣县医院等11家医疗机构,作为新型冠状病毒感染的肺炎医疗救治定点医院。")
    for kw in ({"model": None}, {}):
        orgs = _spans(text, **kw)
        assert orgs == ["宁德市医院", "宁德市闽东医院", "福鼎市医院", "蕉城区医院", "市人民医院", "福安市医院", "霞浦县医院",
                        "古田县医院", "周宁县医院", "寿宁县医院", "屏南县医院", "柘荣县医院"], orgs


def test_a_levels_hospitals_stay_a_class():
    # No named division before 县医院, or a district's schools: classes, no ORG.
    assert _spans("对乡镇卫生院和部分县医院房屋和设备进行改造", model=None) == []
    assert _spans("90%的县医院达到三级医院服务能力", model=None) == []
    assert _spans("天河区小学", model=None) == []


def test_a_campus_in_narrow_brackets():
    # JINGMEN: the web copy writes the campus's brackets narrow
    text = "二、自2月13日起,荆门市第一人民医院(北院区)发热门诊停诊。荆门市第二人民医院、荆门市中医医院、掇刀区人民医院继续设置发热门诊。"
    assert _spans(text, model=None) == ["荆门市第一人民医院(北院区)", "荆门市第二人民医院", "荆门市中医医院", "掇刀区人民医院"]


def test_a_verb_of_arranging_credit_ends_before_the_bank():
    # LIXIAN: 协调 is the county's verb, not part of the bank's name
    text = "今年以来,礼县积极协调农业银行开展双联惠农贷款业务,县财政注入2500万元作为双联惠农贷款专项担保基金"
    for kw in ({"model": None}, {}):
        assert _spans(text, **kw) == ["农业银行"]


def test_a_span_of_time_before_a_banks_short_name():
    # YIYANG: 未来五年 before 农发行上饶市分行 (jieba leaves 五年 untagged)
    text = "双方本着优势互补、互惠互利的精神开展友好合作,未来五年农发行上饶市分行将在落实国家金融政策的前提下提供授信额度。"
    assert _spans(text, model=None) == ["农发行上饶市分行"]
