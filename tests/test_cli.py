from __future__ import annotations

import csv
import io
import json
import os
import stat
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


def test_cli_evaluate_bad_trigger_offsets_give_the_text_length(tmp_path, capsys):
    # An entity's bad offsets said the text's length; an activity trigger's did not (hostile6's remark).
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "市民政局召开会议。", "activities": [
        {"trigger": {"start": 20, "end": 22}, "type": "meeting", "mode": "done"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    assert main(["evaluate", str(bad), "--rules-only"]) == 2
    err = capsys.readouterr().err
    assert "activities[0].trigger has bad offsets start=20 end=22 (text length 9)" in err


def test_cli_evaluate_warns_of_a_label_govie_never_predicts(tmp_path, capsys):
    # A typo in a gold label (DEPt) used to score recall 0 in its own row and say nothing else.
    text = "2024年3月1日，省商务厅召开会议。"
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "text": text, "layers": ["entities"], "entities": [
        {"label": "DEPt", "start": 10, "end": 14, "text": text[10:14]},
        {"label": "DATE", "start": 0, "end": 9, "text": text[0:9]}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--rules-only"]) == 0
    err = capsys.readouterr().err
    assert "DEPt (first in document d1)" in err and "DATE (" not in err


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
        "out.activities.csv", "out.assignments.csv", "out.documents.csv", "out.entities.csv"
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


# ---------------------------------------------------------------- what a new user met (issue 19)

WORK_REPORTS = ROOT / "corpora" / "state-council-work-reports" / "government_work_reports.jsonl"


def test_cli_says_what_it_wrote(tmp_path, two_docs, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", *two_docs, "--rules-only", "-o", str(out)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("govie: 2 document(s) written, ")
    n_ents = sum(len(json.loads(line)["entities"]) for line in out.read_text(encoding="utf-8").splitlines())
    assert f"{n_ents} entities" in err[0] and err[0].endswith(f"-> {out}")


def test_cli_directory_skips_notes_and_takes_include_exclude(tmp_path, capsys):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for name in ("SOURCE.txt", "README.md", "LICENSE"):
        (root / name).write_text("Source: downloaded from the official website.\n", encoding="utf-8")
    (root / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "sub" / "b.txt").write_text("2023年5月4日，省药监局在成都开展检查。", encoding="utf-8")
    (root / "sub" / "c.csv").write_text("id,text\nc1,2024年3月1日，省商务厅召开会议。\n", encoding="utf-8")
    assert main(["extract", str(root), "--rules-only", "--format", "jsonl"]) == 0
    ids = [json.loads(line)["meta"]["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == [str(root / "a.txt"), str(root / "sub" / "b.txt")]
    assert main(["extract", str(root), "--rules-only", "--format", "jsonl", "--include", "*.csv",
                 "--include", "*.txt", "--exclude", "sub/b.txt"]) == 0
    ids = [json.loads(line)["meta"]["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == [str(root / "a.txt"), "c1"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_prints_a_readable_summary_on_a_terminal(monkeypatch, capsys):
    term = _Terminal()
    monkeypatch.setattr(sys, "stdout", term)
    assert main(["extract", str(DEV_TEXT), "--rules-only"]) == 0
    text = term.getvalue()
    assert not text.lstrip().startswith("{") and "四川省水利厅" in text and "activities: " in text
    term.seek(0)
    term.truncate()
    assert main(["extract", str(DEV_TEXT), "--rules-only", "--format", "jsonl"]) == 0
    assert json.loads(term.getvalue())["meta"]["reference_date"] == "2023-05-18"


def test_cli_jsonl_input_takes_the_csv_field_names(tmp_path, capsys):
    # The bundled work reports keep their text in "content", as CSV inputs may.
    lines = WORK_REPORTS.read_text(encoding="utf-8").splitlines()[:2]
    sample = tmp_path / "reports.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(sample), "--rules-only", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and all(r["entities"] for r in rows)
    (tmp_path / "odd.jsonl").write_text('{"body": "省商务厅召开会议。"}\n', encoding="utf-8")
    assert main(["extract", str(tmp_path / "odd.jsonl"), "--rules-only"]) == 1
    err = capsys.readouterr().err
    assert "odd.jsonl, line 1" in err and "body" in err and "--text-column" in err
    assert main(["extract", str(tmp_path / "odd.jsonl"), "--rules-only", "--text-column", "body",
                 "--format", "jsonl"]) == 0


def test_cli_activities_table_in_every_format(tmp_path, two_docs, capsys):
    import pyarrow.parquet as pq

    assert main(["extract", *two_docs, "--rules-only", "--activities", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(isinstance(r["agents"], list) and isinstance(r["titles"], list) for r in rows)
    assert main(["extract", *two_docs, "--rules-only", "--activities", "-o", str(tmp_path / "acts.csv")]) == 0
    with (tmp_path / "acts.csv").open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    assert [r["trigger"] for r in table] == [r["trigger"] for r in rows] and tuple(table[0]) == ACTIVITY_COLUMNS
    assert not (tmp_path / "acts.entities.csv").exists()
    assert main(["extract", *two_docs, "--rules-only", "--activities", "-o", str(tmp_path / "acts.parquet")]) == 0
    assert pq.read_table(tmp_path / "acts.parquet").to_pylist()[0]["agents"] == rows[0]["agents"]
    assert main(["extract", *two_docs, "--rules-only", "--activities", "-o", str(tmp_path / "acts.html")]) == 0
    assert rows[0]["trigger"] in (tmp_path / "acts.html").read_text(encoding="utf-8")


def test_cli_and_write_parquet_write_one_layout(tmp_path, two_docs):
    pq = pytest.importorskip("pyarrow.parquet")
    import govie
    from govie.batch import read_parquet, write_parquet

    assert main(["extract", *two_docs, "--rules-only", "-o", str(tmp_path / "cli.parquet")]) == 0
    items = [(govie.extract(open(p, encoding="utf-8").read(), model=None), p) for p in two_docs]
    assert write_parquet(items, tmp_path / "api.parquet") == 2
    for table in ("entities", "activities"):
        cli = pq.read_table(tmp_path / f"cli.{table}.parquet")
        api = pq.read_table(tmp_path / f"api.{table}.parquet")
        assert cli.schema == api.schema and cli.to_pylist() == api.to_pylist()
    back = list(read_parquet(tmp_path / "cli.parquet"))
    assert [d["meta"]["id"] for d in back] == two_docs
    assert back[0]["entities"] == json.loads(json.dumps(items[0][0].to_dict()["entities"], ensure_ascii=False))


def test_cli_entities_and_triggers_carry_norm_text(capsys):
    assert main(["extract", str(DEV_TEXT), "--rules-only", "--format", "jsonl"]) == 0
    doc = json.loads(capsys.readouterr().out)
    broken = [e for e in doc["entities"] if "\n" in e["text"]]
    assert broken and all("\n" not in e["norm_text"] for e in broken)
    assert all(e["norm_text"] == e["text"] for e in doc["entities"] if not any(c.isspace() for c in e["text"]))
    assert any("\n" in a["trigger"]["text"] and "\n" not in a["trigger"]["norm_text"] for a in doc["activities"])


# ---------------------------------------------------------------- -o and special files (issue 21, item 3)


def test_cli_writes_through_a_fifo(tmp_path, two_docs):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader waits, so the writer does not block
    try:
        assert main(["extract", two_docs[1], "--rules-only", "-o", str(fifo), "--format", "jsonl"]) == 0
        data = os.read(reader, 1 << 16).decode("utf-8")
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a pipe, not replaced by a file
    assert json.loads(data)["meta"]["id"] == two_docs[1]


def test_cli_follows_a_symlink_and_keeps_the_mode(tmp_path, two_docs):
    real = tmp_path / "real"
    real.mkdir()
    target = real / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o600)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert main(["extract", two_docs[1], "--rules-only", "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["meta"]["id"] == two_docs[1]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in real.iterdir()) == ["out.jsonl"]  # no temporary left


def test_annotate_and_write_jsonl_use_the_umask(tmp_path, two_docs):
    from govie.batch import write_jsonl
    import govie

    umask = os.umask(0o022)
    try:
        out = tmp_path / "tasks.json"
        assert main(["annotate", two_docs[1], "--rules-only", "-o", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644  # was mkstemp's 0600
        path = tmp_path / "res.jsonl"
        write_jsonl([govie.extract("省药监局召开会议。", model=None)], path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        link = tmp_path / "link.jsonl"
        link.symlink_to(path)
        path.chmod(0o600)
        write_jsonl([govie.extract("省药监局召开会议。", model=None)], link)
        assert link.is_symlink() and stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(umask)


# ---------------------------------------------------------------- globs and links (item 5)


def test_cli_quoted_globstar_survives_a_symlink_loop(tmp_path):
    root = tmp_path / "L"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "self").symlink_to(".")  # sub/self -> sub and sub/up -> L: loops that branch
    (root / "sub" / "up").symlink_to("..")
    (root / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "sub" / "b.txt").write_text("2023年5月4日，省药监局在成都开展检查。", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "govie.cli", "extract", f"{root}/**/*.txt", "--rules-only", "--format", "jsonl"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    ids = [json.loads(line)["meta"]["id"] for line in proc.stdout.splitlines()]
    assert ids == [str(root / "a.txt"), str(root / "sub" / "b.txt")]  # each file once


def test_cli_symlink_loop_on_the_command_line_fails_alone(tmp_path, two_docs, capsys):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    out = tmp_path / "out.jsonl"
    assert main(["extract", two_docs[0], str(loop), two_docs[1], "--rules-only", "--keep-going", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "loop.txt" in err and "Traceback" not in err
    assert [json.loads(line)["meta"]["id"] for line in out.read_text(encoding="utf-8").splitlines()] == two_docs


# ---------------------------------------------------------------- streaming, bounds, bad rows (item 8)


def test_cli_streams_results_into_the_temporary_file(tmp_path, two_docs, monkeypatch):
    import importlib

    cli = importlib.import_module("govie.cli.main")
    out = tmp_path / "out.jsonl"
    seen: list[int] = []
    real = cli._extract_job

    def job(payload):
        parts = list(tmp_path.glob(".out.jsonl.*.part"))
        seen.append(len(parts[0].read_text(encoding="utf-8").splitlines()) if parts else -1)
        return real(payload)

    monkeypatch.setattr(cli, "_extract_job", job)
    assert main(["extract", *two_docs, two_docs[0].replace("a.txt", "c.txt"), "--rules-only", "-o", str(out),
                 "--keep-going"]) == 1
    assert seen == [0, 1, 2]  # each document is in the file before the next one is extracted
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_cli_max_bytes_bounds_one_input(tmp_path, two_docs, capsys):
    assert main(["extract", "/dev/zero", two_docs[1], "--rules-only", "--max-bytes", "100000",
                 "--keep-going", "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "/dev/zero: [E116]" in captured.err and "--max-bytes" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_cli_keep_going_loses_only_the_bad_jsonl_line_and_csv_row(tmp_path, capsys):
    lines = tmp_path / "docs.jsonl"
    lines.write_text(
        '{"id": "a", "text": "2024年3月1日，省商务厅召开会议。"}\n'
        '{"id": "b", "text": "省药监局召开会议。"\n'
        '{"id": "c", "text": "2023年5月4日，省药监局在成都开展检查。"}\n',
        encoding="utf-8",
    )
    table = tmp_path / "docs.csv"
    table.write_text("id,text\nx,2024年3月1日，省商务厅召开会议。\ny,a,b\nz,省药监局召开会议。\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(lines), str(table), "--rules-only", "--keep-going", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{lines}, line 2: invalid JSON" in err and f"{table}, line 3 (id y)" in err
    assert [json.loads(x)["meta"]["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "c", "x", "z"]


# ---------------------------------------------------------------- wrong output (item 9)


def test_cli_jsonl_id_zero_is_an_id(tmp_path, capsys):
    doc = tmp_path / "d.jsonl"
    doc.write_text('{"id": 0, "text": "省商务厅召开会议。"}\n', encoding="utf-8")
    assert main(["extract", str(doc), "--rules-only", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["id"] == "0"


def test_cli_unterminated_csv_quote_is_an_error_not_merged_rows(tmp_path, capsys):
    table = tmp_path / "docs.csv"
    table.write_text('id,text\na,2024年3月1日，省商务厅召开会议。\nb,"省药监局召开会议。\nc,省水利厅开展检查。\n',
                     encoding="utf-8")
    assert main(["extract", str(table), "--rules-only", "--keep-going", "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert f"{table}, line 3" in captured.err and "never closed" in captured.err
    assert [json.loads(x)["meta"]["id"] for x in captured.out.splitlines()] == ["a"]


def test_cli_jsonl_reference_date_must_be_a_string(tmp_path, capsys):
    doc = tmp_path / "d.jsonl"
    doc.write_text('{"id": "a", "text": "5月4日，省商务厅召开会议。", "reference_date": 20230518}\n', encoding="utf-8")
    assert main(["extract", str(doc), "--rules-only"]) == 1
    err = capsys.readouterr().err
    assert "d.jsonl, line 1" in err and "reference_date" in err and "ISO date string" in err


def test_read_text_file_utf32_bom_big5_and_not_chinese(tmp_path):
    text = "2024年3月1日，省商務廳召開會議，研究《藥品管理條例》的實施。"
    for encoding in ("utf-32", "utf-32-be"):
        data = text.encode(encoding)
        if encoding == "utf-32-be":
            data = b"\x00\x00\xfe\xff" + data
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(data)
        assert read_text_file(path) == text  # not UTF-16 with NULs inside
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(text.encode("big5"))
    assert read_text_file(big5) == text
    for encoding, sample, language in (
        ("shift_jis", "日本国憲法は、昭和二十二年五月三日に施行された。国民主権を基本原理とする。", "Japanese"),
        ("euc_kr", "대한민국 헌법은 대한민국의 최고법이다. 국회는 법률을 제정한다.", "Korean"),
    ):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(sample.encode(encoding))
        with pytest.raises(EncodingError, match=f"not Chinese text.*{language}"):
            read_text_file(path)
        assert read_text_file(path, encoding=encoding) == sample


def test_read_text_file_gbk_corpus_still_detected(tmp_path):
    path = tmp_path / "gbk.txt"
    text = DEV_TEXT.read_text(encoding="utf-8")
    path.write_bytes(text.encode("gb18030"))
    assert read_text_file(path) == text
    short = tmp_path / "short.txt"
    short.write_bytes("Dataset: State Council 政府工作报告 1954-2025".encode("gbk"))
    assert read_text_file(short) == "Dataset: State Council 政府工作报告 1954-2025"


# ---------------------------------------------------------------- CSV injection (item 10), stdin twice (item 11)


def test_cli_csv_cells_cannot_run_formulas(tmp_path):
    table = tmp_path / "in.csv"
    table.write_text('id,text\n"=HYPERLINK(""http://x"",""y"")",省商务厅召开会议。\n@SUM(A1),同比增长-5.5%。\n',
                     encoding="utf-8")
    assert main(["extract", str(table), "--rules-only", "-o", str(tmp_path / "out.csv")]) == 0
    with (tmp_path / "out.documents.csv").open(encoding="utf-8-sig", newline="") as f:
        docs = [r["document"] for r in csv.DictReader(f)]
    assert docs == ["'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)"]
    with (tmp_path / "out.entities.csv").open(encoding="utf-8-sig", newline="") as f:
        cells = [c for row in csv.reader(f) for c in row]
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert not any(c.startswith("-") and not c.lstrip("-").replace(".", "").isdigit() for c in cells)


def test_cli_stdin_named_twice_is_read_once(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.encode("utf-8"))))
    assert main(["extract", "-", "-", "--rules-only", "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1 and "read once" in captured.err
