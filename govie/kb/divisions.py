"""Administrative divisions (provinces, cities, counties) from ``data/divisions.tsv``.

``places()`` lists them for the place tagger; ``Divisions`` resolves every written form of
a division name and a jurisdiction for the linker. Both read the same rows.
"""

from __future__ import annotations

import functools
from govie.text import recached as re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from govie.errors import GovieError
from govie.kb.dept_types import ENTERPRISE_TYPES, TERM_NUMBER
from govie.resources import data_path, read_tsv
from govie.text.segment import function_word_tags, shared_word_ends

__all__ = ["Place", "places", "place_names", "place_name_set", "Division", "Divisions", "load_divisions",
           "NATIONAL", "UnknownJurisdiction", "check_jurisdiction", "word_bounds", "at_word_start",
           "townships", "FormerDivision", "former_divisions", "BARE_LEVELS", "levels_without", "level_chars",
           "level_alternation", "citizens_word"]

# The country as a division: central documents belong here (guide v2, "Document metadata").
NATIONAL = "100000"
NATIONAL_NAME = "中华人民共和国"
# The four municipalities: provincial divisions whose bodies are named like a city's (北京市民政局).
MUNICIPALITIES = ("110000", "120000", "310000", "500000")
# Names a caller may give for a central document's jurisdiction.
_NATIONAL_NAMES = frozenset({"国家", "全国", "中国", "中央", NATIONAL_NAME, NATIONAL})
# Level words of guide v2 for the levels of divisions.tsv.
_META_LEVEL = {"province": "province", "city": "prefecture", "county": "county"}
# The level words that stand for a division without its name (市政府, 自治区党委, 旗委, 乡政府): the one
# list the taggers and the linker build their level prefixes, classes and alternations from. A rule
# that takes fewer takes a named subset (``levels_without``) and says why where it defines it.
BARE_LEVELS = ("自治区", "自治州", "自治县", "自治旗", "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇")


def levels_without(*words: str) -> tuple[str, ...]:
    """``BARE_LEVELS`` without ``words``, in its order."""
    unknown = set(words) - set(BARE_LEVELS)
    if unknown:
        raise ValueError(f"not bare levels: {sorted(unknown)}")
    return tuple(lv for lv in BARE_LEVELS if lv not in words)


def level_chars(levels: tuple[str, ...] = BARE_LEVELS) -> str:
    """The one-character levels of ``levels`` as one string (a regex class's body, or for ``in``)."""
    return "".join(lv for lv in levels if len(lv) == 1)


def level_alternation(levels: tuple[str, ...] = BARE_LEVELS) -> str:
    """``levels`` as a group of literal alternatives (not a class after 自治区): sre then skips in C
    to the characters that can open a match instead of trying every position."""
    return "(?:" + "|".join(levels) + ")"


# Suffixes that make a place name a full name (四川省, 天河区): it needs no check of its end.
_LEVEL_SUFFIX = ("省", "市", "州", "县", "区", "盟", "旗", "地区", "林区")


class UnknownJurisdiction(GovieError, ValueError):
    """A jurisdiction that names no division (code E130)."""


def check_jurisdiction(value: str | None) -> str | None:
    """The division code of a jurisdiction argument; None stays None. Raises
    ``UnknownJurisdiction`` naming the value when it is empty or names no division."""
    if value is None:
        return None
    divisions = load_divisions()
    code = divisions.resolve(value)
    if code is None:
        raise UnknownJurisdiction(
            f"[E130] jurisdiction {value!r} names no Chinese administrative division: give a division "
            "name or code such as '四川省', '广州市天河区', '440106', or '国家' for a central document")
    others = divisions.namesakes(value)
    if len(others) > 1:
        # A bare district name shared by several cities (鼓楼区: 南京, 福州, 徐州, 开封) would link every
        # 区X局 of the text to one city govie picked: a wrong body is worse than an error.
        listed = ", ".join(f"{divisions.full_name(c)} ({c})" for c in others)
        raise UnknownJurisdiction(
            f"[E131] jurisdiction {value!r} names {len(others)} divisions: {listed}; give the full name "
            "or the code of the one meant")
    return code

