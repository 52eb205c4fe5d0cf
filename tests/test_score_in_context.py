"""scripts/score_in_context.py: an excerpt scored with govie reading its whole source."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from score_in_context import MANIFEST, predict_in_context  # noqa: E402

from govie.evaluate import load_gold  # noqa: E402


@pytest.fixture(scope="module")
def manifest():
    return {e["id"]: e for e in json.loads(MANIFEST.read_text(encoding="utf-8"))}


def test_plan_middle_read_in_its_report(manifest):
    # A part of the 2026 plan cut from Fujian's report: read in the whole report, each action
    # is planned for 2026; every span is moved onto the excerpt at the same text.
    gold = load_gold([ROOT / "annotations" / "dev" / "wr2026-fujianm.jsonl"])[0]
    pred = predict_in_context(gold, manifest)
    text = gold["text"]
    for e in pred["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    body = [a for a in pred["activities"] if a["trigger"]["start"] > len(text) // 10]
    assert len(body) >= 10
    assert {a["mode"] for a in body} == {"planned"} and {a["date"] for a in body} == {"2026"}


def test_unknown_document_is_named(manifest):
    with pytest.raises(SystemExit, match="weekly"):
        predict_in_context({"id": "weekly-report-2023-17", "text": ""}, manifest)
