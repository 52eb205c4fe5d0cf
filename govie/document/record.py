"""Document-level record of a policy document: its own title, number, issuers, signature date,
validity and addressees (guide v2, "Document metadata")."""

from __future__ import annotations

import calendar
import datetime as dt
from govie.text import recached as re
from typing import Any, Callable

from govie.document.head import division_of_body
from govie.document.portal import FIELD_NAMES, Portal, read_portal
from govie.kb.divisions import load_divisions, place_name_set
from govie.taggers.dates import lost_units_date
from govie.taggers.docno import iter_decrees, iter_docnos, parse_docno, tag_docnos
from govie.taggers.titles import is_issuer_line, is_organ, parse_title, split_issuers
from govie.text.numerals import FULL_DATE, cn_int, full_date
from govie.text.regex_cache import compile_cached

__all__ = ["document_summary", "own_title_span", "validity", "add_period"]

# The head (title, number, addressees) sits in the first lines; the signature in the last.
HEAD_LINES = 20
TAIL_LINES = 12
MAX_TITLE_LINES = 4
MAX_TITLE_CHARS = 150
MAX_SIGNER_LINES = 8

# [X][X]*, not [X]+: a pattern that opens with a class lets sre skip to it in C (a repeat does not).
_SPACE = re.compile(r"[ \t\u3000\u00a0][ \t\u3000\u00a0]*")
_DATE = re.compile(FULL_DATE.pattern.replace(r"\s*", ""))
# Masthead and banner lines that are neither title nor body.
_MASTHEAD = re.compile(r"(文件|公报|简报|周报|专报|快报|通讯)$|^签发人|^(特急|加急|平急|特提|机密|秘密|绝密)|^[★☆\d\s\-—－]*$")
_BODY_END = set("。；！？")
# Letters that stand for 〇 in scanned and retyped dates (二ОО六年, 二ＯＯ七年).
# (Written to open with its class, the O-like character, so that sre skips the other
# characters in C: the lookbehind then sees the character before it.)
_ZERO_LIKE = re.compile(r"[OＯОо](?:(?<=[〇零○一二三四五六七八九OＯОо][OＯОо])|(?=[〇零○一二三四五六七八九OＯОо]{1,3}年))")
# Reposting marks before a title: （转载）广州市人民政府办公厅关于…
# A page's mark before a title: a repost label, or a column tag of an aggregator or a public
# account (【政策信息】长沙市商务局 长沙市财政局 关于…的通告); 【…】《…》 is a reading link (portal).
_REPOST = re.compile(r"^[（(【\[](?:转载|转发|原文|全文|正文)[）)】\]]|^(?:全真版|原文|正文)[：:]"
                     r"|^【[\u4e00-\u9fff]{2,6}】(?=[^《\s])")
_ENTITY = re.compile(r"&(?:[a-z]{2,6}|#\d{2,5});")
# A page's clock above the text: 今天是：2025年12月06日 (遂宁 水利局, probe meta27).
_CLOCK = re.compile(r"今天是|今天[：:]|当前时间|现在时间")
# The line under a regulation's title that dates it: its adoption, approval or promulgation,
# and the day it took effect if it says so: (1994年1月17日…会议通过 1994年2月1日起施行).
_PROMULGATED = re.compile(
    r"^[（(]?(?P<date>(?:\d{4}|[〇零○一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日)"
    r"(?:[^）)。；;]{2,60}?(?:会议|人民政府令|政府令|令)[^）)。；;]{0,20}?(?:通过|批准|发布|公布|修正|修订)"
    r"[^）)。]*?(?:(?P<start>\d{4}年\d{1,2}月\d{1,2}日)起施行)?[^）)。]*[）)]?|[,，][\u4e00-\u9fff]{2,20})$")
# Labels of portal lines that hold the number (文号：沪科合〔2005〕第11号); blocks laid out with a
# space for the colon too, which the lines read here no longer hold (文件编号 浦府〔2022〕1号:
# pudong.gov.cn 2022, probe docno30).
_DOCNO_LABEL = re.compile(r"^[ \t\u3000]*(?:发文字号|发文文号|文号|文件编号|字号)[ \t\u3000]*[：:]?")


# A Chinese-numeral year typed with the digit 0 for 〇 (二00五年六月十七日, 二0一九年): the digits
# are read as 〇 only inside such a year, never in 2005年.
_DIGIT_ZERO_YEAR = re.compile(r"[一二][0０〇零○一二三四五六七八九]{3}(?=年)")


def _zeros(line: str) -> str:
    line = _ZERO_LIKE.sub("〇", line)
    if "0" in line or "０" in line:
        line = _DIGIT_ZERO_YEAR.sub(lambda m: m.group().replace("0", "〇").replace("０", "〇"), line)
    return line


def _iso(m: re.Match) -> str | None:
    d = full_date(m)
    return d.isoformat() if d else None


def _dates_in(line: str) -> list[re.Match]:
    return list(_DATE.finditer(_zeros(line)))


# What a page sets around a signature's date: a closing 。 typed after it (湘乡市人民政府 / 2020年6月3日。,
# 360docs 2020), a mirror's bracketed tag before it (【…新规定2022】2022年11月10日, a 西安 joint 通告 2022:
# probe meta32).
_DATE_LINE_TAG = re.compile(r"^【[^【】]{1,40}】(?=\d{4}年)")
_DATE_LINE_STOP = re.compile(r"(?<=日)[。.]$")


def _date_line(line: str) -> str | None:
    """ISO date of a line that is only a full date (二〇一九年一月十八日 included)."""
    if line.startswith("【") or line.endswith(("。", ".")):
        line = _DATE_LINE_STOP.sub("", _DATE_LINE_TAG.sub("", line))
    fixed = _zeros(line)
    m = _DATE.fullmatch(fixed)
    return _iso(m) if m else None


def _lines(text: str, skip: list[tuple[int, int]] | None = None) -> list[tuple[int, str]]:
    """Non-empty lines with their start offsets, inner spaces removed; lines that overlap a
    skipped span (portal block, chrome) are left out."""
    out = []
    pos = 0
    # One substitution over the whole text, not one per line (_SPACE never takes a line break).
    for raw, line in zip(text.split("\n"), _SPACE.sub("", text).split("\n")):
        if "&" in line:
            line = _ENTITY.sub("", line)  # a page's broken entity after the signer (国务院办公厅 &sp;, sc19-52)
        if "." in line:
            line = _FILE_NAME_END.sub("", line)  # a page titled by its file's name (…的通知.pdf: probe gz56)
        if line and not (skip and any(s < pos + len(raw) and pos < e for s, e in skip)):
            out.append((pos, _joint_issuers(raw) or line))
        pos += len(raw) + 1
    return _without_menus(out)


# The extension of a file whose name a page gives as its title line (越防〔2019〕5号's
# …防冻应急预案(试行)》的通知.pdf, kunmingchi.com mirror: probe gz56).
_FILE_NAME_END = re.compile(r"(?<=[\u4e00-\u9fff》）)])\.(?:pdf|PDF|docx?|DOCX?|wps|ofd|xlsx?)$")