_SPACE = re.compile(r"\s+")
_SAR = ("81", "82")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> tuple[tuple[str, str], ...]:
    """Standing abbreviations of county-level divisions (东乌旗 = 东乌珠穆沁旗)."""
    path = data_path("division_abbreviations.tsv")
    return tuple((row[0], row[1]) for row in (read_tsv(path) if path.is_file() else ()) if len(row) >= 2)


@dataclass(frozen=True)
class Place:
    code: str  # six digits
    name: str  # full name, e.g. 甘孜藏族自治州
    short: str  # e.g. 甘孜
    level: str  # province, city, county

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """All divisions; columns are read by position: code, full name, short name."""
    out = []
    for row in _rows():
        if len(row) < 3 or not row[0][:6].isdigit():
            continue
        code = row[0][:6]
        out.append(Place(code, row[1], row[2] or row[1], _level(code)))
    return tuple(out)


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, ...], ...]:
    path = data_path("divisions.tsv")
    return tuple(tuple(r) for r in read_tsv(path)) if path.is_file() else ()


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Place]:
    return {p.code: p for p in places()}


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Names that stand for a place on their own.

    Full names at every level; short names of provinces and cities only, since
    many county short names are ordinary words.
    """
    names: set[str] = set()
    for p in places():
        if len(p.name) >= 2:
            names.add(p.name)
        if p.level != "county" and len(p.short) >= 2:
            names.add(p.short)
        # "甘孜州", "凉山州": the short name with the one-character level word; "恩施自治州", "湘西自治州":
        # with the level word alone (恩施自治州人民政府 signs the prefecture's rules of work, 2020).
        if p.level == "city" and p.name.endswith("自治州"):
            names.add(p.short + "州")
            names.add(p.short + "自治州")
    # Standing abbreviations of banners and counties (科右前旗, 东乌旗): places wherever written, as
    # their full names (推动科右前旗、科右中旗、乌拉盖通用机场开工建设: Inner Mongolia 2025 report, probe org27).
    names.update(abbr for abbr, _ in _abbreviations())
    # Former divisions older texts name (崇文区, 襄樊市; a former prefecture's 襄樊 too).
    for f in former_divisions():
        names.add(f.name)
        if f.level == "city" and f.short:
            names.add(f.short)
    return tuple(sorted(names))


@lru_cache(maxsize=1)
def place_name_set() -> frozenset[str]:
    """``place_names()`` for membership tests."""
    return frozenset(place_names())


def enterprise_named(surface: str) -> bool:
    """Whether a name ending in an enterprise's type names the enterprise: bare (招商局), or after a place
    written without its level, which opens the enterprise's zone, park or firm (漳州招商局经济技术开发区,
    深圳招商局光明科技园, 湛江招商局港口有限公司); a division's bureau writes its level or its committee
    before the type (市招商局, 兴平市招商局, 经开区管委会招商局)."""
    for t in ENTERPRISE_TYPES:
        if surface.endswith(t):
            before = surface[: -len(t)]
            # 漳州, 杭州: a city's short name may end in a level's character (州), with no level written
            return not before or before[-1] not in level_chars() + "会" \
                or any(before.endswith(short) for short in _short_names_ending(before[-1]))
    return False


@functools.lru_cache(maxsize=16)
def _short_names_ending(char: str) -> tuple[str, ...]:
    """Divisions' short names (漳州 for 漳州市) that end in ``char``."""
    return tuple({p.short for p in places() if len(p.short) >= 2 and p.short != p.name and p.short.endswith(char)})


@dataclass(frozen=True)
class FormerDivision:
    """A division abolished, merged or renamed (``data/former_divisions.tsv``)."""

    name: str  # 崇文区, 襄樊市
    code: str  # six digits or ""
    level: str  # city or county, as in divisions.tsv
    parent: str  # the code of the division that held it
    end: int  # year of the change
    successor: str

    @property
    def short(self) -> str:
        """The name without its level word (襄樊市 → 襄樊); "" when too short to stand alone."""
        return self.name[:-1] if len(self.name) >= 3 and self.name.endswith(("市", "县", "区")) else ""


