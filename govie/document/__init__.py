"""The document's own record: one authority for every field of ``result.meta``.

``read_head`` runs before the taggers (reference date, period, issuer, jurisdiction: what
the taggers and the linker need; the portal block and page chrome of a web page);
``read_record`` runs after linking (title, number, issuers, signature date, validity,
addressees). Issuers are registry names, read through the one
linker, so ``issuer``, ``doc_issuer`` and activity agents name a body the same way.
"""

from __future__ import annotations

import datetime as dt
from govie.text import recached as re
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any

from govie.document.head import division_of_body, infer_meta, issuer_division
from govie.document.portal import Portal, read_portal
from govie.document.record import document_summary, other_place, own_title_span
from govie.kb.divisions import NATIONAL
from govie.link import Linker
from govie.taggers.docno import docno_division as _prefix_division, iter_docnos
from govie.taggers.titles import doc_type_of
from govie.text.layout import HEAD_CHARS
from govie.types import Context, Mention

__all__ = ["DocumentHead", "read_head", "read_record", "own_docno_division", "own_docno_issuer"]


@dataclass
class DocumentHead:
    meta: dict[str, Any]
    reference: dt.date | None
    period: tuple[dt.date, dt.date] | None
    link_jurisdiction: str | None  # a six-digit division code, never a name
    own_title: tuple[int, int] | None  # the lines of the document's own title (clean text)
    portal: Portal | None = None  # the page's metadata block and chrome (clean text)
    # The record as read from the page's own lines to find the reference date: read_record
    # reads the same lines after the taggers, so it takes this one rather than read it again.
    page_record: dict[str, Any] | None = None


def read_head(clean: str, *, head_depts: list[Mention], reference_date: dt.date | None,
              jurisdiction: str | None, linker: Linker,
              docno_division: Callable[[str], str | None] | None = None,
              original: str | None = None) -> DocumentHead:
    """``docno_division``: the division code a document number's prefix names, if any;
    ``original``: the page's lines, which the record is read from (as ``read_record`` reads it)."""
    record_date = page_record = None
    if reference_date is None:
        # The reference date is the record's doc_date where it has one: read the same way as
        # read_record reads it after the taggers, so that the two agree.
        source = original if original is not None else clean
        summary = document_summary(source, [], read_portal(source))
        if original is not None:
            page_record = summary
        found = summary.get("doc_date")
        record_date = dt.date.fromisoformat(found) if found else None
    meta = infer_meta(clean, head_depts=head_depts, reference_date=reference_date, jurisdiction=jurisdiction,
                      linker=linker, docno_division=docno_division or own_docno_division, record_date=record_date)
    reference, period = meta.pop("_reference"), meta.pop("_period")
    division = meta.pop("_division")
    if jurisdiction is None and meta["jurisdiction_source"] in (None, "text"):
        # A title with a bare level (市人民政府办公厅关于印发…) and the issuer signed at the end,
        # past the head: the signature names the division that read_record reports, so the
        # linker reads 市人民政府 there too (else meta says 武汉市 and every 市… links null).
        # Where the places counted in the text found a division, the signature only narrows it
        # (湖北省 -> 武汉市); where they found none, the signature's division is taken as it is.
        signed = _signed_division(clean, linker)
        if signed and (division is None or division in linker.divisions.ancestry(signed)):
            division = signed
    # Inside the pipeline a jurisdiction is the division's code; the country is None.
    link_jur = None if division in (None, NATIONAL) else division
    if meta["issuer"] and not _named_former(clean, head_depts, meta["issuer"]):
        meta["issuer"] = _canonical(meta["issuer"], linker, link_jur, reference)
    portal = read_portal(clean)
    return DocumentHead(meta, reference, period, link_jur, own_title_span(clean, portal.skip_lines()), portal,
                        page_record)


