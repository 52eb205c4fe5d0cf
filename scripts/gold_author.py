"""Turn an annotator's authoring file into a gold record with offsets, and check it.

Annotators write mentions as text, in document order; this tool finds their offsets.

    python scripts/gold_author.py show ID [START [END]]     the text with offsets, line by line
    python scripts/gold_author.py build AUTHORING.json [-o GOLD.jsonl]
    python scripts/gold_author.py find ID STRING             every offset of STRING in the text

Authoring file (JSON): {"id", "reference_date", "layers", "meta", "entities", "activities",
"assignments"}. Each entity is {"label", "text", attributes..., optional "ctx" or "at"}: it is
found at or after the end of the previous entity; "ctx" is a longer snippet around it (searched
from the previous entity's start) for when the first occurrence is not the one meant; "at" is
an explicit start offset. Activities are {"trigger", optional "ctx"/"at", "type", "mode",
"date", "agents", "name"?, "location"?}, in document order. Assignments are {"task", optional
"task_at", "trigger", optional "trigger_ctx"/"trigger_at", "lead", "support", "deadline"}, in
order of their tasks; the trigger is searched from 300 characters before its task.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "annotations" / "src"
LABELS = {"DEPT", "DATE", "TITLE", "DOCNO", "ORG", "PERSON", "LOC", "METRIC"}
TYPES = {"meeting", "inspection", "research", "training", "service", "publication", "event",
         "coordination", "other"}
MODES = {"done", "planned"}
LAYERS = {"entities", "meta", "activities", "assignments"}
DATE_VALUE = re.compile(r"^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$")
LEVELS = {"national", "province", "prefecture", "county", "township"}


class AuthoringError(ValueError):
    pass


def load_text(doc_id: str) -> str:
    path = WORK / "texts" / f"{doc_id}.txt"
    if not path.exists():
        raise AuthoringError(f"no text for id {doc_id!r} at {path}")
    return path.read_text(encoding="utf-8")


def manifest_fields(doc_id: str) -> dict:
    """genre, level, province and source of a document, from the corpus manifest."""
    path = WORK / "manifest.json"
    for doc in json.loads(path.read_text(encoding="utf-8")) if path.exists() else []:
        if doc["id"] == doc_id:
            source = f"{doc['source']} [{doc['record']}] slices {json.dumps(doc['slices'])}"
            return {"genre": doc["genre"], "level": doc["level"], "province": doc["province"], "source": source}
    return {}


def locate(text: str, needle: str, cursor: int, ctx: str | None, at: int | None, floor: int, what: str) -> int:
    if not needle:
        raise AuthoringError(f"{what}: empty text")
    if at is not None:
        if text[at:at + len(needle)] != needle:
            raise AuthoringError(f"{what}: text at {at} is {text[at:at + len(needle)]!r}, not {needle!r}")
        return at
    if ctx:
        if needle not in ctx:
            raise AuthoringError(f"{what}: {needle!r} is not inside its ctx {ctx!r}")
        found = text.find(ctx, max(0, floor))
        while found >= 0:
            inner = ctx.find(needle)
            while inner >= 0 and found + inner < cursor:
                inner = ctx.find(needle, inner + 1)
            if inner >= 0:
                return found + inner
            found = text.find(ctx, found + 1)
        raise AuthoringError(f"{what}: ctx {ctx!r} not found after offset {cursor}")
    found = text.find(needle, cursor)
    if found < 0:
        before = text.find(needle)
        hint = f" (it occurs earlier, at {before}: entities must be in document order)" if before >= 0 else ""
        raise AuthoringError(f"{what}: {needle!r} not found after offset {cursor}{hint}")
    return found


def span(text: str, start: int, needle: str) -> dict:
    return {"start": start, "end": start + len(needle), "text": needle}


def _place_in_order(text: str, items: list[dict], key: str, kind: str, make, errors: list[str]) -> list[dict]:
    """Records for items listed in document order, ``item[key]`` located by searching forward."""
    out = []
    cursor, prev_start = 0, 0
    for i, item in enumerate(items):
        what = f"{kind} {i} ({item.get('label', '')} {item.get(key)!r})".replace("( ", "(")
        try:
            start = locate(text, item[key], cursor, item.get("ctx"), item.get("at"), prev_start, what)
        except (AuthoringError, KeyError) as exc:
            errors.append(str(exc))
            continue
        record = make(item, span(text, start, item[key]))
        record.update({k: v for k, v in item.items() if k not in {"label", key, "ctx", "at"}})
        out.append(record)
        prev_start, cursor = start, start + len(item[key])
    return out


def build(authoring: dict) -> dict:
    doc_id = authoring.get("id")
    text = load_text(doc_id)
    errors: list[str] = []
    gold = {"id": doc_id, **manifest_fields(doc_id), "text": text,
            "reference_date": authoring.get("reference_date"), "layers": authoring.get("layers") or sorted(LAYERS)}
    gold["entities"] = _place_in_order(text, authoring.get("entities", []), "text", "entity",
                                       lambda item, where: {"label": item["label"], **where}, errors)
    if "meta" in authoring:
        gold["meta"] = authoring["meta"]
    gold["activities"] = _place_in_order(text, authoring.get("activities", []), "trigger", "activity",
                                         lambda item, where: {"trigger": where}, errors)
    cursor = 0
    assignments = []
    for i, item in enumerate(authoring.get("assignments", [])):
        what = f"assignment {i} ({item.get('task', '')[:20]!r})"
        try:
            t_start = locate(text, item["task"], cursor, None, item.get("task_at"), 0, what + " task")
            g_start = locate(text, item["trigger"], max(0, t_start - 300), item.get("trigger_ctx"),
                             item.get("trigger_at"), max(0, t_start - 300), what + " trigger")
        except (AuthoringError, KeyError) as exc:
            errors.append(str(exc))
            continue
        asg = {"task": span(text, t_start, item["task"]), "trigger": span(text, g_start, item["trigger"])}
        asg.update({k: v for k, v in item.items()
                    if k not in {"task", "task_at", "trigger", "trigger_ctx", "trigger_at"}})
        assignments.append(asg)
        cursor = t_start
    gold["assignments"] = assignments
    errors.extend(check(gold))
    if errors:
        raise AuthoringError("\n".join(errors))
    return gold


def check(gold: dict) -> list[str]:
    """Problems of one gold record (offsets, labels, values, overlaps)."""
    text = gold["text"]
    out = []
    last_end, last = -1, None
    for ent in sorted(gold.get("entities", []), key=lambda e: e["start"]):
        name = f"entity {ent['label']} {ent['text']!r} at {ent['start']}"
        if text[ent["start"]:ent["end"]] != ent["text"]:
            out.append(f"{name}: offsets do not match the text")
        if ent["label"] not in LABELS:
            out.append(f"{name}: unknown label")
        if ent["start"] < last_end:
            out.append(f"{name}: overlaps {last!r}")
        last_end, last = ent["end"], ent["text"]
        if ent["label"] == "DATE" and ent.get("value"):
            for part in str(ent["value"]).split("/"):
                if part != ".." and not DATE_VALUE.match(part):
                    out.append(f"{name}: bad date value {ent['value']!r}")
        if ent["label"] == "METRIC" and not isinstance(ent.get("value"), (int, float)):
            out.append(f"{name}: METRIC needs a numeric value")
        if ent["label"] == "DEPT" and "canonical" not in ent:
            out.append(f"{name}: DEPT needs canonical (null when unknown)")
    for act in gold.get("activities", []):
        name = f"activity {act['trigger']['text']!r} at {act['trigger']['start']}"
        if act.get("type") not in TYPES:
            out.append(f"{name}: bad type {act.get('type')!r}")
        if act.get("mode") not in MODES:
            out.append(f"{name}: bad mode {act.get('mode')!r}")
        if not isinstance(act.get("agents"), list):
            out.append(f"{name}: agents must be a list")
    for asg in gold.get("assignments", []):
        name = f"assignment at {asg['task']['start']}"
        if not isinstance(asg.get("lead"), list) or not isinstance(asg.get("support", []), list):
            out.append(f"{name}: lead and support must be lists")
    meta = gold.get("meta")
    if meta is not None:
        division = meta.get("division")
        if not (isinstance(division, dict) and division.get("level") in LEVELS and division.get("code")):
            out.append(f"meta: division must be {{code, name, level}}, got {division!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("show"); p.add_argument("id"); p.add_argument("start", nargs="?", type=int, default=0)
    p.add_argument("end", nargs="?", type=int)
    p = sub.add_parser("find"); p.add_argument("id"); p.add_argument("string")
    p = sub.add_parser("build"); p.add_argument("authoring"); p.add_argument("-o", "--output")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "show":
            text = load_text(args.id)
            pos = 0
            for line in text.split("\n"):
                if pos + len(line) >= args.start and (args.end is None or pos <= args.end):
                    print(f"{pos:6d} | {line}")
                pos += len(line) + 1
        elif args.cmd == "find":
            text = load_text(args.id)
            print([m.start() for m in re.finditer(re.escape(args.string), text)])
        else:
            authoring = json.loads(Path(args.authoring).read_text(encoding="utf-8"))
            gold = build(authoring)
            line = json.dumps(gold, ensure_ascii=False)
            if args.output:
                Path(args.output).write_text(line + "\n", encoding="utf-8")
                print(f"{args.output}: {len(gold['entities'])} entities, {len(gold['activities'])} activities, "
                      f"{len(gold['assignments'])} assignments")
            else:
                print(line)
    except (AuthoringError, json.JSONDecodeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
