"""Generate the bundled registry JSONL files from the reviewed TSV sources.

Usage: python -m govie.data.build_registry
Reads govie/data/registry_src/*.tsv and govie/data/divisions.tsv; writes
govie/data/registry/{central,provincial,customs,sichuan_cities,local}.jsonl.
tests/test_registry.py regenerates in memory and checks the committed files match.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent
SRC = DATA / "registry_src"
OUT = DATA / "registry"
SICHUAN = "510000"
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
# Hong Kong, Macau and Taiwan have no mainland-style departments.
EXCLUDED_PROVINCES = {"710000", "810000", "820000"}


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file whose header is its first non-comment line."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def split(cell: str) -> list[str]:
    return [x for x in cell.split("|") if x]


def load_divisions() -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in read_tsv(DATA / "divisions.tsv")}


def record(id_, name, aliases, kind, level, division, parent=None, valid_from=None,
           valid_to=None, predecessors=(), successors=()) -> dict:
    seen = {name}
    uniq = []
    for a in aliases:
        if a and a not in seen:
            seen.add(a)
            uniq.append(a)
    return {
        "id": id_, "name": name, "aliases": uniq, "kind": kind, "level": level,
        "division": division, "parent": parent or None,
        "valid_from": valid_from or None, "valid_to": valid_to or None,
        "predecessors": list(predecessors), "successors": list(successors),
    }


# News and local texts write a State Council ministry with 国家 or 中国 before it (国家建设部,
# 国家教育部, 中国外交部); the ministry's names and short names ending in 部 get those forms too.
_STATE_PREFIXED = ("国家", "国务院", "中国", "中华", "中央", "全国")


def state_prefixed(name: str, aliases: list[str], kind: str) -> list[str]:
    """国家/中国 + each name of a ministry ending in 部 (not 中华人民共和国X部, not 国家X部 already)."""
    if kind != "ministry":
        return []
    return [p + f for f in (name, *aliases) if f.endswith("部") and not f.startswith(_STATE_PREFIXED)
            for p in ("国家", "中国")]


# The traditional-script gateways of Taiwan-facing portals (big5.taiwan.cn, big5.chinataiwan.cn)
# rewrite 信息 as 資訊, in bodies' names too (工業和資訊化部, 國務院資訊化工作辦公室: 2008 reform news),
# and Taiwan-usage pages print 计划 as 計畫 (國家發展計畫委員會: a 2000 page on 西部開發辦), which
# the normalizer folds to 计画. No real body bears 资讯 or 计画.
_GATEWAY_WORDS = (("信息", "资讯"), ("计划", "计画"))


def gateway_forms(name: str, aliases: list[str]) -> list[str]:
    """Each name with 信息 written 资讯 and 计划 written 计画, as those pages print them."""
    out = []
    for f in (name, *aliases):
        g = f
        for a, b in _GATEWAY_WORDS:
            g = g.replace(a, b)
        if g != f:
            out.append(g)
    return out


# The PLA's bodies are written with 人民解放军 or 解放军 for 中国人民解放军 (人民解放军西藏军区: State Council
# report 1959, probe dept45n); the registry lists their full names.
_PLA = "中国人民解放军"


def pla_forms(name: str, kind: str) -> list[str]:
    """人民解放军X and 解放军X for a military body named 中国人民解放军X."""
    if kind != "military" or not name.startswith(_PLA) or len(name) <= len(_PLA):
        return []
    return ["人民解放军" + name[len(_PLA):], "解放军" + name[len(_PLA):]]


def build_central() -> list[dict]:
    out = []
    for r in read_tsv(SRC / "central.tsv"):
        aliases = split(r["aliases"])
        aliases += pla_forms(r["name"], r["kind"])
        aliases += state_prefixed(r["name"], aliases, r["kind"])
        aliases += gateway_forms(r["name"], aliases)
        out.append(record(r["id"], r["name"], aliases, r["kind"], "national", "",
                          r["parent"], r["valid_from"], r["valid_to"],
                          split(r["predecessors"]), split(r["successors"])))
    return out


def province_forms(code: str, div: dict) -> dict:
    """Placeholder values of one province; lists where a province has several."""
    full, short = div["name"], div["short"]
    if code in MUNICIPALITIES:
        pre, party = ["市"], ["市委"]
    elif full.endswith("自治区"):
        pre, party = ["自治区", "区"], ["自治区党委", "区党委"]
    else:
        pre, party = ["省"], ["省委"]
    return {"P": [full], "S": [short], "pre": pre, "party": party}


def expand(pattern: str, forms: dict) -> list[str]:
    """Every filling of a pattern's placeholders with the given forms."""
    results = [pattern]
    for key, values in forms.items():
        token = "{" + key + "}"
        nxt: list[str] = []
        for r in results:
            if token in r:
                nxt.extend(r.replace(token, v) for v in values)
            else:
                nxt.append(r)
        results = nxt
    return results


