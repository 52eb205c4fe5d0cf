"""Rules-only recall of govie's DEPT on the ``government`` mentions of CLUENER2020's train split.

Usage: python scripts/cluener_government_recall.py [/work/shared/data/cluener2020/train.json]

A gold mention counts as found when a DEPT span matches it exactly, and as overlapped when a
DEPT span overlaps it. Misses are grouped by kind (the last characters of the name) so the
lexicon's gaps show; the data stays outside the repository (news text, unknown license).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import govie

DEFAULT = Path("/work/shared/data/cluener2020/train.json")
# Kinds of government bodies by the end of their names, most specific first.
KINDS = [
    ("military", "军$|军队|部队|司令部|陆战队|武警|军方"), ("central_bank", "央行|人民银行|人行|美联储|银行$"),
    ("foreign", "^(?:美国?|英国?|日本?|俄罗斯|俄|法国|德国?|韩国?|朝鲜|印度|伊拉克|伊朗|埃及|以色列|巴基斯坦|加拿大|澳大利亚|新加坡|意大利|西班牙|越南|菲律宾|泰国|联合国|欧盟|欧佩克|台湾|香港|澳门)"),
    ("court", "法院|法庭"), ("procuratorate", "检察院"), ("public_security", "公安[局厅]|派出所|公安|警察|交警|警方|特警"),
    ("congress/cppcc", "人大|人民代表大会|政协|常委会"), ("party", "委员会$|党委|纪委|中共|部$"),
    ("government", "政府|国务院"), ("township", "[镇乡]$|街道"),
    ("ministry/bureau", "[部局厅署委办]$"), ("foreign", "国$|[^省市县区]政府"),
]


def kind_of(name: str) -> str:
    for kind, pattern in KINDS:
        if re.search(pattern, name):
            return kind
    return "other"


def main(path: Path) -> None:
    gold = found = overlapped = 0
    # Foreign governments and armed forces are outside govie's registry (guide v2: Chinese
    # party and state organs); recall is also given without them.
    out_of_scope = {"military", "foreign"}
    scope_gold = scope_found = 0
    misses: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            spans = [(s, e + 1, name) for name, offsets in doc["label"].get("government", {}).items()
                     for s, e in offsets]
            if not spans:
                continue
            result = govie.extract(doc["text"], model=None)
            depts = [(x.start, x.end) for x in result.entities if x.label == "DEPT"]
            for s, e, name in spans:
                gold += 1
                kind = kind_of(name)
                in_scope = kind not in out_of_scope
                scope_gold += in_scope
                if (s, e) in depts:
                    found += 1
                    scope_found += in_scope
                    continue
                if any(a < e and s < b for a, b in depts):
                    overlapped += 1
                misses[kind] += 1
                examples.setdefault(kind, []).append(name)
    print(f"government mentions: {gold}; exact recall {found / gold:.3f}; "
          f"overlap recall {(found + overlapped) / gold:.3f}; without foreign and military "
          f"({scope_gold}): exact recall {scope_found / scope_gold:.3f}")
    for kind, n in misses.most_common():
        top = Counter(examples[kind]).most_common(12)
        print(f"  {kind:16s} {n:5d}  " + "、".join(f"{w}×{c}" if c > 1 else w for w, c in top))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
