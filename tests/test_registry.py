"""Registry data integrity, loading, extension and error messages."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from govie.data import build_divisions, build_registry
from govie.kb.registry import (BUNDLED_DIR, STATE_COUNCIL, Agency, Registry, RegistryError, default_registry,
                               read_jsonl)

ADMIN_CSV = Path("/work/shared/data/admin-divisions/ok_data_level3.csv")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


def test_registry_covers_every_level(registry):
    levels = Counter(a.level for a in registry)
    assert levels["national"] >= 150
    assert levels["province"] >= 31 * 80
    assert levels["city"] >= 21 * 30
    provinces = {a.division for a in registry if a.level == "province"}
    assert len(provinces) == 31


def test_registry_has_no_duplicate_ids():
    ids = Counter()
    for path in sorted(BUNDLED_DIR.glob("*.jsonl")):
        ids.update(a.id for a in read_jsonl(path))
    assert [i for i, n in ids.items() if n > 1] == []


def test_registry_references_resolve(registry):
    dangling = []
    for a in registry:
        for ref in (a.parent, *a.predecessors, *a.successors):
            if ref and ref not in registry:
                dangling.append((a.id, ref))
    assert dangling == []


def test_registry_successor_links_are_mutual_in_time(registry):
    for a in registry:
        for sid in a.successors:
            s = registry.get(sid)
            assert a.valid_to, f"{a.id} has successors but no valid_to"
            assert s.valid_from is None or s.valid_from <= a.valid_to or s.valid_to is None, (a.id, sid)


def _overlap(a: Agency, b: Agency) -> bool:
    return (a.valid_to is None or b.valid_from is None or b.valid_from < a.valid_to) and (
        b.valid_to is None or a.valid_from is None or a.valid_from < b.valid_to)


def test_no_alias_names_two_live_bodies_in_one_jurisdiction(registry):
    clashes = []
    for form in registry.surface_forms():
        by_division = defaultdict(list)
        for a in registry.by_name(form):
            by_division[a.division].append(a)
        for division, agencies in by_division.items():
            for i, a in enumerate(agencies):
                for b in agencies[i + 1:]:
                    if _overlap(a, b):
                        clashes.append((form, a.id, b.id))
    assert clashes == []


def test_committed_registry_matches_its_sources():
    for name, text in build_registry.build_all().items():
        assert (BUNDLED_DIR / name).read_text(encoding="utf-8") == text, f"rerun build_registry for {name}"


@pytest.mark.skipif(not ADMIN_CSV.exists(), reason="shared admin-divisions data not available")
def test_committed_divisions_match_source():
    expected = build_divisions.render(build_divisions.build_rows(ADMIN_CSV))
    assert build_divisions.OUT.read_text(encoding="utf-8") == expected


def test_registry_lookup_api(registry):
    (mpa,) = [a for a in registry.by_name("省药监局") if a.division == "510000"]
    assert mpa == registry.get("p.510000.mpa")
    assert mpa.name == "四川省药品监督管理局" and mpa.kind == "department" and mpa.level == "province"
    assert mpa.parent == "p.510000.gov"
    assert "省药监局" in set(registry.surface_forms())
    assert registry.by_name("不存在的机构") == []
    assert registry.get("nope") is None
    assert len(registry) == sum(1 for _ in registry)


def test_state_council_constant_names_the_registry_body(registry):
    # The constant other stages compare canonical names with is the body 国务院 links to.
    assert [(a.name, a.kind, a.level) for a in registry.by_name("国务院")] == [(STATE_COUNCIL, "government", "national")]


def test_registry_history_records(registry):
    old = registry.get("p.510000.tax-state")
    assert old.valid_to == "2018-07-20" and old.successors == ("p.510000.tax",)
    assert registry.get("p.510000.tax").predecessors == ("p.510000.tax-state", "p.510000.tax-local")


def _write(tmp_path: Path, lines: list) -> Path:
    path = tmp_path / "extra.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)
                              for x in lines) + "\n", encoding="utf-8")
    return path


GOOD = {"id": "x.zgq", "name": "自贡市自流井区数据局", "aliases": ["自流井区数据局"], "kind": "department",
        "level": "county", "division": "510302", "parent": None, "valid_from": "2024-06-01",
        "valid_to": None, "predecessors": [], "successors": []}


def test_registry_extends_with_user_files(tmp_path):
    path = _write(tmp_path, [GOOD, dict(GOOD, id="p.510000.mpa", name="四川省药品监督管理局", aliases=["川药监"])])
    reg = Registry.load([path])
    assert reg.get("x.zgq").aliases == ("自流井区数据局",)
    assert len(reg) == len(default_registry()) + 1
    # Same id: the user's record replaces the bundled one, old aliases included.
    assert [a.id for a in reg.by_name("川药监")] == ["p.510000.mpa"]
    assert all(a.division != "510000" for a in reg.by_name("省药监局"))


def test_registry_loads_user_files_alone(tmp_path):
    reg = Registry.load([_write(tmp_path, [GOOD])], bundled=False)
    assert [a.id for a in reg] == ["x.zgq"]


BAD = [
    ("{not json", 1, "<json>", "invalid JSON"),
    (dict(GOOD, name=""), 1, "name", "non-empty string"),
    ({k: v for k, v in GOOD.items() if k != "id"}, 1, "id", "required"),
    (dict(GOOD, valid_from="2024/06/01"), 1, "valid_from", "ISO date"),
    (dict(GOOD, valid_to="2024-02-30"), 1, "valid_to", "calendar date"),
    (dict(GOOD, valid_to="2020-01-01"), 1, "valid_to", "later than valid_from"),
    (dict(GOOD, division="5103"), 1, "division", "6-digit"),
    (dict(GOOD, aliases="自流井区数据局"), 1, "aliases", "list of non-empty strings"),
    (dict(GOOD, parent=7), 1, "parent", "string or null"),
    (dict(GOOD, website="http://x"), 1, "website", "unknown field"),
    ('["a", "list"]', 1, "<record>", "JSON object"),
    ("__import__('os').system('echo hi')", 1, "<json>", "invalid JSON"),
]


@pytest.mark.parametrize(("line", "line_no", "field", "problem"), BAD,
                         ids=[f"{b[2]}-{b[3]}" for b in BAD])
def test_registry_error_names_file_line_and_field(tmp_path, line, line_no, field, problem):
    path = _write(tmp_path, [line])
    with pytest.raises(RegistryError) as err:
        Registry.load([path], bundled=False)
    msg = str(err.value)
    assert msg.startswith(f"{path}:{line_no}: field {field!r}: ")
    assert problem in msg
    assert isinstance(err.value, ValueError)
    assert (err.value.path, err.value.line, err.value.field) == (str(path), line_no, field)


def test_registry_error_reports_the_right_line(tmp_path):
    path = _write(tmp_path, [GOOD, "", dict(GOOD, id="x.2", kind=3)])
    with pytest.raises(RegistryError, match=r"extra\.jsonl:3: field 'kind'"):
        Registry.load([path], bundled=False)


def test_registry_surface_forms_feed_a_tokenizer(registry):
    forms = set(registry.surface_forms())
    assert {"省市场监管局", "中华人民共和国成都海关", "成都海关", "水科院"} <= forms
    assert all(f and not any(ch.isspace() for ch in f) for f in forms)


def _shared_alias_file(path: Path, n: int, suffix: str) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            rec = {"id": f"u{i}", "name": f"测试机构{i}{suffix}", "aliases": ["共享别名"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def test_registry_overrides_load_in_linear_time(tmp_path):
    """A second file replacing n bodies that share one alias: 4n takes about 4 times n.

    Replacing a body used to rebuild the list of its alias each time (quadratic: 40k in 26 s)."""
    from .timing import best_time

    def load(n: int):
        files = [_shared_alias_file(tmp_path / f"a{n}.jsonl", n, ""), _shared_alias_file(tmp_path / f"b{n}.jsonl", n, "乙")]
        return lambda: Registry.load(files, bundled=False)

    small, large = load(2000), load(8000)
    reg = small()
    assert len(reg) == 2000 and len(reg.by_name("共享别名")) == 2000
    assert reg.get("u7").name == "测试机构7乙"
    # Linear: about 4x; quadratic: about 16x.
    assert best_time(large) < 8 * best_time(small) + 0.2
