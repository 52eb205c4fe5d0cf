"""Scores of govie's output against gold documents (``govie evaluate``).

Gold documents follow the annotation guide v2 (``docs/annotation-guide.md``): JSON
Lines, one document a line, with ``id``, ``text``, ``reference_date``, optional
``genre`` and ``level``, and the layers ``entities``, ``meta``, ``activities`` and
``assignments``. Every layer is scored, overall, per genre and per level.

Which layers a document is scored on
    Its ``layers`` list; without one, the layers whose keys it has. A layer the
    document does not have is not scored at all for it: its predictions there are
    neither right nor wrong, and it does not count in that layer's ``n docs``.

Entities (per label, and ``all`` = micro average over labels)
    * exact: a prediction is right when a gold entity has the same label, start
      and end. P = right / predicted, R = right / gold, F1 their harmonic mean.
    * overlap: a prediction counts for precision when it overlaps a gold entity of
      the same label; a gold entity counts for recall when a prediction of its
      label overlaps it (not one to one).
    * attributes, on exact matches only, when the gold entity has the attribute
      (a gold ``null`` is an answer, a missing key is not): DEPT ``canonical``,
      DATE ``value``, TITLE ``doc_type``, DOCNO ``issuer``, METRIC ``value``,
      ``indicator``, ``kind``, ``change``, ``qualifier`` and ``period``. Attributes may sit on the entity itself (as in
      govie's output) or in a nested ``attributes`` / ``attrs`` object.

Meta
    Per field, accuracy over the documents whose gold ``meta`` has the field. A
    field missing from the prediction is ``null``; ``""``, ``[]`` and ``{}`` count
    as ``null``. ``division`` is compared by its ``code``, ``doc_issuers`` as a
    set, ``addressees`` given as a list is joined with "，" (the guide writes them
    as one string); every other field by equality.

Activities
    A predicted activity matches a gold one when their triggers overlap, one to
    one and greedily: gold activities in text order, each takes the unmatched
    overlapping prediction with the largest overlap (the earliest on ties).
    P/R/F1 over matches; on matches, accuracy of ``type``, ``mode``, ``date`` and
    ``agents`` (a set), each where the gold activity has the key.

Assignments
    The same matching on ``task`` spans; P/R/F1, and on matches accuracy of
    ``lead`` (a set), ``support`` (a set) and ``deadline``. Predictions are read
    from ``assignments`` when the extraction has it, otherwise none.

Numbers compare with a relative tolerance of 1e-6; everything else exactly.
A P, R or F1 with nothing to divide by is 0.0; an accuracy with nothing to count
is ``None`` (shown as "-").

Every table row says on how many documents it rests (``n docs``): the documents of
its group scored on the row's layer (for a meta field: those whose gold has it).
Documents without a ``genre`` (``level``) form the group "unspecified"; when no
document has one, the text and Markdown reports leave those tables out.

Python use::

    from govie.evaluate import evaluate_documents, format_report, load_gold
    docs = load_gold(["annotations/dev"])
    scores = evaluate_documents(docs, lambda d: govie.extract(d["text"], reference_date=d["reference_date"]))
    print(format_report(scores))            # Markdown; format_text(scores) for plain text
    scores.to_dict()                        # overall + "by_genre" + "by_level"

``predict`` may return an ``Extraction`` or its ``to_dict()``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govie.io.text import GENRES, LAYERS, LEVELS

__all__ = [
    "evaluate_documents", "score_document", "format_report", "format_text", "format_markdown", "Scores", "Tally",
    "load_gold", "gold_files", "check_document", "document_layers", "LAYERS", "GENRES", "LEVELS",
]

#: Group name of documents without a genre / level.
UNSPECIFIED = "unspecified"

#: Entity attributes scored on exact matches, per label.
ENTITY_ATTRS: dict[str, tuple[str, ...]] = {
    "DEPT": ("canonical",),
    "DATE": ("value",),
    "TITLE": ("doc_type",),
    "DOCNO": ("issuer",),
    "METRIC": ("value", "indicator", "kind", "change", "qualifier", "period"),
}
#: Meta fields in report order (other fields found in gold follow, sorted).
META_FIELDS = (
    "reference_date", "period", "issuer", "jurisdiction", "division", "title", "docno",
    "doc_issuers", "doc_issuer", "doc_date", "effective", "expires", "addressees",
)
ACTIVITY_ATTRS = ("type", "mode", "date", "agents")
ASSIGNMENT_ATTRS = ("lead", "support", "deadline")
_SET_VALUED = {"agents", "lead", "support", "doc_issuers"}
# Old report names of the entity attributes (Scores.to_dict()["labels"][L]).
_LEGACY_ATTR = {"DATE": "value_accuracy", "DEPT": "link_accuracy", "TITLE": "doc_type_accuracy",
                "METRIC": "value_accuracy", "DOCNO": "issuer_accuracy"}


# ------------------------------------------------------------------ counting


@dataclass
class PRF:
    """Counts of one matching task, plus accuracies of attributes on its matches."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    overlap_pred: int = 0  # predictions overlapping a gold item (entities only)
    overlap_gold: int = 0  # gold items overlapped by a prediction (entities only)
    attrs: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, compared]

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.overlap_pred += other.overlap_pred
        self.overlap_gold += other.overlap_gold
        for name, (ok, n) in other.attrs.items():
            pair = self.attrs.setdefault(name, [0, 0])
            pair[0] += ok
            pair[1] += n

    def attr(self, name: str, ok: bool) -> None:
        pair = self.attrs.setdefault(name, [0, 0])
        pair[0] += bool(ok)
        pair[1] += 1

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    def prf(self) -> tuple[float, float, float]:
        return _prf(self.tp, self.predicted, self.tp, self.gold)

    def overlap_prf(self) -> tuple[float, float, float]:
        return _prf(self.overlap_pred, self.predicted, self.overlap_gold, self.gold)


