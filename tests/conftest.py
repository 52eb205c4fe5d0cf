from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_TEXT = ROOT / "corpora" / "weekly-report-2023-17.txt"
DEV_GOLD = ROOT / "annotations" / "dev" / "weekly-report-2023-17.jsonl"


@pytest.fixture(scope="session")
def dev_text() -> str:
    return DEV_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_gold() -> dict:
    return json.loads(DEV_GOLD.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def dev_result(dev_text):
    import govie

    return govie.extract(dev_text, model=None)
