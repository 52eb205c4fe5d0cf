"""DEPT in prefecture-level documents (round 8 probe dept9p): real sentences from city pages."""

import govie
from .mentions import depts as _depts


def test_bare_city_government_follows_the_signed_issuer():
    # http://whht.org.cn/news/info/id/4822.html (武汉市人民政府办公厅, 2023-01-12): the masthead
    # names no city and the signature stands past it; 市人民政府 is Wuhan's, as meta says.
    text = ("各区人民政府,市人民政府各部门,各有关单位:\n一、高度重视,精心组织,科学制订办理方案。\n"
            "二、强化担当,压实责任,高效推进办理工作。\n"
            "对涉及面广、办理难度大的责任事项,牵头单位适时向市人民政府报告落实过程中存在的困难和问题,"
            "提请市人民政府分管领导同志统筹协调解决,确保各项目标任务落细落实。\n"
            "武汉市人民政府办公厅\n2023年1月12日\n")
    got = _depts(text)
    assert ("市人民政府", "武汉市人民政府") in got
    assert all(c for _, c in got)


def test_each_kind_after_a_level_is_the_addressees_class():
    # http://www.gljkfhq.com/zc_401/29/29829.html (桂林市人民政府办公室, 2020-12-08)
    guilin = ("各县(市、区)人民政府,高新区、临桂新区、漓江风景名胜区、经济技术开发区、高铁(桂林)广西园管委会,"
              "市直各委、办、局,中央、自治区驻桂林各单位,各企事业单位:")
    # http://law786.infoeach.com/view-Nzg2fDEyNDQ1Ng==.html (宿迁市人民政府办公室, 宿政办发〔2010〕125号)
    suqian = "各县、区人民政府,宿迁经济开发区、市湖滨新城、苏州宿迁工业园区,市各委、办、局,市各直属单位:"
    assert "市直各委" not in [t for t, _ in _depts(guilin)]
    assert "市各委" not in [t for t, _ in _depts(suqian)]


def _depts_in(text, jurisdiction):
    r = govie.extract(text, jurisdiction=jurisdiction)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_bare_autonomous_prefecture_prefix():
    # http://xjbz.gov.cn/xjbz/bzf/202203/4db4ed491d95475b9bbd2681c395f88b.shtml (巴音郭楞州人民政府工作规则)
    text = "三、自治州人民政府工作的准则是,执政为民,依法行政,科学决策,实事求是,民主公开,务实清廉。"
    assert _depts_in(text, "巴音郭楞蒙古自治州") == [("自治州人民政府", "巴音郭楞蒙古自治州人民政府")]
    # https://www.xjboz.gov.cn/info/3318/154496.htm (博尔塔拉州人民政府工作规则, 2024-10-22)
    text = "坚决维护党中央权威和集中统一领导,认真落实自治区党委、政府和自治州党委工作要求,严格遵守宪法和法律法规。"
    assert ("自治州党委", "中共博尔塔拉蒙古自治州委员会") in _depts_in(text, "博尔塔拉蒙古自治州")


def test_government_of_a_term_is_the_government():
    # http://xjbz.gov.cn/xjbz/bzf/202203/4db4ed491d95475b9bbd2681c395f88b.shtml
    text = ("一、自治州第十五届人民代表大会第一次会议产生的自治州第十五届人民政府,根据《中华人民共和国宪法》"
            "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《中华人民共和国民族区域自治法》,"
            "参照《新疆维吾尔自治区人民政府工作规则》有关规定,结合自治州实际,制定本规则。")
    assert _depts_in(text, "巴音郭楞蒙古自治州") == [
        ("自治州第十五届人民代表大会", "巴音郭楞蒙古自治州人民代表大会"),
        ("自治州第十五届人民政府", "巴音郭楞蒙古自治州人民政府")]


def test_title_cited_in_the_own_title_line_is_a_title_not_a_body():
    # https://gd.pkulaw.com/gdnormativedoc/13327b4c3aa83630ddccf78d2c8690a6bdfb.html (清远市人民政府, 2019-11-29)
    text = ("清远市人民政府关于印发《清远市人民政府工作规则》的通知\n\n"
            "各县(市、区)人民政府,市政府各部门、各直属机构:\n")
    r = govie.extract(text)
    got = [(e.label, text[e.start:e.end]) for e in r.entities if e.label in ("DEPT", "TITLE")]
    assert got[:2] == [("DEPT", "清远市人民政府"), ("TITLE", "清远市人民政府工作规则")]


def test_office_of_an_administrative_office_is_its_own_body():
    # https://bdocx.com/doc/5043956.html (阿署办发〔2007〕22号): 行政公署办公室 is the office itself, as
    # 人民政府办公室 is, not a unit of the 行政公署.
    text = ("阿拉善盟行政公署办公室关于印发阿拉善盟行政公署办公室公文处理实施细则及文种式样的通知\n"
            "各旗人民政府,行署各委、办、局,阿拉善开发区,各大企业:\n")
    got = _depts(text)
    assert got[0] == ("阿拉善盟行政公署办公室", "阿拉善盟行政公署办公室")


def test_government_written_bare_after_its_party_committee():
    # /work/r6/readable/wr2026-宁夏回族自治区.txt (2026 report of 宁夏)
    text = "全面贯彻新时代党的民族工作大政方针，自治区党委、政府制定加快建设铸牢中华民族共同体意识示范区的意见。"
    assert ("政府", "宁夏回族自治区人民政府") in _depts_in(text, "宁夏回族自治区")
    # http://xjbz.gov.cn/xjbz/bzf/202203/4db4ed491d95475b9bbd2681c395f88b.shtml: in a prefecture's rules the
    # bare 人民政府 after 自治区党委 is the region's government, not the prefecture's.
    text = "坚决贯彻党中央、国务院决策部署和自治区党委、人民政府工作要求,按照州党委工作安排,全面正确履行政府职能。"
    assert ("人民政府", "新疆维吾尔自治区人民政府") in _depts_in(text, "巴音郭楞蒙古自治州")


def test_bare_administrative_office_in_a_prefecture_of_its_kind():
    # https://dscjxm.com/www/info/1112/41099 (阿行发〔2021〕42号, 阿里地区行政公署)
    text = "各县人民政府,行署各局、委、办、处:\n《阿里地区行政公署工作规则》已经地委、行署研究通过,现印发给你们,请认真贯彻执行。"
    got = _depts_in(text, "阿里地区")
    assert got.count(("行署", "阿里地区行政公署")) == 2
    # https://bdocx.com/doc/5043956.html (阿署办发〔2007〕22号)
    text = "各旗人民政府,行署各委、办、局,阿拉善开发区,各大企业:"
    assert _depts_in(text, "阿拉善盟") == [("行署", "阿拉善盟行政公署")]
    # A province's document: every prefecture's 行署, a class.
    assert _depts_in(text, "内蒙古自治区") == []
