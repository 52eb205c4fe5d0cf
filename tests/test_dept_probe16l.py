"""DEPT in prefecture- and county-level documents, round-11 probe (dept16l): real lines of
published county and prefecture pages (addresses in each test)."""

from __future__ import annotations

import govie
from .mentions import depts as _depts


def _spans(text: str) -> list[str]:
    return [t for t, _ in _depts(text)]


def test_a_county_bureau_after_the_verb_ren_keeps_its_level():
    # http://www.pingyi.gov.cn/zzms/zcwj.htm (平邑县 任命, 平政任字〔2025〕3号): jieba reads 任县 (the former
    # Hebei county) as a word, which cut 县 off every "X同志任县…局…长" line.
    text = "扈伟同志任县乡村振兴局局长、县畜牧兽医局局长，不再担任平邑街道办事处主任职务；"
    assert "县乡村振兴局" in _spans(text)


def test_a_county_bureau_after_ren_is_no_central_body():
    # Same notice: 统计局 cut from 县统计局 was linked to 国家统计局 (a wrong body).
    text = "陈波同志任县统计局副局长；"
    assert _depts(text) == [("县统计局", None)]


def test_ren_xian_after_its_place_stays_the_county():
    # Guard: the county (河北省任县, before 2020) after its province is not the verb.
    assert "县统计局" not in _spans("河北省任县统计局局长")


def test_he_before_a_bare_county_committee_after_any_word():
    # 盐池县人民政府工作规则 (盐政发〔2017〕40号, http://fsnymphe.com/html/ycxxxgkptcontent.jspurltypenews.NewsContentUrl&wbtreeid1224&wbnewsid20746.html):
    # 和 joins 政策 and 县委; 和县 (Anhui) was read, a body of another province.
    text = "盐池县人民政府工作规则\n第三条 县人民政府工作的指导思想是:认真执行党的路线方针政策和县委的各项部署,全面履行政府职能。"
    assert ("县委", "中共盐池县委员会") in _depts(text)


def test_he_xian_after_its_city_stays_the_county():
    # Guard: 马鞍山市和县人民政府 is that county's government.
    assert "马鞍山市和县人民政府" in _spans("马鞍山市和县人民政府关于印发方案的通知")


def test_a_government_office_named_after_it_is_a_body_of_its_own():
    # http://www.fymate.net/html/text/lar/174110/17411012.html (虹府办〔2005〕40号, 上海市虹口区): the
    # office linked to the government with a unit; dev gold links 市政府口岸物流办 (pt-10809) to
    # 重庆市人民政府口岸和物流办公室, a body.
    text = ("上海市虹口区人民政府办公室关于印发规定的通知\n"
            "上海市虹口区人民政府办公室挂上海市虹口区人民政府合作交流办公室牌子。\n一、职能调整\n增加区政府合作交流办公室的相关职能。")
    assert ("区政府合作交流办公室", "上海市虹口区人民政府合作交流办公室") in _depts(text)


def test_a_congress_standing_committee_in_full_after_jiqi():
    # https://www.haikou.gov.cn/hkszfgb/2011nd5q/201106/1d7db8663c6e4bf688146ada0a273ed2.shtml (海口市人民政府
    # 工作规则 2011); a 州's rules write 提请州人民代表大会及其常务委员会审议的议案
    # (http://www.fymate.net/html/text/lar/173196/17319661_4.html).
    text = "海口市人民政府工作规则\n三、市政府工作的准则:在市委的领导下,自觉接受市人大及其常务委员会的监督,充分听取市政协及社会各界的意见。"
    assert ("常务委员会", "海口市人民代表大会常务委员会") in _depts(text)


def test_the_standing_committees_of_every_congress_are_a_class():
    # Guard: 各级人民代表大会及其常务委员会 names no one body.
    assert "常务委员会" not in _spans("县级以上地方各级人民代表大会及其常务委员会依法监督。")


def test_a_government_legal_office_written_with_zhengfu_is_one_span():
    # http://www.fymate.net/html/text/lar/173196/17319661_4.html (a 州政府 工作规则): the short alias 法制办
    # cut 州政府法制办公室 before 公室.
    text = "第二十九条 州政府制发的规范性文件由州政府法制办公室审核把关提出审修意见。"
    assert "州政府法制办公室" in _spans(text)


def test_an_autonomous_prefecture_speaking_as_zizhizhou_is_not_national():
    # https://www.xjboz.gov.cn/info/3318/154496.htm (博尔塔拉蒙古自治州人民政府工作规则 2024, addressee first,
    # no signature): it cites 党中央/国务院 more often than it names itself, but says 自治州人民政府 and
    # 自治州党委 as 巴音郭楞's rules (http://xjbz.gov.cn/xjbz/bzf/202203/4db4ed491d95475b9bbd2681c395f88b.shtml) do.
    text = ("各县市人民政府,各综保区、景区管委会,州人民政府各部门、各直属机构:\n"
            "《博尔塔拉蒙古自治州人民政府工作规则》已经自治州人民政府审议通过,现予印发。\n2024年10月22日\n(此件公开发布)\n"
            "博尔塔拉蒙古自治州人民政府工作规则\n第一章 总则\n"
            "一、参照《国务院工作规则》《新疆维吾尔自治区人民政府工作规则》,结合自治州实际,制定本规则。\n"
            "二、自治州人民政府工作坚持以习近平新时代中国特色社会主义思想为指导,坚决维护党中央权威和集中统一领导,"
            "深入贯彻落实党中央、国务院决策部署,认真落实自治区党委、政府和自治州党委工作要求。")
    assert ("自治州党委", "中共博尔塔拉蒙古自治州委员会") in _depts(text)


def test_a_zone_committee_named_in_full_keeps_its_name_before_a_unit():
    # http://kfq.jinhua.gov.cn/art/2024/3/1/art_1229098089_4137611.html (金华经开区 2024): the signature's
    # committee was composed as 金华市经济技术开发区管理委员会 (a name with 市 that does not exist) while the
    # committee alone keeps its written name.
    text = ("各乡镇人民政府、街道办事处,管委会各有关单位:\n现印发给你们,请结合实际,认真贯彻执行。\n"
            "金华经济技术开发区管理委员会党政综合办公室\n2024年2月29日")
    ents = [e for e in govie.extract(text).entities if e.label == "DEPT"]
    assert [(e.text, e.attrs.get("canonical"), e.attrs.get("unit")) for e in ents if "综合办公室" in e.text] == [
        ("金华经济技术开发区管理委员会党政综合办公室", "金华经济技术开发区管理委员会", "党政综合办公室")]