def read_record(clean: str, mentions: list[Mention], linker: Linker, ctx: Context,
                original: str | None = None, ctx_jurisdiction_source: str | None = None,
                page_record: dict[str, Any] | None = None) -> dict[str, Any]:
    """title, docno, doc_issuers, doc_issuer, doc_date, effective, expires, addressees.

    The record is read from the ``original`` text when given: its lines are the page's
    (clean text joins wrapped lines, and with them a title and the addressees below it).
    ``page_record``: that record already read (``DocumentHead.page_record``)."""
    if page_record is not None:
        record = dict(page_record)
    elif original is not None:
        record = document_summary(original, [], read_portal(original))
    else:
        record = document_summary(clean, mentions)
    # A notice that hands out a work report's tasks (现将《2025年县<政府工作报告>任务分解》…印发给你们, signed
    # 沁县人民政府办公室 2025年5月18日: probe date43p) speaks of the report but is a policy document: it is sent
    # to bodies and signed by one, where a report is delivered to 各位代表 and signed by none.
    sent = bool(record["doc_issuer"] and record["addressees"] and not record["addressees"].startswith("各位"))
    if ctx.report is not None and not record["docno"] and not sent and doc_type_of(record["title"] or "报告") == "报告":
        # A work report is no policy document: the record's fields (title, number, issuers,
        # signature date, validity, addressees) are a policy's (guide v2, "Document metadata");
        # its date is its reference date, and 各位代表 are the deputies it is delivered to.
        record.update(title=None, doc_issuer=None, doc_date=None, effective=None, expires=None, addressees=None)
    found = record.pop("doc_issuer")
    names = found if isinstance(found, list) else [found] if found else []
    issuers: list[str] = []
    linked = _linked_mentions(clean, mentions)
    for name in names:
        canonical = _canonical(name, linker, ctx.jurisdiction, ctx.reference_date, linked)
        if canonical not in issuers:
            issuers.append(canonical)
    record["doc_issuers"] = issuers
    record["doc_issuer"] = issuers[0] if issuers else None
    if issuers and (record["title"] or record["docno"] or record["addressees"] or record["doc_date"]):
        # A policy document's issuer is the body that issues it, read from its record
        # (title, number, signature), not the first body its masthead happens to name;
        # its jurisdiction follows (a State Council notice naming pilot cities is 国家).
        if issuers[0] != ctx.issuer:
            record["issuer"] = issuers[0]
            record["issuer_source"] = "record"
        if ctx_jurisdiction_source != "argument":
            code, _ = issuer_division(issuers[0], clean, linker.divisions, linker)
            if code:
                record["jurisdiction"] = linker.divisions.province_name(code)
                record["jurisdiction_source"] = "issuer"
                record["division"] = linker.divisions.info(code)
    return record


def own_docno_issuer(clean: str, mentions: list[Mention], record: dict[str, Any]) -> None:
    """The document's own number whose prefix names no known body (湖卫健发〔2023〕1号 of 湖州市卫生健康委员会)
    is its issuer's where its title opens with that issuer (湖州市卫生健康委关于印发…): the DOCNO mention of that
    number takes the record's first issuer. A number the document cites keeps what its prefix says, and so does
    one whose issuer only the masthead suggests (政府令〔2010〕第15号 under two governments' names); the own
    number whose prefix the record found another division's names no body."""
    own, issuer, title = record.get("docno"), record.get("doc_issuer"), str(record.get("title") or "")
    if not own or not issuer:
        return
    own = "".join(str(own).split())
    numbers = [m for m in mentions if m.label == "DOCNO" and "".join(clean[m.start : m.end].split()) == own]
    for m in numbers:
        if m.attrs.get("issuer") and other_place(issuer, m.attrs["issuer"]):
            # The record found the prefix another division's (长政办发 signed 县人民政府办公室): the
            # number names no body, rather than the one its prefix was read as.
            m.attrs["issuer"] = m.attrs["division"] = None
    if not any(title.startswith(name) and canonical == issuer for name, canonical in _linked_mentions(clean, mentions).items()):
        return
    for m in numbers:
        if not m.attrs.get("issuer"):
            m.attrs["issuer"] = issuer


