from __future__ import annotations

import json
import subprocess
import sys

from govie.cli import main

from .conftest import DEV_GOLD, DEV_TEXT


def test_cli_extract_writes_jsonl(tmp_path, dev_text):
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(DEV_TEXT), "--rules-only", "-o", str(out)])
    assert code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    assert rows[0]["meta"]["reference_date"] == "2023-05-18"
    assert any(e["label"] == "DEPT" for e in rows[0]["entities"])


def test_cli_keep_going_reports_bad_files(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("2024年3月1日，省商务厅召开会议。", encoding="utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("2024年3月1日，省商务厅召开会议。".encode("gb18030"))
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(good), str(binary), str(gbk), "--rules-only", "--keep-going", "-o", str(out)])
    assert code == 1
    assert "bad.txt" in capsys.readouterr().err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2


def test_cli_stops_at_first_bad_file_without_keep_going(tmp_path):
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x00")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(binary), "--rules-only", "-o", str(out)]) == 1
    assert not out.exists()


def test_cli_evaluate_reports_per_label(capsys):
    assert main(["evaluate", str(DEV_GOLD), "--rules-only", "--misses"]) == 0
    out = capsys.readouterr().out
    for label in ("DEPT", "DATE", "TITLE", "METRIC"):
        assert f"| {label} |" in out
    assert "activities:" in out and "# misses" in out


def test_cli_evaluate_malformed_gold_names_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "abc", "entities": []}\n{"text": "abc", "entities": [{"label": "DEPT", "start": 2, "end": 9}]}\n')
    assert main(["evaluate", str(bad), "--rules-only"]) == 2
    err = capsys.readouterr().err
    assert "line 2" in err and "offsets" in err


def test_cli_help_runs():
    proc = subprocess.run([sys.executable, "-m", "govie.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "extract" in proc.stdout
