"""HTML pictures of documents: entity marks in displaCy's style plus the activity and assignment tables.

>>> from govie.render import render_html
>>> html = render_html(text)                   # or an Extraction, or a govie spaCy Doc
>>> open("report.html", "w", encoding="utf-8").write(html)

Entities are coloured by label; hovering a DEPT shows its canonical name, a
DATE its resolved value (the ``title`` attribute of each ``<mark>``). The
activities found in the document are listed in a table beneath the text.
"""

from __future__ import annotations

import html
from govie.text import recached as re
from collections.abc import Iterable
from typing import Any

from govie.types import Activity, Assignment, Entity, Extraction

__all__ = [
    "render_html", "render_fragment", "render_page", "render_documents", "page_start", "page_end", "toc_entry",
    "entity_title", "COLORS",
]

#: Background colour of each label's marks.
COLORS: dict[str, str] = {
    "DEPT": "#7aecec",
    "DATE": "#ffd166",
    "TITLE": "#d5b8f0",
    "DOCNO": "#f4a261",
    "ORG": "#aa9cfc",
    "PERSON": "#f7b2c4",
    "LOC": "#ff9561",
    "METRIC": "#b8e0b0",
}

_ENT_STYLE = (
    "background: {bg}; padding: 0.3em 0.45em; margin: 0 0.2em; line-height: 1; "
    "border-radius: 0.35em; cursor: help;"
)
_TRIGGER_STYLE = (
    "background: none; border-bottom: 2px solid #e76f51; padding: 0 0.1em; margin: 0 0.1em; cursor: help;"
)

_ASSIGN_STYLE = (
    "background: none; border-bottom: 2px dotted #2a9d8f; padding: 0 0.1em; margin: 0 0.1em; cursor: help;"
)

_PAGE_CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC",
       "Microsoft YaHei", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 16px; margin: 2rem auto;
       max-width: 60rem; padding: 0 1.5rem; color: #222; display: flex; flex-direction: column; }
