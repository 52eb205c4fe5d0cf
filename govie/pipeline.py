"""The govie engine: text -> normalize -> document head -> taggers (+ model) -> one span per
position -> link -> document record -> activities, assignments, indicators -> result, mapped back
to the input.

``Pipeline`` owns the registry, its one ``Linker``, the tagger table and the model;
``extract()`` runs the default pipeline (one per registry and model, built once).
This module orchestrates only: every stage lives in its own module, and none imports this one.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from govie.activities import find_activities
from govie.assignments import find_assignments, fiscal_subjects
from govie.document import DocumentHead, own_docno_issuer, read_head, read_record
from govie.errors import check_text
from govie.indicators import annotate_indicators
from govie.kb.divisions import check_jurisdiction, load_divisions
from govie.kb.registry import Registry, default_registry, load_registry
from govie.link import Linker, drop_unplaced, link_mentions
from govie.model import NerModel, people_org_names, resolve_model
from govie.taggers import load_taggers
from govie.taggers.dept import drop_class_depts, drop_unplaced_levels, join_placeholder_places, tag_depts
from govie.taggers.entities import drop_model_kinds, drop_unnamed, join_model_names, names_between_bodies
from govie.text.layout import HEAD_CHARS, segment
from govie.text.normalize import NormalizedText, fold_script, normalize
from govie.text.report import is_report, report_parts
from govie.text.regex_cache import keep_compiled
from govie.timex import parse_date_arg
from govie.types import Activity, Assignment, Context, Entity, Extraction, Mention, resolve_overlaps

__all__ = ["Pipeline", "extract", "analyze", "BUNDLED_MODEL", "RegistryArg", "registry_paths"]

RegistryArg = Registry | str | Path | Iterable[str | Path] | None


class _BundledModel:
    """The default of ``model=``: the model shipped with govie."""

    def __repr__(self) -> str:
        return "BUNDLED_MODEL"


BUNDLED_MODEL: Any = _BundledModel()


def _registry_from(registry: RegistryArg) -> Registry:
    if registry is None:
        return default_registry()
    if isinstance(registry, Registry):
        return registry
    return load_registry(registry_paths(registry))


def registry_paths(registry: str | Path | Iterable[str | Path]) -> tuple[str, ...]:
    """One registry file or several, as the tuple of path strings that keys the caches."""
    return (str(registry),) if isinstance(registry, (str, Path)) else tuple(str(p) for p in registry)


class Pipeline:
    """One configured engine: ``Pipeline(registry=[...], model=...)(text)``.

    ``registry``: the bundled registry (None), a ``Registry``, or registry files or
    directories added on top of the bundled ones. ``model``: ``BUNDLED_MODEL``, a model
    directory, a loaded ``NerModel``, or None for rules only.
    """

    def __init__(self, *, registry: RegistryArg = None, model: Any = BUNDLED_MODEL) -> None:
        self.registry = _registry_from(registry)
        self.linker = Linker(self.registry)
        self.taggers = load_taggers()
        self.model: NerModel | None = resolve_model(
            None if model is BUNDLED_MODEL else model, default=model is BUNDLED_MODEL)

    def __call__(self, text: str, *, reference_date: object = None, jurisdiction: str | None = None,
                 doc_id: str | None = None) -> Extraction:
        text = check_text(text)
        ref = parse_date_arg(reference_date)
        if jurisdiction is not None and not isinstance(jurisdiction, str):
            raise TypeError(f"[E105] jurisdiction must be a str such as '四川省', got {type(jurisdiction).__name__}")
        check_jurisdiction(jurisdiction)  # E130: names no division
        if not text.strip():
            return Extraction(text, meta=_empty_meta(ref, jurisdiction, doc_id))
        norm = normalize(text)
        clean = norm.text
        # The page's own lines, in the script the data is in (東府〔2021〕54號): the head and the
        # record read them.
        page = fold_script(norm.original)
        head = self._head(clean, ref, jurisdiction, norm, page)
        structure = segment(clean)  # blocks and sentences: read by dates (a report's parts), activities, indicators
        national = (head.meta.get("division") or {}).get("level") == "national"
        report = report_parts(clean, structure, head.reference.year if head.reference else None, national) \
            if is_report(clean) else None
        ctx = Context(reference_date=head.reference, period=head.period, jurisdiction=head.link_jurisdiction,
                      issuer=head.meta["issuer"], registry=self.registry, own_title=head.own_title, source=norm,
                      central=national, report=report)
        mentions: list[Mention] = []
        for tagger in self.taggers:
            mentions.extend(tagger(clean, ctx))
        kept = resolve_overlaps(_outside_chrome(mentions, head))
        # A run-on roster's names are read between the bodies the rules found.
        kept = names_between_bodies(clean, kept)
        if self.model is not None:
            # Model spans have the lowest priority: resolving the rules first and then
            # adding the model spans that fit around them keeps the same spans, and
            # spares the model's gate the spans it would lose.
            taken = bytearray(len(clean))
            for m in kept:
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
            # The rules' class patterns judge the model's DEPT spans too (人民法院 in a rule).
            predicted = drop_class_depts(clean, self.model.predict(clean, taken), ctx)
            # The place rules judge the model's LOC and PERSON spans the same way (新中国, 崂山实验室).
            predicted = drop_unnamed(clean, predicted, ctx)
            # Kinds in a list of kinds (图书馆、…、档案馆) and nouns before the particle 所 name no body.
            predicted = drop_model_kinds(clean, predicted)
            # A place the rules marked that opens the model's body (长春|应化所) joins it.
            kept, predicted = join_model_names(clean, kept, predicted)
            # A people's organization by its bare name (工会、共青团) is linked as the rules link it.
            people_org_names(clean, predicted, ctx.central)
            kept = resolve_overlaps(kept + _outside_chrome(predicted, head))
        join_placeholder_places(clean, kept)
        link_mentions(self.linker, clean, kept, ctx)
        # A central document's 省政府 or 乡政府 that names no division is a class.
        kept = drop_unplaced_levels(clean, kept, ctx)
        if self.model is not None:
            # The model's DEPT spans stay where the knowledge base links or places them.
            kept = drop_unplaced(self.linker, clean, kept)
        meta = head.meta
        meta.update(read_record(clean, kept, self.linker, ctx, page, meta.get("jurisdiction_source"),
                                head.page_record))
        own_docno_issuer(clean, kept, meta)
        # Both read the record: a policy document's issuance is an activity of its issuers.
        frames = [f for f in find_activities(clean, kept, meta, structure, report)
                  if head.portal is None or not head.portal.skips(*f.trigger)]
        # A division named as a duty's subject (灵宝市负责…) leads through its government, as the linker names it.
        tasks = find_assignments(clean, kept, meta, norm, lambda name: self.linker.link(
            name, jurisdiction=ctx.jurisdiction, date=ctx.reference_date).canonical)
        # A budget an assignment names as its subject (中央财政要…) is the body that runs it.
        fiscal = [Mention("DEPT", s, e, "dept.fiscal", {"canonical": c}) for s, e, c in fiscal_subjects(clean, kept, tasks)]
        if fiscal:
            for m in fiscal:
                link = self.linker.link(m.attrs["canonical"], jurisdiction=ctx.jurisdiction, date=ctx.reference_date)
                m.attrs.update(canonical=m.attrs["canonical"], agency_id=link.agency_id, unit=None,
                               derived=link.agency_id is None, link="fiscal", score=0.85)
            kept = sorted(kept + fiscal, key=lambda m: (m.start, m.end))
        annotate_indicators(clean, kept, meta, structure)
        if doc_id is not None:
            meta["id"] = doc_id
        result = _to_original(norm, kept, frames, meta, tasks)
        # The first call has compiled what the modules compile: kept for the next process.
        keep_compiled()
        return result

    def _head(self, clean: str, ref: dt.date | None, jurisdiction: str | None, norm: Any = None,
              page: str | None = None) -> DocumentHead:
        """The document's head: its bodies are tagged and linked first, to find the issuer.
        ``norm`` (the normalized text) gives the tagger the original's spaces (a roster's
        施宏伟 区政府办公室 names no 宏伟区)."""
        head_ctx = Context(reference_date=ref, jurisdiction=jurisdiction, registry=self.registry, source=norm)
        head_depts = tag_depts(clean[:HEAD_CHARS], head_ctx)
        link_mentions(self.linker, clean, head_depts, head_ctx)
        return read_head(clean, head_depts=head_depts, reference_date=ref, jurisdiction=jurisdiction,
                         linker=self.linker, original=page)


def _outside_chrome(mentions: list[Mention], head: DocumentHead) -> list[Mention]:
    """Page chrome (打印, 关闭, 【字体：大 中 小】, 索引号 values) is never an entity."""
    if head.portal is None or not head.portal.chrome:
        return mentions
    return [m for m in mentions if not head.portal.in_chrome(m.start, m.end)]


_PIPELINES: dict[tuple[Any, Any], Pipeline] = {}
# The first calls of a thread pool may build the default pipeline at once.
_LOCK = threading.RLock()


def _pipeline(registry: RegistryArg, model: Any) -> Pipeline:
    reg_key = id(registry) if isinstance(registry, Registry) else \
        None if registry is None else registry_paths(registry)
    model_key = model if model is None or model is BUNDLED_MODEL or isinstance(model, NerModel) \
        else str(Path(model).resolve())
    key = (reg_key, model_key)
    pipe = _PIPELINES.get(key)
    if pipe is None:
        with _LOCK:
            pipe = _PIPELINES.get(key)
            if pipe is None:
                pipe = Pipeline(registry=registry, model=model)
                if len(_PIPELINES) > 8:
                    _PIPELINES.clear()
                _PIPELINES[key] = pipe
    return pipe


def extract(text: str, *, reference_date: Any = None, jurisdiction: str | None = None,
            model: Any = BUNDLED_MODEL, registry: RegistryArg = None) -> Extraction:
    """Extract entities, activities and metadata from one document.

    ``reference_date`` (date or ISO string) and ``jurisdiction`` (e.g. "四川省")
    override what govie infers from the text. ``model`` is a model directory,
    ``None`` for rules only, or left as the bundled model. ``registry`` is one or more
    registry files (JSON Lines, see the README) whose bodies are added to the bundled ones.
    """
    return _pipeline(registry, model)(text, reference_date=reference_date, jurisdiction=jurisdiction)


def analyze(text: str, *, reference_date: object = None, jurisdiction: str | None = None, model: Any = None,
            doc_id: str | None = None, registry: RegistryArg = None) -> Extraction:
    """``extract`` with rules only unless ``model`` is given (the spaCy adapter's entry)."""
    return _pipeline(registry, model)(text, reference_date=reference_date, jurisdiction=jurisdiction, doc_id=doc_id)


def _empty_meta(ref: dt.date | None, jurisdiction: str | None, doc_id: str | None) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "reference_date": ref.isoformat() if ref else None,
        "reference_date_source": "argument" if ref else None,
        "period": None,
        "period_source": None,
        "issuer": None,
        "issuer_source": None,
        "jurisdiction": None,
        "jurisdiction_source": "argument" if jurisdiction else None,
        "division": None,
    }
    if jurisdiction:
        divs = load_divisions()
        code = divs.resolve(jurisdiction)
        meta["jurisdiction"] = divs.province_name(code) if code else None
        meta["division"] = divs.info(code) if code else None
    if doc_id is not None:
        meta["id"] = doc_id
    return meta


