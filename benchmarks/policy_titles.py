"""Parse every State Council policy title and report how doc_type and issuer were found.

doc_type: parsed (a document word ends the title), fallback (rightmost document
word inside an official title), unknown. issuer: parsed (the title starts with
its issuer), fallback (the canonical issuer of the listed document number's
code), unknown. Writes benchmarks/results/policy_titles.md.

    python benchmarks/policy_titles.py [path/to/state_council_policy_titles.csv]
"""

from __future__ import annotations

import collections
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govie.taggers.docno import parse_docno  # noqa: E402
from govie.taggers.titles import parse_title  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "state-council-policy-titles" / "state_council_policy_titles.csv"
OUT = ROOT / "benchmarks" / "results" / "policy_titles.md"


def run(path: Path) -> str:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    t0 = time.perf_counter()
    type_src: collections.Counter = collections.Counter()
    issuer_src: collections.Counter = collections.Counter()
    types: collections.Counter = collections.Counter()
    issuers: collections.Counter = collections.Counter()
    statuses: collections.Counter = collections.Counter()
    docno_ok = docno_known = docno_total = relay = relay_inner = 0
    unknown_type: list[str] = []
    unknown_issuer: list[str] = []
    fallback_type: list[str] = []
    for row in rows:
        title = row["title"]
        info = parse_title(title)
        type_src[info["doc_type_source"] or "unknown"] += 1
        types[info["doc_type"]] += 1
        statuses[info["status"]] += 1
        if info["doc_type"] is None:
            unknown_type.append(title)
        elif info["doc_type_source"] == "fallback":
            fallback_type.append(f"{title} → {info['doc_type']}")
        if any(v in title for v in ("印发", "转发", "批转")):
            relay += 1
            relay_inner += info["inner"] is not None
        num = parse_docno(row["doc_number"]) if row["doc_number"] else None
        if row["doc_number"]:
            docno_total += 1
            docno_ok += num is not None
            docno_known += bool(num and num["issuer"])
        if info["issuer"]:
            issuer_src["parsed"] += 1
            key = "、".join(info["issuer"]) if isinstance(info["issuer"], list) else info["issuer"]
            issuers[key] += 1
        elif num and num["issuer"]:
            issuer_src["fallback"] += 1
        else:
            issuer_src["unknown"] += 1
            unknown_issuer.append(title)
    elapsed = time.perf_counter() - t0
    regs = sum(parse_title(t)["doc_type"] in ("条例", "办法", "规定", "细则", "预案", "规划") for t in unknown_issuer)
    n = len(rows)

    def share(c: collections.Counter, k: str) -> str:
        return f"{c[k]} ({c[k] / n:.1%})"

    lines = [
        "# State Council policy titles: doc_type and issuer",
        "",
        f"Input: `{path.name}`, {n} titles; parsed in {elapsed:.2f} s.",
        "Produced by `benchmarks/policy_titles.py`.",
        "",
        "| attribute | parsed | fallback | unknown |",
        "| --- | --- | --- | --- |",
        f"| doc_type | {share(type_src, 'suffix')} | {share(type_src, 'fallback')} | {share(type_src, 'unknown')} |",
        f"| issuer | {share(issuer_src, 'parsed')} | {share(issuer_src, 'fallback')} | {share(issuer_src, 'unknown')} |",
        "",
        "- doc_type parsed: a document word ends the title (after status brackets, periods, 第N号);",
        "  fallback: rightmost document word inside a title that names an issuer or has 关于.",
        "- issuer parsed: the title starts with its issuer; fallback: canonical issuer of the",
        "  code in the `doc_number` column (noisy: often the first number cited, see SOURCE.txt).",
        f"- Relay titles (印发/转发/批转): {relay}, with an inner document: {relay_inner}.",
        f"- Document numbers: {docno_total} given, {docno_ok} parsed, {docno_known} with a known issuer code.",
        f"- Of the titles with no issuer, {regs} are regulations and plans issued by decree"
        " (条例, 办法, 规定, 细则, 预案, 规划) whose title names no issuer and which carry no number.",
        "",
        "## doc_type counts",
        "",
        "| doc_type | titles |",
        "| --- | --- |",
        *(f"| {k} | {v} |" for k, v in types.most_common()),
        "",
        "## status counts",
        "",
        "| status | titles |",
        "| --- | --- |",
        *(f"| {k} | {v} |" for k, v in statuses.most_common()),
        "",
        "## Most frequent issuers (as written)",
        "",
        "| issuer | titles |",
        "| --- | --- |",
        *(f"| {k} | {v} |" for k, v in issuers.most_common(20)),
        "",
        f"## doc_type fallback ({len(fallback_type)})",
        "",
        *(f"- {t}" for t in fallback_type[:50]),
        "",
        f"## doc_type unknown ({len(unknown_type)})",
        "",
        *(f"- {t}" for t in unknown_type[:50]),
        "",
        f"## issuer unknown ({len(unknown_issuer)}, first 50)",
        "",
        *(f"- {t}" for t in unknown_issuer[:50]),
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    report = run(path)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(report, encoding="utf-8")
    print("\n".join(report.splitlines()[:10]))


if __name__ == "__main__":
    main()