/* The table of contents is written last (the page is streamed) and shown first. */
nav.govie-toc { order: -1; border-bottom: 1px solid #ccc; margin-bottom: 1rem; }
nav.govie-toc h1 { font-size: 1.3rem; }
nav.govie-toc li { margin: 0.2rem 0; }
"""

_CSS = """
section.govie-document h1 { font-size: 1.3rem; }
section.govie-document h2 { font-size: 1.1rem; margin-top: 2rem; }
dl.govie-meta { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; font-size: 0.9rem; }
dl.govie-meta dt { font-weight: bold; color: #555; }
dl.govie-meta dd { margin: 0; }
table.govie-activities { border-collapse: collapse; font-size: 0.9rem; width: 100%; }
table.govie-activities th, table.govie-activities td { border: 1px solid #ccc; padding: 0.3rem 0.5rem;
       text-align: left; vertical-align: top; }
table.govie-activities th { background: #f2f2f2; }
div.govie-text { white-space: pre-line; line-height: 2.2; }
.govie-dropped { display: none; }
.govie-tag { font-size: 0.7em; font-weight: bold; line-height: 1; vertical-align: middle; margin-left: 0.4rem; }
mark.govie-trigger:target, mark.govie-assignment:target, a.govie-anchor:target + mark { outline: 3px solid #e76f51; }
.govie-none { color: #999; }
.govie-legend mark { margin-right: 0.5rem; padding: 0.1rem 0.4rem; border-radius: 0.3rem; font-size: 0.8rem; }
"""

_META_FIELDS = ("reference_date", "period", "issuer", "jurisdiction")


def entity_title(ent: Entity) -> str:
    """The hover text of an entity: DEPT → canonical name, DATE → resolved value, ….

    A DEPT whose canonical name is unknown says so; a vague DATE (value null)
    says ``unresolved``. Plain text, not yet HTML-escaped.
    """
    a = ent.attrs
    if ent.label == "DEPT":
        title = a.get("canonical") or "canonical name unknown"
        if a.get("unit"):
            title += f" / {a['unit']}"
        return str(title)
    if ent.label == "DATE":
        value = a.get("value")
        return str(value) if value else "unresolved (vague date)"
    if ent.label == "TITLE":
        return f"doc_type: {a.get('doc_type') or '?'}"
    if ent.label == "METRIC":
        value, unit = a.get("value"), a.get("unit")
        return " ".join(str(x) for x in (value, unit) if x not in (None, "")) or "METRIC"
    if ent.label == "DOCNO":
        parts = [f"{k}: {a[k]}" for k in ("issuer", "year", "serial") if a.get(k) not in (None, "")]
        return "; ".join(parts) or "DOCNO"
    return ent.label


def _as_extraction(obj: Any, extract_options: dict[str, Any]) -> Extraction:
    if isinstance(obj, Extraction):
        if extract_options:
            raise TypeError("extract options only apply when rendering a str")
        return obj
    if isinstance(obj, str):
        import govie.pipeline as govie

        return govie.extract(obj, **extract_options)
    extraction = getattr(getattr(obj, "_", None), "extraction", None)  # a spaCy Doc from govie.load()
    if isinstance(extraction, Extraction):
        return extraction
    raise TypeError(
        f"render_html() takes a str, a govie Extraction or a Doc from govie.load(), got {type(obj).__name__}"
    )


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _activity_title(a: Activity) -> str:
    parts = [a.type, a.date or "undated", "；".join(a.agents) or "no agent"]
    if a.name:
        parts.append(a.name)
    return " · ".join(parts)


def _assignment_title(a: Assignment) -> str:
    parts = ["lead: " + ("；".join(a.lead) or "-")]
    if a.support:
        parts.append("support: " + "；".join(a.support))
    if a.deadline:
        parts.append("deadline: " + a.deadline)
    return " · ".join(parts)


def _dropped_mask(text: str) -> bytearray:
    """1 for each input character the normalizer drops (wrapped-line breaks, page markers, noise)."""
    from govie.text.normalize import normalize

    mask = bytearray(b"\x01") * len(text)
    for i in normalize(text).index:
        mask[i] = 0
    return mask


def _marks(result: Extraction, *, triggers: bool = True, prefix: str = "") -> str:
    """The text with entity and trigger marks; what the normalizer drops is hidden, not removed.

    Wrapped PDF lines are joined on screen (their line breaks sit in hidden spans), so the
    DOM text of the document, and of every mark, is still exactly the input.
    """
    text = result.text
    spans: list[tuple[int, int, str]] = []  # start, end, opening tag (the closing tag adds the label)
    tags: dict[int, str] = {}
    for e in result.entities:
        spans.append((e.start, e.end, (
            f'<mark class="entity govie-{_esc(e.label.lower())}" data-label="{_esc(e.label)}" '
            f'title="{_esc(entity_title(e))}" style="{_ENT_STYLE.format(bg=COLORS.get(e.label, "#ddd"))}">'
        )))
        tags[e.start] = e.label
    anchors: dict[int, list[str]] = {}
    if triggers:
        # Activity triggers and assignment words (负责, 牵头, 由) are underlined and numbered
        # like their table rows; one inside an entity is left to the table (marks cannot
        # nest) but keeps its anchor. A bracketed note holds entities: table only.
        taken = sorted((e.start, e.end) for e in result.entities)
        kinds = (
            (result.activities, "a", "#", "govie-trigger", "ACTIVITY", "activity", _TRIGGER_STYLE, _activity_title),
            (result.assignments, "t", "A", "govie-assignment", "ASSIGNMENT", "assignment", _ASSIGN_STYLE,
             _assignment_title),
        )
        for items, key, number, cls, label, data, style, title in kinds:
            for i, item in enumerate(items, start=1):
                s, e = item.trigger["start"], item.trigger["end"]
                anchor = f"{prefix}{key}{i}"
                if any(s < te and ts < e for ts, te in taken):
                    anchors.setdefault(s, []).append(anchor)
                    continue
                taken.append((s, e))
                spans.append((s, e, (
                    f'<mark class="{cls}" data-label="{label}" title="{_esc(title(item))}" '
                    f'data-{data}="{i}" id="{anchor}" style="{style}">'
                )))
                tags[s] = f"{number}{i}"
    spans.sort()
    mask = _dropped_mask(text)
    cuts = {0, len(text), *anchors}
    for s, e, _ in spans:
        cuts.update((s, e))
    for m in re.finditer(rb"\x01+", bytes(mask)):
        cuts.update(m.span())
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    opening = {s: (e, tag) for s, e, tag in spans}
    out: list[str] = []
    close_at = -1
    for p, q in zip(points, points[1:]):
        for anchor in anchors.get(p, ()):
            out.append(f'<a class="govie-anchor" id="{anchor}"></a>')
        if p in opening and close_at < 0:
            close_at, tag = opening[p]
            out.append(tag)
            label = tags[p]
        piece = html.escape(text[p:q], quote=False)
        out.append(f'<span class="govie-dropped">{piece}</span>' if mask[p] else piece)
        if q == close_at:
            out.append(f'<span class="govie-tag">{_esc(label)}</span></mark>')
            close_at = -1
    return '<div class="govie-text">' + "".join(out) + "</div>"


def _meta_block(result: Extraction) -> str:
    rows = []
    for key in _META_FIELDS:
        value = result.meta.get(key)
        if value is None:
            continue
        source = result.meta.get(f"{key}_source")
        suffix = f' <small style="color:#888">({_esc(source)})</small>' if source else ""
        rows.append(f"<dt>{_esc(key)}</dt><dd>{_esc(value)}{suffix}</dd>")
    if not rows:
        return ""
    return '<dl class="govie-meta">' + "".join(rows) + "</dl>"


def _legend(labels: Iterable[str], triggers: bool = False) -> str:
    items = "".join(
        f'<mark style="background: {COLORS.get(lab, "#ddd")}">{_esc(lab)}</mark>' for lab in labels
    )
    if triggers:
        items += f'<mark style="{_TRIGGER_STYLE}">activity #n</mark>'
        items += f'<mark style="{_ASSIGN_STYLE}">assignment An</mark>'

    return f'<p class="govie-legend">{items}</p>' if items else ""


def _readable_date(value: str | None) -> str:
    return "" if not value else value.replace("/", " – ")


def _activity_table(result: Extraction, prefix: str = "") -> str:
    if not result.activities:
        return '<p class="govie-no-activities">No activities found.</p>'
    head = "".join(f"<th>{h}</th>" for h in ("#", "date", "type", "trigger", "agents", "name", "location"))
    body = []
    for i, a in enumerate(result.activities, start=1):
        link = f'<a href="#{prefix}a{i}" title="show in the text">{_esc(a.trigger.get("norm_text") or a.trigger["text"])}</a>'
        cells = (
            f'<a href="#{prefix}a{i}">{i}</a>',
            _esc(_readable_date(a.date)) or '<span class="govie-none">undated</span>',
            _esc(a.type),
            link,
            "<br>".join(_esc(x) for x in a.agents) or '<span class="govie-none">none found</span>',
            _esc(a.name or ""),
            _esc(a.location or ""),
        )
        body.append(f'<tr data-activity="{i}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (
        f'<table class="govie-activities"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _assignment_table(result: Extraction, prefix: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in ("#", "task", "lead", "support", "deadline", "trigger"))
    body = []
    for i, a in enumerate(result.assignments, start=1):
        task = a.task["text"]
        cells = (
            f'<a href="#{prefix}t{i}">A{i}</a>',
            _esc(task if len(task) <= 80 else task[:80] + "…"),
            "<br>".join(_esc(x) for x in a.lead) or '<span class="govie-none">none found</span>',
            "<br>".join(_esc(x) for x in a.support),
            _esc(_readable_date(a.deadline)),
            f'<a href="#{prefix}t{i}" title="show in the text">{_esc(a.trigger["text"])}</a>',
        )
        body.append(f'<tr data-assignment="{i}" title="{_esc(_assignment_title(a))}">'
                    + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (
        f'<table class="govie-activities govie-assignments"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def render_fragment(result: Extraction, *, heading: str | None = None, triggers: bool = True,
                    anchor: str = "doc") -> str:
    """One document as an HTML ``<section id=anchor>`` (no ``<html>`` page around it).

    With ``triggers``, each activity's trigger word is underlined in the text and
    numbered like its row in the activity table (hover: type, date, agents); each row
    links to its place in the text (``#<anchor>-a<n>``). Assignment words are underlined
    likewise (hover: lead, support, deadline; rows link to ``#<anchor>-t<n>``).
    """
    prefix = f"{anchor}-"
    labels = [lab for lab in COLORS if any(e.label == lab for e in result.entities)]
    parts = [f'<section class="govie-document" id="{_esc(anchor)}">']
    if heading:
        parts.append(f"<h1>{_esc(heading)}</h1>")
    parts.append(_meta_block(result))
    parts.append(_legend(labels, triggers=triggers and bool(result.activities)))
    parts.append(_marks(result, triggers=triggers, prefix=prefix))
    parts.append(f"<h2>Activities ({len(result.activities)})</h2>")
    parts.append(_activity_table(result, prefix))
    if result.assignments:
        parts.append(f"<h2>Assignments ({len(result.assignments)})</h2>")
        parts.append(_assignment_table(result, prefix))
    parts.append("</section>")
    return "\n".join(p for p in parts if p)


def page_start(title: str = "govie") -> str:
    """The head of a standalone UTF-8 page; sections and ``page_end`` follow."""
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(title)}</title>\n<style>{_PAGE_CSS}{_CSS}</style>\n</head>\n<body>\n<main>\n"
    )


def toc_entry(anchor: str, heading: str, result: Extraction) -> str:
    """One line of the table of contents: a link to the section and what it holds."""
    dated = sum(1 for a in result.activities if a.date)
    return (
        f'<li><a href="#{_esc(anchor)}">{_esc(heading)}</a> <small>{len(result.entities)} entities, '
        f"{len(result.activities)} activities ({dated} dated)</small></li>"
    )


def page_end(toc: list[str] | None = None) -> str:
    """The end of the page; with several documents, their table of contents (shown on top)."""
    nav = ""
    if toc and len(toc) > 1:
        nav = f'<nav class="govie-toc"><h1>{len(toc)} documents</h1><ol>{"".join(toc)}</ol></nav>\n'
    return f"</main>\n{nav}</body>\n</html>\n"


def render_page(sections: Iterable[str], *, title: str = "govie", toc: list[str] | None = None) -> str:
    """Wrap rendered sections in a standalone UTF-8 HTML page (``toc``: ``toc_entry`` lines)."""
    return page_start(title) + "\n<hr>\n".join(sections) + "\n" + page_end(toc)


def render_documents(results: Iterable[tuple[str, Extraction]], *, title: str | None = None) -> str:
    """Several documents on one page: a table of contents and one section per document."""
    sections, toc = [], []
    for k, (heading, result) in enumerate(results, start=1):
        anchor = f"doc{k}"
        sections.append(render_fragment(result, heading=heading, anchor=anchor))
        toc.append(toc_entry(anchor, heading, result))
    return render_page(sections, title=title or f"govie: {len(sections)} documents", toc=toc)


def render_html(
    result_or_text: Extraction | str | Any,
    *,
    page: bool = True,
    title: str | None = None,
    triggers: bool = True,
    **extract_options: Any,
) -> str:
    """Render a document as HTML: coloured entity marks and the activity table.

    ``result_or_text`` is an ``Extraction``, a ``str`` (extracted first, with
    ``extract_options`` such as ``reference_date``, ``jurisdiction`` or
    ``model`` passed to ``govie.extract``) or a ``Doc`` from ``govie.load()``.
    Each entity is a ``<mark class="entity govie-<label>" data-label=...
    title=...>``; the title of a DEPT is its canonical name, of a DATE its ISO
    value (see ``entity_title``). Activity triggers are underlined and numbered
    like the rows of the activity table, which link to them (``triggers=False``
    leaves them out of the text). Wrapped PDF lines are joined on screen; the
    text in the page is still exactly the input. ``page=False`` returns an HTML
    fragment for embedding (e.g. ``IPython.display.HTML``); otherwise a complete page.
    """
    result = _as_extraction(result_or_text, extract_options)
    heading = title if title is not None else result.meta.get("title") or result.meta.get("id")
    fragment = render_fragment(result, heading=heading, triggers=triggers)
    if not page:
        return f"<style>{_CSS}</style>\n{fragment}"
    return render_page([fragment], title=str(heading or "govie"))
