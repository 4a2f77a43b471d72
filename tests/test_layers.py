"""The package's layers: no import circle between modules, and no layer importing one above it.

Every ``themes`` import counts, wherever it stands: at the top, inside a function or under ``TYPE_CHECKING``
(a lazy or typing-only import is still a dependency, and a circle hidden that way breaks on the first refactor).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

#: Lowest first; a module may import from its own layer and the layers below.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("types", "config", "errors", "text", "atomic", "identity", "progress", "workers"),
    ("store", "state"),
    ("ingest", "redact", "records"),
    ("embed",),
    ("model",),
    ("rounds", "flags"),
    ("report",),
    ("pipeline",),
    ("cli", "__main__"),
)
LAYER_OF = {part: level for level, parts in enumerate(LAYERS) for part in parts}

#: Imports of another ``themes`` module inside a function, outside ``cli/``, kept there on purpose.
#: The CLI commands import their stage when they run, so that ``themes --help`` stays fast.
LAZY_ON_PURPOSE: dict[tuple[str, str], str] = {
    ("themes.embed.registry", "themes.embed.usem3"): "an encoder backend loads only when it is chosen",
    ("themes.embed.registry", "themes.embed.sbert"): "an encoder backend loads only when it is chosen",
    ("themes.embed.usem3", "themes.embed.usefast"): "the fast forward pass loads with the model",
    ("themes.model.cluster", "themes.model.umap_jit"): "numba compiles UMAP's kernels on import",
}
#: Known exceptions still to be moved to the top of their module (redact/ was being changed elsewhere at the time).
NOT_YET_AT_THE_TOP: frozenset[tuple[str, str]] = frozenset({
    ("themes.redact.files", "themes.ingest.textcodec"),
    ("themes.redact.pool", "themes.workers"),
    ("themes.redact.streets", "themes.redact.frequency"),
})


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted((SRC / "themes").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _target(name: str) -> str | None:
    """The ``themes`` module an imported name belongs to (a name inside a module gives that module)."""
    if name != "themes" and not name.startswith("themes."):
        return None
    while name not in MODULES and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def _imports(module: str) -> list[tuple[str, int, bool]]:
    """(imported module, line, inside a function) for every ``themes`` import of ``module``."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    in_function: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            in_function.update(id(inner) for inner in ast.walk(node) if inner is not node)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        else:
            continue
        for name in names:
            target = _target(name)
            if target is not None and target != module:
                found.append((target, node.lineno, id(node) in in_function))
    return found


EDGES = {module: _imports(module) for module in MODULES}


def _layer(module: str) -> int:
    if module == "themes":
        return 0  # the package itself: its version, nothing else
    part = module.split(".")[1]
    assert part in LAYER_OF, f"{module}: not placed in a layer; add '{part}' to LAYERS in tests/test_layers.py"
    return LAYER_OF[part]


def _circles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w, _, _ in EDGES[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in MODULES:
        if module not in index:
            visit(module)
    return sorted(groups)


def test_no_import_circle_between_modules():
    assert _circles() == []


def test_every_module_sits_in_a_layer():
    for module in MODULES:
        _layer(module)


def test_no_layer_imports_a_layer_above_it():
    upward = [
        f"{module}:{line} imports {target}"
        for module, imports in EDGES.items()
        for target, line, _ in imports
        if _layer(target) > _layer(module)
    ]
    assert upward == []


def test_themes_imports_stand_at_the_top_unless_lazy_on_purpose():
    inside = [
        f"{module}:{line} imports {target} inside a function"
        for module, imports in EDGES.items()
        if not module.startswith("themes.cli")
        for target, line, lazy in imports
        if lazy and (module, target) not in LAZY_ON_PURPOSE and (module, target) not in NOT_YET_AT_THE_TOP
    ]
    assert inside == []


@pytest.mark.parametrize("pair", sorted(LAZY_ON_PURPOSE))
def test_each_lazy_import_on_purpose_still_exists(pair):
    module, target = pair
    assert any(t == target and lazy for t, _, lazy in EDGES[module]), f"{module} no longer imports {target} lazily"


def test_a_circle_is_found():
    """The circle finder itself: two modules importing each other are one group."""
    saved = dict(EDGES)
    try:
        EDGES["themes.types"] = [*EDGES["themes.types"], ("themes.store", 1, False)]
        assert ["themes.store", "themes.types"] in _circles()
    finally:
        EDGES.clear()
        EDGES.update(saved)