# A page's navigation item: a numbered word or two (1. 旗人民政府, 12. 涉农补贴), no sentence.
_MENU_ITEM = re.compile(r"\d{1,2}[.．、][\u4e00-\u9fffA-Za-z·]{1,16}")


def _without_menus(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines without the page's navigation lists above the document (runs of three or more
    numbered items before its first sentence), which would push its title out of the head."""
    first = next((n for n, (_, ln) in enumerate(lines) if any(ch in _BODY_END for ch in ln)), len(lines))
    drop: set[int] = set()
    n = 0
    while n < first:
        k = n
        while k < first and _MENU_ITEM.fullmatch(lines[k][1]):
            k += 1
        if k - n >= 3:
            drop.update(range(n, k))
        n = max(k, n + 1)
    return [x for n, x in enumerate(lines) if n not in drop] if drop else lines


def _joint_issuers(raw: str) -> str | None:
    """A line of bodies set apart by spaces (生态环境部 发展改革委, a joint signature or masthead)
    as a 、 list: removing the spaces would make one name of them (生态环境部发展改革委)."""
    parts = _SPACE.split(raw.strip(" \t\u3000\u00a0"))
    if len(parts) < 2 or not all(is_organ(p) and "、" not in p for p in parts):
        return None
    return "、".join(parts)


def _is_issuer_line(line: str) -> bool:
    # "时间：2021-1-26 来源：水利部" under a title (sdb.yrcc.gov.cn 2021-01-26, probe act46): a page's field
    # line ending in a body's name is no line of organs
    return "：" not in line and ":" not in line and is_issuer_line(line)


_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])")
_PUNCT_START = tuple("。，；：、）)！？")
_ATTACHMENT_LINE = re.compile(r"^附(?:件)?\s*\d{0,2}[:：]")  # 附件：…名单 names an attachment, not the document


# A line that opens with a portal label and its colon (来源：, 文件标题：, 发文机构：).
_FIELD_LINE = re.compile(r"^[-•·\s]*(?:" + "|".join(
    "[ \t\u3000]{0,4}".join(map(re.escape, name)) for name in sorted(FIELD_NAMES, key=len, reverse=True))
    + r")[ \t\u3000]*[：:]")


# An aggregator's place tag before a title: 北京:关于印发《北京市乡村振兴责任制实施细则》的通知
# (chinasbzx.com 2023, probe meta30). Only a place name, and only before a title's own 关于.
_PLACE_TAG = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,10})[：:](?=关于)")


def _without_place_tag(line: str) -> str:
    m = _PLACE_TAG.match(line)
    return line[m.end():] if m and m.group("place") in place_name_set() else line


def _title(lines: list[str]) -> tuple[str, int, int] | None:
    """The document's own title: a line with 关于 or a document word, joined with its wrapped tail.

    Web clutter, mastheads, dates and captions before it are skipped; the search
    ends at the addressee line or the first real paragraph.
    """
    lines = [_without_place_tag(_REPOST.sub("", ln)) for ln in lines]
    lines = [ln[_lead_docno(ln):] for ln in lines]
    for i, line in enumerate(lines):
        if _FIELD_LINE.match(line):
            continue  # a portal field (来源：云南省财政厅, 文件标题：…) is no line of the title
        if _addressee_parts(line) or (len(line) > 60 and any(ch in _BODY_END for ch in line)):
            return None
        if (any(ch in _BODY_END for ch in line) or line.endswith(("：", ":")) or _ENUM.match(line)
                or _MASTHEAD.search(line) or _DATE.search(line) or _is_docno_line(line)
                or _ATTACHMENT_LINE.match(line)):
            continue
        # A quoted title inside a line is a reference (学习《…》), unless the line's own
        # 关于/印发 comes first (关于印发《…》的通知) or the line is the bracketed title.
        q = line.find("《")
        if q > 0 and not re.search(r"关于|印发|转发|批转", line[:q]):
            continue
        nxt_line = lines[i + 1] if i + 1 < len(lines) else ""
        # An issuer line repeated at the start of the title line below it.
        if _is_issuer_line(line) and nxt_line.startswith(line):
            continue
        if not ("关于" in line or parse_title(line)["doc_type_source"] == "suffix" or _is_issuer_line(line)
                # A title wrapped inside its last word: 政府工作报 / 告.
                or (len(nxt_line) <= 3 and parse_title(line + nxt_line)["doc_type_source"] == "suffix")
                # A title that names its issuer and wraps before its document word:
                # 国务院办公厅对全国政协十届四次会议 / 第4626号提案的答复.
                or (parse_title(line)["issuer"] and not any(ch in _BODY_END for ch in nxt_line)
                    and parse_title(line + nxt_line)["doc_type_source"] == "suffix")):
            continue
        # A line inside a wrapped sentence (…所作的 / 政府工作报告 / 。) is no title.
        prev = lines[i - 1] if i else ""
        if len(prev) > 30 and not prev.endswith(tuple(_BODY_END) + ("：", ":")):
            continue
        if "关于" not in line and _later_about_title(lines, i + 1):
            # A page's heading above the notice (the rule it issues: 周口市规范性文件管理规定, or a
            # category: 周口市人民政府通知) yields to the notice's own 关于 title below it, before
            # the text (jendow.com.tw 周政〔2011〕53号, probe meta32).
            continue
        if (not parse_title(line)["issuer"] and _titled(line) and _about_title(nxt_line)
                and not nxt_line.startswith(line)):
            # A file site's heading (关于禁止露天焚烧秸秆的通告(2020)) over the title that names its
            # issuer (湘乡市人民政府关于…的通告: 360docs 湘乡政通〔2020〕3号, probe meta32).
            continue
        block: list[str] = []
        for nxt in lines[i : i + MAX_TITLE_LINES]:
            if block and (nxt.endswith(("：", ":")) or any(ch in _BODY_END for ch in nxt) or _FIELD_LINE.match(nxt)
                          # A coded number (国发〔2019〕5号) ends the title; one with a year and
                          # serial (海关总署2012年第26号公告) may be cited inside the title's tail.
                          or any(True for _ in iter_docnos(nxt)) or _DATE.search(nxt) or _MASTHEAD.search(nxt)
                          or nxt.startswith(_PUNCT_START) or nxt.startswith("".join(block))
                          # A complete title is continued only by the tail of a wrapped title
                          # or its status (（试行）), not by the page's publisher below it.
                          or (_titled("".join(block)) and not _titled(nxt)
                              and not re.fullmatch(r"[（(][^（）()]{1,15}[）)]", nxt))):
                break
            block.append(nxt)
        # The longest run of lines that still reads as a titled document: a wrapped
        # title may break right after an inner document word (…建设规划 / 纲要的通知).
        for k in range(len(block), 0, -1):
            after = lines[i + k] if i + k < len(lines) else ""
            acc = "".join(block[:k])
            if after.startswith(_PUNCT_START):
                continue
            if len(acc) <= MAX_TITLE_CHARS and _titled(acc) and not _is_issuer_line(acc):
                return _strip_quotes(acc), i, i + k
    return None


def _about_title(line: str) -> bool:
    """A complete title line that names its issuer and has 关于 (no sentence, date or field)."""
    return ("关于" in line and len(line) <= MAX_TITLE_CHARS and not any(ch in _BODY_END for ch in line)
            and not _DATE.search(line) and not _FIELD_LINE.match(line) and bool(parse_title(line)["issuer"])
            and _titled(line))


def _later_about_title(lines: list[str], start: int) -> bool:
    """Whether a line from ``start`` on, before the text begins, is a complete title of its own
    with 关于 (issuer, 关于, document word; no sentence, date or field)."""
    for line in lines[start : start + 6]:
        if (_addressee_parts(line) or any(ch in _BODY_END for ch in line) or line.endswith(("：", ":"))
                or _FIELD_LINE.match(line)):
            return False
        if _about_title(line):
            return True
    return False


def _lead_docno(line: str) -> int:
    """Length of a number that opens a line whose rest is the title, else 0: aggregators and
    portals head a page with both (云府办发〔2021〕6号 云岩区人民政府办公室关于印发…的通知)."""
    for start, end, *_ in iter_docnos(line):
        if start != 0:
            return 0
        rest = _strip_quotes(line[end:].strip(" \t\u3000\u00a0"))
        if "关于" in rest and not re.search(r"[，。；：,;:]", rest) and _titled(rest):
            return end
        return 0
    return 0


def _is_docno_line(line: str) -> bool:
    return any(start == 0 and end == len(line) for start, end, *_ in iter_docnos(line))


def _titled(s: str) -> bool:
    return parse_title(s)["doc_type_source"] == "suffix" or parse_title(_strip_quotes(s))["doc_type_source"] == "suffix"


def _strip_quotes(s: str) -> str:
    return s[1:-1] if s.startswith("《") and s.endswith("》") and s.count("《") == 1 else s


_NOT_ADDRESSEE = ("签发人", "联系人", "附件", "抄送", "来源", "索引号", "发布", "主题", "文号", "发文", "成文",
                  "标题", "日期", "时间", "地址", "电话", "邮编", "注", "备注", "说明")


def _addressee_parts(line: str) -> list[str]:
    """Addressees of a line like "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", else []."""
    head = _addressee_head(line)
    if head is None:
        return []
    parts = [p for p in re.split(r"[，,；;]", head) if p]
    if parts and all(p.startswith("各") or p.endswith(("部门", "单位", "机构")) or _EACH_OF.fullmatch(p) or is_organ(p)
                     or _EACH_TOWNSHIP.fullmatch(p) or _CONCERNED.fullmatch(p) for p in parts):
        return parts
    if _organ_list(head):
        return parts
    return []


# The bodies concerned of a kind (有关中等职业学校, 有关高等学校, 相关企业) after the 各… of an addressee line
# (湖北省教育厅办公室 2017: 各市、州、直管市、神农架林区教育局，各高等学校，有关中等职业学校：, probe full50p).
_CONCERNED = re.compile(r"(?:有关|相关)[\u4e00-\u9fff]{0,10}(?:学校|高校|院校|企业|医院|单位|部门|机构|协会|学会|中心)")


# A notice of a joint meeting's office to its member bodies heads its text with them all, one 、 list of
# named organs that runs past 150 characters (国务院知识产权战略实施工作部际联席会议办公室 2021: 38 bodies,
# 中央组织部、中央宣传部、…、中国科协：).
_LONG_LIST = 800


# A district's own townships named after it (黄埔区各街道、镇: 穗埔府规〔2021〕18号).
_EACH_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,6}[区县市]各(?:街道|镇|乡)(?:[、和](?:街道|镇|乡))*")


def _organ_list(head: str) -> bool:
    """Whether ``head`` is a list of at least eight named organs (one item that reads otherwise, 中国科协,
    may stand among them)."""
    items = [p for p in re.split(r"[、，,；;]", head) if p]
    return len(items) >= 8 and sum(not is_organ(p) for p in items) <= 1


# An addressee that names a body's members (市委各部委办, 市各国家机关, 省直各单位): a short
# prefix, 各, and a word for a set of bodies (北京 市委办公厅 2023 notice, probe meta30).
# A bureau's notice names its own divisions too (委机关各处室, 局机关各处室: 湖卫健发〔2023〕1号).
_EACH_OF = re.compile(r"[\u4e00-\u9fff]{1,6}各[\u4e00-\u9fff、]{0,8}(?:部门|单位|机构|机关|部委办|部委|委办局|团体|院校|学校|企业|处室|科室)")


def _addressee_head(line: str) -> str | None:
    """The text before the colon of a line that can only be an addressee line, else None."""
    k = min((line.find(c) for c in "：:" if c in line), default=-1)
    if k <= 0 or line[k + 1 :].strip():
        return None
    head = line[:k]
    if any(ch in _BODY_END for ch in head) or head.startswith(_NOT_ADDRESSEE) \
            or len(head) > (_LONG_LIST if _organ_list(head) else 150):
        return None
    if re.search(r"[【】•]", head):
        return None  # a page's menu item cut at its colon (• 【字体:, drf22.com 广政发〔2023〕10号, probe meta32)
    if re.search(r"如下|通知|公告|通告|意见|答复|批复|回复|问题", head) and not head.startswith("各"):
        return None
    return head


def _addressees(lines: list[tuple[int, str]], text: str, after: int) -> str | None:
    """The first addressee line of the head, as written (without its colon).

    Listed addressees (各区人民政府，市政府各部门) are recognised anywhere in the head; any other
    short colon line (重大攻关项目首席专家、有关高等学校：) only right below the title or number."""
    for n, (pos, line) in enumerate(lines):
        if _addressee_parts(line) or (0 < after == n and _addressee_head(line) is not None
                                      and not re.match(r"第[一二三四五六七八九十百零〇\d]+条", line)):
            end = text.find("\n", pos)
            raw = text[pos : len(text) if end < 0 else end].strip(" \t\u3000\u00a0")
            return raw.rstrip("：: \t\u3000")
        run_in = _run_in_addressees(line)
        if run_in:
            # The addressee line run together with the text below it (a page or abstract that
            # flattens the head: 各街道办事处、…、单位:经区政府同意,现将…): the list before the colon.
            raw = text[pos : text.find("\n", pos) if "\n" in text[pos:] else len(text)]
            k = min(raw.find(c) for c in "：:" if c in raw)
            return raw[:k].strip(" \t\u3000\u00a0")
        if any(ch in _BODY_END for ch in line) and len(line) > 30:
            return None
    return None


_ADDRESSEE_END = re.compile(r"(?:政府|部门|单位|机构|办事处|委员会|管委会|局|厅|委|办|企业)(?:[（(][^（）()]{1,8}[）)])?$")


def _run_in_addressees(line: str) -> bool:
    """Whether a line opens with a list of addressees (各…, bodies) and a colon and runs on into text."""
    k = min((line.find(c) for c in "：:" if c in line), default=-1)
    if k <= 0 or not line[k + 1 :].strip() or not line.startswith("各"):
        return False
    head = line[:k]
    parts = [p for p in re.split(r"[，,；;、]", head) if p]
    return bool(parts) and not any(ch in _BODY_END for ch in head) and len(head) <= 150 \
        and _ADDRESSEE_END.search(parts[-1]) is not None and bool(_addressee_parts(head + "："))


def own_title_span(text: str, skip: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """Clean-text span of the lines holding the document's own title, or None."""
    # The head is all we read; a bounded slice keeps this cheap on long texts.
    lines = _lines(text[:4000], skip)[:HEAD_LINES]
    found = _title([ln for _, ln in lines])
    if not found:
        return None
    _, i, k = found
    if k >= len(lines):
        return None  # a text that is only a title line is a fragment, not a document
    last = lines[k - 1][0]
    end = text.find("\n", last)
    return lines[i][0], (len(text) if end < 0 else end)