def _prf(p_num: int, p_den: int, r_num: int, r_den: int) -> tuple[float, float, float]:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _acc(pair: Sequence[int] | None) -> float | None:
    return pair[0] / pair[1] if pair and pair[1] else None


@dataclass
class Tally:
    """Everything counted over a set of documents (a group: overall, a genre, a level)."""

    docs: int = 0
    layer_docs: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LAYERS, 0))
    labels: dict[str, PRF] = field(default_factory=dict)
    meta: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, documents]
    activities: PRF = field(default_factory=PRF)
    assignments: PRF = field(default_factory=PRF)

    def label(self, name: str) -> PRF:
        return self.labels.setdefault(name, PRF())

    def add(self, other: Tally) -> None:
        self.docs += other.docs
        for layer, n in other.layer_docs.items():
            self.layer_docs[layer] = self.layer_docs.get(layer, 0) + n
        for name, c in other.labels.items():
            self.label(name).add(c)
        for name, (ok, n) in other.meta.items():
            pair = self.meta.setdefault(name, [0, 0])
            pair[0] += ok
            pair[1] += n
        self.activities.add(other.activities)
        self.assignments.add(other.assignments)

    def entities_all(self) -> PRF:
        total = PRF()
        for c in self.labels.values():
            total.add(PRF(c.tp, c.fp, c.fn, c.overlap_pred, c.overlap_gold))
        return total

    def to_dict(self) -> dict[str, Any]:
        """Scores of this group as plain JSON-ready data."""
        out: dict[str, Any] = {"n_docs": self.docs, "layer_docs": dict(self.layer_docs)}
        if self.layer_docs.get("entities"):
            labels = {name: _prf_dict(c, self.layer_docs["entities"], overlap=True)
                      for name, c in sorted(self.labels.items())}
            out["entities"] = {"n_docs": self.layer_docs["entities"], "labels": labels,
                               "all": _prf_dict(self.entities_all(), self.layer_docs["entities"], overlap=True)}
        if self.layer_docs.get("meta"):
            out["meta"] = {name: {"accuracy": _acc(pair), "correct": pair[0], "n_docs": pair[1]}
                           for name, pair in _meta_order(self.meta)}
        for layer in ("activities", "assignments"):
            if self.layer_docs.get(layer):
                out[layer] = _prf_dict(getattr(self, layer), self.layer_docs[layer])
        return out


def _prf_dict(c: PRF, n_docs: int, overlap: bool = False) -> dict[str, Any]:
    p, r, f = c.prf()
    row: dict[str, Any] = {"n_docs": n_docs, "gold": c.gold, "predicted": c.predicted, "correct": c.tp,
                           "precision": p, "recall": r, "f1": f}
    if overlap:
        op, orr, of = c.overlap_prf()
        row.update(overlap_precision=op, overlap_recall=orr, overlap_f1=of)
    row["attributes"] = {name: {"accuracy": _acc(pair), "correct": pair[0], "n": pair[1]}
                         for name, pair in c.attrs.items()}
    return row


