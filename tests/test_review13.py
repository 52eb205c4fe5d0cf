"""Review of round 25's merged rules (review13): each test a realistic sentence of another document, level or
province on which a new rule fired where it should not (or dropped a right reading)."""

from __future__ import annotations

import pytest

import govie
from govie.taggers.docno import parse_docno


@pytest.fixture(scope="module")
def rules():
    return govie.Pipeline(model=None)


def spans(pipe, text, labels=("DEPT",), **kw):
    out = []
    for e in pipe(text, **kw).entities:
        if e.label in labels:
            assert text[e.start:e.end] == e.text  # offsets on the original input
            out.append((e.label, e.text, e.attrs.get("canonical")))
    return out


# --- 内设 (dept61c): the units listed belong to the name right before 内设, not to a body earlier in the clause.

def test_a_hospitals_clinical_departments_are_no_units_of_the_bureau_before_it(rules):
    # A county health bureau's work plan (pattern of 县卫健局 年度工作要点): 急诊科, 儿科 are the hospital's.
    text = "二、工作措施\n县卫生健康局指导县人民医院内设急诊科、儿科、妇产科、药剂科等科室，提升服务能力。"
    names = [t for _, t, _ in spans(rules, text, reference_date="2023-03-01")]
    assert "急诊科" not in names and "儿科" not in names and "妇产科" not in names


def test_a_schools_offices_are_no_units_of_the_education_bureau(rules):
    text = "县教育局批复同意县第一中学内设教务处、政教处、总务处。"
    names = [t for _, t, _ in spans(rules, text, reference_date="2023-03-01")]
    assert "教务处" not in names and "政教处" not in names


def test_neishe_li_inside_a_zone_is_no_list_of_units(rules):
    # 区内设立: 内 is the zone's inside, 设立 sets up posts; no body lists its units here.
    text = "县政府同意经济开发区管委会在园区内设立政务服务站、税务办、警务室。"
    names = [t for _, t, _ in spans(rules, text, reference_date="2023-03-01")]
    assert "税务办" not in names and "警务室" not in names


def test_a_body_described_before_its_neishe_still_lists_its_units(rules):
    # The kind 正科级行政单位 between the bureau and 内设 (南县住建局 2018, the dept61c example) keeps the list.
    text = "县审计局，正科级行政单位，内设办公室、法规股。"
    names = [t for _, t, _ in spans(rules, text, reference_date="2023-03-01")]
    assert "办公室" in names and "法规股" in names


# --- 首都 (dept61c): a shared district name is Beijing's only where the text speaks as the capital.

@pytest.mark.parametrize("body", [
    "我区运动员在首都参加全国比赛取得佳绩，区政府决定予以表彰。",  # a 长春 朝阳区 could write this
    "组织区内企业向首都市场推介农产品，区政府予以支持。",
])
def test_going_to_or_selling_to_the_capital_is_no_beijing_voice(rules, body):
    text = "朝阳区人民政府关于有关工作的通知\n\n区政府各部门:\n\n" + body
    found = dict((t, c) for _, t, c in spans(rules, text, reference_date="2020-01-10"))
    assert found["朝阳区人民政府"] is None


# --- docno (36be830b): a far city's prefix is refused only where the document's province shares it.

def test_a_far_citys_number_cited_where_no_local_division_shares_its_prefix():
    # A 宜昌 (湖北) notice forwarding 深圳's: no 湖北 division opens with 深, so the number is 深圳's.
    assert parse_docno("深府办〔2020〕5号", within="420500")["division"] == "440300"
    # 长 is shared by 长阳土家族自治县 (湖北): still no body, as the round decided.
    assert parse_docno("长政办发〔2024〕3号", within="420528")["division"] is None


# --- launched bodies (org49w): a time word at the clause head is no word of the name.

def test_a_time_word_before_a_launched_institute_is_left_out(rules):
    text = "一年来，同年人工智能研究院挂牌成立。"
    found = spans(rules, text, labels=("ORG",), reference_date="2023-03-01")
    assert ("ORG", "人工智能研究院", None) in found
    assert all("同年" not in t for _, t, _ in found)
