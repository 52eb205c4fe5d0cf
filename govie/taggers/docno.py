"""DOCNO: document numbers (发文字号) such as 国发〔2019〕5号, 川办函〔2022〕7号 and
穗天科工信规字〔2023〕1号, and decree numbers (国务院令第706号).

A local number opens with the abbreviation of its division (穗 广州市, 穗天 广州市天河区, 川
四川省; ``data/docno_prefixes.csv``); its issuer is composed from that division and the code
that follows (府办 人民政府办公厅, 民 民政局; ``data/docno_local_codes.csv``), never read as a
central code. Central and provincial codes are in ``data/docno_codes.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
from govie.text import recached as re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from govie.kb.divisions import MUNICIPALITIES, NATIONAL, load_divisions, townships
from govie.kb.registry import STATE_COUNCIL, Registry, default_registry
from govie.taggers import PRIORITY
from govie.types import Context, Mention

__all__ = ["tag_docnos", "parse_docno", "code_issuer", "iter_docnos", "docno_division", "local_issuer",
           "iter_decrees"]

SOURCE = "rules.docno"
# Longest issuer code kept; the CJK run before the bracket may hold running text.
MAX_CODE = 10

# The year and serial part, found first: a scan for it never backtracks over CJK text.
# „‟ stand for 〔〕 where a word processor's font had no 〔〕 (国办发„2009‟3号 on document mirrors);
# ﹝﹞ are the small-form brackets some sites type (湘学助﹝2024﹞30号).
_TAIL = re.compile(
    r"[〔\[［【（(„﹝]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】）)‟﹞]\s*(?:第\s*)?(?P<serial>\d{1,5})\s*号"
)
# Decree numbers have a serial and no year: 中华人民共和国国务院令 第706号, 广东省人民政府令第181号.
# The body before 令 is a government or a ministry named in full (住房城乡建设部令第11号).
DECREE = re.compile(
    r"(?P<body>(?:中华人民共和国)?国务院|[\u4e00-\u9fff]{2,14}?(?:人民政府|政府|部|委员会|总局|署|局|行))"
    r"令\s*[（(]?\s*(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?第\s*(?P<serial>\d{1,5})\s*号[）)]?"
)
# What every decree number holds from its 令 on: sre skips to a 令 in C, while DECREE's
# opening name tries every character of the text (most texts have no decree number).
DECREE_TAIL = re.compile(r"令\s*[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号")
# The same decree cited with its number first (建设部81号令, 国务院第279号令: a 2010 notice of 锡林郭勒盟,
# probe dept28p): no DOCNO, but the body before it is still the body of the decree's year.
DECREE_TAIL_INVERTED = re.compile(r"\s*(?:第\s*)?\d{1,5}\s*号令")
# Words of running text that may stand right before a code ("根据国发…"), and a portal's label
# run into it once the space is gone (文件编号 浦府〔2022〕1号: pudong.gov.cn, probe docno30).
_LEAD = re.compile(r"^(?:根据|依据|按照|参照|对照|遵照|贯彻|落实|执行|印发|转发|见|即|和|及|与|或|的|是|为|以|按|据|照|文件"
                   r"|号文|发文字号|字号|文号|编号)+")


@dataclass(frozen=True)
class _Prefix:
    prefix: str
    division: str
    next: str  # characters one of which must follow the prefix ("" = any)


@lru_cache(maxsize=1)
def _codes() -> tuple[dict[str, str], dict[str, str]]:
    """(exact codes, prefix codes) -> canonical issuer, from data/docno_codes.csv."""
    exact: dict[str, str] = {}
    prefix: dict[str, str] = {}
    for row in _read_csv("docno_codes.csv"):
        table = prefix if row["match"] == "prefix" else exact
        table[row["code"]] = row["issuer"]
    return exact, prefix


def _read_csv(name: str) -> list[dict[str, str]]:
    path = resources.files("govie") / "data" / name
    with path.open(encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if row.get(next(iter(row)), "").strip()]


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, list[_Prefix]]:
    """Local prefixes by their text, from data/docno_prefixes.csv."""
    out: dict[str, list[_Prefix]] = {}
    for row in _read_csv("docno_prefixes.csv"):
        out.setdefault(row["prefix"], []).append(_Prefix(row["prefix"], row["division"], row["next"] or ""))
    return out


@lru_cache(maxsize=1)
def _local_codes() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Local body codes -> (province-level suffixes, city-level suffixes), preferred first."""
    return {row["code"]: (tuple(row["province"].split("|")), tuple(row["city"].split("|")))
            for row in _read_csv("docno_local_codes.csv")}


@lru_cache(maxsize=1)
def _code_provinces() -> dict[str, tuple[str, ...]]:
    """Local body codes whose body holds only in some provinces (two-digit codes): elsewhere the
    same code names another body, so the issuer is unknown (办发: Sichuan's government office,
    another province's Party committee office)."""
    return {row["code"]: tuple(row["only_in"].split("|")) for row in _read_csv("docno_local_codes.csv")
            if row.get("only_in")}


@lru_cache(maxsize=1)
def _max_prefix() -> int:
    return max(map(len, _prefixes()))


@lru_cache(maxsize=1)
def _max_local_code() -> int:
    return max(map(len, _local_codes()))


def _division_of(prefix: str, rest: str, within: str | None) -> str | None:
    """The division a prefix stands for, given what follows it; None when ambiguous."""
    rows = [p for p in _prefixes().get(prefix, ()) if not p.next or rest[:1] in p.next]
    conditioned = [p for p in rows if p.next]
    if conditioned:
        rows = conditioned
    if within and len(rows) > 1:
        # The jurisdiction itself first (济 is 济南 and 济宁, both in 山东), then its province.
        # A district's or county's text reads its own city's prefix (云府办 in a 云城区 text: 云浮市's).
        inside = [p for p in rows if p.division == within] \
            or [p for p in rows if within[4:] != "00" and p.division == within[:4] + "00"] \
            or [p for p in rows if p.division[:2] == within[:2]]
        rows = inside or rows
    if within and within != NATIONAL and rows and all(
            p.division[:2] != within[:2] and not p.division.endswith("0000") for p in rows) \
            and _province_shares(prefix, within[:2]):
        # A city's or county's prefix read in another province's document whose own divisions share
        # the abbreviation is most often theirs (长政办发 of 长阳县, 湖北, is not 长沙's): no body rather
        # than a far city's. Where none does, the far city is the one cited (a 宜昌 notice forwarding
        # 深府办〔2020〕5号 cites 深圳's: review13).
        return None
    codes = {p.division for p in rows}
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=512)
def _province_shares(prefix: str, province: str) -> bool:
    """Whether a division of the province (two-digit code) has a name opening with the prefix."""
    return any(d.code[:2] == province and d.code != province + "0000" and d.name.startswith(prefix)
               for d in load_divisions().by_code.values())


