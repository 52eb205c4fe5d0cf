"""Assignments: the tasks a document gives to named bodies (annotation guide, Assignments).

The ways a text assigns a task, read on the clean text with its linked mentions:

- a bracketed note after a task: "（省发展改革委牵头，省财政厅等按职责分工负责）", "（农业农村部指导）"; the
  task is the item or clause before it. A note that lists bodies only ("（国家发展改革委、
  财政部）") assigns them where the document says "列第一位者为牵头单位" (first leads,
  the rest support);
- the same note as lines of their own, unbracketed, after the item: "牵头单位：区经信局",
  "牵头责任单位：市发展改革委。" + "协同责任单位：…" (the item is the task);
- 由X负责/牵头… or 由X + verb: X leads what follows;
- a clause opened by bodies and an assigning word: "市卫生健康委负责…", "财政部会同…要…"
  (X leads, 会同/配合 partners support);
- in a report (a work report reviews and plans; one without its head still speaks as 我们)
  only its notes and tables assign, not 由X… or X负责/要… in its running text;
- in a policy, a sentence opened by bodies that states what they do, with no assigning word
  ("2019年3月底前，国家卫生健康委推行…", "市政府统筹…"): not a reported action (了, 已, a
  past date), an announced one (将…, the issuer's own dated step), nor a clause that only
  times another ("X下达计划后，…"); "X办公室设在Y" (Y leads), "X为…主管单位", and "请…"
  to addressees that are named bodies.

A task ends where a clause opened by another named body states that body's own task
("X支付…，财政部定额补贴…"). A date that recurs (每年3月底前) is no deadline.

The cue words and their roles are data (``lexicons/assignment_cues.tsv``). Classes of
bodies (各地各部门, 有关部门) are no DEPT mentions and so assign nothing. A date followed by
前 / 完成 in the task or its note is the deadline; a due date that opens the sentence before, in
the same paragraph, frames an undated task after it.
"""

from __future__ import annotations

import bisect
import itertools
from govie.text import recached as re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from govie.kb.divisions import level_chars, places
from govie.link import UNIT_TAIL
from govie.taggers.dept import DEFINITION_WORDS
from govie.resources import data_path, read_lines, read_tsv
from govie.text.layout import LineStarts
from govie.text.normalize import NormalizedText
from govie.text.segment import function_word_tags, shared_words
from govie.timex import ahead, due_month
from govie.types import Mention
from govie.text.regex_cache import compile_cached

__all__ = ["find_assignments", "fiscal_subjects", "AssignmentFrame"]


@dataclass
class AssignmentFrame:
    task: tuple[int, int]
    lead: list[str]
    support: list[str]
    deadline: str | None
    trigger: tuple[int, int]


# A note in round brackets (one nested pair allowed: （…（以下统称区县政府）按职责分工负责）),
# in 〔〕, as some provinces write it, or in [] (黄石市下陆区 2020: "[牵头单位:区卫健局;责任单位:…、
# 各街办(新区)]", one nested pair too) or its full-width ［］ (嘉政办发〔2021〕5号: "［牵头单位：县发改局（粮食局）；
# 责任单位：各镇人民政府，嘉鱼经济开发区］", where the note holds a round pair).
# One opening bracket class first, its kind checked behind it: sre skips to a bracket in C.
# A round note the text's end cuts off (a page excerpt or a 有删减 repost: "…（法制办牵头负责，新闻出版广电总局、
# 知识产权局按职责分工分") still reads as a note: its cue would otherwise make the partners a task.
_NOTE = re.compile(r"[（(〔\[［](?:(?<=[（(])((?:[^（）()\n]|[（(][^（）()\n]{1,40}[）)]){2,300})(?:[）)]|(?=\s*\Z))|(?<=〔)([^〔〕\n]{2,300})〕"
                   r"|(?<=\[)((?:[^\[\]（）()\n]|[（(][^（）()\n]{1,40}[）)]){2,300})\]"
                   r"|(?<=［)((?:[^［］（）()\n]|[（(][^（）()\n]{1,40}[）)]){2,300})］)")
_CLASS_LIST_OPENERS = ("及各", "和各", "、各", "，各")
_ALIAS = re.compile(r"[（(](?:以下)?(?:简称|统称|称)[^（）()]{0,30}[）)]")
_PART_BREAK = re.compile(r"[，,；;。]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_END = re.compile(r"[，,。；;！？!?：:\n]")
_CHAIN_GAP = re.compile(r"[、和及与，,\s]*")
# A short name defined in brackets after a body (（以下简称医保经办机构）, (下简称市城管办)).
_SHORT_NAME_NOTE = rf"(?:[（(](?:{DEFINITION_WORDS})[^（）()，。；\n]{{1,20}}[）)])?"
_PARTNER = ("会同", "联合", "协同", "商", "会", "同")
# What may stand between the subject and its cue: 市卫生健康委具体负责, 财政部要.
# A short-name note after the body (市医疗保险经办机构（以下简称医保经办机构）负责) keeps it the subject.
_BETWEEN = re.compile(_SHORT_NAME_NOTE +
                      r"(?:作为[^，,。；;\n]{2,16}?(?:部门|机构)[，,]?)?(?:等(?:[\d一二两三四五六七八九十]{1,3}个?)?(?:有关)?(?:部门|单位)?)?"
                      r"(?:(?:和|及|以及|、)(?:(?:其他|国务院|省|市|县|区|各)?(?:有关|相关)[^，。；\n要应须负]{0,10}?(?:部门|单位|机构|方面)"
                      r"|(?:地方各级|各级|县级以上(?:地方)?(?:各级)?|省、自治区、直辖市|省级|市级|县级)[^，。；\n要应须负]{0,20}?(?:部门|机关|机构)"
                      r"|地方(?:各级)?财政))?"
                      r"(?:(?:会同|联合|协同)(?:其他)?(?:有关|相关)(?:部门|单位|方面))?(?:要|应当?|须|必须|可)?"
                      # A short standard the duty follows, no comma (国务院教育行政部门依照职业标准牵头组织开发…: 国发〔2019〕4号).
                      r"(?:(?:依照|按照|依据)[^，,。；;：:\n负牵要应须]{2,10}?(?=负责|牵头|\Z))?"
                      r"(?:具体|统一|分别|共同|主要|为主|依法|按规定|按照规定|切实)?")
# A recurring time that may open a clause before its subject with no comma: 每年年初省工信委根据…对入选
# 企业进行调整 (赣府厅字〔2013〕97号), 每季度省统计局向省政府报送…; a bare frequency is no DATE (guide), so
# nothing else takes it off the opener. A dated point (每年3月底前) is a DATE and is taken off as one.
_RECURRING_OPENER = r"(?:(?:每(?:年|月|季度|半年|周|旬)(?:年初|年中|年底|年末|初|中|底|末)?|定期)[，,]?)?"
# What may open a clause before its subject: numbering, connectives, a recurring time.
_LEAD_IN = re.compile(r"[\s\d.、．（）()一二三四五六七八九十]*(?:第[一二三四五六七八九十百]+条)?\s*(?:同时|此外|其中|并|还|另外)?"
                      + _RECURRING_OPENER + r"(?:新组建的|重新组建的|新成立的)?")
# A class joined before the named body (各有关部门和国务院办公厅承办秘书局要…: 国办函〔2015〕31号): the class
# names no one, the body named leads (as a note's named bodies do beside 各区县政府).
_CLASS_CONJUNCT = re.compile(_LEAD_IN.pattern + r"(?:各|其他)?(?:有关|相关)(?:部门|单位)(?:和单位)?(?:和|及|以及|、)")
# A cue word that is part of a noun or another word: 负责人, 主管部门, 要求, 应用, 可能.
# 牵头的 / 负责的 qualify a noun: "建立由农业农村部、工业和信息化部牵头的…协调推进机制" (国发〔2018〕42号).
_NOT_CUE_AFTER = {
    "负责": ("人", "同志", "任", "的"),
    "牵头": ("的",),
    "牵头负责": ("的",),
    "主管": ("部门", "单位", "机关", "机构", "领导"),
    "要": ("求", "点", "素", "件", "闻", "害", "务", "领", "事"),
    "应": ("用", "急", "对", "收", "付", "届", "有", "聘"),
    "可": ("能", "持续", "行", "控", "靠", "视", "信", "再生"),
    "须": ("知",),
}
# A date the text schedules the task for: 拟安排在10月份…, 计划于6月.
_SCHEDULED = re.compile(r"(?:拟|计划|预计)(?:安排)?(?:在|于)$|安排在$")
_DEADLINE_AFTER = re.compile(r"\s*(?:底|末)?\s*(?:前|以前|之前)|\s*(?:底|末)?\s*(?:完成|建成|实现|基本完成|全面完成)")
# A target year that opens its clause is the date the task is due by (the guide's 到2025年):
# "…逆向回收体系。到2020年，试点城市的大中型矿山达到…" (国办发〔2018〕128号); 至 is left out (…至2020年12月31日
# closes a period), and so is 到 after a word (延续到2020年).
_BY_YEAR = re.compile(r"(?:^|[，,。；;：:\n])\s*(?:力争|争取|计划)?到\s*$")
# What closes a list of partners: 等部门, 有关方面 (a class, named by no mention); news count them
# (生态环境部、国家发展改革委、科技部等14部门按照职责分工负责, 2018).
# 会同有关部门和单位 (国发〔2023〕11号 as reported: "商务部要会同有关部门和单位加强指导协调") names two classes.
_AFTER_PARTNERS = re.compile(r"(?:等[\d一二两三四五六七八九十]{0,3}个?)?(?:有关|相关)?(?:(?:部门|单位|方面)(?:[和及、](?:有关|相关)?(?:部门|单位|方面|机构))?)?[，,]?")
# Partners named by their fields, a class (会同发展改革、规划和自然资源等部门制定…; 财政部要会同工商、
# 公安等部门进行查处): no body is added, the task starts after them.
# (an item before a 、 和 及 holds none of them: a list has one reading, not exponentially many — 财政和×20
# took seconds, ×30 minutes)
_PARTNER_FIELDS = re.compile(r"(?:(?:(?![和及])[\u4e00-\u9fff]){1,10}?[、和及])*[\u4e00-\u9fff]{1,10}?等(?:有关|相关)?(?:部门|单位|方面|机构)[，,]?")
# 《政府工作报告》 is cited, not the text; so is 〈政府工作报告〉 inside a title (《关于落实〈政府工作报告〉
# 重点工作分工的意见》, the State Council's and the provinces' yearly division of the report's tasks), and so
# is <政府工作报告> in ASCII or full-width angle brackets (盘锦市大洼区 2021: "现将《<政府工作报告>任务分解表》印发给你们").
# A title that divides the report's tasks cites it unbracketed too (豫政〔2023〕5号: "关于明确政府工作报告提出的
# 2023年重点工作责任单位的通知"; 杭州 2020: "关于印发2020年政府工作报告重点工作责任分解的通知"): what follows
# it (提出的, 重点工作, 责任分解) makes it the object, and the text a policy.
_REPORT = re.compile(r"各位代表|(?<![《〈<＜])政府工作报告(?![》〉>＞]|(?:提出|确定|部署|明确)的"
                     r"|(?:重点|主要)?(?:工作|目标)?(?:任务)?(?:责任|部门)?(?:分工|分解))|向大会报告")
_WE = re.compile(r"我[们們]")
_OBJECT_MAX = 400
# How far back a note's task may reach for the start of its line when the item is longer than _OBJECT_MAX.
_LONG_ITEM = 1200
_SENTENCE_STOP = re.compile(r"[。；;！？!?]")
_EVERY = re.compile(r"每(?:年|月|季度|半年)")


# "The first body listed leads", in the wordings documents give it: 列第一位者为牵头单位 (国发〔2017〕28号),
# 列第一位为牵头或汇总单位 (丽水 2023 责任分解), 列第一位的责任单位为牵头单位或汇总单位 (杭州 2020 责任分解),
# 排在第一位的为牵头责任单位, 第一个为牵头单位: 者/的, a named list and 或汇总 vary freely; the first
# place is also 首位 (韶关 2019: "排在首位的为牵头单位,下同") and 排名第一 (鄂州 2010: "排名第一的责任单位为牵头单位");
# the first body itself is named 第一责任单位 (厦府办〔2019〕10号: "（第一责任单位为牵头单位，下同）") or
# 首位单位 (盐政办发〔2022〕16号: "县发改局(首位单位为牵头单位,下同)").
_FIRST_LEAD = (r"(?:(?:列|排)[在名]?(?:第一(?:位|个)?|首位)(?:者|的)?(?:责任单位|单位|部门)?|第一个"
               r"|(?:第一|首位)(?:责任)?(?:单位|部门))"
               r"为牵头(?:责任)?(?:或汇总)?(?:单位|部门)(?:或汇总单位)?")


class _CueTable(dict):
    """Cue word → (role, where); any wording of the first-listed rule is a first_lead cue."""

    def __missing__(self, key: str) -> tuple[str, str]:
        if re.fullmatch(_FIRST_LEAD, key):
            return ("first_lead", "")
        raise KeyError(key)


# The words every first_lead cue holds (checked when the table is read).
_FIRST_LEAD_WORD = "为牵头"


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    table = _CueTable((r[0], (r[1], r[2] if len(r) > 2 else ""))
                      for r in read_tsv(data_path("lexicons", "assignment_cues.tsv"), header=False))
    words = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    if not all(_FIRST_LEAD_WORD in w for w, (role, _) in table.items() if role == "first_lead"):
        raise ValueError(f"assignment_cues.tsv: a first_lead cue without {_FIRST_LEAD_WORD}")
    return table, re.compile(f"{_FIRST_LEAD}|{words}")


def _inline_cue(text: str, pos: int) -> re.Match[str] | None:
    """The cue word at ``pos`` that assigns in running text (not a note-only one: 指导, 主办)."""
    table, cue_re = _cues()
    c = cue_re.match(text, pos)
    return c if c is not None and table[c.group()][1] != "note" else None


def _name(text: str, m: Mention) -> str:
    return m.attrs.get("canonical") or text[m.start : m.end]


# A government naming the class of its departments: 省政府各部门, 市政府各有关部门, 区政府有关部门
# (the tagger keeps the government, which an addressee line names; as the holder of a task it is
# the class: 责任单位：区政府有关部门, 济南市钢城区 2021).
_DEPARTMENTS_AFTER = re.compile(r"各(?:有关|相关)?(?:部门|部委|直属机构|组成部门|委办局|委、办、局)"
                                r"|(?:有关|相关)(?:部门|部委|直属机构|组成部门|委办局)")


def _is_class(text: str, m: Mention) -> bool:
    """各地级以上市政府, 各区教育局, 省政府各部门: a class of bodies, however it was tagged."""
    i = m.start
    while i > 0 and m.start - i < 8 and text[i - 1] not in "、，,；;（(：:和及与\n":
        i -= 1
    return "各" in text[i : m.start] or text.startswith("各", m.start) or _DEPARTMENTS_AFTER.match(text, m.end) is not None


def _add(out: list[str], name: str) -> None:
    if name not in out:
        out.append(name)


# A body no tagger named, where the text assigns to it: 由财政经济委员会负责, （X、Y负责）. Its
# own words stand for it (no canonical is guessed). Group 1 is the name: the scans consume the
# character before it (a lookbehind there made sre try them at every position of the text; no
# name ends with such a character, so the matches are those of the lookbehind).
_UNLINKED = compile_cached(r"[由（(〔、和](?<![自理经缘]由)([\u4e00-\u9fff]{2,14}?(?:委员会|办公室|局|厅|委|办|署))"
                           r"(?=(?:为主|具体|统一|分别|共同)?(?:负责|牵头|配合|会同)|[、和][^，。；\n]{0,30}?(?:负责|牵头|配合))")
# A body a sentence designates by name before its duty, that no tagger named: 省级考试机构为江西省
# 安全生产宣传教育中心，负责… (a place named at its start is part of the name).
_DESIGNATED = compile_cached(r"为([\u4e00-\u9fff]{4,20}?(?:中心|委员会|办公室|局|厅|委|办|署))(?=[，,]负责)")
_NOT_A_BODY = re.compile(r"各|有关|相关|单位|部门|机构|所属|项目|企业|公司|学校|医院|银行|协会|学会|本|该|其|我|小组$|^(?:办公室|委员会)$")
# A responsibility note's list names a body by a short name that no tagger named as a body:
# "（区发改局牵头，区财政局、区交运局、区经贸投促局…配合）" (官渡区 2016; 交运局 tagged ORG),
# "（区国土分局牵头，区规划分局、区级相关部门配合）", "（…牵头单位:区科经局）" (咸安区 2023). A list item
# ends in a body's suffix before the next item, the note's end or a role word; it names the body by
# its own words (no canonical is guessed). Only in notes that give roles.
_NOTE_ROLE_WORDS = "牵头|配合|负责|参与|协助|协办"
# Levels a local body's short name opens with (区交运局, 州委编办, 县科经局): the one list of bare levels.
_LEVEL_CHARS = frozenset(level_chars())
_NOTE_ROLE = re.compile(_NOTE_ROLE_WORDS + r"|(?:单位|部门)[：:]")
_LISTED_NAME = compile_cached(r"(?<=[（(〔\[：:、，,；;])((?:(?![由和及与的或在对按向从将把为以等各有关相])[\u4e00-\u9fff]){2,12}?"
                              r"(?:分局|局|委|办|厅|署))(?=[、，,；;）)〕\]]|" + _NOTE_ROLE_WORDS + "|等)")


def _unlinked_body(text: str, m: re.Match[str], taken: bytearray) -> bool:
    """A name (4+ characters, no class word) that no mention covers or touches."""
    s, e = m.span(1)
    return (e - s >= 4 and not _NOT_A_BODY.search(m.group(1)) and not any(taken[s - 1 : e + 1]))


def _designated_body(m: re.Match[str], mentions: list[Mention]) -> bool:
    """A designated name (6+ characters, no class word) that no mention but a place at its start covers."""
    s, e = m.span(1)
    return (e - s >= 6 and not _NOT_A_BODY.search(m.group(1))
            and all(x.end <= s or x.start >= e or (x.label == "LOC" and x.start == s and x.end < e) for x in mentions))


def _note_list_names(text: str, mentions: list[Mention], known: list[Mention]) -> list[Mention]:
    """Bodies listed in a role-giving note by names no mention names as a body (``known``: added ones).
    A mention inside the name (a place, 经发) does not stop it; a DEPT or one reaching out of it does."""
    body = bytearray(len(text) + 1)  # characters of a body already named
    crossed = bytearray(len(text) + 1)  # positions inside another mention (it goes on across them)
    places = set()  # starts of places: a body's name opens with its level or its place (区交运局, 官渡区…)
    for x in itertools.chain(mentions, known):
        if x.label == "LOC":
            places.add(x.start)
        if x.label == "DEPT":
            body[x.start : x.end] = b"\x01" * (x.end - x.start)
        elif x.end - x.start > 1:
            crossed[x.start + 1 : x.end] = b"\x01" * (x.end - x.start - 1)
    out = []
    for n in _NOTE.finditer(text):
        if not _NOTE_ROLE.search(text, n.start(), n.end()):
            continue
        for u in _LISTED_NAME.finditer(text, n.start() + 1, n.end()):
            s, e = u.span(1)
            # Three characters when a level opens them (广州 2006: "牽頭單位:市交委"; 市委, 市政府 are tagged)
            # or when the item follows a named body whose level it shares (黑龙江 2013: "省發改委、鐵路辦、…負責").
            after_body = text[s - 1] == "、" and body[s - 2]
            if e - s < (3 if text[s] in _LEVEL_CHARS or after_body else 4) or _NOT_A_BODY.search(u.group(1)) \
                    or crossed[s] or crossed[e] or any(body[s:e]):
                continue
            if text[s] not in _LEVEL_CHARS and s not in places and not after_body:
                # a phrase before the roles (服务发展大局，区发改局牵头…; review17), no body; an item after
                # a named body shares its level (广州 2006: "配合單位:市經貿委、外經貿局").
                continue
            out.append(Mention("DEPT", s, e, "unlinked", {}))
    return out


# A development zone named in a list of responsible bodies stands for the body that runs it: "责任单位:立山
# 经济开发区,各街道,税务局" (鞍山市立山区 2023 责任分工方案), as "两江新区" in a 重庆 note (dev pt-10809). The
# tagger reads the zone alone as a place; in a role line's value or a note that gives roles it is a body,
# named as written (its committee's official name is not in the text: no canonical is composed). Not a
# 新区, which may be a division (浦东新区), nor a class (各开发区).
_ZONE_NAME = re.compile(r"(?:开发区|高新区|经开区|园区|产业园|工业园|保税区|试验区|示范区|合作区)$")


def _listed_zones(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if m.label != "LOC" or not _ZONE_NAME.search(text, m.start, m.end) or text[m.start - 1 : m.start] == "各":
            continue
        line = text.rfind("\n", 0, m.start) + 1
        above = text.rfind("\n", 0, max(line - 1, 0)) + 1 if line else 0
        listed = any(r is not None and r.start(2) <= m.start and m.end <= r.end(2)
                     for r in (_ROLE_LINE.match(text, line), _ROLE_LINE.match(text, above)))
        if not listed:
            k = max(text.rfind(c, max(0, m.start - 300), m.start) for c in "（(〔[［")
            n = _NOTE.match(text, k) if k >= 0 else None
            if n is not None and n.end() >= m.end:
                # The zone's own part of the note gives a role ("责任单位:立山经济开发区", "…开发区、区财政局配合");
                # a scope beside the roles does not ("（负责部门：人民银行等部门，适用范围：浙江自贸试验区）").
                a = max(text.rfind(c, n.start(), m.start) for c in "，,；;") + 1 or n.start()
                b = min((x for x in (text.find(c, m.end, n.end()) for c in "，,；;") if x >= 0), default=n.end())
                listed = _NOTE_ROLE.search(text, max(a, n.start()), b) is not None
                # A later item of a comma list under a role label (责任单位:市数据资源局,芜湖经济技术开发区,三山经开区:
                # review20) is read under that label; a scope label (适用范围：…) still gives none.
                c = max(text.rfind(x, n.start(), m.start) for x in "：:")
                if not listed and c >= 0 and not any(x in text[c:m.start] for x in "；;"):
                    lab = max(text.rfind(x, n.start(), c) for x in "，,；;") + 1 or n.start()
                    listed = _NOTE_ROLE.search(text, max(lab, n.start()), c + 1) is not None
        if listed:
            out.append(Mention("DEPT", m.start, m.end, "unlinked", {}))
    return out


@lru_cache(maxsize=1)
def _fiscal_bodies() -> tuple[dict[str, str], re.Pattern[str]]:
    """中央财政要…: a budget as the subject stands for the body that runs it (lexicons/assignment_fiscal_bodies.tsv)."""
    table = {r[0]: r[1] for r in read_tsv(data_path("lexicons", "assignment_fiscal_bodies.tsv"), header=False)}
    return table, re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))) or "(?!)")


_SELF = re.compile(r"我(?:部|委|局|厅|司|办|署|院|中心)(?!门)|本(?:部|委|局|厅|机关)(?!门)")  # 本部门: each body's own
# A bare 部 after 由 in a ministry's own notice, before what it does (由部统一组织: 民政部 2013, probe full37m;
# 由部职业技能鉴定指导中心… is a centre the tagger names): the issuing ministry itself.
_SELF_MINISTRY = re.compile(r"(?<=由)部(?=统一|负责|组织|牵头|审核|审批|另行|会同|集中)")


# A named county or city as the subject of a duty in a policy of the level above: "市政府各有关部门负责
# …的下放工作，灵宝市负责下放权限的承接工作" (三政办〔2020〕19号). The place stands for its government,
# which the text names by the place; a place in a list of places (A市、B县负责) is read the same way.
_PLACE_BEFORE = "，,。；;、：:\n"


@lru_cache(maxsize=1)
def _government_places() -> frozenset[str]:
    """Full names of prefecture- and county-level divisions (灵宝市, 旌德县, 静安区)."""
    return frozenset(p.name for p in places() if p.level in ("city", "county") and len(p.name) >= 3
                     and p.name[-1] in "市县区旗州盟")


