"""govie's DEPT against the ``government`` mentions of CLUENER2020.

Usage: python scripts/cluener_government_recall.py [--held-out | --train] [--misses] [--model DIR|default|none] [FILE]

FILE defaults to cluener2020/train.json in GOVIE_PUBLIC_DATA or ../shared/data. ``--held-out`` scores only the fixed 10% of
it that no govie model is trained on (govie.training.split_held_out, the corpus's own seed), so the
bundled model can be scored fairly; ``--train`` scores only the other 90%, the part to read misses on
(treat the held-out part as a test set: its scores only). ``--model`` picks the model (default: none,
rules only). ``--misses`` prints every missed mention with its sentence and govie's DEPT spans.

A gold mention counts as found when a DEPT span matches it exactly, and as overlapped when a DEPT
span overlaps it. Precision counts the DEPT spans on sentences that have a government mention.
Misses are grouped by kind (the last characters of the name) so the lexicon's gaps show; the data
stays outside the repository (news text, unknown license). CLUENER's published government F1 on
its test set: BiLSTM+CRF 77.25, BERT-base 87.03, RoBERTa-wwm-large-ext 88.17; its government label
includes armed forces and foreign governments, which guide v2 leaves out.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import govie
from govie.training import _split_seed, public_data_dir, split_held_out

# Kinds of government bodies by the end of their names, most specific first.
KINDS = [
    ("military", "军$|军队|部队|司令部|陆战队|武警|军方"), ("central_bank", "央行|人民银行|人行|美联储|银行$"),
    ("foreign", "^(?:美国?|英国?|日本?|俄罗斯|俄|法国|德国?|韩国?|朝鲜|印度|伊拉克|伊朗|埃及|以色列|巴基斯坦|加拿大|澳大利亚|新加坡|意大利|西班牙|越南|菲律宾|泰国|联合国|欧盟|欧佩克|台湾|香港|澳门)"),
    ("court", "法院|法庭"), ("procuratorate", "检察院"), ("public_security", "公安[局厅]|派出所|公安|警察|交警|警方|特警"),
    ("congress/cppcc", "人大|人民代表大会|政协|常委会"), ("party", "委员会$|党委|纪委|中共|部$"),
    ("government", "政府|国务院"), ("township", "[镇乡]$|街道"),
    ("ministry/bureau", "[部局厅署委办]$"), ("foreign", "国$|[^省市县区]政府"),
]


# Mentions guide v2 does not mark as DEPT besides foreign and military ones: classes of bodies
# (警方, 公安机关, 监管部门, 地方政府, 部委, 中央财政: "Not DEPT" in the guide), and media,
# associations and enterprises (ORG: 央视, 中国房地产业协会, 人居环境委员会 of a research society).
NOT_DEPT = [
    ("class", "^(?:当地|相关|有关|各|该|国家|中国的各)?(?:警方|公安|公安机关|检察机关|司法机关|纪检监察机关|政府|地方政府|"
              "政府部门|政府机关|政府有关部门|政府主管部门|部委|[一二三四五六七八九十]部委|中央财政|国家财政|"
              "监管当局|监管部门|监管机构|执法大队|消防队|邮局|村委会|军警)$"
              "|^[^省市县区]{0,4}(?:部门|机构)$"),
    ("org", "央视|cctv|电视台|广播电台|新华网|新华社|法新社|协会|研究会|房协|消协|足协|人居委|人居环境|公司|集团|"
            "交易所|深交所|中储粮|国航|党$|^民建|网$"),
    ("foreign", "^[A-Za-z（）()\\-\\s“”]+$|国会|参议|白宫|北约|东盟|使馆|领馆|领事馆|联邦|州(?:政府|法院)|高院$|"
                "[^中]央行|美联储|中央情报局|中情局|五角大楼|欧洲|伊斯兰国|特拉华|魁北克|纽卡斯尔|卡迪夫|马里兰|"
                "加利福尼亚|洛杉矶|威斯敏斯特|施罗普郡|新南威尔士|奥巴马|巴蒂斯塔|油麻地|台北|金管会|皇家|阿尔及利亚|"
                "国民党|国名党|中华民国|移民及多元|紧急情况部|野生生物部|防御远景|警署|意甲|财政司$"),
    ("military", "舰队|自卫队|警卫队|空军|陆军|海军|师团|兵团|部队|指挥部|武装|特种|小队|独立连|游骑兵|铁道兵|卫队|基地"),
]


def guide_scope(name: str) -> str:
    """``dept`` when guide v2 marks the mention as a DEPT, else why not (class, org, foreign, military)."""
    kind = kind_of(name)
    if kind in ("military", "foreign"):
        return kind
    for scope, pattern in NOT_DEPT:
        if re.search(pattern, name, re.I):
            return scope
    return "dept"


def kind_of(name: str) -> str:
    for kind, pattern in KINDS:
        if re.search(pattern, name):
            return kind
    return "other"


def main(path: Path, held_out: bool, model: str | None, train: bool = False, show: bool = False) -> None:
    with path.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    if held_out or train:
        # The same split as govie.training.load_public_corpora + split_held_out (one piece per line).
        rest, held = split_held_out(docs, 0.1, seed=_split_seed("cluener2020"))
        docs = held if held_out else rest
    pipe = govie.Pipeline() if model == "default" else govie.Pipeline(model=model)
    gold = found = overlapped = predicted = 0
    # Foreign governments and armed forces are outside govie's registry (guide v2: Chinese
    # party and state organs); recall is also given without them.
    out_of_scope = {"military", "foreign"}
    scope_gold = scope_found = 0
    guide_gold = guide_found = 0
    misses: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for doc in docs:
        spans = [(s, e + 1, name) for name, offsets in doc["label"].get("government", {}).items()
                 for s, e in offsets]
        if not spans:
            continue
        result = pipe(doc["text"])
        depts = [(x.start, x.end) for x in result.entities if x.label == "DEPT"]
        predicted += len(depts)
        for s, e, name in spans:
            gold += 1
            kind = kind_of(name)
            in_scope = kind not in out_of_scope
            scope_gold += in_scope
            is_dept = guide_scope(name) == "dept"
            guide_gold += is_dept
            if (s, e) in depts:
                found += 1
                scope_found += in_scope
                guide_found += is_dept
                continue
            if any(a < e and s < b for a, b in depts):
                overlapped += 1
            misses[kind] += 1
            if show:
                found_here = ",".join(doc["text"][a:b] for a, b in depts)
                print(f"MISS\t{kind}\t{name}\t{found_here}\t{doc['text']}\t{guide_scope(name)}")
            examples.setdefault(kind, []).append(name)
    p = found / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    part = "held-out 10% of " if held_out else "training 90% of " if train else ""
    print(f"{part}{path.name}, model {model or 'none (rules only)'}")
    print(f"government mentions: {gold}; exact P {p:.3f} R {r:.3f} F1 {f:.3f}; "
          f"overlap recall {(found + overlapped) / max(gold, 1):.3f}; without foreign and military "
          f"({scope_gold}): exact recall {scope_found / max(scope_gold, 1):.3f}; DEPT by guide v2 (no classes, "
          f"media or associations either) ({guide_gold}): exact recall {guide_found / max(guide_gold, 1):.3f}")
    for kind, n in misses.most_common():
        if held_out:
            # The held-out part is a test set: its misses are counted by kind, never shown.
            print(f"  {kind:16s} {n:5d}")
            continue
        top = Counter(examples[kind]).most_common(12)
        print(f"  {kind:16s} {n:5d}  " + "、".join(f"{w}×{c}" if c > 1 else w for w, c in top))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", help="CLUENER2020 JSON lines (default: the public data's train.json)")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--held-out", action="store_true", help="only the fixed 10%% no model is trained on")
    which.add_argument("--train", action="store_true", help="only the other 90%% (to read misses on)")
    ap.add_argument("--misses", action="store_true", help="print each missed mention (never on --held-out)")
    ap.add_argument("--model", default="none", help="model directory, 'default' (bundled) or 'none' (rules only)")
    args = ap.parse_args()
    chosen = {"none": None, "default": "default"}.get(args.model, args.model)
    data = public_data_dir()
    if args.file is None and data is None:
        ap.error("no CLUENER2020 file: pass FILE or set GOVIE_PUBLIC_DATA")
    if args.misses and args.held_out:
        ap.error("--misses is for the training part; read only the held-out part's scores")
    main(Path(args.file) if args.file else data / "cluener2020" / "train.json", args.held_out, chosen,
         args.train, args.misses)
