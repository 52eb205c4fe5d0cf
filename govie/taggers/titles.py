"""TITLE: titles of documents, in 《》 or in the unbracketed official forms.

``parse_title`` reads a title string into its parts (doc_type, status, issuer,
subject, inner); ``tag_titles`` finds titles in clean text.

doc_type fallback, in order:
1. ``suffix``: the longest document word (``data/doc_types.tsv``) that ends the
   title once trailing status brackets, periods "（2021—2035年）", "第N号",
   "（摘要）" and closing quotes are stripped.
2. ``fallback``: for a title that reads as an official one (it names an issuer
   or has 关于), the rightmost document word of two or more characters
   anywhere in it ("…的通知精神" → 通知).
3. otherwise ``None`` (films, books, journals, programmes).
"""

from __future__ import annotations

import bisect
from govie.text import recached as re
from functools import lru_cache
from importlib import resources
from collections.abc import Iterator
from typing import Any, cast

from govie.taggers import PRIORITY
from govie.types import Context, Mention
from govie.text.regex_cache import compile_cached

__all__ = ["tag_titles", "parse_title", "doc_type_of"]

SOURCE = "rules.titles"
# Longest 《》 title we accept; a lone 《 must not swallow the rest of the text.
MAX_TITLE = 160
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _doc_words() -> dict[str, str]:
    """Document word -> doc_type ("-" marks a non-document ending)."""
    path = resources.files("govie") / "data" / "doc_types.tsv"
    words: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, kind = line.split("\t")[:2]
        words[word.strip()] = kind.strip()
    return words


@lru_cache(maxsize=1)
def _max_word() -> int:
    return max(len(w) for w in _doc_words())


def _suffix_word(s: str) -> tuple[str | None, str | None]:
    """The longest listed word ending ``s``: (word, doc_type or None when blocked)."""
    words = _doc_words()
    for n in range(min(_max_word(), len(s)), 0, -1):
        kind = words.get(s[-n:])
        if kind is not None:
            return s[-n:], (None if kind == "-" else kind)
    return None, None


def doc_type_of(title: str) -> str | None:
    """The doc_type named by a title's last document word, or None."""
    return parse_title(title)["doc_type"]


# --- status ---------------------------------------------------------------

_TRAIL_BRACKET = re.compile(r"[（(［\[【]([^（()）［\]【】]{1,40})[）)］\]】]$")
# The same matches as 第?[N]+号$, but a start inside a run of numerals fails at
# once: searching a long digit run no longer takes quadratic time. _trail_number_start reads
# its match back from the end (the title is stripped once per trailing part).
_TRAIL_NUMBER = re.compile(r"第[\d一二三四五六七八九十百零〇]+号$|(?<![\d一二三四五六七八九十百零〇])[\d一二三四五六七八九十百零〇]+号$")
_NUMERALS = frozenset("一二三四五六七八九十百零〇")
_TRAIL_QUOTES = "》”’\"'」』〉"
# Status words written without brackets at the very end of a title.
_TRAIL_STATUS = re.compile(r"(征求意见稿|送审稿|修订草案|草案修改稿|草案|讨论稿|代拟稿)$")
_VERSION = re.compile(r"(\d{4})\s*年?\s*(版|本)")


def _status_word(content: str) -> str | None:
    """Canonical status named inside a bracket, or None for other brackets."""
    c = _SPACE.sub("", content)
    for key, value in (
        ("征求意见稿", "征求意见稿"),
        ("送审稿", "送审稿"),
        ("讨论稿", "讨论稿"),
        ("代拟稿", "代拟稿"),
        ("草案", "草案"),
        ("审议稿", "草案"),
        ("试行", "试行"),
        ("暂行", "暂行"),
        ("修订", "修订"),
        ("修正", "修正"),
        ("摘要", "摘要"),
    ):
        if key in c:
            return value
    m = _VERSION.search(c)
    if m:
        return f"{m.group(1)}年{m.group(2)}"
    return None


