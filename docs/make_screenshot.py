"""Regenerate docs/render-weekly-report.png: the dev report rendered by govie.render.

    python docs/make_screenshot.py            # needs Debian's chromium (apt-get install chromium)
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from pathlib import Path

import govie
from govie.types import Extraction
from govie.render import render_html

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "render-weekly-report.png"


def window(result: Extraction, start: int, end: int) -> Extraction:
    """The part of a result between two offsets, offsets shifted (the picture shows the busy middle)."""
    ents = [
        dataclasses.replace(e, start=e.start - start, end=e.end - start)
        for e in result.entities
        if start <= e.start and e.end <= end
    ]
    acts = []
    for a in result.activities:
        if start <= a.trigger["start"] and a.trigger["end"] <= end:
            trigger = {**a.trigger, "start": a.trigger["start"] - start, "end": a.trigger["end"] - start}
            acts.append(dataclasses.replace(a, trigger=trigger))
    return Extraction(result.text[start:end], ents, acts, result.meta)


def main() -> int:
    text = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    result = govie.extract(text, model=None)
    start = text.index("（三）推进情况")
    part = window(result, start, text.index("\n", start + 900))
    html = render_html(part, title="窗口工作周报 2023年第17期, from （三）推进情况: govie.render.render_html")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp}/profile",
            "--hide-scrollbars", "--window-size=1100,1700", f"--screenshot={OUT}", page.as_uri(),
        ]
        return subprocess.run(cmd, capture_output=True).returncode


if __name__ == "__main__":
    sys.exit(main())
