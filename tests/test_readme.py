"""Every code block of the README runs as pasted, on the bundled data.

The Python blocks and the shell commands run in document order, in one scratch
directory that sees the repository's ``corpora/``, ``annotations/`` and ``govie/``
(so that what they write stays out of the checkout), with ``govie`` on the PATH.
Skipped, and only these: ``pip install`` (needs the network) and ``python -m pytest``
(this very test suite).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
# Commands that need the network or are this test suite.
SKIP = (re.compile(r"^\s*pip install\b"), re.compile(r"^\s*python -m pytest\b"))

pytestmark = pytest.mark.slow


def blocks() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer(README.read_text(encoding="utf-8"))]


def shell_commands(code: str) -> list[str]:
    """The commands of a shell block: continuation lines joined, heredocs kept whole."""
    commands: list[str] = []
    lines = code.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        while line.endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line[:-1] + " " + lines[i].strip()
        heredoc = re.search(r"<<\s*'?(\w+)'?", line)
        if heredoc:
            end = heredoc.group(1)
            body = [line]
            while i + 1 < len(lines):
                i += 1
                body.append(lines[i])
                if lines[i].strip() == end:
                    break
            line = "\n".join(body)
        i += 1
        if line.strip():
            commands.append(line)
    return commands


def runnable(command: str) -> str | None:
    """The command without its parts that need the network (``a && b``: each part alone)."""
    parts = [p for p in command.split(" && ") if not any(s.match(p) for s in SKIP)] if "<<" not in command else [command]
    return " && ".join(parts) or None


def test_readme_has_python_and_shell_blocks():
    kinds = [kind for kind, _ in blocks()]
    assert kinds.count("python") >= 3 and kinds.count("bash") >= 3
    assert set(kinds) <= {"python", "bash", "text", ""}, "label every README block: python, bash or text"


def test_readme_code_runs_as_pasted(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    for name in ("corpora", "annotations", "govie", "notebooks", "docs"):
        (work / name).symlink_to(ROOT / name)
    bindir = tmp_path / "bin"
    bindir.mkdir()
    shim = bindir / "govie"
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m govie.cli "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    (bindir / "python").symlink_to(sys.executable)
    env = {
        **os.environ,
        "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "MPLBACKEND": "Agg",
    }
    ran = 0
    for k, (kind, code) in enumerate(blocks()):
        if kind == "python":
            script = work / f"readme_block_{k}.py"
            script.write_text(code, encoding="utf-8")
            proc = subprocess.run([sys.executable, script.name], cwd=work, env=env, capture_output=True, text=True,
                                  timeout=600)
            assert proc.returncode == 0, f"README block {k} (python) failed:\n{code}\n{proc.stderr[-3000:]}"
            ran += 1
        elif kind == "bash":
            for command in shell_commands(code):
                todo = runnable(command)
                if todo is None:
                    continue
                proc = subprocess.run(["bash", "-euo", "pipefail", "-c", todo], cwd=work, env=env,
                                      capture_output=True, text=True, timeout=600)
                assert proc.returncode == 0, f"README command failed:\n{todo}\n{proc.stderr[-3000:]}"
                ran += 1
    assert ran >= 10


def test_readme_example_prints_what_it_says():
    code = next(code for kind, code in blocks() if kind == "python" and "省药监局 → 四川省药品监督管理局" in code)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.startswith("2023-05-18 四川省\n") and "省药监局 → 四川省药品监督管理局" in proc.stdout


def test_help_of_extract_names_the_bundled_model():
    import pydoc

    import govie

    doc = pydoc.render_doc(govie.extract, renderer=pydoc.plaintext)
    assert "= BUNDLED_MODEL" in doc and "object at 0x" not in doc