def _trail_number_start(t: str) -> int:
    """Where ``_TRAIL_NUMBER`` matches at the end of ``t`` (-1 for no match), read back from the end."""
    end = len(t) - 1 if t.endswith("\n") else len(t)  # $ matches before a last line break too
    if not t.endswith("号", 0, end):
        return -1
    k = end - 1
    while k > 0 and (t[k - 1] in _NUMERALS or t[k - 1].isdecimal()):  # \d: any decimal digit
        k -= 1
    if k == end - 1:
        return -1
    return k - 1 if k > 0 and t[k - 1] == "第" else k


def _strip_tail(t: str) -> tuple[str, str | None]:
    """Remove trailing brackets, numbers and quotes; return (core, status)."""
    status = None
    while True:
        before = t
        t = t.rstrip(_TRAIL_QUOTES)
        # Each pattern ends at the end: search only its longest reach back, not the whole title once per
        # strip (a title ending in thousands of bracketed notes was quadratic).
        m = _TRAIL_BRACKET.search(t, max(0, len(t) - 43))
        if m and m.start() >= 2:
            # Scanning from the right, the first status found is the latest one.
            status = status or _status_word(m.group(1))
            t = t[: m.start()]
        k = _trail_number_start(t)
        if k >= 2:
            t = t[:k]
        m = _TRAIL_STATUS.search(t, max(0, len(t) - 6))
        if m and m.start() >= 2:
            status = status or _status_word(m.group(1))
            t = t[: m.start()]
        if t == before:
            return t, status


# --- issuer ---------------------------------------------------------------

# Words after which a title's issuer ends.
_ISSUER_CUT = re.compile(
    r"关于|转发|批转|印发|转达|对|给|向|致|命令|令|公告|通告|通令|决定"
    r"|废止|发布|公布|颁布|颁发|修改|撤销|同意|批准|授予|表彰|任免"
)
# Endings of a body's name.
_ORGAN_END = (
    "国务院", "办公厅", "办公室", "人民政府", "政府", "委员会", "常委会", "委", "部", "厅",
    "局", "署", "院", "会", "办", "行", "中心", "小组", "机制", "中央", "军委", "党委",
    "省委", "市委", "人大", "政协", "社", "所", "总局", "组",
    "办事处",  # a street office signing its own notice (广州市花都区人民政府秀全街道办事处: probe gz60)
)
# Heads of bodies often written jointly without a separator (国务院中央军委).
_JOINT_HEAD = re.compile(
    r"(?<!^)(?<!中共)(?<!团)(?<!中华人民共和国)(?<=[院委厅部局署办府组制会])(?=中共中央|中央|国务院|全国人大|最高人民)"
)
_JOINT_SEP = re.compile(r"[、，,\s　]+|(?<=[部委局厅署院办府])和|(?<=[部委局厅署院办府])与")


_HEAD = r"(?:(?:中华人民共和国)?国务院(?:办公厅)?|中央军委(?:办公厅)?|中央军事委员会|中共中央(?:办公厅)?)"
_CENTRAL_HEAD = compile_cached(_HEAD + r"(?:[、\s　]*" + _HEAD + r")*(?![\u4e00-\u9fff]{0,12}[部委局厅署办组院])")


def _issuer_parts(s: str) -> Iterator[str]:
    """The parts of a joint issuer line, one at a time (lazily, so a test can stop at the first)."""
    pos = 0
    for m in _JOINT_SEP.finditer(s):
        yield from (p for p in _JOINT_HEAD.split(s[pos : m.start()]) if p)
        pos = m.end()
    yield from (p for p in _JOINT_HEAD.split(s[pos:]) if p)


def split_issuers(s: str) -> list[str]:
    return list(_issuer_parts(s))


def is_issuer_line(s: str) -> bool:
    """Whether ``split_issuers(s)`` has parts and all are organs: read piece by piece, so that a
    sentence line (most lines of a document) fails at its first piece, not after all are split."""
    found = False
    for p in _issuer_parts(s):
        if not is_organ(p):
            return False
        found = True
    return found


# A central body's department (司) signing beside another body (国家发展改革委办公厅 国家能源局综合司关于…,
# 发改办能源〔2020〕865号: probe full37m): the body's name before the department; never a firm (公司).
_BODY_DEPARTMENT = re.compile(r"[部局委署][\u4e00-\u9fff]{1,8}(?<!公)司$")


