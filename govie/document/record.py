"""Document-level summary of a policy document: its own title, number, issuer, date, addressees."""

from __future__ import annotations

import re
from typing import Any

from govie.taggers.docno import tag_docnos
from govie.taggers.titles import is_organ, parse_title, split_issuers
from govie.text.numerals import FULL_DATE, full_date

__all__ = ["document_summary", "own_title_span"]

# The head (title, number, addressees) sits in the first lines; the signature in the last.
HEAD_LINES = 20
TAIL_LINES = 12
MAX_TITLE_LINES = 4
MAX_TITLE_CHARS = 150

_SPACE = re.compile(r"[ \t\u3000\u00a0]+")
_DATE = re.compile(FULL_DATE.pattern.replace(r"\s*", ""))
# Masthead and banner lines that are neither title nor body.
_MASTHEAD = re.compile(r"(文件|公报|简报|周报|专报|快报|通讯)$|^签发人|^(特急|加急|平急|特提|机密|秘密|绝密)|^[★☆\d\s\-—－]*$")
_BODY_END = set("。；！？")


def _iso(m: re.Match) -> str | None:
    d = full_date(m)
    return d.isoformat() if d else None


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their start offsets, inner spaces removed."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        line = _SPACE.sub("", raw)
        if line:
            out.append((pos, line))
        pos += len(raw) + 1
    return out


def _is_issuer_line(line: str) -> bool:
    parts = split_issuers(line)
    return bool(parts) and all(is_organ(p) for p in parts)


_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])")
_PUNCT_START = tuple("。，；：、）)！？")


def _title(lines: list[str]) -> tuple[str, int, int] | None:
    """The document's own title: a line with 关于 or a document word, joined with its wrapped tail.

    Web clutter, mastheads, dates and captions before it are skipped; the search
    ends at the addressee line or the first real paragraph.
    """
    for i, line in enumerate(lines):
        if _addressee_parts(line) or (len(line) > 60 and any(ch in _BODY_END for ch in line)):
            return None
        if (any(ch in _BODY_END for ch in line) or line.endswith(("：", ":")) or _ENUM.match(line)
                or _MASTHEAD.search(line) or _DATE.search(line)):
            continue
        # A quoted title inside a line is a reference (学习《…》), unless the line's own
        # 关于/印发 comes first (关于印发《…》的通知) or the line is the bracketed title.
        q = line.find("《")
        if q > 0 and not re.search(r"关于|印发|转发|批转", line[:q]):
            continue
        nxt_line = lines[i + 1] if i + 1 < len(lines) else ""
        if not ("关于" in line or parse_title(line)["doc_type_source"] == "suffix" or _is_issuer_line(line)
                # A title wrapped inside its last word: 政府工作报 / 告.
                or (len(nxt_line) <= 3 and parse_title(line + nxt_line)["doc_type_source"] == "suffix")):
            continue
        # A line inside a wrapped sentence (…所作的 / 政府工作报告 / 。) is no title.
        prev = lines[i - 1] if i else ""
        if len(prev) > 30 and not prev.endswith(tuple(_BODY_END) + ("：", ":")):
            continue
        block: list[str] = []
        for nxt in lines[i : i + MAX_TITLE_LINES]:
            if block and (nxt.endswith(("：", ":")) or any(ch in _BODY_END for ch in nxt)
                          or tag_docnos(nxt) or _DATE.search(nxt) or _MASTHEAD.search(nxt)
                          or nxt.startswith(_PUNCT_START)):
                break
            block.append(nxt)
        # The longest run of lines that still reads as a titled document: a wrapped
        # title may break right after an inner document word (…建设规划 / 纲要的通知).
        for k in range(len(block), 0, -1):
            after = lines[i + k] if i + k < len(lines) else ""
            acc = "".join(block[:k])
            if after.startswith(_PUNCT_START):
                continue
            if len(acc) <= MAX_TITLE_CHARS and parse_title(acc)["doc_type_source"] == "suffix" \
                    and not _is_issuer_line(acc):
                return acc.strip("《》"), i, i + k
    return None


