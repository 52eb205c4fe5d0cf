"""Document metadata of the real policy documents in ../shared/data/policy-documents.

State Council (state-council-2019.jsonl, 30 documents): govie's meta.title and meta.docno
against the collection's title and release_number (the reference; where it is wrong the
report says so). Guangzhou (guangzhou.jsonl, 19 documents): govie's docno, doc_issuers,
doc_date, effective and expires beside the collection's cells, to check by reading (the
cells are noisy: several doc_no cells are notes). Rules only, no model. Writes
benchmarks/results/policy_meta.md.

    python benchmarks/policy_meta.py [path/to/policy-documents]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import govie  # noqa: E402
from govie.taggers.docno import parse_docno  # noqa: E402

# ../shared next to the repository (a worktree sits one level deeper).
DEFAULT = next((p / "shared" / "data" / "policy-documents" for p in ROOT.parents
                if (p / "shared" / "data" / "policy-documents").is_dir()),
               ROOT.parent / "shared" / "data" / "policy-documents")
OUT = ROOT / "benchmarks" / "results" / "policy_meta.md"

# Where the collection's reference is wrong, read against the text (id -> why).
REFERENCE_WRONG = {
    "58": "the collection writes the decree as 国令第706号; the text has 中华人民共和国国务院令 第706号"
          " (the same number: compared by issuer and serial)",
}
_SPACE = re.compile(r"\s+")


def _same_docno(pred: str | None, ref: str | None) -> bool:
    if not pred or not ref:
        return pred == ref
    a = parse_docno(pred)
    short = re.fullmatch(r"国令第(\d+)号", _SPACE.sub("", ref))
    if a and a["year"] is None and short:
        # Decree numbers: the collection abbreviates 中华人民共和国国务院令 as 国令.
        return a["issuer"] == "国务院" and a["serial"] == int(short.group(1))
    return _SPACE.sub("", pred) == _SPACE.sub("", ref)


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def state_council(folder: Path) -> tuple[list[str], int, int, int]:
    rows = _read(folder / "state-council-2019.jsonl")
    lines = ["| id | title | docno | govie title / docno where wrong |", "| --- | --- | --- | --- |"]
    title_ok = docno_ok = both = 0
    for row in rows:
        meta = govie.extract(row["text"], model=None).meta
        t_ok = _SPACE.sub("", meta.get("title") or "") == _SPACE.sub("", row["title"])
        d_ok = _same_docno(meta.get("docno"), row["release_number"])
        title_ok += t_ok
        docno_ok += d_ok
        both += t_ok and d_ok
        note = "" if t_ok and d_ok else f"{meta.get('title')} / {meta.get('docno')}"
        if row["id"] in REFERENCE_WRONG:
            note = (note + "; " if note else "") + "reference: " + REFERENCE_WRONG[row["id"]]
        lines.append(f"| {row['id']} | {'ok' if t_ok else 'WRONG'} | {'ok' if d_ok else 'WRONG'} | {note} |")
    return lines, title_ok, docno_ok, both


def guangzhou(folder: Path) -> list[str]:
    rows = _read(folder / "guangzhou.jsonl")
    lines = ["| id | collection doc_no | govie docno | collection source | govie doc_issuers | govie issuer "
             "| doc_date | effective | expires |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        meta = govie.extract(row["original_text"], model=None).meta
        issuers = "、".join(meta.get("doc_issuers") or []) or "—"
        lines.append(f"| {row['id']} | {row['doc_no']} | {meta.get('docno') or '—'} | {row['source']} | {issuers} "
                     f"| {meta.get('issuer') or '—'} "
                     f"| {meta.get('doc_date') or '—'} | {meta.get('effective') or '—'} | {meta.get('expires') or '—'} |")
    return lines


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    sc, title_ok, docno_ok, both = state_council(folder)
    n = len(sc) - 2
    report = [
        "# Policy documents: the document's own record",
        "",
        "Produced by `benchmarks/policy_meta.py` (rules only) on `../shared/data/policy-documents`.",
        "",
        f"## State Council ({n} documents)",
        "",
        f"- title right: {title_ok}/{n}; docno right: {docno_ok}/{n}; both: {both}/{n}.",
        "",
        *sc,
        "",
        "## Guangzhou (19 documents: check by reading; the collection's cells are noisy)",
        "",
        *guangzhou(folder),
        "",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(report), encoding="utf-8")
    print(f"State Council: title {title_ok}/{n}, docno {docno_ok}/{n}, both {both}/{n}; written to {OUT}")


if __name__ == "__main__":
    main()
