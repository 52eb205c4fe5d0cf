"""Former divisions (data/former_divisions.tsv) on real sentences: a body of an abolished or
renamed division is one DEPT named as written under the division's name of the time (never
its successor's body); the division's name alone is a LOC."""

from __future__ import annotations

import pytest

import govie
from govie.kb.divisions import former_divisions, load_divisions


def _depts(text: str, ref: str | None = None) -> dict[str, str | None]:
    result = govie.extract(text, reference_date=ref)
    return {e.text: e.attrs.get("canonical") for e in result.entities if e.label == "DEPT"}


def _locs(text: str) -> list[str]:
    return [e.text for e in govie.extract(text).entities if e.label == "LOC"]


@pytest.mark.parametrize(("text", "span", "canonical"), [
    # CLUENER news sentences: Beijing's 崇文区/宣武区 (merged 2010), Shanghai's 卢湾区 (2011).
    ("现在，我宣布由住房和城乡建设部科学技术委员会指导，北京市崇文区人民政府支持，",
     "北京市崇文区人民政府", "北京市崇文区人民政府"),
    ("宣武区住房保障办公室相关负责人介绍，该申请人是宣武区居民",
     "宣武区住房保障办公室", "北京市宣武区住房保障办公室"),
    ("该案在上海卢湾区法院开庭，成为国内首个涉及投资外资银行理财产品亏损的案件。",
     "上海卢湾区法院", "上海市卢湾区人民法院"),
    # A 2006 Zhejiang list (policy-transparency): 绍兴县 (柯桥区 since 2013).
    ("    嵊州市民政局吴德坤\n    绍兴县民政局蔡金木\n", "绍兴县民政局", "绍兴县民政局"),
])
def test_a_former_divisions_body_is_one_dept_named_as_written(text, span, canonical):
    linked = _depts(text)
    assert linked.get(span) == canonical
    successor = {f.name: f.successor for f in former_divisions()}
    assert not any(s in canonical for name, s in successor.items() if name in span)


def test_a_former_prefectures_government_is_its_own_not_its_successors():
    # 襄樊市 (襄阳市 since 2010): its 政府 is the 人民政府 of 襄樊市; a department keeps the name
    # written (铜陵县农业局 was no 农业农村局, policy-transparency 208869).
    linked = _depts("湖北省襄樊市人民政府、襄樊市政府、铜陵县农业局", "2008-05-01")
    assert linked == {"湖北省襄樊市人民政府": "襄樊市人民政府", "襄樊市政府": "襄樊市人民政府",
                      "铜陵县农业局": "铜陵县农业局"}


@pytest.mark.parametrize(("text", "locs"), [
    # State Council titles and a 1958 work report name former divisions as places.
    ("国务院关于同意云南省撤销思茅地区设立地级思茅市的批复", ["云南省", "思茅地区", "思茅市"]),
    ("国务院关于同意内蒙古自治区撤销巴彦淖尔盟设立地级巴彦淖尔市的批复", ["内蒙古自治区", "巴彦淖尔盟", "巴彦淖尔市"]),
    ("国务院关于湖南省大庸市实行市管县体制的批复", ["湖南省大庸市"]),
    ("湖北省的孝感，四川省的郫县等十一个县", ["湖北省", "孝感", "四川省", "郫县"]),
    ("昨日，崇文区花市街道工作人员建议居民周二周三再致电询问。", ["崇文区"]),
])
def test_a_former_division_alone_is_a_place(text, locs):
    assert _locs(text) == locs


def test_a_former_name_inside_a_word_is_no_place():
    # 增城市 (增城区 since 2014) is left out of the table: 新增城市 is far more frequent.
    assert _locs("全国新增城市污水日处理能力1149万吨") == []


def test_the_table_is_dated_and_names_no_current_division_twice():
    divs = load_divisions()
    rows = former_divisions()
    assert len({f.name for f in rows}) == len(rows)
    for f in rows:
        assert 1978 <= f.end <= 2026 and f.level in ("city", "county") and f.successor
        assert f.parent in divs.by_code, f.name
    # 巢湖市 is a county-level city today: the current row links it, not the former table.
    assert "巢湖市" not in divs.former_forms and "崇文区" in divs.former_forms