# A gazette prints the number and the date in one bracket under the title: (通委〔2004〕16号 2004年7月26日)
_DATED_NUMBER = re.compile(r"[（(](?P<date>" + _DATE.pattern + r")[）)]")


def _own_docno(text: str, lines: list[tuple[int, str]], mentions: list) -> tuple[str, Any] | None:
    """The document's own number: a line of its own (under the title, in the masthead, beside
    the signature) or a 文号 field; a number inside a sentence is a citation."""
    # A number with a year and serial and no code (2018年第2号) is read with its body by the
    # decree reader, never alone.
    docnos = [m for m in mentions if getattr(m, "label", None) == "DOCNO"] or tag_docnos(text)
    docnos = sorted((m for m in docnos if m.attrs.get("code")), key=lambda m: m.start)  # sorted once, not per line
    for pos, line in lines:
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        lead: int | None = None  # _lead_docno(line), read once per line: it reads every number of the line
        # Read once per line, not per number (a line of thousands of numbers must stay linear): how
        # many characters the line holds besides whitespace, where its first mark of a sentence is,
        # and its last character (a closing bracket) with where the words before it end.
        solid = len("".join(line.split()))
        mark = _SENTENCE_MARK.search(text, pos, end)
        first_mark = mark.start() if mark else end
        close = pos + len(text[pos:end].rstrip()) - 1
        before_close = pos + len(text[pos:max(close, pos)].rstrip())
        for m in docnos:
            if not (pos <= m.start < end):
                continue
            number = _SPACE.sub("", text[m.start : m.end])
            # Each test below returns the same number, so they are read cheapest first; the line's
            # rest is rewritten only when it can be short (the label and the number gone).
            if solid - len(number) - 5 <= _SHORT_REST:
                rest = _DOCNO_LABEL.sub("", line.replace(number, "", 1))
                # The masthead may carry 签发人 beside the number; a number may stand bracketed on
                # its own line under the title ((鄂政办发〔2007〕98号)).
                if not rest or re.fullmatch(r"签发人[：:][\u4e00-\u9fff·]{2,12}|[（(][）)]", rest.strip()):
                    return number, m.attrs
                if _DATED_NUMBER.fullmatch(rest.strip()):
                    return number, m.attrs  # a gazette's (通委〔2004〕16号 2004年7月26日) under the title
            if m.start <= first_mark and _runs_into_addressees(text[pos:m.start], text[m.end : end]):
                return number, m.attrs
            if line.startswith(number):
                if lead is None:
                    lead = _lead_docno(line)  # per number, a line of thousands of numbers was quadratic
                if lead:
                    return number, m.attrs  # the number heading the title line (云府办发〔2021〕6号 云岩区…的通知)
            # Only a number that closes its line can close a title: nothing but spaces between it
            # and the line's last character, a closing bracket.
            if before_close <= m.end <= close and text[close] in "）)】" \
                    and _titled_number(_DOCNO_LABEL.sub("", line.replace(number, "", 1))):
                return number, m.attrs
    return None