@lru_cache(maxsize=1)
def former_divisions() -> tuple[FormerDivision, ...]:
    """Former divisions, read by position: name, code, level, parent, end year, successor."""
    path = data_path("former_divisions.tsv")
    out = []
    for row in (read_tsv(path) if path.is_file() else ()):
        row = [*row, "", "", "", "", ""][:6]
        if not row[0] or not row[4].isdigit():
            raise GovieError(f"[E131] {path}: bad former division row {row!r} (name and end year needed)")
        out.append(FormerDivision(row[0], row[1], row[2], row[3], int(row[4]), row[5]))
    return tuple(out)


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short: str
    parent: str
    level: str


class Divisions:
    """Administrative divisions with every written form of their names."""

    def __init__(self, rows: list[Division]):
        self.by_code = {d.code: d for d in rows}
        self.forms: dict[str, list[str]] = {}
        for d in rows:
            for form in self._forms_of(d):
                codes = self.forms.setdefault(form, [])
                if d.code not in codes:
                    codes.append(d.code)
        for abbreviation, name in _abbreviations():
            codes = self.forms.get(name, [])
            if len(codes) == 1 and abbreviation not in self.forms:
                self.forms[abbreviation] = list(codes)
        self.max_len = max(map(len, self.forms))

    @staticmethod
    def _forms_of(d: Division) -> list[str]:
        forms = [d.name]
        if d.name.endswith("自治州"):
            forms.extend((d.short + "州", d.short + "自治州"))
        elif d.name.endswith("自治县"):
            forms.append(d.short + "县")
        elif d.name.endswith("自治旗"):
            forms.append(d.short + "旗")
        if d.level in ("province", "city") and len(d.short) >= 2:
            forms.append(d.short)
        return forms

    @functools.cached_property
    def _form_starts(self) -> tuple[re.Pattern[str], frozenset[str]]:
        """A scan of the positions whose character opens a form and whose next one can follow
        (sre skips the others in C), and the forms' first two characters: ``mentions`` tries
        its dictionary lookups only where both hold (a form has two characters or more)."""
        pairs = frozenset(f[:2] for f in self.forms if len(f) >= 2)
        firsts = "".join(map(re.escape, sorted({p[0] for p in pairs})))
        seconds = "".join(map(re.escape, sorted({p[1] for p in pairs})))
        return re.compile(f"[{firsts}](?=[{seconds}])"), pairs

    @functools.cached_property
    def county_shorts(self) -> dict[str, tuple[str, ...]]:
        """County-level divisions by their bare short name (普定 → 普定县, 襄城 → 襄城县 and 襄城区):
        not forms of their own (``mentions`` leaves them out as ordinary words too often)."""
        out: dict[str, list[str]] = {}
        for d in self.by_code.values():
            if d.level == "county" and len(d.short) >= 2 and d.short != d.name:
                out.setdefault(d.short, []).append(d.code)
        return {k: tuple(v) for k, v in out.items()}

    @functools.cached_property
    def former_county_forms(self) -> frozenset[str]:
        """X县 for a city or county-level division X (市 or 区) the table holds under another
        name: counties since made cities or districts (无为县 → 无为市, 繁昌县 → 繁昌区, 芜湖县)."""
        out = set()
        for d in self.by_code.values():
            # A short name the table could not cut (堆龙德庆区, 鹰手营子矿区) gives no form: 堆龙德庆区县
            # is no name; such counties are listed in former_divisions.tsv instead.
            if (d.level in ("city", "county") and d.name.endswith(("市", "区")) and len(d.short) >= 2
                    and d.short != d.name):
                form = d.short + "县"
                if form not in self.forms:
                    out.add(form)
                # A district whose source short name keeps the county's 县 (沙县区 → 沙县, 梅县区 → 梅县,
                # 赣县区 → 赣县: counties made districts under their old name): the short name is the
                # former county's own (沙县人民政府, 2012). Not a city's (辉县市 → 辉县 is its short name now).
                if (d.level == "county" and d.name.endswith("区") and d.short.endswith("县") and len(d.short) >= 2
                        and d.short not in self.forms):
                    out.add(d.short)
        return frozenset(out)

    @functools.cached_property
    def former_forms(self) -> dict[str, FormerDivision | None]:
        """Names of divisions older texts name that the table holds no more, each with its row
        in ``former_divisions.tsv`` (None for a county form found by ``former_county_forms``)."""
        out: dict[str, FormerDivision | None] = dict.fromkeys(self.former_county_forms)
        for f in former_divisions():
            if f.name not in self.forms:
                out[f.name] = f
        return out

    @functools.cached_property
    def former_sizes(self) -> tuple[int, ...]:
        """The lengths of the former names, longest first (a longer name wins a prefix)."""
        return tuple(sorted({len(f) for f in self.former_forms}, reverse=True))

    def former_full_name(self, form: str) -> str:
        """The name a former division's bodies are named by: a district carries its city
        (北京市崇文区, as ``full_name`` does for a district); a county or a city stands alone."""
        f = self.former_forms.get(form)
        if f is not None and f.level == "county" and f.name.endswith("区") and f.parent in self.by_code:
            return self.full_name(f.parent) + f.name
        return form

    def chain_name(self, code: str) -> str:
        return self.by_code[code].name

    # -- the division of a document ------------------------------------------
    def effective(self, code: str) -> str:
        """The division a code stands for: a municipality's city-level row (110100, 重庆郊县)
        is the municipality itself."""
        d = self.by_code.get(code)
        if d is not None and d.level == "city" and d.parent:
            p = self.by_code.get(d.parent)
            if p is not None and p.name.endswith("市"):
                return p.code
        return code

    def parent_of(self, code: str) -> str | None:
        """The effective parent (a municipality's district's parent is the municipality)."""
        d = self.by_code.get(code)
        if d is None or not d.parent:
            return None
        return self.effective(d.parent)

    def ancestry(self, code: str) -> list[str]:
        """The division and its ancestors, top-down, without pseudo-cities."""
        out: list[str] = []
        c: str | None = self.effective(code)
        while c and c in self.by_code and len(out) < 4:
            out.insert(0, c)
            c = self.parent_of(c)
        return out

    def full_name(self, code: str) -> str:
        """The name a body's canonical name starts with: 四川省, 成都市, 广州市天河区, 汶川县.

        A district (区) carries its city (广州市天河区, 北京市朝阳区); a county or a
        county-level city stands alone, as in official names."""
        if code == NATIONAL:
            return NATIONAL_NAME
        code = self.effective(code)
        d = self.by_code[code]
        if d.level == "county" and d.name.endswith("区"):
            parent = self.parent_of(code)
            if parent and parent in self.by_code:
                return self.by_code[parent].name + d.name
        return d.name

    def meta_level(self, code: str) -> str:
        """national, province, prefecture or county (guide v2)."""
        if code == NATIONAL:
            return "national"
        code = self.effective(code)
        d = self.by_code[code]
        if d.level == "city" and d.name.endswith("县"):
            return "county"  # Hainan's counties sit directly under the province
        return _META_LEVEL.get(d.level, d.level)

    def info(self, code: str) -> dict[str, str]:
        """``meta.division``: {code, name, level}."""
        code = self.effective(code)
        return {"code": code, "name": self.full_name(code), "level": self.meta_level(code)}

    def province_name(self, code: str) -> str:
        """``meta.jurisdiction``: the province's name, or 国家 for a central document."""
        if code == NATIONAL:
            return "国家"
        return self.by_code[self.province(code)].name

    def mentions(self, text: str, *, county_short: bool = False) -> list[tuple[int, int, tuple[str, ...]]]:
        """Places named in ``text`` at word boundaries: (start, end, codes), longest first;
        a name several divisions share (朝阳区) gives all their codes, highest level first.

        Short county names are ordinary words too often (朝阳, 和平) unless asked for."""
        out: list[tuple[int, int, str]] = []
        i, n = 0, len(text)
        scan, pairs = self._form_starts
        while i < n - 1:
            found = scan.search(text, i)
            if found is None:
                break  # no form starts at i or after it
            i = found.start()
            if text[i:i + 2] not in pairs:
                i += 1
                continue
            hit = None
            for end in range(min(n, i + self.max_len), i + 1, -1):
                codes = self.forms.get(text[i:end])
                if codes:
                    hit = (end, codes)
                    break
            if hit is None:
                i += 1
                continue
            end, codes = hit
            form = text[i:end]
            # A banner's or county's short form that is its full name (东乌珠穆沁旗, 承德县) is no
            # ordinary word; two-character ones (城区, 矿区, 魏县) may be.
            if not county_short and all(self.by_code[c].level == "county" and form == self.by_code[c].short
                                        and (form != self.by_code[c].name or len(form) < 3)
                                        for c in codes):
                i += 1
                continue
            if not word_bounds(text, i, end, full=form.endswith(_LEVEL_SUFFIX), place=True) or verb_place_at(text, i):
                i += 1
                continue
            ranked = sorted(codes, key=lambda c: (self._rank(c), c))
            out.append((i, end, tuple(dict.fromkeys(self.effective(c) for c in ranked))))
            i = end
        return out

    def province(self, code: str) -> str:
        return code[:2] + "0000"

    def resolve(self, name: str | None) -> str | None:
        """Division code of a jurisdiction given by name or code."""
        if not name:
            return None
        name = _SPACE.sub("", name)
        if name in _NATIONAL_NAMES:
            return NATIONAL
        if name in self.by_code:
            return self.effective(name)
        codes = self.forms.get(name)
        if not codes:
            # A chain of nested names (广州市天河区, 广东省广州市天河区: how meta.division names it).
            chain, pos = self.parse_prefix(name, None)
            return self.effective(chain[-1]) if len(chain) > 1 and pos == len(name) else None
        return self.effective(min(codes, key=lambda c: (self._rank(c), c)))

    def namesakes(self, name: str) -> list[str]:
        """The distinct divisions a bare name given as a jurisdiction could mean at its best level
        (鼓楼区: four cities' districts); one or none when the name settles it."""
        name = _SPACE.sub("", name or "")
        codes = self.forms.get(name)
        if not codes or name in self.by_code:
            return []
        best = min(self._rank(c) for c in codes)
        return sorted({self.effective(c) for c in codes if self._rank(c) == best})

    def _rank(self, code: str) -> int:
        return {"province": 0, "city": 1, "county": 2}.get(self.by_code[code].level, 3)

    def is_under(self, code: str, ancestor: str) -> bool:
        """True when `code` is `ancestor` or lies inside it."""
        seen = 0
        while code and seen < 4:
            if code == ancestor:
                return True
            code = self.by_code[code].parent if code in self.by_code else ""
            seen += 1
        return False

    def parse_prefix(self, text: str, jur: str | None) -> tuple[list[str], int]:
        """Longest chain of nested place names at the start of `text`."""
        chain: list[str] = []
        pos = 0
        while pos < len(text):
            best = None
            for end in range(min(len(text), pos + self.max_len), pos + 1, -1):
                codes = self.forms.get(text[pos:end])
                if not codes:
                    continue
                picked = self._pick(codes, chain[-1] if chain else None, jur)
                if picked:
                    best = (end, picked)
                    break
            if best is None:
                break
            pos, code = best[0], best[1]
            chain.append(code)
        return chain, pos

    def shared_elsewhere(self, form: str, jur: str | None) -> bool:
        """Whether one place name (朝阳区: 北京, 长春) is borne by several divisions, none in the
        province of ``jur``: which one a text means is not said."""
        codes = self.forms.get(form, ())
        return len(codes) > 1 and not (jur and any(self.province(c) == self.province(jur) for c in codes))

    def unsaid(self, form: str, jur: str | None) -> bool:
        """Whether one place name is borne by several divisions of one level that the document's
        division does not tell apart (鼓楼区: 南京, 福州, 徐州, 开封, in a Sichuan or a Jiangsu text):
        which one a text means is not said. (吉林 is the province before the city, by level.)"""
        codes = self.forms.get(form, ())
        if len(codes) < 2:
            return False
        # A mainland name a Taiwan district shares (金山区: 上海's, 新北's) is the mainland one's.
        keys = sorted(self._key(c, jur)[:2] + (c.startswith("71"),) for c in set(self._within(codes, jur)))
        return len(keys) > 1 and keys[0] == keys[1]

    def _within(self, codes, jur: str | None) -> list[str]:
        """The codes in the province of ``jur`` if any, else all."""
        if jur:
            inside = [c for c in codes if c.startswith(self.province(jur)[:2])]
            if inside:
                return inside
        return list(codes)

    def _key(self, code: str, jur: str | None) -> tuple[int, int, str]:
        """Level first, then the nearest to the document's own division: 新华区 in a 沧州 text is
        沧州's, not 石家庄's, though both are in 河北."""
        near = self.ancestry(jur)[::-1] if jur and jur in self.by_code else []
        return (self._rank(code), next((k for k, a in enumerate(near) if self.is_under(code, a)), len(near)), code)

    def _pick(self, codes: list[str], parent: str | None, jur: str | None) -> str | None:
        if parent is not None:
            inside = [c for c in codes if c != parent and self.is_under(c, parent)]
            return min(inside, key=self._rank) if inside else None
        return min(self._within(codes, jur), key=lambda c: self._key(c, jur))