def _place_subjects(text: str, mentions: list[Mention], link: Callable[[str], str | None] | None) -> list[Mention]:
    """LOC mentions of named divisions that open a clause and hold a duty (灵宝市负责…). The government's
    canonical name is the linker's (``link``), which places the division by the document: 朝阳区 is
    北京市朝阳区 in a Beijing notice and 长春市朝阳区 in Changchun's, 鼓楼区 in Henan is 开封市鼓楼区; a
    name it cannot place leads nobody (a wrong canonical is worse than none)."""
    if link is None:
        return []
    names = _government_places()
    locs = sorted((m for m in mentions if m.label == "LOC"), key=lambda m: m.start)
    # The end of the list of named divisions each place opens (灵宝市、义马市负责: the cue follows the last),
    # settled once from the right: each place walking its list to the end was quadratic in a long list.
    ends = [m.end for m in locs]
    for j in range(len(locs) - 2, -1, -1):
        nxt = locs[j + 1]
        if text.startswith(("、", "和"), locs[j].end) and nxt.start == locs[j].end + 1 \
                and text[nxt.start : nxt.end] in names:
            ends[j] = ends[j + 1]
    out = []
    for m, end in zip(locs, ends):
        name = text[m.start : m.end]
        if name not in names or (m.start and text[m.start - 1] not in _PLACE_BEFORE):
            continue
        if text.startswith(("负责", "牵头"), end) and not text.startswith(("负责人", "负责同志", "负责任", "负责的", "牵头的"), end) \
                and (canonical := link(name + "人民政府")):
            out.append(Mention("DEPT", m.start, m.end, "place", {"canonical": canonical}))
    out += _township_subjects(text, mentions, link)
    return out


# Townships and subdistricts a county's notice names as the subjects of a duty ("亭子镇、浙水乡负责做好
# 项目规划…；县发改局负责…": 苍府办函〔2019〕43号): each stands for its government, as the linker places it
# in the document's county (苍溪县亭子镇人民政府); a name it cannot place, or a class (各乡镇), leads nobody.
_TOWNSHIPS = re.compile(r"(?:[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道)[、和])*[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道)")
_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道)(?=[、和]|$)")
_CLAUSE_BEFORE = "，,。；;：:\n"
# A class, an anaphor or a kind of township is no named one: 各乡镇, 本镇, 该镇, 所在乡镇, 属地街道, 相关乡镇, 重点镇,
# 试点镇, 示范乡, 城乡 (统筹城乡负责…): the linker would make up a 苍溪县本镇人民政府.
_NOT_A_TOWNSHIP = re.compile(r"各|乡镇|其他|其它|所在|所属|属地|相关|有关|涉及|重点|试点|示范|特色|中心|建制|沿线|周边|辖区"
                             r"|部分|个别|当地|.(?:镇|乡|街道)$")


def _township_subjects(text: str, mentions: list[Mention], link: Callable[[str], str | None]) -> list[Mention]:
    out: list[Mention] = []
    taken = {m.start for m in mentions if m.label == "DEPT"}
    for cue in ("负责", "牵头"):
        k = text.find(cue)
        while k >= 0:
            s = max(text.rfind(ch, max(0, k - 30), k) for ch in _CLAUSE_BEFORE) + 1
            if s > 0 or k < 30:
                run = _TOWNSHIPS.fullmatch(text, s, k)
                if run and not text.startswith(("负责人", "负责同志", "牵头的"), k):
                    pos = s
                    while (t := _TOWNSHIP.match(text, pos, k)):
                        pos = t.end() + 1  # past the 、 or 和 between two names (陵江镇和云峰镇: no 和云峰镇)
                        name = t.group()
                        if t.start() in taken or _NOT_A_TOWNSHIP.match(name):
                            continue
                        canonical = link(name + ("办事处" if name.endswith("街道") else "人民政府"))
                        if canonical:
                            out.append(Mention("DEPT", t.start(), t.end(), "place", {"canonical": canonical}))
            k = text.find(cue, k + 2)
    return out


class _Doc:
    def __init__(self, text: str, mentions: list[Mention], issuer: str | None = None,
                 reference: str | None = None, link: Callable[[str], str | None] | None = None) -> None:
        self.text = text
        self.reference = reference
        depts = [m for m in mentions if m.label == "DEPT"]
        taken = bytearray(len(text) + 1)  # every mention's characters (only read below)
        for m in mentions:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        if issuer:
            # 由我司统一组织: the document's own issuer, named by a pronoun.
            depts += [Mention("DEPT", m.start(), m.end(), "self", {"canonical": issuer})
                      for m in _SELF.finditer(text) if not any(taken[m.start() : m.end()])]
            if issuer.endswith("部"):
                depts += [Mention("DEPT", m.start(), m.end(), "self", {"canonical": issuer})
                          for m in _SELF_MINISTRY.finditer(text) if not taken[m.start()]]
        depts += [Mention("DEPT", u.start(1), u.end(1), "unlinked", {})
                  for u in _UNLINKED.finditer(text) if _unlinked_body(text, u, taken)]
        depts += [Mention("DEPT", u.start(1), u.end(1), "unlinked", {})
                  for u in _DESIGNATED.finditer(text) if _designated_body(u, mentions)]
        depts += _note_list_names(text, mentions, depts)
        depts += _listed_zones(text, mentions)
        depts += _place_subjects(text, mentions, link)
        fiscal, fiscal_re = _fiscal_bodies()
        depts += [Mention("DEPT", f.start(), f.end(), "fiscal", {"canonical": fiscal[f.group()]})
                  for f in fiscal_re.finditer(text) if not any(taken[f.start() : f.end()])]
        self.depts = sorted(depts, key=lambda m: m.start)
        self.dept_starts = [m.start for m in self.depts]
        self.dates = sorted((m for m in mentions if m.label == "DATE"), key=lambda m: m.start)
        self.date_starts = [m.start for m in self.dates]
        # Firms and other organizations (中储粮株洲直属库): named in a note's list, they take no role.
        self.org_starts = {m.start for m in mentions if m.label == "ORG"}
        self.covered = bytearray(len(text) + 1)
        for m in mentions:
            if m.label != "METRIC":
                self.covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        # A 三定 规定's marks and where it sets bodies up, read once (every unattached 负责 asks).
        self.rules_genre = _RULES_GENRE.search(text) is not None
        self.set_up = [m.end() for m in _SET_UP.finditer(text)]

    def depts_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.dept_starts, start)
        out = []
        while i < len(self.depts) and self.depts[i].start < end:
            if self.depts[i].end <= end and not _is_class(self.text, self.depts[i]):
                out.append(self.depts[i])
            i += 1
        return out

    def dept_at(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self.dept_starts, pos)
        return self.depts[i] if i < len(self.depts) and self.depts[i].start == pos else None

    def dept_ending(self, pos: int) -> Mention | None:
        """The DEPT mention that ends at ``pos``."""
        i = bisect.bisect_right(self.dept_starts, pos) - 1
        while i >= 0 and self.depts[i].end >= pos:
            if self.depts[i].end == pos:
                return self.depts[i]
            i -= 1
            break
        return None

    def recurring(self, m: Mention) -> bool:
        """A date without a year after 每年 / 每月 in its sentence recurs: it is no deadline
        (2020年起，每年2月底前各省份完成…，3月底前国家卫生健康委完成…)."""
        # A bare 年底 has 年 but no year: 每年年底前 recurs like 每年3月底前.
        if m.attrs.get("value") and ("年" in self.text[m.start : m.end] or str(m.attrs["value"]).startswith("XXXX")):
            return str(m.attrs.get("value") or "").startswith("XXXX")
        stop = max(self.text.rfind(ch, max(0, m.start - _OBJECT_MAX), m.start) for ch in "。！？\n")
        return _EVERY.search(self.text, stop + 1, m.start) is not None

    def _by_year(self, m: Mention, start: int) -> bool:
        """到 + a year that opens a clause of the task (到2020年，…), the date a target is due by."""
        value = str(m.attrs.get("value") or "")
        if not (len(value) == 4 and value.isdigit()) or self.text[m.end - 1 : m.end] != "年":
            return False
        return _BY_YEAR.search(self.text, max(0, start - 1, m.start - 8), m.start) is not None

    def deadline(self, start: int, end: int, scheduled_only: bool = False) -> str | None:
        """The first date in the span that a task is due by (…前, …完成, 拟安排在…; only the
        last with ``scheduled_only``)."""
        i = bisect.bisect_left(self.date_starts, start)
        while i < len(self.dates) and self.dates[i].start < end:
            m = self.dates[i]
            # A deadline's 前 is part of its DATE (2021年6月25日前), or follows it.
            due = not scheduled_only and (self.text.endswith(("前", "以前", "之前"), m.start, m.end)
                                          or _DEADLINE_AFTER.match(self.text, m.end)
                                          or self._by_year(m, start))
            if due or _SCHEDULED.search(self.text, max(start, m.start - 6), m.start):
                # What is due lies ahead of the document (a bare 年底前 too); by 12月底 it is due in December.
                value = due_month(ahead(m.attrs.get("value") or None, self.text[m.start : m.end], self.reference))
                if value and not self.recurring(m):
                    return value
            i += 1
        return None


def find_assignments(text: str, mentions: list[Mention], meta: dict[str, Any],
                     source: NormalizedText | None = None,
                     link: Callable[[str], str | None] | None = None) -> list[AssignmentFrame]:
    """Assignments of the clean ``text`` given its linked mentions (``meta`` is the document record).
    ``link`` gives the canonical name of a body the assignments name by its place (灵宝市负责: its government).

    ``source``, the normalized text with its original, lets task tables be read from the
    original lines: normalization joins a table's cells and rows.
    """
    if not text:
        return []
    issuers = meta.get("doc_issuers") or []
    doc = _Doc(text, mentions, issuers[0] if issuers else meta.get("issuer"), meta.get("reference_date"), link)
    table, cue_re = _cues()
    # Every wording of the first-listed rule holds 为牵头 (_FIRST_LEAD, the table's rows): most
    # texts have none and skip the scan. The cues read on the way are kept for the loop below.
    cues = cue_re.finditer(text) if _FIRST_LEAD_WORD in text else iter(())
    read: list[re.Match[str]] = []
    first_lead = False
    for m in cues:
        read.append(m)
        if table[m.group()][0] == "first_lead":
            first_lead = True
            break
    # A report or speech whose head is not in the text still speaks as 我们 (1964年政府工作报告 as
    # published: "五年来，我国各族人民…，我们同美帝国主义…"); a policy speaks of bodies, not as 我们.
    report = bool(_REPORT.search(text, 0, 600)) or (not meta.get("docno") and len(_WE.findall(text)) >= 3)
    out: list[AssignmentFrame] = []
    notes = bytearray(len(text) + 1)
    last_note = 0
    for m in _NOTE.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if m.group(g) is not None)
        frame = _note(doc, m.span(), m.span(group), first_lead, last_note)
        if frame is not None:
            out.append(frame)
            notes[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            last_note = m.end()
    out.extend(_note_sentences(doc, first_lead, notes))
    out.extend(_role_lines(doc, first_lead, notes))
    out.extend(_inline_role_notes(doc, first_lead, notes))
    out.extend(_duty_lines(doc, notes))
    sections, listed = _section_lists(doc)
    out.extend(sections)
    if not report:
        items = _colon_items(doc, notes)
        for f in items:
            listed[f.trigger[0] : f.task[1]] = b"\x01" * (f.task[1] - f.trigger[0])
        out.extend(items)
    # Inside a responsibility list's items, the bodies named are the list's answer.
    # A report reviews and plans: 由X… and X负责… in its running text tell what was or will be
    # done (由财政部代理发行, 由教育部和财政部联合实施), they assign nothing; its notes and
    # tables of lead bodies (民生实事…（牵头单位：民政厅）) do.
    # A 由 inside a note (一、科技创新政策（由市科技局牵头实施）) is the note's own wording: the
    # note already assigns its heading.
    by = [] if report else [f for f in _by_marker(doc) + _requests(doc)
                            if not listed[f.trigger[0]] and not notes[f.trigger[0]]]
    used = bytearray(listed)
    for f in by:
        used[f.trigger[0] : f.trigger[1]] = b"\x01" * (f.trigger[1] - f.trigger[0])
        if f.trigger[1] < f.task[0] <= f.trigger[1] + _OBJECT_MAX:
            # 由X牵头，Y、Z负责，<task>: the cues between the lead's cue and its task are the partners' part.
            used[f.trigger[1] : f.task[0]] = b"\x01" * (f.task[0] - f.trigger[1])
        if text[f.trigger[0]] in "由请":
            stop = _SENTENCE_END.search(text, f.trigger[1], f.trigger[1] + _OBJECT_MAX)
            reach = stop.start() if stop else min(len(text), f.trigger[1] + _OBJECT_MAX)
            article = _NEXT_ARTICLE.search(text, f.trigger[1], reach)
            end = max(f.task[1], article.start() if article else reach)
            used[f.trigger[0] : end] = b"\x01" * (end - f.trigger[0])
    for f in by:
        if f.trigger[0] <= f.task[0]:
            f.task = _until_next_subject(doc, f.task)
    out.extend(by)
    last_lead: tuple[int, list[str], list[str], int] | None = None  # (line start, lead, support, task end)
    done_until = -1
    # A report's running text assigns nothing (its cues were all skipped): no scan.
    if report:
        cue_iter: Iterator[re.Match[str]] = iter(())
    elif _FIRST_LEAD_WORD in text:
        cue_iter = itertools.chain(read, cues)  # the cues past the first first_lead one
    else:
        cue_iter = cue_re.finditer(text)
    for c in cue_iter:
        s, e = c.span()
        role, where = table[c.group()]
        if s < done_until or notes[s] or used[s] or doc.covered[s] or where == "note" or role == "first_lead":
            continue
        if role == "modal" and _inline_cue(text, e) is not None:
            continue  # X要牵头: the next cue assigns
        if text.startswith(_NOT_CUE_AFTER.get(c.group(), ()), e):
            continue
        frame = _inline(doc, s, e, role)
        line_start = text.rfind("\n", 0, s) + 1
        if frame is None and role == "lead" and text[_clause_start(text, s):s].strip(" \u3000") in _CLAUSE_ADVERBS:
            subject = _sentence_subject(doc, s)
            if subject is not None:
                # 市住房城乡建设局是…主管部门，负责…; 省级考核部门为省应急管理厅宣教处，负责…
                frame = AssignmentFrame(_task_after(text, e), subject[0], subject[1], None, (s, e))
            elif c.group() == "负责" and last_lead and last_lead[0] == line_start \
                    and text[:s].rstrip(" \u3000")[-1:] in "。；;" \
                    and not _NEW_SUBJECT.search(text, last_lead[3], s) and not doc.depts_in(last_lead[3], s):
                # "负责组织实施本办法。负责…": the subject of the article goes on.
                frame = AssignmentFrame(_task_after(text, e), list(last_lead[1]), list(last_lead[2]),
                                        None, (s, e))
        if frame is None and c.group() == "负责" and (last_lead is None or last_lead[3] < s):
            owner = _duty_owner(doc, s)
            if owner is not None:
                frame = AssignmentFrame(_task_after(text, e), owner, [], None, (s, e))
        if frame is None:
            continue
        if _reported_cue(text, e, frame.task[0]):
            continue  # 我局牵头起草了《…》，现向社会公开征求意见: a reported action, not an assignment
        if _set_up_told(text, s, s):
            continue  # …正式建立…机制，由市民政局牵头成立…工作组: the news tells how it was set up
        if role == "modal":
            # 西藏自治区人民政府要按照…规定，负责提供…: one task, assigned by 负责.
            inner = _LEAD_AFTER_COMMA.match(text, frame.task[1])
            if inner:
                frame.trigger = inner.span(1)
                frame.task = _item_task(text, _task_after(text, inner.end()))
        frame.task = _until_next_subject(doc, frame.task)
        joined = _joining_partners(doc, frame) if role in ("lead", "modal") else None
        frame.deadline = doc.deadline(frame.task[0], frame.task[1])
        out.append(frame)
        done_until = max(frame.trigger[1], joined or 0)
        last_lead = (line_start, frame.lead, frame.support, frame.task[1])
    if source is not None:
        out.extend(_tables(doc, source, first_lead))
    if not report:
        # The seat of a group's office is a standing arrangement whatever the page that states it (a
        # statistics bureau's guide: "普查领导小组办公室设在国家统计局。").
        out.extend(_seats(doc, out))
    if not report and _prescriptive(text, meta):
        out.extend(_addressed(doc, meta, out))
        stated = _stated(doc, out, set(issuers) | ({meta["issuer"]} if meta.get("issuer") else set()))
        out.extend(f for f in stated if not listed[f.trigger[0]] and not notes[f.trigger[0]])
    out = [g for f in out for g in _counted_items(doc, f)]
    for f in out:
        if f.deadline is None and f.task[1] <= f.trigger[0]:
            f.deadline = _closing_deadline(doc, f.trigger[0])
        if f.deadline is None:
            f.deadline = _carried_deadline(doc, f.task[0])
    for f in out:
        _partners_within(doc, f)
    out.sort(key=lambda f: (f.task[0], f.trigger[0]))
    seen = set()
    unique = []
    note_index = _note_index(out, notes)
    for f in out:
        key = (f.task, tuple(f.lead))
        if key not in seen and not _restates_note(f, note_index, notes):
            seen.add(key)
            unique.append(f)
    return unique


def _note_index(frames: list[AssignmentFrame], notes: bytearray) -> dict:
    """The frames of notes by their set of leads, each group by task start with the running furthest end,
    so that a duty finds the notes holding it without reading every frame (a long item of thousands of
    duties was quadratic)."""
    groups: dict[frozenset, list[AssignmentFrame]] = {}
    for g in frames:
        if g.lead and notes[g.trigger[0]]:
            groups.setdefault(frozenset(g.lead), []).append(g)
    index = {}
    for key, group in groups.items():
        group.sort(key=lambda g: g.task[0])
        reach = list(itertools.accumulate((g.task[1] for g in group), max))
        index[key] = ([g.task[0] for g in group], group, reach)
    return index


def _restates_note(f: AssignmentFrame, note_index: dict, notes: bytearray) -> bool:
    """Whether ``f`` is a duty inside an item whose note names the same leads: one assignment.

    "（十四）加强组织领导。发展改革委、扶贫办…等部门要加强…统筹协调…。（发展改革委、扶贫办…等和
    各省级人民政府负责）" (国办发〔2018〕129号): the item's note already assigns the item, its
    "X…等部门要…" clause included. A duty of other bodies inside the item stays its own.
    """
    if notes[f.trigger[0]] or not f.lead:
        return False
    group = note_index.get(frozenset(f.lead))
    if group is None:
        return False
    starts, frames, reach = group
    i = bisect.bisect_right(starts, f.task[0]) - 1
    while i >= 0 and reach[i] >= f.task[1]:  # no earlier note reaches past f's end: none holds it
        g = frames[i]
        if f.task[1] <= g.task[1] and g.task != f.task and set(f.support) <= set(g.support):
            return True
        i -= 1
    return False


# A date that opens a sentence as its frame, before the subject: 2019年3月底前，国家卫生健康委推行….
_OPENING_DATE_END = re.compile(r"[，,]")


def _start_after(text: str, pos: int, stops: str) -> int:
    """Where the sentence or clause holding ``pos`` starts: after the last of ``stops`` before it,
    looked for at most ``_OBJECT_MAX`` characters back."""
    return max(text.rfind(ch, max(0, pos - _OBJECT_MAX), pos) for ch in stops) + 1


# The clause that closes a task's assigning clause: "…，由X、Y等按职责分工负责，12月底前完成。" (国务院
# 分工意见 as the news retells it, 2021); the assigning clause ends on its cue.
_CUE_CLOSE = ("负责", "牵头", "落实", "承担", "实施")
_ITEM_BREAK = re.compile(r"[，,；;]")


def _closing_deadline(doc: _Doc, trigger: int) -> str | None:
    """The due date of the last clause of the trigger's sentence when that clause opens with it and
    the clause before it, the trigger's own, ends on the assigning word; None otherwise."""
    text = doc.text
    stop = _SENTENCE_END.search(text, trigger)
    end = stop.start() if stop else len(text)
    cut = max(text.rfind("，", trigger, end), text.rfind(",", trigger, end))
    if cut < 0 or not text[:cut].rstrip(" \u3000").endswith(_CUE_CLOSE):
        return None
    if _ITEM_BREAK.search(text, trigger, cut):
        # "…，由国家发展改革委负责；规范转供电环节收费，由市场监管总局负责，2021年6月底前完成。": the date
        # closes the next item, whose own cue ends the clause before it
        return None
    start = cut + 1
    while start < end and text[start] in " \u3000":
        start += 1
    if _date_at(doc, start) is None:
        return None
    return doc.deadline(start, end)


def _carried_deadline(doc: _Doc, pos: int) -> str | None:
    """The deadline that opens the sentence before the one at ``pos``, in the same paragraph, when
    that one names no date of its own: "2019年3月底前，国家卫生健康委推行…。国家中医药局印发…。" (dev
    sc19-4: the due date frames both steps; the next dated sentence starts a new frame)."""
    text = doc.text
    start = _start_after(text, pos, "。！？!?\n")
    if start == 0 or text[start - 1] not in "。！？!?":
        return None  # the paragraph's first sentence: nothing carries over
    stop = _SENTENCE_END.search(text, pos, pos + _OBJECT_MAX)
    end = stop.start() if stop else min(len(text), pos + _OBJECT_MAX)
    k = bisect.bisect_left(doc.date_starts, start)
    if k < len(doc.dates) and doc.dates[k].start < end:
        return None  # a date of its own (2019年8月底前，…; 每年3月底前)
    prev = _start_after(text, start - 1, "。！？!?\n")
    opening = _date_at(doc, _past_label(text, prev))
    if opening is None or not _OPENING_DATE_END.match(text, opening.end) \
            or not text.endswith(("前", "以前", "之前"), opening.start, opening.end):
        return None
    return doc.deadline(opening.start, opening.end + 1)


def fiscal_subjects(text: str, mentions: list[Mention], frames: list[AssignmentFrame]) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of the budgets (中央财政) that an assignment's assigning word follows
    as its subject: they name the body that runs them, a DEPT (dev sc19-2, sc19-24, sc19-18m;
    R4-A/C). A budget as a noun (中央财政资金, 中央财政赤字) or in a report assigns nothing."""
    table, fiscal_re = _fiscal_bodies()
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    triggers = {}
    for f in frames:
        triggers.setdefault(f.trigger[0], []).append(f)
    out = []
    for b in fiscal_re.finditer(text):
        if any(taken[b.start() : b.end()]):
            continue
        canonical = table[b.group()]
        # 由中央财政贴息 (国家计委 et al. on vegetable markets, probe full43n): the inline 由 that
        # assigns the task stands just before the budget, which is its assignee as 中央财政要… is.
        if any(text[f.trigger[0] : f.trigger[1]] == "由" and canonical in f.lead
               for f in triggers.get(b.start() - 1, ())):
            out.append((b.start(), b.end(), canonical))
            continue
        for pos in sorted(triggers):
            if pos >= b.end() and pos - b.end() <= 36 and _BETWEEN.fullmatch(text, b.end(), pos) \
                    and any(canonical in f.lead for f in triggers[pos]):
                out.append((b.start(), b.end(), canonical))
                break
    return out


@lru_cache(maxsize=1)
def _generic_tasks() -> frozenset[str]:
    return frozenset(read_lines(data_path("lexicons", "assignment_generic_tasks.txt")))


def _item_task(text: str, task: tuple[int, int]) -> tuple[int, int]:
    """The line a generic object (负责组织和实施) closes, when the object is one: the item is the task."""
    if text[task[0] : task[1]].strip("。；; ") not in _generic_tasks():
        return task
    line_start = max(text.rfind("\n", max(0, task[0] - _OBJECT_MAX), task[0]) + 1, task[0] - _OBJECT_MAX, 0)
    start = _past_label(text, line_start)
    return (start, task[1]) if start < task[0] else task


# A line that sums up the items before it: 以上两项报告…, 上述3项任务….
_COUNTED = re.compile(r"[\s\u3000]*(?:以上|上述)([两二三四五六七八九十\d]{1,2})项")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _counted_items(doc: _Doc, f: AssignmentFrame) -> list[AssignmentFrame]:
    """A task that is a line summing up the items before it ("以上两项报告…由X负责做好相关工作"):
    one assignment per item, its first sentence, due when the summing line says (dev pt-20932m,
    an NPC standing committee's plan); ``[f]`` otherwise."""
    text = doc.text
    line_start = text.rfind("\n", 0, f.task[0]) + 1
    counted = _COUNTED.match(text, line_start)
    if counted is None or f.task[0] > counted.end() or text[f.trigger[0]] == "请":
        return [f]  # 以上两项报告请国务院…: the request's own object is the task
    n = int(counted.group(1)) if counted.group(1).isdigit() else _COUNT.get(counted.group(1), 0)
    items: list[tuple[int, int]] = []
    end = line_start - 1
    while len(items) < n and end > 0:
        start = text.rfind("\n", 0, end) + 1
        label = _LABEL.match(text, start)
        if label and label.end() < end:  # a numbered item; a line without a number goes on the one above
            stop = _SENTENCE_END.search(text, label.end(), end)
            items.insert(0, (label.end(), stop.start() if stop else end))
        end = start - 1
    if len(items) < n or not all(b - a >= 2 for a, b in items):
        return [f]
    deadline = f.deadline or doc.deadline(line_start, _line_end(text, line_start))
    return [AssignmentFrame(item, list(f.lead), list(f.support), deadline, f.trigger) for item in items]


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts; a quotation is read whole (关于“严守耕地保护红线，划定
    永久基本农田”的问题，由…: its comma closes no clause)."""
    i = pos
    # Bounded, so a text without punctuation stays linear.
    while i > 0 and pos - i < _OBJECT_MAX and text[i - 1] not in "，,。；;！？!?：:\n":
        if text[i - 1] == "”":
            opening = text.rfind("“", max(0, pos - _OBJECT_MAX), i - 1)
            if opening >= 0 and "\n" not in text[opening:i]:
                i = opening
                continue
        i -= 1
    return i


# A manner phrase that closes the clause of the subject before its duty (…按照各自职能分工，负责…;
# …在职责范围内，分别负责…), and the adverbs that may open the duty's clause.
_MANNER_CLAUSE = re.compile(r"(?:按照|按|依照|依据|根据|在)[^，,。；;\n]{1,14}?(?:分工|职责|职能|范围内|规定)[，,]")
_CLAUSE_ADVERBS = ("", "分别", "共同", "具体", "统一", "主要")
# A clause that names a new subject between two duties (…；省级考试机构为…).
_NEW_SUBJECT = re.compile(r"[为是]")
# The next article of a rule whose full stops the page lost (…负责项目绩效管理,第二十三条县(市、区)…: an
# excerpt of 扬州 2025 served run on, probe asg56p): a clause mark, then 第…条 and no 规定/的 after it.
_NEXT_ARTICLE = re.compile(r"[，,；;](?=[ \u3000]*第[一二三四五六七八九十百零〇]{1,5}[条章](?![规的之中所第]))")
_NEXT_DUTY = re.compile(r"[，,；;](?:并|同时)?(?:负责|牵头)(?!人|同志)|[；;](?=[^，,。；;\n]{1,30}?[为是][^，,。；;\n]{1,30}?[，,]负责)")
# A body's list of duties: the body, 职责, a colon (市财政局职责：…; 市财政局的主要职责是：…): the 管理职责
# articles of 管理办法.
_DUTY_COLON = re.compile(r"(?:的)?(?:主要)?(?P<duties>职责)(?:是|为)?[ \t\u3000]*[：:][ \t\u3000]*")
# What a sentence's subject is before its duties: 是…主管部门, 为…机构, 作为…
_COPULA = re.compile(_SHORT_NAME_NOTE + r"(?:是|为|作为|主管|负责|牵头|统筹|要|应当?|须)")


def _clause_subject(doc: _Doc, pos: int) -> tuple[list[str], list[str]] | None:
    """(lead, support) of the bodies opening the clause just before ``pos`` and closed by a manner
    phrase: "…，国务院教育行政部门、人力资源社会保障行政部门和其他有关部门在职责范围内，分别负责…"
    (国发〔2019〕4号), a subject of its own inside a longer sentence, not the sentence opener's."""
    text = doc.text
    comma = max(text.rfind("，", max(0, pos - 6), pos), text.rfind(",", max(0, pos - 6), pos))
    if comma <= 0 or text[comma + 1 : pos].strip(" \u3000") not in _CLAUSE_ADVERBS:
        return None
    cs = _clause_start(text, comma)
    lead_in = _LEAD_IN.match(text, cs)
    first = doc.dept_at(lead_in.end() if lead_in else cs)
    if first is None or first.end >= comma or _is_class(text, first):
        return None
    lead, support, end = _chain_after(doc, first)
    between = _BETWEEN.match(text, end)
    manner = _MANNER_CLAUSE.match(text, between.end() if between else end)
    if manner and manner.end() == comma + 1 and text[manner.end() : pos].strip(" \u3000") in _CLAUSE_ADVERBS:
        return lead, support
    return None


def _sentence_subject(doc: _Doc, pos: int) -> tuple[list[str], list[str]] | None:
    """(lead, support) of the body a sentence names before a clause that opens with 负责 at ``pos``:
    the body opening it and followed by 是/为 (X是…主管部门，负责…), or the body the clause
    before names after 为 (省级考核部门为省应急管理厅宣教处，负责…)."""
    text = doc.text
    own = _clause_subject(doc, pos)
    if own is not None:
        return own
    start = _start_after(text, pos, "。；;\n")
    lead_in = _LEAD_IN.match(text, start)
    first = doc.dept_at(lead_in.end() if lead_in else start)
    if first is not None and first.end < pos:
        lead, support, end = _chain_after(doc, first)
        if _COPULA.match(text, end):
            return lead, support
        manner = _MANNER_CLAUSE.match(text, end)
        if manner and manner.end() <= pos and text[manner.end() : pos].strip(" \u3000") in _CLAUSE_ADVERBS:
            return lead, support  # 国家发展改革委及国家粮食局、商务部按照各自职能分工，负责…
    comma = pos - 1
    while comma > start and text[comma] in " \u3000":
        comma -= 1
    if text[comma] not in "，,":
        return None
    cs = _clause_start(text, comma)
    for d in reversed(doc.depts_in(cs, comma)):
        if text[d.start - 1 : d.start] == "为" and comma - d.end <= 6:
            lead, support, _ = _chain_after(doc, d)
            return lead, support
        if d.end == comma and _SET_UP.search(text, cs, d.start) and "了" not in text[cs : d.start]:
            # 设立高层次的议事协调机构国家能源委员会，负责研究拟订…: the body the clause sets up (机构改革方案)
            lead, support, _ = _chain_after(doc, d)
            return lead, support
    return None


# The duties of a 三定 规定 or an institutional reform plan name their body once, before them: a heading
# line with the body alone ("(十五)市政务公开办公室", "核心关注点四:组建中央社会工作部"), or a list of
# main duties ("国务院办公厅的主要职责是:", "二、主要职责" of the body the 规定 sets up: "设立国务院办公厅").
_OWNER_HEAD = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?"
                         r"[ \t\u3000]*(?:(?![\u4e00-\u9fff]{0,4}(?:单位|部门)[：:])[\u4e00-\u9fff]{2,6}[：:])?"
                         r"[ \t\u3000]*(?:重新组建|组建|设立)?")
# (A label names a heading, not a note's role: 配合单位：市财政局 is the item before's partner.)
# 主要职责 that opens a list (…主要职责是：, 二、主要职责), not the term in a duty (审核…主要职责、内设机构…).
_MAIN_DUTIES = re.compile(r"主要职责(?=是|为|包括|[：:]|[ \t\u3000]*\n|[ \t\u3000]*[（(][一二三四五六七八九十\d])")
_DUTIES_END = re.compile(r"(?:^|[\s\u3000])[一二三四五六七八九十]{1,3}、", re.M)
_SET_UP = re.compile(r"设立|组建")
_SET_UP_CLOSE = re.compile(r"[ \u3000]*(?:[（(][^（）()\n]{0,30}[）)])?[ \u3000]*(?:[。，,；;：:\n]|$)")
_RULES_GENRE = re.compile(r"内设机构|人员编制")
_ITEM_REACH = 300  # characters an item's opening may stand before its 负责 on one line
# A line that opens another body's list of duties (市税务局职责：, 市财政局的主要职责是：) ends the one before.
_OTHER_DUTIES = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff（）()]{2,30}?(?:的)?(?:主要)?职责(?:是|为)?[：:]", re.M)
_UNIT_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,10}办公室|机关党委")
_DUTIES_HEADING = re.compile(r"(?:^|(?<=[\s\u3000。；;：:]))[一二三四五六七八九十]{1,3}、[\s\u3000]*$|^[\s\u3000]*$", re.M)
_RULES_TITLE = re.compile(r"[、]?(?:主要职责|职能配置)[、]?内设机构和人员编制规定")
# Where an item opens: the line's start, or a numbered label after a space or a stop (a page that lost
# its line breaks: "二、 主要职责 (一)负责…").
_ITEM_START = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|(?:^|(?<=[\s\u3000。；;]))\d{1,2}[.．、])[\s\u3000]*$"
                         r"|^[\s\u3000]*$")


