"""Spurious PERSON spans in documents that name few or no people (round 24, probe person38s)."""
from __future__ import annotations

import pytest

from govie import extract
from govie.taggers.entities import drop_unnamed
from govie.types import Mention


@pytest.mark.parametrize("text, span, kept", [
    # A tradition named after a sage or a region: no person (dev wr2026-fujianm, wr2026-shandongm).
    ("持续促进闽都文化、闽南文化、客家文化和朱子文化、妈祖文化、海丝文化等创造性转化、创新性发展", "朱子", False),
    ("实施黄河、大运河、齐长城沿线非遗保护计划，促进齐鲁文化基因解码与标识活化利用。", "齐鲁", False),
    # A name before other words keeps its PERSON (dev pt-85109: a contact line).
    ("省宣教中心联系人：刘方、黄景晗，联系电话", "黄景晗", True),
])
def test_a_model_name_qualifying_culture_is_no_person(text, span, kept):
    start = text.index(span)
    m = Mention("PERSON", start, start + len(span), "model", {}, priority=1)
    assert (drop_unnamed(text, [m]) == [m]) is kept


@pytest.mark.parametrize("text", [
    # Form field labels of a service guide (深圳经济特区居住登记申请表填表说明, pages corpus).
    "申报非深户籍人员“入住”信息时，除“在深户主姓名”、“户主证件号码”、“与户主关系”、“紧急联系电话”四栏选填外，其余为必填项。",
    "申报义务人为单位时，在“申报义务人”栏盖单位章，具体承办人在“承办人”栏签名。申报义务人为个人时，在“申报义务人”栏签名即可。",
    # A county civil affairs flow chart (m.zhuangpeitu.com/article/39239985.html).
    "申请人提出筹备申请，送交县民政局社会事务股（20个工作日）提交局务会作出批准或不批准筹备决定（10个工作日）",
    # 由/经/向 before a body (Yantian district guide, wap.vmaya.com sn9552716127267999403).
    "如因信息不准确而造成发放不成功的，由区人力资源局核实补充信息后发放。",
])
def test_service_guides_name_no_person(text):
    assert [e.text for e in extract(text).entities if e.label == "PERSON"] == []
