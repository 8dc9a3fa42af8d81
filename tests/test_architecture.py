"""The import structure: no cycle anywhere in scorer/ and plugins/, and the layers of the host.

Imports are read from the source (module level and inside functions; those under ``if TYPE_CHECKING``
are left out, since they never run). Layers, lowest first: a module imports only from its own layer
or lower ones, and the applications do not import each other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
#: Source folders and the import name each is installed under.
PACKAGES = {"scorer": REPO / "scorer", "misinfo_scorer_plugins": REPO / "plugins"}

#: Lowest first. A module belongs to the first entry that is itself or a package containing it.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("contract", ("scorer", "scorer.errors", "scorer.contract", "scorer.hookspecs", "scorer.signal",
                  "scorer.html", "scorer.transcripts", "scorer.paragraphs", "scorer.embedded_posts", "scorer.headline",
                  "scorer.block_quotes", "scorer.furniture", "scorer.ranges",
                  "scorer.word_edits", "scorer.word_frequency", "scorer.spans.candidate", "scorer.spans.detector")),
    ("runtime", ("scorer.nlp", "scorer.sentence_starts", "scorer.glued_sentences", "scorer.glued_words",
                 "scorer.plain_spaces",
                 "scorer.attribute_rules", "scorer.lemmatizer_cache", "scorer.entities", "scorer.language",
                 "scorer.registry", "scorer.runner",
                 "scorer.readers", "scorer.pretty")),
    ("model", ("scorer.scoring_model", "scorer.features", "scorer.linear", "scorer.shapes", "scorer.additive",
               "scorer.model", "scorer.compiled", "scorer.drift", "scorer.neutral_features", "scorer.spans")),
    ("host", ("scorer.host", "scorer.testing", "scorer.pytest_plugin")),
    ("applications", ("scorer.fitting", "scorer.batch", "scorer.service")),
    ("cli", ("scorer.cli", "scorer.__main__")),
]


def _modules() -> dict[str, Path]:
    found = {}
    for name, root in PACKAGES.items():
        for path in sorted(root.rglob("*.py")):
            parts = [name, *path.relative_to(root).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run at import time or in a call (not under ``if TYPE_CHECKING``).

    A module-level ``__getattr__`` (PEP 562) is left out: it is a facade resolved on attribute access
    (``from scorer import Scorer``), never while the modules below it load; ``LAZY_EXPORTS`` lists
    what it may reach and a test checks that list.
    """
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from (n for child in node.orelse for n in _imports_in(child))
            continue
        if isinstance(tree, ast.Module) and isinstance(node, ast.FunctionDef) and node.name == "__getattr__":
            continue
        yield from _imports_in(node)


def _imports_in(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        yield node
    else:
        yield from _imports(node)


def _internal(name: str) -> str | None:
    """The module ``name`` refers to, or its nearest enclosing module of ours; None if not ours."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def edges(module: str) -> set[str]:
    """The modules of ours that ``module`` imports."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: set[str] = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        out.update(t for t in map(_internal, targets) if t and t != module)
    return out


GRAPH = {module: edges(module) for module in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def layer_of(module: str) -> int | None:
    for i, (_, members) in enumerate(LAYERS):
        if any(module == m or module.startswith(m + ".") for m in members if m != "scorer") or module == "scorer":
            return i
    return None


def test_the_reader_sees_the_imports_it_should():
    assert "scorer.contract" in GRAPH["scorer.html"] or "scorer.errors" in GRAPH["scorer.html"]
    assert "scorer.model" in GRAPH["scorer.host"]  # module level
    assert "scorer.fitting.fit" in GRAPH["scorer.fitting.commands"]  # inside a function
    assert "misinfo_scorer_plugins.internal_contradiction.timex_base" in GRAPH[
        "misinfo_scorer_plugins.internal_contradiction.timex_kinds"]  # relative
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


#: The lazy re-exports of a package's ``__getattr__``: name -> the module that defines it.
LAZY_EXPORTS = {"scorer": {"Scorer": "scorer.host"}, "scorer.service": {"create_app": "scorer.service.app"}}


def test_lazy_exports_are_only_the_listed_ones():
    for package, names in LAZY_EXPORTS.items():
        tree = ast.parse(MODULES[package].read_text(encoding="utf-8"))
        (getattr_fn,) = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "__getattr__"]
        reached = {(alias.name, node.module) for node in ast.walk(getattr_fn) if isinstance(node, ast.ImportFrom)
                   for alias in node.names}
        assert reached == {(name, module) for name, module in names.items()}
    others = [m for m, p in MODULES.items() if m not in LAZY_EXPORTS and any(
        isinstance(n, ast.FunctionDef) and n.name == "__getattr__" for n in ast.parse(p.read_text("utf-8")).body)]
    assert others == []


def test_no_import_cycle_in_scorer_or_plugins():
    assert _cycles(GRAPH) == []


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("scorer")))
def test_every_module_imports_only_its_own_layer_or_lower(module):
    mine = layer_of(module)
    assert mine is not None, f"{module} is in no layer: add it to LAYERS"
    upward = sorted(t for t in GRAPH[module] if t.startswith("scorer") and (layer_of(t) or 0) > mine)
    assert upward == [], f"{module} ({LAYERS[mine][0]}) imports from a higher layer: {upward}"


def test_the_applications_do_not_import_each_other():
    apps = ("scorer.fitting", "scorer.batch", "scorer.service")

    def app(module: str) -> str | None:
        return next((a for a in apps if module == a or module.startswith(a + ".")), None)

    crossing = sorted((m, t) for m, targets in GRAPH.items() for t in targets if app(m) and app(t) and app(m) != app(t))
    assert crossing == []


def test_plugins_use_only_the_public_api():
    """A built-in plugin gets no privileges a third-party one lacks: it imports only ``scorer`` itself."""
    reached = sorted((m, t) for m, targets in GRAPH.items() if m.startswith("misinfo_scorer_plugins")
                     for t in targets if t.startswith("scorer") and t != "scorer")
    assert reached == []
    assert not any(t.startswith("misinfo_scorer_plugins") for m, ts in GRAPH.items() if m.startswith("scorer")
                   for t in ts)


def test_the_package_root_stays_cheap_to_import():
    """Plugins and callers import ``scorer`` first: it must not pull in spaCy, scikit-learn or numpy."""
    import subprocess
    import sys

    heavy = ("spacy", "sklearn", "skops", "numpy", "trafilatura", "scorer.fitting")
    code = f"import sys, scorer; print([m for m in {heavy!r} if m in sys.modules])"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert proc.stdout.strip() == "[]"
