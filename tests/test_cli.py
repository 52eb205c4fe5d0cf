from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from govie.cli.main import ACTIVITY_COLUMNS, ENTITY_COLUMNS, main
from govie.io.text import EncodingError, read_text_file

from .conftest import DEV_GOLD, DEV_TEXT, ROOT


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
    assert main(["evaluate", str(DEV_GOLD), "--rules-only", "--misses", "--markdown"]) == 0
    out = capsys.readouterr().out
    for label in ("DEPT", "DATE", "TITLE", "METRIC"):
        assert f"| entities | {label} | 1 |" in out
    assert "| activities | trigger | 1 |" in out and "# misses" in out


def test_cli_evaluate_malformed_gold_names_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "abc", "entities": []}\n{"text": "abc", "entities": [{"label": "DEPT", "start": 2, "end": 9}]}\n')
    assert main(["evaluate", str(bad), "--rules-only"]) == 2
    err = capsys.readouterr().err
    assert "line 2" in err and "offsets" in err


def test_cli_help_runs():
    proc = subprocess.run([sys.executable, "-m", "govie.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "extract" in proc.stdout


# ---------------------------------------------------------------- encodings and inputs

SAMPLE = "2024年3月1日，省商务厅召开会议，研究《四川省外贸促进办法》。\n第二段 ABC 2024。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_read_text_file_detects_encodings(tmp_path, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes(SAMPLE.encode(encoding))
    assert read_text_file(path) == SAMPLE


@pytest.mark.parametrize(
    "data, code",
    [
        (b"\x00\x01\x02binary\x00\x00\xff", "E106"),
        ("Привет, мир. Это не китайский текст.".encode("cp1251"), "E107"),
        (b"\xef\xbb\xbf\xff\xfe broken", "E107"),
    ],
)
def test_read_text_file_undecidable_is_a_clear_error(tmp_path, data, code):
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    with pytest.raises(EncodingError, match=code) as err:
        read_text_file(path)
    assert "odd.txt" in str(err.value)


def test_explicit_encoding_wins(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(SAMPLE.encode("gb18030"))
    assert read_text_file(path, encoding="gb18030") == SAMPLE
    with pytest.raises(EncodingError):
        read_text_file(path, encoding="utf-8")


def test_cli_same_result_whatever_the_encoding(tmp_path):
    for enc in ("utf-8-sig", "gbk", "utf-16"):
        (tmp_path / f"{enc}.txt").write_bytes(SAMPLE.encode(enc))
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # hidden files are not documents
    (tmp_path / "data.csv").write_text("text\nnot read from a directory walk\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "--rules-only", "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    assert rows[0]["entities"] == rows[1]["entities"] == rows[2]["entities"]
    assert {e["label"] for e in rows[0]["entities"]} >= {"DATE", "DEPT", "TITLE"}


def test_cli_globs_and_csv_inputs(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("2023年5月4日，省药监局开展检查。", encoding="utf-8")
    (tmp_path / "skip.dat").write_text("not matched", encoding="utf-8")
    table = tmp_path / "docs.csv"
    table.write_text('id,full_text\nr1,"2024年1月5日，省教育厅召开会议。"\nr2,"近期，省民政厅开展调研。"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["extract", "*.txt", "docs.csv", "--rules-only", "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["meta"]["id"] for r in rows] == ["a.txt", "b.txt", "r1", "r2"]
    assert rows[2]["meta"]["path"] == "docs.csv"


def test_cli_csv_rows_bring_their_own_date_and_jurisdiction(tmp_path, capsys):
    table = tmp_path / "docs.csv"
    table.write_text(
        "province,publish_date,full_text\n"
        "四川省,2023-05-18,5月4日，省药监局召开会议。\n"
        "云南省,2024-02-01,5月4日，省药监局召开会议。\n"
        "云南省,not-a-date,5月4日，省药监局召开会议。\n",
        encoding="utf-8",
    )
    code = main([
        "extract", str(table), "--rules-only", "--keep-going",
        "--date-column", "publish_date", "--jurisdiction-column", "province",
    ])
    captured = capsys.readouterr()
    assert code == 1 and "docs.csv, line 4: [E103]" in captured.err  # file and line, not only a row id
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["meta"]["reference_date"] for r in rows] == ["2023-05-18", "2024-02-01"]
    dept = [[e["canonical"] for e in r["entities"] if e["label"] == "DEPT"] for r in rows]
    assert dept == [["四川省药品监督管理局"], ["云南省药品监督管理局"]]
    dates = [[e["value"] for e in r["entities"] if e["label"] == "DATE"] for r in rows]
    assert dates == [["2023-05-04"], ["2023-05-04"]]  # 2024's May 4 is more than a month after 1 Feb


def test_cli_csv_without_text_column_fails_clearly(tmp_path, capsys):
    table = tmp_path / "docs.csv"
    table.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["extract", str(table), "--rules-only"]) == 1
    assert "--text-column" in capsys.readouterr().err


def test_cli_reads_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.encode("gb18030"))))
    assert main(["extract", "-", "--rules-only"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["meta"]["id"] == "<stdin>" and any(e["text"] == "省商务厅" for e in row["entities"])


def test_cli_glob_matching_nothing_is_a_failed_input(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "*.nothing"), "--rules-only"]) == 1
    assert "no files match" in capsys.readouterr().err


# ---------------------------------------------------------------- outputs


@pytest.fixture()
def two_docs(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(SAMPLE, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("2023年5月4日，省药监局在成都开展检查。", encoding="utf-8")
    return [str(a), str(b)]


def test_cli_csv_writes_entity_and_activity_tables(tmp_path, two_docs):
    out = tmp_path / "out.csv"
    assert main(["extract", *two_docs, "--rules-only", "-o", str(out)]) == 0
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.glob("out.*")) == [
        "out.activities.csv", "out.documents.csv", "out.entities.csv"
    ]
    with (tmp_path / "out.entities.csv").open(encoding="utf-8-sig", newline="") as f:
        ents = list(csv.DictReader(f))
    assert tuple(ents[0]) == ENTITY_COLUMNS
    dept = next(e for e in ents if e["label"] == "DEPT" and e["text"] == "省商务厅")
    assert dept["canonical"] == "四川省商务厅" and dept["document"] == two_docs[0]
    with (tmp_path / "out.activities.csv").open(encoding="utf-8-sig", newline="") as f:
        acts = list(csv.DictReader(f))
    assert tuple(acts[0]) == ACTIVITY_COLUMNS
    assert {a["document"] for a in acts} == set(two_docs)
    with (tmp_path / "out.documents.csv").open(encoding="utf-8-sig", newline="") as f:
        docs = list(csv.DictReader(f))
    assert [d["document"] for d in docs] == two_docs and docs[0]["reference_date"]
    assert not list(tmp_path.glob(".*part"))
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "out.entities.csv").stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600


def test_cli_parquet_tables(tmp_path, two_docs):
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["extract", *two_docs, "--rules-only", "--format", "parquet", "-o", str(tmp_path / "t")]) == 0
    ents = pq.read_table(tmp_path / "t.entities.parquet").to_pylist()
    acts = pq.read_table(tmp_path / "t.activities.parquet").to_pylist()
    assert any(e["label"] == "DATE" and e["value"] == "2023-05-04" for e in ents)
    assert acts and all(a["document"] in two_docs for a in acts)
    assert pq.read_table(tmp_path / "t.documents.parquet").num_rows == 2


