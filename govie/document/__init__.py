"""The document's own record: one authority for every field of ``result.meta``.

``read_head`` runs before the taggers (reference date, period, issuer, jurisdiction: what
the taggers and the linker need); ``read_record`` runs after linking (title, number,
issuers, signature date, addressees). Issuers are registry names, read through the one
linker, so ``issuer``, ``doc_issuer`` and activity agents name a body the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any

from govie.document.head import infer_meta
from govie.document.record import document_summary, own_title_span
from govie.kb.divisions import NATIONAL
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


def read_head(clean: str, *, head_depts: list[Mention], reference_date: dt.date | None,
              jurisdiction: str | None, linker: Linker,
              docno_division: Callable[[str], str | None] | None = None) -> DocumentHead:
    """``docno_division``: the division code a document number's prefix names, if any."""
    meta = infer_meta(clean, head_depts=head_depts, reference_date=reference_date, jurisdiction=jurisdiction,
                      linker=linker, docno_division=docno_division)
    reference, period = meta.pop("_reference"), meta.pop("_period")
    division = meta.pop("_division")
    # Inside the pipeline a jurisdiction is the division's code; the country is None.
    link_jur = None if division in (None, NATIONAL) else division
    if meta["issuer"]:
        meta["issuer"] = _canonical(meta["issuer"], linker, link_jur, reference)
    return DocumentHead(meta, reference, period, link_jur, own_title_span(clean))


def read_record(clean: str, mentions: list[Mention], linker: Linker, ctx: Context) -> dict[str, Any]:
    """title, docno, doc_issuers, doc_issuer, doc_date, addressees (clean text)."""
    record = document_summary(clean, mentions)
    found = record.pop("doc_issuer")
    names = found if isinstance(found, list) else [found] if found else []
    issuers = [_canonical(n, linker, ctx.jurisdiction, ctx.reference_date) for n in names]
    record["doc_issuers"] = issuers
    record["doc_issuer"] = issuers[0] if issuers else None
    return record


def _canonical(name: str, linker: Linker, jurisdiction: str | None, date: dt.date | None) -> str:
    """The registry's name of a body, or the name as read when the registry has no match."""
    link = linker.link(name, jurisdiction=jurisdiction, date=date)
    return link.canonical if link.canonical and link.agency_id and not link.derived else name