def is_organ(part: str) -> bool:
    return 2 <= len(part) <= 40 and (part.endswith(_ORGAN_END) or part in ("国办", "中共中央")
                                     or (part.endswith("司") and _BODY_DEPARTMENT.search(part) is not None))


def _issuer_prefix(t: str) -> tuple[int, list[str]]:
    """End index of the issuer a title starts with, and its parts; (0, []) if none."""
    # An issuer never reaches into a quoted title.
    stop = t.find("《")
    m: re.Match[str] | None
    for m in _ISSUER_CUT.finditer(t, 0, 80 if stop < 0 else min(stop, 80)):
        head = t[: m.start()].rstrip("、，, 　")
        if len(head) < 2 or head.startswith(("转发", "批转", "印发", "关于", "转达")):
            continue
        parts = split_issuers(head)
        if parts and all(is_organ(p) for p in parts):
            return m.start(), parts
    # 国务院办公厅紧急通知, 国务院、中央军委一九八六年征兵命令: a central head glued to the rest.
    m = _CENTRAL_HEAD.match(t)
    word, kind = _suffix_word(t)
    if m and kind and word:
        # Only a short qualifier or a year between head and document word, so that
        # 国务院机构改革方案 (a plan about the State Council) keeps no issuer.
        rest = t[m.end() : len(t) - len(word)]
        if len(rest) <= 2 or "年" in rest:
            return m.end(), split_issuers(m.group())
    return 0, []


# --- inner document and subject --------------------------------------------

_RELAY = re.compile(r"印发|转发|批转")
_TOP_BRACKETS = re.compile(r"《((?:[^《》]|《[^《》]*》)*)》")


def _inner(text: str) -> str | list[str] | None:
    """The inner title of a relay: one 《X》 → X; several → list; else as written."""
    text = text.strip()
    if text.count("“") > text.count("”"):
        # The closing quote went with the title's tail; drop the orphan opener.
        i = text.rfind("“")
        text = text[:i] + text[i + 1 :]
    if not text:
        return None
    found = _TOP_BRACKETS.findall(text)
    rest = _TOP_BRACKETS.sub("", text)
    if found and not re.sub(r"[、和及与，,\s]|等文件|等", "", rest):
        return found[0] if len(found) == 1 else found
    return text


def _unwrap(s: str) -> str | None:
    """A subject that is exactly one 《X》 is X."""
    m = _TOP_BRACKETS.fullmatch(s)
    return (m.group(1) if m else s) or None


def parse_title(title: str) -> dict[str, Any]:
    """Read a title string: doc_type, status, issuer, subject, inner and how doc_type was found."""
    out = dict(_parse(_SPACE.sub("", title).strip("《》")))
    for key in ("issuer", "inner"):
        if isinstance(out[key], tuple):
            out[key] = list(out[key])
    return out


@lru_cache(maxsize=8192)
def _parse(t: str) -> tuple[tuple[str, Any], ...]:
    """parse_title on a space-free title; cached because documents repeat their titles."""
    core, status = _strip_tail(t)
    word, doc_type = _suffix_word(core)
    source = "suffix" if doc_type else None
    if doc_type is not None and status is None and word is not None:
        # 暂行条例, 试行办法: status written inside the document word's phrase.
        before = core[: len(core) - len(word)]
        for key in ("暂行", "试行"):
            if before.endswith(key) or word.startswith(key):
                status = key
    cut, parts = _issuer_prefix(core)
    if doc_type is None and (parts or "关于" in core):
        doc_type, word = _rightmost_word(core)
        source = "fallback" if doc_type else None

    # The document word ends the title: the subject and inner part stop at the 的 before it.
    body_end = len(core) - len(word) if (source == "suffix" and word) else len(core)
    body = core[:body_end]
    de = body.rfind("的") if body.endswith("的") else -1

    subject = None
    k = core.find("关于", cut)
    if k >= 0:
        end = de if de > k else body_end
        subject = _unwrap(core[k + 2 : end])
    elif parts and core[cut : cut + 1] in ("对", "给", "向"):
        end = de if de > cut else body_end
        subject = _unwrap(core[cut + 1 : end])

    inner: str | list[str] | tuple[str, ...] | None = None
    r = _RELAY.search(core, cut, cut + 6 if k < 0 else k + 6)
    if r:
        # 关于印发X的通知: X ends at the 的 before 通知; 批转X的报告 (no notice) keeps X whole.
        end = de if (de > r.end() and doc_type in ("通知", "决定")) else len(core)
        inner = _inner(core[r.end() : end])

    issuer: str | tuple[str, ...] | None = None
    if parts:
        issuer = parts[0] if len(parts) == 1 else tuple(parts)
    if isinstance(inner, list):
        inner = tuple(inner)
    return (
        ("doc_type", doc_type),
        ("status", status),
        ("issuer", issuer),
        ("subject", subject),
        ("inner", inner),
        ("doc_word", word if doc_type else None),
        ("doc_type_source", source),
    )


