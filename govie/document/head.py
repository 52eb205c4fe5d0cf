"""Document metadata: reference date, reporting period, issuer, jurisdiction."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from govie.kb.divisions import places, province_of
from govie.text.layout import HEAD_CHARS as _HEAD_CHARS
from govie.text.numerals import FULL_DATE, full_date

__all__ = ["infer_meta"]

# A full date not followed by a range dash (the start of 5月4日—5月12日 is no reference date).
_FULL_DATE = re.compile(FULL_DATE.pattern + r"(?!\s*[—\-–~～至到])")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_PERIOD_LINE = re.compile(r"^[（(]([^（）()\n]{4,40})[）)]$", re.M)
_WORK_REPORT = re.compile(r"(?:\d{4}年)?(?P<place>[\u4e00-\u9fff]{2,12}?)(?:人民)?政府工作报告")
_CONGRESS = re.compile(r"在(?P<place>[\u4e00-\u9fff]{0,10}?)第[一二三四五六七八九十]+届\s*(?:全国)?\s*人民代表大会")


def _date_of(m: re.Match[str]) -> dt.date | None:
    return _plausible(full_date(m))


def _plausible(d: dt.date | None) -> dt.date | None:
    """A reference date read from the text has a year the DATE tagger knows (1500-2199)."""
    return d if d is not None and 1500 <= d.year <= 2199 else None


def _find_reference(clean: str) -> tuple[dt.date | None, str | None]:
    head = clean[:_HEAD_CHARS]
    for m in _FULL_DATE.finditer(head):
        d = _date_of(m)
        if d:
            return d, "masthead"
    m2 = _ISO_DATE.search(head)
    if m2:
        try:
            d = _plausible(dt.date(*map(int, m2.groups())))
            if d:
                return d, "masthead"
        except ValueError:
            pass
    tail = clean[-300:]
    found = [d for d in (_date_of(m) for m in _FULL_DATE.finditer(tail)) if d]
    if found:
        return found[-1], "signature"
    return None, None


def _find_period(clean: str, reference: dt.date | None) -> tuple[tuple[dt.date, dt.date] | None, str | None]:
    from govie.timex import resolve  # the resolver is the one authority on date values

    for m in _PERIOD_LINE.finditer(clean[:_HEAD_CHARS]):
        value = resolve(m.group(1), reference=reference).value
        if value and "/" in value:
            a, b = value.split("/")
            try:
                return (dt.date.fromisoformat(a), dt.date.fromisoformat(b)), "masthead"
            except ValueError:
                continue
    return None, None


def _government_of(place: str) -> str | None:
    """人民政府 of a province or city named in full or short ("贵州省", "北京", "成都市")."""
    short = place.removesuffix("市").removesuffix("省")
    for level in ("province", "city"):
        for p in places():
            if p.level == level and short and (p.name == place or p.short == short):
                return p.name + "人民政府"
    return None


def _find_issuer(clean: str, head_depts: list[Any]) -> tuple[str | None, str | None]:
    head = clean[:_HEAD_CHARS]
    # The report's title names its government ("2026年北京市政府工作报告"); a
    # report is delivered "在X第N届人民代表大会…上" by that place's government.
    for pattern in (_WORK_REPORT, _CONGRESS):
        m = pattern.search(head)
        if not m:
            continue
        if m.group("place") in {"", "全国", "国务院", "中华人民共和国国务院"}:
            return "国务院", "title"
        gov = _government_of(m.group("place"))
        if gov:
            return gov, "title"
    # Otherwise the body named in the masthead: the first lines only, since
    # bodies named later are the report's subjects, not its author.
    masthead_end = _nth_line_end(clean, 4)
    for mention in head_depts:
        canonical = mention.attrs.get("canonical")
        if canonical and mention.start < masthead_end:
            return canonical, "masthead"
    return None, None


def _nth_line_end(text: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return len(text)
    return pos


def _find_jurisdiction(clean: str, issuer: str | None) -> tuple[str | None, str | None]:
    if issuer:
        prov = province_of(issuer)
        if prov:
            return prov, "issuer"
    counts: Counter[str] = Counter()
    head = clean[:3000]
    for p in places():
        if p.level == "province":
            # Short names count too: reports say 四川 and 贵州 more often than 四川省.
            short = p.short if len(p.short) >= 2 else p.name
            counts[p.name] += head.count(short)
    if counts and counts.most_common(1)[0][1] > 0:
        return counts.most_common(1)[0][0], "text"
    return None, None


def infer_meta(
    clean: str,
    *,
    head_depts: list[Any],
    reference_date: dt.date | None = None,
    jurisdiction: str | None = None,
) -> dict[str, Any]:
    """Work out the document's metadata; explicit arguments win over the text."""
    meta: dict[str, Any] = {}
    ref: dt.date | None
    ref_src: str | None
    jur: str | None
    jur_src: str | None
    if reference_date is not None:
        ref, ref_src = reference_date, "argument"
    else:
        ref, ref_src = _find_reference(clean)
    period, period_src = _find_period(clean, ref)
    issuer, issuer_src = _find_issuer(clean, head_depts)
    if jurisdiction is not None:
        jur, jur_src = jurisdiction, "argument"
    else:
        jur, jur_src = _find_jurisdiction(clean, issuer)
    meta["reference_date"] = ref.isoformat() if ref else None
    meta["reference_date_source"] = ref_src
    meta["period"] = f"{period[0].isoformat()}/{period[1].isoformat()}" if period else None
    meta["period_source"] = period_src
    meta["issuer"] = issuer
    meta["issuer_source"] = issuer_src
    meta["jurisdiction"] = jur
    meta["jurisdiction_source"] = jur_src
    meta["_period"] = period
    meta["_reference"] = ref
    return meta
