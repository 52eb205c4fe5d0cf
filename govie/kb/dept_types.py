"""Department types: every full and short form of a kind of body (局, 委, 办 ...).

A full form is appended to the division's name (四川省 + 水利厅) unless it holds a
placeholder: ``{}`` for the division's full name (中共{}委员会 → 中共广州市天河区委员会),
``{S}`` for its short name (国家统计局{S}调查总队); ``{P}``/``{N}`` for a district's city
and its own name (the linker fills them: {P}公安局{N}分局 → 广州市公安局天河区分局). A type
whose full form depends on the level of its division names it per level (法院: 高级人民法院
at a province's, 中级人民法院 at a prefecture's).
"""

from __future__ import annotations

import functools
from pathlib import Path

from govie.resources import data_path

__all__ = ["DeptTypes", "load_dept_types", "load_branches", "central_functional_names", "renamed_on",
           "branch_word_full", "TERM_NUMBER", "TERM", "CPPCC_SPECIAL_COMMITTEES", "cppcc_only"]

# The term of a congress, a CPPCC or a party committee (第十四届人民代表大会, 市十六届人大, 政协宜良县第十届
# 委员会): its number in words, and the term with or without 第. The DEPT tagger's patterns, the
# linker's and the township speaker's build on these.
TERM_NUMBER = "[一二三四五六七八九十]{1,3}"
TERM = f"第?{TERM_NUMBER}届"
# The special committees of a CPPCC committee (the national one's since 2013; a local one uses some of
# the names): units of that committee. Named alone in its news (经济委员会主任周伯华、…外事委员会主任
# 潘云鹤 after 全国政协提案委员会主任孙淦: 2017 news of its standing committee, probe dept41n), never
# the congress's committee of the same name (外事委员会) or a former state commission (经济委员会).
CPPCC_SPECIAL_COMMITTEES = ("提案委员会", "经济委员会", "农业和农村委员会", "人口资源环境委员会", "教科卫体委员会",
                            "教科文卫体委员会", "社会和法制委员会", "民族和宗教委员会", "港澳台侨委员会", "外事委员会",
                            "文史和学习委员会", "文化文史和学习委员会")


def cppcc_only(text: str) -> bool:
    """Whether a text names a CPPCC and no congress: there a special committee named alone is the
    CPPCC's (the DEPT tagger finds it, the linker links it or leaves it null)."""
    return ("政协" in text or "政治协商会议" in text) and "人大" not in text and "人民代表大会" not in text


# The ending a functional name's field takes (民政 → 民政局), tried in this order: a province's
# departments are 厅 (省财政 → 财政厅), a city's and a county's 局; a city whose province names the
# field's body a commission takes 委员会 first (广东省卫生健康委员会 → 广州市卫生健康委员会).
# Types that alone name an enterprise, not a body: 招商局 (华润、招商局、国投等央企) is 招商局集团; only a
# mention with its level (市招商局 / 县招商局) is a division's investment-attraction bureau (兴政办发〔2022〕20号;
# kb.divisions.enterprise_named reads which).
ENTERPRISE_TYPES = frozenset({"招商局"})


FUNCTIONAL_ENDS = {
    "province": ("厅", "委", "委员会", "局"),
    "local": ("局", "委", "委员会", "厅"),
    "commission": ("委员会", "委", "局", "厅"),
}


class DeptTypes:
    """Department-type lexicon: every full and short form → (full form, kind)."""

    def __init__(self, rows: list[tuple[str, list[str], str]], levels: dict[str, dict[str, str]] | None = None):
        self.forms: dict[str, tuple[str, str]] = {}
        # full form -> {level: full form at that level}; the key "registered" holds the form a
        # division's registered body may bear instead (发展和改革局 → its 发展和改革委员会)
        self.levels: dict[str, dict[str, str]] = levels or {}
        for full, shorts, kind in rows:
            self.forms.setdefault(full, (full, kind))
        for full, shorts, kind in rows:
            for s in shorts:
                self.forms.setdefault(s, (full, kind))
        # A party committee's department written out after 委 (中共广州市委农村工作领导小组办公室, 穗农办函
        # 〔2022〕5号; 中共X市委统一战线工作部) or after 委员会, as its canonical name is: that department,
        # not the committee with a unit.
        for full, shorts, kind in rows:
            head = "中共{}委员会"
            if full.startswith(head) and len(full) > len(head):
                self.forms.setdefault("委" + full[len(head):], (full, kind))
                self.forms.setdefault("委员会" + full[len(head):], (full, kind))
        # A government's office written with 政府 for 人民政府 (州政府法制办公室, 市政府外事办公室) is
        # that type, as 政府办公室 is 人民政府办公室: else a shorter alias (法制办) cuts the name.
        for full, shorts, kind in rows:
            if full.startswith("人民政府") and len(full) > 4:
                self.forms.setdefault(full[2:], (full, kind))

    def get(self, form: str) -> tuple[str, str] | None:
        return self.forms.get(form)

    def full_at(self, form: str, level: str) -> str:
        """The full form of a type written ``form`` for a division of ``level``."""
        full = self.forms[form][0]
        return self.levels.get(full, {}).get(level, full)

    def registered_instead(self, full: str) -> str | None:
        """The form a registered body of the same division bears where ``full`` is written."""
        return self.levels.get(full, {}).get("registered")

    @staticmethod
    def compose(full: str, place_name: str, place_short: str = "") -> str:
        """A body's canonical name: the division's name + the full form, or the template filled."""
        if "{" not in full:
            return place_name + full
        return full.replace("{S}", place_short or place_name).replace("{}", place_name)

    def units(self) -> list[str]:
        return [f for f, (_, kind) in self.forms.items() if kind == "unit"]

    def bodies(self) -> list[str]:
        return [f for f, (_, kind) in self.forms.items() if kind != "unit" and "{" not in f]


