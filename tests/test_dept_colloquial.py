"""Colloquial and older names of bodies (news style, CLUENER's government mentions) on real
government sentences: what they must find, and the ordinary words they must leave alone."""

from __future__ import annotations

import pytest

import govie
from govie.kb.lexicons import load_words
from govie.kb.registry import default_registry
from govie.taggers.dept import county_short_names


@pytest.fixture(scope="module")
def rules():
    return govie.Pipeline(model=None)


def depts(pipe, text):
    return [(e.text, e.attrs.get("canonical")) for e in pipe(text).entities if e.label == "DEPT"]


def test_a_district_branch_written_by_its_short_name_is_a_unit_of_the_bureau(rules):
    # State Council title, 2007: 秦淮分局 is the Qinhuai district branch of Nanjing's bureau.
    text = "国务院关于授予江苏省南京市公安局秦淮分局夫子庙派出所等11个单位荣誉称号的决定"
    found = depts(rules, text)
    assert ("江苏省南京市公安局秦淮分局", "南京市公安局秦淮分局") in found
    assert ("夫子庙派出所", None) in found


@pytest.mark.parametrize("text", [
    # State Council reports 2018 and 1995: 新建 and 公安 are county short names (新建区, 公安县),
    # but here a verb and a noun, never a place before 政府 or 派出所.
    "严控新建政府性楼堂馆所和财政供养人员总量，“三公”经费大幅压减。",
    "加强公安派出所的建设，健全城市巡警制度，改进城乡户籍制度，加强流动人口管理。",
])
def test_a_county_short_name_that_is_an_ordinary_word_opens_no_body(rules, text):
    assert depts(rules, text) == []


def test_common_county_short_names_are_listed_as_ordinary_words():
    shorts = county_short_names()
    common = set(load_words("county_short_words"))
    assert {"新建", "公安", "和平"} <= common
    assert not shorts & common
    assert {"海淀", "丰台", "旬阳", "宣武"} <= shorts  # 宣武区: a former district (2010)


@pytest.mark.parametrize("text, expected", [
    # A Chongqing plan (dev pt-10809): 市市场监管局 is 市 + 市场监管局, no repeated level word.
    ("（市市场监管局、市商务委、市司法局、市发展改革委及各区县政府按职责分工负责）",
     ["市市场监管局", "市商务委", "市司法局", "市发展改革委"]),
    # A Shanghai government notice (dev pt-298445): 上海市市长 is a post, its 市政府 the body.
    ("上海市市长韩正10月18日主持召开市政府第52次常务会议，研究进一步推动本市老龄工作。", ["市政府"]),
])
def test_a_repeated_level_word_joins_only_a_body(rules, text, expected):
    assert [t for t, _ in depts(rules, text)] == expected


def test_a_ministry_with_guojia_before_it_is_the_ministry():
    reg = default_registry()
    # 国家建设部 (news of the 2000s) is the former Ministry of Construction, 国家安全部 its own body.
    assert [a.id for a in reg.by_name("国家建设部")] == ["cn.moc"]
    assert {a.id for a in reg.by_name("国家教育部")} == {a.id for a in reg.by_name("教育部")}
    assert not reg.by_name("国家国家安全部")


def test_state_security_ministry_keeps_its_name(rules):
    # State Council report 1983.
    text = "国务院提请这次大会批准成立国家安全部，以加强对国家安全工作的领导。"
    assert ("国家安全部", "国家安全部") in depts(rules, text)


def test_an_institution_named_after_its_body_is_one_span(rules):
    # Jiangxi's 2026 work report (in neither split): the Chinese Academy of Sciences' institute.
    text = ("建强用好平台，积极支持中国科学院赣江创新研究院、太行国家实验室江西创新中心以及南昌实验室、"
            "赣南实验室等稳定运行，加快稀土国家技术创新中心建设，筹建核医疗等领域省实验室，"
            "争创硅基半导体、铜基新材料、旋翼飞行器等领域国家制造业创新中心、国家产业技术工程化中心。")
    found = [t for t, _ in depts(rules, text)]
    assert "中国科学院赣江创新研究院" in found and "中国科学院" not in found