def _meta_order(meta: dict[str, list[int]]) -> list[tuple[str, list[int]]]:
    known = [(k, meta[k]) for k in META_FIELDS if k in meta]
    return known + sorted((k, v) for k, v in meta.items() if k not in META_FIELDS)


@dataclass
class Scores:
    """Scores overall, per genre and per level, and the list of misses."""

    overall: Tally = field(default_factory=Tally)
    by_genre: dict[str, Tally] = field(default_factory=dict)
    by_level: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    # Names of the first version, still used by callers.
    @property
    def labels(self) -> dict[str, PRF]:
        return self.overall.labels

    @property
    def activities(self) -> PRF:
        return self.overall.activities

    @property
    def activity_documents(self) -> int:
        return self.overall.layer_docs.get("activities", 0)

    def add_document(self, tally: Tally, genre: str, level: str) -> None:
        self.overall.add(tally)
        self.by_genre.setdefault(genre, Tally()).add(tally)
        self.by_level.setdefault(level, Tally()).add(tally)

    def groups(self) -> list[tuple[str, Tally]]:
        """(title, tally): overall, each genre, each level, in a fixed order."""
        out = [("overall", self.overall)]
        for kind, groups, known in (("genre", self.by_genre, GENRES), ("level", self.by_level, LEVELS)):
            if list(groups) == [UNSPECIFIED]:
                continue  # no document says its genre (level): the table would repeat the overall one
            out += [(f"{kind}: {g}", groups[g]) for g in _group_order(groups, known)]
        return out

    def to_dict(self) -> dict[str, Any]:
        """Overall scores, then ``by_genre`` and ``by_level``.

        The top level keeps the keys of the first version: ``labels`` (per label
        ``precision``, ``recall``, ``f1``, ``overlap_f1``, ``gold``, ``predicted`` and
        the attribute accuracy) and ``activities`` (``precision``, ``recall``, ``f1``,
        ``type_accuracy``, ``date_accuracy``, ``agents_accuracy``).
        """
        out = self.overall.to_dict()
        labels = {}
        for name, c in sorted(self.overall.labels.items()):
            p, r, f = c.prf()
            row: dict[str, Any] = {"precision": p, "recall": r, "f1": f, "overlap_f1": c.overlap_prf()[2],
                                   "gold": c.gold, "predicted": c.predicted}
            if name in _LEGACY_ATTR:
                row[_LEGACY_ATTR[name]] = _acc(c.attrs.get(ENTITY_ATTRS[name][0]))
            labels[name] = row
        out["labels"] = labels
        acts = out.setdefault("activities", _prf_dict(self.overall.activities, 0))
        for name in ACTIVITY_ATTRS:
            acts[f"{name}_accuracy"] = _acc(self.overall.activities.attrs.get(name))
        out["by_genre"] = {g: self.by_genre[g].to_dict() for g in _group_order(self.by_genre, GENRES)}
        out["by_level"] = {lv: self.by_level[lv].to_dict() for lv in _group_order(self.by_level, LEVELS)}
        return out


def _group_order(groups: dict[str, Tally], known: Sequence[str]) -> list[str]:
    return [g for g in known if g in groups] + sorted(g for g in groups if g not in known)


# ------------------------------------------------------------------ normalizing


def document_layers(doc: dict[str, Any]) -> list[str]:
    """The layers a gold document is scored on: its ``layers``, else the layer keys it has."""
    layers = doc.get("layers")
    if layers is None:
        return [layer for layer in LAYERS if layer in doc]
    return [layer for layer in LAYERS if layer in layers]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _entity(e: Any) -> dict[str, Any]:
    """A gold or predicted entity as one flat dict (nested attributes lifted up)."""
    if not isinstance(e, dict):
        d = {"label": e.label, "start": e.start, "end": e.end, "text": getattr(e, "text", None)}
        d.update(getattr(e, "attrs", None) or {})
        return d
    d = dict(e)
    for nested in ("attrs", "attributes"):
        if isinstance(e.get(nested), dict):
            for key, value in e[nested].items():
                d.setdefault(key, value)
    return d