def _rightmost_word(s: str) -> tuple[str | None, str | None]:
    """Rightmost multi-character document word anywhere in ``s``."""
    words = _doc_words()
    best: tuple[int, str, str] | None = None
    for w, kind in words.items():
        if kind == "-" or len(w) < 2:
            continue
        i = s.rfind(w)
        if i >= 0 and (best is None or i + len(w) > best[0] or (i + len(w) == best[0] and len(w) > len(best[1]))):
            best = (i + len(w), w, kind)
    if best is None:
        return None, None
    return best[2], best[1]


# --- tagging --------------------------------------------------------------

@lru_cache(maxsize=1)
def _ending() -> re.Pattern:
    """The end of a title written right before its number: …的意见（国发〔…"""
    words = [w for w, k in _doc_words().items() if k != "-"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"的(?:" + alt + r")\s*[（(]?\s*$")


# Characters a title written in running text does not cross.
_LOOSE_STOPS = re.compile(r"[。！？；\n，：]")
_MAX_LOOSE = 160


# 关于印发…的通知 is a document reference on its own (guide).
_RELAY_START = re.compile(r"关于(?:印发|转发|批转)")
_RELAY_END = re.compile(r"的通知")
_HARD_STOPS = re.compile(r"[。！？；\n]")


def _relays(text: str) -> list[tuple[int, int]]:
    """关于印发/转发/批转…的通知: the nearest 的通知 in the same sentence, by bisection."""
    anchors = [m.start() for m in _RELAY_START.finditer(text)]
    if not anchors:
        return []
    ends = [m.end() for m in _RELAY_END.finditer(text)]
    stops = [m.start() for m in _HARD_STOPS.finditer(text)]
    out: list[tuple[int, int]] = []
    for a in anchors:
        j = bisect.bisect_left(ends, a + 8)
        if j == len(ends) or ends[j] - a > _MAX_LOOSE:
            continue
        e = ends[j]
        k = bisect.bisect_left(stops, a)
        if k < len(stops) and stops[k] < e:
            continue
        part = text[a:e]
        if part.count("《") != part.count("》"):
            continue
        out.append((_extend_issuer(text, a), e))
    return out


# A body's report or request forwarded by its superior, cited unbracketed in running text:
# 国务院批转国家农委关于召开棉花、糖料生产座谈会的情况报告，… (sc19-40). The title is the
# complete 关于…的<document word> after the body, ending the clause.
_FORWARDED = re.compile(
    r"(?:批转|转发)[^，。；：、《》\n的]{2,20}?(?P<title>关于[^，。；！？《》\n]{2,100}?"
    r"的[^，。；、《》\n的]{0,4}?(?:报告|意见|请示|建议|规定|办法|方案))(?=[，。；])"
)


def _forwarded(text: str) -> list[tuple[int, int]]:
    if "批转" not in text and "转发" not in text:
        return []  # its match opens with one (the scan tries every position)
    return [m.span("title") for m in _FORWARDED.finditer(text)]