# The marks of a sentence that, before a number, make it no masthead's (see _runs_into_addressees).
_SENTENCE_MARK = re.compile(r"[，。；、,;（(《》]")
# The longest rest of a line beside its own number that names it so: 签发人：name, a (date).
_SHORT_REST = 32


def _runs_into_addressees(before: str, after: str) -> bool:
    """A number run together with the addressee line that follows it, as abstracts flatten a
    document's head (辽宁省人民政府文件辽政发[2021]19号各市人民政府,省政府各厅委…:根据…): nothing
    before it on the line but the masthead, no sentence."""
    k = min((after.find(c) for c in "：:" if c in after), default=-1)
    if k <= 0 or _SENTENCE_MARK.search(before):
        return False
    return bool(_addressee_parts(after[: k + 1]))


# The title line closed by its own number in brackets: 浙江省人民政府关于…的通知 (浙政发〔2021〕1号).
# The number may close the title line in 【】, as 花都区's pages print it (…的通知【花府办〔2022〕6号】).
_BRACKETS_AT_END = re.compile(r"\s*(?:[（(]\s*[）)]|【\s*】)\s*$")
_NUMBER_TAG_AT_END = re.compile(r"\s*【([^【】]{4,30}[号號])】\s*$")


def _titled_number(rest: str) -> bool:
    """Whether what a line holds besides a number is a title it closes in brackets; a cited
    title (《…》（国发…）) or a sentence is no title line. A title may quote what it issues
    (…印发《关于…的实施意见》的通知（岳办发〔2017〕2号）): the number then follows 的通知, not 》."""
    m = _BRACKETS_AT_END.search(rest)
    if m is None:
        return False
    title = rest[: m.start()].strip()
    if title.endswith(("》", "〉")) or title.startswith(("《", "〈")):
        return False
    return "关于" in title and not re.search(r"[，。；：,;:]", title) and bool(parse_title(title)["doc_type"])


def _own_decree(text: str, head_end: int) -> tuple[str, dict[str, Any]] | None:
    """A decree number heading the document (中华人民共和国国务院令 第706号)."""
    for start, end, body, year, serial in iter_decrees(text[:head_end]):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        around = _SPACE.sub("", text[line_start:start] + text[end : len(text) if line_end < 0 else line_end])
        if around in ("", "（", "）", "()"):
            number = re.sub(r"\s+", "", text[start:end])
            return number, parse_docno(number) or {}
    return None


def _lost_units_day(line: str) -> str | None:
    """ISO day of a signature whose 年/月/日 the page lost (2018525 under 东宁市人民政府办公室)."""
    ymd = lost_units_date(line)
    return dt.date(*ymd).isoformat() if ymd and ymd[2] else None


_SIGNING_POST = re.compile(r"(?:总理|副总理|部长|主任|署长|局长|行长|省长|市长|区长|县长|州长|主席|院长|检察长|"
                           r"自治区主席|代省长|代市长)[\u4e00-\u9fff·]{2,4}")


