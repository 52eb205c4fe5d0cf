"""The package reads as its data flow: no import cycles, no module importing a later stage,
no private name imported across modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "govie"

# Stages in data-flow order; a module may import its own stage or earlier ones only.
STAGES = [
    {"errors", "types", "resources", "version"},
    {"text", "timex"},
    {"kb"},
    {"taggers", "tokenizer", "model"},
    {"link"},
    {"document"},
    {"activities", "assignments", "indicators"},
    {"pipeline"},
    {"adapters", "batch", "distributed", "render", "evaluate", "training", "io"},
    {"cli"},
]
STAGE = {name: i for i, names in enumerate(STAGES) for name in names}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        if "data" in rel.parts:
            continue  # build scripts of the data files, not the runtime package
        name = ".".join(rel.parts)
        out[name.removesuffix(".__init__")] = path
    return out


def _imports(name: str, path: Path) -> list[tuple[str, list[str]]]:
    """(imported module, imported names) for every import in the file, nested ones included."""
    is_pkg = path.name == "__init__.py"
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_pkg else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.append((target, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out.extend((a.name, []) for a in node.names)
    return [(t, n) for t, n in out if t == "govie" or t.startswith("govie.")]


def _stage(module: str) -> int | None:
    parts = module.split(".")
    return STAGE.get(parts[1]) if len(parts) > 1 else None


MODULES = _modules()


def test_every_module_has_a_stage():
    missing = sorted(m for m in MODULES if m != "govie" and _stage(m) is None)
    assert not missing, f"add these to STAGES: {missing}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_of_a_later_stage(module):
    if module == "govie":
        return  # the package's front door re-exports every stage
    own = _stage(module)
    for target, _ in _imports(module, MODULES[module]):
        stage = _stage(target)
        if target == "govie":
            stage = len(STAGES)
        assert stage is not None and stage <= own, f"{module} imports {target}, a later stage"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_private_name_across_modules(module):
    for target, names in _imports(module, MODULES[module]):
        private = [n for n in names if n.startswith("_") and n != "__version__"]
        assert not private, f"{module} imports private {private} from {target}"


def test_no_import_cycles():
    graph = {m: set() for m in MODULES}
    for m, path in MODULES.items():
        for target, names in _imports(m, path):
            for cand in [target] + [f"{target}.{n}" for n in names]:
                if cand in MODULES and cand != m:
                    graph[m].add(cand)
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state and node != "govie":
            visit(node)


def test_issuer_doc_issuer_and_agents_name_bodies_alike():
    """One issuer authority: on every bundled corpus document, meta.issuer and meta.doc_issuer
    agree where both are known, and a registry body is named by its registry name everywhere."""
    import govie
    from govie.kb.registry import default_registry

    from .corpus_utils import state_council_reports, work_reports_2026

    registry = default_registry()

    def registry_name(name):
        agencies = registry.by_name(name)
        return not agencies or any(a.name == name for a in agencies)

    docs = [t for _, t in work_reports_2026()] + [t for _, t in state_council_reports()]
    docs.append((PACKAGE.parent / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8"))
    for text in docs:
        result = govie.extract(text, model=None)
        meta = result.meta
        if meta["issuer"] and meta["doc_issuer"]:
            assert meta["issuer"] == meta["doc_issuer"]
        names = [meta["issuer"], *meta["doc_issuers"]] + [a for act in result.activities for a in act.agents]
        assert all(registry_name(n) for n in names if n), [n for n in names if n and not registry_name(n)]


def _rebound_names(path):
    """Top-level names a module binds twice, other than a value built on its own earlier one
    (_DOTTED = f"...{_DOTTED}"): the second silently replaces the first for every reader."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen, out = set(), []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        elif isinstance(node, ast.Assign):
            names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, value = [node.target.id], node.value
        else:
            continue
        for name in names:
            reads_itself = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not reads_itself:
                out.append(name)
            seen.add(name)
    return out


def test_no_module_binds_a_top_level_name_twice():
    # Two probes once named different patterns _ITEM_END and _BRACKETED in one module: the later
    # one replaced the earlier for the functions written against it.
    import pathlib

    root = pathlib.Path(__file__).resolve().parent.parent / "govie"
    found = {str(p.relative_to(root)): names for p in sorted(root.rglob("*.py")) if (names := _rebound_names(p))}
    assert found == {}