# A 职责分工 list names each body once, at its item's head with a colon ("15、市卫生局：负责…；牵头组织…。",
# "（二）县财政局：落实专项资金，…"): each clause of the item is one duty of that body. A clause that names
# other bodies (会同县财政局…) is left to the cues, which read their roles.
_ITEM_LABEL = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?[ \t\u3000]*")
_DUTY_CLAUSE = re.compile(r"[^。；;]+")
_DUTY_NEXT = re.compile(r"[，,](?=(?:并|同时)?(?:负责|牵头)(?!人|同志))")
_DUTY_CUE = re.compile(r"(?:主要|具体|统一)?(?:牵头负责|负责|牵头)(?!人|同志)")
_NOT_DUTY = re.compile(r"联系|电话|地址|邮箱|传真|负责人|[\d０-９]{5}")
# A list is one of duties when its item assigns (负责, 牵头) or the text has named the list's matter before it
# (职责分工, 任务分工, 责任分工, 工作职责): a numbered list of news items, awards, an agenda or figures that opens each
# item with a body ("1.市商务局：召开全市外贸企业座谈会…", "2、市教育局：获评全省教育系统先进集体") assigns nothing.
_DUTY_LIST_HEAD = re.compile(r"职责|分工|责任")


def _colon_items(doc: _Doc, notes: bytearray) -> list[AssignmentFrame]:
    text = doc.text
    out: list[AssignmentFrame] = []
    head = -1  # where the text first names a list of duties (_DUTY_LIST_HEAD), found once
    lines = LineStarts(text)
    for d in doc.depts:
        if text[d.end : d.end + 1] not in ("：", ":") or notes[d.start]:
            continue
        if head == -1:
            m = _DUTY_LIST_HEAD.search(text)
            head = m.start() if m else len(text)
        # one index of line starts: reading back to the line's start for every body before a colon is
        # quadratic on one long line (hostile9)
        ls = lines.start(d.start)
        if _ITEM_LABEL.match(text, ls, d.start).end() != d.start or _is_class(text, d):
            continue
        le = text.find("\n", d.end)
        le = len(text) if le < 0 else le
        if le - d.end < 8 or _NOT_DUTY.search(text, d.end, le):
            continue
        if head >= d.start and not _DUTY_CUE.search(text, d.end, le):
            continue  # no list of duties: news items, awards, an agenda (_DUTY_LIST_HEAD)
        lead = [_name(text, d)]
        for c in _DUTY_CLAUSE.finditer(text, d.end + 1, le):
            cuts = [c.start()] + [m.start() + 1 for m in _DUTY_NEXT.finditer(text, c.start(), c.end())] + [c.end()]
            for a, b in zip(cuts, cuts[1:]):
                while a < b and text[a] in " \t\u3000，,":
                    a += 1
                if b - a < 4 or doc.depts_in(a, b) or notes[a]:
                    continue
                cue = _DUTY_CUE.match(text, a, b)
                trigger = cue.span() if cue else (d.start, d.end + 1)
                task = (cue.end(), b) if cue and b - cue.end() >= 2 else (a, b)
                out.append(AssignmentFrame(task, list(lead), [], doc.deadline(a, b), trigger))
    return out


def _duty_owner(doc: _Doc, pos: int) -> list[str] | None:
    """The body a 负责 at ``pos`` belongs to when its sentence names none: the body of the heading line
    just before its paragraph, or the owner of the list of main duties it is an item of."""
    text = doc.text
    ls = text.rfind("\n", 0, pos) + 1
    # An item's opening is near its line's start: a line read back further is running text (and reading
    # a whole long line again for every 负责 in it is quadratic).
    near_start = pos - ls <= _ITEM_REACH
    before = text[ls:pos] if near_start else text[pos - _ITEM_REACH : pos]
    first_clause = near_start and not any(ch in before for ch in "。；;！？") \
        and before.rstrip(" \u3000")[-1:] in ("", "，", ",")
    if before.strip(" \t\u3000") and doc.rules_genre and near_start:
        # "离退休干部工作办公室 负责机关离退休干部工作": the unit and its duty on one line.
        head = _OWNER_HEAD.match(text, ls, pos)
        name = text[head.end() : pos].rstrip(" \t\u3000")
        if doc.dept_at(head.end()) is None and (owner := _unit_owner(doc, name, ls)):
            return owner
    if first_clause or _ITEM_START.fullmatch(before) and not any(ch in before for ch in "。；;"):
        prev_end = ls - 1
        while prev_end > 0 and not text[text.rfind("\n", 0, prev_end) + 1 : prev_end].strip(" \t\u3000"):
            prev_end = text.rfind("\n", 0, prev_end)  # blank lines between
        if prev_end > 0:
            hs = text.rfind("\n", 0, prev_end) + 1
            head = _OWNER_HEAD.match(text, hs, prev_end)
            d = doc.dept_at(head.end()) if head else None
            if d is not None and not text[d.end : prev_end].strip(" \t\u3000。："):
                return [_name(text, d)]
            unit = text[head.end() : prev_end].strip(" \t\u3000。：") if head else ""
            if d is None and doc.rules_genre and (owner := _unit_owner(doc, unit, hs)):
                return owner
    # An item of the list of main duties: at an item's or a sentence's start, before the next section.
    ss = max(text.rfind(ch, 0, pos) for ch in "。；;\n") + 1
    # …，统一负责生态环境监测和执法工作: an adverb may open the duty's clause.
    opens = pos - next((len(a) for a in _CLAUSE_ADVERBS[1:] if text.endswith(a, 0, pos)), 0)
    inline = text[opens - 1 : opens] in "，," and any(_MAIN_DUTIES.finditer(text, ss, pos))
    k = pos
    while k > ls and text[k - 1] in " \u3000":
        k -= 1
    if not (_ITEM_START.search(before) or text[k - 1 : k] in "。；;" or inline):
        return None
    intros = [m.start() for m in _MAIN_DUTIES.finditer(text, max(0, pos - 2000), pos)]
    intro = intros[-1] if intros else -1
    if intro < 0 or _DUTIES_END.search(text, intro + 4, pos) or _OTHER_DUTIES.search(text, intro + 4, pos):
        return None  # another section, or another body's list of duties (市税务局职责：) since
    # 国务院办公厅的主要职责是 / 国家疾病预防控制局主要职责包括: the body before the list.
    owner = doc.dept_ending(intro - 1) if text[intro - 1 : intro] == "的" else doc.dept_ending(intro)
    if owner is None and text[intro - 1 : intro] == "其":
        # "（一）组建自然资源部。…其主要职责是，…": 其 is the body the paragraph sets up (机构改革方案).
        body = _set_up_before(doc, text.rfind("\n", 0, intro) + 1, intro)
        return [body] if body else None
    if owner is None:
        line = text.rfind("\n", 0, intro) + 1
        if not _DUTIES_HEADING.search(text, line, intro):
            # "X为县委工作部门…主要职责是…": the body opening the paragraph, before 为/是.
            ps = text.rfind("\n\n", 0, intro)
            ps = ps + 2 if ps >= 0 else 0
            first = doc.dept_at(_LEAD_IN.match(text, ps).end())
            if first is not None and text[first.end : first.end + 1] in "为是" and text.startswith("主要职责是", intro) \
                    and not _DUTIES_END.search(text, ps, intro):
                return [_name(text, first)]
            return None
        # "二、主要职责": the body the 规定 sets up (设立X), else the one its title names.
        body = _rules_body(doc, intro)
        return [body] if body else None
    return [_name(text, owner)]


def _set_up_before(doc: _Doc, start: int, upto: int) -> str | None:
    """The body the last 组建X / 设立X between ``start`` and ``upto`` sets up, if a body follows it."""
    lo = bisect.bisect_left(doc.set_up, start)
    for end in reversed(doc.set_up[lo : bisect.bisect_left(doc.set_up, upto)]):
        d = doc.dept_at(end)
        # the body set up closes its clause (组建自然资源部。/ 组建X，作为…): "组建市数据局牵头的数字经济工作专班"
        # sets up the 专班, whose duties are no 市数据局's
        if d is not None and _SET_UP_CLOSE.match(doc.text, d.end):
            return _name(doc.text, d)
    return None


def _unit_owner(doc: _Doc, unit: str, at: int) -> list[str] | None:
    """An internal unit no tagger knows (财务科, 电子政务办公室 under 内设机构) owning a duty: a unit of the
    body the 规定 is about, or the unit as written where the text names none; None for no unit."""
    if not (UNIT_TAIL.match(unit) or _UNIT_OFFICE.fullmatch(unit)):
        return None
    body = _rules_body(doc, at)
    return [body] if body else [unit]


def _rules_body(doc: _Doc, upto: int) -> str | None:
    """The body a 三定 规定 is about: the one it sets up (设立X), else the one its title names."""
    text = doc.text
    for end in reversed(doc.set_up[: bisect.bisect_left(doc.set_up, upto)]):
        d = doc.dept_at(end)
        if d is not None:
            return _name(text, d)
    for m in _RULES_TITLE.finditer(text, 0, upto):
        d = doc.dept_ending(m.start())
        if d is not None:
            return _name(text, d)
    return None


# A reference to the annex that details a task, closing it: (附件1), （详见附件2）.
_ANNEX_AFTER = re.compile(r"[ \u3000]*[（(](?:详见|具体见|见)?附件[\d一二三四五六七八九十]{0,2}[^（）()\n]{0,12}[）)][ \u3000]*$")


def _task_after(text: str, pos: int) -> tuple[int, int]:
    m = _SENTENCE_END.search(text, pos, pos + _OBJECT_MAX)
    end = m.start() if m else min(len(text), pos + _OBJECT_MAX)
    article = _NEXT_ARTICLE.search(text, pos, end)
    if article:
        end = article.start()  # …负责项目绩效管理,第二十三条…: the next article is no part of the task
    duty = _NEXT_DUTY.search(text, pos, end)
    if duty:
        end = duty.start()  # …，负责指导…: the next duty is a task of its own
    while pos < end and text[pos] in " \u3000，,：:":
        pos += 1
    annex = _ANNEX_AFTER.search(text, pos, end)
    if annex:
        end = annex.start()  # …承接工作(附件1): the annex that lists it is no part of the task
    return pos, end


def _note(doc: _Doc, span: tuple[int, int], inner: tuple[int, int], first_lead: bool, floor: int) -> AssignmentFrame | None:
    """A responsibility note (``span``, what it says at ``inner``: inside its brackets, or the whole
    of an unbracketed one) and the task it follows."""
    text = doc.text
    table, cue_re = _cues()
    inner_start, inner_end = inner
    # A short name given inside the note (（以下统称区县政府）) names no further body.
    aliases = [a.span() for a in _ALIAS.finditer(text, inner_start, inner_end)]
    # A short name for a list that a class opens covers the whole list: 各区县（自治县）政府和两江新区、
    # …、万盛经开区管委会（以下统称区县政府）: none of its bodies is named for itself.
    aliases += [(k, a.start()) for a in _ALIAS.finditer(text, inner_start, inner_end) if "统称" in a.group()
                for k in [max(text.rfind(w, inner_start, a.start()) for w in _CLASS_LIST_OPENERS)] if k >= 0]
    depts = [d for d in doc.depts_in(inner_start, inner_end) if not any(a <= d.start < b for a, b in aliases)]
    if not depts:
        return None
    cues = [c for c in cue_re.finditer(text, inner_start, inner_end)
            if table[c.group()][0] in ("lead", "support", "shared") and table[c.group()][1] != "inline"
            and not doc.covered[c.start()]]
    lead: list[str] = []
    support: list[str] = []
    names: list[str] = []
    for d in depts:
        _add(names, _name(text, d))
    labels = list(_ROLE_LABEL.finditer(text, inner_start, inner_end))
    # (责任领导:杜新国;牵头单位:区发改局): the leader named first is a person, the labels follow.
    leader = _LEADER_PART.match(text, inner_start, inner_end) or _KEY_PARTS.match(text, inner_start, inner_end)
    if labels and labels[0].start() - (leader.end() if leader else inner_start) > 2:
        labels = []
    if not cues and not labels:
        # A list of bodies only: a note of responsibility where the document says the first
        # leads, or where it lists several bodies (not a second name, 以下简称…).
        if not _only_listed(doc, inner_start, inner_end, depts) or not (first_lead or len(depts) >= 2):
            return None
    if labels:
        # （牵头单位：X、Y；配合单位：Z）: each label gives the bodies after it its role.
        parts = []
        for k, lab in enumerate(labels):
            stop = labels[k + 1].start() if k + 1 < len(labels) else inner_end
            parts.append((lab.group(1), [_name(text, d) for d in depts if lab.end() <= d.start < stop]))
        lead, support = _labelled_roles(parts, first_lead, _SUPPORT_LABELS)
    elif first_lead and not any(table[c.group()][0] == "lead" and c.group() != "负责" for c in cues):
        # "列第一位者为牵头单位": the first body listed leads, whatever the note says of the rest;
        # a plain 负责 names no lead of its own ("X、Y等负责。列第一位者为牵头单位", 国发〔2017〕28号), 牵头 does.
        lead, support = names[:1], names[1:]
    elif cues:
        lead, support = _cue_roles(doc, cues, inner_start, inner_end, aliases)
    else:
        lead = names
    if not lead:
        return None
    task = _task_before(doc, span[0], floor)
    if task is None:
        return None
    deadline = doc.deadline(task[0], span[1])
    return AssignmentFrame(task, lead, support, deadline, span)


# A sentence that only says who does an item, unbracketed, after the item on its line: "1.加强执法检查。
# 市市场监管局牵头，市公安局、市商务局配合，2023年12月底前完成。", "（一）推进项目建设。市住房城乡建设局负责，
# 市自然资源局、市生态环境局按职责分工负责。" Its clauses are bodies with a role word, or the due date.
_SENTENCE_AFTER = re.compile(r"(?<=[。；;])[ \u3000]*([^。；;\n]{4,160})(?=[。；;\n]|$)")
_CLAUSE_ROLE = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位))?(?:按照?(?:各自)?(?:职责分工|职责|分工))?"
                          r"(?:分别|共同|密切|积极|具体|协同)?(?:牵头负责|牵头|负总责|负责|配合|参与|协助|协办)")
_BODY_JOINS = re.compile(r"[、和及与]")
# A class that takes part (市级各部门配合, 其他有关部门按职责分工负责): it names nobody.
_CLASS_ROLE = re.compile(r"[ \u3000]*(?:[省市县区]级|[省市县区]直|[省市县区]政府)?(?:各|其他|其它)?(?:有关|相关)?(?:部门|单位|方面)"
                         + _CLAUSE_ROLE.pattern + r"[ \u3000]*")