def _numbered(text: str) -> list[tuple[int, int]]:
    """关于…的<document word> and ISSUER转发…的通知 followed by a document number.

    Anchored on the numbers, which are rare, so the cost stays linear.
    """
    from govie.taggers.docno import iter_docnos

    ending = _ending()
    out: list[tuple[int, int]] = []
    for p, *_ in iter_docnos(text):
        w0 = max(0, p - _MAX_LOOSE)
        window = text[w0:p]
        me = ending.search(window)
        if not me:
            continue
        word = cast("re.Match[str]", re.match(r"[^\s（(]+", window[me.start() + 1 :]))  # the ending's word
        end = me.start() + 1 + len(word.group())
        stops = [x.end() for x in _LOOSE_STOPS.finditer(window, 0, me.start())]
        seg = stops[-1] if stops else 0
        k = window.find("关于", seg, me.start())
        r = _RELAY.search(window, seg, me.start())
        # ISSUER转发X关于Y的通知: the title starts at the relay, not at the inner 关于.
        relay_only = r is not None and r.group() != "印发" and (k < 0 or r.start() < k)
        if relay_only:
            assert r is not None  # relay_only implies a relay
            k = r.start()
        elif k < 0:
            continue
        part = window[k:end]
        if part.count("《") != part.count("》"):
            continue
        start = _extend_issuer(text, w0 + k)
        if relay_only and start == w0 + k:
            continue  # 转发…的通知 names a document only with its issuer.
        out.append((start, w0 + end))
    return out


# An issuer ending right before 关于 in running text: named bodies or place + government.
_ISSUER_BEFORE = compile_cached(
    r"(?:(?:中华人民共和国)?国务院办公厅|(?:中华人民共和国)?国务院|中共中央办公厅|中共中央|中央军委办公厅|中央军委"
    r"|(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南"
    r"|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆)(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?"
    r"(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府|委办公厅|委"
    r"|[\u4e00-\u9fff]{1,10}?(?:厅|委员会|委|局|办公室))"
    r"|省政府办公厅|省人民政府办公厅|省人民政府|省政府|省委办公厅|省委"
    r"|省[\u4e00-\u9fff]{1,10}?(?:厅|委员会|委|局|办公室)"
    r"|国家发展改革委|国家发展和改革委员会|财政部|教育部|科技部|工业和信息化部|公安部|民政部|司法部"
    r"|人力资源社会保障部|人力资源和社会保障部|自然资源部|生态环境部|住房城乡建设部|住房和城乡建设部"
    r"|交通运输部|水利部|农业农村部|商务部|文化和旅游部|国家卫生健康委|应急管理部|中国人民银行|审计署"
    r"|国务院国资委|海关总署|国家税务总局|市场监管总局|国家市场监督管理总局)"
    r"(?:[、和](?:国务院|中央军委|财政部|国家发展改革委|[\u4e00-\u9fff]{2,8}?(?:部|委|局|署|厅|办)))*$"
)


def _extend_issuer(text: str, start: int) -> int:
    window = text[max(0, start - 40) : start]
    m = _ISSUER_BEFORE.search(window)
    return start - (len(window) - m.start()) if m else start


_BRACKETS = re.compile(r"[《》]")
_SENTENCE_ENDS = re.compile(r"[。！？!?]")


def _bracketed(text: str) -> list[tuple[int, int]]:
    """Spans inside balanced 《》 (outermost only), each at most MAX_TITLE long.

    One pass with a stack: a sentence end drops the open brackets, so a lone 《
    cannot swallow the text after it, and an unclosed outer 《 still leaves the
    balanced titles inside it.
    """
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    last = 0
    # Only the brackets are visited: a sentence end between two of them drops the open ones (one
    # search, where a scan of every sentence end was most of the time).
    for m in _BRACKETS.finditer(text):
        ch, i = m.group(), m.start()
        if stack and _SENTENCE_ENDS.search(text, last, i):
            stack.clear()
        last = i
        if ch == "《":
            stack.append(i)
        elif stack:
            o = stack.pop()
            if 0 < i - o - 1 <= MAX_TITLE:
                pairs.append((o + 1, i))
    # Pairs are properly nested; keep the outermost ones.
    pairs.sort(key=lambda p: (p[0], -p[1]))
    spans: list[tuple[int, int]] = []
    last_end = -1
    for s, e in pairs:
        if s > last_end:
            spans.append((s, e))
            last_end = e
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _own_title_line(text: str, s: int, e: int) -> bool:
    """An unbracketed title alone on its line: a heading or the document's own title."""
    # Bounded look-around keeps this constant per title on text without line breaks.
    ls = text.rfind("\n", max(0, s - 40), s) + 1 if s else 0
    if ls == 0 and s > 40:
        return False
    le = text.find("\n", e, e + 40)
    if le < 0:
        if len(text) - e > 40:
            return False
        le = len(text)
    before = text[ls:s]
    field = _TITLE_FIELD.match(before)
    if field:
        before = before[field.end() :]  # 标题:儋州市新州镇人民政府关于印发…的通知: a portal's title row
    return (not before.strip() or _ISSUER_RUN.fullmatch(before) is not None) and not text[e:le].strip(" \t\u3000")


