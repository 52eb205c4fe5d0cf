"""A user's registry file works through extract(), Pipeline, load() and the CLI."""

from __future__ import annotations

import json

import pytest

import govie
from govie.cli import main

TEXT = "2024年3月1日，省示例实验室召开会议。"
BODY = {"id": "x.510000.lab", "name": "四川省示例数据实验室", "aliases": ["省示例实验室"], "kind": "institution",
        "level": "province", "division": "510000", "parent": None, "valid_from": None, "valid_to": None}


@pytest.fixture
def registry_file(tmp_path):
    path = tmp_path / "my_bodies.jsonl"
    path.write_text(json.dumps(BODY, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _depts(result):
    return [(e.text, e.canonical) for e in result.entities if e.label == "DEPT"]


def test_extract_uses_the_user_registry(registry_file):
    assert _depts(govie.extract(TEXT, jurisdiction="四川省", model=None)) == []
    got = govie.extract(TEXT, jurisdiction="四川省", model=None, registry=str(registry_file))
    assert _depts(got) == [("省示例实验室", "四川省示例数据实验室")]


def test_pipeline_object_owns_its_registry(registry_file):
    pipe = govie.Pipeline(registry=[registry_file], model=None)
    assert len(pipe.registry) > 4000  # the bundled bodies stay
    assert _depts(pipe(TEXT, jurisdiction="四川省")) == [("省示例实验室", "四川省示例数据实验室")]


def test_spacy_pipeline_uses_the_user_registry(registry_file):
    nlp = govie.load(registry=str(registry_file))
    # The text names its province: a bare 省 alias is resolved against the document's jurisdiction.
    doc = nlp("四川省人民政府办公厅通知：" + TEXT)
    assert ("省示例实验室", "四川省示例数据实验室") in [(e.text, e._.canonical) for e in doc.ents if e.label_ == "DEPT"]
    assert all(e._.canonical is None for e in nlp(TEXT).ents if e.text == "省示例实验室")


def test_cli_registry_option(registry_file, tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(doc), "--registry", str(registry_file), "--jurisdiction", "四川省", "--rules-only"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(e["text"], e["canonical"]) for e in out["entities"] if e["label"] == "DEPT"] == [
        ("省示例实验室", "四川省示例数据实验室")]


def test_cli_bad_registry_is_a_usage_error_naming_the_file(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(doc), "--registry", str(bad), "--rules-only"]) == 2
    assert "bad.jsonl" in capsys.readouterr().err
