"""HTML pictures of a document: displaCy entity marks plus the activity and assignment tables.

>>> from govie.render import render_html
>>> html = render_html(text)                   # or an Extraction, or a govie spaCy Doc
>>> open("report.html", "w", encoding="utf-8").write(html)

Entities are coloured by label; hovering a DEPT shows its canonical name, a
DATE its resolved value (the ``title`` attribute of each ``<mark>``). The
activities found in the document are listed in a table beneath the text, then its
assignments (hover a row, or an underlined 负责 / 牵头 / 由 in the text, for lead and support).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from govie.types import Activity, Assignment, Entity, Extraction

__all__ = ["render_html", "render_fragment", "render_page", "entity_title", "COLORS"]

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

# One template for entity marks and activity triggers; ``params`` fill the blanks.
_TPL_MARK = (
    '<mark class="{cls}" data-label="{label}" title="{title}"{extra} style="{style}">{text}'
    '<span style="font-size: 0.7em; font-weight: bold; line-height: 1; vertical-align: middle; '
    'margin-left: 0.4rem">{tag}</span></mark>'
)
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
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei",
       "Segoe UI", Helvetica, Arial, sans-serif; font-size: 16px; margin: 2rem auto; max-width: 60rem;
       padding: 0 1.5rem; color: #222; }
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


def _marks(result: Extraction, *, triggers: bool = True) -> str:
    from spacy import displacy

    spans: list[dict[str, Any]] = [
        {
            "start": e.start,
            "end": e.end,
            "label": e.label,
            "params": {
                "cls": f"entity govie-{e.label.lower()}",
                "title": _esc(entity_title(e)),
                "extra": "",
                "style": _ENT_STYLE.format(bg=COLORS.get(e.label, "#ddd")),
                "tag": e.label,
            },
        }
        for e in result.entities
    ]
    if triggers:
        # Activity triggers are underlined and numbered like the table rows; a trigger
        # inside an entity is left to the table (marks cannot nest).
        taken = sorted((e.start, e.end) for e in result.entities)
        for i, a in enumerate(result.activities, start=1):
            s, e = a.trigger["start"], a.trigger["end"]
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            spans.append(
                {
                    "start": s,
                    "end": e,
                    "label": "ACTIVITY",
                    "params": {
                        "cls": "govie-trigger",
                        "title": _esc(_activity_title(a)),
                        "extra": f' data-activity="{i}"',
                        "style": _TRIGGER_STYLE,
                        "tag": f"#{i}",
                    },
                }
            )
        # Assignment words (负责, 牵头, 由) are underlined too; a bracketed note holds
        # entities and is shown in the assignment table only.
        for i, asg in enumerate(result.assignments, start=1):
            s, e = asg.trigger["start"], asg.trigger["end"]
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            spans.append(
                {
                    "start": s,
                    "end": e,
                    "label": "ASSIGNMENT",
                    "params": {
                        "cls": "govie-assignment",
                        "title": _esc(_assignment_title(asg)),
                        "extra": f' data-assignment="{i}"',
                        "style": _ASSIGN_STYLE,
                        "tag": f"A{i}",
                    },
                }
            )
    spans.sort(key=lambda sp: int(sp["start"]))
    markup = displacy.render(
        {"text": result.text, "ents": spans, "title": None},
        style="ent",
        manual=True,
        page=False,
        jupyter=False,
        options={"template": _TPL_MARK},
    )
    return str(markup)


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


def _activity_table(result: Extraction) -> str:
    if not result.activities:
        return '<p class="govie-no-activities">No activities found.</p>'
    head = "".join(f"<th>{h}</th>" for h in ("#", "date", "type", "trigger", "agents", "name", "location"))
    body = []
    for i, a in enumerate(result.activities, start=1):
        cells = (
            str(i),
            a.date or "",
            a.type,
            f'{a.trigger["text"]} [{a.trigger["start"]}:{a.trigger["end"]}]',
            "；".join(a.agents),
            a.name or "",
            a.location or "",
        )
        body.append(f'<tr data-activity="{i}">' + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
    return (
        f'<table class="govie-activities"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _assignment_table(result: Extraction) -> str:
    if not result.assignments:
        return '<p class="govie-no-assignments">No assignments found.</p>'
    head = "".join(f"<th>{h}</th>" for h in ("#", "task", "lead", "support", "deadline", "trigger"))
    body = []
    for i, a in enumerate(result.assignments, start=1):
        task = a.task["text"]
        cells = (
            f"A{i}",
            task if len(task) <= 80 else task[:80] + "…",
            "；".join(a.lead),
            "；".join(a.support),
            a.deadline or "",
            a.trigger["text"],
        )
        body.append(f'<tr data-assignment="{i}" title="{_esc(_assignment_title(a))}">'
                    + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
    return (
        f'<table class="govie-activities govie-assignments"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def render_fragment(result: Extraction, *, heading: str | None = None, triggers: bool = True) -> str:
    """One document as an HTML ``<section>`` (no ``<html>`` page around it).

    With ``triggers``, each activity's trigger word is underlined in the text and
    numbered like its row in the activity table (hover: type, date, agents).
    """
    labels = [lab for lab in COLORS if any(e.label == lab for e in result.entities)]
    parts = ['<section class="govie-document">']
    if heading:
        parts.append(f"<h1>{_esc(heading)}</h1>")
    parts.append(_meta_block(result))
    parts.append(_legend(labels, triggers=triggers and bool(result.activities)))
    parts.append(_marks(result, triggers=triggers))
    parts.append(f"<h2>Activities ({len(result.activities)})</h2>")
    parts.append(_activity_table(result))
    if result.assignments:
        parts.append(f"<h2>Assignments ({len(result.assignments)})</h2>")
        parts.append(_assignment_table(result))
    parts.append("</section>")
    return "\n".join(p for p in parts if p)


def render_page(sections: Iterable[str], *, title: str = "govie") -> str:
    """Wrap rendered sections in a standalone UTF-8 HTML page."""
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(title)}</title>\n<style>{_PAGE_CSS}{_CSS}</style>\n</head>\n<body>\n"
        + "\n<hr>\n".join(sections)
        + "\n</body>\n</html>\n"
    )


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
    like the rows of the activity table (``triggers=False`` leaves them out of
    the text). ``page=False`` returns an HTML fragment for
    embedding (e.g. ``IPython.display.HTML``); otherwise a complete page.
    """
    result = _as_extraction(result_or_text, extract_options)
    heading = title if title is not None else result.meta.get("title") or result.meta.get("id")
    fragment = render_fragment(result, heading=heading, triggers=triggers)
    if not page:
        return f"<style>{_CSS}</style>\n{fragment}"
    return render_page([fragment], title=str(heading or "govie"))
