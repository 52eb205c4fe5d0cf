"""Hostile input to the code merged in round 25 (launched institutes, 内设 unit lists, labelled lines of zone
committees) and to an older clause reader (a place opening the clause): long repetitions of their own example
sentences must take linear process time, and the linear rewrites find what the quadratic code found."""

from __future__ import annotations

import random
import re
import time

import pytest

import govie
from govie.taggers import dept
from govie.taggers.entities import _CJK, _launched_matches


def _process_time(text: str, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        govie.extract(text, model=None)
        best = min(best, time.process_time() - t0)
    return best


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


GROWTH = {
    # round 25's launched institutes (人工智能与大数据研究院、单原子材料研究院组建挂牌: 合肥 2023 report) in a 、 list
    # that no launch closes: each name read the list to its end for one (64,000 chars: 9.2 s, now 0.6 s)
    "institute_list": lambda n: _repeat("人工智能研究院、", n),
    # round 25's 内设 lists (南县住房和城乡建设局…内设办公室、人事股…): each 内设 scanned every body of the text and walked
    # its list to the end (64,000 chars: 32.7 s, now 1.1 s)
    "internal_unit_list": lambda n: _repeat("住建局内设办公室、", n),
    # bare zone committees on one long line (经济开发区管委会, 梁政发【2023】7号's addressee line): the whole line was
    # sliced and searched again for each (64,000 chars: 3.3 s, now 0.5 s); and on round 25's labelled lines
    # (主要协作单位:…经济开发区管委会: 灵璧县 2021), 2.9 s, now 0.6 s
    "zone_committee_line": lambda n: _repeat("经济开发区管委会、", n),
    "labelled_committee_line": lambda n: _repeat("主要协作单位:经济开发区管委会、", n),
    # a 、 list of places before a trigger (继续办好经济特区、浦东新区: 2001 report): each place was tried as the
    # clause's subject, reading the clause from its start (64,000 chars: 28.4 s, now 1.1 s)
    "places_before_trigger": lambda n: _repeat("浦东新区、", n) + "开展调研。",
}


@pytest.mark.parametrize("name", sorted(GROWTH))
def test_time_grows_linearly(name):
    """4x the input may take at most ~6x the process time (a quadratic step would take 16x)."""
    make = GROWTH[name]
    small, large = make(8000), make(32000)
    govie.extract(small[:200], model=None)  # warm caches
    t1, t4 = _process_time(small), _process_time(large)
    if t4 > 6 * t1 + 0.05:  # one more try: the machine may have been busy
        t1, t4 = _process_time(small, 3), _process_time(large, 3)
    assert t4 <= 6 * t1 + 0.05, f"{name}: {t1:.3f}s for 8,000 chars, {t4:.3f}s for 32,000"


_OLD_LAUNCHED = re.compile(
    f"(?:^|(?<=[，。；：、\n]))((?:[{_CJK}]|(?<=[{_CJK}])与(?=[{_CJK}])){{2,14}}?)"
    "(?:研究院|研究所|协会|学会|研究会|促进会|联合会|联盟)"
    f"(?=(?:、[{_CJK}与]{{2,14}}?(?:研究院|研究所|协会|学会|研究会|促进会|联合会|联盟))*(?:正式|顺利|已)?"
    "(?:组建运行|组建挂牌|组建成立|挂牌成立|揭牌成立|挂牌运行|揭牌运行|建成运行|投入运行|组建|挂牌|揭牌|成立)"
    "(?:[，。；、]|$|并|运行|运营|开展))", re.M)


def test_launched_names_as_the_lookahead_found_them():
    """The list settled once gives the same names as the lookahead it replaces (random texts and examples)."""
    pieces = ["人工", "智能", "与", "研究院", "研究所", "协会", "研究会", "联盟", "、", "，", "。", "\n", "挂牌", "成立",
              "组建", "运行", "正式", "并", "开展", "a", "1", "大", "数据", "学会", "促进会", "联合会", " ", "已", "揭牌"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    texts += ["科技与产业融合创新协会组建运行，", "环境研究院挂牌成立", "人工智能与大数据研究院、单原子材料研究院组建挂牌，",
              "能源、大健康、人工智能、数据空间研究院建成运行"]
    found = 0
    for text in texts:
        old = [(m.start(), m.end(1), m.end()) for m in _OLD_LAUNCHED.finditer(text)]
        assert list(_launched_matches(text)) == old, text
        found += bool(old)
    assert found > 100
    orgs = {e.text for e in govie.extract("人工智能与大数据研究院、单原子材料研究院组建挂牌，", model=None).entities
            if e.label == "ORG"}
    assert orgs == {"人工智能与大数据研究院", "单原子材料研究院"}


_ADDRESSEE_END = re.compile("[：:][ \t\u3000]*$")
_LABEL = re.compile("^[ \t\u3000]*(?:主要)?(?:牵头|责任|协作|配合|参与|协办|主办)?(?:责任)?单位[：:]")
_CLASS_BEFORE = re.compile("各[^、，,；;：:]*管委会[、，,]$")


def _old_listed_zone_committees(text: str) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for m in dept._BARE_ZONE_COMMITTEE.finditer(text):
        s, e = m.span()
        start = text.rfind("\n", 0, s) + 1
        end = text.find("\n", e)
        line = text[start:] if end < 0 else text[start:end]
        # an addressee list opening the line with 各, up to its first colon, no sentence before it, the
        # body run on after it (probe dept70p)
        head = re.match("[ \t\u3000]*各[^：:。！？；;]*[：:]", line)
        if ("。" not in line and _ADDRESSEE_END.search(line)) or (head and e < start + head.end()) or (
                _LABEL.match(line) and "。" not in line and "统称" not in line and not _CLASS_BEFORE.search(text, start, s)):
            out.append(("pattern", (s, e)))
    return out


def test_zone_committees_of_a_line_as_before():
    """Each line read once finds the committees the per-item reading found (random lines and the examples)."""
    pieces = ["开发区管委会", "园区管委会", "各", "管委会", "、", "，", ",", "：", ":", "；", "\n", "。", "主要协作单位:",
              "责任单位：", " ", "县", "统称", "经开区", "各乡镇"]
    rng = random.Random(3)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(6000)]
    texts += ["各乡镇人民政府、街道办事处，开发区管委会，县直各有关部门：",
              "主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位",
              "责任单位：各管理区管委会、经开区管委会,以下统称各县(区)政府"]
    found = 0
    for text in texts:
        old = _old_listed_zone_committees(text)
        assert dept._listed_zone_committees(text) == old, text
        found += bool(old)
    assert found > 100


def _old_internal_units(text, kept, taken):
    bodies = [e for s, e, kind in kept if kind != "unit"]
    for m in dept._INTERNAL_LIST_OPEN.finditer(text):
        before = [e for e in bodies if e <= m.start() and m.start() - e <= 30]
        if not before or not dept._INTERNAL_GAP.fullmatch(text, max(before), m.start()):  # review13's gap
            continue
        pos = m.end()
        while (it := dept._INTERNAL_ITEM.match(text, pos)):
            s, e = it.span(1)
            name = text[s:e]
            if name.endswith(dept._INTERNAL_UNIT_END) and not name.endswith(dept._NOT_INTERNAL_UNIT) \
                    and not any(taken[s:e]):
                taken[s:e] = b"\x01" * (e - s)
                kept.append((s, e, "unit"))
            if text[e:e + 1] != "、":
                break
            pos = e + 1


def test_internal_units_as_before():
    """A list walked once adds the units, in the order, that walking it again from each 内设 added."""
    pieces = ["住建局", "内设", "办公室", "人事股", "、", "，", "。", "\n", "等", "3个", "会议室", "局", "内设机构：",
              "财计股", "燃气办", "城建档案馆", "科"]
    rng = random.Random(5)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        kept = [(i, i + 3, "body") for i in range(len(text)) if text.startswith("住建局", i)]
        taken = bytearray(len(text))
        for s, e, _kind in kept:
            if rng.random() < 0.5:
                taken[s:e] = b"\x01" * (e - s)
        k1, t1, k2, t2 = list(kept), bytearray(taken), list(kept), bytearray(taken)
        _old_internal_units(text, k1, t1)
        dept._internal_units(text, k2, t2)
        assert (k2, t2) == (k1, t1), text
        found += len(k1) > len(kept)
    assert found > 50  # fewer bodies qualify since review13 (a description only between body and 内设)
