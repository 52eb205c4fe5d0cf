"""The govie engine and its spaCy components.

``analyze()`` is the engine: normalize, infer metadata, run the taggers, keep
one span per position, link, find activities, map back to the input.
``load()`` wraps it as a spaCy ``Language`` whose tokenizer is segmentation
with the agency dictionary and whose ``govie_extractor`` component sets
``doc.ents`` and ``doc._.extraction``.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path
from typing import Any, Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

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
    for m in mentions:
        if m.label != "DEPT" or m.attrs.get("canonical"):
            continue
        sent_start = max(clean.rfind("。", 0, m.start), clean.rfind("\n", 0, m.start)) + 1
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
        jurisdiction=meta["jurisdiction"],
        issuer=meta["issuer"],
        registry=registry,
    )
    mentions: list[Mention] = []
    for tagger in RULE_TAGGERS:
        mentions.extend(tagger(clean, ctx))
    mentions.extend(_issuer_mentions(clean, ctx))
    if model is not None:
        mentions.extend(model.predict(clean))
    kept = resolve_overlaps(mentions)
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


# ---------------------------------------------------------------- spaCy side

_EXT_LOCK = threading.Lock()
_SPAN_ATTRS = ("canonical", "agency_id", "unit", "value", "grain", "doc_type", "source")


def _register_extensions() -> None:
    with _EXT_LOCK:
        if not Doc.has_extension("extraction"):
            Doc.set_extension("extraction", default=None)
            Doc.set_extension("reference_date", default=None)
            Doc.set_extension("jurisdiction", default=None)
        for attr in _SPAN_ATTRS:
            if not Span.has_extension(attr):
                Span.set_extension(attr, getter=_span_getter(attr))


def _span_getter(attr: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        extraction = span.doc._.extraction
        if extraction is None:
            return None
        for ent in extraction.entities:
            if ent.start == span.start_char and ent.end == span.end_char:
                return ent.source if attr == "source" else ent.attrs.get(attr)
        return None

    return get


class GovieExtractor:
    """spaCy component: runs the engine and exposes its entities as ``doc.ents``."""

    def __init__(self, nlp: Language, name: str, model: str | None = None) -> None:
        _register_extensions()
        self.name = name
        self.model_path = model
        self._model: Any = None

    @property
    def model(self) -> Any:
        if self._model is None and self.model_path:
            from .model import NerModel

            self._model = NerModel.load(self.model_path)
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        result = analyze(
            doc.text,
            reference_date=doc._.reference_date,
            jurisdiction=doc._.jurisdiction,
            model=self.model,
        )
        doc = _split_at(doc, [(e.start, e.end) for e in result.entities])
        doc._.extraction = result
        spans = []
        for e in result.entities:
            span = doc.char_span(e.start, e.end, label=e.label)
            if span is not None:
                spans.append(span)
        doc.ents = spans
        return doc


def _split_at(doc: Doc, spans: list[tuple[int, int]]) -> Doc:
    """Split tokens so every span boundary is a token boundary."""
    cuts = sorted({b for s, e in spans for b in (s, e)})
    if not cuts:
        return doc
    with doc.retokenize() as retok:
        ci = 0
        for token in doc:
            t0, t1 = token.idx, token.idx + len(token.text)
            while ci < len(cuts) and cuts[ci] <= t0:
                ci += 1
            inner = []
            j = ci
            while j < len(cuts) and cuts[j] < t1:
                inner.append(cuts[j] - t0)
                j += 1
            if not inner:
                continue
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
            if len(orths) > 1:
                retok.split(token, orths, heads=[(token, 0)] * len(orths))
    return doc


@Language.factory("govie_extractor", default_config={"model": None})
def make_extractor(nlp: Language, name: str, model: str | None) -> GovieExtractor:
    return GovieExtractor(nlp, name, model)


def load(*, segmenter: str = "jieba", model: str | Path | None = None, pkuseg_model: str | None = None) -> Language:
    """A spaCy pipeline: govie's tokenizer and the ``govie_extractor`` component."""
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