def _addressee_parts(line: str) -> list[str]:
    """Addressees of a line like "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", else []."""
    k = min((line.find(c) for c in "：:" if c in line), default=-1)
    if k <= 0:
        return []
    head = line[:k]
    if any(ch in _BODY_END for ch in head) or head.startswith(("签发人", "联系人", "附件", "抄送", "来源")):
        return []
    parts = [p for p in re.split(r"[，,；;]", head) if p]
    if parts and all(p.startswith("各") or p.endswith(("部门", "单位", "机构")) or is_organ(p) for p in parts):
        return parts
    return []


def _addressees(lines: list[str]) -> list[str]:
    """The first addressee line of the head."""
    for line in lines:
        parts = _addressee_parts(line)
        if parts:
            return parts
    return []


def _signature_date(lines: list[str]) -> str | None:
    """The date a policy document is signed on: a line that ends with a full date, near the end."""
    for line in reversed(lines[-TAIL_LINES:]):
        m = None
        for m in _DATE.finditer(line):
            pass
        # 印发 lines give the printing date, not the signature.
        if m and m.end() == len(line) and len(line) - (m.end() - m.start()) <= 40:
            return _iso(m)
    return None


def own_title_span(text: str) -> tuple[int, int] | None:
    """Clean-text span of the lines holding the document's own title, or None."""
    # The head is all we read; a bounded slice keeps this cheap on long texts.
    lines = _lines(text[:4000])[:HEAD_LINES]
    found = _title([ln for _, ln in lines])
    if not found:
        return None
    _, i, k = found
    if k >= len(lines):
        return None  # a text that is only a title line is a fragment, not a document
    last = lines[k - 1][0]
    end = text.find("\n", last)
    return lines[i][0], (len(text) if end < 0 else end)


def document_summary(text: str, mentions: list) -> dict[str, Any]:
    """title, docno, doc_issuer, doc_date and addressees of a document (clean text)."""
    all_lines = _lines(text)
    head = [ln for _, ln in all_lines[:HEAD_LINES]]
    head_end = all_lines[HEAD_LINES - 1][0] if len(all_lines) >= HEAD_LINES else len(text)
    found = _title(head)
    title = found[0] if found else None

    docno = None
    docnos = [m for m in mentions if getattr(m, "label", None) == "DOCNO" and m.start < head_end]
    if not docnos:
        docnos = tag_docnos(text[:head_end])
    docno_issuer = None
    if docnos:
        first = min(docnos, key=lambda m: m.start)
        docno = _SPACE.sub("", text[first.start : first.end])
        docno_issuer = first.attrs.get("issuer")

    issuer: Any = None
    title_issuer = parse_title(title)["issuer"] if title else None
    if isinstance(title_issuer, list):
        issuer = title_issuer
    else:
        issuer = docno_issuer or title_issuer
    if issuer is None:
        # The signing body: an organ line just before the signature date.
        tail = [ln for _, ln in all_lines[-TAIL_LINES:]]
        for i in range(len(tail) - 1, 0, -1):
            if _DATE.fullmatch(tail[i]) and _is_issuer_line(tail[i - 1]):
                issuer = tail[i - 1]
                break
    if issuer is None:
        # A report's masthead: "<issuer> 2023年5月18日".
        for line in head[:4]:
            m = _DATE.search(line)
            if m and m.end() == len(line) and _is_issuer_line(line[: m.start()]):
                issuer = line[: m.start()]
                break

    date = _signature_date([ln for _, ln in all_lines])
    if date is None:
        # Reports carry their date in the masthead, next to the issuer, or in the
        # subtitle of a speech ("——2026年2月3日在…会议上").
        for line in head:
            m = _DATE.search(line)
            if m and (m.end() == len(line) and head.index(line) < 4 or line[m.end() : m.end() + 1] == "在"):
                date = _iso(m)
                break
    return {
        "title": title,
        "docno": docno,
        "doc_issuer": issuer,
        "doc_date": date,
        "addressees": _addressees(head),
    }