def _note_sentences(doc: _Doc, first_lead: bool, notes: bytearray) -> list[AssignmentFrame]:
    text = doc.text
    out: list[AssignmentFrame] = []
    for m in _SENTENCE_AFTER.finditer(text):
        a, b = m.span(1)
        if notes[a] or doc.dept_at(a) is None or not _role_clauses(doc, a, b):
            continue
        # A bracketed note earlier on the line closed the task before this one.
        floor = notes.rfind(b"\x01", text.rfind("\n", 0, a) + 1, a) + 1
        frame = _note(doc, (a, b), (a, b), first_lead, floor)
        if frame is None:
            continue
        cue = _CLAUSE_ROLE.search(text, a, b)
        frame.trigger = (cue.end() - len(_ROLE_WORD.search(cue.group()).group()), cue.end())
        notes[a:b] = b"\x01" * (b - a)
        out.append(frame)
    return out


_ROLE_WORD = re.compile(r"(?:牵头负责|牵头|负总责|负责|配合|参与|协助|协办)$")


def _role_clauses(doc: _Doc, a: int, b: int) -> bool:
    """Whether every clause from ``a`` to ``b`` is bodies and a role word (the first one leads) or a due date."""
    text = doc.text
    pos, first = a, True
    while pos < b:
        brk = _PART_BREAK.search(text, pos, b)
        end = brk.start() if brk else b
        depts = doc.depts_in(pos, end)
        if depts and depts[0].start == pos:
            rest = []
            at = pos
            for d in depts:
                rest.append(text[at : d.start])
                at = d.end
            rest.append(text[at:end])
            words = _BODY_JOINS.sub("", "".join(rest)).strip(" \u3000")
            role = _CLAUSE_ROLE.fullmatch(words)
            if role is None or (first and not re.search(r"牵头|负责|负总责", words)):
                return False
        elif first or not (_due_only(doc, (pos, end)) or _CLASS_ROLE.fullmatch(text, pos, end)):
            return False
        first = False
        pos = brk.end() if brk else b
    return not first


# A list-only note's items besides its bodies: classes (各县市区人民政府), the first-listed rule
# itself with 下同 (株洲 2015: "（市发改委、市农委、…、各县市区人民政府、中储粮株洲直属库。排名第一的为
# 牵头单位,下同）").
_LIST_ITEM = re.compile(r"[^、，,；;。\s]+")
_LIST_JOIN = re.compile(r"^(?:以及|及|和|与)")
_LIST_EXTRA = re.compile(rf"(?:各|有关|相关|其他).*|(?:{_FIRST_LEAD})?(?:[，,]?下同)?")
# A short gloss in brackets inside a list item (各县(市、区)人民政府, 各县<市、区>人民政府 as a page renders
# 云府办〔2019〕10号's 各县〈市、区〉): part of the item, its 、 no list break.
_ITEM_GLOSS = re.compile(r"[（(<〈][^（）()<>〈〉，,；;。\s]{1,8}[）)>〉]")


def _only_listed(doc: _Doc, start: int, end: int, depts: list[Mention]) -> bool:
    """Whether the note from ``start`` to ``end`` lists bodies and nothing else (classes, firms and
    the first-listed rule may stand among them)."""
    text = doc.text
    chars = list(text[start:end])
    for d in depts:
        chars[d.start - start : d.end - start] = " " * (d.end - d.start)
    rest = _ITEM_GLOSS.sub(lambda g: "〇" * len(g.group()), "".join(chars))
    for item in _LIST_ITEM.finditer(rest):
        # 及 / 和 join the last item to the list (省财政厅、省商务厅及各市州人民政府).
        word = _LIST_JOIN.sub("", item.group()).strip("等")
        if word and not (start + item.start() in doc.org_starts or _LIST_EXTRA.fullmatch(word)):
            return False
    return True


def _cue_roles(doc: _Doc, cues: list[re.Match[str]], start: int, end: int,
               aliases: list[tuple[int, int]]) -> tuple[list[str], list[str]]:
    """(lead, support) of a list with cues: each part ("X牵头", "Y、Z配合") gives its bodies the role of its cue."""
    table, _ = _cues()
    lead: list[str] = []
    support: list[str] = []
    part_start = start
    led = False
    headed = False  # a body named before a 牵头 (or 负总责) cue
    for c in cues:
        role = table[c.group()][0]
        # X、Y按职责分工负责 with no lead named before: all of them lead (guide v2). After a 牵头 whose
        # body no tagger named (国办发〔2015〕17号, rules only: "（法制办牵头负责，新闻出版广电总局、知识产权局
        # 按职责分工分别负责）") they still only take part. So does a plain 负责 after a named 牵头 (X牵头，
        # Y、Z分别负责 / 共同负责): the 牵头 body leads, each of the others does its part.
        to_lead = (role == "lead" and not (headed and c.group() == "负责")) or (role == "shared" and not led)
        led = led or role == "lead"
        part = [d for d in doc.depts_in(part_start, c.start()) if not any(a <= d.start < b for a, b in aliases)]
        headed = headed or (bool(part) and role == "lead" and c.group() in _HEAD_CUES)
        for d in part:
            _add(lead if to_lead else support, _name(doc.text, d))
        part_start = c.end()
        brk = _PART_BREAK.search(doc.text, part_start, end)
        part_start = brk.end() if brk else part_start
    if headed and part_start < end:
        # A list after the 牵头 part that no cue of its own follows: （自治区发展改革委牵头，自治区国土资源厅、
        # 水利厅…及相关盟市 (a note an excerpt cuts off, 内蒙古 2013 呼包银榆 分工方案): its bodies take part.
        rest = [d for d in doc.depts_in(part_start, end) if not any(a <= d.start < b for a, b in aliases)]
        stop = end
        if rest and not doc.text[end:].strip():
            # The text ends inside the note and inside its last name ("…、民政部、财政部、人力资", 国发〔2017〕22号
            # cut by a page): the fragment after the last body names nobody.
            cut = max(doc.text.rfind(s, rest[-1].end, end) for s in "、，,")
            if cut >= rest[-1].end:
                stop = cut
        if rest and _only_listed(doc, part_start, stop, rest):
            for d in rest:
                _add(support, _name(doc.text, d))
    lead_set = set(lead)
    return lead, [s for s in support if s not in lead_set]


# Cues whose bodies head a note's list (a later plain 负责 only takes part).
_HEAD_CUES = frozenset({"牵头", "牵头负责", "负总责"})


