"""Regenerate the README's pictures of govie's HTML with headless Chromium:

* ``docs/html-one.png``: one document (``govie extract corpora/weekly-report-2023-17.txt -o report.html``);
* ``docs/html-many.png``: many documents on one page, with the table of contents
  (``govie extract 'corpora/work-reports-2026/*.csv' --rules-only -o reports.html``).

    python docs/make_screenshot.py      # Debian: apt-get install chromium fonts-noto-cjk
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {
    "html-one.png": (["corpora/weekly-report-2023-17.txt"], "1100,1500"),
    "html-many.png": (["corpora/work-reports-2026/*.csv", "--rules-only"], "1100,1300"),
}


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("make_screenshot: chromium is not installed (Debian: apt-get install chromium fonts-noto-cjk)",
              file=sys.stderr)
        return 1
    from govie.cli.main import main as govie

    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (args, size) in SHOTS.items():
            page = Path(tmp) / (name + ".html")
            code = govie(["extract", *args, "-o", str(page)])  # run from the root: paths as in the README
            if code:
                return code
            cmd = [
                chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp}/profile",
                "--hide-scrollbars", f"--window-size={size}", f"--screenshot={ROOT / 'docs' / name}", page.as_uri(),
            ]
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode:
                print(proc.stderr[-2000:], file=sys.stderr)
                return proc.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