def build_provincial(divs: dict) -> list[dict]:
    template = read_tsv(SRC / "provincial.tsv")
    exceptions: dict[tuple[str, str], dict] = {}
    for r in read_tsv(SRC / "provincial_exceptions.tsv"):
        exceptions[(r["province"], r["key"])] = r
    out = []
    provinces = [c for c, d in divs.items() if d["level"] == "province" and c not in EXCLUDED_PROVINCES]
    for code in sorted(provinces):
        div = divs[code]
        forms = province_forms(code, div)
        present = set()
        rows = []
        for t in template:
            tail = t["muni"] if code in MUNICIPALITIES and t["muni"] else t["name"]
            if tail == "-":
                continue
            shorts = split(t["shorts"])
            exc = exceptions.get((div["name"], t["key"]))
            if exc:
                if exc["name"] == "-":
                    continue
                tail = exc["name"] or tail
                shorts = shorts + split(exc["aliases"])
            present.add(t["key"])
            rows.append((t, tail, shorts))
        for t, tail, shorts in rows:
            aliases: list[str] = []
            if "{" in tail:
                name = expand(tail, forms)[0]
                for s in shorts:
                    aliases += expand("{P}" + s, forms) + expand("{S}" + s, forms) + expand("{pre}" + s, forms)
            else:
                name = div["name"] + tail
                aliases += expand("{S}" + tail, forms) + expand("{pre}" + tail, forms)
                if t["bare"] == "y":
                    aliases.append(tail)
                for s in shorts:
                    aliases += expand("{P}" + s, forms) + expand("{S}" + s, forms) + expand("{pre}" + s, forms)
                    if t["bare"] == "y":
                        aliases.append(s)
            for pat in split(t["aliases"]):
                aliases += expand(pat, forms)
            key = t["key"]
            if key == "gov":
                parent = None
            elif key.startswith("party-") or key == "party-ceo":
                parent = f"p.{code}.party"
            elif t["kind"] in ("department", "special", "office", "public_institution"):
                parent = f"p.{code}.gov"
            else:
                parent = None
            out.append(record(
                f"p.{code}.{key}", name, aliases, t["kind"], "province", code, parent,
                t["valid_from"], t["valid_to"],
                [f"p.{code}.{k}" for k in split(t["predecessors"]) if k in present],
                [f"p.{code}.{k}" for k in split(t["successors"]) if k in present],
            ))
    return out


def build_customs(divs: dict) -> list[dict]:
    out = []
    used = set()
    for r in read_tsv(SRC / "customs.tsv"):
        div = r["division"]
        id_ = f"customs.{div}"
        n = 2
        while id_ in used:
            id_ = f"customs.{div}-{n}"
            n += 1
        used.add(id_)
        city = r["city"]
        out.append(record(id_, f"中华人民共和国{city}海关", [f"{city}海关"] + split(r["aliases"]),
                          "vertical", "province" if divs[div]["level"] == "province" else "city",
                          div, "cn.gac-customs"))
    return out


def build_sichuan_cities(divs: dict) -> list[dict]:
    template = read_tsv(SRC / "city.tsv")
    exceptions = {(r["city"], r["key"]): r for r in read_tsv(SRC / "city_exceptions.tsv")}
    out = []
    cities = sorted(c for c, d in divs.items() if d["parent"] == SICHUAN and d["level"] == "city")
    for code in cities:
        div = divs[code]
        full = div["name"]
        prefixes = [full]
        if full.endswith("自治州"):
            prefixes += [div["short"] + "州"]
        for t in template:
            tail, shorts = t["name"], split(t["shorts"])
            exc = exceptions.get((full, t["key"]))
            if exc:
                if exc["name"] == "-":
                    continue
                tail = exc["name"] or tail
                shorts = shorts + split(exc["aliases"])
            aliases = []
            if "{C}" in tail:
                name = tail.replace("{C}", full)
                aliases += [p + s for p in prefixes for s in shorts]
                aliases += [tail.replace("{C}", p) for p in prefixes[1:]]
            else:
                name = full + tail
                aliases += [p + tail for p in prefixes[1:]]
                aliases += [p + s for p in prefixes for s in shorts]
            key = t["key"]
            parent = None if key in ("gov", "party") else f"c.{code}.gov"
            if t["kind"] in ("court", "procuratorate", "vertical"):
                parent = None
            out.append(record(f"c.{code}.{key}", name, aliases, t["kind"], "city", code, parent,
                              t["valid_from"], t["valid_to"],
                              [f"c.{code}.{k}" for k in split(t["predecessors"])],
                              [f"c.{code}.{k}" for k in split(t["successors"])]))
    return out


def build_local() -> list[dict]:
    out = []
    for r in read_tsv(SRC / "local.tsv"):
        out.append(record(r["id"], r["name"], split(r["aliases"]), r["kind"], r["level"], r["division"],
                          r["parent"], r["valid_from"], r["valid_to"],
                          split(r["predecessors"]), split(r["successors"])))
    return out


def build_all() -> dict[str, str]:
    """File name -> JSONL text of every bundled registry file."""
    divs = load_divisions()
    parts = {
        "central.jsonl": build_central(),
        "provincial.jsonl": build_provincial(divs),
        "customs.jsonl": build_customs(divs),
        "sichuan_cities.jsonl": build_sichuan_cities(divs),
        "local.jsonl": build_local(),
    }
    return {
        name: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        for name, records in parts.items()
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, text in build_all().items():
        (OUT / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
