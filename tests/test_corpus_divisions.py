"""Every bundled corpus, rules only: each document gets a division, every State Council work
report is national, and no DEPT is linked to a body of a division that is neither the
document's (or one of its ancestors) nor named in the mention's sentence."""

from __future__ import annotations

import functools
import re

import govie
from govie.kb.divisions import NATIONAL, load_divisions
from govie.kb.registry import default_registry

from .corpus_utils import ROOT, state_council_reports, work_reports_2026

_SENTENCE_END = re.compile("[。！？；\n]")
# Heads a derived canonical name may carry before its place (中共天河区委…, 国家税务总局广州市…).
_HEADS = re.compile("^(?:中共|中国人民政治协商会议|共青团|中华人民共和国|国家税务总局|中国人民银行|国家统计局"
                    "|国家金融监督管理总局|中国银行保险监督管理委员会)")


def _documents() -> list[tuple[str, str]]:
    docs = [(f"sc:{title}", text) for title, text in state_council_reports()]
    docs += [(f"wr:{name}", text) for name, text in work_reports_2026()]
    docs.append(("weekly", (ROOT / "weekly-report-2023-17.txt").read_text(encoding="utf-8")))
    return docs


@functools.lru_cache(maxsize=1)
def _results() -> list[tuple[str, str, govie.Extraction]]:
    return [(name, text, govie.extract(text, model=None)) for name, text in _documents()]


def _division_of(entity, divs, registry, province: str) -> str | None:
    agency = registry.get(entity.attrs["agency_id"]) if entity.attrs.get("agency_id") else None
    if agency is not None:
        return divs.effective(agency.division) if agency.division else NATIONAL
    name = _HEADS.sub("", entity.attrs["canonical"])
    found = divs.mentions(name, county_short=True)
    if not found or found[0][0] != 0:
        return None  # no place at its start: nothing to check
    codes = found[-1][2] if len(found) > 1 and found[-1][0] == found[0][1] else found[0][2]
    inside = [c for c in codes if c[:2] == province[:2]]
    return (inside or list(codes))[0]


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a mention, without the PDF's line breaks inside the mention."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    hi = _SENTENCE_END.search(text, end)
    return re.sub(r"\s+", "", text[lo:hi.start() if hi else len(text)])


def _named(divs, code: str, sentence: str) -> bool:
    d = divs.by_code.get(code)
    return d is not None and (d.name in sentence or (len(d.short) >= 2 and d.short in sentence))


def test_every_state_council_report_is_national():
    reports = [(n, r) for n, _, r in _results() if n.startswith("sc:")]
    assert len(reports) == 72
    wrong = [(n, r.meta["division"]) for n, r in reports if (r.meta["division"] or {}).get("code") != NATIONAL]
    assert wrong == []
    assert {r.meta["jurisdiction"] for _, r in reports} == {"国家"}


def test_every_corpus_document_has_a_division():
    assert [n for n, _, r in _results() if not r.meta["division"]] == []
    for name, _, r in _results():
        if name.startswith("wr:"):
            assert r.meta["division"]["name"] == name.split("_")[1], name


def test_no_dept_links_to_an_unnamed_division():
    divs, registry = load_divisions(), default_registry()
    wrong = []
    for name, text, r in _results():
        doc = r.meta["division"]["code"]
        allowed = {NATIONAL, *divs.ancestry(doc)} if doc != NATIONAL else {NATIONAL}
        for e in r.entities:
            if e.label != "DEPT" or not e.attrs.get("canonical"):
                continue
            code = _division_of(e, divs, registry, doc)
            if code is None or code in allowed or _named(divs, code, _sentence(text, e.start, e.end)):
                continue
            wrong.append((name, e.text, e.attrs["canonical"]))
    assert wrong == []
