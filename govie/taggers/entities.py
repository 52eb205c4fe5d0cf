"""First rule taggers for ORG, PERSON and LOC."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from govie.kb.lexicons import alternation, load_words
from govie.kb.divisions import place_names, places, word_bounds
from govie.taggers import PRIORITY
from govie.types import Context, Mention

__all__ = ["tag_orgs", "tag_persons", "tag_locs"]

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
# Characters that end the stretch before an organization name: punctuation
# and the function words that introduce one (在X, 和X, 由X, 对X …).
_ORG_STOP = set("，。、；：！？“”‘’（）()《》【】\n 在和与及由对向到赴同为是的了将把被从给让并或跟于至等")


@lru_cache(maxsize=1)
def _org_suffix() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(load_words('org_suffixes'))})")


def tag_orgs(text: str, ctx: Context | None = None) -> list[Mention]:
    out = []
    for m in _org_suffix().finditer(text):
        end = m.end()
        start = m.start()
        # Walk left over name characters, at most 25 of them.
        while start > 0 and m.end() - start < 25:
            ch = text[start - 1]
            if ch in _ORG_STOP or not (re.match(f"[{_CJK}A-Za-z0-9]", ch)):
                break
            start -= 1
        start = _cut_descriptors(text, start, m.start())
        if m.start() - start < 2:
            continue  # a bare suffix ("公司", "该公司") names nobody
        name = text[start : m.start()]
        if name.startswith(("该", "本", "各", "我")) or name.endswith(("该", "本", "各", "我")):
            continue  # anaphors: 该公司, 本协会
        start = _proper_start(text, start, m.start(), m.end())
        if start < 0:
            continue
        out.append(Mention("ORG", start, end, "org.suffix", {}, priority=PRIORITY["org.suffix"]))
    return out


@lru_cache(maxsize=1)
def _org_stops() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(load_words('org_left_stops'))}|\\d+[{_CJK}]?)")


def _cut_descriptors(text: str, start: int, suffix_start: int) -> int:
    """Move ``start`` past the last verb, modifier or count before the name proper."""
    for m in _org_stops().finditer(text, start, suffix_start):
        start = m.end()
    return start


@lru_cache(maxsize=1)
def _org_openers() -> tuple[dict, re.Pattern[str]]:
    # The country's own names open national organizations (中国银行, 中华全国总工会).
    names = list(place_names()) + list(load_words("regions")) + ["中国", "中华"]
    return _trie([w for w in names if len(w) >= 2]), re.compile(f"(?:{alternation(load_words('org_proper_suffixes'))})$")


def _proper_start(text: str, start: int, suffix_start: int, end: int) -> int:
    """Start of the proper name of an ORG candidate, or -1 for a class of organizations.
    A legal form or newspaper (祥昇建工有限公司) or a Latin name keeps its start; other
    names open with a place (中国银行, 四川省电子商务协会), and words before the last place
    are not the name (可以前往香港工会联合会 -> 香港工会联合会); with no place, 三级公立医院
    and 住房租赁公司 are classes."""
    places, suffixes = _org_openers()
    if suffixes.search(text, suffix_start, end) or re.search("[A-Za-z]", text[start:suffix_start]):
        return start
    opener = -1
    for i in range(start, suffix_start - 1):
        if _longest(places, text, i) > 0:
            opener = i
            if i == start:
                break
    if opener < 0 or suffix_start - opener < 2:
        return -1
    # 天河区小学, 上海市大学(生): a full division name right before the suffix is a class;
    # 四川大学 and 中国银行 open with a short name.
    if _longest(places, text, opener) == suffix_start and text[suffix_start - 1] in "省市区县盟旗":
        return -1
    return opener


@lru_cache(maxsize=1)
def _person_pattern() -> re.Pattern[str]:
    titles = alternation(load_words("person_titles"))
    surnames = load_words("surnames")
    double = alternation([s for s in surnames if len(s) == 2])
    single = "".join(s for s in surnames if len(s) == 1)
    return re.compile(
        rf"(?:{titles})[:：\s]?(?P<name>(?:{double})[{_CJK}]{{1,2}}|[{single}][{_CJK}]{{1,2}})"
    )


# What follows a name in reports: a verb of movement or speech, a comma, 同志.
_AFTER_NAME = re.compile(r"(?:摄|到|在|赴|带|率|主持|出席|参加|一行|同志|强调|指出|表示|调研|讲话|作|对|说|[，。、；：,\s（(])")


# Posts written right after a name (习近平总书记, 张三同志).
_POST_AFTER = re.compile("总书记|同志")


def _name_before(text: str, end: int, anywhere: bool = False) -> int:
    """Start of a two- or three-character name ending at ``end``, or -1."""
    surnames = set(load_words("surnames"))
    for size in (3, 2):
        s = end - size
        if s < 0:
            continue
        name = text[s:end]
        if not re.fullmatch(f"[{_CJK}]+", name) or (name[0] not in surnames and name[:2] not in surnames):
            continue
        before = text[s - 1] if s > 0 else ""
        # The name must start a phrase: after punctuation or a function word.
        if anywhere or not before or not re.match(f"[{_CJK}]", before) or before in "的以在对向和与把将是了及为由":
            return s
    return -1


# Characters that end a caption or a verb phrase, never a name ("李森 摄").
_NOT_NAME_END = set("摄到在赴说讲称等和与及率带")


@lru_cache(maxsize=1)
def _roster_line() -> re.Pattern[str]:
    surnames = load_words("surnames")
    double = alternation([s for s in surnames if len(s) == 2])
    single = "".join(s for s in surnames if len(s) == 1)
    return re.compile(rf"(?:{double}|[{single}])[{_CJK}]{{2}}")


# A roster names at least this many people, one a line, each before their unit.
_ROSTER_MIN = 3


def _spaced(norm, i: int) -> bool:
    """Whether normalization removed two or more spaces before clean character ``i``."""
    return 0 < i < len(norm.index) and norm.index[i] - norm.index[i - 1] >= 3 and not \
        norm.original[norm.index[i - 1] + 1 : norm.index[i]].strip(" \u3000\t")


def _roster(text: str, norm) -> list[Mention]:
    """Names of a list of commended people, one a line before the unit
    ("钱之云  合肥市农业委员会", "李  刚  凤台县…"): the original's lines and spacing mark
    them, which normalization removes (it may join such lines)."""
    if norm is None or norm.text != text:
        return []
    out = []
    for nl in re.finditer("\n", norm.original):
        # The first clean character after the original line break.
        s = bisect.bisect_right(norm.index, nl.start())
        m = _roster_line().match(text, s)
        if not m:
            continue
        # Two characters, or three; a two-character name may be padded inside (李  刚).
        for end in (s + 2, s + 3):
            if _spaced(norm, end):
                out.append(Mention("PERSON", s, end, "person.roster", {}, priority=PRIORITY["person.roster"]))
                break
    return out if len(out) >= _ROSTER_MIN else []


def tag_persons(text: str, ctx: Context | None = None) -> list[Mention]:
    out = []
    out.extend(_roster(text, ctx.source if ctx else None))
    for m in _POST_AFTER.finditer(text):
        # 总书记 always follows a name; 同志 only counts where a phrase starts.
        s = _name_before(text, m.start(), anywhere=m.group() == "总书记")
        if s >= 0:
            out.append(Mention("PERSON", s, m.start(), "person.post_after", {}, priority=PRIORITY["person.post_after"]))
    for m in _person_pattern().finditer(text):
        s, e = m.span("name")
        # Prefer the longest name after which a typical continuation follows.
        for cut in (e, e - 1):
            if text[cut - 1] in _NOT_NAME_END:
                continue
            if cut - s >= 2 and _AFTER_NAME.match(text, cut):
                out.append(Mention("PERSON", s, cut, "person.title", {}, priority=PRIORITY["person.title"]))
                break
    return out


@lru_cache(maxsize=1)
def _loc_tables() -> tuple[dict, dict, frozenset[str], re.Pattern[str], frozenset[str]]:
    """Prefix trees of place names and of city+county pairs, their two-character
    prefixes, and the characters a match may start with."""
    names = list(place_names()) + list(load_words("regions"))
    cities = {p.code[:4]: p for p in places() if p.level == "city"}
    # A city followed by one of its own counties' short names: 绵阳江油.
    pairs = [
        city + p.short
        for p in places()
        if p.level == "county" and len(p.short) >= 2 and p.code[:4] in cities
        for city in {cities[p.code[:4]].short, cities[p.code[:4]].name}
        if len(city) >= 2
    ]
    words = [w for w in names + pairs if w]
    # Every word has two characters or more, so a match starts with one of
    # these prefixes (or is a hall after 省/市/县/区).
    assert all(len(w) >= 2 for w in words)
    prefixes = frozenset(w[:2] for w in words)
    starts = {w[0] for w in words} | set(_HALL_PREFIX)
    # A start character and the one after it (the pair is checked against the prefixes).
    start = re.compile("(?=([" + "".join(re.escape(c) for c in sorted(starts)) + "].))")
    return _trie(names), _trie(pairs), prefixes, start, frozenset(starts)


def _trie(words: list[str]) -> dict:
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return root


def _ends(trie: dict, text: str, i: int) -> list[int]:
    """End offsets of the words of ``trie`` that start at ``i``, longest first."""
    out = []
    node: dict | None = trie
    n = len(text)
    while i < n and node is not None:
        node = node.get(text[i])
        if node is None:
            break
        i += 1
        if "" in node:
            out.append(i)
    out.reverse()
    return out


def _longest(trie: dict, text: str, i: int) -> int:
    ends = _ends(trie, text, i)
    return ends[0] if ends else -1


# Named service halls are places; generic ones (大厅, 政务大厅) are not.
_HALL_PREFIX = "省市县区"
_HALL = re.compile("政务服务(?:中心)?大厅")


def _loc_at(names: dict, pairs: dict, halls: dict[int, int], text: str, i: int) -> int:
    """End of the LOC match at ``i`` or -1; the order of the alternation
    ``(?:names|[省市县区])政务服务(?:中心)?大厅``, then the longer of ``pairs`` and
    ``(?:names)+``, each alternation trying longer words first."""
    ends = _ends(names, text, i)
    if halls:
        for e in ends + ([i + 1] if text[i] in _HALL_PREFIX else []):
            if e in halls:
                return halls[e]
    pair = _longest(pairs, text, i)
    end = ends[0] if ends else -1
    while end > 0:
        nxt = _longest(names, text, end)
        if nxt < 0:
            break
        end = nxt
    # 广州市天河区 is a chain of full names, longer than the pair 广州市天河.
    return max(pair, end)


# A place that opens the name of a platform, system or project belongs to that
# name, which the guide leaves unmarked (四川一体化政务服务平台).
_NAME_OF_THING = re.compile(f"[{_CJK}A-Za-z]{{0,12}}?(?:平台|系统|工程|项目|APP|App|网站|小程序)")
# Quoted names on one line: projects, campaigns, slogans.
_QUOTED = re.compile("“[^“”\n]{1,40}”")


# A name ending in a level word is a full name: only its start needs a word boundary.
_FULL_END = ("省", "市", "州", "县", "区", "盟", "旗", "地区", "大厅")


def tag_locs(text: str, ctx: Context | None = None) -> list[Mention]:
    out: list[Mention] = []
    framed = [Mention("LOC", z.start(), z.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
              for z in _loc_patterns().framed.finditer(text)]
    for m in sorted(_gazetteer_locs(text) + framed, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue  # inside the address or zone the previous place was extended over
        if m in framed:
            out.append(m)
            continue
        if _inside_a_name(text, m) or _opens_a_name(text, m.end):
            continue
        end = _extend(text, m.end)
        out.append(m if end == m.end else Mention("LOC", m.start, end, m.source, {}, priority=m.priority))
    return out


class _LocPatterns(NamedTuple):
    opens: re.Pattern[str]    # a name that a place opens: 广州市启明学校, 北京奥运会
    heads: re.Pattern[str]    # heads that need a name of their own (学校)
    events: re.Pattern[str]   # names that need none after the place (奥运会)
    unit: re.Pattern[str]     # township, village and street words of an address
    stops: frozenset[str]     # common nouns ending in a unit word (乡村, 城镇)
    zones: re.Pattern[str]    # named zones after a place (高新区)
    framed: re.Pattern[str]   # 中国（上海）自由贸易试验区


@lru_cache(maxsize=1)
def _loc_patterns() -> _LocPatterns:
    heads = alternation(load_words("loc_name_heads"))
    events = alternation(load_words("loc_name_events"))
    zones = alternation(load_words("loc_zones"))
    return _LocPatterns(
        # A name runs on without a stop character; the place opens it.
        opens=re.compile(f"[{_CJK}]{{0,12}}?(?:{heads}|{events})"),
        heads=re.compile(f"(?:{heads})"),
        events=re.compile(f"(?:{events})"),
        unit=re.compile(f"(?:{alternation(load_words('loc_units'))})"),
        stops=frozenset(load_words("loc_unit_stops")),
        zones=re.compile(f"(?:（[{_CJK}]{{2,6}}）)?(?:{zones})"),
        framed=re.compile(f"中国（[{_CJK}]{{2,8}}）(?:{zones})"),
    )


# The numbers of a postal address after its street: 145、147、149号, 1号区机关大院1号楼5016室.
_NUMBER = re.compile(rf"[0-9０-９][0-9０-９、\-—]*号(?:[{_CJK}0-9０-９\-]{{0,16}}(?:室|楼))?")
_NAME_CHAR = re.compile(f"[{_CJK}]")
# Function words that no township, village or street name contains (向, 和 and 从 can:
# 向阳街道, 从姚社区).
_NOT_IN_UNIT_NAME = set("的了与及或等在对为是把被将给让并")
# The last units of a complete address; other chains must end before a non-name character.
_COMPLETE = ("村", "社区", "居委会", "村委会", "号", "室", "楼")


def _opens_a_name(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens a longer name (广州市南国学校,
    天河区人才公寓申请表): the guide marks that name, or nothing, never the place."""
    pat = _loc_patterns()
    m = pat.opens.match(text, end)
    if not m or any(c in _ORG_STOP for c in text[end : m.end()]):
        return False
    # 天河区小学 (the district's primary schools) has no name of its own: the place stands;
    # 北京奥运会 needs none.
    return not pat.heads.fullmatch(text, end, m.end()) or bool(pat.events.fullmatch(text, end, m.end()))