# A portal's title row (标题:, 标 题 |, 名称:, 文件名称:): the line is the document's own title
# (probe dept54c: danzhou.gov.cn 新州镇, zwgkw.thx.gov.cn 太湖县).
_TITLE_FIELD = re.compile(r"[ \t\u3000]*(?:文件|信息|公文)?(?:标[ \t\u3000]*题|名[ \t\u3000]*称)[ \t\u3000]*[:：|｜][ \t\u3000]*")


def _own_title_line_as_written(ctx: Context | None, s: int, e: int) -> bool:
    """``_own_title_line`` on the original lines: normalization joins a title line to the next
    (广州市人民政府关于印发…的通知 + 各区人民政府,…: probe gz15, Guangzhou portal pages)."""
    src = ctx.source if ctx is not None else None
    original = getattr(src, "original", None)
    if not original:
        return False
    os_, oe = src.to_original(s, e)
    return _own_title_line(original, os_, oe)


# Joint issuers before the title on its line (财政部 教育部 人力资源社会保障部关于印发…的通知, the spaces
# gone in the clean text): the line is still the document's own title, the last issuer a body.
# A government or its office issues most local notices (广州市人民政府关于印发…的通知, 广州市越秀区
# 人民政府办公室关于…): their title line is the own title too (probe gz15: four Guangzhou pages).
_ISSUER_RUN = re.compile("[ \t\u3000]*(?:[\u4e00-\u9fff]{1,12}?(?:部|委员会|委|总局|局|署|银行|人民政府|政府办公厅|政府办公室)[ \t\u3000]*){1,6}")


# An attachment list: "附件：1.X表" and the numbered lines after it, "附：X", "附件：（略）" over
# numbered lines. Each name is a title (guide: 附件 names are documents), without its
# number or file extension.
# "附件1.X" (no colon: the number opens the first item) is such a list too, and so is a letter-spaced
# label ("附 件:…调查表": 广东省科技厅 2022, probe full44p).
_ATTACH = re.compile(
    r"^[ \t\u3000]*附(?:[ \t\u3000]*件)?[ \t\u3000]*(?:\d{0,2}[:：]|(?=\d{1,2}[.．、]))[ \t\u3000]*(?P<rest>[^\n]*)$", re.M)
_ITEM_NUMBER = re.compile(r"[ \t\u3000\u2002]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])[ \t\u3000\u2002]*")
_FILE_EXT = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|zip|rar)$", re.I)
_ITEM_COUNT = re.compile(r"[（(]共?\d{1,4}[项个条份件家][）)]$")
_NOT_A_NAME = re.compile(r"[。，,；;！？]|^（略）$|^略$")


def _attachment_item(text: str, s: int, e: int, numbered_only: bool) -> tuple[int, int] | None:
    """The name on one line of an attachment list, or None."""
    num = _ITEM_NUMBER.match(text, s, e)
    if num:
        s = num.end()
    elif numbered_only:
        return None
    s, e = _trim(text, s, e)
    ext = _FILE_EXT.search(text, s, e)
    if ext:
        e = ext.start()
    count = _ITEM_COUNT.search(text, s, e)
    if count:
        e = count.start()  # （共130项）: a count of the list, not part of its name
    name = text[s:e]
    if len(name) < 4 or len(name) > MAX_TITLE or _NOT_A_NAME.search(name):
        return None
    return s, e