def _labelled_roles(parts: list[tuple[str, list[str]]], first_lead: bool,
                    support_labels: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(lead, support) of lists that labels give their roles, each part (label, bodies): a label
    opening with one of ``support_labels`` supports, and so does any label but 牵头 beside a 牵头
    list that names a body; where the document says "列第一位者为牵头单位",
    a list not labelled 牵头 gives its first body the lead and the rest support; other labels lead."""
    lead: list[str] = []
    support: list[str] = []
    # "（牵头单位：X；责任单位：Y、Z）": where a lead list names a body, the bodies responsible
    # beside it take part (鄂政发〔2018〕26号; 安徽省土地节约集约利用综合改革试点实施方案).
    lead_named = any(label.startswith("牵头") and listed for label, listed in parts)
    for label, listed in parts:
        if label.startswith(support_labels) or (lead_named and not label.startswith("牵头")):
            for x in listed:
                _add(support, x)
        elif first_lead and not label.startswith("牵头"):
            for x in listed[:1]:
                _add(lead, x)
            for x in listed[1:]:
                _add(support, x)
        else:
            for x in listed:
                _add(lead, x)
    return lead, [x for x in support if x not in lead]


# A note that labels its lists: （牵头单位：农牧厅、林草局；配合单位：…）.
_ROLE_LABEL = re.compile(r"(牵头|责任|主责|负责|主办|配合|协办|参与)(?:单位|部门)[：:]")
_SUPPORT_LABELS = ("配合", "协办", "参与")
# A leader's part before a note's labels: 责任领导：X；/ 牵头市领导：X、Y；/ 牵头负责领导：X；
_LEADER_PART = re.compile(r"[\u4e00-\u9fff]{0,6}领导[：:][^；;，,：:（）()]{1,30}[；;，,][ \u3000]*")
# Other key:value parts before a note's labels: (责任时限:2022 年底前,牵头单位:市财政局…) (某市 2022 政务公开
# 工作要点): a part that is no role label, whose value the note still holds (its due date).
_KEY_PARTS = re.compile(f"(?:(?!{_ROLE_LABEL.pattern})" r"[\u4e00-\u9fff]{2,6}[：:]"
                        r"[^；;，,：:（）()]{1,30}[；;，,][ \u3000]*)+")
# 1﹒ (a small full stop) numbers the items of 安徽省人民政府关于2022年重点工作及责任分解的通知 as published.
# A page converted from a word processor may space the number from its stop ("1 . 严格管控地方政府债务", 新密政办
# 〔2021〕6号 as reposted, probe asg44): cleaning drops the spaces between Chinese characters, not this one.
_LABEL = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[ \t\u3000]?[.．、﹒]"
                    r"|第[一二三四五六七八九十百零〇]{1,5}条)[\s\u3000]*")


def _past_label(text: str, pos: int) -> int:
    """``pos``, or past the item number (一、, （二）, 3., 第五条) that opens there."""
    label = _LABEL.match(text, pos)
    return label.end() if label else pos


def _task_before(doc: _Doc, pos: int, floor: int = 0) -> tuple[int, int] | None:
    """The item or clause a note follows: back to the line start or the previous note (``floor``)."""
    text = doc.text
    end = pos
    while end > 0 and text[end - 1] in " \u3000":
        end -= 1
    # Lines are read back a bounded way: a text of notes without line breaks stays linear.
    line_start = max(text.rfind("\n", max(0, end - _OBJECT_MAX), end) + 1, end - _OBJECT_MAX, 0)
    if line_start == end:  # the note is on its own line: the line before is the task
        end = line_start - 1
        if end <= 0:
            return None
        line_start = max(text.rfind("\n", max(0, end - _OBJECT_MAX), end) + 1, end - _OBJECT_MAX, 0)
    if line_start == end - _OBJECT_MAX and line_start > 0 and text[line_start - 1] != "\n":
        # The bound fell inside a line: an item longer than the bound (国发〔2017〕22号's first item, 447
        # characters, ends in its note) starts at its line, a little further back; a line longer still
        # starts its task at a sentence's end, not inside a word.
        far = text.rfind("\n", max(0, end - _LONG_ITEM), line_start) + 1
        if far > 0:
            line_start = far
        else:
            stop = _SENTENCE_STOP.search(text, line_start, end)
            # Not the stop that ends the task itself (…完成。（X牵头）): the task would be empty.
            if stop and text[stop.end():end].strip("。；;，, \u3000"):
                line_start = stop.end()
    start = max(line_start, floor)  # a note earlier in the line closed the task before this one
    # A page that lost its line breaks runs its items on (豫政〔2023〕5号 as served: "…圆满完成。 一、加快
    # 提振市场信心 (一)全面促进消费增长。 1.把恢复和扩大消费…(省商务厅…负责)"; the cleaned text drops
    # the spaces): the last item number after a sentence's end opens the task, not the head of the page.
    items = list(_RUN_ON_ITEM.finditer(text, start, end))
    if items:
        start = items[-1].start()
    while start < end and text[start] in "。；;，, ":
        start += 1
    start = _past_label(text, start)
    while end > start and text[end - 1] in "。；;，, ":
        end -= 1
    return (start, end) if end - start >= 2 else None


# A responsibility note written as its own line, unbracketed, after the item it assigns: "牵头单位：
# 区经信局" (萧山区 policy), "牵头责任单位：市发展改革委。" then "协同责任单位：市经信局、…" (滁州市 2020
# task breakdown). Lines of the group that give no role (牵头负责领导：金力。) are passed over. Not
# 主办单位 / 协办单位 lines: as lines they name an event's organizers (活动…主办单位：…), no task.
_LINE_ROLE = r"(?:牵头|责任|主责|负责|配合|参与|协同)(?:责任)?(?:单位|部门)"
# A table flattened one cell a line (同心县 2023 task breakdown: "具体任务" / the task / "责任单位" / "卫健局、
# 文旅局" / "配合单位" / "各乡镇" / "完成时限" / …) puts each label alone on its line, the value on the next.
_ROLE_LINE = re.compile(rf"^[ \t\u3000]*({_LINE_ROLE})"
                        r"(?:[：:][ \t\u3000]*|[ \t\u3000]*\n[ \t\u3000]*(?=\S))([^\n]*?)[ \t\u3000。；;]*$", re.M)
_KEY_LINE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,8}[：:][^\n]{0,40}$")
_SUPPORT_LINE_LABELS = ("配合", "参与", "协同")
# A list's own 牵头 (X、Y分别牵头), not one quoted or inside a bracket of the line (（除标注“分别牵头”外，…）).
_OWN_LEAD = re.compile(r"(?:分别|共同)?牵头(?:负责)?$")
_ASIDE = re.compile(r"[（(][^（）()]*[）)]|“[^”]*”")


# A division-of-labour line under an item, its roles said by cues: "部门分工：省发展改革委牵头，各地、
# 各部门配合。" after "分管省领导：林克庆" (粤府〔2021〕22号, a province's yearly breakdown of its report).
_DUTY_LINE = re.compile(r"^[ \t\u3000]*((?:部门|责任|任务)?分工)[：:][ \t\u3000]*([^\n]*?)[ \t\u3000。；;]*$", re.M)


def _duty_lines(doc: _Doc, notes: bytearray) -> list[AssignmentFrame]:
    """分工 lines after an item: the item is the task, the line's cues give the roles (marked in ``notes``)."""
    text = doc.text
    table, cue_re = _cues()
    out = []
    for m in _DUTY_LINE.finditer(text):
        vs, ve = m.span(2)
        cues = [c for c in cue_re.finditer(text, vs, ve)
                if table[c.group()][0] in ("lead", "support", "shared") and not doc.covered[c.start()]]
        if not cues:
            continue
        lead, support = _cue_roles(doc, cues, vs, ve, [])
        if not lead:
            continue  # 部门分工：各地、各部门负责: classes, no named body
        start = _under_item(text, m.start(1))  # back over the item's key lines (分管省领导：…)
        if start is None:
            continue
        task = _task_before(doc, start)
        if task is None:
            continue
        notes[m.start(1) : ve] = b"\x01" * (ve - m.start(1))
        out.append(AssignmentFrame(task, lead, support, doc.deadline(task[0], ve), m.span(1)))
    return out


def _under_item(text: str, pos: int) -> int | None:
    """Start of the line holding ``pos``, moved back over the key lines and blank lines above it
    (分管省领导：…), when the line above those is a numbered item; None otherwise."""
    start = text.rfind("\n", 0, pos) + 1
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not _key_line(text, prev, start - 1):
            break
        start = prev
    item = text.rfind("\n", 0, start - 1) + 1 if start else 0
    return start if _LABEL.match(text, item) else None


def _key_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one short "key：value" line (牵头负责领导：金力。), no numbered item, or blank."""
    return not text[start:end].strip() or (_KEY_LINE.fullmatch(text, start, end) is not None
                                           and not _LABEL.match(text, start))


def _role_lines(doc: _Doc, first_lead: bool, notes: bytearray) -> list[AssignmentFrame]:
    """Unbracketed role lines after an item: the item is the task; 牵头/责任 lines lead, 配合/协同 ones support."""
    text = doc.text
    groups: list[list[re.Match[str]]] = []
    for m in _ROLE_LINE.finditer(text):
        if notes[m.start(1)]:
            continue
        if groups and all(_key_line(text, a, b) for a, b in _line_spans(text, groups[-1][-1].end() + 1, m.start())):
            groups[-1].append(m)
        else:
            groups.append([m])
    out = []
    for group in groups:
        lead, support = _noted_roles(doc, group, first_lead)
        if not lead:
            continue  # 责任单位：各县（市、区）人民政府: classes, no named body
        start = _under_item(text, group[0].start())
        task = _task_before(doc, start) if start is not None else _keyed_task(text, group[0].start())
        if task is None:
            continue  # the line above is no numbered item (办理时限：… / 负责部门：… of a service guide)
        out.append(_noted_frame(doc, group, task, lead, support))
        # The lines are read: their own 牵头 (X、Y分别牵头) assigns nothing more in a policy's running text.
        for m in group:
            notes[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out


def _noted_roles(doc: _Doc, group: list[re.Match[str]], first_lead: bool) -> tuple[list[str], list[str]]:
    """The lead and support bodies of a group of role notes (group 1 the label, group 2 the bodies)."""
    # "责任单位：X、Y分别牵头": a list that says it leads is no first-listed list (丽水 2023).
    parts = [("牵头" if _OWN_LEAD.search(_ASIDE.sub("", m.group(2))) else m.group(1),
              [_name(doc.text, d) for d in doc.depts_in(*m.span(2))]) for m in group]
    return _labelled_roles(parts, first_lead, _SUPPORT_LINE_LABELS)


def _noted_frame(doc: _Doc, group: list[re.Match[str]], task: tuple[int, int], lead: list[str],
                 support: list[str]) -> AssignmentFrame:
    """The assignment of a task its group of role notes names; the first leading label is its trigger."""
    trigger = next((m.span(1) for m in group if not m.group(1).startswith(_SUPPORT_LINE_LABELS)), group[0].span(1))
    cell = _TIME_LINE.match(doc.text, group[-1].end())
    deadline = _last_deadline(doc, *cell.span(1)) if cell else None
    return AssignmentFrame(task, lead, support, deadline or doc.deadline(task[0], group[-1].end()), trigger)


# The time-limit line after the role lines: "完成时限：2023年底前", or the label alone and the value on the
# next line (a table flattened one cell a line).
_TIME_LINE = re.compile(r"\s*\n[ \t\u3000]*(?:完成时限|时限|时间节点|完成时间)(?:[：:]|[ \t\u3000]*\n)[ \t\u3000]*([^\n]+)")


def _last_deadline(doc: _Doc, start: int, end: int) -> str | None:
    """The last due date in a time-limit cell: one that dates parts of the task ("方舱医院…，1月底前完成；
    其它事项12月底前取得明显成效并长期坚持", 同心县 2023) has the whole task done by its last."""
    found = None
    i = bisect.bisect_left(doc.date_starts, start)
    while i < len(doc.dates) and doc.dates[i].start < end:
        found = doc.deadline(doc.dates[i].start, doc.dates[i].start + 1) or found
        i += 1
    return found


# The same notes run into one line when a page loses its line breaks (盐政办发〔2022〕16号: "1.全县生产总值增长
# 7.5%左右;…缩小。 责任单位:县发改局(…)、县农业农村局 2.落实党政机关…"; the cleaned text drops the spaces
# between Chinese characters): a role label right after a sentence's end, its value running to the next
# item's number (2.落实, 二、) or label. The task is the numbered item before it in the line.
_INLINE_NUMBER = r"(?<!\d)\d{1,2}[.．、﹒](?=[\u4e00-\u9fff“《（(])"  # 2.落实; not 7.5%
_ROLE_INLINE = re.compile(rf"(?<=[。；;])[ \t\u3000]*({_LINE_ROLE})[：:][ \t\u3000]*([^\n]*?)"
                          rf"(?=[ \t\u3000]*(?:{_INLINE_NUMBER}|[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[）)]|{_LINE_ROLE}[：:])"
                          r"|[ \t\u3000。；;]*$)", re.M)
# an item numbered as 2. or as （二） / 二、 (a page whose items all run on in one line)
_INLINE_ITEM = re.compile(rf"{_INLINE_NUMBER}|[（(][一二三四五六七八九十]{{1,3}}[）)]"
                          r"|(?:^|(?<=[。；;！？!?\s]))[一二三四五六七八九十]{1,3}、", re.M)
_RUN_ON_ITEM = re.compile(rf"(?<=[。；;！？!?])(?:[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[）)]|{_INLINE_NUMBER})")


def _inline_role_notes(doc: _Doc, first_lead: bool, notes: bytearray) -> list[AssignmentFrame]:
    """Role notes inside a line after a numbered item of the same line (a page without line breaks)."""
    text = doc.text
    groups: list[list[re.Match[str]]] = []
    # a match holds a role label and its colon (单位：, 部门:): looked for first, the scan tries every position
    roles = any(w in text for w in ("单位：", "单位:", "部门：", "部门:"))
    for m in _ROLE_INLINE.finditer(text) if roles else ():
        if notes[m.start(1)]:
            continue
        if groups and not text[groups[-1][-1].end() : m.start()].strip():
            groups[-1].append(m)  # 牵头单位：X 配合单位：Y
        else:
            groups.append([m])
    out = []
    floor = 0
    for group in groups:
        pos = group[0].start(1)
        line_start = text.rfind("\n", 0, pos) + 1
        items = [i.start() for i in _INLINE_ITEM.finditer(text, max(line_start, floor), pos)]
        floor = group[-1].end()
        if not items:
            continue  # no numbered item before the note in this line: prose, no task
        lead, support = _noted_roles(doc, group, first_lead)
        if not lead:
            continue
        task = _task_before(doc, pos, items[-1])
        if task is None:
            continue
        out.append(_noted_frame(doc, group, task, lead, support))
    return out


# A table record written as "column: | value |" lines, one a column (广州 重点工作 progress pages:
# "重点工作: | 135.统筹违法建设治理与城市更新，… |" then "牵头单位: | 市城市管理综合执法局 |"): the value
# of the task column's line above the role lines is the task.
# A task key alone on its line, its value the next line (具体任务 / the task, a table flattened one cell a line).
_TASK_KEY_ALONE = re.compile(r"[ \t\u3000]*(?:(?:重点|主要|具体)(?:工作|任务|事项|措施|举措)(?:任务|内容|名称|事项)?"
                             r"|(?:工作|任务|事项)(?:任务|内容|名称|事项))[ \t\u3000]*")
_TASK_KEY_LINE = re.compile(r"[ \t\u3000]*(?:重点|主要|具体)?(?:工作|任务|事项|措施|举措)(?:任务|内容|名称|事项)?[：:]"
                            r"[ \t\u3000|｜]*([^\n]*?)[ \t\u3000|｜]*$")
_RECORD_NUMBER = re.compile(r"[ \t\u3000]*\d{1,4}[.．、﹒][ \t\u3000]*")


def _keyed_task(text: str, pos: int) -> tuple[int, int] | None:
    """The value of the task key line ("重点工作: | 135.… |") just above the role line at ``pos``, back
    over other short key lines and blank lines; None when there is none."""
    start = text.rfind("\n", 0, pos) + 1
    if start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if prev > 0 and _TASK_KEY_ALONE.fullmatch(text, text.rfind("\n", 0, prev - 1) + 1, prev - 1):
            a, b = prev, start - 1
            while b > a and text[b - 1] in "。；;，, \t\u3000":
                b -= 1
            return (a, b) if b - a >= 2 else None
    for _ in range(4):
        if start == 0:
            return None
        prev = text.rfind("\n", 0, start - 1) + 1
        m = _TASK_KEY_LINE.fullmatch(text, prev, start - 1)
        if m:
            a, b = m.span(1)
            number = _RECORD_NUMBER.match(text, a, b) or _LABEL.match(text, a, b)  # 135. numbers the record
            if number:
                a = number.end()
            while b > a and text[b - 1] in "。；;，, ":
                b -= 1
            return (a, b) if b - a >= 2 else None
        if not _key_line(text, prev, start - 1):
            return None
        start = prev
    return None


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the lines between ``start`` and ``end`` (none when they are the same line break)."""
    out = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        out.append((pos, stop))
        pos = stop + 1
    return out


def _chain_before(doc: _Doc, pos: int) -> tuple[list[str], list[str], int] | None:
    """(lead, support, start) of the chain of bodies ending at ``pos`` (会同 Y → support)."""
    text = doc.text
    lead: list[str] = []
    support: list[str] = []
    m = doc.dept_ending(pos)
    if m is None:
        return None
    chain = [m]
    start = m.start
    while True:
        i = bisect.bisect_left(doc.dept_starts, start) - 1
        if i < 0:
            break
        prev = doc.depts[i]
        gap = text[prev.end : start]
        if prev.end > start or not (_CHAIN_GAP.fullmatch(gap) and "，" not in gap and "," not in gap
                                    or gap in _PARTNER):
            break
        chain.insert(0, prev)
        start = prev.start
    role_support = False
    for k, d in enumerate(chain):
        if k and text[chain[k - 1].end : d.start] in _PARTNER:
            role_support = True
        _add(support if role_support else lead, _name(text, d))
    return lead, [s for s in support if s not in lead], start


def _inline(doc: _Doc, s: int, e: int, role: str) -> AssignmentFrame | None:
    """由X负责… / X负责… / X要…: an assignment in running text."""
    text = doc.text
    if role not in ("lead", "modal", "shared"):
        return None
    # The subject: a chain of bodies just before the cue (after allowed adverbs).
    back = text[max(0, s - 36) : s]
    chain = None
    extra: str | None = None
    for k in range(len(back) + 1):
        pos = s - k
        if not _BETWEEN.fullmatch(text, pos, s):
            continue
        if doc.dept_ending(pos):
            chain = _chain_before(doc, pos)
            break
        # "国家发展改革委、京津冀协同发展领导小组办公室要…": a listed office no registry names
        # closes a chain of named bodies; it leads with them, by its own name.
        office = _OFFICE.search(text, max(0, pos - 24), pos)
        if office and office.end() == pos and doc.dept_ending(office.start() - 1) and text[office.start() - 1] == "、":
            chain = _chain_before(doc, office.start() - 1)
            extra = office.group()
            break
    if chain is None:
        return None
    lead, support, start = chain
    if extra:
        _add(lead, extra)
    cs = _clause_start(text, start)
    by = start >= 1 and text[start - 1] == "由" and text[start - 2 : start - 1] not in ("自", "理", "经", "缘")
    opener = text[cs : start - 1 if by else start]
    reporting = role == "shared" and not by and _REPORTING.fullmatch(opener) is not None
    if not _LEAD_IN.fullmatch(opener) and not by and not reporting \
            and not (role == "modal" and _CLASS_CONJUNCT.fullmatch(opener)):
        return None  # a body inside another clause's object
    trigger = (start - 1, start) if by and role == "modal" else (s, e)
    if reporting and not _OWN_CLOSE.match(text, e):
        return None  # 《意见》要求X…: the document asks them, the duty must close the sentence
    if role == "shared" and not by and _OWN_CLOSE.match(text, e):
        # "对于健全生态文明体制，《意见》明确提出，生态环境部、国家发展改革委、科技部等14部门按照职责分工
        # 负责。" (news of the 2018 分工意见): the shared duty has no object; the clauses before are its topic.
        topic = _shared_topic(doc, cs, reporting)
        return AssignmentFrame(_item_task(text, topic), lead, support, None, trigger) if topic else None
    after = e
    partner = next((p for p in _PARTNER[:3] if text.startswith(p, e)), None)
    comma = 0
    if partner is None and role == "lead" and text[e : e + 1] in ("，", ","):
        # 由国家医保局牵头，会同工业和信息化部、财政部…研究制定工作方案 (国家医保局 2020): partners after the comma.
        partner = next((p for p in _PARTNER[:3] if text.startswith(p, e + 1) and doc.dept_at(e + 1 + len(p))), None)
        comma = 1 if partner else 0
    if partner:
        # 财政部要会同发展改革委、…等部门，加强统筹协调: the partners support.
        after = _partners_from(doc, e + comma + len(partner), support)
    elif role == "lead" and (between := _support_between(doc, e)) is not None:
        # 市发改委牵头，相关部门配合，尽快完成…: the task follows the clause of those who take part.
        for name in between[0]:
            if name not in lead:
                _add(support, name)
        after = between[1]
    task = _item_task(text, _task_after(text, after))
    if task[1] - task[0] < 2:
        return None
    return AssignmentFrame(task, lead, support, None, trigger)


# What is left of a clause that only says when its item is due, its date taken out: 前完成, 底前.
_DUE_REST = re.compile(r"[\s\u3000]*(?:力争|争取|确保)?(?:于|在|到)?[\s\u3000]*(?:底|末)?(?:前|以前|之前)?"
                       r"(?:完成|全面完成|基本完成)?(?:任务)?[\s\u3000。；;，,]*")


def _due_only(doc: _Doc, task: tuple[int, int]) -> bool:
    """Whether a span holds nothing but a due date (2023年12月底前完成) or nothing at all."""
    text = doc.text
    if text[task[0] : task[1]].strip(" \u3000。；;，,") == "":
        return True
    i = bisect.bisect_left(doc.date_starts, task[0])
    rest, pos = [], task[0]
    while i < len(doc.dates) and doc.dates[i].start < task[1]:
        rest.append(text[pos : doc.dates[i].start])
        pos = doc.dates[i].end
        i += 1
    if pos == task[0]:
        return False  # no date in it: a task of its own
    rest.append(text[pos : task[1]])
    return all(_DUE_REST.fullmatch(r) for r in rest)


# A shared duty that closes its sentence: X、Y按职责分工负责。 (a comma after it leads on to its object).
_OWN_CLOSE = re.compile(r"[ \u3000]*(?:[。；;]|\n|$)"
                        # …等按职责分工负责，年内持续推进。 / ，12月底前完成。: only when and how it goes on
                        r"|[，,][ \u3000]*[^，,。；;“”\n]{0,10}?(?:持续推进|前完成|长期坚持)[ \u3000]*(?:[。；;]|\n|$)")
# A clause that only reports what a document says, between the topic and the bodies ("《意见》明确提出，").
_REPORTING = re.compile(r"[\s\u3000]*(?:《[^》\n]{1,60}》|(?:该|分工)?(?:意见|方案|通知|文件|计划))(?:中|还|也)?"
                        r"(?:明确提出|明确要求|明确|提出|要求|强调|指出|规定)[\s\u3000]*")
_TOPIC_PREP = re.compile(r"[\s\u3000]*(?:对于|关于|针对)")


def _shared_topic(doc: _Doc, cs: int, reported: bool = False) -> tuple[int, int] | None:
    """The topic before a clause that opens at ``cs`` with bodies sharing a duty, past a reporting clause."""
    text = doc.text
    if cs < 1 or text[cs - 1] not in "，,":
        return None
    comma = cs - 1
    prev = _clause_start(text, comma)
    reported = reported or _REPORTING.fullmatch(text, prev, comma) is not None
    if _REPORTING.fullmatch(text, prev, comma) and prev >= 1 and text[prev - 1] in "，,":
        comma = prev - 1
    topic = _topic_clauses(doc, comma)
    if topic is None:
        return None
    prep = _TOPIC_PREP.match(text, topic[0])
    if reported and prep is None:
        # Past what a document says, the topic is the one it names (对于…/针对“…”): "全市共建成5G基站3000个，
        # 《方案》要求市工业和信息化局、…等按职责分工负责。" reports a fact, no duty of theirs.
        return None
    return (prep.end(), topic[1]) if prep and topic[1] - prep.end() >= 2 else topic


# not 自由贸易试验区, 理由, 由于 (the check behind 由 follows it: sre skips to a 由 in C)
_BY = re.compile(r"由(?<![自理经缘]由)(?!于)")
# …，则由X负责: an adverb of the clause, not a topic of its own.
_BY_ADVERBS = "则均也都仍"
# Uncounted too: "由国家发展改革委、国家卫生健康委、国家中医药管理局等单位分别负责，建成…" (news of
# 国中医药办发〔2019〕15号, probe asg55n).
_COUNTED_BODIES = re.compile(r"等(?:[\d一二两三四五六七八九十]{1,3}个?)?(?:有关|相关)?(?:部委|部门|单位)")
# The first-listed rule as the sentence after a 由X、Y…负责 sentence, naming the first body or not
# ("其中列在首位的银监会为牵头部门"); it holds for that sentence's bodies.
_FIRST_NAMED = re.compile(r"[ \u3000]*(?:其中[，,]?)?(?:列|排)[在名]?(?:第一位?|首位)(?:者|的)?"
                          r"((?:(?!为)[\u4e00-\u9fff]){0,14}?)为牵头(?:责任)?(?:部门|单位)")
_LEAD_AFTER_COMMA = re.compile(r"[，,](负责|牵头)(?!人|同志)")
# The last form: a post named at length takes a role in a group (领导小组由国务院副总理马凯任组长;
# 省政府协调民政工作的副秘书长…担任副召集人: probe asg34, a 2015 news item and 粤办函〔2021〕19号).
_POST = re.compile(r"^[^，。；]{0,6}?负责(?:人|同志)|^[^，。；]{0,12}?(?:组成|担任|兼任)"
                   r"|^[^，。；]{0,30}?(?:负责人|负责同志|领导同志)(?:担任|兼任|组成)"
                   r"|^[^，,。；;\n]{0,40}?(?:担任|兼任|任)副?(?:总召集人|召集人|组长|主任|秘书长)")
# 联席会议由县委宣传部、县委组织部、…、县融媒体中心等部门组成 (洞口县 联席会议制度, probe asg41): who a group
# is made of, however long the list and whatever bodies in it the tagger misses; no task of theirs.
# 由中国科学院、成都理工大学、…等单位专家组成的专家组 (国办函〔2004〕80号, both attachments; probe full47n): a
# group described by its members, however long the list, before the noun it qualifies.
_COMPOSED = re.compile(r"(?:(?!负责|牵头)[^，,。；;\n]){0,300}?组成(?=[。；;，,\n]|的|$)")
# 由X…共同举办 / 联合主办 / 组织的… / 协办: an event the bodies hold or held, or a post of theirs that
# acts (由X副主席…主持, 由X院士…撰写, 由国务院领导同志牵头负责的…, 由市政府分管领导向…汇报): no task of a
# body (forms read in news sentences; the 领导同志 form in 国函〔2018〕144号 and 国办函〔2003〕49号; 分管领导
# in a city's rules of its standing meeting, probe asg24).
_EVENT_BY = re.compile(r"[^，,。；;\n]{0,40}?(?:共同|联合)(?:主办|承办|举办|协办)"
                       r"|(?:(?!负责|牵头)[^，,。；;\n]){0,30}?(?:主办|承办|举办|协办|组织|开展|推荐|编纂|撰写|创办|发起|组成|处理|办理)的"
                       r"|[^，,。；;\n]{0,8}?(?:副?(?:主席|主任|书记|部长|局长|秘书长|院长|司令|总参谋长)|院士|领导同志)|(?:工作)?人员"
                       r"|(?:分管|主要|有关|相关)?领导(?!小组|机构|体制|下|[，,。；;])")
# The body named only qualifies a body named by its field (国务院税务主管部门, 国务院机构编制管理机关),
# unless a manner word opens a verb phrase (由市政府办公室统一管理机关事务).
_NOUN_AFTER = compile_cached(r"[\u4e00-\u9fff]{0,4}?(?:主管|行政)(?:部门|机关)|[\u4e00-\u9fff]{1,4}?(?:法制|审核)机构"
                             r"|(?!统一|负责|具体|分别|共同|主要|协助|牵头|会同)[\u4e00-\u9fff]{1,6}?管理(?:部门|机关)")
# A clause that only frames the next (要在党中央集中统一领导下，由省委负总责，…: the 2018 reform plans).
_FRAME_CLAUSE = re.compile(r"[\s\u3000]*(?:(?:要|须|应|必须)?在[^，,。；;]{1,30}?(?:领导|指导|部署|框架)下"
                           # A plan or its news that says what follows ("分工方案明确，由X等单位分别负责，建成…":
                           # news of 国中医药办发〔2019〕15号, probe asg55n): the task is after the cue, not this clause.
                           # Not a clause whose verb takes the plan's 要求 or 规定 as its object (全面落实《实施方案》要求，由X
                           # 牵头负责; 认真执行《通知》规定，由X牵头): that clause is the task.
                           r"|(?![^，,。；;\n]*?(?:落实|执行|贯彻|遵照|遵守|按照|根据|依照|依据|对照|符合|达到|满足|细化))"
                           r"[^，,。；;\n]{0,20}?(?:方案|意见|通知|规划|办法|》|文件)(?:中)?(?:明确|提出|要求|指出|规定))[\s\u3000]*")
# 由Y(统一)领导和管理 with no object: the body before is placed under Y (a reform plan's structure).
# A news item's mechanism reported as set up, and the 由 clause telling who set up its body: a done step.
_SET_UP_BY = re.compile(r"(?:牵头|负责|统一)?(?:成立|组建|设立)")
_SET_UP_DONE = re.compile(r"正式(?:建立|成立|组建|设立|启动)|(?:建立|成立|组建|设立)(?:了|起)")


def _set_up_told(text: str, pos: int, end: int) -> bool:
    """Whether the bodies ending at ``end`` set up a body (牵头成立…) in a sentence that, before ``pos``,
    reports its mechanism set up: a done step, told as news, not an assignment."""
    return _SET_UP_BY.match(text, end) is not None and \
        _SET_UP_DONE.search(text, _start_after(text, pos, "。；;！？!?\n"), pos) is not None

_MANAGED_BY = re.compile(r"(?:统一)?(?:领导和管理|管理和领导|领导管理|管理)(?=[。；;，,\n]|$)")
_OFFICE = re.compile(r"(?<=、)[^、，,。；;\s]{2,20}?(?:办公室|委员会)")
_MANNER = re.compile(r"为主|具体|统一|分别|共同|主要")
_MORE_MANNER = ("以及", "及其", "并结合", "同时结合")
# The subject of the clause after a 由X…后 clause: a class or a functional name (行业归口部门, 各有关单位).
# Or the divisions below, named as a class (各县区据此组织实施, 各地, 各县（市、区）).
_OTHER_SUBJECT = re.compile(r"[ \u3000]*(?:(?:各|其他)?(?:[\u4e00-\u9fff]{0,6}?(?:归口|主管|职能|业务|行政|有关|相关))?"
                            r"(?:部门|单位|机关|机构)|各(?:地|[省市县区乡镇][（(、市县区乡镇街]))")
_PREPOSITION = re.compile(r"(?:统一|分别|直接)?(?:按照|根据|依据|依照|按|通过|结合|在)")


# A meeting a body is to convene by the rules of a group (联席会议制度, 领导小组工作规则): "在联席会议召开之前，由
# 联席会议办公室召开联络员会议，研究讨论…" (国函〔2018〕144号); not one held or reported (由X召开的…会议).
_CONVENE_RULE = re.compile(r"召开[^，,。；;\n的了]{1,20}?(?:会议|例会|会)[，,][^。；;\n]{2,}")


def _convened_by_rule(doc: _Doc, by: int, end: int) -> bool:
    """Whether 由X召开… at ``by`` is a standing duty: the meeting is named and what it does follows, in a
    sentence with no date of its own nor a marker of the past."""
    text = doc.text
    if not _CONVENE_RULE.match(text, end):
        return False
    start = _start_after(text, by, "。；;！？\n")
    stop = _SENTENCE_END.search(text, end)
    stop_at = stop.start() if stop else len(text)
    return not (_REPORTED.search(text, start, stop_at) or _dated(doc, start, stop_at))


# Partners joined after the lead's cue and a comma: 牵头，会同X、Y….
_COMMA_PARTNER = re.compile(r"[，,]?(?:会同|联合|协同)")


def _by_marker(doc: _Doc) -> list[AssignmentFrame]:
    """由X + verb: X is responsible for the rest of the clause (由医保经办机构为其建立参保关系)."""
    text = doc.text
    table, cue_re = _cues()
    out = []
    for b in _BY.finditer(text):
        pos = b.end()
        m = doc.dept_at(pos)
        if m is None or doc.covered[b.start()]:
            continue
        lead, support, end = _chain_after(doc, m)  # the chain of bodies after 由
        rest = text[end : end + 12]
        if (rest.startswith(("主办", "承办", "举办", "协办", "发布", "印发", "审议", "批准", "决定"))
                or rest.startswith("召开") and not _convened_by_rule(doc, b.start(), end)) or _POST.search(text[end : end + 40]) \
                or _EVENT_BY.match(text, end) or _COMPOSED.match(text, end):
            continue  # a reported event, an approval, or a post (由X主要负责人担任, 由X等部门负责同志组成)
        if _MANAGED_BY.match(text, end) and (doc.depts_in(_clause_start(text, b.start() - 1), b.start())
                                             or "组建" in text[_clause_start(text, b.start() - 1) : b.start()]):
            continue  # 省林业局作为省政府直属机构，由省自然资源厅统一领导和管理: how bodies relate, no task
        if _NOUN_AFTER.match(text, end):
            continue  # 由国务院税务主管部门另行制定: the body named is a modifier, the subject a class
        if _set_up_told(text, b.start(), end):
            continue  # 我市正式建立…机制，由市民政局牵头成立…工作组 (安庆 2017 news, probe asg56p): how it was set up
        counted = _COUNTED_BODIES.match(text, end)  # 由银监会、人民银行…等8部委负责
        manner = _MANNER.match(text, counted.end() if counted else end)
        c = _inline_cue(text, manner.end() if manner else counted.end() if counted else end)
        if c and text.startswith("的", c.end()):
            # 建立由农业农村部、工业和信息化部牵头的国家农业机械化发展协调推进机制 (国发〔2018〕42号): the
            # bodies qualify a noun (the mechanism they lead), as in 由国务院领导同志牵头负责的…; no task of theirs.
            continue
        if c and table[c.group()][0] in ("lead", "shared"):
            trigger = (c.start(), c.end())
            no_object = _NO_OBJECT.match(text, c.end())
            # "…方面的政策，则由能源局、发展改革委…负责" (news of 国办函〔2010〕120号): an adverb between the
            # comma and 由 still leaves the clauses before as the topic.
            by_at = b.start() - 1 if b.start() >= 2 and text[b.start() - 1] in _BY_ADVERBS \
                and text[b.start() - 2] in "，," else b.start()
            topic = _topic_before(doc, b.start()) if no_object and by_at == b.start() else None
            due_end = None
            if topic is None and no_object and text[c.end() : c.end() + 1] in "，," and by_at \
                    and text[by_at - 1] in "，," and not _own_clause(doc, _clause_start(text, by_at - 1)) \
                    and not _FRAME_CLAUSE.fullmatch(text, _clause_start(text, by_at - 1), by_at - 1):
                # 提升积极的财政政策效能工作，由财政部牵头，于12月底前完成: the clause before 由 is the
                # topic, and the clauses after the cue say by when.
                topic = _topic_before(doc, by_at - 1)
                stop = _SENTENCE_END.search(text, c.end(), c.end() + _OBJECT_MAX)
                due_end = stop.start() if stop else None
            elif topic is None and no_object and by_at and text[by_at - 1] in "，," \
                    and not _FRAME_CLAUSE.fullmatch(text, _clause_start(text, by_at - 1), by_at - 1):
                # …，由X等分工负责。: the clauses before 由 are the topic.
                topic = _topic_clauses(doc, by_at - 1)
            if topic is None and no_object and by_at == b.start() and _ONLY_PARTNERS_AFTER.match(text, c.end()):
                # 一、治理畜牧业产品污染 / 由乡三农服务中心…，…配合。 and （一）开展…。由X牵头，Y配合。: a
                # sentence of its own, opened by 由, whose cue has no object: the item's heading is the task.
                topic = _item_heading_before(doc, b.start())
            if topic is not None:
                # 推进重庆-通江旅游合作由县旅游局牵头负责；…: the cue has no object, the topic is the task;
                # 此项工作由省府办公厅负责: a topic pointing back to its item is the item.
                task = _item_task(text, topic)
            elif table[c.group()][0] == "lead" and (between := _support_between(doc, c.end())) is not None:
                # 由市发展改革委牵头，市财政局、市商务局配合，2023年底前完成…: as after X牵头, the task follows
                # the clause of those who take part.
                for name in between[0]:
                    if name not in lead:
                        _add(support, name)
                task = _item_task(text, _task_after(text, between[1]))
            elif table[c.group()][0] == "lead" and (pm := _COMMA_PARTNER.match(text, c.end())) and doc.dept_at(pm.end()):
                # 由国家医保局牵头，会同工业和信息化部、财政部…研究制定工作方案 (国家医保局 2020 目录调整方案):
                # the partners after the comma support, the task follows them.
                task = _item_task(text, _task_after(text, _partners_from(doc, pm.end(), support)))
            else:
                task = _task_after(text, c.end())
                if text[task[0]: task[0] + 1] in "，,":
                    task = _task_after(text, task[0] + 1)
                task = _item_task(text, task)
                if text[task[0] : task[0] + 1] in "；;":
                    continue  # …由X负责；Y…: no topic and no object, the next clause is another's
        else:
            trigger = (b.start(), b.end())
            due_end = None
            # The clause it stands in: 招生计划由区教育局核定 assigns the 招生计划.
            ce = _CLAUSE_END.search(text, end, end + _OBJECT_MAX)
            if ce and text[ce.start()] in "，," and text[ce.start() - 1] in "后後" \
                    and (doc.dept_at(ce.end()) is not None or _OTHER_SUBJECT.match(text, ce.end())):
                # 计划经国务院批准，由国家计委下达后，行业归口部门据此下达… (国发〔1989〕59号): a clause of
                # time before another subject's task; what X does there is a step, not its assignment.
                continue
            if ce and text[ce.start()] in "，," and _PREPOSITION.match(text, end):
                # 由区教育局按照“…”原则，统筹安排…: the task is the clause after the manner
                # (after each further manner clause: …有关规定，以及…实际情况，细化…).
                ce = _CLAUSE_END.search(text, ce.end(), ce.end() + _OBJECT_MAX)
                while ce and text[ce.start()] in "，," and text.startswith(_MORE_MANNER, _clause_start(text, ce.start())):
                    ce = _CLAUSE_END.search(text, ce.end(), ce.end() + _OBJECT_MAX)
            task = (_clause_start(text, b.start()), ce.start() if ce else min(len(text), end + _OBJECT_MAX))
            if task[0] == b.start() and b.start() and text[b.start() - 1] in "，," \
                    and not _own_clause(doc, _clause_start(text, b.start() - 1)):
                # 上述数据信息的格式、标准、共享方式，由X确定: the topic before is what X settles.
                task = (_clause_start(text, b.start() - 1), task[1])
                if _SHARED_CLOSE.fullmatch(text, end, task[1]):
                    # …，由X、Y等分工负责。: no object of its own; the topic is every clause before.
                    topic = _topic_clauses(doc, b.start() - 1)
                    if topic is not None:
                        task = topic
            task = (_past_label(text, task[0]), task[1])
            if rest.startswith("召开"):
                # 由X召开联络员会议，研究讨论…: the meeting and what it does, up to the sentence's end.
                stop = _SENTENCE_END.search(text, end)
                task = (end, stop.start() if stop else len(text))
        if task[1] - task[0] < 2:
            continue
        if trigger[0] != b.start():
            for name in _support_clause(doc, trigger[1]):
                if name not in lead:
                    _add(support, name)
            partners = _PARTNER_CLAUSE.match(text, trigger[1])
            if topic is not None and partners and doc.dept_at(partners.end()) is not None:
                # 以上工作由省教育厅、人力资源社会保障厅牵头，会同省财政厅、公安厅…: the task is the topic
                # before, the bodies after 会同 take part in it.
                joined: list[str] = []
                _partners_from(doc, partners.end(), joined)
                for name in joined:
                    if name not in lead:
                        _add(support, name)
        if trigger[0] != b.start() and len(lead) > 1:
            stop = _SENTENCE_END.search(text, trigger[1], trigger[1] + _OBJECT_MAX)
            rule = _FIRST_NAMED.match(text, stop.end()) if stop and text[stop.start()] == "。" else None
            if rule and (not rule.group(1) or text.startswith(rule.group(1), m.start)):
                # "…由银监会、人民银行…等8部委负责。其中列在首位的银监会为牵头部门（单位），有关部门和单位按职责
                # 分工负责" (news of 国办函〔2010〕120号): the next sentence makes the first body the lead.
                support = lead[1:] + [n for n in support if n not in lead]
                lead = lead[:1]
        out.append(AssignmentFrame(task, lead, support, doc.deadline(task[0], due_end or task[1]), trigger))
        duty = _LEAD_AFTER_COMMA.match(text, task[1])
        if duty and trigger[0] == b.start():
            # 长护险由医保经办机构进行经办管理，负责参保登记…: X goes on as the subject of the next duty.
            more = _item_task(text, _task_after(text, duty.end()))
            if more[1] - more[0] >= 2:
                out.append(AssignmentFrame(more, list(lead), [], doc.deadline(*more), duty.span(1)))
    return out


# The clause after "由X负责" that names who takes part: "，省府办公厅、省信息产业厅配合。".
_SUPPORT_CLAUSE = re.compile(r"[，,]([^，,。；;：:\n]{2,80}?)(?:配合|参与|协助|协办)[ \u3000]*(?=[。；;\n]|$)")
_SUPPORT_SPLIT = re.compile(r"[、和及与]")
_SUPPORT_TAIL = re.compile(r"等(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?$")
_BODY_WORDS = re.compile(r"[\u4e00-\u9fff]{1,12}(?:委员会|办公室|局|厅|委|办|署)")


# The same clause between a lead and its task (市建设局牵头，市发改委配合，按照要求进一步修改完善…;
# 县国土资源局牵头，县发改局、县住建局等部门密切配合，抢抓时间，全力推进…): minutes assign so.
# The words that give the bodies of a clause a part: 密切配合, 加强配合协调 (魏县 2022: "县自然资源和规划局负责，
# 住建局、发改局等其他相关单位加强配合协调，抽调业务骨干…").
_PART_WORDS = r"(?:密切|积极|全力|主动|协同|共同|加强)?(?:配合|参与|协助|协办)(?:协调)?"
_SUPPORT_BEFORE_TASK = re.compile(r"[，,]([^，,。；;：:\n]{2,80}?)" + _PART_WORDS + r"[ \u3000]*[，,]")
# After 由X牵头 the bodies of a clause that only says 负责 take part too, as 按职责分工负责 after a lead
# (news of 国中医药办发〔2019〕15号: "由国家中医药管理局牵头，国家卫生健康委、科技部负责，加快中医药循证医学中心建设").
_DUTY_BEFORE_TASK = re.compile(r"[，,]([^，,。；;：:\n]{2,80}?)(?:分别|共同)?(?:按照?职责分工)?负责[ \u3000]*[，,]")
# A class in that clause (相关部门配合): it names no body, and takes no part.
_CLASS_PART = re.compile(r"(?:各|其他|其它)?(?:有关|相关)(?:部门|单位|方面)|各(?:部门|单位)")


# A later clause of a lead's task that gives other named bodies a part in it (衡东县 2016: "县教育局负责乡村
# 教师队伍建设统筹管理、规划和指导，县编办、县发改局、…、县卫计局等部门要按照职责分工积极配合，主动履责，…"):
# the bodies support the lead's task, which ends before them. Words of their share may stand between the
# bodies and their part (要按照职责分工, 按照各自职责); the part itself is a word of _PART_WORDS.
_JOINING_PART = re.compile(r"(?:等[\d一二两三四五六七八九十]{0,3}个?)?(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?"
                           r"(?:要|应当?|须)?(?:按照?(?:职责分工|各自职责|职能分工)|根据各自职责|依职责)?[，,]?"
                           + _PART_WORDS)


def _joining_partners(doc: _Doc, f: AssignmentFrame) -> int | None:
    """Cuts ``f``'s task before a clause of bodies that take part in it (…负责A，Y、Z等部门要积极配合) and
    adds them to its support; where that clause's part word ends, or None."""
    text = doc.text
    depth = 0
    last = f.task[0]
    for b in _SUBJECT_BREAK.finditer(text, f.task[0], f.task[1]):
        segment = text[last : b.start()]
        depth += segment.count("（") + segment.count("(") - segment.count("）") - segment.count(")")
        last = b.start()
        if depth > 0 or text[b.start()] not in "，,":
            continue
        m = doc.dept_at(b.end())
        if m is None or _is_class(text, m):
            continue
        lead, support, end = _chain_after(doc, m)
        part = _JOINING_PART.match(text, end)
        if part is None or b.start() - f.task[0] < 2:
            continue
        for name in lead + support:
            if name not in f.lead:
                _add(f.support, name)
        f.task = (f.task[0], b.start())
        return part.end()
    return None


def _support_between(doc: _Doc, pos: int) -> tuple[list[str], int] | None:
    """(support, end) of a clause at ``pos`` that gives bodies a part before the lead's task starts
    (…牵头，Y、Z等部门密切配合，<task>; …牵头，相关部门配合，<task>: a class, no support)."""
    m = _SUPPORT_BEFORE_TASK.match(doc.text, pos)
    if m is None and doc.text[pos - 2 : pos] == "牵头":
        m = _DUTY_BEFORE_TASK.match(doc.text, pos)
    if m is None:
        return None
    if _CLASS_PART.fullmatch(m.group(1)):
        return [], m.end()
    names = _support_clause(doc, pos, m)
    return (names, m.end()) if names else None


def _support_clause(doc: _Doc, pos: int, m: re.Match[str] | None = None) -> list[str]:
    """Names of the bodies a clause at ``pos`` gives a part (…负责，Y、Z配合。), when the clause holds
    nothing but a list of bodies: each item a DEPT mention, or a name ending in a body's suffix that no
    tagger named (法制办, 省信息产业厅: its own words, no canonical); classes (各地) take no part here.
    ``m``: the clause already matched (a clause before the task, _support_between)."""
    text = doc.text
    m = m or _SUPPORT_CLAUSE.match(text, pos)
    if m is None:
        return []
    out: list[str] = []
    at = m.start(1)
    for piece in _list_pieces(doc, m.start(1), m.group(1)):
        s, e = at, at + len(piece)
        at = e + 1
        while e > s and text[e - 1] in " \u3000":
            e -= 1
        e = s + len(_SUPPORT_TAIL.sub("", text[s:e]))
        depts = doc.depts_in(s, e)
        if depts and depts[0].start == s and depts[-1].end == e and len(depts) == 1:
            if not _is_class(text, depts[0]):
                _add(out, _name(text, depts[0]))
        elif text.startswith("各", s) or _DEPARTMENTS_AFTER.fullmatch(text, s, e):
            continue
        elif _BODY_WORDS.fullmatch(text, s, e) and not _NOT_A_BODY.search(text, s, e) and not depts:
            _add(out, text[s:e])
        else:
            return []  # something else stands in the clause: not a list of bodies
    return out


def _list_pieces(doc: _Doc, start: int, clause: str) -> list[str]:
    """The items of a list of bodies: split at 、, and at 和/及/与 only outside a body's name
    (工业和信息化部, 住房和城乡建设部 hold 和), however many bodies an item joins with 和 (工业和信息化部和商务部,
    国家发展改革委和工业和信息化部). Items and their single separators rebuild the clause."""
    out: list[str] = []
    at = start
    for piece in clause.split("、"):
        ends = {d.start - at: d.end - at for d in doc.depts_in(at, at + len(piece))}
        cur = 0
        while True:
            # a body named from the item's start is read whole; what follows it (和Y, 等部门) is split as before
            sep = _SUPPORT_SPLIT.search(piece, ends.get(cur, cur))
            if sep is None:
                out.append(piece[cur:])
                break
            out.append(piece[cur : sep.start()])
            cur = sep.end()
        at += len(piece) + 1
    return out


# The rest of a 由 clause that names the bodies' shared duty and nothing else (…由X、Y等分工负责).
_SHARED_CLOSE = re.compile(r"(?:等[\d一二两三四五六七八九十]{0,3}个?)?(?:有关|相关)?(?:部门|单位)?(?:按照?职责|按职能)?分工负责[ \u3000]*")
# What closes a cue that has no object of its own: …由X牵头负责；/。/，/ the end of the line.
_NO_OBJECT = re.compile(r"[ \u3000]*(?:[，,；;。]|\n|$)")


def _topic_before(doc: _Doc, by: int) -> tuple[int, int] | None:
    """The topic that a 由 at ``by`` follows within its clause (推进重庆-通江旅游合作由…), after an
    item's number; None when 由 opens the clause."""
    text = doc.text
    start = _clause_start(text, by)
    label = _LABEL.match(text, start)
    start = label.end() if label and label.end() <= by else start
    end = by
    while end > start and text[end - 1] in " \u3000":
        end -= 1
    return (start, end) if end - start >= 2 else None


# What may follow a cue that has no object, when its sentence stands alone after an item's heading: the
# bodies that take part (，Y、Z配合) and the sentence's end.
_ONLY_PARTNERS_AFTER = re.compile(r"[ \u3000]*(?:[，,][^，,。；;：:\n]{2,80}?(?:配合|参与|协助|协办)[ \u3000]*)?(?:[。；;]|\n|$)")


def _item_heading_before(doc: _Doc, by: int) -> tuple[int, int] | None:
    """The heading of the numbered item whose next sentence or line a 由 at ``by`` opens (（一）开展…。由…;
    一、治理… / 由…): the heading after its label, when it names no body of its own; else None."""
    text = doc.text
    i = by
    while i > 0 and text[i - 1] in " \u3000":
        i -= 1
    if i == 0 or text[i - 1] not in "。\n":
        return None
    end = i - 1
    while end > 0 and text[end - 1] in " \u3000\n":
        end -= 1
    start = max(text.rfind("。", 0, end), text.rfind("\n", 0, end)) + 1
    label = _LABEL.match(text, start)
    if not label or label.end() == start or label.end() >= end:
        return None
    if doc.depts_in(label.end(), end) or _own_clause(doc, label.end()):
        return None
    return (label.end(), end)


# A clause that opens a sentence as a discourse marker, not as part of the topic (例如，完善…，由X负责).
_TOPIC_OPENER = re.compile(r"[\s\u3000]*(?:例如|比如|譬如|其中|同时|此外|另外|一是|二是|三是)[\s\u3000]*$")


def _topic_clauses(doc: _Doc, comma: int) -> tuple[int, int] | None:
    """The clauses before the comma at ``comma`` that a following "由X…负责。" takes as its topic:
    back to the sentence's start, a numbered label, or a clause with a body or subject of its own
    (n1 of probe asg21, news of the 2019 分工意见: "加强重大疾病防治，实施癌症防治行动，加快儿童药物
    研发，加强罕见病用药保障，由国家卫生健康委、科技部…等分工负责。")."""
    text = doc.text
    start = _clause_start(text, comma)
    if _own_clause(doc, start) or doc.depts_in(start, comma):
        return None
    while start > 0 and text[start - 1] in "，," and comma - start < _OBJECT_MAX:
        prev = _clause_start(text, start - 1)
        if _TOPIC_OPENER.fullmatch(text, prev, start - 1) or _own_clause(doc, prev) \
                or doc.depts_in(prev, start - 1) or _LABEL.match(text, prev) and _LABEL.match(text, prev).end() > prev:
            break
        start = prev
    label = _LABEL.match(text, start)
    if label and label.end() < comma:
        start = label.end()
    return (start, comma) if comma - start >= 2 else None


def _own_clause(doc: _Doc, start: int) -> bool:
    """Whether the clause at ``start`` is opened by named bodies with a predicate of their own,
    not a topic (dev sc19-54 "国家教材委员会办公室设在教育部，由教育部教材局承担办公室工作": two
    tasks; 市住房保障部门的工作经费，由…: a topic)."""
    m = doc.dept_at(_past_label(doc.text, start))
    if m is None:
        return False
    _, _, end = _chain_after(doc, m)
    return not _NOT_STATED_MARK.match(doc.text, end) and not _CLASS_AFTER.match(doc.text, end)


def _partners_from(doc: _Doc, pos: int, support: list[str]) -> int:
    """Adds the bodies chained from ``pos`` (会同X、Y等部门) to ``support``; the position after them."""
    text = doc.text
    while (m := doc.dept_at(pos)) is not None:
        _add(support, _name(text, m))
        gap = _CHAIN_GAP.match(text, m.end)
        pos = gap.end() if gap else m.end
    fields = _PARTNER_FIELDS.match(text, pos)
    if fields and not doc.depts_in(pos, fields.end()):
        return fields.end()
    stop = _AFTER_PARTNERS.match(text, pos)
    return stop.end() if stop else pos


# A later clause of the task that the lead does with partners: …独立编制长护险基金收支计划，会市财政部门后报市政府.
_PARTNER_CLAUSE = re.compile(r"[，,]会同?")


def _partners_within(doc: _Doc, f: AssignmentFrame) -> None:
    """Adds to ``f``'s support the bodies a clause of its task joins by 会同 / 会 (the lead goes on as its subject)."""
    for c in _PARTNER_CLAUSE.finditer(doc.text, f.task[0], f.task[1]):
        if doc.dept_at(c.end()) is not None:
            partners: list[str] = []
            _partners_from(doc, c.end(), partners)
            f.support.extend(x for x in partners if x not in f.lead and x not in f.support)


def _chain_after(doc: _Doc, m: Mention) -> tuple[list[str], list[str], int]:
    """(lead, support, end) of the chain of bodies opening at ``m`` (X、Y会同Z: Z supports)."""
    text = doc.text
    lead: list[str] = [_name(text, m)]
    support: list[str] = []
    end = m.end
    partner = False
    while True:
        i = bisect.bisect_right(doc.dept_starts, end - 1)
        if i >= len(doc.depts):
            break
        nxt = doc.depts[i]
        gap = text[end : nxt.start]
        if gap in _PARTNER:
            partner = True
        elif not (_CHAIN_GAP.fullmatch(gap) and "，" not in gap):
            break
        _add(support if partner else lead, _name(text, nxt))
        end = nxt.end
    return lead, [x for x in support if x not in lead], end


_PERSONS = re.compile(r"[^，。；\n]{0,4}?(?:领导|同志|负责人|委员|代表|人员|各位)")
_ASK = re.compile(r"请(?<![提报申聘邀呈敬恳吁]请)")  # the check behind 请 after it: sre skips to a 请 in C
# What is left of a request that names no task of its own: a date and 完成 / 落实到位.
_BARE_REQUEST = re.compile(r"[在于前底内完成落实到位抓好认真切实组织实施并及时、，,\s]*")


def _requests(doc: _Doc) -> list[AssignmentFrame]:
    """请X…: a notice asks a named body to do what follows, or, when only a date and 完成
    follow (…有关事项，请科技部等部门在2019年2月底前完成), what the clause before names."""
    text = doc.text
    out = []
    if _REPORT.search(text, 0, 600):
        return []  # a report asks its deputies for comments (请各位委员提出意见), it assigns nothing
    for q in _ASK.finditer(text):
        m = doc.dept_at(q.end())
        if m is None or doc.covered[q.start()]:
            continue
        lead, support, end = _chain_after(doc, m)
        if _PERSONS.match(text, end):
            continue  # 请国务院有关领导同志出席: people are invited, no body is asked
        stop = _AFTER_PARTNERS.match(text, end)
        after = stop.end() if stop else end
        for p in _PARTNER[:3]:
            if text.startswith(p, after):
                # 请人力资源社会保障部会同有关部门…: partners support, a class adds nobody.
                after = _partners_from(doc, after + len(p), support)
                break
        task = _task_after(text, after)
        sentence_end = task[1]
        rest = "".join(ch for i, ch in enumerate(text[task[0] : task[1]], task[0]) if not doc.covered[i])
        if _BARE_REQUEST.fullmatch(rest):
            start = _start_after(text, q.start(), "。；;\n")
            task = (start, q.start())
            while task[1] > task[0] and text[task[1] - 1] in "，, ":
                task = (task[0], task[1] - 1)
            task = (_past_label(text, task[0]), task[1])
        if task[1] - task[0] < 2:
            continue
        support = [x for x in support if x not in lead]
        deadline = doc.deadline(task[0], max(task[1], sentence_end))
        if deadline is None:
            # 以上两项报告请国务院…重点报告…。报告拟安排在6月份举行的…会议上听取和审议 (dev pt-20932m):
            # what is asked for is due when the paragraph schedules it.
            deadline = doc.deadline(max(task[1], sentence_end), _line_end(text, task[1]), scheduled_only=True)
        out.append(AssignmentFrame(task, lead, support, deadline, (q.start(), q.end())))
    return out


# Task tables: a header row naming the columns, then one row per task. Cells are split by
# tabs, runs of spaces or "|" (how tables come out of web pages and PDFs).
# (The lookahead lets sre skip the characters no split starts with: 4x faster.)
_CELL_SPLIT = re.compile(r"(?=[\s|｜])(?:\t+|\s{2,}|\u3000+|\s*[|｜]\s*)")
_COLUMN = (
    # 内容与要求, 工作内容及要求: the task column named with what it asks (绍兴 重点工作 进展情况表).
    # 民生实事: a county's list of the year's public-welfare projects (大竹县 2016, 竹府办〔2016〕20号).
    ("task", re.compile(r"(?:重点|主要|改革)?(?:任务|工作|事项|实事|措施|举措|内容|项目)(?:名称|[与和及](?:要求|目标|标准))?$")),
    # 组织承办部门: the body that carries a decision item out, in the yearly 重大行政决策事项目录 of a
    # district's government (花府办〔2022〕6号, 番府办〔2017〕50号).
    ("lead", re.compile(r"牵头(?:单位|部门)|责任(?:单位|部门)|负责(?:单位|部门)|主责(?:单位|部门)|指导(?:单位|部门)"
                        r"|承办(?:单位|部门)")),
    ("support", re.compile(r"配合(?:单位|部门)|参与(?:单位|部门)|协办(?:单位|部门)|协同(?:单位|部门)")),
    ("deadline", re.compile(r"(?:完成)?时限|时间节点|完成时间|进度安排")),
)
_LEAD_COLUMN = dict(_COLUMN)["lead"]


_GRID_SPLIT = re.compile(r"[ \u3000]*(?:\t|[|｜])[ \u3000]*")


def _grid_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every cell of a line whose cells one tab or bar parts, empty cells kept as
    empty spans (1\t建设智慧城市平台\t市大数据局\t\t2023年底: no support body); the bars that open
    and close a row ("| 1 | … |") part no cell."""
    line = text[start:end]
    a = len(line) - len(line.lstrip(" \u3000"))
    b = len(line.rstrip(" \u3000"))
    if line[a:b].startswith(("|", "｜")):
        a += 1
    if b > a and line[a:b].endswith(("|", "｜")):
        b -= 1
    out = []
    pos = start + a
    for m in _GRID_SPLIT.finditer(text, start + a, start + b):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, start + b))
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the non-empty cells of one line."""
    out = []
    pos = start
    for m in _CELL_SPLIT.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _tables(doc: _Doc, source: NormalizedText, first_lead: bool = False) -> list[AssignmentFrame]:
    """Rows of task tables whose header names a lead (牵头单位 / 责任单位) column.

    Cells are read on the original lines and mapped to clean offsets. Where the document says
    "列第一位者为牵头单位" (``first_lead``), a lead column not headed 牵头 gives its first body the lead.
    """
    original, index = source.original, source.index
    if "单位" not in original and "部门" not in original:
        return []
    if _LEAD_COLUMN.search(doc.text) is None:
        # No line can be a header: a table opens only on a line naming its lead column, and the
        # pattern (literals only) matches in a line only where it matches in the whole text.
        return _column_tables(doc, source, first_lead)

    def clean(a: int, b: int) -> tuple[int, int]:
        return bisect.bisect_left(index, a), bisect.bisect_left(index, b)

    out: list[AssignmentFrame] = []
    columns: dict[str, int] | None = None
    width = 0
    first_leads = False
    spaced = grid = False
    pos = 0
    while pos < len(original):
        end = original.find("\n", pos)
        end = len(original) if end < 0 else end
        if columns is None and not _LEAD_COLUMN.search(doc.text, *clean(pos, end)):
            pos = end + 1  # no table open and no header here: most lines of a document
            continue
        cells = [clean(a, b) for a, b in (_spaced_cells if spaced else _cells)(original, pos, end)]
        header = _header(doc, cells)
        if columns is None and "lead" in header and "task" not in header:
            # 序号 工 作 任 务 牵头负责部门 (国办函[2016]38号 as a law site renders it): one space between
            # cells, the header's words spaced out; its rows are then split at single spaces too.
            spaced_cells = [clean(a, b) for a, b in _spaced_cells(original, pos, end)]
            spaced_header = _header(doc, spaced_cells)
            if "lead" in spaced_header and "task" in spaced_header:
                cells, header, spaced = spaced_cells, spaced_header, True
        if "lead" in header and "task" in header:
            columns, width = header, len(cells)
            # A grid's rows may leave a cell empty; counted by the grid, the row keeps its columns.
            grid = not spaced and len(_grid_cells(original, pos, end)) == width
            first_leads = first_lead and not doc.text[slice(*cells[header["lead"]])].strip().startswith("牵头")
        elif columns is not None and original[pos:end].strip():
            if grid and len(cells) != width and len(_grid_cells(original, pos, end)) == width:
                cells = [clean(a, b) for a, b in _grid_cells(original, pos, end)]
            if len(cells) < 2 or abs(len(cells) - width) > 1:
                columns, spaced = None, False  # the table has ended
            else:
                extra = len(cells) - width
                if spaced and extra > 0:
                    # A space inside the task's own text (… 2016年 安排…): the task cell takes it.
                    t = columns["task"]
                    cells = cells[:t] + [(cells[t][0], cells[t + extra][1])] + cells[t + extra + 1 :]
                frame = _row(doc, cells, columns, width, first_leads)
                if frame is not None:
                    out.append(frame)
        pos = end + 1
    return out + _column_tables(doc, source, first_lead)


def _header(doc: _Doc, cells: list[tuple[int, int]]) -> dict[str, int]:
    """Column name -> index of the cells of a line that name table columns (short cells only)."""
    names = [_SPACES.sub("", doc.text[a:b]) for a, b in cells]  # 工 作 任 务: a header word spaced out
    return _column_names([x if len(x) <= 12 else "" for x in names])


def _column_names(cells: list[str]) -> dict[str, int]:
    """Column name -> index of the header cells that name table columns.

    A 牵头单位 column beside a 责任单位 one (事项 / 责任单位 / 牵头单位: 莲都区 2023 重点工作责任分解; 序号 /
    目标任务 / 牵头单位 / 责任单位: 郧政发〔2023〕5号) leads, and the other, every body that answers for the
    task, takes part (the lead named in it too is left out of the support)."""
    columns: dict[str, int] = {}
    other_lead = None
    for i, cell in enumerate(cells):
        for name, pattern in _COLUMN:
            if pattern.search(cell):
                if name not in columns:
                    columns[name] = i
                    break
                if name == "lead" and other_lead is None:
                    other_lead = i
    if other_lead is not None and "support" not in columns:
        a, b = columns["lead"], other_lead
        if "牵头" in cells[b] and "牵头" not in cells[a]:
            a, b = b, a
        if "牵头" in cells[a] and "牵头" not in cells[b]:
            columns["lead"], columns["support"] = a, b
    return columns


_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\S+")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _spaced_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the cells of a line whose cells one space parts; a run of single Chinese
    characters (a spaced-out header word: 工 作 任 务) is one cell."""
    out: list[tuple[int, int]] = []
    single = False
    for m in _TOKEN.finditer(text, start, end):
        one = _CJK_CHAR.fullmatch(m.group()) is not None
        if one and single:
            out[-1] = (out[-1][0], m.end())
        else:
            out.append(m.span())
        single = one
    return [(a, b) for a, b in out if text[a:b].strip(_CELL_EDGE)]


_NUMBER_CELL = re.compile(r"\s*\d{1,3}\s*")
# A column that groups a table's rows, its value written once before each group's first row.
_GROUP_COLUMN = re.compile(r"(?:分类|类别|类型|领域|板块|方面)")
_CELL_EDGE = " \u3000\t|｜"
# A progress table's month columns hold digits: 1-10月推进情况, 1—11月完成情况 (崇川 2023).
_HEADER_CELL = re.compile(r"[^，,。；;：:\d]{2,12}|\d{1,2}[-—–~至]\d{1,2}月(?:份)?[^，,。；;：:\d]{2,6}")


def _column_tables(doc: _Doc, source: NormalizedText, first_lead: bool = False) -> list[AssignmentFrame]:
    """Tables whose cells stand one a line (as web pages lose their grid): a header of short
    lines opened by 序号 and naming a task and a lead column, then rows each opened by its number."""
    original, index = source.original, source.index
    numbered = "序号" in original
    if not numbered and not any(_LEAD_COLUMN.search(x) for x in original.splitlines() if len(x.strip()) <= 12):
        return []
    lines: list[tuple[int, int]] = []
    pos = 0
    while pos <= len(original):
        end = original.find("\n", pos)
        end = len(original) if end < 0 else end
        if original[pos:end].strip():
            a, b = bisect.bisect_left(index, pos), bisect.bisect_left(index, end)
            # A cell may end in the page's column bar ("序号 |", "县教育局 |"): the bar is no text.
            while a < b and doc.text[a] in _CELL_EDGE:
                a += 1
            while b > a and doc.text[b - 1] in _CELL_EDGE:
                b -= 1
            if a < b:
                if lines and _wrapped_cell(doc, lines[-1][1], a):
                    a = lines.pop()[0]  # one body's name wrapped over two lines: one cell
                lines.append((a, b))
        pos = end + 1
    if not numbered:
        return _unnumbered_rows(doc, lines, first_lead)
    out: list[AssignmentFrame] = []
    i = 0
    while i < len(lines):
        if doc.text[lines[i][0] : lines[i][1]] != "序号":
            i += 1
            continue
        header = [lines[i]]
        j = i + 1
        while j < len(lines) and _HEADER_CELL.fullmatch(doc.text[lines[j][0] : lines[j][1]]) \
                and not _LABEL.match(doc.text, lines[j][0]):
            header.append(lines[j])
            j += 1
        if i and _GROUP_COLUMN.fullmatch(doc.text[lines[i - 1][0] : lines[i - 1][1]]) and len(header) > 2 \
                and j < len(lines) and _NUMBER_CELL.fullmatch(doc.text[lines[j][0] : lines[j][1]]) \
                and not any(p.search(doc.text[slice(*header[-1])]) for _, p in _COLUMN):
            # 分类 / 序号 / 事项 / 责任单位 / 牵头单位 / 发展目标 / 1 / … (莲都区 2023): the column before 序号
            # groups the rows, its first value (发展目标) stands after the header, no column of its own.
            header.pop()
            j -= 1
        columns = _column_names([re.sub(r"\s+", "", doc.text[a:b]) for a, b in header])
        width = len(header)
        if width < 3 or "task" not in columns or "lead" not in columns:
            i = j
            continue
        trigger = header[columns["lead"]]
        first_leads = first_lead and not doc.text[slice(*trigger)].startswith("牵头")
        if (width, columns) in ((3, {"task": 1, "lead": 2}), (4, {"task": 1, "lead": 2, "deadline": 3})):
            # 序号 / 项目名称 / 责任单位 (/ 完成时限): a cell may take two lines (a title and its
            # （修订）, two responsible bodies, one a line), so a row runs to the next number.
            rows, j = _numbered_rows(doc, lines, j)
            for row in rows:
                for frame in _two_column_row(doc, row, "deadline" in columns):
                    frame.trigger = trigger
                    out.append(frame)
            i = j
            continue
        while j < len(lines):
            a, b = lines[j]
            if _NUMBER_CELL.fullmatch(doc.text[a:b]) and j + 1 < len(lines):
                row = lines[j : j + width]  # the text's last row may have lost cells too
                nxt = next((k for k, (x, y) in enumerate(row) if k and _NUMBER_CELL.fullmatch(doc.text[x:y])),
                           None if len(row) == width else len(row))
                if nxt is not None:
                    # The page dropped the row's empty cells (a progress table with no 全年目标任务 given):
                    # the row runs to the next number and its cells are placed by what they hold.
                    frame = _short_row(doc, row[:nxt], columns, width)
                    if frame is None and nxt == len(row) and j + width > len(lines):
                        # The text's last row lost its trailing cells (a 责任人 left empty, or the page cut
                        # after the lead: 郧政发〔2023〕5号 "1 / ★地区生产总值增长15%。 / 区发改局", probe asg44):
                        # the cells it has stand in their own columns.
                        frame = _row(doc, row, columns, len(row), first_leads)
                    if frame is not None:
                        frame.trigger = trigger
                        out.append(frame)
                    j += nxt
                    continue
                frame = _row(doc, row, columns, width, first_leads)
                if frame is not None:
                    frame.trigger = trigger
                    out.append(frame)
                j += width
            elif _LABEL.match(doc.text, a) or len(doc.text[a:b]) <= 30:
                j += 1  # a section line of the table (一、知识产权保护方面（共5项）)
            else:
                break  # the table has ended
        i = j
    return out


def _short_row(doc: _Doc, cells: list[tuple[int, int]], columns: dict[str, int],
               width: int) -> AssignmentFrame | None:
    """A row that lost some of its empty cells: its lead is the first cell that opens with a body,
    within as many places before the lead column as cells are missing (a leader's name, a
    target left empty); the task and support keep their places around it."""
    missing = width - len(cells)
    lead_col, task_col = columns["lead"], columns["task"]
    if missing <= 0 or task_col >= lead_col - missing:
        return None
    for i in range(max(task_col + 1, lead_col - missing), min(lead_col, len(cells) - 1) + 1):
        a, b = cells[i]
        found = doc.depts_in(a, b)
        if found and found[0].start - a <= 1:
            break
    else:
        return None
    shift = lead_col - i
    placed = {name: col - shift if col >= lead_col else col for name, col in columns.items()}
    return _row(doc, cells, placed, len(cells))


def _numbered_rows(doc: _Doc, lines: list[tuple[int, int]], j: int) -> tuple[list[list[tuple[int, int]]], int]:
    """The rows after a table header, each the lines from its number to the next number; section
    lines between rows (one character a line: 正/式/项/目, or a numbered heading) are left out.
    Also the index of the first line after the table."""
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] | None = None
    while j < len(lines):
        a, b = lines[j]
        cell = doc.text[a:b]
        if _NUMBER_CELL.fullmatch(cell):
            row = []
            rows.append(row)
        elif b - a <= 1 or _LABEL.match(doc.text, a):
            pass  # a section line of the table
        elif row is not None and len(row) < 6 and len(cell) <= 60:
            row.append((a, b))
        else:
            break  # the table has ended
        j += 1
    return [r for r in rows if len(r) >= 2], j


def _wrapped_cell(doc: _Doc, prev_end: int, start: int) -> bool:
    """Whether a DEPT runs from one line into the next (a table cell's 市规划和自然资源局 / 花都区分局:
    花府办〔2022〕6号): the two lines hold one body's name."""
    i = bisect.bisect_left(doc.dept_starts, prev_end) - 1
    return i >= 0 and doc.depts[i].end > start and doc.depts[i].start < prev_end


def _two_column_row(doc: _Doc, row: list[tuple[int, int]], dated: bool = False) -> list[AssignmentFrame]:
    """A task and its responsible bodies: the first run of lines that name bodies and nothing
    else leads, the lines before it are the task (lines after it are the page's, not the row's).
    With a deadline column (``dated``) the first line after the bodies that holds a date is the
    task's deadline (one unlisted body's line may come between: 县护城河指挥部); lines after it
    that name no body are a second task of the same bodies, their cell merged across both (5 /
    开工建设县老年养护楼。/ 县民政局 / 5月底前动工 / 开工建设老年大学。/ 12月底前)."""

    def bodies(a: int, b: int) -> list[Mention]:
        found = doc.depts_in(a, b)
        named = sum(d.end - d.start for d in found)
        ok = found and named >= 0.8 * len(doc.text[a:b].strip()) and not any(_is_class(doc.text, d) for d in found)
        return found if ok else []

    k = next((k for k in range(1, len(row)) if bodies(*row[k])), None)
    if k is None:
        return []  # no body named (各相关部门)
    lead: list[str] = []
    end = k
    while end < len(row) and (found := bodies(*row[end])):
        for d in found:
            _add(lead, _name(doc.text, d))
        end += 1
    note = (row[k][0], row[end - 1][1])
    if not dated:
        return [AssignmentFrame((row[0][0], row[k - 1][1]), lead, [], None, note)]
    out = []
    task, pos = (row[0][0], row[k - 1][1]), end
    while task is not None:
        at = next((p for p in range(pos, min(pos + 2, len(row))) if _dated_cell(doc, *row[p])), None)
        out.append(AssignmentFrame(task, list(lead), [], _cell_deadline(doc, row[at]) if at is not None else None, note))
        task = None
        if at is not None and at + 2 < len(row) and _dated_cell(doc, *row[at + 2]) \
                and not doc.depts_in(row[at + 1][0], row[at + 1][1]) and not _dated_cell(doc, *row[at + 1]):
            task, pos = row[at + 1], at + 2
    return out


def _dated_cell(doc: _Doc, a: int, b: int) -> bool:
    i = bisect.bisect_left(doc.date_starts, a)
    return i < len(doc.dates) and doc.dates[i].start < b


def _cell_deadline(doc: _Doc, cell: tuple[int, int] | None) -> str | None:
    """The due month a table's deadline cell gives (12月底前, 9月投入使用), or None."""
    if cell is None:
        return None
    i = bisect.bisect_left(doc.date_starts, cell[0])
    if i < len(doc.dates) and doc.dates[i].start < cell[1] and doc.dates[i].attrs.get("value"):
        m = doc.dates[i]
        return due_month(ahead(str(m.attrs["value"]), doc.text[m.start : m.end], doc.reference))
    return None


# What a table's 责任单位 cell may hold besides named bodies: classes of local governments and of
# departments, joined by list marks (市税务局等，各县、市、区政府，咸宁高新区管委会).
_CELL_REST = re.compile(r"(?:[、，,和及与等\s\u3000]|各[县市区乡镇街道（）()、]{1,15}(?:人民)?政府|(?:其他)?(?:有关|相关)(?:部门|单位))*")


def _bodies_only(doc: _Doc, a: int, b: int) -> bool:
    """Whether the line ``text[a:b]`` names bodies and holds nothing else but what a 责任单位 cell may."""
    depts = doc.depts_in(a, b)
    rest = "".join(ch for n, ch in enumerate(doc.text[a:b], a) if not any(d.start <= n < d.end for d in depts))
    return _CELL_REST.fullmatch(rest) is not None


def _unnumbered_rows(doc: _Doc, lines: list[tuple[int, int]], first_lead: bool) -> list[AssignmentFrame]:
    """A table whose cells stand one a line under a header of short lines with no 序号 (重点工作 /
    主要任务 / 工作措施 / 责任单位 / 备注: 咸宁市人民政府公报 2020年第2号, probe asg41): each line that
    names bodies and nothing else is a row's 责任单位 cell, the line before it the row's task, a date
    line right after it the row's deadline."""
    text = doc.text
    out: list[AssignmentFrame] = []
    i = 0
    while i < len(lines):
        j = i
        columns: set[str] = set()
        while j < len(lines) and _HEADER_CELL.fullmatch(text[lines[j][0] : lines[j][1]]) \
                and not _LABEL.match(text, lines[j][0]):
            cell = re.sub(r"\s+", "", text[lines[j][0] : lines[j][1]])
            columns.update(name for name, pattern in _COLUMN if pattern.search(cell))
            j += 1
        if j - i < 3 or not {"task", "lead"} <= columns:
            i = j + 1 if j == i else j
            continue
        for k in range(j + 1, len(lines)):
            a, b = lines[k]
            found = [d for d in doc.depts_in(a, b) if not _is_class(text, d)]
            # the cell may open with a class of governments before the first named body (各县、市、区人民政府，市财政局)
            if not found or b - a > 80 or not _bodies_only(doc, a, b):
                continue
            ta, tb = lines[k - 1]
            if doc.depts_in(ta, tb) and _bodies_only(doc, ta, tb):
                continue  # two body lines: one cell over two lines, read once
            label = _LABEL.match(text, ta)
            ta = label.end() if label and label.end() < tb else ta
            lead: list[str] = []
            for d in found:
                _add(lead, _name(text, d))
            support: list[str] = []
            if first_lead:
                lead, support = lead[:1], lead[1:]
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            dated = nxt is not None and nxt[1] - nxt[0] <= 12 and _dated_cell(doc, *nxt)
            if dated and text[nxt[0] : nxt[1]].rstrip().endswith("日"):
                continue  # a signature (咸宁市人民政府办公室 / 2020年3月5日): the issuer and its date, no row
            out.append(AssignmentFrame((ta, tb), lead, support, _cell_deadline(doc, nxt) if dated else None, (a, b)))
        i = len(lines)
    return out


def _row(doc: _Doc, cells: list[tuple[int, int]], columns: dict[str, int], width: int,
         first_lead: bool = False) -> AssignmentFrame | None:
    # A row without its number cell is shifted one to the left.
    shift = width - len(cells) if len(cells) < width else 0

    def cell(name: str) -> tuple[int, int] | None:
        i = columns.get(name)
        if i is None:
            return None
        i -= shift
        return cells[i] if 0 <= i < len(cells) else None

    task, lead_cell = cell("task"), cell("lead")
    if task is None or lead_cell is None:
        return None
    lead = [_name(doc.text, d) for d in doc.depts_in(*lead_cell)]
    if not lead:
        return None
    support_cell = cell("support")
    support = [_name(doc.text, d) for d in doc.depts_in(*support_cell)] if support_cell else []
    labels = list(_ROLE_LABEL.finditer(doc.text, *lead_cell))
    if len(labels) > 1 and labels[0].start() - lead_cell[0] <= 2:
        # A 责任单位 cell that labels its bodies' roles, as a bracketed note does ("牵头单位:市文广旅游局
        # 责任单位:市各县(市、区)政府、金华开发区管委会": 金华 2023 重点工作完成情况表, probe asg70p).
        parts = [(lab.group(1), [_name(doc.text, d) for d in doc.depts_in(lab.end(), stop)])
                 for k, lab in enumerate(labels)
                 for stop in [labels[k + 1].start() if k + 1 < len(labels) else lead_cell[1]]]
        lead, labelled = _labelled_roles(parts, first_lead, _SUPPORT_LABELS)
        if not lead:
            return None
        support = labelled + support
        first_lead = False
    deadline = _cell_deadline(doc, cell("deadline"))
    lead_unique: list[str] = []
    for name in lead:
        _add(lead_unique, name)
    if first_lead and support_cell is None:
        # 责任单位 "发展改革委、人力资源社会保障部、统计局（列第一位者为牵头单位，下同）" (国办函〔2015〕47号)
        support, lead_unique = lead_unique[1:], lead_unique[:1]
    return AssignmentFrame(task, lead_unique, [x for x in dict.fromkeys(support) if x not in lead_unique],
                           deadline, lead_cell)


# A policy document states what named bodies do, with no assigning word (guide: the only
# bodies named lead): "2019年3月底前，国家卫生健康委推行…", "市民政部门每年8月…纳入部门预算".
_POLICY_TITLE = re.compile(r"(?:通知|意见|办法|方案|决定|规定|批复|细则|规划|函|条例|规则|措施|计划|要点|公告|通告)$")
# A 通报 reports what bodies did (典型经验做法), it assigns nothing by stating it.
_REPORTING_TITLE = re.compile(r"通报$")
# 要求 is how news reports a policy's content ("《意见》要求，…"), not a prescription of the text itself.
_PRESCRIPTION = re.compile(r"要(?!求)|应当?|须|不得|负责|牵头")
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百]+条", re.M)
# What opens the sentence before its subject: numbering, an article, connectives.
# An article may carry its title in 【】 (第四条【协调机制】国家生态环境主管部门会同相关部门，建立…: 生态保护红线
# 管理办法 draft, probe asg55n).
_STATED_LEAD_IN = re.compile(r"[\s\d.、．（）()一二三四五六七八九十]*(?:(?:第[一二三四五六七八九十]+章[\s\u3000]*[\u4e00-\u9fff]{2,12}?[\s\u3000]*)?第[一二三四五六七八九十百]+条)?[\s\u3000]*(?:【[^【】\n]{1,20}】[\s\u3000]*)?"
                             r"(?:同时|此外|其中|另外|最后)?[，,]?" + _RECURRING_OPENER)
_PARTNER_HEAD = re.compile(r"(?:会同|联合|协同)")
_ARTICLE_NUMBER = re.compile(r"第[一二三四五六七八九十百]+条")
# What may follow the bodies before the verb: a short name, a class tail, partners named by class.
# 文化和旅游部会同自然资源部、住房和城乡建设部等部门，加强…: the class tail may close with a comma.
_STATED_TAIL = re.compile(_SHORT_NAME_NOTE + r"(?:等(?:[\d一二两三四五六七八九十]{1,3}个?)?(?:有关|相关)?(?:(?:部门|单位)[，,]?)?)?"
                          r"(?:(?:会同|联合|协同|商)(?:其他)?(?:有关|相关)?(?:部门|单位|方面)[，,]?)?"
                          r"(?:(?:每年|每月)(?![\d一二三四五六七八九十第上下])|每季度|每半年|每周|定期)?")  # 每年3月底前 is a DATE
# Not a task of the body: a reported or announced action (了, 已, 将), speech, approval, a
# copula, or a noun the body modifies (X的…, X网站, X负责同志).
# What follows the bodies when a sentence gives them no task: punctuation, 的, a list going on,
# and the words of lexicons/assignment_not_stated.txt.
_NOT_STATED_MARK = re.compile(r"[的之是等和与及、，,。；;：:（(《“\"/\s]")


@lru_cache(maxsize=1)
def _not_stated() -> tuple[str, ...]:
    return tuple(sorted(read_lines(data_path("lexicons", "assignment_not_stated.txt")), key=len, reverse=True))


# The body only qualifies the subject (国务院专利行政部门, 市政府有关部门): a class or another body.
_CLASS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:部门|机关|机构|单位|组织|委员会|领导小组|联席会议)")
# A clause that only sets the time of another (市发展改革部门下达年度计划后，…).
_TEMPORAL = re.compile(r"[^，,。；;\n]{0,40}?(?:后|时|之前|以前|期间)[，,]")
# A copula after a noun phrase: X监督工作的总体要求是：…; or what a noun the body qualifies
# comprises (州政府信息公开主体包括州政府及…: 临夏州 guide, 2023).
_COPULA_AFTER = re.compile(r"[^，,。；;：:\n]{0,20}?的[^，,。；;：:\n]{0,12}?(?:是|为)"
                           r"|[^，,。；;：:\n]{0,12}?(?:主体|范围|内容|对象|成员|职责|事项)(?:主要)?(?:包括|包含)"
                           # its structure (三定 规定: 国务院办公厅设6个职能司局, 下设综合科…4个内设机构)
                           r"|(?:下设|内设|设)[\d一二两三四五六七八九十]{1,3}个[^，,。；;：:\n]{0,8}?(?:机构|司局|处室|科室|司|局|处|室|科)")