def _split_local(code: str, within: str | None = None) -> tuple[str, str | None, str] | None:
    """(prefix, division, rest) of a local code such as 穗天科工信规字, else None.

    The longest prefix wins (穗天 before 穗); the rest must start with a known local
    body code, so running text that happens to start with 成 or 新 is no local number.
    """
    exact, prefixed = _codes()
    for n in _prefix_lengths(code):
        prefix, rest = code[:n], code[n:]
        if rest == "发" and (code in exact or code in prefixed):
            continue  # 银发 is 中国人民银行's, not 银川's Party committee
        if _local_body(rest):
            division = _division_of(prefix, rest, within)
            if division and rest.startswith("市府") and division.endswith("0000") and division not in MUNICIPALITIES:
                # A province's own government is 府/省府: 赣市府办发 is a city's (赣州), whose prefix is not listed.
                division = None
            return prefix, division, rest
    return None


def _prefix_lengths(code: str) -> list[int]:
    """Lengths of the registered division prefixes that start a code, longest first."""
    return [n for n in range(min(len(code) - 1, _max_prefix()), 0, -1) if code[:n] in _prefixes()]


def _local_body(rest: str) -> str | None:
    """The longest local body code at the start of the rest of a code."""
    for n in range(min(len(rest), _max_local_code()), 0, -1):
        if rest[:n] in _local_codes():
            return rest[:n]
    return None


def _division_name(code: str) -> str | None:
    """The name a number's issuer starts with: the divisions' own rule (a district carries its
    city, a county stands alone), so that 高政发's body is the DEPT canonical 高青县人民政府."""
    divs = load_divisions()
    if code not in divs.by_code:
        return None
    return divs.full_name(code)


# Codes of the Party committee's own departments and offices after 委: 农办 (农村工作领导小组办公室),
# 组 (组织部), 宣 (宣传部), 统 (统战部), 政法, 编 (编办), 网信, 财经, 外 (外事), 深改, 老干, 政研.
_PARTY_DEPARTMENT = re.compile("农|组|宣|统|政法|编|网信|财经|外|深改|老干|政研")


def local_issuer(code: str, *, within: str | None = None, registry: Registry | None = None,
                 year: int | None = None) -> str | None:
    """Issuer of a local code: its division's body named by the code after the prefix.

    穗府办规 -> 广州市人民政府办公厅, 穗天科工信规字 -> 广州市天河区科技工业和信息化局. Of several
    names a body may have, the one the registry knows wins; None when the prefix is
    ambiguous (宁 is 宁夏 and 南京) or the code unknown, and for a provincial capital's or
    sub-provincial city's government office the evidence for ``year`` does not name.
    """
    return _local_issuer(code, within, registry, year) or None


def _local_issuer(code: str, within: str | None, registry: Registry | None, year: int | None) -> str | None:
    """local_issuer, with "" where the city-office evidence rules that no body be built (so that no
    other table's body for the same code stands in: 青政办 is 青海's, not 青岛's)."""
    split = _split_local(code, within)
    if split is None or split[1] is None:
        return None
    return _evidenced_office(_compose(split[1], split[2], registry), split[1], year)


