"""Scores of govie's output against gold documents (``govie evaluate``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = ["evaluate_documents", "format_report", "Scores"]

# Which attribute is checked for a label, and what the report calls it.
_ATTR = {"DATE": ("value", "value accuracy"), "DEPT": ("canonical", "link accuracy"),
         "TITLE": ("doc_type", "doc_type accuracy"), "METRIC": ("value", "value accuracy")}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    overlap_tp: int = 0
    attr_ok: int = 0
    attr_n: int = 0

    def prf(self, tp: int | None = None) -> tuple[float, float, float]:
        tp = self.tp if tp is None else tp
        pred = self.tp + self.fp
        gold = self.tp + self.fn
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Scores:
    labels: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    activities: Counts = field(default_factory=Counts)
    act_type: list[int] = field(default_factory=lambda: [0, 0])
    act_date: list[int] = field(default_factory=lambda: [0, 0])
    act_agents: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[str] = field(default_factory=list)
    activity_documents: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"labels": {}, "activities": {}}
        for label, c in sorted(self.labels.items()):
            p, r, f = c.prf()
            _, _, fo = _overlap_prf(c)
            row: dict[str, Any] = {"precision": p, "recall": r, "f1": f, "overlap_f1": fo, "gold": c.tp + c.fn, "predicted": c.tp + c.fp}
            if label in _ATTR:
                row[_ATTR[label][1].replace(" ", "_")] = c.attr_ok / c.attr_n if c.attr_n else None
            out["labels"][label] = row
        p, r, f = self.activities.prf()
        out["activities"] = {
            "precision": p, "recall": r, "f1": f,
            "type_accuracy": _ratio(self.act_type), "date_accuracy": _ratio(self.act_date),
            "agents_accuracy": _ratio(self.act_agents),
        }
        return out


def _ratio(pair: list[int]) -> float | None:
    return pair[0] / pair[1] if pair[1] else None


def _overlap_prf(c: Counts) -> tuple[float, float, float]:
    pred = c.tp + c.fp
    gold = c.tp + c.fn
    p = c.overlap_tp / pred if pred else 0.0
    r = c.overlap_tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6 * max(1.0, abs(float(b)))
        except (TypeError, ValueError):
            return False
    return a == b


def _score_document(gold: dict[str, Any], pred: dict[str, Any], scores: Scores) -> None:
    doc_id = gold.get("id", "?")
    g_ents = gold.get("entities", [])
    p_ents = pred.get("entities", [])
    p_by_span = {(e["start"], e["end"], e["label"]): e for e in p_ents}
    g_by_span = {(e["start"], e["end"], e["label"]): e for e in g_ents}
    for key, g in g_by_span.items():
        c = scores.labels[g["label"]]
        if key in p_by_span:
            c.tp += 1
            if g["label"] in _ATTR:
                attr = _ATTR[g["label"]][0]
                c.attr_n += 1
                if _same(p_by_span[key].get(attr), g.get(attr)):
                    c.attr_ok += 1
                else:
                    scores.misses.append(
                        f"{doc_id}\t{g['label']}\twrong {attr}\t{g['text']!r}\tgold={g.get(attr)!r}\tpred={p_by_span[key].get(attr)!r}"
                    )
        else:
            c.fn += 1
            scores.misses.append(f"{doc_id}\t{g['label']}\tmissed\t{g['text']!r}\t{g['start']}-{g['end']}")
        if any(p["label"] == g["label"] and p["start"] < g["end"] and g["start"] < p["end"] for p in p_ents):
            c.overlap_tp += 1
    for key, p in p_by_span.items():
        if key not in g_by_span:
            scores.labels[p["label"]].fp += 1
            scores.misses.append(f"{doc_id}\t{p['label']}\tspurious\t{p['text']!r}\t{p['start']}-{p['end']}")
    # Documents annotated for entities only ("layers": ["entities"]) say nothing of activities.
    if "activities" in gold and "activities" in gold.get("layers", ["activities"]):
        scores.activity_documents += 1
        _score_activities(doc_id, gold["activities"], pred.get("activities", []), scores)


def _score_activities(doc_id: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], scores: Scores) -> None:
    """Activities match by overlapping triggers, one to one."""
    used: set[int] = set()
    for g in gold:
        gt = g["trigger"]
        match = None
        for i, p in enumerate(pred):
            pt = p["trigger"]
            if i not in used and pt["start"] < gt["end"] and gt["start"] < pt["end"]:
                match = i
                break
        if match is None:
            scores.activities.fn += 1
            scores.misses.append(f"{doc_id}\tACTIVITY\tmissed\t{gt.get('text')!r}\t{gt['start']}-{gt['end']}")
            continue
        used.add(match)
        p = pred[match]
        scores.activities.tp += 1
        for pair, ok, what in (
            (scores.act_type, p.get("type") == g.get("type"), "type"),
            (scores.act_date, p.get("date") == g.get("date"), "date"),
            (scores.act_agents, sorted(p.get("agents") or []) == sorted(g.get("agents") or []), "agents"),
        ):
            pair[1] += 1
            pair[0] += ok
            if not ok:
                scores.misses.append(
                    f"{doc_id}\tACTIVITY\twrong {what}\t{gt.get('text')!r}\tgold={g.get(what)!r}\tpred={p.get(what)!r}"
                )
    for i, p in enumerate(pred):
        if i not in used:
            scores.activities.fp += 1
            pt = p["trigger"]
            scores.misses.append(f"{doc_id}\tACTIVITY\tspurious\t{pt.get('text')!r}\t{pt['start']}-{pt['end']}")


def evaluate_documents(
    gold_docs: Iterable[dict[str, Any]], predict: Callable[[dict[str, Any]], dict[str, Any]]
) -> Scores:
    """Score ``predict(gold_doc) -> to_dict()-style output`` over gold documents."""
    scores = Scores()
    for gold in gold_docs:
        _score_document(gold, predict(gold), scores)
    return scores


def format_report(scores: Scores) -> str:
    """A Markdown table per label, then activities."""
    d = scores.to_dict()
    lines = ["| label | gold | pred | P | R | F1 | overlap F1 | attribute |", "|---|---|---|---|---|---|---|---|"]
    for label, row in d["labels"].items():
        attr = ""
        if label in _ATTR:
            key = _ATTR[label][1].replace(" ", "_")
            val = row.get(key)
            attr = f"{_ATTR[label][1]} {val:.3f}" if val is not None else ""
        lines.append(
            f"| {label} | {row['gold']} | {row['predicted']} | {row['precision']:.3f} | {row['recall']:.3f} "
            f"| {row['f1']:.3f} | {row['overlap_f1']:.3f} | {attr} |"
        )
    a = d["activities"]

    def fmt(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    lines.append("")
    if not scores.activity_documents:
        lines.append("activities: not annotated in these documents")
        return "\n".join(lines)
    lines.append(
        f"activities: P {a['precision']:.3f}  R {a['recall']:.3f}  F1 {a['f1']:.3f}  "
        f"type {fmt(a['type_accuracy'])}  date {fmt(a['date_accuracy'])}  agents {fmt(a['agents_accuracy'])}"
    )
    return "\n".join(lines)
