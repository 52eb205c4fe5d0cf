"""speed22: the faster forms of a few whole-text scans give the same answers as the slow ones."""

from __future__ import annotations

import re

from govie.taggers.dates import _dateline_days
from govie.taggers.entities import _BYLINE_OPEN, _CODED_ROUTE, _GROUP_COUNT, _tibetan_name
from govie.taggers.titles import is_issuer_line, is_organ, split_issuers
from govie.text.guide import _LABEL, is_guide
from govie.text.segment import shared_words


def _slow_issuer_line(line: str) -> bool:
    parts = split_issuers(line)
    return bool(parts) and all(is_organ(p) for p in parts)


def test_issuer_line_as_split():
    lines = ["国务院办公厅", "生态环境部、发展改革委", "国务院中央军委", "财政部 税务总局", "",
             "、，", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "省政府办公厅和省发展改革委",
             "现将《关于加强管理的意见》印发给你们，请认真贯彻执行。"]
    for line in lines:
        assert is_issuer_line(line) == _slow_issuer_line(line), line


def test_shared_words_new_list():
    a = shared_words("国务院办公厅印发通知")
    a.append("x")
    assert shared_words("国务院办公厅印发通知")[-1] != "x"


def _old(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def test_guarded_patterns_same_matches():
    # the guard or the reordered lookbehind changes no match (patterns as they were before speed22)
    cjk = r"\u3400-\u4dbf\u4e00-\u9fff"
    text = ("（本报记者张三）据新华社北京3月5日电(李四) 会议。（王五）\nG60沪昆高速杭州至金华段、S2沪芦高速等3名同志，"
            "张三等12名代表；扎西多吉和次仁拉姆出席。AG60至B段")
    old_group = _old(f"等[0-9零〇一二三四五六七八九十百千两]+(?:名|位|人)|(?<=[{cjk}])[0-9一二三四五六七八九十]+名同志")
    old_route = _old(_CODED_ROUTE.pattern.replace("[GS](?<![A-Za-z0-9][GS])", "(?<![A-Za-z0-9])[GS]", 1))
    for new, old in ((_GROUP_COUNT, old_group), (_CODED_ROUTE, old_route)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert [m.span() for m in _BYLINE_OPEN.finditer(text)]
    assert [m.group() for m in _tibetan_name().finditer(text)] == ["扎西多吉", "次仁拉姆"]


def test_guide_label_guard():
    text = "一、办理时限：5个工作日\n二、申请材料：身份证\n办理地点为市政务服务中心"
    assert {m.lastgroup for m in _LABEL.finditer(text)} == {"h0", "h4", "c2"}
    assert is_guide(text)


def test_no_dateline_no_lead_day():
    # without 日电/日讯's dateline a bare 5日 is no dateline's day (the scan is skipped)
    assert _dateline_days("会议在北京召开。5日，各地开展检查。", []) == []
