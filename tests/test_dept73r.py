"""Counties since made districts (沙县 → 三明市沙县区, 2021) and county documents whose division the
table does not hold: the former county's name as its source short name keeps it (沙县区 → 沙县), its
bodies named as written; a document addressed to its own county's bodies (县直各单位, 县政府各部门)
is never national; 经贸局 is a county's economic and trade bureau of the 1990s-2010s (probe dept73r)."""
import govie
from govie.kb.divisions import load_divisions
from govie.text.layout import county_addressed

# http://www.fjsx.gov.cn/zwgk/ghjh/zxgh/201210/t20121011_459811.htm (沙县人民政府, 2012; 沙县区 since 2021)
SHAXIAN = ("沙县人民政府\n关于加快第三产业发展的实施意见(试行)\n"
           "各乡(镇)人民政府、街道办事处,县政府各部门、各直属机构:\n")
# https://www.gonghe.gov.cn/lnb/zc1__zwgk/agwzlfl/gzf/content_43680 (共和县, 青海, 2012)
GONGHE = ("关于开展第三届“中国统计开放日”宣传活动的通知\n各乡镇人民政府、县政府各部门,各相关企业:\n"
          "根据国家及省州关于开展第三届“中国统计开放日”活动策划方案的有关要求,现就做好我县第三届“中国统计开放日”宣传活动有关事宜通知如下:\n"
          "“中国统计开放日”主题为“统计和您在一起”,2012年度活动主题“改革创新的中国统计”。\n"
          "本次活动由共和县统计局和国家统计局共和调查队共同组织实施,协调和组织各乡镇、县政府各部门统一开展宣传活动。\n"
          "(二)县卫生和食品药品监督管理局、县人力资源和社会保障局等部门及各相关企业按照《中国统计开放日宣传标语分配表》要求,"
          "在恰卜恰镇街心花园统一悬挂横幅。\n")


def _depts(r):
    return {(e.text, e.start): e.canonical for e in r.entities if e.label == "DEPT"}


def test_a_district_keeping_its_countys_name_reads_the_former_county():
    forms = load_divisions().former_county_forms
    assert {"沙县", "梅县", "赣县"} <= forms  # 沙县区, 梅县区, 赣县区: short names from the source data
    assert "辉县" not in forms  # 辉县市's short name now, not a former county's


def test_a_former_countys_government_is_named_as_written():
    r = govie.extract(SHAXIAN, model=None)
    assert _depts(r)[("沙县人民政府", 0)] == "沙县人民政府"
    assert r.meta.get("division") is None or r.meta["division"]["level"] != "national"


def test_a_county_addressed_notice_is_the_countys_not_national():
    r = govie.extract(GONGHE, model=None)
    assert r.meta["division"]["name"] == "共和县"
    s = GONGHE.index("县卫生和食品药品监督管理局")
    assert _depts(r)[("县卫生和食品药品监督管理局", s)] == "共和县卫生和食品药品监督管理局"
    assert GONGHE[s:s + 13] == "县卫生和食品药品监督管理局"


def test_bare_types_after_a_former_countys_bureau_are_its_own_never_central():
    # The lead's case (a county notice of the 沙县 kind): 经贸局 is found, and the bare types after it
    # are the (former, unplaced) county's: null, never 国家统计局 or 国家税务局.
    text = "沙县人民政府关于加强统计工作的通知\n各乡（镇）人民政府，县直各单位：\n县经贸局、统计局、工商局、税务局要密切配合。"
    r = govie.extract(text, model=None)
    d = _depts(r)
    assert ("县经贸局", text.index("县经贸局")) in d
    for t in ("统计局", "工商局", "税务局"):
        assert d[(t, text.index(t))] is None
    assert r.meta.get("division") is None


def test_a_current_countys_economic_and_trade_bureau():
    text = "将乐县人民政府关于加强统计工作的通知\n各乡（镇）人民政府，县直各单位：\n县经贸局、统计局要密切配合。"
    d = _depts(govie.extract(text, model=None))
    assert d[("县经贸局", text.index("县经贸局"))] == "将乐县经济贸易局"
    assert d[("统计局", text.index("统计局"))] == "将乐县统计局"


def test_only_a_countys_own_addressees_speak_as_a_county():
    assert county_addressed("各乡(镇)人民政府、街道办事处,县政府各部门、各直属机构:")  # 沙县 2012
    assert county_addressed("各乡镇人民政府,县级有关部门:")  # 牟定县 2017
    assert not county_addressed("各县(市、区)人民政府,市府直属有关单位:")  # 梅州市 2008
    assert not county_addressed("各市、县人民政府，省政府各部门：")


def test_a_bare_governments_building_is_no_government_office():
    # 共和县 2012 (address above): 县政府办公大楼 is the government's building, not its 政府办 (as 武汉市政府办公楼).
    text = "县统计局在县政府办公大楼前悬挂内容为“统计和您在一起”宣传横幅。"
    spans = [e.text for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    assert "县政府办" not in spans and "县统计局" in spans
