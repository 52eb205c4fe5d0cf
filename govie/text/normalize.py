"""Clean PDF-extracted text while keeping a map back to the original.

Normalization only deletes characters or replaces one character by one
character, so every clean index maps to exactly one original index and a clean
span ``[s, e)`` maps back to ``[orig[s], orig[e - 1] + 1)``: whatever noise
was removed inside the span is included in the original span.
"""

from __future__ import annotations

from govie.text import recached as re
import statistics
import unicodedata
from array import array
from collections.abc import MutableSequence, Sequence
from dataclasses import dataclass
from importlib import resources

from govie.text.regex_cache import compile_cached


__all__ = ["NormalizedText", "normalize", "fold_script", "DATELINE", "BULLETS"]

# Page numbers on a line of their own: "—2—", "- 3 -", "第 4 页", "4/12".
_PAGE_MARKER = re.compile(
    r"^[\s\u3000]*(?:[—–\-－─]+\s*\d{1,4}\s*[—–\-－─]+|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})[\s\u3000]*$"
)
#: Bullet marks that open a line of a digest or summary page ("●粮食总产达到557亿斤", "◆地区生产总值增长5%").
BULLETS = "◆◇●○■□▲△★☆▪▫•►▶"
# A line that opens a new item or heading is never the tail of a wrapped line; a digest's bullet
# opens an item too ("●粮食总产达到557亿斤" after "…迈入万亿级规模", probe ind34: 湖北 2025).
_ITEM_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|[①-⑳]|[" + BULLETS + "]"
    r"|第[一二三四五六七八九十百\d]+[章节条部分]|[报送发抄][:：]|附件|主题词"
    # A page's metadata line under the title (发布日期:2022-03-28 10:49, 文章来源:…: 花都区 pages) is no
    # tail of the title line above it.
    r"|发布(?:日期|时间)[:：]|文章来源[:：])"
)
# A line that is only a document number (交规划发〔2021〕12号) is the masthead's own line, never the
# tail of a title wrapped before it.
_DOCNO_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［【（(]\s*(?:19|20)\d{2}\s*[〕\]］】）)]\s*第?\d{1,5}号$")
# A news dateline (新华社北京12月27日电) opens the report's first paragraph: never the tail of the
# headline or deck line before it (人民日报 1989-12-28, cn.govopendata.com, probe act39).
DATELINE = re.compile("^[^，,。\n]{0,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电電]")
# A masthead line ends with the issue date; what follows is a new line.
_DATE_END = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日$")
_TERMINAL = set("。！？；：!?;:")
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_HSPACE = {" ", "\t", "\u3000", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f"}

# The same sets as character classes, so whole lines are handled by ``re`` and
# ``str.translate`` instead of one Python call per character. _DROPPED matches
# exactly the characters for which ``_dropped`` is true (Cc minus \n and \t,
# \r, lone surrogates, U+FFFD, zero-width characters).
_DROPPED_CLASS = "\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufffd" + "".join(sorted(_ZERO_WIDTH))
_HSPACE_CLASS = "".join(sorted(_HSPACE)).replace("\t", "\\t")
_DROPPED_RE = re.compile(f"[{_DROPPED_CLASS}]")
# [X][X]*, not [X]+: a pattern that opens with a class lets sre skip to it in C (a repeat does not).
_GAP_RE = re.compile(f"[{_DROPPED_CLASS}{_HSPACE_CLASS}][{_DROPPED_CLASS}{_HSPACE_CLASS}]*")
# A run of horizontal space (dropped characters inside it belong to the run).
_SPACE_RUN_RE = re.compile(f"[{_HSPACE_CLASS}][{_DROPPED_CLASS}{_HSPACE_CLASS}]*")
_CJK_RE = compile_cached("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U000323af\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》—…·]")
# The runs of other characters: few on a Chinese line, so counting them is cheaper than
# counting the CJK characters one by one.
_NOT_CJK_RUN_RE = re.compile("[^" + _CJK_RE.pattern[1:-1] + "]+")
_FOLD_TABLE = {o: o - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for o in range(r[0], r[1] + 1)}
_WIDTH_TABLE = dict(_FOLD_TABLE)  # digits and letters only: the page's lines keep their spaces
_WIDE_RE = re.compile("[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+")
_FOLD_TABLE[0x3000] = 0x20
# The dots that mirror sites set inside transliterated names (阿力木江・买买提明, katakana middle
# dot; ･ its half-width form; ‧ the hyphenation point) read as the interpunct ·.
_FOLD_TABLE.update({0x30FB: 0xB7, 0xFF65: 0xB7, 0x2027: 0xB7})


def _char_pairs(name: str) -> dict[int, int]:
    """One-to-one character pairs of a lexicon file (``trad<TAB>simp`` lines)."""
    path = resources.files("govie") / "data" / "lexicons" / name
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            table[ord(trad)] = ord(simp)
    return table


def _traditional() -> dict[int, int]:
    """Traditional -> simplified characters: the 1950s work reports and mirror pages are in
    traditional script, and the taggers' data is simplified. The hand-written list and the
    reviewed one-to-one pairs of hanziconv (traditional_wide.tsv); none is a simplified form."""
    return _char_pairs("traditional.tsv") | _char_pairs("traditional_wide.tsv")


_TRADITIONAL = _traditional()
# Applied to the clean text only: spans map back to the original characters.
_FOLD_TABLE.update(_TRADITIONAL)
# str.translate looks every character of a non-ASCII text up in the table (ten times slower
# here than replacing only the characters the table holds, which are few).
_FOLDED_RE = re.compile("[" + "".join(re.escape(chr(o)) for o in sorted(_FOLD_TABLE)) + "]")
_FOLD_CHARS = {chr(k): chr(v) for k, v in _FOLD_TABLE.items()}


def _fold_match(m: re.Match[str]) -> str:
    return _FOLD_CHARS[m.group()]


# Pinyin glosses that mirror sites set after characters (發(fā), 關(guān)于): a toned syllable in
# brackets right after a CJK character is no text of the document. Only a syllable with a
# tone mark is one ((a) or (de) stays). The tone marks are searched first: most texts have none.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONE_RE = re.compile(f"[{_TONED}]")
_GLOSS_RE = re.compile(
    f"(?<=[\u4e00-\u9fff])[(（](?=[a-z{_TONED}ü]{{0,6}}[{_TONED}])[a-z{_TONED}ü]{{1,7}}[)）]"
)
_TRADITIONAL_CHARS = {chr(k): chr(v) for k, v in _TRADITIONAL.items()}
_TRADITIONAL_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_TRADITIONAL_CHARS)) + "]")

