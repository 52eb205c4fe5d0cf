"""Plain-text word lists shipped in ``govie/data/lexicons``."""

from __future__ import annotations

from govie.text import recached as re
from functools import lru_cache
from importlib import resources

__all__ = ["load_words", "region_words", "combined_abbreviations", "alternation", "national_centre"]


@lru_cache(maxsize=None)
def load_words(name: str) -> tuple[str, ...]:
    """Words of ``data/lexicons/<name>.txt``: whitespace-separated, ``#`` comments."""
    path = resources.files("govie") / "data" / "lexicons" / f"{name}.txt"
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        words.extend(line.split())
    return tuple(dict.fromkeys(words))


@lru_cache(maxsize=1)
def region_words() -> tuple[str, ...]:
    """Named regions of China (``regions.txt``, ``loc_combined_abbreviations.txt``) and of the world
    (``world_regions.txt``)."""
    return tuple(dict.fromkeys(load_words("regions") + tuple(combined_abbreviations()) + load_words("world_regions")))


@lru_cache(maxsize=1)
def combined_abbreviations() -> dict[str, tuple[str, ...]]:
    """Regions named by a character of each place they join (通武廊: 通州, 武清, 廊坊), with those places."""
    path = resources.files("govie") / "data" / "lexicons" / "loc_combined_abbreviations.txt"
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            out[words[0]] = tuple(words[1:])
    return out


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation that tries longer words first; words of one length (no two match at one
    place) in a fixed order, so the pattern is the same in every process (its program is cached)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def national_centre() -> re.Pattern[str]:
    """A named national centre (国家脑机接口技术创新中心, 国家血液病医学中心): 国家, its field (two to
    twelve characters, no 级 after 国家, no function word) and a kind of ``dept_national_centres.txt``.
    The kind alone (国家医学中心) names no one centre."""
    kinds = alternation(load_words("dept_national_centres"))
    field = "(?:(?![的和及与或并、，。；：等在为对是了将把从向由级])[\u4e00-\u9fff])"
    return re.compile(f"国家(?!级){field}{{2,12}}?(?:{kinds})")


@lru_cache(maxsize=1)
def named_lab() -> re.Pattern[str]:
    """A laboratory of ``dept_named_labs.txt`` (崂山实验室, 崖州湾国家实验室), with the institute it set up
    in a province (怀柔实验室山西研究院). Not its base there: the dev gold marks 崖州湾国家实验室 alone before
    西北创新基地 (wr2026-gansu; diff27 undid org57w's 怀柔国家实验室内蒙古基地 as one span)."""
    names = alternation(load_words("dept_named_labs"))
    return re.compile(f"(?:{names})(?:国家)?实验室(?:(?![建设的和与])[\u4e00-\u9fff]{{2,4}}?研究院)?")


@lru_cache(maxsize=1)
def national_park() -> re.Pattern[str]:
    """A national park's administration (海南热带雨林国家公园管理局, 大熊猫国家公园四川省管理局): a park of
    ``dept_national_parks.txt``, 国家公园, an optional province and 管理局."""
    names = alternation(load_words("dept_national_parks"))
    return re.compile(f"(?:{names})国家公园(?:[\u4e00-\u9fff]{{2,6}}?(?:省|自治区))?管理局")


@lru_cache(maxsize=1)
def _foreign_state_full_names() -> dict[str, list[tuple[str, str, str]]]:
    path = resources.files("govie") / "data" / "lexicons" / "foreign_state_full_names.tsv"
    out: dict[str, list[tuple[str, str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, full, *dates = line.split("\t")
        dates += ["", ""]
        out.setdefault(short, []).append((full, dates[0], dates[1]))
    return out


def foreign_state_full_name(short: str, date: str | None = None) -> str | None:
    """The official full name of a foreign state (缅甸 → 缅甸联邦共和国) on ``date`` (ISO), from
    ``foreign_state_full_names.tsv``; None for a state not listed or a date outside the name's
    validity (with no date, only a name valid today)."""
    for full, start, end in _foreign_state_full_names().get(short, ()):
        if date is None:
            if not end:
                return full
        elif (not start or start <= date[:10]) and (not end or date[:10] < end):
            return full
    return None
