"""The govie engine and its spaCy components.

``analyze()`` is the engine: normalize, infer metadata, run the taggers, keep
one span per position, link, find activities, map back to the input.
``load()`` wraps it as a spaCy ``Language`` whose tokenizer is segmentation
with the agency dictionary and whose ``govie_extractor`` component
(``govie.spacy_component``) sets ``doc.ents`` and ``doc._.extraction``. spaCy
is imported only by ``load()`` and the model, which keeps ``import govie`` light.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from bisect import bisect_left
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from spacy.language import Language

from .activities import find_activities
from .errors import check_text
from .extraction import Activity, Entity, Extraction
from .meta import infer_meta, parse_date_arg
from .normalize import NormalizedText, normalize
from .spans import Context, Mention, resolve_overlaps

__all__ = ["analyze", "load", "Tagger", "RULE_TAGGERS"]

Tagger = Callable[[str, Context], list[Mention]]


def _rule_taggers() -> list[Tagger]:
    from .taggers.dates import tag_dates
    from .taggers.dept import tag_depts
    from .taggers.docno import tag_docnos
    from .taggers.entities import tag_locs, tag_orgs, tag_persons
    from .taggers.metrics import tag_metrics
    from .taggers.titles import tag_titles

    return [tag_titles, tag_docnos, tag_dates, tag_depts, tag_metrics, tag_orgs, tag_persons, tag_locs]


RULE_TAGGERS: list[Tagger] = []
# Lazy set-up may be reached by several threads at once (the first calls of a
# thread pool): without the lock each of them appended the taggers again.
_INIT_LOCK = threading.RLock()
_HEAD = 600
_SENT_BREAK = re.compile("[。\n]")
_BARE_ISSUER = re.compile(r"(?<![\u4e00-\u9fff])中心(?=领导|各|的|党|主要|直属|[，。、；：\n])")


def _registry() -> Any:
    from .registry import default_registry

    return default_registry()


def _linker() -> Any:
    from .linker import Linker

    global _LINKER
    if _LINKER is None:
        with _INIT_LOCK:
            if _LINKER is None:
                _LINKER = Linker(_registry())
    return _LINKER


_LINKER: Any = None


def _link_depts(clean: str, mentions: list[Mention], ctx: Context) -> None:
    linker = _linker()
    todo = [m for m in mentions if m.label == "DEPT" and not m.attrs.get("canonical")]
    if not todo:
        return
    # Sentence breaks once per call, then a binary search per mention: scanning
    # back from each mention is quadratic in a long text without line breaks.
    limit = max(m.start for m in todo)
    breaks = [b.start() for b in _SENT_BREAK.finditer(clean, 0, limit)]
    for m in todo:
        k = bisect_left(breaks, m.start)
        sent_start = breaks[k - 1] + 1 if k else 0
        link = linker.link(
            clean[m.start : m.end],
            jurisdiction=ctx.jurisdiction,
            date=ctx.reference_date,
            context=clean[sent_start : m.start],
        )
        m.attrs.update(
            canonical=link.canonical, agency_id=link.agency_id, unit=link.unit or m.attrs.get("unit")
        )
        if link.derived:
            m.attrs["derived"] = True


def _link_jurisdiction(meta: dict[str, Any], registry: Any) -> str | None:
    """Where a bare 市/州/县 points: the issuer's own division when it is below the
    province (a city bulletin's 市商务局), else the document's jurisdiction."""
    if meta.get("jurisdiction_source") != "argument" and meta.get("issuer"):
        for agency in registry.by_name(meta["issuer"]):
            if agency.division and not agency.division.endswith("0000"):
                return str(agency.division)
    return meta.get("jurisdiction")


def _issuer_mentions(clean: str, ctx: Context) -> list[Mention]:
    """A bare 中心 in a centre's own report names the issuer (annotation guide)."""
    if not ctx.issuer or not ctx.issuer.endswith("中心"):
        return []
    return [
        Mention("DEPT", m.start(), m.end(), "dept.issuer", {"canonical": ctx.issuer}, priority=12)
        for m in _BARE_ISSUER.finditer(clean)
    ]


def analyze(
    text: str,
    *,
    reference_date: object = None,
    jurisdiction: str | None = None,
    model: Any = None,
    doc_id: str | None = None,
) -> Extraction:
    """Extract entities, activities and metadata from one document."""
    text = check_text(text)
    ref = parse_date_arg(reference_date)
    if jurisdiction is not None and not isinstance(jurisdiction, str):
        raise TypeError(f"[E105] jurisdiction must be a str such as '四川省', got {type(jurisdiction).__name__}")
    if not text.strip():
        return Extraction(text, meta=_empty_meta(ref, jurisdiction, doc_id))
    norm = normalize(text)
    clean = norm.text
    if not RULE_TAGGERS:
        with _INIT_LOCK:
            if not RULE_TAGGERS:
                RULE_TAGGERS.extend(_rule_taggers())
    from .taggers.dept import tag_depts

    registry = _registry()
    head_ctx = Context(reference_date=ref, jurisdiction=jurisdiction, registry=registry)
    head_depts = [m for m in tag_depts(clean[:_HEAD], head_ctx)]
    _link_depts(clean, head_depts, head_ctx)
    meta = infer_meta(clean, head_depts=head_depts, reference_date=ref, jurisdiction=jurisdiction)
    ctx = Context(
        reference_date=meta.pop("_reference"),
        period=meta.pop("_period"),
        jurisdiction=_link_jurisdiction(meta, registry),
        issuer=meta["issuer"],
        registry=registry,
    )
    mentions: list[Mention] = []
    for tagger in RULE_TAGGERS:
        mentions.extend(tagger(clean, ctx))
    mentions.extend(_issuer_mentions(clean, ctx))
    kept = resolve_overlaps(mentions)
    if model is not None:
        # Model spans have the lowest priority: resolving the rules first and then
        # adding the model spans that fit around them keeps the same spans, and
        # spares the model's gate the spans it would lose.
        taken = bytearray(len(clean))
        for m in kept:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        kept = resolve_overlaps(kept + model.predict(clean, taken))
    _link_depts(clean, kept, ctx)
    frames = find_activities(clean, kept, meta)
    try:
        from .docmeta import document_summary

        meta.update(document_summary(clean, kept))
    except ImportError:
        pass
    if doc_id is not None:
        meta["id"] = doc_id
    return _to_original(norm, kept, frames, meta)


def _empty_meta(ref: dt.date | None, jurisdiction: str | None, doc_id: str | None) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "reference_date": ref.isoformat() if ref else None,
        "reference_date_source": "argument" if ref else None,
        "period": None,
        "period_source": None,
        "issuer": None,
        "issuer_source": None,
        "jurisdiction": jurisdiction,
        "jurisdiction_source": "argument" if jurisdiction else None,
    }
    if doc_id is not None:
        meta["id"] = doc_id
    return meta