def _attachments(text: str, ctx: Context | None) -> list[tuple[int, int]]:
    """Names in attachment lists, read on the original lines (normalization joins a long
    line to the next: 附件：…名单 to the signature) and mapped to clean offsets."""
    source = ctx.source if ctx is not None else None
    if source is None:
        return _attachment_lines(text)
    index = source.index
    return [(bisect.bisect_left(index, a), bisect.bisect_left(index, b))
            for a, b in _attachment_lines(source.original)]


def _attachment_lines(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _ATTACH.finditer(text):
        rest = m.group("rest").strip()
        first = _attachment_item(text, m.start("rest"), m.end("rest"), False) if rest else None
        if first:
            out.append(first)
        if rest and not (first and _ITEM_NUMBER.match(text, m.start("rest"))) and rest not in ("（略）", "略"):
            continue  # one unnumbered attachment: the lines after it are not a list
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if text[pos:end].strip():
                item = _attachment_item(text, pos, end, True)
                if item is None:
                    break
                out.append(item)
            pos = end + 1
    return out


# A numbered line that is only a file name (1.粤省事…操作指引.pdf / 2.广州市社保服务银行网点.xlsx) names an
# attached document even without a 附件 line above it (dev gz-25; gz-13 and pt-49083 mark the same
# names under a heading). Two such lines in a row make the list.
_FILE_LINE = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])[^\n]{4,160}?\.(?:docx?|xlsx?|pdf|wps|et|zip|rar)[ \t\u3000]*$",
                        re.M | re.I)


def _file_lists(text: str) -> list[tuple[int, int]]:
    lines = [(m.start(), m.end()) for m in _FILE_LINE.finditer(text)]
    out = []
    for k, (a, b) in enumerate(lines):
        run = (k > 0 and text[lines[k - 1][1] : a].strip() == "") or \
              (k + 1 < len(lines) and text[b : lines[k + 1][0]].strip() == "")
        if run:
            item = _attachment_item(text, a, b, True)
            if item:
                out.append(item)
    return out


# A title alone on its line with its number on the next line (文号：…, after 发文单位：… in a list
# of repealed documents: dev pt-221933), or a forwarded document's heading after the forwarding
# notice's signature date (关于…的通知 / 财税[2007]17号 below 二ＯＯ七年二月六日: dev pt-283963). The
# document's own title, also followed by its number, is dropped by the own-title checks.
_NUMBER_LINE = re.compile(r"[ \t\u3000]*(?:文[ \t\u3000]*号[ \t\u3000]*[:：][ \t\u3000]*)?(?P<no>[^\s:：]{4,30})[ \t\u3000]*")
_ISSUER_FIELD = re.compile(r"[ \t\u3000]*发文(?:单位|机关|机构)[ \t\u3000]*[:：][^\n]*")
_DATE_LINE = re.compile(r"[ \t\u3000]*(?:\d{4}|[〇○零ＯO一二三四五六七八九]{4})[ \t]*年[^\n]{1,8}日[ \t\u3000]*")
_CLAUSE = re.compile(r"[，。；：！？,;:!?]")


def _numbered_lines(text: str) -> list[tuple[int, int]]:
    """Titles on their own line followed by their document number (see above)."""
    from govie.taggers.docno import iter_docnos

    lines: list[tuple[int, int]] = []
    pos = 0
    for ln in text.split("\n"):
        if ln.strip():
            lines.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    out = []
    for k in range(len(lines) - 1):
        a, b = lines[k]
        nxt = lines[k + 1]
        if _ISSUER_FIELD.fullmatch(text, *nxt) and k + 2 < len(lines):
            nxt = lines[k + 2]
            if not re.match(r"[ \t\u3000]*文[ \t\u3000]*号", text[nxt[0] : nxt[1]]):
                continue
        m = _NUMBER_LINE.fullmatch(text, *nxt)
        if not m or not any(s == 0 and e == len(m.group("no")) for s, e, *_ in iter_docnos(m.group("no"))):
            continue
        num = _ITEM_NUMBER.match(text, a, b)
        s, e = _trim(text, num.end() if num else a, b)
        name = text[s:e]
        if not 6 <= len(name) <= 100 or _CLAUSE.search(name) or "《" in name or parse_title(name)["doc_type"] is None:
            continue
        if not num and not (name.startswith(("关于", "關於", "關于")) and k > 0 and _DATE_LINE.fullmatch(text, *lines[k - 1])):
            continue
        out.append((s, e))
    return out