# A table's row as a page sets it: cells parted by tabs or bars (1\t推进城市更新\t\t市住房城乡建设局).
_CELL_BAR = re.compile(r"[ \u3000\u00a0]*[\t|｜][\t|｜ \u3000\u00a0]*")


def _raw_line(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos : len(text) if end < 0 else end]


def _table_row(raw: str) -> bool:
    """Whether a line is a table's row: two or more cells that are not all bodies (a joint signature
    set apart by tabs is bodies only)."""
    if "\t" not in raw and "|" not in raw and "｜" not in raw:
        return False
    cells = [c for c in _CELL_BAR.split(raw.strip(" \t\u3000\u00a0|｜")) if c]
    return len(cells) >= 2 and not all(is_organ(_SPACE.sub("", c)) for c in cells)


def _signature(lines: list[str], start: int, is_row: Callable[[int], bool] = lambda n: False) -> tuple[list[str], str | None, int]:
    """(signing bodies, ISO date, line index) of the first signature block from line ``start``:
    a line that is only a date, with the organ lines just above it. ``is_row``: whether line n is a
    table's row, whose cells run together read as a body's name (推进城市更新市住房城乡建设局); asked
    only of the few lines above a date."""
    for i in range(start, len(lines)):
        date = _date_line(lines[i]) or (i > start and _is_issuer_line(lines[i - 1]) and _lost_units_day(lines[i]))
        if not date:
            continue
        signers: list[str] = []
        j = i - 1
        # Lines, not names, are counted: a joint signature sets two bodies on a line (生态环境部 发展改革委).
        while j >= start and i - 1 - j < MAX_SIGNER_LINES and _is_issuer_line(lines[j]) and not is_row(j):
            signers[:0] = split_issuers(lines[j])
            j -= 1
        prev = lines[i - 1] if i else ""
        # A lone date ends a paragraph, follows a signing leader (总理 李克强) or stands near
        # the end; one inside a list is no signature.
        # An unsigned copy dates the document under its attachment note (附件:丹东市…名单 / 二○○八年九月十一日,
        # 附:…名单 / 二00三年二月二十四日: probe award45p), the list itself following.
        if (signers or prev.endswith(tuple(_BODY_END)) or _SIGNING_POST.fullmatch(prev)
                or i >= len(lines) - TAIL_LINES or (i > start and _ATTACHMENT_LINE.match(prev))):
            return signers, date, i
    return [], None, -1


def document_summary(text: str, mentions: list, portal: Portal | None = None) -> dict[str, Any]:
    """title, docno, doc_issuer (one name or a list), doc_date, addressees, effective and
    expires of a document (clean text). Fields of the portal's metadata block win."""
    portal = portal if portal is not None else read_portal(text)
    skip = portal.skip_lines()
    all_lines = _lines(text, skip)
    head_pairs = all_lines[:HEAD_LINES]
    head = [ln for _, ln in head_pairs]
    head_end = all_lines[HEAD_LINES - 1][0] if len(all_lines) >= HEAD_LINES else len(text)
    plain = [ln for _, ln in all_lines]

    found = _title(head)
    title = _as_written(text, head_pairs[found[1] : found[2]]) if found else None
    after_title = found[2] if found else 0

    body_start = _body_start(plain)
    signers, date, signature_at = _signature(plain, body_start, lambda n: _table_row(_raw_line(text, all_lines[n][0])))
    # A covering letter that forwards another body's document (现将《…》转发给你们) is signed before the
    # forwarded text, which heads itself with its own number: that number is not the letter's.
    forwards = signature_at >= 0 and any(_FORWARDS.search(ln) for ln in plain[: signature_at + 1])
    own_head = head_pairs[: signature_at + 1] if forwards else head_pairs
    own = _own_docno(text, own_head, [m for m in mentions if m.start < head_end])
    decree = None if own else _own_decree(text, min(head_end, 4000))
    docno, docno_attrs = own or decree or (None, {})
    if decree:
        # A decree's regulation follows its promulgation: 国务院令 第706号 … 专利代理条例.
        _, _, at = _signature(plain, 0)
        rest = _title(plain[at + 1 : at + 1 + HEAD_LINES]) if at >= 0 else None
        title = _as_written(text, all_lines[at + 1 + rest[1] : at + 1 + rest[2]]) if rest else None
    if title is None and portal.reading_titles:
        title = portal.reading_titles[0]
    if title is None:
        foot = _foot_title(plain)
        title = _as_written(text, [all_lines[foot]]) if foot is not None else None
    if docno and found is None:
        # The addressees follow the number when the title is elsewhere.
        after_title = next((n + 1 for n, (_, ln) in enumerate(head_pairs) if docno in ln), 0)
    elif docno and found:
        after_title = max(after_title, next((n + 1 for n, (_, ln) in enumerate(head_pairs) if docno in ln), 0))

    signed = date is not None
    promulgated_start = None

    issuer: Any = None
    title_issuer = _title_issuers(title) if title else None
    above = _issuer_above_repeat(head, found, body_start) if title and title_issuer is None else None
    if above and title.startswith("关于"):
        # The own title is the masthead's: its issuer, then the heading (国务院办公厅 / 关于… as one title).
        title = above + title
    if isinstance(title_issuer, list):
        issuer = title_issuer
    elif len(signers) > 1:
        issuer = signers
    else:
        named = title_issuer or (signers[0] if signers else None) or _issuer_under_title(head, found, body_start) \
            or above
        from_docno = docno_attrs.get("issuer")
        if from_docno and named and other_place(named, from_docno):
            from_docno = None  # 武侯区人民政府办公室 over 武府办's 武汉市: the number's prefix is shared
        issuer = from_docno or title_issuer or (signers[0] if signers else None)
    if issuer is None:
        # A report's masthead: "<issuer> 2023年5月18日".
        for line in head[:4]:
            ms = _dates_in(line)
            m = ms[-1] if ms else None
            if m and m.end() == len(line) and _is_issuer_line(line[: m.start()]):
                issuer = line[: m.start()]
                break
    if issuer is None:
        issuer = _issuer_under_title(head, found, body_start) or above
    if issuer is None and docno:
        issuer = _masthead_issuers(head, docno)

    if date is None:
        # Reports carry their date in the masthead, next to the issuer, or in the
        # subtitle of a speech ("——2026年2月3日在…会议上").
        for n, line in enumerate(head):
            ms = _dates_in(line)
            m = ms[0] if ms else None
            if m and _CLOCK.search(line[: m.start()]):
                continue  # a page's clock (今天是：2025年12月06日) dates no document
            if m and (m.end() == len(line) and n < 4 or line[m.end() : m.end() + 1] == "在"):
                date = _iso(m)
                break
    if date is None and docno:
        # (通委〔2004〕16号 2004年7月26日): the date beside the own number under the title
        for line in head:
            if docno in line:
                dated = _DATED_NUMBER.fullmatch(line.replace(docno, "", 1).strip())
                if dated:
                    date = _iso_of(dated.group("date"))
                break
    if date is None:
        # A regulation or rule is dated by the line under its title: (2003年7月18日河北省第十届人民代表
        # 大会常务委员会第四次会议通过), (1991年3月26日济南市人民政府令19号发布), 1999年7月13日,国家海洋局.
        for line in head:
            p = _PROMULGATED.match(line)
            if p:
                date = _iso_of(p.group("date"))
                start = p.group("start")
                if start and not _FORWARDS.search(line):
                    promulgated_start = _iso_of(start)
                break

    if date is None:
        # An unsigned copy keeps the imprint at its foot: 桂东县人民政府办公室2017年5月27日印发 (tuliu.com,
        # 桂政通〔2017〕6号, probe meta32): the day the issuer's office printed it dates the document.
        date = _imprint_date(plain)

    # The portal's block states the record: its fields win over what the text suggests.
    fields = portal.fields
    portal_titled: Any = None
    if fields.get("title"):
        title = fields["title"].strip()
        if issuer is None:
            # The portal's title names its issuer where the text's lines gave none (名称： 泾县人民政府关于分解落实
            # 政府工作报告目标任务的通知, its title line inside the block: ahjx.gov.cn 2023, probe full39c).
            portal_titled = _title_issuers(title)
            if isinstance(portal_titled, list):
                issuer = portal_titled  # joint issuers, as a title in the text names them
    if fields.get("docno") and parse_docno(fields["docno"]):
        typed = _SPACE.sub("", fields["docno"])
        # The same number as the text prints it keeps the text's form: portals type 〔〕 as [] (文 號:
        # 增府辦規[2020]6號 over 增府辦規〔2020〕6號 under the title, 增城区 2020: probe meta28).
        if not (docno and _bracketless(docno) == _bracketless(typed)):
            docno = typed
        from_docno = parse_docno(docno)["issuer"]
        if from_docno and isinstance(portal_titled, str) and other_place(portal_titled, from_docno):
            from_docno = None  # as in the text: a title's body of another place than the number's prefix
        # The number's issuer, in full (川府发 → 四川省人民政府), before the title's (省人民政府关于…), as in the
        # text (review4: the portal's title had outranked it and lost the place).
        issuer = issuer or from_docno
    issuer = issuer or portal_titled
    if fields.get("issuer"):
        posted = [p for p in split_issuers(fields["issuer"]) if p]
        if posted and not _text_outranks(posted, _title_issuers(title) if title else None, signers):
            issuer = posted
    if fields.get("doc_date"):
        date = _field_date(fields["doc_date"]) or date
    elif fields.get("issued") and not signed:
        # A 发文日期 is the record's date only where the text is not signed with its own.
        date = _field_date(fields["issued"]) or date

    own_end = None
    if forwards:
        own_end = all_lines[signature_at][0]
    effective, expires = validity(text, date, own_end)
    if effective is None and promulgated_start:
        effective = promulgated_start  # (…会议通过 1994年2月1日起施行) under the title
    if fields.get("effective"):
        effective = _field_date(fields["effective"]) or effective
    if fields.get("expires"):
        expires = _field_date(fields["expires"]) or expires
    elif fields.get("valid_until") and expires is None:
        # 有效期: one day is the last valid day; a range (2020-01-01至2024-12-31) ends with it.
        value = _SPACE.sub("", fields["valid_until"])
        days = [_field_date("-".join(g)) for g in _ISO.findall(value)] or [_iso(m) for m in _dates_in(value)]
        # 自2023年3月1日起5年 names a start and a term, no last day.
        if (len(days) == 1 and not re.search("起|自|从", value)) or (len(days) == 2 and re.search("至|到", value)):
            expires = days[-1]
    return {
        "title": title,
        "docno": docno,
        "doc_issuer": issuer,
        "doc_date": date,
        "effective": effective,
        "expires": expires,
        "addressees": _addressees(head_pairs, text, after_title),
    }