def _extend(text: str, end: int) -> int:
    """End of the LOC that starts with a place ending at ``end``: a named zone after it
    (重庆高新区, 中国（上海）自由贸易试验区), or the townships, villages, streets and
    numbers of an address (肥东县张集乡胡巷村, 广州市天河区范屋路145号)."""
    pat = _loc_patterns()
    unit, stops = pat.unit, pat.stops
    z = pat.zones.match(text, end)
    if z:
        return z.end()
    best = end
    frontier = [end]
    seen = set()
    while frontier:
        pos = frontier.pop()
        if pos in seen:
            continue
        seen.add(pos)
        # A unit's own name: one to five name characters, then the unit word.
        for k in range(pos + 1, min(pos + 6, len(text)) + 1):
            if not _NAME_CHAR.match(text, k - 1) or text[k - 1] in _NOT_IN_UNIT_NAME:
                break
            u = unit.match(text, k)
            if not u or text[pos:k].startswith(("各", "全", "本", "该", "我", "其")):
                continue
            if k - pos == 1 and text[pos] in _ORG_STOP:
                continue  # 德阳市和镇…: a function word, not a one-character name
            if text[pos : u.end()] in stops:
                continue
            nxt = u.end()
            n = _NUMBER.match(text, nxt)
            if n and u.group() in ("路", "街", "大道", "大街", "巷"):
                nxt = n.end()
            frontier.append(nxt)
            if nxt > best and (text.endswith(_COMPLETE, pos, nxt) or not _NAME_CHAR.match(text, nxt)):
                best = nxt
    return best


