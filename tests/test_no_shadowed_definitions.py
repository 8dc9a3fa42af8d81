"""No module binds a top-level name twice.

A second ``def``, test or constant of the same name silently replaces the first for every caller, including the
functions written against the first: scope.py's recording rule read a poll rule's ``_SHOWING_VERBS``, and
classify.py's "one poll found" rule a publication rule's ``_one_of_many``, until both were found by this
test. Linters only flag a redefinition when the first binding was never used; here both were.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(
    p
    for folder in ("scorer", "plugins", "benchmarks", "models", "tests", "examples", "integrations")
    for p in (ROOT / folder).rglob("*.py")
)


def top_level_bindings(source: str) -> dict[str, list[int]]:
    """Every name a module's own top level binds (def, class, assignment), with the lines that bind it."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lines[target.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            lines[node.target.id].append(node.lineno)
    return lines


def test_a_second_definition_is_seen() -> None:
    source = "WORDS = {'a'}\ndef f():\n    return WORDS\nWORDS = {'b'}\n"
    assert top_level_bindings(source)["WORDS"] == [1, 4]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    twice = {name: lines for name, lines in top_level_bindings(path.read_text(encoding="utf-8")).items()
             if len(lines) > 1 and name != "__all__"}
    assert not twice, f"{path.relative_to(ROOT)} binds these names more than once (line numbers): {twice}"