def test_a_bare_type_after_a_function_word_is_the_documents_own_body(rules):
    # A Guangdong provincial notice (dev pt-165349): 海防打私办 alone is the province's office.
    found = [t for t, _ in depts(rules, "实施中遇到的问题，请径向省打假办、海防打私办反映。")]
    assert found == ["省打假办", "海防打私办"]


def test_a_bare_type_in_a_plural_list_after_an_enumerator_is_a_class(rules):
    # The same notice: 各地级以上市打假办、海防打私办 are every city's offices; the province's are named.
    text = ("一是各地级以上市打假办、海防打私办每月10日前将上个月涉烟打假打私统计数据、重点案件和经验做法等信息"
            "分别报送省打假办和省海防打私办，省和中直驻粤有关单位重要打假打私信息及时分别报送省打假办和省海防打私办。")
    found = [t for t, _ in depts(rules, text)]
    assert "海防打私办" not in found
    assert found.count("省打假办") == 2 and found.count("省海防打私办") == 2


def test_a_bare_type_after_a_noun_is_left_to_the_longer_name(rules):
    # Hainan's 2026 work report (in neither split): 营商环境建设厅 is one body, not a 建设厅.
    text = ("完成本轮政府机构改革。全面推进政府数字化转型。成立全国首个营商环境建设厅，建成海政通、海易办平台，"
            "全省实现“一枚印章管审批”，“高效办成一件事”走在全国前列，政务服务零跑动可办率达96.6%，营商环境建设成效显著。")
    assert "建设厅" not in [t for t, _ in depts(rules, text)]


def test_a_ministry_with_zhongguo_before_it_is_one_span(rules):
    # State Council report 1983 (in neither split).
    text = ("今年三月，中国外交部发表声明，阐明了我国关于解决柬埔寨问题和改善中越关系的立场、主张和建议，"
            "得到了国际舆论的支持。")
    assert ("中国外交部", "外交部") in depts(rules, text)


def test_the_central_bank_before_a_coordinator_takes_no_unit(rules):
    # State Council title of 1994: 和国家外汇管理局 is a second body, not a unit of the bank.
    text = "国务院办公厅关于印发中国人民银行和国家外汇管理局职能配置、内设机构和人员编制方案的通知"
    assert [t for t, _ in depts(rules, text)] == ["国务院办公厅", "中国人民银行", "国家外汇管理局"]


@pytest.mark.parametrize("reference_date, economy", [
    # The report's own year: the body of 1982; 2023: it had no successor, so a later text naming it
    # names the former body itself (as 原国家经委, 南京军区 in 2020: i15f), never another one.
    ("1982-12-10", "国家经济委员会"),
    ("2023-03-05", "国家经济委员会"),
    # No date (news, CLUENER): a name only one former body had is that body, not today's.
    (None, "国家经济委员会"),
])
def test_former_central_bodies_by_the_texts_date(rules, reference_date, economy):
    # State Council report 1982 (in neither split).
    text = ("国务院已责成国家计委、国家经委和财政部共同研究，提出具体实施方案，"
            "以便使企业逐步拥有更多的财力来进行设备更新和技术改造。")
    found = dict((e.text, e.attrs.get("canonical")) for e in rules(text, reference_date=reference_date).entities
                 if e.label == "DEPT")
    assert found["国家经委"] == economy and found["财政部"] == "财政部"
    if reference_date == "1982-12-10":
        assert found["国家计委"] == "国家计划委员会"


def test_an_undated_former_ministry_is_itself(rules):
    # State Council report 1958 (in neither split), read without its date: 卫生部 (1949-2013), not
    # today's 国家卫生健康委员会.
    text = "卫生部系统的医院病床数，比上一年增长百分之十一点七。文化出版事业，也有所发展。"
    assert depts(rules, text) == [("卫生部", "卫生部")]