# A head's post right after the body: its holder acts (国务院总理温家宝…主持召开, 国务院总理李克强19日主持召开).
# Not built from the person_titles lexicon (tried: same output on the corpus): it also lists 负责人,
# which opens the body's verb in 局负责人才引进/负责人员培训, and 委员, 同志, 记者; it lacks 州长, 署长, 司长.
# 检察长 and 行长 head a procuratorate and a bank, DEPTs like the rest (最高人民检察院副检察长童建明,…).
# 常委 after a party committee is a member of its standing committee, a post (县委常委、常务副县长彭波出席会议;
# not 常委会, the committee itself); 党组成员 after a government is a post too (市政府党组成员夏喜生).
_HEAD_POST_AFTER = re.compile(r"(?:党组|党委)?副?(?:总理|省长|市长|区长|县长|州长|主席|主任|书记|部长|局长|厅长|署长|秘书长|院长|司长|处长"
                              r"|检察长|行长)|常委(?!会)|(?:党组|党委)成员")
_REPORTED = re.compile(r"(?<![为除])了|已经|业已|曾经|正在|先后|日前|近日|近期|近年来|以来|此前")
# X印发《…》（以下简称《…》）: a document already issued, since the text names it for later use; news
# of a policy opens so (新华网 2021: "国务院印发《关于落实〈政府工作报告〉重点工作分工的意见》（以下简称
# 《分工意见》）"). Issuing it is a reported action, not a task.
_ISSUED_ALIAS = re.compile(r"(?:正式|联合)?(?:印发|发布|出台|颁布|公布)《[^《》\n]{2,80}》[（(](?:以下)?(?:简称|称)")
# After an inline cue only the markers that put the cue's own clause in the past: 了 as an aspect
# marker (not 了解/了结), 已经, 正在…
_REPORTED_CUE = re.compile(r"(?<![为除])了(?![解结])|已经|业已|曾经|正在|日前|近日")


