"""Regenerate docs/render-weekly-report.png: the dev report rendered by govie.render.

    python docs/make_screenshot.py            # needs Debian's chromium (apt-get install chromium)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import govie
from govie.render import render_html

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "render-weekly-report.png"


def main() -> int:
    text = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    html = render_html(govie.extract(text, model=None), title="窗口工作周报 2023年第17期 (govie.render.render_html)")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp}/profile",
            "--hide-scrollbars", "--window-size=1100,1500", f"--screenshot={OUT}", page.as_uri(),
        ]
        return subprocess.run(cmd, capture_output=True).returncode


if __name__ == "__main__":
    sys.exit(main())
