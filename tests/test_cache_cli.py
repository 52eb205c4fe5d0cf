"""``govie cache``: govie's cache files listed by kind and removed, nothing else touched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govie.cli.main import main
from govie.text.cache_files import cache_files, clear_cache

ROOT = Path(__file__).resolve().parent.parent
# From the bundled weekly report (corpora/weekly-report-2023-17.txt).
TEXT = "5月16日，省发展改革委召开全省重点项目推进会，省财政厅、省自然资源厅参加。"


def _govie(args: list[str], cache: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GOVIE_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "govie.cli", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=600, check=False)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A cache directory filled by a real first run, and that run's output."""
    cache = tmp_path_factory.mktemp("cache")
    run = _govie(["extract", "-", "--rules-only", "--reference-date", "2023-05-18", "--jurisdiction", "四川省"],
                 cache, TEXT)
    assert run.returncode == 0, run.stderr
    return cache, run.stdout


def test_first_run_writes_files_of_govies_kinds(filled: tuple[Path, str]) -> None:
    cache, _ = filled
    kinds = {f.kind for f in cache_files(cache)}
    assert {"jieba-prefix", "re", "re-bundle", "registry"} <= kinds
    listed = _govie(["cache"], cache)
    assert listed.returncode == 0
    assert listed.stdout.startswith(f"{cache}: {len(cache_files(cache))} files")
    assert "jieba-prefix" in listed.stdout


def test_clear_removes_govies_files_only_and_they_are_rebuilt(filled: tuple[Path, str]) -> None:
    cache, first = filled
    (cache / "notes.txt").write_text("mine", encoding="utf-8")
    (cache / "re-notahash.bin").write_bytes(b"x")  # not a name govie writes
    n = len(cache_files(cache))
    cleared = _govie(["cache", "--clear"], cache)
    assert cleared.returncode == 0, cleared.stderr
    assert f"removed {n} files" in cleared.stdout
    assert cache_files(cache) == []
    assert sorted(p.name for p in cache.iterdir()) == ["notes.txt", "re-notahash.bin"]
    again = _govie(["extract", "-", "--rules-only", "--reference-date", "2023-05-18", "--jurisdiction", "四川省"],
                   cache, TEXT)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["entities"] == json.loads(first)["entities"]
    assert cache_files(cache)


def test_unused_days_keeps_recent_files(tmp_path: Path) -> None:
    old, new = tmp_path / f"re-{'a' * 24}.bin", tmp_path / f"registry-{'b' * 24}.bin"
    old.write_bytes(b"1")
    new.write_bytes(b"2")
    now = time.time()
    os.utime(old, (now - 40 * 86400, now - 40 * 86400))
    removed, failed = clear_cache(tmp_path, unused_days=30, now=now)
    assert [f.path.name for f in removed] == [old.name] and failed == []
    assert new.exists() and not old.exists()
    with pytest.raises(ValueError):
        clear_cache(tmp_path, unused_days=-1)


def test_a_fresh_temporary_file_is_left_to_its_writer(tmp_path: Path) -> None:
    tmp = tmp_path / f"re-bundle-{'c' * 24}.binq8x_1.tmp"
    tmp.write_bytes(b"partial")
    removed, _ = clear_cache(tmp_path)
    assert removed == [] and tmp.exists()
    hour_ago = time.time() - 7200
    os.utime(tmp, (hour_ago, hour_ago))
    removed, _ = clear_cache(tmp_path)
    assert [f.path for f in removed] == [tmp] and not tmp.exists()


def test_kind_re_built_is_not_read_as_re(tmp_path: Path) -> None:
    (tmp_path / f"re-built-{'d' * 24}.bin").write_bytes(b"")
    assert [f.kind for f in cache_files(tmp_path)] == ["re-built"]


def test_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVIE_CACHE_DIR", str(tmp_path))
    assert main(["cache", "--unused-days", "3"]) == 2
    assert "--unused-days needs --clear" in capsys.readouterr().err
    assert main(["cache", "--clear", "--unused-days", "-1"]) == 2
    assert ">= 0" in capsys.readouterr().err
    assert main(["cache", "--clear", "--unused-days", "nan"]) == 2


def test_no_cache_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVIE_CACHE_DIR", "")
    assert main(["cache", "--clear"]) == 0
    assert "off" in capsys.readouterr().out
    monkeypatch.setenv("GOVIE_CACHE_DIR", str(tmp_path / "missing"))
    assert main(["cache"]) == 0
    assert "0 files" in capsys.readouterr().out
    assert not (tmp_path / "missing").exists()