def _reported_cue(text: str, cue_end: int, task_start: int) -> bool:
    """The clause of an inline cue's task tells a done step (市卫健委牵头，会同市教体局起草了《…》)."""
    stop = _CLAUSE_END.search(text, task_start)
    return _REPORTED_CUE.search(text, cue_end, stop.start() if stop else len(text)) is not None


def _no_task_word(text: str, pos: int, tags: dict[str, str]) -> bool:
    """A word of lexicons/assignment_not_stated.txt at ``pos``; 将 only as the future marker
    (市民政部门每年8月底前将…纳入部门预算: 将 is 把, the sentence states a task)."""
    if text.startswith("将", pos):
        stop = _CLAUSE_END.search(text, pos, pos + _OBJECT_MAX)
        words = shared_words(text[pos + 1 : pos + 9])
        adverb = bool(words) and tags.get(words[0], "")[:1] in ("v", "d", "p")
        if not adverb and _ba_verbs().search(text, pos + 3, stop.start() if stop else min(len(text), pos + _OBJECT_MAX)):
            return False  # 将在…继续将你省作为…: 将 + 在 is the future marker
    return text.startswith(_not_stated(), pos)


# A policy's own opening says it prescribes, where the page lost its title and number: "现将有关事项
# 通知如下" (文化和旅游部等 2023 notice), "制定如下实施细则" (淮安 2022), "特制定本方案".
_PRESCRIBING_OPENING = re.compile(r"(?:通知|意见|措施|细则|规定|办法)如下|(?:提出|制定)(?:如下|以下)[^。；\n]{0,12}?"
                                  r"(?:意见|措施|举措|细则|规定|办法|方案)|制定本(?:实施|行动|工作)?(?:方案|办法|细则|意见|规定|措施)")


