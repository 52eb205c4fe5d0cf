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


def test_the_short_form_is_not_linked_before_the_administration_existed():
    # The same short form in a 2010 text names no body that existed then: never an earlier body.
    found = dict(depts("食品生产许可主管部门由质检总局变更为食药总局。", reference_date="2010-06-01"))
    assert found.get("食药总局") in (None, "国家食品药品监督管理总局")