@lru_cache(maxsize=1)
def townships() -> dict[str, tuple[str, ...]]:
    """Full names of townships and subdistricts (天园街道, 孙疃镇, 杨庙乡) → the codes of the
    counties that have one of that name (``data/townships.tsv``, the 2023 table)."""
    path = data_path("townships.tsv")
    out: dict[str, list[str]] = {}
    for row in (read_tsv(path) if path.is_file() else ()):
        for name in row[1].split("|"):
            out.setdefault(name, []).append(row[0])
    return {name: tuple(codes) for name, codes in out.items()}


# A page's publisher field label (发布部门: 华庄街道, 发布机构 | 东明路街道 |); its value may name the
# document's own township. The clean text joins the next label to the value (发布部门:华庄街道阅读次数).
PUBLISHER_LABELS = ("发布机构", "发布单位", "发布部门", "信息来源", "来源")
PUBLISHER_FIELD = "(?:" + "|".join(PUBLISHER_LABELS) + ")[ :：|｜]*"
# A township's own voice: its bodies named bare (镇党委, 镇人大, 乡人民政府) and 全镇/我镇.
# A subdistrict speaks as its working committee (在街道党工委的坚强领导下, pudong.gov.cn 2022; a bare
# 街道办事处 is as often the class: 到户籍所在地街道办事处申请), or as the publisher of its page (发布部门: 华庄街道, wuxi.gov.cn 2023; probe dept31c).
_TOWNSHIP_VOICE = re.compile("(?<![各乡城村])[镇乡](?:党委|人大|人民政府|政府|人民代表大会)|[全我本][镇乡]"
                             "|(?<!各)街道党工委"
                             "|" + PUBLISHER_FIELD + "[\u4e00-\u9fff]{1,5}?街道")
