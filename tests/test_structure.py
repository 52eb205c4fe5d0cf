"""Segmentation of reports into masthead, headings, items, sentences and distribution lists."""

from __future__ import annotations

import time

import pytest

from .timing import best_time

from govie.text.normalize import normalize
from govie.text.layout import segment

from .corpus_utils import work_reports_2026


@pytest.fixture(scope="module")
def dev_structure(dev_text):
    clean = normalize(dev_text).text
    return clean, segment(clean)


def _block_starting(st, clean, prefix):
    for i, b in enumerate(st.blocks):
        if clean[b.start : b.end].startswith(prefix):
            return i, b
    raise AssertionError(prefix)


def test_masthead_lines(dev_structure):
    clean, st = dev_structure
    kinds = [b.kind for b in st.blocks[:4]]
    assert kinds == ["masthead"] * 4
    assert st.blocks[4].kind == "heading"


def test_heading_levels_and_sections(dev_structure):
    clean, st = dev_structure
    i, top = _block_starting(st, clean, "三、窗口工作动态")
    assert (top.kind, top.level) == ("heading", 1)
    j, sub = _block_starting(st, clean, "（一）优化营商环境工作开展情况")
    assert (sub.kind, sub.level, sub.parent) == ("heading", 2, i)
    k, item = _block_starting(st, clean, "1.5月4日，省市场监管局召开")
    assert (item.kind, item.level, item.item) == ("item", 3, k)
    assert st.section(k) == [i, j]


def test_item_label_before_a_date(dev_structure):
    clean, st = dev_structure
    _, item = _block_starting(st, clean, "2.5月11日，水利厅行政审批处")
    # "2." is the label; the body starts with the item's date.
    assert clean[item.body :].startswith("5月11日")


def test_numbered_line_with_heading_sentence(dev_structure):
    clean, st = dev_structure
    i, b = _block_starting(st, clean, "（一）按时到岗情况。总体情况良好。")
    assert b.kind == "item"
    assert st.heading_text(b) == "按时到岗情况"
    sents = [(clean[s.start : s.end], s.title) for s in st.sentences if s.block == i]
    assert sents == [("按时到岗情况。", True), ("总体情况良好。", False)]


def test_distribution_lists_and_print_note(dev_structure):
    clean, st = dev_structure
    tail = [(b.kind, clean[b.start : b.end]) for b in st.blocks[-4:]]
    assert tail == [
        ("distribution", "报：中心领导。"),
        ("distribution", "送：各相关省级部门（单位），中心各处（室）、直属单位。"),
        ("distribution", "发：各部门窗口。"),
        ("footer", "（共印94份）"),
    ]
    # Lists have no sentences: nothing in them can become an activity.
    listed = {i for i, b in enumerate(st.blocks) if b.kind in ("distribution", "footer")}
    assert not any(s.block in listed for s in st.sentences)


def test_sentences_split_on_full_stops_and_semicolons(dev_structure):
    clean, st = dev_structure
    i, _ = _block_starting(st, clean, "本周，共计咨询")
    sents = [clean[s.start : s.end] for s in st.sentences if s.block == i]
    assert len(sents) == 2
    assert sents[0].endswith("流转7229件；")
    assert sents[1].startswith("今年以来")


def test_work_report_headings():
    name, text = next((n, t) for n, t in work_reports_2026() if "上海市" in n)
    clean = normalize(text).text
    st = segment(clean)
    level1 = [st.heading_text(b) for b in st.blocks if b.kind == "heading" and b.level == 1]
    assert level1[0] == "2025年工作回顾"
    assert "2026年主要任务" in level1
    level2 = [st.heading_text(b) for b in st.blocks if b.kind == "heading" and b.level == 2]
    assert "全力促进经济平稳健康发展" in level2


def test_paragraph_after_distribution_list_is_text_again():
    text = "报：中心领导。\n发：各部门窗口。\n5月4日，省市场监管局召开全省食品生产经营许可备案难点专题研讨座谈会，各参会代表围绕有关条款进行深入交流。"
    st = segment(text)
    assert [b.kind for b in st.blocks] == ["distribution", "distribution", "paragraph"]


def test_segmentation_is_linear(dev_text):
    clean = normalize(dev_text).text
    small = "\n".join([clean] * 20)
    big = "\n".join([clean] * 160)
    st = segment(big)
    assert len(st.blocks) > 160 * 40
    # 8x the text may take at most ~20x the time (noise on shared machines).
    assert best_time(segment, big) < 20 * max(best_time(segment, small), 0.005)


def test_items_run_together_are_split():
    # The dev report's items as web pages print them: without line breaks.
    text = (
        "1.5月4日，省市场监管局召开全省食品生产经营许可备案难点专题研讨座谈会。"
        "2.5月11日，水利厅行政审批处组织调研组赴绵阳江油开展政务服务专题调研。"
        "3.5月12日，自然资源厅将省重点项目纳入省政务服务中心“重大项目服务专区”运行，增长2.5%。"
    )
    st = segment(text)
    assert [(b.kind, b.level) for b in st.blocks] == [("item", 3)] * 3
    assert [text[b.body : b.body + 6] for b in st.blocks] == ["5月4日，省", "5月11日，", "5月12日，"]