def _whole_own(text: str, own: tuple[int, int], s: int, e: int) -> bool:
    """Whether a bracketed title is the whole own title line (《…办法》 printed as the title)."""
    return not _SPACE.sub("", text[own[0] : s - 1] + text[e + 1 : own[1]])


def _repeats_own(title: str, own_text: str | None) -> bool:
    """Whether an unbracketed title is the own title, or the own title's 关于… after its issuer."""
    if not own_text:
        return False
    return title == own_text or title.startswith(("关于", "關于", "關於")) and len(title) < len(own_text) and own_text.endswith(title)


def _only_docno(content: str) -> bool:
    """《》 around a bare document number (《济政办发【2004】89号》文件规定) name no title: the number
    is a DOCNO of its own."""
    from govie.taggers.docno import iter_docnos

    return any(s == 0 and e == len(content) for s, e, *_ in iter_docnos(content))


def tag_titles(text: str, ctx: Context | None = None) -> list[Mention]:
    """TITLE mentions: 《》 titles and complete unbracketed official titles."""
    spans: dict[tuple[int, int], bool] = {}
    for s, e in _bracketed(text):
        s, e = _trim(text, s, e)
        if e > s and not _only_docno(text[s:e]):
            spans[(s, e)] = True
    lined = set(_numbered_lines(text))
    loose = _relays(text) + _numbered(text) + _forwarded(text) + _attachments(text, ctx) + _file_lists(text) + list(lined)
    # Bracketed titles sorted by start, to find containment in linear time.
    bracketed = sorted(spans)
    starts = [s for s, _ in bracketed]
    last_end = -1
    own = ctx.own_title if ctx is not None else None
    for s, e in sorted(set(loose), key=lambda x: (x[0], -x[1])):
        # Overlapping loose candidates: the earlier, longer one was kept.
        if s < last_end or (s, e) not in lined and (_own_title_line(text, s, e) or _own_title_line_as_written(ctx, s, e)):
            continue
        if own and own[0] <= s and e <= own[1]:
            # 清远市人民政府关于印发《…工作规则》的通知: the unbracketed title inside the own title is
            # dropped below, so it must not swallow the 《》 title it cites (a TITLE, guide v2).
            continue
        k = bisect.bisect_right(starts, s) - 1
        # Inside a 《》 title (or straddling one): the brackets win.
        if k >= 0 and bracketed[k][1] + 1 > s:
            continue
        j = bisect.bisect_left(starts, s)
        inside = []
        while j < len(bracketed) and bracketed[j][0] < e:
            inside.append(bracketed[j])
            j += 1
        if any(b > e for _, b in inside):
            continue
        # Nested 《》 stay inside the outer title.
        for key in inside:
            spans.pop(key, None)
        spans[(s, e)] = False
        last_end = e
    # The document's own title is meta, not a TITLE (guide), nor are unbracketed titles inside it;
    # a title cited in 《》 inside it is a TITLE (印发《…若干意见》的通知: guide v2, the dev gold).
    # The own title repeated unbracketed further on (a portal's footer: 全真版：广东省人民政府办公厅
    # 关于印发…的通知) is still the document's own title; cited in 《》 it is a TITLE.
    # So is its tail after the issuer, repeated in a page's metadata (名称: 亳州市人民政府办公室关于印发
    # 2025年…的通知, where 关于… was read as a title): its dates are DATEs (guide v2.2, LOC 4).
    own_text = _SPACE.sub("", text[own[0] : own[1]]) if own else None
    out: list[Mention] = []
    for (s, e), br in sorted(spans.items()):
        if own and (own[0] <= s and e <= own[1] and (not br or _whole_own(text, own, s, e))
                    or not br and _repeats_own(_SPACE.sub("", text[s:e]), own_text)):
            continue
        attrs = parse_title(text[s:e])
        attrs["bracketed"] = br
        out.append(Mention("TITLE", s, e, SOURCE, attrs, PRIORITY[SOURCE]))
    return out