# A township named as the speaker: its government or congress (我代表庄墓镇人民政府, 在天目山镇第三届人民
# 代表大会), or alone in a 发布机构 / 信息来源 field of the page (发布机构: 王坛镇).
# 西演镇第十八届人大 (高阳 2020) and a town's signature 西平镇党政办 (三台 2016) name it too.
_TOWNSHIP_SPEAKER = re.compile("([\u4e00-\u9fff]{1,5}?[镇乡])(?=人民政府|第" + TERM_NUMBER + "届(?:人民代表大会|人大)|人民代表大会|党委|党政办)"
                               "|([\u4e00-\u9fff]{1,5}?街道)(?=办事处|党工委)"
                               "|" + PUBLISHER_FIELD + "([\u4e00-\u9fff]{1,5}?[镇乡])(?![\u4e00-\u9fff])"
                               "|" + PUBLISHER_FIELD + "([\u4e00-\u9fff]{1,5}?街道)"
                               # A town's news naming it after its county as the host (扶风县杏林镇召开2023年春季重点
                               # 工作推进会, xbxxb.com 2023; probe dept29c).
                               "|[县区市旗]([\u4e00-\u9fff]{1,5}?[镇乡])(?=(?:组织)?召开|举行|举办)"
                               # The same host opening a line without its county (戴庙镇召开县派第一书记对接会,
                               # sddp.net 2019), or a report's title opening with the township and its year
                               # (昌硕街道2022年工作总结, anji.gov.cn 2023; probe dept39c).
                               "|(?:^|(?<=\n))([\u4e00-\u9fff]{1,5}?(?:[镇乡]|街道))(?=(?:组织)?召开|举行|举办|(?:19|20)[0-9]{2}年)")