def _to_original(norm: NormalizedText, kept: list[Mention], frames: list[Any], meta: dict[str, Any],
                 tasks: list[Any] = ()) -> Extraction:
    text = norm.original

    def span(start: int, end: int) -> dict[str, Any]:
        s, e = norm.to_original(start, end)
        return {"start": s, "end": e, "text": text[s:e]}

    entities = []
    for m in kept:
        start, end = norm.to_original(m.start, m.end)
        attrs = dict(m.attrs)
        if attrs.get("indicator"):
            # the guide's indicator is as written: a traditional page's own characters
            attrs["indicator"] = norm.as_written(attrs["indicator"], m.start, m.end)
        entities.append(Entity(m.label, start, end, text[start:end], m.source, attrs,
                               norm_text=norm.text[m.start:m.end]))
    activities = []
    for f in frames:
        start, end = norm.to_original(*f.trigger)
        activities.append(
            Activity(
                trigger={"start": start, "end": end, "text": text[start:end],
                         "norm_text": norm.text[f.trigger[0]:f.trigger[1]]},
                type=f.type,
                date=f.date,
                agents=f.agents,
                name=f.name,
                location=f.location,
                titles=list(f.titles),
                mode=f.mode,
            )
        )
    assignments = [Assignment(span(*t.task), list(t.lead), list(t.support), t.deadline, span(*t.trigger))
                   for t in tasks]
    return Extraction(text, entities, activities, meta, assignments)