def _signed_division(clean: str, linker: Linker) -> str | None:
    """The non-central division of the document's own issuer as its record names it. The record
    is read here from the clean text without mentions, before the taggers run; read_record reads
    it again after them (from the original text, or with the mentions), so the two reads are not
    the same call and are not shared."""
    found = document_summary(clean, []).get("doc_issuer")
    name = found[0] if isinstance(found, list) and found else found
    if not isinstance(name, str) or not name:
        return None
    code = division_of_body(name, linker.divisions, linker)
    return code if code and code != NATIONAL else None


def own_docno_division(clean: str) -> str | None:
    """The division a document's own number names by its prefix (穗天… -> 广州市天河区): a number
    standing on a line of its own in the head; a number inside a sentence is a citation."""
    for line in clean[:HEAD_CHARS].split("\n"):
        line = line.strip()
        for start, end, code, _year, _serial in iter_docnos(line):
            if start == 0 and end == len(line):
                return _prefix_division(code)
    return None


# An issuer named by its bare level (区人民政府办公室关于印发…, 市人民政府办公厅关于…): the document's own.
_BARE_LEVEL = re.compile("[省市区县州盟旗](?!场|级|直|属)[\u4e00-\u9fff]")


def _named_former(clean: str, head_depts: list[Mention], issuer: str) -> bool:
    """Whether the issuer was read from a body named as former (2017年，原环境保护部…: the linker gave the
    former body, which the text names; linking the bare name on a later date would give its successor)."""
    return any(m.attrs.get("canonical") == issuer and m.start and clean[m.start - 1] == "原" for m in head_depts)


def _linked_mentions(clean: str, mentions: list[Mention]) -> dict[str, str]:
    """The canonical name each DEPT of the text was linked to, by the name as written."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.label == "DEPT" and m.attrs.get("canonical"):
            out.setdefault(clean[m.start : m.end], m.attrs["canonical"])
    return out


def _canonical(name: str, linker: Linker, jurisdiction: str | None, date: dt.date | None,
               linked: dict[str, str] | None = None) -> str:
    """The registry's name of a body, or the name as read when the registry has no match; a body
    named by its bare level takes the document's division (the name the linker derives for it)."""
    link = linker.link(name, jurisdiction=jurisdiction, date=date)
    if link.canonical and link.agency_id and not link.derived:
        return link.canonical
    if link.canonical and link.derived and linked and linked.get(name) == link.canonical \
            and link.canonical.startswith(name[:3]):
        # A body with its place in full under a short name no registry lists (湖州市卫生健康委关于印发…,
        # 湖卫健发〔2023〕1号): the record takes the full name the DEPT mention of the same words was given
        # (湖州市卫生健康委员会), so that meta and entities name one body.
        return link.canonical
    if link.canonical and link.derived and jurisdiction and _BARE_LEVEL.match(name):
        return link.canonical
    if link.canonical and link.derived and link.canonical == _PARTY_SHORT.sub(r"\1委员会", name, count=1):
        # A party committee's department under the committee's short name (中共成都市委社会工作部, a
        # joint notice's issuer 2024: probe meta32): the canonical writes 委员会 out, as the DEPT has it.
        return link.canonical
    if link.canonical and link.derived and link.canonical != name and link.canonical.endswith(name):
        # A district's body named without its city (云岩区人民政府办公室): the canonical only adds
        # the city, as the DEPT mention of the same name has it (贵阳市云岩区人民政府办公室).
        return link.canonical
    m = _PROVINCE_FIRST.match(name)
    if m and len(name) > m.end() + 2:
        # A city's body under its province's name (福建省厦门市人民政府, 辽宁省大连市人大常委会: the issuer
        # line of law sites): the city's body, when it lies in that province.
        inner = linker.link(name[m.end():], jurisdiction=None, date=date)
        province = linker.divisions.resolve(m.group())
        if inner.canonical and province:
            code = division_of_body(inner.canonical, linker.divisions, linker)
            if code and code != province and linker.divisions.is_under(code, province):
                return inner.canonical
    return name


_PARTY_SHORT = re.compile(r"^(中共[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|盟|旗|自治区|自治州|自治县))委(?!员会)")
_PROVINCE_FIRST = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,9}?自治区)")