def _prescriptive(text: str, meta: dict[str, Any]) -> bool:
    """A document that prescribes (a policy, rule or plan), not one that reports (news, bulletins)."""
    title = str(meta.get("title") or "")
    if _REPORTING_TITLE.search(title):
        return False
    return bool(meta.get("docno") or _POLICY_TITLE.search(title) or len(_ARTICLE.findall(text, 0, 20000)) >= 2
                or len(_PRESCRIPTION.findall(text)) >= max(3, len(text) // 800)
                or _PRESCRIBING_OPENING.search(text, 0, 1500))


def _stated(doc: _Doc, found: list[AssignmentFrame], issuers: set[str]) -> list[AssignmentFrame]:
    """Sentences that open with named bodies and state what they do (国家卫生健康委于…前完成…).
    A dated step the issuer announces for itself is its planned action (an activity); its
    standing duties (市民政部门每年8月…纳入部门预算) are tasks like any body's."""
    text = doc.text
    taken = bytearray(len(text) + 1)
    for f in found:
        taken[f.task[0] : f.task[1]] = b"\x01" * (f.task[1] - f.task[0])
        taken[f.trigger[0] : f.trigger[1]] = b"\x01" * (f.trigger[1] - f.trigger[0])
    tags = function_word_tags()
    out: list[AssignmentFrame] = []
    after = 0
    for m in doc.depts:
        if m.start < after or taken[m.start] or _is_class(text, m) or not (m.attrs.get("canonical") or m.source != "model"):
            continue
        cs = _clause_start(text, m.start)
        if m.source == "fiscal":
            # A budget is a subject only before an assigning word, or 将: no budget announces its
            # own action, the document commits it (dev sc19-24 "中央财政将视情况对…给予一定补助";
            # R4-A, after D's "市财政局将…").
            if text.startswith("将", m.end) and _STATED_LEAD_IN.fullmatch(text, cs, m.start) \
                    and not taken[m.end] and not _REPORTED.search(text, m.end, _task_after(text, m.end + 1)[1]):
                task = _task_after(text, m.end + 1)
                if task[1] - task[0] >= 4:
                    out.append(AssignmentFrame(task, [_name(text, m)], [], doc.deadline(*task), (m.end, m.end + 1)))
                    after = task[1]
            continue
        # Dates may open the clause (3月底前国家卫生健康委完成…), nothing else but numbering.
        opener = "".join(ch for i, ch in enumerate(text[cs : m.start], cs) if not _in_date(doc, i))
        if not _STATED_LEAD_IN.fullmatch(opener) or _open_bracket(opener):
            continue  # (…) numbering may open the clause, an open bracket is a note: （农业农村部指导）
        lead, support, end = _chain_after(doc, m)
        duties = _DUTY_COLON.match(text, end)
        listed_duties = None
        if duties:
            # 市财政局职责：会同市农业农村局制定…，组织开展…: the body's list of duties; the bodies joined by
            # 会同 at its head take part (扬州 2025, probe asg56p).
            listed_duties = duties.span("duties")
            end = duties.end()
            partners = _PARTNER_HEAD.match(text, end)
            if partners and (p := doc.dept_at(partners.end())) is not None and not _is_class(text, p):
                more, more_support, end = _chain_after(doc, p)
                support = support + [x for x in more + more_support if x not in support]
        if _HEAD_POST_AFTER.match(text, end):
            continue  # 国务院总理温家宝16日主持召开…: the subject is a person holding a post, not the body
        if _POST.search(text[end : end + 50]):
            continue  # 省政府协调民政工作的副秘书长…担任副召集人: the body qualifies a post
        tail = _STATED_TAIL.match(text, end)
        pos = tail.end() if tail else end
        while (d := _date_at(doc, pos)) is not None:  # 国家卫生健康委于2019年12月底前完成
            pos = d.end
        if text.startswith(("于", "在"), pos) and (d := _date_at(doc, pos + 1)) is not None:
            pos = d.end
            while pos < len(text) and text[pos] in "，, ":
                pos += 1
        if _MANNER_CLAUSE.match(text, pos):
            continue  # …、教育行政部门在职责范围内，分别负责…: the duty is the cue's, after the manner phrase
        frame = _TEMPORAL.match(text, pos)
        if frame and text.startswith(("在", "于"), pos):
            pos = frame.end()  # 国家中医药局在组织…考核时，根据工作实际适当调整…: X stays the subject
        if pos >= len(text) or taken[pos] or (listed_duties is None and _no_task_after(text, end, pos, tags)):
            continue  # (a body's list of duties states tasks whatever its first word: 职责：提出…)
        sentence_start = _start_after(text, m.start, "。；;！？\n")
        if _ARTICLE_NUMBER.search(text, cs, m.start):
            sentence_start = max(sentence_start, cs)  # an article opens a sentence of its own, full stop lost or not
        task = _task_after(text, pos)
        duty = _LEAD_AFTER_COMMA.match(text, task[1])  # …制订…预案，负责组织发布相关新闻…
        closing = text[task[1] : task[1] + 1]
        if duty:
            stop = _SENTENCE_END.search(text, duty.end(), duty.end() + _OBJECT_MAX)
            closing = text[stop.start()] if stop else ""
        if listed_duties and _NEXT_ARTICLE.match(text, task[1]):
            closing = "。"  # a list of duties run on into the next article (…等责任,第四章…第十一条): it closes there
        if task[1] - task[0] < 4 or closing not in "。；;！!" or (duty and _MANNER_CLAUSE.fullmatch(text, task[0], task[1] + 1)):
            continue  # a title, heading, caption or contact line: no sentence of its own
        if _SHARED_CLOSE.fullmatch(text, pos, task[1]):
            continue  # …科技部等14部门按照职责分工负责。: a shared duty with no object, the task is elsewhere
        if text.endswith("收悉", task[0], task[1]):
            continue  # a reply's receipt of the request it answers (石家庄市政府石政呈〔2009〕236号…文收悉: probe full50p)
        task = _until_next_subject(doc, task)
        k = taken.find(b"\x01", task[0], task[1])
        if k >= 0:
            # …通知企业提交个人材料，审核通过后由区住建园林局通知…: the clauses before a task found.
            cut = max(text.rfind(ch, task[0], k) for ch in "，,；;")
            if cut - task[0] < 4:
                continue
            task = (task[0], cut)
        if _REPORTED.search(text, sentence_start, task[1]) or _dated_past(doc, sentence_start, task[1]) \
                or _ISSUED_ALIAS.match(text, pos):
            continue  # a reported action (an activity, not an assignment)
        if _SCOPE_CLOSE.search(text, task[0], task[1]):
            continue  # a rule's scope (区政府作出…决策的程序，适用本意见): what the rule covers, no task
        if _listed_thing(text, task):
            continue  # an item of a list of things (…以下…信息：…（十）X确定需要提供的其他涉税信息)
        if set(lead) <= issuers and _dated(doc, sentence_start, task[1]):
            continue  # the issuer's own dated step (区教育局于5月18日向社会公告): a planned activity
        support = [x for x in support if x not in lead]
        trigger = listed_duties or _verb(text, pos, task[1], tags)
        out.append(AssignmentFrame(task, lead, support, doc.deadline(sentence_start, task[1]), trigger))
        after = task[1]
        while duty and task[1] == duty.start() and not taken[duty.start(1)]:
            # The body goes on as the subject of each duty after the comma.
            task = _item_task(text, _task_after(text, duty.end()))
            if task[1] - task[0] < 2:
                break
            out.append(AssignmentFrame(task, list(lead), [], doc.deadline(*task), duty.span(1)))  # 会同 joins the verb before
            after = task[1]
            duty = _LEAD_AFTER_COMMA.match(text, task[1])
    return out


# The close of a scope article: what the bodies do is covered by the rule (广州市南沙区人民政府…作出和调整
# 重大行政决策的程序，适用本意见；管委会…，参照本意见执行: 穗南府办规〔2023〕1号).
_SCOPE_CLOSE = re.compile(r"[，,](?:均|也|同样|可以)?(?:适用|参照|参照适用)本(?:暂行|实施)?(?:办法|意见|规定|细则|条例|规则|方案|制度|决定)"
                          r"(?:执行|的规定|有关规定)?$")
# A line that introduces a list of things, not of tasks: …提供或者协助核实以下与专项附加扣除有关的信息：
_THINGS_HEADING = re.compile(r"以下[^。；：:\n]{0,30}?的?([\u4e00-\u9fff]{2})[：:]\s*$")


def _listed_thing(text: str, task: tuple[int, int]) -> bool:
    """Whether the task's line is a numbered item of a list of things whose noun it ends with: a
    noun phrase (国务院税务主管部门确定需要提供的其他涉税信息, under "以下…的信息："; dev sc19-32),
    no task of the body inside it."""
    line_start = text.rfind("\n", 0, task[0]) + 1
    if not _LABEL.match(text, line_start):
        return False
    k = line_start - 1
    while k > 0:  # back over the list's items to the line that opens it
        start = text.rfind("\n", 0, k) + 1
        heading = _THINGS_HEADING.search(text, start, k)
        if heading:
            return text[task[0] : task[1]].rstrip("；;。").endswith(heading.group(1))
        if not _LABEL.match(text, start):
            return False
        k = start - 1
    return False


_SUBJECT_BREAK = re.compile(r"[，,；;]")
# A clause whose subject is a class of bodies with an assigning word: it gives no task, but the
# task before it ends there (市民政部门负责统筹…，区民政部门负责本行政区域内…).
_CLASS_SUBJECT = re.compile(r"(?:各|市、区|市、县|省、市|区|县|镇|乡|街道)[^，,。；;、\n]{0,14}?"
                            r"(?:部门|政府|机构|单位|机关|办事处)(?:[（(][^（）()]{1,12}[）)])?(?:应当?|要|须|负责|可以?)")


# A clause opened by a body named by its role, with a modal (…报批，文件牵头起草部门须在…: 国办函〔2015〕31号):
# another subject's duty, which ends the task before. A verb opening the clause (督促有关部门要…) is no subject.
# Nor a 各 inside the name: a class named after a verb (确保各参建单位须…, 明确各责任单位要…) is the object of the task
# before, whose clause goes on; a class opening the clause itself is _CLASS_SUBJECT's.
_ROLE_SUBJECT = re.compile(r"(?!督促|指导|要求|组织|推动|协调|支持|配合|会同|协助|确保|明确|保证|责成|商|请|由|对|向|与|和|及|并|将|把|按|在)"
                           r"(?:(?!各)[\u4e00-\u9fff]){0,8}?(?:部门|单位|机构)(?:须|要|应当?|必须)")


# After a semicolon, a clause whose subject is a longer list of classes (…报告；各有关部门和单位以及
# 北京市、天津市等各地区，要积极主动对接…).
_CLASS_CLAUSE = re.compile(r"各[^，,。；;\n]{0,40}?[，,]?(?<![相响对供适反感回答效重主需必只])(?:要|应当?|须|负责)")


def _opens_clause(doc: _Doc, m: Mention) -> bool:
    """Whether the named body ``m`` is the subject of the clause it opens: a cue that gives it a
    task of its own (负责, 要; not 配合 or 按职责分工负责, which join the task before), or a verb
    that states one (not 的, a list going on, a class it qualifies, a copula, 将 + verb)."""
    text = doc.text
    if _is_class(text, m) or not (m.attrs.get("canonical") or m.source != "model"):
        return False
    _, _, end = _chain_after(doc, m)
    table, cue_re = _cues()
    between = _BETWEEN.match(text, end)
    at = between.end() if between else end
    manner = _MANNER_CLAUSE.match(text, at)
    if manner:  # …在职责范围内，分别负责…
        at = manner.end()
        adverb = _MANNER.match(text, at)
        at = adverb.end() if adverb else at
    c = _inline_cue(text, at)
    if c is not None:
        return table[c.group()][0] in ("lead", "modal") and not text.startswith(_NOT_CUE_AFTER.get(c.group(), ()), c.end())
    if m.source == "fiscal":
        return False
    tail = _STATED_TAIL.match(text, end)
    pos = tail.end() if tail else end
    while (d := _date_at(doc, pos)) is not None:
        pos = d.end
    return not (pos >= len(text) or _no_task_after(text, end, pos, function_word_tags()))


# A group named after its parent body, which is the subject (国务院自由贸易试验区工作部际联席会议办公室要…).
# The body names the group it heads, whose duty follows, after a comma or not (国务院第五次全国经济普查领导小组，
# 负责普查组织和实施中重大问题的研究和决策).
_GROUP_AFTER = re.compile(r"[\u4e00-\u9fff]{0,20}?(?:委员会|领导小组|联席会议|工作小组)(?:办公室)?[，,]?(?:要|应当?|须|负责|牵头|定期)")
# A relative clause: the body is the agent of a verb that qualifies a noun (市总工会备案的…家庭).
_RELATIVE = re.compile(r"[\u4e00-\u9fff]{1,2}的")


# A clause that only gives the bodies a part (县发改局、县住建局等部门密切配合，…): the task is the lead's,
# the clause states none of its own (_support_between reads it as support).
_PART_ONLY = re.compile(r"(?:等?(?:其他|其它)?(?:有关|相关)?(?:部门|单位))?" + _PART_WORDS + r"[ \u3000]*[，,。；;]")


def _class_after(text: str, pos: int, tags: dict[str, str]) -> bool:
    """A class noun the bodies before ``pos`` qualify (国务院专利行政部门, X的组织); 组织 before a verb is
    the verb that carries their task (国务院人力资源社会保障行政部门组织制定职业标准: 国发〔2019〕4号)."""
    m = _CLASS_AFTER.match(text, pos)
    if m is None:
        return False
    if m.group() == "组织":
        words = shared_words(text[m.end() : m.end() + 8])
        if words and len(words[0]) >= 2 and tags.get(words[0], "").startswith("v"):
            return False
    return True


def _no_task_after(text: str, end: int, pos: int, tags: dict[str, str]) -> bool:
    """What follows the bodies (ending at ``end``; the verb phrase at ``pos``) states no task of
    theirs: punctuation, 的, a list going on, lexicons/assignment_not_stated.txt, a class noun the
    bodies qualify (only right after them: 国务院专利行政部门, not 市民政部门每年委托第三方机构), a
    copula, a timing clause, a relative clause, 将 + verb."""
    return bool(_NOT_STATED_MARK.match(text, pos) or _no_task_word(text, pos, tags) or _TEMPORAL.match(text, pos)
                or _PART_ONLY.match(text, pos)
                or (pos == end and (_class_after(text, pos, tags) or _GROUP_AFTER.match(text, pos)))
                or _COPULA_AFTER.match(text, pos)
                or _RELATIVE.match(text, pos) or _future(text, pos, tags))


def _until_next_subject(doc: _Doc, task: tuple[int, int]) -> tuple[int, int]:
    """The task up to a clause opened by a named body that states its own task: "区民政局负责审核
    确认，市民政局负责备案", "中国人民银行…支付XXX元，财政部定额补贴XXX元"."""
    text = doc.text
    depth = 0
    last = task[0]
    for b in _SUBJECT_BREAK.finditer(text, task[0], task[1]):
        segment = text[last : b.start()]
        depth += segment.count("（") + segment.count("(") - segment.count("）") - segment.count(")")
        last = b.start()
        if depth > 0:
            continue  # a comma inside a bracket
        pos = b.end()
        while pos < task[1] and text[pos] in " \u3000":
            pos += 1
        m = doc.dept_at(pos)
        if (m is not None and _opens_clause(doc, m)) \
                or (m is None and (_CLASS_SUBJECT.match(text, pos) or _ROLE_SUBJECT.match(text, pos))) \
                or (text[b.start()] in "；;" and _CLASS_CLAUSE.match(text, pos)):
            end = b.start()
            while end > task[0] and text[end - 1] in " \u3000":
                end -= 1
            return (task[0], end) if end - task[0] >= 2 else task
    return task


def _open_bracket(s: str) -> bool:
    return s.count("（") + s.count("(") > s.count("）") + s.count(")")


def _verb(text: str, pos: int, end: int, tags: dict[str, str]) -> tuple[int, int]:
    """The verb that carries a stated task: the word at ``pos`` when it is one, else the first
    verb of the clause (after 根据…, 按…), else the first two characters."""
    stop = _CLAUSE_END.search(text, pos, end)
    stop_at = stop.start() if stop else end
    if text.startswith("将", pos) and (ba := _ba_verbs().search(text, pos + 2, stop_at)):
        return ba.span()  # 将…纳入部门预算: the verb after the object
    words = shared_words(text[pos:stop_at])
    i = pos
    for k, w in enumerate(words):
        tag = tags.get(w, "")
        if len(w) >= 2 and (tag.startswith("v") if k == 0 else tag == "v"):
            return i, i + len(w)
        i += len(w)
    return pos, min(pos + 2, end)


@lru_cache(maxsize=1)
def _ba_verbs() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, read_lines(data_path("lexicons", "assignment_ba_verbs.txt")))))


def _future(text: str, pos: int, tags: dict[str, str]) -> bool:
    """将 + verb in the first words: an announced action (将组织…), not 将 + object + verb
    (将所需经费纳入…, 将住房租赁补贴存入…: lexicons/assignment_ba_verbs.txt)."""
    k = text.find("将", pos, pos + 8)
    if k < 0 or _CLAUSE_END.search(text, pos, k):
        return False
    stop = _CLAUSE_END.search(text, k, k + _OBJECT_MAX)
    if _ba_verbs().search(text, k + 3, stop.start() if stop else min(len(text), k + _OBJECT_MAX)):
        return False
    return any(tags.get(text[k + 1 : k + 1 + n], "")[:1] in ("v", "d", "p") for n in (2, 1) if text[k + 1 : k + 1 + n])


def _in_date(doc: _Doc, i: int) -> bool:
    k = bisect.bisect_right(doc.date_starts, i) - 1
    return k >= 0 and doc.dates[k].start <= i < doc.dates[k].end


def _date_at(doc: _Doc, pos: int) -> Mention | None:
    k = bisect.bisect_left(doc.date_starts, pos)
    return doc.dates[k] if k < len(doc.dates) and doc.dates[k].start == pos else None


def _dated(doc: _Doc, start: int, end: int) -> bool:
    """A date of its own in the span, not a deadline (…前) nor a recurring one (每年8月, no value)."""
    k = bisect.bisect_left(doc.date_starts, start)
    while k < len(doc.dates) and doc.dates[k].start < end:
        m = doc.dates[k]
        if m.attrs.get("value") and not _due(doc.text, m):
            return True
        k += 1
    return False


def _dated_past(doc: _Doc, start: int, end: int) -> bool:
    """A date of the sentence before the document's, not a deadline (2018年11月，X印发…)."""
    if not doc.reference:
        return False
    k = bisect.bisect_left(doc.date_starts, start)
    while k < len(doc.dates) and doc.dates[k].start < end:
        m = doc.dates[k]
        value = str(m.attrs.get("value") or "")
        due = _due(doc.text, m)
        last = value.split("/")[-1] if value else ""
        if last[:4].isdigit() and not due and last < doc.reference[: len(last)]:
            return True
        k += 1
    return False


def _due(text: str, m: Mention) -> bool:
    return bool(text.endswith(("前", "以前", "之前"), m.start, m.end) or _DEADLINE_AFTER.match(text, m.end)
                or text.startswith(("起", "开始", "以后", "后"), m.end) or text.endswith(("起", "后"), m.start, m.end))


# "协调委办公室设在民航总局，承担…": the office of a group is seated in a body, which runs it.
_SEAT = re.compile(r"设在")
# "应急部为专用号牌及配套行驶证件的核发主管单位": a body named as the one in charge of a matter.
# The designation ends its sentence, or a comma opens the next body's designation in a list of them
# (国办发〔2018〕123号: "国务院办公厅是全国政务新媒体工作的主管单位，地方各级人民政府办公厅（室）是本地区…的主管单位，…");
# a comma before the body's duties (，负责…) leaves the task to them.
_IN_CHARGE = re.compile(r"[为是]([^，,。；;\n]{2,40}?(?:主管|责任|牵头|负责|实施|执行|监管|审批|登记|经办)(?:单位|部门|机关|机构))"
                        r"(?=[。；;]|[，,](?![^，,。；;\n]{0,3}(?:负责|牵头|承担))[^，,。；;\n]{2,40}?[为是]"
                        r"[^，,。；;\n]{2,40}?(?:单位|部门|机关|机构)[，,。；;])")


class _Busy:
    """Where the tasks found so far lie: a map of their spans and their sorted starts."""

    def __init__(self, found: list[AssignmentFrame], size: int) -> None:
        self.map = bytearray(size + 1)
        for f in found:
            self.map[f.task[0] : f.task[1]] = b"\x01" * (f.task[1] - f.task[0])
        self.starts = sorted(f.task[0] for f in found)

    def covers(self, start: int, end: int) -> bool:
        return any(self.map[start:end])

    def first_start(self, start: int, end: int) -> int | None:
        """The first task start strictly inside (start, end)."""
        k = bisect.bisect_right(self.starts, start)
        return self.starts[k] if k < len(self.starts) and self.starts[k] < end else None


def _seats(doc: _Doc, found: list[AssignmentFrame]) -> list[AssignmentFrame]:
    """X办公室设在Y(，承担…): Y leads the office's work; X…为…主管单位: X leads that matter."""
    text = doc.text
    busy = _Busy(found, len(text))
    out: list[AssignmentFrame] = []
    for q in _SEAT.finditer(text):
        m = doc.dept_at(q.end())
        if m is None or _is_class(text, m) or not text[max(0, q.start() - 3) : q.start()].endswith(("办公室", "办", "秘书处")):
            continue
        lead, support, end = _chain_after(doc, m)
        start = _clause_start(text, q.start())
        start = _past_label(text, start)
        stop = _SENTENCE_END.search(text, end, end + _OBJECT_MAX)
        task_end = stop.start() if stop else min(len(text), end + _OBJECT_MAX)
        inner = busy.first_start(start, task_end)
        if inner is not None:  # …设在教育部，由教育部教材局承担办公室工作: the 由 clause is its own task
            task_end = inner
            while task_end > end and text[task_end - 1] in "，,由 ":
                task_end -= 1
        if busy.covers(start, task_end):
            continue
        out.append(AssignmentFrame((start, task_end), lead, support, None, q.span()))
    for m in doc.depts:
        if _is_class(text, m) or not m.attrs.get("canonical"):
            continue
        cs = _clause_start(text, m.start)
        if not _STATED_LEAD_IN.fullmatch(text, cs, m.start) or _open_bracket(text[cs : m.start]):
            continue
        lead, support, end = _chain_after(doc, m)
        c = _IN_CHARGE.match(text, end)
        if c is None or busy.covers(*c.span(1)):
            continue
        out.append(AssignmentFrame(c.span(1), lead, support, None, (end, end + 1)))
    return out


_ADDRESSEE_ASK = re.compile(r"(?<![提报申聘邀呈敬恳吁])请(?:你们|你省|你区|你市|你部|你委|你局|你厅|你办|你县)?"
                            r"(?=按照|认真|抓紧|结合|切实|尽快|加强|做好|进一步|把|将|根据|按|会同|组织|督促|指导|研究)")


def _addressee_line_at(text: str, addressees: str) -> int:
    """Where ``addressees`` stands before a colon in the first 1,200 characters, or -1: a literal
    search (no pattern compiled per document)."""
    limit = min(len(text), 1200) - 1  # the colon must stand before 1200 as well
    at = text.find(addressees, 0, limit)
    while at >= 0 and text[at + len(addressees)] not in "：:":
        at = text.find(addressees, at + 1, limit)
    return at


def _addressed(doc: _Doc, meta: dict[str, Any], found: list[AssignmentFrame]) -> list[AssignmentFrame]:
    """请(你们)按照…: a notice or reply asks its addressees, when they are named bodies, not classes."""
    text = doc.text
    addressees = str(meta.get("addressees") or "")
    # Mirrors of a reply often keep an ASCII colon after the addressee line ("发展改革委:").
    at = _addressee_line_at(text, addressees) if addressees else -1
    if at < 0 or "各" in addressees or "有关" in addressees:
        return []
    bodies = [d for d in doc.depts_in(at, at + len(addressees)) if d.attrs.get("canonical")]
    if not bodies:
        return []
    lead: list[str] = []
    for d in bodies:
        _add(lead, _name(text, d))
    busy = _Busy(found, len(text))
    out = []
    for q in _ADDRESSEE_ASK.finditer(text, at + len(addressees)):
        if doc.covered[q.start()] or doc.dept_at(q.end()) is not None:
            continue
        task = _task_after(text, q.end())
        if task[1] - task[0] < 4 or busy.covers(*task):
            continue
        out.append(AssignmentFrame(task, list(lead), [], doc.deadline(*task), (q.start(), q.start() + 1)))
    return out


# A section that lists who answers for each case: "（一）申请受理责任部门" then "1.高层次人才…。
# 天河区委组织部人才工作科，…" (a responsibility column written as a list).
_RESPONSIBLE_HEADING = re.compile(r"[^。；，\n]{0,12}?(?:责任|牵头)(?:部门|单位)")
_ITEM_NUMBER = re.compile(r"\s*(\d{1,2})[.．、]\s*")


def _section_lists(doc: _Doc) -> tuple[list[AssignmentFrame], bytearray]:
    """Items under a heading that names a responsible-body column: each item's first sentence
    is the task, the named bodies after it lead. Also the map of the items' bodies."""
    text = doc.text
    listed = bytearray(len(text) + 1)
    out: list[AssignmentFrame] = []
    pos = 0
    for h in re.finditer(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?"
                         r"[ \t\u3000]*(" + _RESPONSIBLE_HEADING.pattern + r")[ \t\u3000]*$", text, re.M):
        if h.start() < pos:
            continue
        pos = h.end() + 1
        last = 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            n = _ITEM_NUMBER.match(text, pos, end)
            if n is None or int(n.group(1)) <= last:
                break  # the list has ended (or a new one starts: 1. again)
            last = int(n.group(1))
            stop = text.find("。", n.end(), end)
            if stop > n.end():
                lead = [_name(text, d) for d in doc.depts_in(stop, end) if d.attrs.get("canonical") or d.source != "model"]
                if lead:
                    out.append(AssignmentFrame((n.end(), stop), list(dict.fromkeys(lead)), [], None, h.span(1)))
                    listed[stop:end] = b"\x01" * (end - stop)
            pos = end + 1
    return out, listed