def _inside_a_name(text: str, m: Mention) -> bool:
    if text.endswith("大厅", m.start, m.end):
        return False
    # Only a bare short name (四川, 自贡) opens such a name; 绵阳市 stands alone.
    if m.end - m.start == 2 and _NAME_OF_THING.match(text, m.end):
        return True
    # Inside “…” when an opening quote precedes on the same stretch with no close.
    left = text.rfind("“", max(0, m.start - 40), m.start)
    if left >= 0 and "”" not in text[left : m.start] and "\n" not in text[left : m.start]:
        q = _QUOTED.match(text, left)
        return bool(q and q.end() >= m.end)
    return False


def _gazetteer_locs(text: str) -> list[Mention]:
    names, pairs, prefixes, start, starts = _loc_tables()
    # Where a hall suffix starts (it cannot overlap itself), and its end.
    halls = {m.start(): m.end() for m in _HALL.finditer(text)}
    # Every position that can start a match: a start character opening a prefix, or one before a hall.
    cands = [m.start() for m in start.finditer(text) if m.group(1) in prefixes]
    if halls:
        cands = sorted(set(cands).union(h - 1 for h in halls if h and text[h - 1] in starts))
    out = []
    pos = 0
    for i in cands:
        if i < pos:
            continue
        end = _loc_at(names, pairs, halls, text, i)
        if end > i and not word_bounds(text, i, end, full=text.endswith(_FULL_END, i, end)):
            continue  # 重庆 in 隆重庆祝, 保定 in 医保定点: inside another word
        if end > i:
            out.append(Mention("LOC", i, end, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            pos = end
    return out
