"""What ``govie extract`` writes, one document at a time (nothing is held back in memory).

Every writer gets each result as it comes (``add``) and finishes the file in ``close``;
the files belong to one ``AtomicFiles``, renamed into place only when the run succeeds.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Any

from govie.io.output import AtomicFiles
from govie.io.tables import ALL_TABLES, TABLES, TableWriter, json_line, table_paths

__all__ = ["open_writer", "targets_of", "Writer"]


class Writer:
    """Base: ``add(doc_id, path, result)`` per document, then ``close()``."""

    def add(self, doc_id: str, path: str, result: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _Documents(Writer):
    """JSON Lines, one ``{meta, entities, activities, assignments}`` per document."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def add(self, doc_id: str, path: str, result: Any) -> None:
        d = result.to_dict()
        d["meta"]["path"] = path
        d["meta"].setdefault("id", doc_id)
        self.out.write(json_line(d))
        self.out.flush()  # on disk as it comes: a long run shows its progress in the file


class _HtmlTable(Writer):
    """One table (e.g. ``--activities``) as an HTML page."""

    def __init__(self, out: IO[str], table: str) -> None:
        from govie.render import page_end, page_start

        self.out, self.table, self._end = out, ALL_TABLES[table], page_end
        cols = "".join(f"<th>{c}</th>" for c in self.table.columns if c != "extra")
        out.write(page_start(f"govie: {table}") + f'<table class="govie-activities"><thead><tr>{cols}</tr></thead><tbody>\n')

    def add(self, doc_id: str, path: str, result: Any) -> None:
        import html

        for row in self.table.rows(result, doc_id, path):
            cells = []
            for c in self.table.columns:
                if c == "extra":
                    continue
                v = row.get(c)
                v = "<br>".join(html.escape(str(x)) for x in v) if isinstance(v, list) else html.escape(
                    "" if v is None else str(v))
                cells.append(f"<td>{v}</td>")
            self.out.write("<tr>" + "".join(cells) + "</tr>\n")

    def close(self) -> None:
        self.out.write("</tbody></table>\n" + self._end())


class _Html(Writer):
    """One page: a section per document as it comes, the table of contents last (shown first)."""

    def __init__(self, out: IO[str]) -> None:
        from govie.render import page_start

        self.out = out
        self.toc: list[str] = []
        out.write(page_start("govie"))

    def add(self, doc_id: str, path: str, result: Any) -> None:
        from govie.render import render_fragment, toc_entry

        anchor = f"doc{len(self.toc) + 1}"
        if self.toc:
            self.out.write("<hr>\n")
        self.out.write(render_fragment(result, heading=doc_id, anchor=anchor) + "\n")
        self.toc.append(toc_entry(anchor, doc_id, result))
        self.out.flush()

    def close(self) -> None:
        from govie.render import page_end

        self.out.write(page_end(self.toc))


class _Tables(Writer):
    def __init__(self, writer: TableWriter) -> None:
        self.writer = writer

    def add(self, doc_id: str, path: str, result: Any) -> None:
        self.writer.add(result, doc_id, path)

    def close(self) -> None:
        self.writer.close()


def _summary_line(doc_id: str, result: Any) -> str:
    from collections import Counter

    labels = Counter(e.label for e in result.entities)
    meta = result.meta
    head = [doc_id]
    for key in ("title", "docno", "doc_issuer", "issuer", "reference_date", "jurisdiction"):
        if meta.get(key) and str(meta[key]) not in head:
            head.append(str(meta[key]))
    lines = [" · ".join(head)]
    lines.append("  entities: " + (", ".join(f"{n} {lab}" for lab, n in labels.most_common()) or "none"))
    depts = Counter(e.canonical for e in result.entities if e.label == "DEPT" and e.canonical)
    if depts:
        lines.append("  bodies: " + "、".join(name for name, _ in depts.most_common(5)))
    dated = sum(1 for a in result.activities if a.date)
    lines.append(f"  activities: {len(result.activities)} ({dated} dated)")
    for a in result.activities[:5]:
        who = "、".join(a.agents) or "?"
        what = a.trigger.get("norm_text") or a.trigger["text"]
        lines.append(f"    {a.date or '(undated)'}  {a.type:<12} {who} {what}{(' ' + a.name) if a.name else ''}")
    if len(result.activities) > 5:
        lines.append(f"    … {len(result.activities) - 5} more (--format jsonl for everything)")
    return "\n".join(lines) + "\n"


class _Summary(Writer):
    """A terminal without ``-o`` or ``--format``: a readable summary per document."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def add(self, doc_id: str, path: str, result: Any) -> None:
        self.out.write(_summary_line(doc_id, result))
        self.out.flush()


def open_writer(files: AtomicFiles, fmt: str, output: str | None, table: str | None) -> Writer:
    """The writer for ``--format``/``-o``; ``table`` (e.g. "activities") writes that table alone."""
    target = output or "-"
    if fmt == "summary":
        return _Summary(sys.stdout)
    if fmt == "html":
        out = files.open(target)
        return _HtmlTable(out, table) if table else _Html(out)
    if table:
        return _Tables(TableWriter(files, {table: target}, fmt))
    if fmt == "jsonl":
        return _Documents(files.open(target))
    return _Tables(TableWriter(files, table_paths(Path(target), fmt, TABLES), fmt))


def targets_of(fmt: str, output: str | None, table: str | None) -> list[str]:
    """The files a run writes (for the summary line)."""
    if fmt == "summary" or not output or output == "-":
        return ["stdout"]
    if table or fmt in ("jsonl", "html"):
        return [output]
    return [str(p) for p in table_paths(Path(output), fmt, TABLES).values()]

