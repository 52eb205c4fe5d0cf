"""The document's own record: one authority for every field of ``result.meta``.

``read_head`` runs before the taggers (reference date, period, issuer, jurisdiction: what
the taggers and the linker need; the portal block and page chrome of a web page);
``read_record`` runs after linking (title, number, issuers, signature date, validity,
addressees). Issuers are registry names, read through the one
linker, so ``issuer``, ``doc_issuer`` and activity agents name a body the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from govie.document.head import infer_meta
from govie.kb.divisions import province_of
from govie.document.portal import Portal, read_portal
from govie.document.record import document_summary, own_title_span
from govie.link import Linker
from govie.types import Context, Mention

__all__ = ["DocumentHead", "read_head", "read_record"]


@dataclass
class DocumentHead:
    meta: dict[str, Any]
    reference: dt.date | None
    period: tuple[dt.date, dt.date] | None
    link_jurisdiction: str | None  # a six-digit division code, never a name
    own_title: tuple[int, int] | None  # the lines of the document's own title (clean text)
    portal: Portal | None = None  # the page's metadata block and chrome (clean text)


def read_head(clean: str, *, head_depts: list[Mention], reference_date: dt.date | None,
              jurisdiction: str | None, linker: Linker) -> DocumentHead:
    meta = infer_meta(clean, head_depts=head_depts, reference_date=reference_date, jurisdiction=jurisdiction)
    reference, period = meta.pop("_reference"), meta.pop("_period")
    if meta["issuer"]:
        meta["issuer"] = _canonical(meta["issuer"], linker, meta.get("jurisdiction"), reference)
    portal = read_portal(clean)
    return DocumentHead(meta, reference, period, _link_jurisdiction(meta, linker),
                        own_title_span(clean, portal.skip_lines()), portal)


def read_record(clean: str, mentions: list[Mention], linker: Linker, ctx: Context,
                original: str | None = None, ctx_jurisdiction_source: str | None = None) -> dict[str, Any]:
    """title, docno, doc_issuers, doc_issuer, doc_date, effective, expires, addressees.

    The record is read from the ``original`` text when given: its lines are the page's
    (clean text joins wrapped lines, and with them a title and the addressees below it)."""
    if original is not None:
        record = document_summary(original, [], read_portal(original))
    else:
        record = document_summary(clean, mentions)
    found = record.pop("doc_issuer")
    names = found if isinstance(found, list) else [found] if found else []
    issuers: list[str] = []
    for name in names:
        canonical = _canonical(name, linker, ctx.jurisdiction, ctx.reference_date)
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
            jurisdiction = _jurisdiction_of(issuers[0], linker)
            if jurisdiction:
                record["jurisdiction"] = jurisdiction
                record["jurisdiction_source"] = "issuer"
    return record


def _jurisdiction_of(issuer: str, linker: Linker) -> str | None:
    """国家 for a central body, else the province of a registry body or of the name."""
    # An office is where its body is: 农业农村部办公厅 is central like 农业农村部.
    parent = re.sub(r"(办公厅|办公室)$", "", issuer)
    for agency in linker.registry.by_name(issuer) or linker.registry.by_name(parent):
        if agency.level == "national":
            return "国家"
        if agency.division and agency.division[:2] + "0000" in linker.divisions.by_code:
            return linker.divisions.by_code[agency.division[:2] + "0000"].name
    return province_of(issuer)


def _canonical(name: str, linker: Linker, jurisdiction: str | None, date: dt.date | None) -> str:
    """The registry's name of a body, or the name as read when the registry has no match."""
    link = linker.link(name, jurisdiction=jurisdiction, date=date)
    return link.canonical if link.canonical and link.agency_id and not link.derived else name


def _link_jurisdiction(meta: dict[str, Any], linker: Linker) -> str | None:
    """The division code a bare 市/州/县 points to: the issuer's own division when it is below
    the province (a city bulletin's 市商务局), else the document's jurisdiction."""
    if meta.get("jurisdiction_source") != "argument" and meta.get("issuer"):
        for agency in linker.registry.by_name(meta["issuer"]):
            if agency.division and not agency.division.endswith("0000"):
                return str(agency.division)
    jurisdiction = meta.get("jurisdiction")
    return linker.divisions.resolve(jurisdiction) if jurisdiction else None