@functools.lru_cache(maxsize=1)
def load_dept_types(path: str | Path | None = None) -> DeptTypes:
    path = Path(path) if path else data_path("dept_types.tsv")
    rows = []
    levels: dict[str, dict[str, str]] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:
        full, shorts, kind, by_level = (line.split("\t") + ["", "", ""])[:4]
        rows.append((full, [s for s in shorts.split("|") if s], kind))
        for item in filter(None, by_level.split("|")):
            level, _, name = item.partition("=")
            levels.setdefault(full, {})[level.strip()] = name.strip()
    return DeptTypes(rows, levels)


@functools.lru_cache(maxsize=1)
def load_branches() -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
    """``data/vertical_branches.tsv``: (head forms, canonical head, branch words) per body; a
    word written ``营管部=营业管理部`` is a short form of the branch word after ``=``."""
    path = data_path("vertical_branches.tsv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    out = []
    for line in lines[1:]:
        forms, canonical, branches = (line.split("\t") + ["", ""])[:3]
        out.append((tuple(f for f in forms.split("|") if f), canonical,
                    tuple(b.partition("=")[0] for b in branches.split("|") if b)))
    return tuple(out)


# What a law writes between the field and 部门/机构: 行政主管, 行政管理, 工作主管 ….
_FIELD_TAIL = ("行政主管", "行政管理", "工作主管", "监督管理", "行政", "主管", "管理", "工作")


@functools.lru_cache(maxsize=1)
def _central_fields() -> dict[str, tuple[str, ...]]:
    """``data/central_fields.tsv``: field form → the names of the field's central body, in order."""
    lines = [ln for ln in data_path("central_fields.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    out: dict[str, tuple[str, ...]] = {}
    for line in lines[1:]:
        forms, bodies = line.split("\t")[:2]
        for form in filter(None, forms.split("|")):
            out.setdefault(form, tuple(filter(None, bodies.split("|"))))
    return out


def central_functional_names(field: str) -> tuple[str, ...]:
    """Names a central body of a field may have (国务院税务主管部门 → 国家税务总局, 税务部 …;
    国务院专利行政部门 → 国家知识产权局 from the fields table), most specific first."""
    forms = [field]
    for tail in _FIELD_TAIL:
        if field.endswith(tail) and len(field) > len(tail):
            forms.append(field[:-len(tail)])
    table = _central_fields()
    names = [n for f in forms for n in table.get(f, ())]  # the reviewed table first
    for f in forms:
        if len(f) >= 2:
            names.extend((f + "部", "国家" + f + "总局", "国家" + f + "局", "国家" + f + "委员会",
                          "国家" + f + "委", f + "总署", f + "署", f + "总局"))
    return tuple(dict.fromkeys(names))


@functools.lru_cache(maxsize=1)
def _eras() -> dict[str, tuple[str, str]]:
    lines = [ln for ln in data_path("dept_type_eras.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    out = {}
    for line in lines[1:]:
        form, renamed, before = (line.split("\t") + [""])[:3]
        out[form] = (renamed, before or form)
    return out


def renamed_on(form: str) -> tuple[str, str] | None:
    """When a short form (交通局) began to name its renamed body (交通运输局), and the full form
    it had before (交通局 itself; 地方金融监督管理局 for 金融监管局): ``data/dept_type_eras.tsv``.
    None: never renamed."""
    return _eras().get(form)


@functools.lru_cache(maxsize=1)
def branch_word_full() -> dict[str, str]:
    """Short branch words and their full form (营管部 → 营业管理部), from vertical_branches.tsv."""
    path = data_path("vertical_branches.tsv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    out: dict[str, str] = {}
    for line in lines[1:]:
        for b in (line.split("\t") + ["", ""])[2].split("|"):
            short, _, full = b.partition("=")
            if full:
                out[short] = full
    return out