def _record(x: Any, keys: Sequence[str]) -> dict[str, Any]:
    """An activity or assignment, from a dict or an object, with the given keys when present."""
    if isinstance(x, dict):
        return x
    if hasattr(x, "to_dict"):
        d = dict(x.to_dict())
    else:
        d = {}
    for key in keys:
        if key not in d and hasattr(x, key):
            d[key] = getattr(x, key)
    return d


def _prediction(pred: Any) -> dict[str, Any]:
    """``predict()``'s answer (an Extraction or a dict) as {meta, entities, activities, assignments}."""
    if pred is None:
        return {"meta": {}, "entities": [], "activities": [], "assignments": []}
    if isinstance(pred, dict):
        get = pred.get
    else:
        def get(key: str, default: Any = None) -> Any:
            return getattr(pred, key, default)
    return {
        "meta": dict(get("meta", None) or {}),
        "entities": [_entity(e) for e in get("entities", None) or []],
        "activities": [_record(a, ("trigger",) + ACTIVITY_ATTRS + ("name",)) for a in get("activities", None) or []],
        "assignments": [_record(a, ("task", "trigger") + ASSIGNMENT_ATTRS) for a in get("assignments", None) or []],
    }


def _same(a: Any, b: Any, *, as_set: bool = False) -> bool:
    """Gold ``b`` against prediction ``a``: None-normalized, sets where asked, numbers with tolerance."""
    if _empty(a) or _empty(b):
        return _empty(a) and _empty(b)
    if as_set:
        if not isinstance(a, (list, tuple, set)):
            a = [a]
        if not isinstance(b, (list, tuple, set)):
            b = [b]
        return {json.dumps(x, sort_keys=True, ensure_ascii=False) for x in a} == {
            json.dumps(x, sort_keys=True, ensure_ascii=False) for x in b}
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        a, b = float(a), float(b)
        if math.isnan(a) or math.isnan(b):
            return False
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))
    return a == b


def _meta_same(name: str, pred: Any, gold: Any) -> bool:
    if name == "division":
        def code(v: Any) -> Any:
            return v.get("code") if isinstance(v, dict) else v
        return _same(code(pred), code(gold))
    if name == "addressees":
        def joined(v: Any) -> Any:
            return "，".join(map(str, v)) if isinstance(v, (list, tuple)) else v
        return _same(joined(pred), joined(gold))
    return _same(pred, gold, as_set=name in _SET_VALUED)