@functools.lru_cache(maxsize=64)
def own_township(head: str, within: str | None = None) -> tuple[str, str] | None:
    """(name, county code) of the one town or township a text's ``head`` speaks as (a town's work
    report or plan: 我代表庄墓镇人民政府, 镇党委, 全镇), which lies in ``within`` when that is a
    province, city or county; None where the head names several, or speaks as none."""
    # A host or title township (group 6 of _TOWNSHIP_SPEAKER) is one voice of the head itself.
    speakers = list(_TOWNSHIP_SPEAKER.finditer(head))
    hosted = any(m.group(6) or m.group(5) for m in speakers)
    if len(_TOWNSHIP_VOICE.findall(head)) + hosted < 2:
        return None
    divs = load_divisions()
    table = townships()
    found: set[tuple[str, str]] = set()
    for m in speakers:
        said = next(g for g in m.groups() if g)
        name = _township_tail(said, table)
        if name is None:
            continue
        codes = tuple(c for c in table[name] if c in divs.by_code and (
            within is None or within == NATIONAL or within in divs.ancestry(c)))
        if m.group(6) and said != name:
            # A line opening with the county and its town (澧县城头山镇召开…): that county's town only.
            before = said[: len(said) - len(name)]
            codes = tuple(c for c in codes if before.endswith(divs.by_code[c].name))
        if m.group(5):
            # Named after its county (扶风县杏林镇召开…): the town of that county, never a namesake elsewhere.
            before = head[: m.end(5) - len(name)]
            codes = tuple(c for c in codes if before.endswith(divs.by_code[c].name))
        if len(codes) != 1:
            return None
        found.add((name, codes[0]))
    if not found and within and divs.meta_level(within) == "county":
        # A county's news on one of its towns that then names the town's bodies bare (闵行区农委领导到华漕镇
        # 调研 … 镇政府由王尧镇长带队, 2016; probe dept39c): the one township of that county the head names.
        for m in _NAMED_TOWNSHIP.finditer(head):
            name = _township_tail(m.group(), table)
            if name and within in table[name]:
                found.add((name, within))
    return next(iter(found)) if len(found) == 1 else None