def _to_original(norm: NormalizedText, kept: list[Mention], frames: list[Any], meta: dict[str, Any]) -> Extraction:
    text = norm.original
    entities = []
    for m in kept:
        start, end = norm.to_original(m.start, m.end)
        entities.append(Entity(m.label, start, end, text[start:end], m.source, dict(m.attrs)))
    activities = []
    for f in frames:
        start, end = norm.to_original(*f.trigger)
        activities.append(
            Activity(
                trigger={"start": start, "end": end, "text": text[start:end]},
                type=f.type,
                date=f.date,
                agents=f.agents,
                name=f.name,
                location=f.location,
                titles=list(f.titles),
            )
        )
    return Extraction(text, entities, activities, meta)


def load(*, segmenter: str = "jieba", model: str | Path | None = None, pkuseg_model: str | None = None) -> Language:
    """A spaCy pipeline: govie's tokenizer and the ``govie_extractor`` component."""
    import spacy

    from . import spacy_component  # noqa: F401 - registers the govie_extractor factory
    from . import tokenizer  # noqa: F401 - registers govie.Tokenizer.v1

    config = {
        "nlp": {
            "tokenizer": {
                "@tokenizers": "govie.Tokenizer.v1",
                "segmenter": segmenter,
                "pkuseg_model": pkuseg_model,
            }
        }
    }
    nlp = spacy.blank("zh", config=config)
    nlp.add_pipe("govie_extractor", config={"model": str(model) if model else None})
    return nlp
