"""DOCNO: document numbers (发文字号) such as 国发〔2019〕5号 and 川办函〔2022〕7号."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from govie.taggers import PRIORITY
from govie.types import Context, Mention

__all__ = ["tag_docnos", "parse_docno", "code_issuer", "iter_docnos"]

SOURCE = "rules.docno"
# Longest issuer code kept; the CJK run before the bracket may hold running text.
MAX_CODE = 10

# The year and serial part, found first: a scan for it never backtracks over CJK text.
_TAIL = re.compile(
    r"[〔\[［【（(]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】）)]\s*(?:第\s*)?(?P<serial>\d{1,5})\s*号"
)
# One-character abbreviations that open provincial codes.
_PROVINCE_ABBR = set("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵云滇藏陕秦甘陇青宁新")
# Words of running text that may stand right before a code ("根据国发…").
_LEAD = re.compile(r"^(?:根据|依据|按照|参照|对照|遵照|贯彻|落实|执行|印发|转发|见|即|和|及|与|或|的|是|为|以|按|据|照|文件|号文)+")


@lru_cache(maxsize=1)
def _codes() -> tuple[dict[str, str], dict[str, str]]:
    """(exact codes, prefix codes) -> canonical issuer, from data/docno_codes.csv."""
    path = resources.files("govie") / "data" / "docno_codes.csv"
    exact: dict[str, str] = {}
    prefix: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            table = prefix if row["match"] == "prefix" else exact
            table[row["code"]] = row["issuer"]
    return exact, prefix


@lru_cache(maxsize=4096)
def code_issuer(code: str) -> str | None:
    """Canonical issuer of an issuer code: exact entry, else the longest prefix entry."""
    exact, prefix = _codes()
    if code in exact:
        return exact[code]
    for n in range(len(code), 0, -1):
        if code[:n] in prefix:
            return prefix[code[:n]]
    return None


def _known(code: str) -> bool:
    """A code in the table; prefix entries bound the length (财 + bureau, not 审议通过财税)."""
    exact, prefix = _codes()
    if code in exact:
        return True
    for n in range(min(len(code), MAX_CODE), 0, -1):
        if code[:n] in prefix:
            return len(code) <= (5 if n == 1 else n + 5)
    return False


@lru_cache(maxsize=4096)
def _pick_code(run: str) -> str:
    """The issuer code at the end of a CJK run: the longest known suffix, else trimmed text."""
    run = run[-MAX_CODE * 2 :]
    exact, prefix = _codes()
    for i in range(len(run)):
        cand = run[i:]
        if len(cand) <= MAX_CODE and _known(cand):
            # A province's department writes its abbreviation before a ministry-like
            # code (川发改, 京财): keep it, the code is then the province's own.
            if i > 0 and run[i - 1] in _PROVINCE_ABBR and cand not in exact and len(cand) < MAX_CODE:
                return run[i - 1 :]
            # A prefix code must not start inside running text: 据财税 is 财税.
            return cand
    trimmed = _LEAD.sub("", run[-MAX_CODE:])
    return trimmed or run[-MAX_CODE:]


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def iter_docnos(text: str):
    """(start, end, code, year, serial) of each document number, left to right."""
    for m in _TAIL.finditer(text):
        i = m.start()
        while i > 0 and text[i - 1] in " \t\u3000":
            i -= 1
        j = i
        while j > 0 and i - j < 20 and _is_cjk(text[j - 1]):
            j -= 1
        if j == i:
            continue
        code = _pick_code(text[j:i])
        yield i - len(code), m.end(), code, int(m.group("year")), int(m.group("serial"))


def parse_docno(s: str) -> dict[str, Any] | None:
    """code, issuer, year and serial of a document number, or None."""
    for _, _, code, year, serial in iter_docnos(s):
        return {"code": code, "issuer": code_issuer(code), "year": year, "serial": serial}
    return None


def tag_docnos(text: str, ctx: Context | None = None) -> list[Mention]:
    """DOCNO mentions in clean text."""
    out: list[Mention] = []
    for start, end, code, year, serial in iter_docnos(text):
        attrs = {"code": code, "issuer": code_issuer(code), "year": year, "serial": serial}
        out.append(Mention("DOCNO", start, end, SOURCE, attrs, PRIORITY[SOURCE]))
    return out