def _same_body(a: str, b: str) -> bool:
    """Two names of one body as a text writes them: in full or by its bare level (区政府办公室 in the title,
    上饶市广丰区人民政府办公室 at the signature)."""
    a, b = a.replace("人民政府", "政府"), b.replace("人民政府", "政府")
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 3 and long.endswith(short))


def _text_outranks(posted: list[str], titled: Any, signers: list[str]) -> bool:
    """Whether the document's own title and signature name its issuer against a portal's 发文机构 field: the
    title names a body, the signature signs for the same one, and the field names another (发文机构： 区应急管理局
    over 区政府办公室关于印发《…森林火灾应急预案》的通知 signed 上饶市广丰区人民政府办公室: gfx.gov.cn 2019, probe
    full39c): the portal names the department that posted the page."""
    named = titled if isinstance(titled, list) else [titled] if titled else []
    if not named or not signers:
        return False
    if not all(any(_same_body(s, t) for t in named) for s in signers):
        return False
    return not any(_same_body(p, t) for p in posted for t in named)


def _masthead_issuers(head: list[str], docno: str) -> list[str] | None:
    """The bodies a joint masthead stacks a line each right above the document's number
    (常德市公安局 / 常德市自然资源和规划局 / … / 常民发〔2025〕16号, a joint 通告 2025: probe meta32)."""
    at = next((n for n, line in enumerate(head) if line == docno), None)
    if not at:
        return None
    found: list[str] = []
    n = at - 1
    while n >= 0 and at - n <= MAX_SIGNER_LINES and _is_issuer_line(head[n]):
        found[:0] = split_issuers(head[n])
        n -= 1
    return found or None


def _imprint_date(lines: list[str]) -> str | None:
    """ISO date of the imprint line of a document (<office> <date>印发), else None."""
    for line in lines:
        if not line.endswith("印发") or len(line) > 40:
            continue
        ms = _dates_in(line[:-2])
        if ms and ms[-1].end() == len(line) - 2 and (ms[-1].start() == 0 or _is_issuer_line(line[: ms[-1].start()])):
            return _iso(ms[-1])
    return None


def _body_start(lines: list[str]) -> int:
    """Index of the first line of running text (a sentence or the addressee line)."""
    for i, line in enumerate(lines[:HEAD_LINES]):
        if _addressee_parts(line) or any(ch in _BODY_END for ch in line):
            return i
    return 0


def _foot_title(lines: list[str]) -> int | None:
    """A portal page may print the title below the text: one of the last lines, a complete title."""
    for n in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
        line = _REPOST.sub("", lines[n])
        if ("关于" in line and not any(ch in _BODY_END for ch in line) and len(line) <= MAX_TITLE_CHARS
                and not line.endswith(("：", ":")) and _titled(line)):
            return n
    return None


# A letter-spaced run of a title line (几 个 问 题 的 通 知): three or more single characters
# apart, with the spaces on either side of the run.
_LETTER_SPACED = re.compile(r"(?:(?<=\S)[ \u3000\u00a0]+)?(?<!\S)\S(?:[ \u3000\u00a0]+\S(?!\S)){2,}"
                            r"(?:[ \u3000\u00a0]+(?=\S))?")


