"""Segmentation of a report: masthead, headings, numbered items, paragraphs,
sentences, and the distribution lists (报/送/发) and print notes of its footer.

Works on the clean text of ``govie.normalize`` (one paragraph a line) and is
linear in its length.
"""

from __future__ import annotations

import bisect

from govie.text import recached as re
from dataclasses import dataclass, field

from govie.text.normalize import BULLETS

__all__ = ["Block", "Sentence", "Structure", "segment", "HEAD_CHARS", "addressee_line", "LineStarts"]

# The head of a document: where its masthead, title, number and issuer are looked for.
HEAD_CHARS = 600


class LineStarts:
    """Where the line holding a position starts, as ``text.rfind("\n", 0, pos) + 1``: a search back
    per mention is quadratic on one very long line, so the starts are found once, on first use."""

    __slots__ = ("text", "_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    def start(self, pos: int) -> int:
        if pos < 0:
            return self.text.rfind("\n", 0, pos) + 1  # a negative end counts from the text's end
        if self._starts is None:
            self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return self._starts[bisect.bisect_right(self._starts, pos) - 1]


def addressee_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a line of addressees: a list (、 or commas) closed by a colon (南京、…、
    黄山市人民政府，中国石油…公司：), the bodies a document is sent to, not its author."""
    end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : len(text) if end < 0 else end].rstrip(" \t\u3000")
    return line.endswith(("：", ":")) and ("、" in line or "，" in line or "," in line)

# A county's or district's own addressees (县直各单位, 县政府各部门, 区级各部门, 县府直属各单位), not every
# county's (各县（市、区）人民政府, 市、县人民政府各部门): the document speaks as that county.
_OWN_COUNTY_ADDRESSEE = re.compile("(?<![各治])(?<![市区州盟县]、)[县区旗](?:直|级|属|府直属|(?:人民)?政府)[^\n：:。，,、]{0,4}?(?:单位|部门|机构)")
_ADDRESSEE_LINE = re.compile("(?:^|\n)[ \t\u3000]*(各[^\n：:。]{2,80}?)[：:]")


def county_addressed(head: str) -> bool:
    """Whether a document's first addressee line (各…：) names its own county's or district's bodies
    (各乡（镇）人民政府，县直各单位：; 各镇人民政府、县政府各部门：): a county's document, whatever
    central bodies it names or cites."""
    return county_addressee_level(head) is not None


def county_addressee_level(head: str) -> str | None:
    """The level word (县, 区, 旗) of the county whose own bodies the first addressee line names, or None."""
    m = _ADDRESSEE_LINE.search(head)
    own = _OWN_COUNTY_ADDRESSEE.search(m.group(1)) if m is not None else None
    return own.group()[0] if own is not None else None


# Numbering labels by level: 一、 （一） 1. （1） ①.
_LABELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"[一二三四五六七八九十]{1,3}、")),
    (2, re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]")),
    # "2.5月11日" is item 2 with its date, "2.5万" is a number; 1﹒ (a small full stop) numbers the
    # items of 安徽省人民政府关于2022年重点工作及责任分解的通知 as published (assignments' labels take it too)
    (3, re.compile(r"\d{1,2}(?:[、．﹒]|\.(?!\d)|\.(?=\d{1,2}\s*月\s*\d))")),
    (4, re.compile(r"[（(]\d{1,2}[）)]")),
    (5, re.compile(r"[①-⑳]")),
)
# A line break, or the spaces after a sentence end before a numbered item (group 1). The sentence
# end is consumed, not looked behind, so sre skips to it in C; it never starts a break itself.
# The line break shares the sentence ends' class (read back by its lookbehind): a pattern opening
# with one class is skipped to in C, one opening with \n|[…] is tried at every position.
_LINE_OR_INLINE = re.compile(
    r"[\n。；;！？!?](?:(?<=\n)|([ \t]*(?=\d{1,2}(?:[、．﹒]|\.(?!\d)|\.(?=\d{1,2}\s*月\s*\d))"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)))"
)
_DISTRIBUTION = re.compile(r"(?:报|送|发|抄送|抄报|主送|分送)\s*[:：]")
_PRINT_NOTE = re.compile(r"[（(]共印\s*\d+\s*份[）)]|.{0,40}\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
# The document's own title line, however long: 关于开展…检查的通知.
_OWN_TITLE = re.compile(r"(?:[^\n。]{0,40}关于)[^\n。]{2,120}(?:通知|意见|方案|报告|函|决定|办法|通报|请示|批复|规定|细则|公告)")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_HEADING_MAX = 40  # a numbered line this short without a full stop is a heading
_TITLE_MAX = 30  # "（一）按时到岗情况。总体情况良好。": a short first sentence is the heading
_MASTHEAD_MAX = 40


@dataclass(slots=True)
class Block:
    """One line of the clean text with its role in the document."""

    kind: str  # masthead | heading | item | paragraph | distribution | footer
    start: int
    end: int
    level: int = 0  # numbering level, 0 when unnumbered
    body: int = 0  # where the text after the numbering label starts
    title_end: int = -1  # end of the heading text (headings, and items that open with one)
    parent: int = -1  # index of the enclosing heading block
    item: int = -1  # index of the numbered item this block belongs to


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    block: int
    title: bool = False  # the heading sentence that opens a numbered line


@dataclass
class Structure:
    text: str
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def heading_text(self, block: Block) -> str:
        """The heading words of a heading block (or an item's leading heading sentence)."""
        if block.title_end < 0:
            return ""
        return self.text[block.body : block.title_end].rstrip("。：:")

    def section(self, index: int) -> list[int]:
        """Indices of the headings enclosing block ``index``, outermost first."""
        chain = []
        i = self.blocks[index].parent
        while i >= 0:
            chain.append(i)
            i = self.blocks[i].parent
        return chain[::-1]


def _label(line: str) -> tuple[int, int]:
    """(level, label length) of a numbered line, (0, 0) otherwise."""
    for level, pattern in _LABELS:
        m = pattern.match(line)
        if m:
            return level, m.end()
    return 0, 0


def segment(text: str) -> Structure:
    """Blocks and sentences of the clean ``text``."""
    st = Structure(text)
    stack: list[int] = []  # open heading blocks, by level
    in_body = False
    footer = False
    last_item = -1
    pos = 0
    n = len(text)
    for pos, end in _lines(text):
        line = text[pos:end]
        if line.strip():
            block = _classify(line, pos, end, in_body, footer)
            # A long paragraph after a distribution list is text again (documents joined in one file).
            footer = block.kind in ("distribution", "footer")
            if block.kind not in ("masthead", "distribution", "footer"):
                in_body = True
            if block.kind == "heading" or (block.kind == "item" and block.title_end >= 0 and block.level <= 2):
                while stack and st.blocks[stack[-1]].level >= block.level:
                    stack.pop()
                block.parent = stack[-1] if stack else -1
                stack.append(len(st.blocks))
            else:
                block.parent = stack[-1] if stack else -1
            if block.kind == "item":
                last_item = len(st.blocks)
                block.item = last_item
            elif block.kind == "heading":
                last_item = -1
            elif block.kind == "paragraph" and last_item >= 0:
                block.item = last_item  # an unnumbered paragraph continues the item above it
            st.blocks.append(block)
            _split(st, len(st.blocks) - 1)
    return st


def _lines(text: str) -> list[tuple[int, int]]:
    """Line spans, with a numbered item run into the line before it split off.

    Text copied from web pages often loses its line breaks: "…经验。2.5月12日，…".
    """
    out = []
    pos = 0
    for m in _LINE_OR_INLINE.finditer(text):
        start, end = m.span(1) if m.group(1) is not None else m.span()
        out.append((pos, start))
        pos = end
    out.append((pos, len(text)))
    return out

_BULLETS = tuple(BULLETS)


def _classify(line: str, start: int, end: int, in_body: bool, footer: bool) -> Block:
    lead = len(line) - len(line.lstrip())
    body_text = line.strip()
    if _DISTRIBUTION.match(body_text):
        return Block("distribution", start, end, body=start + lead)
    if footer and len(body_text) <= _MASTHEAD_MAX:
        return Block("footer", start, end, body=start + lead)  # 印发 lines, copy counts
    if _PRINT_NOTE.fullmatch(body_text):
        return Block("footer", start, end, body=start + lead)
    level, size = _label(body_text)
    body = start + lead + size
    if level:
        rest = body_text[size:]
        if len(rest) <= _HEADING_MAX and not _SENTENCE_END.search(rest) and "，" not in rest:
            return Block("heading", start, end, level, body, title_end=end)
        first = _SENTENCE_END.search(rest)
        title_end = -1
        if level <= 2 and first and first.start() <= _TITLE_MAX and "，" not in rest[: first.start()]:
            title_end = body + first.end()
        return Block("item", start, end, level, body, title_end=title_end)
    # "■ 2024年成绩单", "●粮食总产达到557亿斤": a digest's bulleted lines are its body, never its
    # masthead, short as they are (probe ind34, 湖北 2025 长江日报 digest)
    if not in_body and not body_text.startswith(_BULLETS) and (
        (len(body_text) <= _MASTHEAD_MAX and not _SENTENCE_END.search(body_text[-1:])) or _OWN_TITLE.fullmatch(body_text)
    ):
        return Block("masthead", start, end, body=start + lead)
    return Block("paragraph", start, end, body=start + lead)


def _split(st: Structure, index: int) -> None:
    """Sentences of a block's body; headings and lists have none."""
    block = st.blocks[index]
    if block.kind in ("heading", "masthead", "distribution", "footer"):
        return
    text = st.text
    if block.title_end >= 0:
        st.sentences.append(Sentence(block.body, block.title_end, index, title=True))
    s = block.title_end if block.title_end >= 0 else block.body
    for m in _SENTENCE_END.finditer(text, s, block.end):
        if m.end() > s:
            st.sentences.append(Sentence(s, m.end(), index))
        s = m.end()
    while s < block.end and text[s].isspace():
        s += 1
    if s < block.end:
        st.sentences.append(Sentence(s, block.end, index))