def test_cli_html_output(tmp_path, two_docs):
    out = tmp_path / "out.html"
    assert main(["extract", *two_docs, "--rules-only", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="govie-document"') == 2
    assert page.count('<a href="#doc') >= 2  # a table of contents
    assert 'data-label="DEPT" title="四川省商务厅"' in page


def test_cli_activities_rows(tmp_path, two_docs, capsys):
    assert main(["extract", two_docs[1], "--rules-only", "--activities"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and set(rows[0]) == set(ACTIVITY_COLUMNS) and rows[0]["type"] == "inspection"


def test_cli_reference_date_and_jurisdiction(tmp_path, capsys):
    doc = tmp_path / "d.txt"
    doc.write_text("5月4日，市商务局召开会议。", encoding="utf-8")
    assert main(["extract", str(doc), "--rules-only", "--reference-date", "2023-05-18", "--jurisdiction", "四川省"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["meta"]["reference_date"] == "2023-05-18" and row["meta"]["jurisdiction"] == "四川省"
    assert any(e["label"] == "DATE" and e["value"] == "2023-05-04" for e in row["entities"])


def test_cli_jobs_give_the_same_output_in_input_order(tmp_path, two_docs):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    inputs = [two_docs[0], str(bad), two_docs[1], two_docs[0].replace("a.txt", "missing.txt")]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", *inputs, "--rules-only", "--keep-going", "-o", str(one)]) == 1
    assert main(["extract", *inputs, "--rules-only", "--keep-going", "-j", "2", "-o", str(two)]) == 1
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert [json.loads(line)["meta"]["id"] for line in two.read_text(encoding="utf-8").splitlines()] == two_docs


def test_cli_progress_bar_on_request(two_docs, capsys):
    assert main(["extract", *two_docs, "--rules-only", "--progress"]) == 0
    assert "2doc" in capsys.readouterr().err


# ---------------------------------------------------------------- exit codes, atomic writes


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--reference-date", "2023-13-45"], "E103"),
        (["--format", "csv"], "needs -o"),
        (["-o", "/nonexistent-dir/out.jsonl"], "does not exist"),
        (["--model", "/nonexistent-model"], "E40"),
        (["--encoding", "no-such-codec"], "unknown encoding"),
        (["--jobs", "-1"], "--jobs"),
    ],
)
def test_cli_usage_errors_exit_2(two_docs, capsys, extra, message):
    assert main(["extract", *two_docs, *extra]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_cli_bad_option_exits_2():
    with pytest.raises(SystemExit) as err:
        main(["extract", "--no-such-option", "x.txt"])
    assert err.value.code == 2


def test_cli_failure_leaves_existing_output_untouched(tmp_path, two_docs):
    out = tmp_path / "out.csv"
    old = tmp_path / "out.entities.csv"
    old.write_text("previous run\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    assert main(["extract", *two_docs, str(bad), "--rules-only", "-o", str(out)]) == 1
    assert old.read_text(encoding="utf-8") == "previous run\n"
    assert not (tmp_path / "out.activities.csv").exists()
    assert not list(tmp_path.glob(".*part"))


def test_cli_keep_going_writes_the_good_documents_and_exits_1(tmp_path, two_docs, capsys):
    out = tmp_path / "out.csv"
    missing = str(tmp_path / "missing.txt")
    assert main(["extract", two_docs[0], missing, two_docs[1], "--rules-only", "--keep-going", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err and "2 document(s) written" in err and "1 input(s) failed" in err
    with (tmp_path / "out.documents.csv").open(encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) == 2


@pytest.mark.parametrize("command", [[], ["extract"], ["evaluate"]])
def test_cli_help_everywhere(command, capsys):
    with pytest.raises(SystemExit) as err:
        main([*command, "--help"])
    assert err.value.code == 0 and "usage: govie" in capsys.readouterr().out


def test_cli_evaluate_skips_activities_of_entity_only_gold(tmp_path, capsys):
    gold = tmp_path / "entities-only.jsonl"
    text = "2024年3月1日，省商务厅召开会议。"
    doc = {"id": "e", "text": text, "layers": ["entities"], "activities": [],
           "entities": [{"label": "DATE", "start": 0, "end": 9, "text": "2024年3月1日", "value": "2024-03-01"}]}
    gold.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--rules-only", "--markdown"]) == 0
    out = capsys.readouterr().out
    assert "not annotated: meta, activities, assignments" in out
    assert "| activities |" not in out
    assert "| entities | DATE | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 |" in out