def _unspaced(line: str) -> str:
    """A line with its letter-spaced runs closed up, and the layout space between a word and a number
    (关于印发 2023年全市…, 关于分解落实 2022年县政府…); other spaces (between joint issuers) kept."""
    return _NUMBER_GAP.sub("", _LETTER_SPACED.sub(_closed_up, line))


def _closed_up(m: re.Match) -> str:
    """A letter-spaced run closed up; a co-issuer spaced out in a joint masthead (中共南通市委 南通市人民政府
    南 通 军 分 区 关于…: probe award45p) keeps the space that parts it from the issuer before it."""
    run = m.group()
    closed = _SPACE.sub("", run)
    if run[:1].isspace() and m.start() > 0 and (closed.endswith(_JOINT_ALSO) or is_organ(closed)):
        return " " + closed
    return closed


# A space run between a Chinese character and a digit: a page's layout, never a word boundary of a title
# (湖卫健发〔2023〕1号 and 通山县 2022 pages set "印发 2023年" / "落实 2022年" in their title lines).
_NUMBER_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000\u00a0]+(?=\d)|(?<=\d)[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])")


def _as_written(text: str, lines: list[tuple[int, str]]) -> str:
    """A title over one or more lines as the page writes it: wrapped lines joined, the spaces
    between joint issuers kept (广州市民政局 广州市财政局关于…), letter spacing closed up
    (…几 个 问 题 的 通 知), page marks removed."""
    parts = []
    for pos, _ in lines:
        end = text.find("\n", pos)
        parts.append(_FILE_NAME_END.sub("", _unspaced(text[pos : len(text) if end < 0 else end].strip(" \t\r\u3000\u00a0"))))
    # Joint issuers stacked a line each (中共X镇委员会 / X镇人民政府 / 关于…) keep a space between them,
    # as on one line, so that they are read as two bodies, not one name.
    joined = "".join(f" {part}" if k and is_organ(parts[k - 1]) and is_organ(part) else part
                     for k, part in enumerate(parts))
    joined = _without_place_tag(_REPOST.sub("", joined).strip())
    tag = _NUMBER_TAG_AT_END.search(joined)
    if tag and any(a == 0 and b == len(tag.group(1)) for a, b, *_ in iter_docnos(tag.group(1))):
        joined = joined[: tag.start()]  # the number the page prints after the title is no part of it
    return _strip_quotes(joined[_lead_docno(joined):].strip(" \t\u3000\u00a0"))


def _bracketless(docno: str) -> str:
    return re.sub(r"[〔〕\[\]［］()（）【】]", "", docno)


def _issuer_under_title(head: list[str], found: Any, body_start: int | None) -> str | None:
    """A body on a line of its own right below a line that repeats the title, before the text:
    law sites set it between their heading and the title (标题 / 国家海洋局 / 标题; 湖南省人大常委会)."""
    if not found:
        return None
    title_line = "".join(head[found[1] : found[2]])
    for n in range(1, body_start or len(head)):
        if head[n - 1] == title_line and _is_issuer_line(head[n]) and len(split_issuers(head[n])) == 1:
            return head[n]
    return None


def _issuer_above_repeat(head: list[str], found: Any, body_start: int | None) -> str | None:
    """A body on a line of its own right above lines that repeat the title, before the text: a
    portal's heading over the red masthead (关于印发…的通知 / 赣州市人民政府办公厅 / 关于印发…卫生 /
    体制改革…的通知: ganzhou.gov.cn 2015, probe full48p) names the issuer the heading left out."""
    if not found:
        return None
    title_line = "".join(head[found[1] : found[2]])
    end = body_start or len(head)
    for n in range(found[2], end - 1):
        if not (_is_issuer_line(head[n]) and len(split_issuers(head[n])) == 1):
            continue
        acc = ""
        for line in head[n + 1 : min(n + 1 + MAX_TITLE_LINES, end)]:
            acc += line
            if acc == title_line:
                return head[n]
            if not title_line.startswith(acc):
                break
    return None


def other_place(named: str, from_docno: str) -> bool:
    """Whether a body named with its place (title, signature) is of another place than the one
    a document number's prefix was read as (a city's title under its province's prefix too)."""
    divs = load_divisions()
    a, b = division_of_body(named, divs, None), division_of_body(from_docno, divs, None)
    level = _BARE_LEVEL_OF.get(named[:1])
    if named.startswith("区") and "办公厅" in named:
        level = "province"  # 区人民政府办公厅: an autonomous region's (宁政办发); a district has an office
    if a is None and b and level and b in divs.by_code:
        # A signer by its bare level (县人民政府办公室) under a prefix read as a city (长政办发: 长沙市):
        # the prefix is a county's that shares it (长阳县).
        return divs.meta_level(b) != level
    return bool(a and b) and a != b


# The level a body named by its bare level opens with (县人民政府办公室, 区委办公室); 市 is a
# prefecture's or a county-level city's, so it says nothing.
_BARE_LEVEL_OF = {"县": "county", "区": "county", "旗": "county", "省": "province"}


def _title_issuers(title: str) -> Any:
    """The issuer(s) a title opens with; joint issuers separated only by spaces are split."""
    found = parse_title(title)["issuer"]
    if isinstance(found, list):
        return found
    k = title.find("关于")
    prefix = title[:k] if k > 0 else ""
    if _RELAY_WORD.search(prefix):
        # 广东省人民政府批转省体改委、农委关于…的通知: the bodies after 批转/转发 wrote the
        # forwarded text; the issuer is the body before the relay word (parse_title's).
        return found
    parts = [p for p in re.split(r"[ \t\u3000\u00a0、，,]+", prefix.strip()) if p]
    if len(parts) > 1 and all(is_organ(p) or p.endswith(_JOINT_ALSO) for p in parts):
        return parts
    return found


_RELAY_WORD = re.compile(r"批转|转发|印发")

# Co-issuers of joint documents whose names end outside the organ words (浙江省军区).
_JOINT_ALSO = ("军区", "警备区", "军分区", "总会", "联合会")


_ISO = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")


def _field_date(value: str) -> str | None:
    m = _ISO.search(value)
    if m:
        try:
            return dt.date(*map(int, m.groups())).isoformat()
        except ValueError:
            return None
    ms = _dates_in(_SPACE.sub("", value))
    if ms:
        return _iso(ms[0])
    # A field whose date lost its 日 (生效日期:2018年03月27, a 山西 晋政发〔2018〕13号 page, probe date31).
    lost = lost_units_date(_SPACE.sub("", value))
    if lost and lost[2]:
        try:
            return dt.date(*lost).isoformat()
        except ValueError:
            return None
    return None


# ------------------------------------------------------------------ validity