# Characters that are simplified text too (於 a surname, 徵 a note): folded only where the text is
# served in traditional script, which counts more traditional-only characters than simplified-only
# ones (a simplified form Big5 cannot encode: 发 国 们, not 面 制 台 that traditional text uses too).
_IN_SCRIPT_CHARS = {chr(k): chr(v) for k, v in _char_pairs("traditional_in_script.tsv").items()}
_IN_SCRIPT_RE = re.compile("[" + "".join(sorted(_IN_SCRIPT_CHARS)) + "]")


def _simplified_only(ch: str) -> bool:
    try:
        ch.encode("big5")
    except UnicodeEncodeError:
        return True
    return False


_SIMPLIFIED_ONLY_RE = re.compile(
    "[" + "".join(sorted({c for c in _TRADITIONAL_CHARS.values() if _simplified_only(c)})) + "]"
)


def _served_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional script (its traditional-only characters
    outnumber its simplified-only ones)."""
    trad = _TRADITIONAL_RE.subn("", text)[1]
    return trad >= 3 and trad > _SIMPLIFIED_ONLY_RE.subn("", text)[1]


def _fold_in_script(original: str, folded: str) -> str:
    """``folded`` with the characters of traditional_in_script.tsv folded where ``original``
    (the text as served) is in traditional script; one character for one."""
    if _IN_SCRIPT_RE.search(folded) is None or not _served_traditional(original):
        return folded
    return _IN_SCRIPT_RE.sub(lambda m: _IN_SCRIPT_CHARS[m.group()], folded)


def fold_script(text: str) -> str:
    """``text`` with its traditional characters simplified and its pinyin glosses removed, its
    lines kept: what a reader of the page's own lines (the document record) compares to
    simplified data. Lengths change; use it for values, never for spans."""
    if _TONE_RE.search(text):
        text = _GLOSS_RE.sub("", text)
    # Full-width digits and letters read as the clean text reads them (川府发〔２０２３〕５号).
    # Only the runs are translated: translate looks up every character of a whole page (see below).
    text = _WIDE_RE.sub(lambda m: m.group().translate(_WIDTH_TABLE), text)
    return _fold_in_script(text, _TRADITIONAL_RE.sub(lambda m: _TRADITIONAL_CHARS[m.group()], text))


def _gloss_spans(piece: str) -> list[tuple[int, int]]:
    """Spans of the pinyin glosses in a piece of a line (none without a tone mark)."""
    if _TONE_RE.search(piece) is None:
        return []
    return [m.span() for m in _GLOSS_RE.finditer(piece)]


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x20000 <= o <= 0x323AF
        or 0xF900 <= o <= 0xFAFF
        or 0x3000 <= o <= 0x303F  # CJK punctuation
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or ch in "“”‘’《》—…·"
    )


def _fold(ch: str) -> str:
    """Full-width digits, letters and space to ASCII; everything else as is."""
    o = ord(ch)
    if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
        return chr(o - 0xFEE0)
    if ch == "\u3000":
        return " "
    return ch


def _dropped(ch: str) -> bool:
    if ch in _ZERO_WIDTH or ch == "\r" or ch == "\ufffd":
        # U+FFFD stands where bytes could not be decoded, and where govie's
        # spaCy tokenizer had to replace a lone surrogate: like one, no text.
        return True
    cat = unicodedata.category(ch)
    # Control characters (but not the line feed and tab we reason about) and
    # lone surrogates carry no text.
    return (cat == "Cc" and ch not in "\n\t") or cat == "Cs"


@dataclass(frozen=True)
class NormalizedText:
    """The clean text and, for each clean character, its original index."""

    original: str
    text: str
    index: Sequence[int]  # an array("q"): indexable, sliceable, bisectable

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span to the original span that covers the same characters."""
        if end <= start:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def as_written(self, folded: str, start: int, end: int) -> str:
        """``folded``, a phrase read from the clean text near ``[start, end)``, with the characters
        the script fold simplified given back as the original writes them (地區生產總值 in a
        traditional page, not 地区生产总值); other folds (full-width digits) stay. As is where
        the phrase is not found nearby or its original span has another length."""
        if not folded or self.text == self.original:
            return folded
        a = self.text.rfind(folded, max(0, start - 300), end)
        if a < 0:
            a = self.text.find(folded, start, end + 100)
        if a < 0:
            return folded
        s, e = self.to_original(a, a + len(folded))
        piece = self.original[s:e]
        if len(piece) != len(folded) and _gloss_spans(piece) and fold_script(piece) == folded:
            # "城鎮(zhèn)居民最低生活保障標準" (a 2012 ningbo page): the page's glosses are inside
            # what it writes, as a span keeps them
            return piece
        if len(piece) != len(folded) or piece == folded:
            return folded
        return "".join(o if o != c and (_TRADITIONAL_CHARS.get(o) == c or _IN_SCRIPT_CHARS.get(o) == c) else c
                       for o, c in zip(piece, folded))


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer("\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _width(text: str, span: tuple[int, int]) -> int:
    """Printed width of a line: CJK characters are two columns, the rest one."""
    line = text[span[0] : span[1]].strip(" \t\r\u3000")
    # CJK and dropped characters are disjoint sets.
    # subn counts without a list of one-character strings (~80 bytes each on a long line).
    cjk = len(line) - sum(map(len, _NOT_CJK_RUN_RE.findall(line)))
    return len(line) - _DROPPED_RE.subn("", line)[1] + cjk


def normalize(text: str) -> NormalizedText:
    """Return the clean text of ``text`` with its map to original offsets."""
    lines = _lines(text)
    # One substitution over the whole text: _GAP_RE takes no line break, so its lines are the
    # lines' contents without their gaps.
    contents = _GAP_RE.sub("", text).split("\n")
    kinds = []
    for s, c in zip(lines, contents):
        if not c:
            kinds.append("blank")
        elif _PAGE_MARKER.match(text[s[0] : s[1]]):
            kinds.append("page")
        else:
            kinds.append("text")
    # Only text lines' widths are read (the wrap width, the line before a join).
    widths = [_width(text, s) if k == "text" else 0 for s, k in zip(lines, kinds)]
    lengths = [w for w, k in zip(widths, kinds) if k == "text"]
    # PDF text wraps at a fixed width: a line close to the usual full width that
    # does not end a sentence continues on the next text line.
    full: float = 0
    if len(lengths) >= 5:
        full = statistics.quantiles(lengths, n=10)[8] if len(lengths) >= 10 else max(lengths)
    # Where most lines are short (a table of coordinates, a list of names), no line is at
    # a wrapping width: a long title line there is a line of its own.
    wrap_min = max(24, int(full * 0.85)) if full >= 24 else None

    # One 8-byte offset per clean character (a tuple of ints costs ~36 bytes each).
    keep: array[int] = array("q")
    chars: list[str] = []
    prev_text: int | None = None
    pending_break: int | None = None  # original index of the newline to keep
    for i, ((start, end), kind) in enumerate(zip(lines, kinds)):
        if kind != "text":
            continue
        if prev_text is not None:
            prev = contents[prev_text]
            joined = (
                wrap_min is not None
                and widths[prev_text] >= wrap_min
                and prev[-1] not in _TERMINAL
                and not _DATE_END.search(prev)
                and not _ITEM_START.match(contents[i])
                and not _DOCNO_LINE.match(contents[i])
                and not DATELINE.match(contents[i])
            )
            if not joined and pending_break is not None:
                keep.append(pending_break)
                chars.append("\n")
        _emit_line(text, start, end, keep, chars)
        prev_text = i
        pending_break = end if end < len(text) else None
    return NormalizedText(text, _fold_in_script(text, "".join(chars)), keep)


def _emit_line(text: str, start: int, end: int, keep: MutableSequence[int], chars: list[str]) -> None:
    """Append the clean characters of one line to ``chars`` and their offsets to ``keep``.

    ``chars`` may receive several characters per item; only ``"".join(chars)``
    and the last character are used.
    """
    # Leading and trailing horizontal space of a line is layout, not text.
    m = _GAP_RE.match(text, start, end)
    i = m.end() if m else start
    j = end
    while j > i and (text[j - 1] in _HSPACE or _dropped(text[j - 1])):
        j -= 1
    k = i
    last = ""
    for run in _SPACE_RUN_RE.finditer(text, i, j):
        if run.start() > k:
            last = _emit_piece(text, k, run.start(), keep, chars)
        # A run inside the trimmed line has a character on both sides.
        if not _space_is_noise(last, text[run.end()]):
            keep.append(run.start())
            chars.append(" ")
            last = " "
        k = run.end()
    if j > k:
        _emit_piece(text, k, j, keep, chars)


def _emit_piece(text: str, a: int, b: int, keep: MutableSequence[int], chars: list[str]) -> str:
    """Emit text[a:b] (no horizontal space in it) without its dropped characters."""
    piece = text[a:b]
    glosses = _gloss_spans(piece)
    if glosses:
        # A gloss is dropped like a control character: its offsets leave the map, and a span
        # across it (滬府發(fā)〔2017〕92號) covers it in the original.
        gone = {n for s, e in glosses for n in range(s, e)}
        kept = [(n, ch) for n, ch in enumerate(piece) if n not in gone and not _dropped(ch)]
        if not kept:
            return chars[-1][-1] if chars and chars[-1] else ""
        keep.extend(a + n for n, _ in kept)
        piece = "".join(ch for _, ch in kept)
    elif _DROPPED_RE.search(piece) is None:
        keep.extend(_offsets(a, b))
    else:
        keep.extend(a + n for n, ch in enumerate(piece) if not _dropped(ch))
        piece = _DROPPED_RE.sub("", piece)
    piece = _FOLDED_RE.sub(_fold_match, piece)  # piece.translate(_FOLD_TABLE), faster
    chars.append(piece)
    return piece[-1]


# 0, 1, 2, ... as an array: a slice of it extends the offset map by copying memory, where
# a range converts every int (~10x slower). Grown on demand up to _OFFSETS_MAX (8 MB).
_OFFSETS = array("q")
_OFFSETS_MAX = 1 << 20


def _offsets(a: int, b: int) -> Sequence[int]:
    """The offsets ``a`` to ``b - 1``."""
    global _OFFSETS
    table = _OFFSETS
    if b > len(table):
        if b > _OFFSETS_MAX:
            return range(a, b)
        table = _OFFSETS = array("q", range(min(_OFFSETS_MAX, max(b, 2 * len(table), 1 << 16))))
    return table[a:b]


def _space_is_noise(before: str, after: str) -> bool:
    """Spaces between CJK characters or digits are PDF layout, not words."""
    if not before or not after:
        return True
    a, b = _fold(before), _fold(after)
    if _is_cjk(a) or _is_cjk(b):
        return True
    return a.isdigit() and b.isdigit()
