"""Probe dept20c (round 13): DEPT spans and links on fresh county, district and township pages.

Each test quotes a real sentence of a probe page (address in the comment)."""
import govie


def _depts(text):
    r = govie.extract(text, model=None)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"], r


def _spans(text):
    return [t for t, _ in _depts(text)[0]]


# https://www.zhonglou.gov.cn/html/czzl/2023/FPJBLMLO_0225/19753.html (常州市钟楼区, 2022)
ROSTER = ("组 长:孙益锋 区委常委、副区长\n副组长:施宏伟 区政府办公室副主任\n"
          "成 员:方国友 区政府办公室党组成员、区机关事务管理中心主任\n许 俊 区发改局副局长\n"
          "刘夫先 区财政局副局长\n朱向阳 区机关事务管理中心副主任\n")


def test_a_given_name_before_a_roster_body_is_no_district():
    depts, r = _depts(ROSTER)
    spans = [t for t, _ in depts]
    assert "区政府办公室" in spans and "宏伟 区政府办公室" not in spans
    assert "区机关事务管理中心" in spans and "向阳 区机关事务管理中心" not in spans
    # never 辽阳市宏伟区 or 鹤岗市向阳区: the roster names no division
    assert not any(c and ("宏伟区" in c or "向阳区" in c) for _, c in depts)
    assert (r.meta.get("division") or {}).get("name") not in ("辽阳市宏伟区", "鹤岗市向阳区")


def test_the_roster_links_to_the_district_its_signature_names():
    depts, _ = _depts(ROSTER + "常州市钟楼区人民政府办公室\n2022年6月8日")
    assert ("区政府办公室", "常州市钟楼区人民政府办公室") in depts
    assert ("区发改局", "常州市钟楼区发展和改革局") in depts


def test_letter_spaced_names_keep_their_place():
    # A PDF's letter spacing is no roster: the place stays in the span.
    assert _spans("由广 州 市 人 民 政 府负责") == ["广 州 市 人 民 政 府"]


# http://www.lysjjx.com/doc/2023/10/25/385473.shtml (绛县, Shanxi, 2023; traditional script)
def test_a_county_name_in_traditional_script():
    depts, r = _depts("絳縣人民政府辦公室 關于印發絳縣促進專業鎮高質量發展實施方案的通知\n"
                      "各鄉(鎮)人民政府,絳縣經濟開發區管委會,縣直各有關單位:\n"
                      "《絳縣促進專業鎮高質量發展實施方案》已經縣人民政府同意,現印發給你們。")
    assert ("絳縣人民政府辦公室", "绛县人民政府办公室") in depts
    assert ("縣人民政府", "绛县人民政府") in depts
    assert r.meta["division"]["name"] == "绛县"


def test_folding_keeps_simplified_text():
    # The added forms are never simplified characters: simplified text is unchanged.
    from govie.text.normalize import normalize
    s = "于是乾坤猛进,佘太君在大阪"
    assert normalize(s).text == s


# http://js315.com.cn/cm/174132.html (夏县, Shanxi): the offices of a county's four bodies in one list.
XIA = ("夏县召开“三会”筹备工作安排部署会\n2月8日,夏县召开中国共产党夏县第十五次代表大会第三次会议、"
       "夏县第十七届人民代表大会第四次会议、政协第十六届夏县委员会第三次会议“三会”筹备工作安排部署会。"
       "县委副书记秦晓军,县委常委、组织部部长薛伟科,县人大常委会副主任尚靖宇,县政协副主席郑景山出席会议。"
       "县委办、人大办、政府办、政协办等筹备工作组成员参加会议。")


def test_bare_offices_after_the_party_committees_office_in_a_list():
    depts, _ = _depts(XIA)
    assert ("县委办", "中共夏县委员会办公室") in depts
    assert ("政府办", "夏县人民政府办公室") in depts
    assert ("人大办", "夏县人民代表大会常务委员会办公室") in depts
    assert ("政协办", "中国人民政治协商会议夏县委员会办公室") in depts


def test_a_cppcc_committee_with_its_term_before_the_place():
    depts, _ = _depts(XIA)
    assert ("政协第十六届夏县委员会", "中国人民政治协商会议夏县委员会") in depts
    assert ("夏县第十七届人民代表大会", "夏县人民代表大会") in depts


def test_office_before_a_verb_is_the_verb():
    # 办理 / 办好 are verbs: the body is 县人大 / 县政协 / 县政府 without 办.
    assert _spans("县人大办理建议120件,县政协办好会议") == ["县人大", "县政协"]
    assert _spans("县政府办理群众诉求") == ["县政府"]


# https://yybnet.net/maanshan/hexian/201604/809421.html (和县, Anhui, 2016)
def test_a_generic_word_before_a_working_committee():
    s = "县政府有关部门主要负责同志和县人大常委会相关工委委员在审议相关议题时列席会议。"
    assert "县人大常委会" in _spans(s) and "县人大常委会相关工委" not in _spans(s)


# http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html (鞍山市立山区, 2023)
def test_a_district_bureau_of_market_regulation_by_its_short_name():
    depts, _ = _depts("立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知\n"
                      "4.社会消费品零售总额增长9%左右。\n牵头单位:区商务局\n责任单位:各街道,区市场局")
    assert ("区市场局", "鞍山市立山区市场监督管理局") in depts


def test_market_words_are_no_bureau():
    assert _spans("国际市场局势复杂,国内市场局面向好") == []


# http://women.fjsen.com/2015-03/12/content_15798519.htm (浦城县, Fujian, 2015)
def test_the_county_party_committees_civilization_office():
    depts, _ = _depts("2015年过完春节一上班,浦城县妇联领导主动拜访县委文明办等单位及社会上一些关爱家庭建设的热心人士。")
    assert ("县委文明办", "中共浦城县委员会精神文明建设委员会办公室") in depts