_DOC_WORD = r"(?:本|此|该)(?:办法|通知|规定|细则|意见|方案|决定|公告|通告|条例|规则|标准|政策|措施|制度|规划|实施意见|实施细则|指引|规程|目录|清单|文件|批复)"
_NUMBER = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
# The full-date pattern without its group names, to be used twice in one pattern.
_FULL = re.sub(r"\(\?P<\w+>", "(?:", FULL_DATE.pattern)
_VERB = r"(?:施行|实施|实行|执行|生效|试行)"
_EFFECTIVE_DATE = compile_cached(rf"(?P<from>自|从|于)\s*(?P<date>{_FULL})\s*(?:零时|0时)?\s*(?:起)?(?P<gap>[^。；，,]{{0,12}}?){_VERB}")
_EFFECTIVE_ISSUE = re.compile(rf"自\s*(?:印发|发布|公布|下发|颁布|发文|签发)\s*之\s*日\s*起"
                              rf"(?:\s*(?P<days>{_NUMBER})\s*日\s*后)?[^。；，,]{{0,6}}?{_VERB}")
# A date without its year (自5月1日起施行): the year of the signature.
_EFFECTIVE_MONTH_DAY = re.compile(rf"自\s*(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*(?P<d>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日\s*起[^。；，,]{{0,12}}?{_VERB}")
# 自2019年1月1日起至2021年12月31日止执行, 有效期自…至…, 执行时间为…至….
_RANGE = compile_cached(rf"(?:有效期|执行期|执行期限|实施期限|执行时间|实施时间|试行期)?\s*(?:为|自|从)?\s*(?P<start>{_FULL})\s*(?:起)?\s*"
                        rf"(?:至|到|—|－|-)\s*(?P<end>{_FULL})\s*(?:止)?")
_TERM = re.compile(rf"(?:有效期|试行期)\s*(?:为|是)?\s*(?P<n>{_NUMBER})\s*(?P<unit>年|个月|月)")
_UNTIL = re.compile(rf"有效期\s*(?:至|到|截至|截止至|截止到|截止)\s*(?P<date>{_FULL})")
_VALIDITY_WORD = re.compile(r"施行|实施|实行|执行|生效|试行|有效期|执行期")
# A covering letter that forwards another body's document (现将《…》转发给你们): the
# forwarded text's validity is not its own.
_FORWARDS = re.compile(r"转发给你们|予以转发|现转发|转发如下")


_DOC_WORD_RE = re.compile(_DOC_WORD)


def _validity_sentences(text: str) -> list[str]:
    """The sentences (each up to and with its 。, ； or newline) that hold a validity word, in order:
    found from the words, not by splitting the whole text and searching every sentence."""
    out = []
    end = 0  # where the last sentence taken ends: a later word inside it adds nothing
    for w in _VALIDITY_WORD.finditer(text):
        at = w.start()
        if at < end:
            continue
        start = max(text.rfind("。", end, at), text.rfind("；", end, at), text.rfind("\n", end, at)) + 1 or end
        stops = [k for k in (text.find("。", at), text.find("；", at), text.find("\n", at)) if k >= 0]
        end = min(stops) + 1 if stops else len(text)
        out.append(text[start:end])
    return out


def validity(text: str, doc_date: str | None, own_end: int | None = None) -> tuple[str | None, str | None]:
    """(effective, expires) as ISO dates from the document's own validity clauses.

    自2019年3月1日起施行 -> 2019-03-01; 自印发之日起施行 -> the signature date; 有效期5年 ->
    the day before the fifth anniversary of the effective date (2019-03-01 -> 2024-02-29);
    有效期至2025年12月31日 and 自…起至2025年12月31日止执行 -> that day. Clauses naming the
    document itself (本办法…) come first; a clause that counts from an unknown signature
    date gives null, as does a text that states nothing. ``own_end``: where the document's
    own text ends (a forwarded document follows)."""
    if own_end is not None:
        text = text[:own_end]
    # Only sentences that can state a validity are read (a long text is split once).
    sentences = _validity_sentences(text)
    own = [s for s in sentences if _DOC_WORD_RE.search(s)]
    effective = expires = None
    found = False
    # 自…起 states when a document takes effect; 从…起执行 more often dates one rule of it
    # (标准均从2025年1月1日起执行), so it is read only when nothing else is.
    for froms, pool in ((("自", "于"), own), (("自", "于"), sentences), (("从",), own), (("从",), sentences)):
        for s in pool:
            r = _RANGE.search(s) if s.count("年") >= 2 else None  # a range holds two full dates (年…日)
            m = next((m for m in _EFFECTIVE_DATE.finditer(s) if m.group("from") in froms), None)
            ranged = r is not None and _VERB_OR_TERM.search(s) is not None and (
                s[max(r.start("start") - 1, 0) : r.start("start")] in froms
                or (froms[0] == "自" and re.match(r"有效期|执行期|执行时间|实施期限|执行期限|试行期", r.group(0))))
            if ranged and (m is None or r.start("start") <= m.start("date")):
                effective, expires, found = _iso_of(r.group("start")), _iso_of(r.group("end")), True
            elif m and "前" not in m.group("gap"):
                effective, found = _iso_of(m.group("date")), True
            elif froms[0] == "自" and _EFFECTIVE_ISSUE.search(s):
                days = _EFFECTIVE_ISSUE.search(s).group("days")
                # 自公布之日起30日后施行: thirty days after the signature date.
                effective = doc_date if not (days and doc_date) else (
                    dt.date.fromisoformat(doc_date) + dt.timedelta(days=cn_int(days) or 0)).isoformat()
                found = True
            elif froms[0] == "自" and _EFFECTIVE_MONTH_DAY.search(s) and doc_date:
                md = _EFFECTIVE_MONTH_DAY.search(s)
                try:
                    effective = dt.date(int(doc_date[:4]), cn_int(md.group("m")) or 0,
                                        cn_int(md.group("d")) or 0).isoformat()
                except ValueError:
                    effective = None
                found = effective is not None
            if found:
                break
        if found:
            break
    if expires is None:
        for s in own:
            m = _UNTIL.search(s)
            if m:
                expires = _iso_of(m.group("date"))
                break
            t = _TERM.search(s)
            if t:
                n = cn_int(t.group("n"))
                if n and effective:
                    start = dt.date.fromisoformat(effective)
                    months = n * 12 if t.group("unit") == "年" else n
                    expires = (add_period(start, months) - dt.timedelta(days=1)).isoformat()
                break
    return effective, expires


_VERB_OR_TERM = re.compile(rf"{_VERB}|有效期|执行期|试行期")


def add_period(start: dt.date, months: int) -> dt.date:
    """The date ``months`` after ``start``; a day the target month lacks (2月29日 in a common
    year, 31 in a 30-day month) moves to the first day of the next month, so that the day
    before it is the last day of a period of whole months."""
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    last = calendar.monthrange(year, month)[1]
    if start.day <= last:
        return dt.date(year, month, start.day)
    return dt.date(year, month, last) + dt.timedelta(days=1)


def _iso_of(s: str) -> str | None:
    m = _DATE.search(_zeros(_SPACE.sub("", s)))
    return _iso(m) if m else None
