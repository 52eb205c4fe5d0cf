"""Activities: who did what, when — one frame per reported action."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .spans import Mention

__all__ = ["find_activities", "ActivityFrame"]

_ITEM = re.compile(r"^(?:\d+[.、．](?!\d)|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)")
_DISTRIBUTION = re.compile(r"^(?:报|送|发|抄送|抄报)[:：]")
_SENTENCE_END = re.compile(r"[。！？；\n]")
_CLAUSE_END = set("，。；！？：\n")
_PARTNER = ("会同", "联合", "与", "同", "和", "及")
_RECIPIENT = ("向", "对", "给", "为")


@dataclass
class ActivityFrame:
    trigger: tuple[int, int]
    type: str
    date: str | None
    agents: list[str]
    name: str | None = None
    location: str | None = None
    titles: tuple[int, ...] = ()


def _read_tsv(name: str) -> list[list[str]]:
    path = resources.files("govie") / "data" / "lexicons" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def _triggers() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    table = {r[0]: (r[1], r[2] if len(r) > 2 else "") for r in _read_tsv("triggers.tsv")}
    words = sorted(table, key=len, reverse=True)
    return table, re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _objects() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {r[0]: r[1] for r in _read_tsv("activity_objects.tsv")}
    words = sorted(table, key=len, reverse=True)
    return table, re.compile("|".join(map(re.escape, words)))


def _sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, item_start) for each sentence; item_start is where its numbered item begins."""
    out = []
    line_start = 0
    item_start = 0
    for line_end in [m.start() for m in re.finditer("\n", text)] + [len(text)]:
        line = text[line_start:line_end]
        if _ITEM.match(line):
            item_start = line_start
        if not _DISTRIBUTION.match(line):
            s = line_start
            for m in _SENTENCE_END.finditer(line):
                e = line_start + m.end()
                out.append((s, e, item_start))
                s = e
            if s < line_end:
                out.append((s, line_end, item_start))
        line_start = line_end + 1
    return out


def find_activities(text: str, mentions: list[Mention], meta: dict[str, Any]) -> list[ActivityFrame]:
    """Frames for the clean ``text`` given its resolved entity mentions."""
    table, trig_re = _triggers()
    obj_table, obj_re = _objects()
    issuer = meta.get("issuer")
    by_start = sorted(mentions, key=lambda m: m.start)
    covered = bytearray(len(text))
    for m in mentions:
        if m.label in ("TITLE", "DEPT", "ORG", "LOC", "DATE"):
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    frames: list[ActivityFrame] = []
    idx = 0
    for s, e, item_start in _sentences(text):
        while idx < len(by_start) and by_start[idx].end <= s:
            idx += 1
        sent_mentions = [m for m in by_start[idx : idx + 200] if m.start >= s and m.end <= e]
        if sum(m.label == "METRIC" for m in sent_mentions) >= 2:
            continue  # statistics carry no activity
        hits = [m for m in trig_re.finditer(text, s, e) if not any(covered[m.start() : m.end()])]
        consumed_until = -1
        for i, hit in enumerate(hits):
            if hit.start() < consumed_until:
                continue
            word = hit.group()
            typ, kind = table[word]
            clause_end = _clause_end(text, hit.end(), e)
            later = [h for h in hits[i + 1 :] if h.start() < clause_end]
            if kind == "light" and later:
                continue  # 组织X开展Y, 赴X调研: the later verb carries the event
            if kind == "generic":
                objs = list(obj_re.finditer(text, hit.end(), clause_end))
                if objs:
                    typ = obj_table[objs[-1].group()]
                consumed_until = clause_end
            frames.append(_frame(text, hit, typ, sent_mentions, s, clause_end, item_start, by_start, issuer))
    return frames


def _clause_end(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] not in _CLAUSE_END:
        pos += 1
    return pos


def _frame(
    text: str,
    hit: re.Match[str],
    typ: str,
    sent_mentions: list[Mention],
    sent_start: int,
    clause_end: int,
    item_start: int,
    all_mentions: list[Mention],
    issuer: str | None,
) -> ActivityFrame:
    before = [m for m in sent_mentions if m.end <= hit.start()]
    dates = [m for m in before if m.label == "DATE"]
    date = dates[-1].attrs.get("value") if dates else None
    if not dates and item_start < sent_start:
        # The date that leads the numbered item applies to its sentences.
        head = [m for m in all_mentions if m.label == "DATE" and item_start <= m.start < item_start + 8]
        date = head[0].attrs.get("value") if head else None
    agents: list[str] = []
    for m in before:
        if m.label != "DEPT":
            continue
        prefix = text[max(sent_start, m.start - 2) : m.start]
        if prefix.endswith(_RECIPIENT) or prefix.endswith("在"):
            continue
        name = m.attrs.get("canonical") or text[m.start : m.end]
        if name not in agents:
            agents.append(name)
    if not agents and issuer:
        agents.append(issuer)
    elif issuer and text[sent_start:hit.start()].lstrip("0123456789.、（）() ").startswith(_PARTNER):
        agents.insert(0, issuer)  # "与X沟通": the issuer acts with its partners
    titles = tuple(i for i, m in enumerate(all_mentions) if m.label == "TITLE" and hit.end() <= m.start < clause_end)
    obj = text[hit.end() : clause_end].strip()
    return ActivityFrame((hit.start(), hit.end()), typ, date, agents, obj or None, None, titles)
