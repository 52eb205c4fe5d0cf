"""Round 26 probe dept67n: national DEPT spans and their canonical body at the document's date in
ministry notices, decree history notes and a comparison of food-licensing rules. Every quote names
its source."""
from .mentions import depts


# 食品生产许可管理办法版与食品添加剂生产监督管理规定版对比 (食品伙伴网, 2015), https://bdocx.com/doc/23437645.html
CFDA = "3、食品生产许可主管部门由质检总局变更为食药总局。"


def test_the_short_form_without_jian_names_the_food_and_drug_administration():
    # Before: 食药总局 (国家食品药品监督管理总局, 2013-2018) was not found.
    text = CFDA
    found = depts(text, reference_date="2015-08-31")
    assert ("质检总局", "国家质量监督检验检疫总局") in found
    assert ("食药总局", "国家食品药品监督管理总局") in found
    start = text.index("食药总局")
    assert text[start:start + 4] == "食药总局"
    # The same short form in a 2010 text names no body that existed then: never an earlier body.
    earlier = dict(depts(text, reference_date="2010-06-01"))
    assert earlier.get("食药总局") is None


# 国务院办公厅关于成立国务院中医药工作部际协调小组的通知 (国办发〔2007〕16号),
# https://blog.wenxuecity.com/myblog/10116/200704/5638.html
SFDA_MEMBER = "吴　浈　食品药品监管局副局长\n张　勤　知识产权局副局长"


def test_the_state_council_s_short_form_of_the_sfda_in_a_member_list():
    # Before: 食品药品监管局 tagged with canonical null (国家食品药品监督管理局, 2003-2013); the list of
    # central bodies without their 国家 makes the text central.
    text = SFDA_MEMBER
    found = depts(text, reference_date="2007-03-20")
    assert found == [("食品药品监管局", "国家食品药品监督管理局"), ("知识产权局", "国家知识产权局")]
    assert text[text.index("食品药品监管局"):][:7] == "食品药品监管局"


GROUP = ("经国务院同意，成立国务院中医药工作部际协调小组（以下简称协调小组）。现将有关事项通知如下：\n"
         "由于工作变动等原因，协调小组成员需要调整的，由成员单位向协调小组办公室提出，报协调小组组长审批。")


def test_a_group_s_office_under_its_defined_short_name_is_the_full_name_s_office():
    # Before: 协调小组办公室 tagged with canonical null. The group itself is no DEPT; 国务院 inside is.
    found = depts(GROUP, reference_date="2007-03-20")
    assert ("协调小组办公室", "国务院中医药工作部际协调小组办公室") in found
    assert not any(t.endswith("协调小组") for t, _ in found)
    # No （以下简称…） for the group in the text: no full name to compose, so no guessed body.
    alone = dict(depts(GROUP.split("\n")[1], reference_date="2007-03-20"))
    assert alone.get("协调小组办公室") is None