def _short(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


# ------------------------------------------------------------------ scoring one document


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _span(x: Any) -> dict[str, Any] | None:
    return x if isinstance(x, dict) and isinstance(x.get("start"), int) and isinstance(x.get("end"), int) else None


def _match(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], key: str
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy one-to-one matching on overlapping ``key`` spans: (pairs, unmatched gold, unmatched pred)."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    missed: list[int] = []
    order = sorted(range(len(gold)), key=lambda i: (gold[i][key]["start"], gold[i][key]["end"]))
    for gi in order:
        gs = gold[gi][key]
        best, best_len = None, 0
        for pi, p in enumerate(pred):
            ps = _span(p.get(key))
            if pi in used or ps is None:
                continue
            n = _overlap(gs, ps)
            if n > best_len:
                best, best_len = pi, n
        if best is None:
            missed.append(gi)
        else:
            used.add(best)
            pairs.append((gi, best))
    return pairs, missed, [i for i in range(len(pred)) if i not in used]


def _score_entities(doc_id: str, gold: list[Any], pred: list[dict[str, Any]], t: Tally, misses: list[str]) -> None:
    g_ents = [_entity(e) for e in gold]
    g_by_key = {(e["start"], e["end"], e["label"]): e for e in g_ents}
    p_by_key = {(e["start"], e["end"], e["label"]): e for e in pred}
    for key, g in g_by_key.items():
        c = t.label(g["label"])
        if any(p["label"] == g["label"] and _overlap(p, g) > 0 for p in pred):
            c.overlap_gold += 1
        p = p_by_key.get(key)
        if p is None:
            c.fn += 1
            misses.append(f"{doc_id}\t{g['label']}\tmissed\t{g.get('text')!r}\t{g['start']}-{g['end']}")
            continue
        c.tp += 1
        for attr in ENTITY_ATTRS.get(g["label"], ()):
            if attr not in g:
                continue
            ok = _same(p.get(attr), g[attr])
            c.attr(attr, ok)
            if not ok:
                misses.append(f"{doc_id}\t{g['label']}\twrong {attr}\t{g.get('text')!r}\t{g['start']}-{g['end']}"
                              f"\tgold={_short(g[attr])}\tpred={_short(p.get(attr))}")
    for key, p in p_by_key.items():
        c = t.label(p["label"])
        if any(g["label"] == p["label"] and _overlap(p, g) > 0 for g in g_ents):
            c.overlap_pred += 1
        if key not in g_by_key:
            c.fp += 1
            misses.append(f"{doc_id}\t{p['label']}\tspurious\t{p.get('text')!r}\t{p['start']}-{p['end']}")


def _score_meta(doc_id: str, gold: dict[str, Any], pred: dict[str, Any], t: Tally, misses: list[str]) -> None:
    for name, g in gold.items():
        p = pred.get(name)
        ok = _meta_same(name, p, g)
        pair = t.meta.setdefault(name, [0, 0])
        pair[0] += ok
        pair[1] += 1
        if not ok:
            misses.append(f"{doc_id}\tMETA\twrong {name}\t\t\tgold={_short(g)}\tpred={_short(p)}")


def _score_frames(doc_id: str, what: str, key: str, attrs: Sequence[str], gold: list[dict[str, Any]],
                  pred: list[dict[str, Any]], c: PRF, misses: list[str]) -> None:
    """Activities (matched on ``trigger``) or assignments (matched on ``task``)."""
    pairs, missed, spurious = _match(gold, pred, key)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        c.tp += 1
        for attr in attrs:
            if attr not in g:
                continue
            ok = _same(p.get(attr), g[attr], as_set=attr in _SET_VALUED)
            c.attr(attr, ok)
            if not ok:
                s = g[key]
                misses.append(f"{doc_id}\t{what}\twrong {attr}\t{s.get('text')!r}\t{s['start']}-{s['end']}"
                              f"\tgold={_short(g[attr])}\tpred={_short(p.get(attr))}")
    for gi in missed:
        s = gold[gi][key]
        c.fn += 1
        misses.append(f"{doc_id}\t{what}\tmissed\t{s.get('text')!r}\t{s['start']}-{s['end']}")
    for pi in spurious:
        c.fp += 1
        s = _span(pred[pi].get(key)) or {"start": "?", "end": "?"}
        misses.append(f"{doc_id}\t{what}\tspurious\t{s.get('text')!r}\t{s['start']}-{s['end']}")


def score_document(gold: dict[str, Any], pred: Any, misses: list[str] | None = None) -> Tally:
    """The counts of one gold document against one prediction (an Extraction or a dict)."""
    misses = [] if misses is None else misses
    p = _prediction(pred)
    doc_id = str(gold.get("id", "?"))
    t = Tally(docs=1)
    for layer in document_layers(gold):
        t.layer_docs[layer] += 1
        if layer == "entities":
            _score_entities(doc_id, gold.get("entities") or [], p["entities"], t, misses)
        elif layer == "meta":
            _score_meta(doc_id, gold.get("meta") or {}, p["meta"], t, misses)
        elif layer == "activities":
            _score_frames(doc_id, "ACTIVITY", "trigger", ACTIVITY_ATTRS, gold.get("activities") or [],
                          p["activities"], t.activities, misses)
        else:
            _score_frames(doc_id, "ASSIGNMENT", "task", ASSIGNMENT_ATTRS, gold.get("assignments") or [],
                          p["assignments"], t.assignments, misses)
    return t


def evaluate_documents(gold_docs: Iterable[dict[str, Any]], predict: Callable[[dict[str, Any]], Any]) -> Scores:
    """Score ``predict(gold_doc)`` (an Extraction or its ``to_dict()``) over gold documents."""
    scores = Scores()
    for gold in gold_docs:
        tally = score_document(gold, predict(gold), scores.misses)
        scores.add_document(tally, _group(gold.get("genre")), _group(gold.get("level")))
    return scores


def _group(value: Any) -> str:
    return str(value) if not _empty(value) else UNSPECIFIED


# ------------------------------------------------------------------ reading gold files


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named by ``paths``: files as given, directories searched recursively for ``*.jsonl``
    (hidden files and folders skipped). Raises AnnotationError for a path that does not exist
    or a directory without ``*.jsonl``."""
    from govie.errors import AnnotationError

    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*.jsonl")
                           if q.is_file() and not any(part.startswith(".") for part in q.relative_to(p).parts))
            if not found:
                raise AnnotationError(p, None, "directory holds no *.jsonl file")
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise AnnotationError(p, None, "no such file or directory")
    seen: set[Path] = set()
    return [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]  # type: ignore[func-returns-value]


def check_document(doc: Any, path: object, line: int) -> dict[str, Any]:
    """Check one gold document against the guide v2; errors name the file, the line and the field.

    The same check as ``govie train``'s reader (``govie.io.text.validate_document``).
    """
    from govie.io.text import validate_document

    return validate_document(doc, path, line)


def load_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Every checked gold document in ``paths`` (files, or directories of ``*.jsonl``).

    Raises ``govie.errors.AnnotationError`` naming the file and line of the first problem.
    """
    from govie.io.text import iter_json_lines

    return [check_document(obj, path, n) for path in gold_files(paths) for n, obj in iter_json_lines(path)]


# ------------------------------------------------------------------ reports

_COLUMNS = ("layer", "item", "n docs", "gold", "pred", "P", "R", "F1", "overlap F1", "accuracy", "n")


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _rows(t: Tally) -> list[list[str]]:
    """One row per score of a group, with the columns of ``_COLUMNS``."""
    rows: list[list[str]] = []

    def prf_row(layer: str, item: str, c: PRF, n_docs: int, overlap: bool) -> None:
        p, r, f = c.prf()
        rows.append([layer, item, str(n_docs), str(c.gold), str(c.predicted), _f(p), _f(r), _f(f),
                     _f(c.overlap_prf()[2]) if overlap else "", "", ""])

    def acc_row(layer: str, item: str, pair: Sequence[int], n_docs: int) -> None:
        rows.append([layer, item, str(n_docs), "", "", "", "", "", "", _f(_acc(pair)), str(pair[1])])

    n = t.layer_docs.get("entities", 0)
    if n:
        for name in sorted(t.labels):
            prf_row("entities", name, t.labels[name], n, True)
        prf_row("entities", "all", t.entities_all(), n, True)
        for name in sorted(t.labels):
            for attr in ENTITY_ATTRS.get(name, ()):
                if attr in t.labels[name].attrs:
                    acc_row("entities", f"{name} {attr}", t.labels[name].attrs[attr], n)
    if t.layer_docs.get("meta", 0):
        for name, pair in _meta_order(t.meta):
            acc_row("meta", name, pair, pair[1])
    for layer, attrs in (("activities", ACTIVITY_ATTRS), ("assignments", ASSIGNMENT_ATTRS)):
        n = t.layer_docs.get(layer, 0)
        if not n:
            continue
        c: PRF = getattr(t, layer)
        prf_row(layer, "trigger" if layer == "activities" else "task", c, n, False)
        for attr in attrs:
            if attr in c.attrs:
                acc_row(layer, attr, c.attrs[attr], n)
    return rows


def _not_annotated(t: Tally) -> list[str]:
    return [layer for layer in LAYERS if not t.layer_docs.get(layer)]


def _heading(title: str, t: Tally) -> str:
    head = f"{title} ({t.docs} document{'s' if t.docs != 1 else ''})"
    missing = _not_annotated(t)
    return head + (f"; not annotated: {', '.join(missing)}" if missing else "")


def format_text(scores: Scores) -> str:
    """Plain-text tables: overall, then one per genre and one per level.

    ``n`` is the number of items an accuracy is computed over (matches whose gold has the
    attribute; for meta, documents)."""
    blocks = []
    for title, t in scores.groups():
        rows = [list(_COLUMNS)] + _rows(t)
        widths = [max(len(r[i]) for r in rows) for i in range(len(_COLUMNS))]
        lines = [_heading(title, t)]
        for k, r in enumerate(rows):
            cells = [c.ljust(widths[i]) if i < 2 else c.rjust(widths[i]) for i, c in enumerate(r)]
            lines.append("  ".join(cells).rstrip())
            if k == 0:
                lines.append("  ".join("-" * w for w in widths))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def format_markdown(scores: Scores) -> str:
    """The same tables in Markdown (for README files)."""
    blocks = []
    for title, t in scores.groups():
        lines = [f"### {_heading(title, t)}", "", "| " + " | ".join(_COLUMNS) + " |",
                 "| --- | --- | " + " | ".join("---:" for _ in _COLUMNS[2:]) + " |"]
        lines += ["| " + " | ".join(r) + " |" for r in _rows(t)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def format_report(scores: Scores) -> str:
    """Markdown tables (kept under its first name; see ``format_markdown``)."""
    return format_markdown(scores)