@lru_cache(maxsize=1)
def _city_office_rows() -> dict[str, list[tuple[str, int | None, bool]]]:
    """division -> (office, year or None, checked) rows of data/city_gov_offices.tsv."""
    path = resources.files("govie") / "data" / "city_gov_offices.tsv"
    out: dict[str, list[tuple[str, int | None, bool]]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            year = int(row["year"]) if row["year"].strip() else None
            out.setdefault(row["code"], []).append((row["office"], year, row["kind"] != "dataset"))
    return out


def city_office(division: str, year: int | None = None) -> str | None:
    """The name (人民政府办公厅 or 人民政府办公室) the evidence of data/city_gov_offices.tsv gives a
    provincial capital's or sub-provincial city's government office in ``year``; None when there is
    none, or it conflicts, or only unchecked data ("dataset" rows) gives it.

    A name covers the years of its dated evidence (first to last), or every year when it has only
    undated evidence; a year no name covers (or no year) takes all the city's evidence. 太原: 办公厅 in
    2018, 办公室 in 2022 (unchecked): 2018 gives 办公厅, 2020 none."""
    rows = _city_office_rows().get(division, ())
    dated: dict[str, list[int]] = {}
    checked: set[str] = set()
    for office, y, ok in rows:
        lst = dated.setdefault(office, [])
        if y is not None:
            lst.append(y)
        if ok:
            checked.add(office)
    covering = {o for o, ys in dated.items() if year is not None and (not ys or min(ys) <= year <= max(ys))}
    names = covering or set(dated)
    return next(iter(names)) if len(names) == 1 and names <= checked else None


_GOV_OFFICES = ("人民政府办公厅", "人民政府办公室")


def _evidenced_office(name: str | None, division: str, year: int | None) -> str | None:
    """A capital's or sub-provincial city's government office as the evidence names it in ``year``
    (鄂州's is 办公室 by rule; 广州's 办公厅, 合肥's 办公室 by the table); "" when the evidence names none."""
    if name is None or division not in _SUB_PROVINCIAL_CITIES:
        return name
    place = _division_name(division) or ""
    if not name.startswith(place) or name[len(place):] not in _GOV_OFFICES:
        return name
    office = city_office(division, year)
    return place + office if office else ""


# The sub-provincial cities (副省级城市) and the provincial capitals: some governments have a 办公厅 as a
# province's does (广州, 武汉, 南宁: 南府办 → 南宁市人民政府办公厅), some an office (合肥, 银川, 拉萨), and
# some changed; their office is read from data/city_gov_offices.tsv by year (city_office), never guessed.
_SUB_PROVINCIAL_CITIES = frozenset({"440100", "440300", "420100", "510100", "320100", "330100", "370100", "370200",
                                    "210200", "210100", "220100", "230100", "610100", "350200", "330200",
                                    "130100", "140100", "150100", "340100", "350100", "360100", "410100", "430100",
                                    "450100", "460100", "520100", "530100", "540100", "620100", "630100", "640100",
                                    "650100"})


def _compose(division: str, rest: str, registry: Registry | None = None) -> str | None:
    """The body of a division a local code's body part names (510000 + 发改 -> 四川省发展和改革委员会)."""
    place = _division_name(division)
    body = _local_body(rest)
    if place is None or body is None or division[:2] not in _code_provinces().get(body, (division[:2],)):
        return None
    if body == "委" and _PARTY_DEPARTMENT.match(rest, 1):
        # 儋委农办, 穗委农办, 穗委宣: a department or office of the Party committee (its rural work office,
        # its publicity department), not the committee; which one the tables do not say (probe dept54c).
        return None
    province_level = division.endswith("0000") and division not in MUNICIPALITIES
    suffixes = _local_codes()[body][0 if province_level else 1]
    names = [s.format(place) if "{}" in s else place + s for s in suffixes]
    level = load_divisions().by_code[division].level
    if level == "city" and division not in _SUB_PROVINCIAL_CITIES:
        # A prefecture's government has an office (办公室) unless the city is sub-provincial or a capital
        # (广州, 武汉 … have a 办公厅): 鄂州政办发 → 鄂州市人民政府办公室, 濮政办 → 濮阳市人民政府办公室.
        names.sort(key=lambda n: not n.endswith("人民政府办公室"))
    if level == "county":
        # A county's government has an office (办公室), never a 办公厅 (穗天府办: 天河区人民政府办公室);
        # where a city's body may be a 委员会 or a 局, a county's is the 局 (深龙华卫计: 卫生和计划生育局).
        names = list(dict.fromkeys(n.replace("人民政府办公厅", "人民政府办公室") for n in names))
        names.sort(key=lambda n: not n.endswith("局"))
    reg = registry if registry is not None else default_registry()
    for name in names:
        agencies = reg.by_name(name)
        if agencies:
            return agencies[0].name
    return names[0]


def docno_division(prefix_or_docno: str, within: str | None = None) -> str | None:
    """Six-digit division code of a local prefix or number (穗 -> 440100, 穗天科工信规字〔2023〕1号
    -> 440106, 川办发 -> 510000); None for central numbers and ambiguous prefixes (宁 without
    ``within``, a division code whose province decides)."""
    s = re.sub(r"\s+", "", prefix_or_docno or "")
    m = next(_tails(s), (None,))[0]
    code = s[: m.start()] if m else s
    if code in _prefixes():
        return _division_of(code, "", within)
    if m:
        code = _pick_code(code)
    split = _split_local(code, within)
    if split is not None:
        return split[1]
    # A prefix before a code the table does not know (川经信 is known; 穗港澳 is not).
    lengths = _prefix_lengths(code)
    if lengths:
        return _division_of(code[: lengths[0]], code[lengths[0] :], within)
    return None


@lru_cache(maxsize=4096)
def code_issuer(code: str) -> str | None:
    """Issuer of an issuer code: exact entry, else a local code, else the longest prefix entry.

    A code that opens with a local prefix never gets a central issuer."""
    exact, prefix = _codes()
    if code in exact:
        return exact[code]
    if _split_local(code) is not None:
        return local_issuer(code)
    if _local_prefix_len(code):
        return None
    for n in range(len(code), 0, -1):
        if code[:n] in prefix:
            if "厅" in code[n:] and code[:n] + "厅" in prefix:
                # A department's code inside its ministry's office code (教发厅, 教职成厅: 教 + 发展规划司's 发 +
                # 厅, the ministry's 办公厅 issuing; probe full50p): the office the table lists for 教厅.
                return prefix[code[:n] + "厅"]
            return prefix[code[:n]]
    return None


def _local_prefix_len(code: str) -> int:
    """Length of the local prefix a code opens with, when the rest is no code of its own."""
    exact, prefix = _codes()
    for n in _prefix_lengths(code):
        if not any(code.startswith(k) for k in exact):
            if not any(code.startswith(p) for p in prefix):
                return n
    return 0


def _known(code: str) -> bool:
    """A code in the table; prefix entries bound the length (财 + bureau, not 审议通过财税)."""
    exact, prefix = _codes()
    if code in exact:
        return True
    for n in range(min(len(code), MAX_CODE), 0, -1):
        if code[:n] in prefix:
            return len(code) <= (5 if n == 1 else n + 5) and not _BODY_INSIDE.search(code)
    return False


# A body's name inside a code the prefix table bounds (计划局深计 of 深圳市发展计划局深计〔2001〕3号: 计 opens
# 国家计委's codes): running text before the code, not one code; 人社厅发's 厅 ends the office's code.
_BODY_INSIDE = re.compile("[\u4e00-\u9fff]{2}[局厅][\u4e00-\u9fff]{2}")


@lru_cache(maxsize=4096)
def _pick_code(run: str) -> str:
    """The issuer code at the end of a CJK run: a local code, else the longest known suffix,
    else trimmed text."""
    run = run[-MAX_CODE * 2 :]
    k = run.rfind("文件")
    if 0 <= k <= len(run) - 4:
        # A red masthead run into its number (许昌市人民政府文件许政〔2020〕21号): no code holds 文件.
        run = run[k + 2 :]
    exact, prefix = _codes()
    own = _after_own_body(run)
    if own:
        return own
    # The shortest local code ending the run: running text before it never forms one
    # (北京市财政局京财科文 is 京财科文).
    for i in range(len(run) - 1, -1, -1):
        cand = run[i:]
        if len(cand) > MAX_CODE:
            break
        if cand in exact or (_split_local(cand) is not None and _starts_code(run, i)):
            return _with_prefix(run, i)
    for i in range(len(run)):
        cand = run[i:]
        if len(cand) <= MAX_CODE and _known(cand):
            if i > 0 and run[i - 1] == "国" and cand not in exact and (i == 1 or _LEAD.fullmatch(run[: i - 1])):
                # 国 opens the code of a State Council body the tables lack (国农办[2015]52号: the 农村综合改革
                # office, not 农办 of 农业农村部; probe docno34): the whole code, whose issuer stays unknown.
                return run[i - 1 :]
            return _with_prefix(run, i) if cand not in exact else cand
    trimmed = _LEAD.sub("", run[-MAX_CODE:])
    # A verb or a title's words inside the run (…办公室关于印发县政府办〔2023〕5号, 根据县政办: a county's own
    # code that opens with its bare level word, which no table lists): the code is what follows the last of
    # them, never words of the sentence; a sentence's word run into the level word (现将县政府办) is none.
    verb = None
    for verb in _LEAD_INSIDE.finditer(trimmed):
        pass
    if verb is not None and verb.end() < len(trimmed):
        trimmed = trimmed[verb.end():]
    trimmed = _WORD_BEFORE_LEVEL.sub("", trimmed)
    # A body named right before its own unknown code (传达县委组织部东组通〔2019〕12号, sddp.net 2019; probe
    # dept39c): the code is what follows the body's last word, never the body.
    body = _BODY_BEFORE_CODE.search(trimmed)
    if body:
        return trimmed[body.end():]
    return trimmed or run[-MAX_CODE:]


# Words of a sentence or a title that no issuer code holds (关于印发, 转发): inside a run they end the text
# before a code the tables do not know.
_LEAD_INSIDE = re.compile("根据|依据|按照|参照|对照|遵照|贯彻|落实|执行|印发|转发|关于|文件|发文字号|文号|编号")
# Words of the sentence run into a code that opens with a bare level word and its government (现将县政府办,
# 经区府办, 按市政办): 县政府办 is the county government office's code, 将 is no part of it.
_WORD_BEFORE_LEVEL = re.compile("^[原新现将向从于如在对由与和及为以把被给到至自按据经各]+(?=[县市区旗](?:人民)?(?:政|府|委))")


def _after_own_body(run: str) -> str | None:
    """The code after its own issuer's name run into it (财政部 财库〔2011〕167号, 教育部 教体艺〔2021〕7号 once the
    space between them is gone: page titles and lists, probe docno34): the name is a DEPT of its own."""
    for k in range(len(run) - 2, 1, -1):
        rest = run[k:]
        if len(rest) > MAX_CODE:
            break
        if _split_local(rest) is not None or not _known(rest):
            continue
        issuer = code_issuer(rest)
        if issuer and len(issuer) >= 2 and run[:k].endswith(issuer):
            return rest
    return None


# A body's closing word with at least two characters of name before it and a two-to-five character code
# after it (组织部|东组通): 人社厅发 keeps its 厅 (one character of code after it).
# A command's own code is two characters (越防 of 越秀区防汛防旱防风指挥部: probe gz56); a longer one
# after 指挥部 holds the command's name (灾总指挥部发明电).
_BODY_BEFORE_CODE = re.compile("(?<=[\u4e00-\u9fff]{2})(?:(?:组织部|宣传部|统战部|局|办公室|委员会)(?=[\u4e00-\u9fff]{2,5}$)"
                               "|指挥部(?=[\u4e00-\u9fff]{2}$))")


_GOVERNMENT = ("府", "政", "办", "市府", "委")
_CITY_GOVERNMENT = ("府", "政", "市府")


def _starts_code(run: str, i: int) -> bool:
    """A local code may start at i: a province's or a city's government code (成府发), or any
    code at the start of the run or after a lead word; 完成财税 holds no 成 code."""
    split = _split_local(run[i:])
    if split is None:
        return False
    prefix, _, rest = split
    if len(prefix) == 1 and prefix not in _PROVINCE_ABBR and 0 < i <= 2 and not _LEAD.fullmatch(run[:i]) \
            and not rest.startswith(_CITY_GOVERNMENT):
        # A city's one-character prefix one or two characters into a short run is part of a longer code
        # (花河长办, 穗河长办: a district's or city's river-chief office; 长 is no 长沙 there; probe gz60).
        # Its government's own code (杭政办函, 穗府办) starts there after any word: 经杭政办函〔2011〕106号
        # (the verb 经 is no part of it; review20).
        return False
    if len(prefix) > 1 or prefix in _PROVINCE_ABBR or rest.startswith(_GOVERNMENT):
        return True
    return i == 0 or bool(_LEAD.fullmatch(run[:i]))


def _with_prefix(run: str, i: int) -> str:
    """The code from i, extended over a local prefix just before it (川 + 发改, 穗 + 港澳)."""
    for n in range(min(i, _max_prefix()), 0, -1):
        if run[i - n : i] in _prefixes() and len(run) - (i - n) <= MAX_CODE:
            # A one-character prefix right after running text is taken only when it is a
            # province's (京财, 川发改): 成 or 合 before 财税 is part of a word (完成, 合).
            if n > 1 or run[i - 1] in _PROVINCE_ABBR:
                return run[i - n :]
    return run[i:]


# One-character abbreviations that open provincial codes.
_PROVINCE_ABBR = set("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵云滇藏陕秦甘陇青宁新穗深")


# A date's month and day right before its 日 (2000年12月28日, 二〇〇一年三月五日): only then is the 日 a date's.
_DATE_DAY = re.compile(r"月[ \t]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t]*$")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# A number whose page lost its brackets, the closing one (泉政文〔20177号: quanzhou.gov.cn 2019, probe docno33)
# or both (滨教函202011号 on a 文库 page, probe meta32): the year's four digits run into the serial. Only a
# code shaped like one (a known or local code, or a run ending in a kind of document) makes it a number.
_TAIL_LOST = re.compile(r"(?:[〔\[［【（(„﹝]\s*)?(?P<year>20[0-3]\d)(?P<serial>\d{1,4})\s*号")
# A code's shape: a body's character (政, 办, 教, 财…) before the kind of document; 现印发 is running text.
_LOST_CODE = re.compile("^[\u4e00-\u9fff]{1,6}?[政府办委厅局财教建农卫民科环交水商人][\u4e00-\u9fff]{0,3}?[发函字文规]$")
_LOST_VERB = re.compile("印发|转发|下发|颁发|发文")


def _tails(text: str):
    """(match, lost) of each year-and-serial tail, left to right and lazily (callers stop at the first):
    the bracketed ones, and between them lost-bracket ones that do not start inside a run of digits
    (〔2018〕20191号 is one number). The lost ones are sought only up to the next bracketed one, so a
    caller that stops early never scans the rest of the text."""
    lost = "号" in text
    pos = 0
    for b in _TAIL.finditer(text):
        while lost:
            m = _TAIL_LOST.search(text, pos, b.end())
            if m is None or m.start() >= b.start():
                break
            pos = m.end()
            if not (m.start() > 0 and text[m.start() - 1].isdigit()):
                yield m, True
        pos = max(pos, b.end())
        yield b, False
    while lost:
        m = _TAIL_LOST.search(text, pos)
        if m is None:
            break
        pos = m.end()
        if not (m.start() > 0 and text[m.start() - 1].isdigit()):
            yield m, True


def _lost_code(code: str) -> bool:
    """Whether a code before a lost-bracket tail is one: a known code, a local one, or shaped like one."""
    if _LOST_VERB.search(code):
        return False
    return bool(_LOST_CODE.match(code)) or _split_local(code) is not None or code_issuer(code) is not None


def iter_docnos(text: str):
    """(start, end, code, year, serial) of each document number, left to right."""
    for m, lost in _tails(text):
        i = m.start()
        while i > 0 and text[i - 1] in " \t\u3000":
            i -= 1
        j = i
        while j > 0 and i - j < 20 and _is_cjk(text[j - 1]):
            if text[j - 1] == "号" and j > 1 and text[j - 2].isdigit():
                # The 号 of a number just before (唐政字〔2009〕35号和唐政字〔2010〕51号, probe full50p) ends
                # that number: no code runs across it.
                break
            j -= 1
        if j == i:
            continue
        code = _pick_code(text[j:i])
        if i - j < 20:
            code = _whole_local(text[j:i], code)
            code = _whole_unlisted(text[j:i], code)
        named = _body_cut(text[j:i])
        if named is not None and named[0] > i - j - len(code):
            # A local body's name written before its code (省财政厅财预): the number starts after it.
            code = text[j + named[0] : i]
        elif 0 < i - j - len(code) <= 2 and _province_led(code) and _stands_alone(text, j) \
                and _local_place(text[j : i - len(code) + 1]):
            # A number alone on its line or in a 文号 field is whole: a town's or county's code may end in
            # what reads as a province's (来苏委发: 来苏镇's Party committee, not 苏委发 of Jiangsu's).
            code = text[j:i]
        gov = code.rfind("政府")
        if gov >= 0 and len(code) - gov - 2 >= 2:
            # No issuer code holds 政府: a government's name run into its own number (张家口市政府张政呈〔2010〕22号
            # in a reply listing the requests it answers, 0798ci.com 2010, probe full50p) is a DEPT of its own.
            code = code[gov + 2 :]
        start = i - len(code)
        cut = max((k for k in range(len(code) - 2) if code[k] in "日号" and _DATE_DAY.search(text, max(0, start + k - 6), start + k)),
                  default=-1)
        if cut >= 0:
            # A date's 日 before an unknown code ("2000年12月28日 税委会[2000]17号": law161.infoeach.com,
            # probe date27n) ends the date, not the code; 日政发 (日照) has no numeral before it.
            code = code[cut + 1 :]
        if lost and not _lost_code(code):
            continue
        if code.endswith(_PERMIT):
            # A printing permit's number (番府准印证[2001]75 号 on a bulletin's masthead; 内部资料准印证) is
            # no document number (probe gz60).
            continue
        yield i - len(code), m.end(), code, int(m.group("year")), int(m.group("serial"))


_PERMIT = ("准印证", "准印", "印证")


def _local_place(name: str) -> bool:
    """Whether the characters before a province-led code and its first one name a town or a county
    (来苏: 来苏镇), so that they are the code's own prefix, not running text (关于苏政发)."""
    return any(name + level in townships() for level in ("镇", "乡", "街道")) or name in load_divisions().forms


def _province_led(code: str) -> bool:
    """Whether a code was read as a province's (苏委发: 苏 + 委发)."""
    split = _split_local(code)
    return split is not None and split[0] in _PROVINCE_ABBR


def _stands_alone(text: str, j: int) -> bool:
    """Whether a run starting at ``j`` opens its line or a field's value (发文字号: …)."""
    while j > 0 and text[j - 1] in " \t\u3000":
        j -= 1
    return j == 0 or text[j - 1] in "\n:："


# Characters of a body's name: a run holding one between its prefix and its code is running text
# (深圳市财政局深财), not one code.
_NAME_CHARS = set("省市县区局厅部院会委")


def _whole_local(run: str, code: str) -> str:
    """A whole run that opens with a division prefix and ends in a central code it was cut to
    (深龙华卫计联 cut to 计联, 国家计委's): the run is one local code whose body the tables lack; a
    local number's issuer is never a central body."""
    whole = _LEAD.sub("", run)
    if len(whole) > MAX_CODE or len(whole) <= len(code) or not whole.endswith(code) or _split_local(code):
        return code
    lengths = _prefix_lengths(whole)
    if not lengths or lengths[0] + len(code) > len(whole):
        return code
    if _NAME_CHARS.intersection(whole[lengths[0] : len(whole) - len(code)]):
        return code
    return whole


def _whole_unlisted(run: str, code: str) -> str:
    """A whole run of one character and a central department code (永财预, 娄财教, 邵建: a city's or a
    county's code whose one-character prefix no table lists) is one local code, not the ministry's
    (财预 is 财政部's only without a prefix). The character must open some division's name; a run
    that is longer holds running text (平衡财教), and level words (省, 市) name no division."""
    whole = _LEAD.sub("", run)
    # The Party committee's code of such a city or county (儋委农办: 中共儋州市委农村工作领导小组办公室,
    # cited in a 新州镇 plan of 2023, probe dept54c) holds 委 between the character and the code.
    party = len(whole) == len(code) + 2 and whole[1] == "委"
    if len(whole) != len(code) + 1 + party or not whole.endswith(code) or whole[0] in _NAME_CHARS:
        return code
    if _split_local(code) is not None or _prefix_lengths(whole) or code_issuer(code) is None:
        return code
    return whole if whole[0] in _division_initials() and whole[0] not in _WORD_NOT_PREFIX else code


# Characters that open some county's name but stand before a cited number as words of the sentence
# (原财预〔2019〕9号同时废止, 将财预…: review of probe docno31).
_WORD_NOT_PREFIX = frozenset("原新现将向从于如在对由与和及为以把被给到至自按据经")


@lru_cache(maxsize=1)
def _division_initials() -> frozenset[str]:
    """First characters of the names of mainland prefectures and counties (永 of 永州市, 绛 of 绛县): the
    Taiwan, Hong Kong and Macao rows (国姓乡) issue no numbers of this form."""
    return frozenset(d.name[0] for d in load_divisions().by_code.values()
                     if d.level in ("city", "county") and d.code[:2] not in ("71", "81", "82"))


# A local body's name right before a code: a level word (省, 深圳市) then the body (财政厅,
# 发展计划局). Central office codes (人社厅发) have no level word before them.
_LEVELS = "省市县区州盟旗"
_BODY_ENDS = ("委员会", "厅", "局")


def _body_cut(run: str) -> tuple[int, str, str] | None:
    """(where the code starts, division text, body) when a local body's name ends the run before a
    known code: 省财政厅财预 -> (4, 省, 财政厅); 深圳市发展计划局计划 -> (8, 深圳市, 发展计划局)."""
    for k in range(len(run) - 1, 2, -1):
        if not run[:k].endswith(_BODY_ENDS):
            continue
        rest = run[k:]
        if not (_known(rest) or _split_local(rest) is not None):
            continue
        name = run[:k]
        for p in range(len(name) - 3, -1, -1):
            if name[p] in _LEVELS:
                body = name[p + 1 :]
                if len(body) - max(len(e) for e in _BODY_ENDS if body.endswith(e)) >= 2:
                    return k, _LEAD.sub("", name[: p + 1]), body
                break
        return None
    return None


def _body_issuer(place: str, body: str, within: str | None) -> str | None:
    """The canonical name of a local body written before a code: its division named in the text
    (深圳市), else the document's own division at the level a bare 省/市/县/区 names; else None."""
    divs = load_divisions()
    div = None
    for n in range(len(place), 1, -1):
        form = place[-n:]
        if divs.shared_elsewhere(form, within):
            break  # 朝阳区 in a number of a document of neither 北京 nor 长春 names no division: null
        div = divs.resolve(form)
        if div:
            if len(divs.forms.get(form, ())) > 1:
                div = divs.parse_prefix(form, within)[0][-1]  # the one in the document's province (长春's 朝阳区)
            break
    if div is None and within and within in divs.by_code:
        level = place[-1:]
        if level == "省" and within[:2] + "0000" not in MUNICIPALITIES:
            div = within[:2] + "0000"
        elif level == "市":
            div = within[:2] + "0000" if within[:2] + "0000" in MUNICIPALITIES else within[:4] + "00"
        elif level in "县区" and divs.by_code[within].level == "county":
            div = within
        if div is not None and div not in divs.by_code:
            div = None
    full = _division_name(div) if div else None
    return full + body if full else None


def iter_decrees(text: str):
    """(start, end, body, year, serial) of each decree number (国务院令第706号), left to right."""
    if not DECREE_TAIL.search(text):
        return
    for m in DECREE.finditer(text):
        body = _LEAD.sub("", m.group("body"))
        start = m.start("body") + len(m.group("body")) - len(body)
        year = int(m.group("year")) if m.group("year") else None
        yield start, m.end(), body, year, int(m.group("serial"))


def _attrs(code: str, year: int, serial: int, within: str | None, registry: Registry | None) -> dict[str, Any]:
    split = _split_local(code, within)
    if split is None:
        issuer = code_issuer(code)
    elif split[1] is None:
        issuer = None  # an ambiguous prefix (宁: 宁夏 or 南京) names no body
    else:
        found = _local_issuer(code, within, registry, year)
        issuer = (found or None) if found is not None else _codes()[0].get(code)
    return {"code": code, "issuer": issuer, "year": year, "serial": serial,
            "division": docno_division(code, within)}


def parse_docno(s: str, *, within: str | None = None) -> dict[str, Any] | None:
    """code, issuer, year, serial and division of a document number, or None.

    A decree number (国务院令第706号) has its body as code and issuer and year None."""
    for _, _, code, year, serial in iter_docnos(s):
        return _attrs(code, year, serial, within, None)
    for _, _, body, year, serial in iter_decrees(s):
        return {"code": body + "令", "issuer": _decree_issuer(body), "year": year, "serial": serial,
                "division": None}
    return None


def _decree_issuer(body: str) -> str:
    return "国务院" if body in (STATE_COUNCIL, "国务院") else body


def _registry_name(issuer: str | None, registry: Registry | None, year: int | None = None) -> str | None:
    """The registry's full name of a table issuer (国务院 -> 中华人民共和国国务院) when it names one
    body; in the number's year, the body of that time (国土资发〔2010〕 -> 国土资源部)."""
    if not issuer:
        return issuer
    reg = registry if registry is not None else default_registry()
    agencies = reg.by_name(issuer)
    if year is not None and agencies:
        # One name of several bodies (中国民用航空局 of 1980-1993 and of 2008): the one of the
        # number's year, or the predecessor that then held the name's functions (民航〔2006〕 ->
        # 中国民用航空总局).
        mid_year = dt.date(year, 7, 1)
        then = {a.name for a in agencies if a.valid_on(mid_year)}
        if not then:
            # each body's first predecessor of that year (自然资源部 in 2010: 国土资源部)
            then = {b.name for b in (next((b for b in map(reg.get, a.predecessors)
                                          if b is not None and b.valid_on(mid_year)), None)
                                     for a in agencies) if b is not None}
        if len(then) == 1:
            return then.pop()
    if len({a.id for a in agencies}) != 1:
        return issuer
    return agencies[0].name


@lru_cache(maxsize=1)
def _body_eras() -> tuple[tuple[str, int], ...]:
    """Kinds of body a reform created, with its year (data/docno_body_eras.csv), longest first."""
    rows = [(r["type"], int(r["from"])) for r in _read_csv("docno_body_eras.csv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _of_its_time(issuer: str | None, year: int | None, registry: Registry | None) -> str | None:
    """The issuer, unless it is a kind of body created after the number's year and no registry body of that
    name held then: a composed local name is today's (沪建建[2003]89号 -> 上海市住房和城乡建设局, a body of
    2008 on); the body of the number's year is unknown, and a wrong body is worse than none."""
    if not issuer or year is None:
        return issuer
    for kind, start in _body_eras():
        if kind in issuer:
            if year >= start:
                return issuer
            reg = registry if registry is not None else default_registry()
            mid_year = dt.date(year, 7, 1)
            return issuer if any(a.valid_on(mid_year) for a in reg.by_name(issuer)) else None
    return issuer


def _within(ctx: Context | None) -> str | None:
    jur = ctx.jurisdiction if ctx is not None else None
    if jur and not jur.isdigit():
        jur = load_divisions().resolve(jur)
    return jur


# A numbered announcement or decree of a body, with its year (guide v2: a decree number
# without a year is no DOCNO; one with a year is): 海关总署2012年第26号公告, 海关总署公告2014年第30号,
# 商务部令2018年第2号. The span is the number; the body before it is a DEPT of its own.
_YEAR_SERIAL = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<serial>\d{1,5})\s*号")
_KIND = r"(?:公告|通告|令)"
_SERIAL_BODY = re.compile(
    r"(?P<body>(?:中华人民共和国)?国务院|[\u4e00-\u9fff]{2,14}?(?:人民政府|政府|部|委员会|总局|署|局|行))"
    rf"\s*(?P<kind>{_KIND})?\s*[（(]?\s*$"
)


def iter_year_serials(text: str):
    """(start, end, body, year, serial) of each numbered announcement or decree with a year whose
    body is written before it (海关总署2012年第26号公告, 商务部令（2018年第2号）), left to right."""
    for m in _YEAR_SERIAL.finditer(text) if "号" in text and "第" in text else ():  # sre tries it everywhere
        before = _SERIAL_BODY.search(text, max(0, m.start() - 24), m.start())
        if before is None:
            continue
        # The number of a kind of document: 公告/令 written before it or right after it.
        if before.group("kind") is None and not re.match(rf"\s*{_KIND}", text[m.end() : m.end() + 3]):
            continue
        body = _LEAD.sub("", before.group("body")).removeprefix("原")
        if len(body) < 2:
            continue
        yield m.start(), m.end(), body, int(m.group("year")), int(m.group("serial"))


# A government or Party body named in full at the start of a title or a line: its division, then
# the kind of body (中共湖南省委办公厅, 宿迁市人民政府, 浦东新区人民政府办公室).
_NAMED_BODY = re.compile(
    r"(?P<party>中共|中国共产党)?(?P<div>[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|新区|省|市|州|盟|县|旗|区))"
    r"(?P<kind>委员会办公厅|委员会办公室|委办公厅|委办公室|委员会|委|人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|政府)"
)
# A cited number right after the title it numbers: 《…》（湘办发〔2016〕41号）.
_CITED_TITLE = re.compile(r"《(?P<title>[^《》]{2,200})》\s*[（(]?\s*$")
_LINES_AROUND = 3
_AFTER_TITLE = re.compile(r"》[ \t\u3000]*[（(][ \t\u3000]*$")


def _code_kind(rest: str) -> tuple[bool | None, bool] | None:
    """(party, office) a code's body part asks for once its prefix is off; party None = either.

    府/政 (and 市府/市政 of a city) are the government, 委 and a bare 发 the Party committee,
    办 an office of either; department codes (财, 发改) give None: their bodies are no 政府/委."""
    rest = rest.removeprefix("市")
    if rest.startswith(("府办", "政办", "府厅")):
        return False, True
    if rest.startswith(("府", "政")):
        return False, False
    if rest.startswith("委办"):
        return True, True
    if rest.startswith("委") or rest == "发" or rest.startswith("发明电"):
        return True, False
    if rest.startswith("办"):
        return None, True
    return None


def _is_office(rest: str) -> bool:
    """Whether a local code's body part names an office (办, 府办, 政办, 市府办)."""
    kind = _code_kind(rest)
    return kind is not None and kind[1]


def _named_issuer(code: str, name: str, within: str | None) -> str | None:
    """The canonical body a name written in the text gives a local code, when both agree.

    The name's division must be the one the prefix is registered for, or (a prefix no table
    lists: 宿政发, 镇政发, 浦府) one whose name starts with the code's first character; and the
    kind of body must be the one the code's body part stands for."""
    m = _NAMED_BODY.match(name)
    if m is None:
        return None
    divs = load_divisions()
    div = divs.resolve(m.group("div"))
    place = divs.by_code.get(div) if div else None
    if place is None:
        return None
    kind = m.group("kind")
    party = bool(m.group("party")) or kind.startswith("委")
    office = kind.endswith(("办公厅", "办公室"))
    split = _split_local(code, within)
    registered = _prefix_lengths(code)
    own = False
    if registered and not code[registered[0]:].startswith("市"):
        n = registered[0]
        if div not in {p.division for p in _prefixes()[code[:n]]}:
            # A county's code that shares its first character with a registered prefix (宁政办发
            # of 宁阳县, not 宁夏's or 南京's): only the text's own division, named in full.
            if not (div == within and place.name.startswith(code[:n])):
                return None
            own = True
    else:
        # 黑市政办字 is a city's (黑河市), not 黑龙江's: 市 after the prefix names a city.
        n = 1
        if not place.name.startswith(code[0]) or (code[1:2] == "市" and place.level != "city"):
            return None
    if split is not None and split[1] is not None and split[1] != div and not own:
        return None
    want = _code_kind(code[n:])
    if want is None or want[1] != office or (want[0] is not None and want[0] != party):
        return None
    full = _division_name(div)
    if full is None:
        return None
    suffix = kind[-3:] if office else ""
    if party:
        return "中共" + full + "委员会" + suffix
    return full + "人民政府" + suffix


def _title_place(title: str) -> str | None:
    """The division a title opens with (《南宁市财政专项扶贫资金管理办法》 -> 450100), not a national one."""
    divs = load_divisions()
    for k in range(2, min(len(title), 12) + 1):
        if title[k - 1] in "省市州盟县旗区":
            div = divs.resolve(title[:k])
            if div:
                return div if div in divs.by_code and divs.by_code[div].level != "national" else None
    return None


def _place_issuer(code: str, div: str, registry: Registry | None) -> str | None:
    """The body a local code names in the division a title opens with, when the code's prefix
    stands for that division (registered) or, unlisted, is the first character of its name."""
    place = load_divisions().by_code.get(div)
    if place is None:
        return None
    registered = _prefix_lengths(code)
    if registered:
        n = registered[0]
        if div not in {p.division for p in _prefixes()[code[:n]]}:
            return None
    else:
        n = 1
        if not place.name.startswith(code[0]) or code[1:2] == "市" and place.level != "city":
            return None
    # The title names the division, not its office: a capital's office only as the evidence names it.
    return _evidenced_office(_compose(div, code[n:], registry), div, None) or None


def _masthead_issuer(text: str, start: int, code: str, within: str | None) -> str | None:
    """The body of a red masthead run into its number (许昌市人民政府文件许政〔2020〕21号)."""
    head = text[max(0, start - 24) : start].rstrip()
    if not head.endswith("文件"):
        return None
    head = head[:-2]
    for p in range(len(head) - 3):
        if _NAMED_BODY.fullmatch(head[p:]):
            issuer = _named_issuer(code, head[p:], within)
            if issuer:
                return issuer
    return None


def _adjacent_issuer(text: str, start: int, code: str, within: str | None) -> str | None:
    """The government or Party body written right before its own number, with nothing between them
    (张家口市政府张政呈〔2010〕22号 in a reply listing the requests it answers, probe full50p), when the
    code names that body (_named_issuer)."""
    for p in range(max(0, start - 16), start - 2):
        if _NAMED_BODY.fullmatch(text, p, start):
            issuer = _named_issuer(code, text[p:start], within)
            if issuer:
                return issuer
    return None


def _text_issuer(text: str, start: int, end: int, code: str, within: str | None,
                 registry: Registry | None = None, heads: list[str] | None = None,
                 windows: dict | None = None) -> str | None:
    """The issuer the text itself names for a local number: the body opening the title the number
    follows (《中共湖南省委办公厅湖南省人民政府办公厅印发…》（湘办发…）) or the division it opens
    with (《南宁市…办法》（南府办〔2017〕84号）), else, for a number of its own, its masthead or the
    one body that opens a line near it (宿迁市人民政府关于… / 宿政发〔2008〕65号), else anywhere in
    the text (a signature far below a portal's 文件编号 line: ``heads``)."""
    cited = _CITED_TITLE.search(text, max(0, start - 220), start)
    if cited is not None:
        title = cited.group("title")
        named = _named_issuer(code, title, within)
        if named is None and not _NAMED_BODY.match(title):
            div = _title_place(title)
            named = _place_issuer(code, div, registry) if div else None
        return named or _issuer_before_title(text, cited.start(), code, registry)
    if _AFTER_TITLE.search(text, max(0, start - 3), start):
        # A number in brackets right after a 》 cites that title even where its 《 is lost or out of
        # reach (…下步工作要点》(赣府厅字〔201590号), ganzhou.gov.cn 2015, probe full48p): no body of the
        # text's own masthead or signature is its issuer.
        return None
    masthead = _masthead_issuer(text, start, code, within)
    if masthead:
        return masthead
    adjacent = _adjacent_issuer(text, start, code, within)
    if adjacent:
        return adjacent
    line_start = text.rfind("\n", 0, start) + 1
    lo = line_start
    for _ in range(_LINES_AROUND):
        lo = text.rfind("\n", 0, max(lo - 1, 0)) + 1 if lo > 0 else 0
    hi = end
    for _ in range(_LINES_AROUND + 1):
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt < 0 else nxt
    key = (lo, hi, code)
    if windows is not None and key in windows:
        # Numbers on one long line share its window of lines: read each window once per code, not
        # once per number (a line of thousands of numbers was quadratic; hostile8).
        found = set(windows[key])
    else:
        found = set()
        for line in text[lo:hi].split("\n"):
            issuer = _named_issuer(code, line.strip(), within) or _named_department(code, line, registry)
            if issuer:
                found.add(issuer)
        if windows is not None:
            windows[key] = frozenset(found)
    if not found and heads:
        found = {i for i in (_named_issuer(code, line, within) for line in heads) if i}
    return found.pop() if len(found) == 1 else None


# What ends the phrase naming the bodies of a cited title (…规定,江苏省财政厅 江苏省农业农村厅《…》).
_PHRASE_END = re.compile(r"[，。；：,;:\n（(《》]")


def _issuer_before_title(text: str, title_start: int, code: str, registry: Registry | None = None) -> str | None:
    """The body written right before a cited title when it is the one the code names (江苏省财政厅
    江苏省农业农村厅《…》（苏财农〔2021〕75号）, 南京市财政局《…》（宁财农…）): the code's prefix stands
    for that division in the tables, whatever letter the table asks to follow it (苏 + 政 is 江苏's, yet
    苏财 is its 财政厅's too), and the body its rest names there is written in the phrase. A prefix that
    stands for two divisions is decided by the name written; none written, none decided."""
    lo = max(0, title_start - 40)
    ends = [m.end() for m in _PHRASE_END.finditer(text, lo, title_start)]
    phrase = text[ends[-1] if ends else lo : title_start]
    if len(phrase) < 4:
        return None
    registered = _prefix_lengths(code)
    if not registered:
        return _named_department(code, phrase, registry)
    n = registered[0]
    found = set()
    for div in {p.division for p in _prefixes()[code[:n]]}:
        if div not in load_divisions().by_code:
            continue
        name = _compose(div, code[n:], registry)
        if name and name in phrase:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _named_department(code: str, line: str, registry: Registry | None = None) -> str | None:
    """The department a line names in full for a code whose prefix no table lists (永州市财政局 beside
    永财预〔2019〕9号): a division whose name starts with the prefix, and the body the rest of the code
    stands for in it (财 -> 财政局), written in the line as composed."""
    if len(code) < 3 or _prefix_lengths(code) or _local_body(code[1:]) is None or _code_kind(code[1:]) is not None:
        return None
    divs = load_divisions()
    for m in re.finditer(re.escape(code[0]) + r"[\u4e00-\u9fff]{0,8}?(?:自治州|自治县|市|州|盟|县|旗|区)", line):
        div = divs.resolve(m.group())
        place = divs.by_code.get(div) if div else None
        if place is None or place.level == "national" or not place.name.startswith(code[0]):
            continue
        name = _compose(div, code[1:], registry)
        if name and name in line:
            return name
    return None


def _shares_own_prefix(code: str, within: str | None) -> bool:
    """Whether the text's own division, one the code's registered prefix does not stand for,
    starts with that prefix (宁阳县 and 宁, 宁夏's and 南京's): the text may name it as the issuer."""
    registered = _prefix_lengths(code)
    place = load_divisions().by_code.get(within) if within and registered else None
    if place is None:
        return False
    n = registered[0]
    return place.name.startswith(code[:n]) and within not in {p.division for p in _prefixes()[code[:n]]}


def _decree_government(text: str, start: int, end: int, code: str) -> str | None:
    """The government of a decree number with a year (河北省人民政府令〔2010〕第15号): the one its code
    names, or, a bare 政府令 (a mirror's masthead line 河北省人民政府 above 政府令〔2010〕第15号), the one
    government named alone on a line near it; two named, or none, give no issuer."""
    body = code[:-1]
    names = [body] if body not in ("政府", "人民政府") else []
    if not names:
        lo = start
        for _ in range(_LINES_AROUND + 1):
            lo = text.rfind("\n", 0, max(lo - 1, 0)) + 1 if lo > 0 else 0
        hi = end
        for _ in range(_LINES_AROUND + 1):
            nxt = text.find("\n", hi + 1)
            hi = len(text) if nxt < 0 else nxt
        names = [ln.strip() for ln in text[lo:hi].split("\n")]
    found = set()
    for name in names:
        m = _NAMED_BODY.fullmatch(name)
        if m is None or m.group("party") or m.group("kind") not in ("人民政府", "政府"):
            continue
        div = load_divisions().resolve(m.group("div"))
        full = _division_name(div) if div else None
        if full and load_divisions().by_code[div].level != "national":
            found.add(full + "人民政府")
    return found.pop() if len(found) == 1 else None


def _line_heads(text: str) -> list[str]:
    """The lines of a text that open with a government or Party body's full name."""
    return [ln for ln in (x.strip() for x in text.split("\n")) if _NAMED_BODY.match(ln)]


def tag_docnos(text: str, ctx: Context | None = None) -> list[Mention]:
    """DOCNO mentions in clean text (decree numbers without a year are no DOCNO: guide v2)."""
    within = _within(ctx)
    registry = ctx.registry if ctx is not None else None
    out: list[Mention] = []
    placed: set[int] = set()  # numbers whose issuer a cited title's division decided (a body or none)
    heads: list[str] | None = None
    windows: dict = {}  # the lines around a number, read once per window and code (_text_issuer)
    for start, end, code, year, serial in iter_docnos(text):
        attrs = _attrs(code, year, serial, within, registry)
        split = _split_local(code, within)
        j = start
        while j > 0 and start - j < 20 and _is_cjk(text[j - 1]):
            j -= 1
        named = _body_cut(text[j:start] + code) if j < start else None
        if named is not None and named[0] == start - j:
            # The body written before the number is its issuer; never the central body of the
            # code alone (a province's 财预 is no 财政部's).
            attrs["issuer"] = _body_issuer(named[1], named[2], within)
        elif attrs["issuer"] is None or (split is not None and _is_office(split[2])) \
                or _shares_own_prefix(code, within):
            # No table issuer, or an office (办: the government's or the Party committee's; 府办:
            # a city's 办公厅 or 办公室): the body the text names for this number, when its
            # division and kind fit the code.
            if heads is None:
                heads = _line_heads(text)
            named = _text_issuer(text, start, end, code, within, registry, heads, windows)
            if named:
                attrs["issuer"] = named
        elif split is None and not _prefix_lengths(code):
            # A central-looking code cited after a local title (《安徽省财政社会保障资金分配暂行办法》
            # （财社〔2015〕1600号）: 安徽省财政厅's, whose codes carry no 皖): that division's body
            # the code names, else no issuer; a local document's number is never a ministry's.
            cited = _CITED_TITLE.search(text, max(0, start - 220), start)
            div = _title_place(cited.group("title")) if cited is not None else None
            if div is not None and not _NAMED_BODY.match(cited.group("title")):
                attrs["issuer"] = _compose(div, code, registry) if _local_body(code) else attrs["issuer"]
                placed.add(len(out))
        if attrs["issuer"] is None and code.endswith("政府令"):
            attrs["issuer"] = _decree_government(text, start, end, code)
        attrs["issuer"] = _of_its_time(_registry_name(attrs["issuer"], registry, year), year, registry)
        out.append(Mention("DOCNO", start, end, SOURCE, attrs, PRIORITY[SOURCE]))
    # One code, one body in a text: a number the text names no body for takes the body another
    # number of the same code got (许政 [2020] 20号 beside 许昌市人民政府文件许政〔2020〕21号).
    by_code: dict[str, set[str]] = {}
    for m in out:
        if m.attrs["issuer"]:
            by_code.setdefault(m.attrs["code"], set()).add(m.attrs["issuer"])
    for i, m in enumerate(out):
        known = by_code.get(m.attrs["code"], ())
        # Not a number a cited title placed: another division's number of the code names another body.
        if m.attrs["issuer"] is None and len(known) == 1 and i not in placed:
            m.attrs["issuer"] = next(iter(known))
    taken = bytearray(len(text) + 1)  # a mask, not a scan of every coded number per match
    for m in out:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    for start, end, body, year, serial in iter_year_serials(text):
        if any(taken[start:end]):
            continue
        issuer = _registry_name(_decree_issuer(body), registry, year)
        attrs = {"code": None, "issuer": issuer, "year": year, "serial": serial, "division": None}
        out.append(Mention("DOCNO", start, end, SOURCE, attrs, PRIORITY[SOURCE]))
    out.sort(key=lambda m: m.start)
    return out
