"""DEPT links to another division's body, over readable real text.

Usage: python scripts/division_links.py [--sources cluener,pd,msra,wr,sc,dev] [--model default|none]
       [--every N] [--show]

Runs govie over the news sentences of CLUENER2020 (train split without the fixed 10% held out for
the model), People's Daily and MSRA NER, the unannotated 2026 work reports and State Council reports
that are neither annotated nor test sources, and the dev texts; ``--every N`` reads every Nth text
(a sample for the model). Every DEPT linked to a body is checked (the logic of
tests/test_corpus_divisions.py) and flagged when:

- unnamed: the body's division is neither the document's nor an ancestor, nor named in the sentence;
- bare-after-other: a name without place or level (畜牧局) linked to a local body of another
  division than the body named just before it in the sentence (北京市怀柔县民政局、畜牧局);
- attached: such a bare name glued to an organisation's name (…局扶贫办).

Prints counts by source and kind, and with ``--show`` each flag with its sentence. The news text
stays outside the repository (shared-data README): nothing is written.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import govie
from govie.kb.divisions import NATIONAL, load_divisions
from govie.kb.registry import default_registry
from govie.training import _split_seed, public_data_dir, split_held_out

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_corpus_divisions import _division_of, _named, _sentence  # noqa: E402

# Readable (neither annotated nor test sources): see the annotations' manifest.
WORK_REPORTS = ("内蒙古", "吉林", "天津", "宁夏", "江西", "海南", "陕西", "青海")
SC_SKIP = {1954, 1978, 1985, 1988, 1997, 2008, 2012, 2016, 2019, 2023}
_ORG_END = re.compile(r"[\u4e00-\u9fff]{2,}(?:局|站|公司|集团|银行|大学|学院|医院|中心|协会|所|厂|馆|社)$")
_LEVEL = ("省", "市", "县", "区", "州", "自治区", "中共", "国家", "中国", "中华", "全国", "国务院", "中央")


def _bio(path: Path) -> list[str]:
    out, cur = [], []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            if cur:
                out.append("".join(cur))
                cur = []
            continue
        cur.append(line.split()[0])
    if cur:
        out.append("".join(cur))
    return out


def sources(which: list[str], data: Path):
    if "cluener" in which:
        docs = [json.loads(line) for line in (data / "cluener2020" / "train.json").open(encoding="utf-8") if line.strip()]
        rest, _ = split_held_out(docs, 0.1, seed=_split_seed("cluener2020"))
        for i, d in enumerate(rest):
            yield f"cluener:{i}", d["text"]
    if "pd" in which:
        for name in ("example.dev", "example.test"):
            for i, s in enumerate(_bio(data / "peoples-daily-ner" / name)):
                yield f"pd:{name}:{i}", s
    if "msra" in which:
        for i, s in enumerate(_bio(data / "msra-ner" / "msra_test_bio.txt")):
            yield f"msra:{i}", s
    if "wr" in which:
        csv.field_size_limit(1 << 30)
        for path in sorted((data / "work-reports-2026").glob("*.csv")):
            if any(k in path.stem for k in WORK_REPORTS):
                with path.open(encoding="utf-8-sig", newline="") as f:
                    for row in csv.DictReader(f):
                        yield f"wr:{path.stem}", row["full_text"]
    if "sc" in which:
        for line in (data / "state-council-work-reports" / "government_work_reports.jsonl").open(encoding="utf-8"):
            d = json.loads(line)
            year = re.match(r"\d{4}", d["title"])
            if year and int(year.group()) not in SC_SKIP:
                yield f"sc:{year.group()}", d["content"]
    if "dev" in which:
        for path in sorted((ROOT / "annotations" / "dev").glob("*.jsonl")):
            for line in path.open(encoding="utf-8"):
                d = json.loads(line)
                yield f"dev:{d['id']}", d["text"]


def _bare(divs, name: str) -> bool:
    return not name.startswith(_LEVEL) and not divs.parse_prefix(name, None)[0] and not divs.mentions(name)


def flags(text: str, r, divs, registry):
    doc = (r.meta.get("division") or {}).get("code")
    allowed = {NATIONAL, *divs.ancestry(doc)} if doc and doc != NATIONAL else {NATIONAL}
    depts = [e for e in r.entities if e.label == "DEPT"]
    for e in depts:
        if not e.attrs.get("canonical"):
            continue
        code = _division_of(e, divs, registry, doc or NATIONAL)
        sentence = _sentence(text, e.start, e.end)
        if code is not None and code not in allowed and not _named(divs, code, sentence):
            yield "unnamed", e, sentence
        elif code not in (None, NATIONAL) and _bare(divs, e.text):
            before = [p for p in depts if p.end <= e.start and e.start - p.end <= 30
                      and not re.search("[。\n]", text[p.end:e.start])]
            if before:
                prev = before[-1]
                pc = _division_of(prev, divs, registry, doc or NATIONAL) if prev.attrs.get("canonical") else None
                if pc is None and not _bare(divs, prev.text):
                    pc = "?"
                if pc is not None and pc != code:
                    yield "bare-after-other", e, sentence
                    continue
            if e.start and _ORG_END.search(text[max(0, e.start - 8):e.start]):
                yield "attached", e, sentence


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", default="cluener,pd,msra,wr,sc,dev")
    ap.add_argument("--model", default="none")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    model = None if a.model == "none" else (govie.pipeline.BUNDLED_MODEL if a.model == "default" else a.model)
    data = public_data_dir()
    if data is None:
        sys.exit("no shared data: set GOVIE_PUBLIC_DATA")
    divs, registry = load_divisions(), default_registry()
    counts: Counter[str] = Counter()
    texts = linked = 0
    for k, (name, text) in enumerate(sources(a.sources.split(","), data)):
        if k % a.every:
            continue
        texts += 1
        r = govie.extract(text, model=model)
        linked += sum(1 for e in r.entities if e.label == "DEPT" and e.attrs.get("canonical"))
        for kind, e, sentence in flags(text, r, divs, registry):
            counts[f"{name.split(':')[0]} {kind}"] += 1
            if a.show:
                print(f"{name}\t{kind}\t{e.text}\t{e.attrs['canonical']}\t{sentence[:160]}")
    print(f"{texts} texts, {linked} linked DEPT, {sum(counts.values())} flagged")
    for key, n in sorted(counts.items()):
        print(f"  {key}: {n}")


if __name__ == "__main__":
    main()
