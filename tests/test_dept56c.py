"""Probe dept56c (round 23): complete county documents of 山东, 贵州, 重庆 and 甘肃."""
import govie
from govie.taggers.docno import code_issuer, local_issuer


def _ents(text, label, **kw):
    r = govie.extract(text, model=None, **kw)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == label]


# http://www.longli.gov.cn/zwgk/zfgb/2018/d4q/xrmzfbgswj/201905/t20190509_5877920.html (龙里县 2018)
def test_party_office_code_of_guizhou():
    text = ("为贯彻落实《贵州省农村人居环境整治三年行动方案》（黔党办发〔2018〕32号）等文件精神，"
            "加快推进我县农村人居环境整治工作，结合我县实际，制定本方案。")
    r = govie.extract(text, model=None, jurisdiction="522730")
    docnos = [(e.text, e.attrs.get("issuer")) for e in r.entities if e.label == "DOCNO"]
    assert docnos == [("黔党办发〔2018〕32号", "中共贵州省委员会办公厅")]


def test_party_codes_only_where_provinces_number_so():
    assert code_issuer("黔党发") == "中共贵州省委员会"
    assert code_issuer("新党办发") == "中共新疆维吾尔自治区委员会办公厅"
    assert code_issuer("津党办发") == "中共天津市委员会办公厅"  # the municipality's, a 办公厅
    assert local_issuer("石党办发", within="640200") == "中共石嘴山市委员会办公室"  # a city's, a 办公室
    assert code_issuer("鲁办发") is None and code_issuer("湘办发") is None  # no 党 codes there


# http://liangshan.gov.cn/art/2023/3/10/art_59710_2751643.html (梁山县 2023, 梁政发【2023】7号)
LIANGSHAN = ("梁政发【2023】7号关于印发梁山县突发事件总体应急预案的通知\n"
             "各乡镇人民政府、街道办事处，开发区管委会，县直各有关部门，驻梁有关单位，各企事业单位：\n"
             "现将《梁山县突发事件总体应急预案》印发给你们，请结合实际抓好贯彻落实。\n梁山县人民政府\n2023年3月9日\n")


def test_own_county_abbreviation_after_stationed():
    locs = [t for t, _ in _ents(LIANGSHAN, "LOC", jurisdiction="370832")]
    assert "梁" in locs


def test_bare_zone_committee_on_addressee_line():
    depts = _ents(LIANGSHAN, "DEPT", jurisdiction="370832")
    assert ("开发区管委会", None) in depts
    # In a sentence the bare kind is a class of committees.
    assert _ents("各开发区管委会要加强安全生产监管。", "DEPT", jurisdiction="370832") == []


# http://www.gsml.gov.cn/zfxxgk/zfwj_5942/zcls/agwzlfl/mzf/202012/t20201215_554653.html (民乐县 2020)
def test_own_county_abbreviation_minle():
    text = "各镇人民政府，生态工业园区管委会，县政府各部门，县直及省市驻民各单位：\n"
    assert ("民", None) in _ents(text, "LOC", jurisdiction="620722")
    # Another county's document: 民 is no place.
    assert ("民", None) not in _ents(text, "LOC", jurisdiction="370832")


# http://cqszx.gov.cn/zwgk_260/fdzdgknr/yjgl/xjyjya_xzf/202304/t20230427_11919358.html (石柱府办发〔2023〕41号)
def test_headquarters_office_is_a_body():
    text = "石柱土家族自治县地质灾害应急预案\n石柱县抗震救灾和地质灾害防治救援指挥部办公室\n2023年4月\n"
    depts = _ents(text, "DEPT", jurisdiction="500240")
    assert depts == [("石柱县抗震救灾和地质灾害防治救援指挥部办公室",
                      "石柱土家族自治县抗震救灾和地质灾害防治救援指挥部办公室")]
    # A headquarters' office with no division or level opening it names no one body.
    assert _ents("各地要加强防汛抗旱指挥部办公室建设。", "DEPT", jurisdiction="500240") == []


def test_own_county_abbreviation_not_in_a_word():
    # 民营 opens the word after 驻: no place (民乐县's 民 only before the units stationed there).
    assert ("民", None) not in _ents("鼓励驻民营企业党组织开展活动。", "LOC", jurisdiction="620722")
