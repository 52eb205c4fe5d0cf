"""PERSON in rosters of leading groups (probe person39p): a label that lost its first character, a firm's
head glued to the firm in a roster row, and a rare surname in a commendation list's row."""

from __future__ import annotations

import govie
from govie.taggers.entities import tag_persons
from govie.text.normalize import normalize
from govie.types import Context


def _persons(sentence: str) -> list[str]:
    norm = normalize(sentence)
    spans = sorted({(m.start, m.end) for m in tag_persons(norm.text, Context(source=norm))})
    return [sentence[slice(*norm.to_original(s, e))] for s, e in spans]


def test_label_without_its_first_character():
    # 丹东边境经济合作区 2017 (http://www.dbecz.gov.cn/html/60/20178/459f9394f0bcd67a08a322b56db20dd3.html):
    # "组  长" lost 组 on the page.
    text = ("二、组成人员\n\n  长:许黎明  管委会常务副主任\n\n副组长:李德钢  管委会办公室负责人\n\n"
            "        赵明侠  公共行政服务中心副主任\n\n        罗文新  区财政局负责人\n")
    assert _persons(text) == ["许黎明", "李德钢", "赵明侠", "罗文新"]


def test_a_word_ending_in_chang_is_no_label():
    # A line opening with a word ending in 长 before a colon is no lost label: no name after 局长.
    assert _persons("局长:负责全面工作\n") == []


def test_firm_head_glued_to_the_firm():
    # 粤办函〔2021〕299号 (https://0798ci.com/policy/199286.html), last row of 成员.
    text = ("二、组成人员\n成 员:张 勇广州市委常委、常务副市长\n张宜生珠海市副市长\n李腾飞省地方金融监管局副局长\n"
            "罗蒲清省海洋综合执法总队副总队长\n温文星广东恒健投资控股有限公司董事长\n三、工作机制\n")
    result = govie.extract(text)
    people = [e.text for e in result.entities if e.label == "PERSON"]
    orgs = [e.text for e in result.entities if e.label == "ORG"]
    assert "温文星" in people
    assert "广东恒健投资控股有限公司" in orgs
    assert not any(o.startswith("温文星") for o in orgs)


def test_firm_line_without_a_post_keeps_its_name():
    # No post closes the line: the firm's name is not cut (a coined name may open with a surname).
    result = govie.extract("参建单位:\n温文星广东恒健投资控股有限公司\n")
    assert not any(e.label == "PERSON" for e in result.entities)


def test_rare_surname_in_a_commendation_row():
    # Rows of a commendation list (dev pt-208869, 安徽 农技推广): 郏 and 沐 are no surnames of the list.
    text = ("3．亳州市（9名）\n孙永峰  亳州市农业委员会\n吴火权  谯城区人民政府\n樊洪金  谯城区农业技术推广中心\n"
            "郏云生  蒙城县农业技术推广中心\n黄廷杰  蒙城县农机化服务站\n")
    assert "郏云生" in _persons(text)
    assert len(_persons(text)) == 5