def _township_tail(said: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The longest tail of ``said`` that is a township's name: 代表庄墓镇 reads 庄墓镇."""
    return next((said[i:] for i in range(len(said) - 1) if said[i:] in table), None)


_NAMED_TOWNSHIP = re.compile("[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道)(?![\u4e00-\u9fff]?(?:长|人民政府|政府|党委|人大))")


@functools.lru_cache(maxsize=1)
def load_divisions(path: str | Path | None = None) -> Divisions:
    table = read_tsv(path) if path else _rows()
    rows = [Division(*row[:5]) for row in table]
    return Divisions(rows)


def citizens_word(name: str, rest: str) -> bool:
    """Whether a city's name ending in 市 and the 民 opening ``rest`` are the word 市民 (通州市民中心: the
    citizens' centre of 通州), not the city and a body of it (吴江市民政局, 吴江市民宗局)."""
    return name.endswith("市") and rest.startswith("民") and not rest.endswith(("局", "委", "办", "厅"))


_CLAUSE_END = "。！？；，、\n"
_LAST_CLAUSE_END = re.compile(f"(?s:.*)[{_CLAUSE_END}]")  # greedy: up to the last one
_FIRST_CLAUSE_END = re.compile(f"[{_CLAUSE_END}]")


# A place whose name is also the verb joining two bodies (会同县, Hunan): right after a body's last
# character (市委外办会同县财政局) or a modal before the verb (县发改委要会同县督查落实办, 应会同, 并会同)
# it is the verb, not that county; after a place or a clause start it stays the county (怀化市会同县).
VERB_PLACES = ("会同",)
_JOINING_BODY_LAST = frozenset("委局办厅府部院会所署室队")
_MODAL_BEFORE_VERB = frozenset("要将应须需并可")


def verb_place_at(text: str, start: int) -> bool:
    """Whether a place read from ``start`` opens with a verb that joins two bodies (会同) right after a
    body or a modal (县委|会同县财政局, 县发改委要|会同县…): the verb, and the level after it a bare prefix."""
    return start > 0 and text.startswith(VERB_PLACES, start) and \
        (text[start - 1] in _JOINING_BODY_LAST or text[start - 1] in _MODAL_BEFORE_VERB) and \
        _JOINED_BODY.match(text, start + 2) is not None


# What the verb joins: a body after the bare level (会同县财政局, 会同县督查落实办); 将会同县列为… is the
# object marker and the county (review).
_JOINED_BODY = re.compile("[县市区][\u4e00-\u9fff]{0,10}?(?:局|委|办|厅|府|院|部|中心|室|站|所|队)")


def word_bounds(text: str, start: int, end: int, *, full: bool = False, place: bool = False) -> bool:
    """Whether a place name at ``text[start:end]`` is a word of its own (jieba, no HMM):
    重庆 in 隆重庆祝 and 保定 in 医保定点 are not. A full name (四川省, 天河区) only needs to
    start a word: 江油市场监管局 reads 江油市 + 场… in jieba but is 江油 + 市场监管局. ``place``: the
    name is read as a division's (``Divisions.mentions``), never the tail of a word jieba split up."""
    # The window: eight characters each side, cut after the last clause end before the name and
    # at the first one after it (one regex each, not a find per punctuation mark).
    lo = start - 8 if start > 8 else 0
    m = _LAST_CLAUSE_END.match(text, lo, start)
    if m is not None:
        lo = m.end()
    hi = end + 8 if end + 8 < len(text) else len(text)
    m = _FIRST_CLAUSE_END.search(text, end, hi)
    if m is not None:
        hi = m.start()
    ends = shared_word_ends(text[lo:hi])
    if start != lo and start - lo not in ends:
        return False
    if place and _split_name_tail(text, start, lo, ends):
        return False
    return full or end == lo or end - lo in ends


def _split_name_tail(text: str, start: int, lo: int, ends: set[int]) -> bool:
    """Whether a name starts inside a run of single characters jieba made of an unknown word:
    隽水城区 reads 隽|水|城区, and 水城区 there is the tail of 隽水 (+ 城区), no 水城区 of Guizhou.
    A one-character word before it that is a preposition or verb (在水城区, 到水城区) is no such run."""
    k = start - lo
    if k < 1 or k + 1 not in ends or (k - 1 != 0 and k - 1 not in ends):
        return False
    prev = text[start - 1]
    return "\u4e00" <= prev <= "\u9fff" and prev not in function_word_tags()


def at_word_start(text: str, start: int, end: int) -> bool:
    """Whether a place name starts a word (the end is checked by what follows it)."""
    return word_bounds(text, start, end, full=True)
