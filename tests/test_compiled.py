"""The compiled combiner scores exactly as the skops archive does, and only when it matches it."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from test_model import rare_warning_data, synthetic

from scorer.compiled import CompiledModel, compiled_path, load_compiled
from scorer.fitting.fit import fit_combiner
from scorer.fitting.pipeline import feature_names, make_pipeline
from scorer.model import CombinerModel, default_model_path, load_for_scoring, load_model, save_model

ROWS = [
    {"hedged_sourcing": {"anonymous": 3.0}, "readability": {"grade": 9.0}},
    {"hedged_sourcing": {"anonymous": 0.0}},  # readability missing: imputed
    {"hedged_sourcing": {"anonymous": 40.0}, "readability": {"grade": -5.0}},  # clipped
    {"hedged_sourcing": {"anonymous": None, "unknown": 2.0}, "other_signal": {"x": 1.0}},
    {"internal_contradiction": {"weekday_mismatches": 1.0}},
    {},
]


def assert_same(a, b) -> None:
    assert a.score == pytest.approx(b.score, abs=1e-9)
    assert a.intercept == pytest.approx(b.intercept, abs=1e-9)
    assert [(c.feature, c.value) for c in a.contributions] == [(c.feature, c.value) for c in b.contributions]
    expected = [c.contribution for c in b.contributions]
    assert [c.contribution for c in a.contributions] == pytest.approx(expected, abs=1e-9)


@pytest.fixture(scope="module", params=["clip", "clip+log", "standard"])
def fitted(request) -> CombinerModel:
    data, signals = rare_warning_data()
    names = feature_names(signals)
    pipeline = make_pipeline(names, log=request.param == "clip+log", robust=request.param != "standard")
    pipeline.fit(signals, data.y)
    return CombinerModel(pipeline, (0.9, -0.2), name="t", version=request.param, bands=((0.6, "high"), (0.0, "low")))


def test_compiled_explains_exactly_as_the_pipeline(fitted):
    compiled = CompiledModel.from_combiner(fitted)
    for row in ROWS:
        assert_same(compiled.explain(row), fitted.explain(row))
        a, b = fitted.calibration
        decision = float(fitted.decision([row])[0])
        assert compiled.explain(row).score == pytest.approx(1 / (1 + np.exp(-(a * decision + b))), abs=1e-9)
    assert compiled.info() == fitted.info() and compiled.bands == fitted.bands
    assert compiled.band(0.99) == fitted.band(0.99) and compiled.band(0.0) == fitted.band(0.0)


@pytest.mark.slow
def test_save_writes_the_compiled_form_and_scoring_prefers_it(fitted, tmp_path):
    path = tmp_path / "m.skops"
    save_model(fitted, path)
    assert compiled_path(path).is_file()
    loaded = load_for_scoring(path)
    assert isinstance(loaded, CompiledModel)
    for row in ROWS:
        assert_same(loaded.explain(row), fitted.explain(row))
    json.loads(compiled_path(path).read_text())  # plain JSON: numbers and strings only


@pytest.mark.slow
def test_a_stale_or_broken_compiled_form_is_ignored(fitted, tmp_path):
    path = tmp_path / "m.skops"
    save_model(fitted, path)
    other = tmp_path / "other.skops"
    data, signals = synthetic(seed=5)
    save_model(fit_combiner(data, signals, version="o", evaluate=False)[0], other)
    # the archive was replaced after compiling: the digest no longer matches
    compiled_path(path).write_text(compiled_path(other).read_text())
    assert load_compiled(path) is None
    assert isinstance(load_for_scoring(path), CombinerModel)
    compiled_path(path).write_text("{not json")
    assert load_compiled(path) is None
    compiled_path(path).unlink()
    assert isinstance(load_for_scoring(path), CombinerModel)


@pytest.mark.slow
def test_shipped_model_has_a_matching_compiled_form():
    shipped = load_for_scoring(None)
    assert isinstance(shipped, CompiledModel), "run `misinfo-scorer train` (save_model writes both files)"
    archive = load_model(default_model_path())
    rng = np.random.default_rng(0)
    for _ in range(20):
        row: dict[str, dict[str, float]] = {}
        for name in archive.feature_names:
            signal, feature = name.split(".", 1)
            if rng.random() < 0.9:
                row.setdefault(signal, {})[feature] = float(rng.poisson(1.0))
        assert_same(shipped.explain(row), archive.explain(row))


@pytest.mark.slow
def test_scoring_imports_neither_sklearn_nor_skops():
    code = (
        "import sys\n"
        "from scorer.host import Scorer\n"
        "from scorer.contract import Article\n"
        "r = Scorer().score(Article(id='a', text='Officials said the plan was popular. It rained on Monday.'))\n"
        "assert r.score is not None, r.errors\n"
        "print(sorted(m for m in ('sklearn', 'skops', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_base_rate_shift_is_the_same_in_both_forms(fitted):
    fitted = CombinerModel(fitted.pipeline, fitted.calibration, bands=fitted.bands, card={"base_rate": 0.4})
    compiled = CompiledModel.from_combiner(fitted)
    for rate in (0.02, 0.4, 0.9):
        moved, moved_compiled = fitted.for_base_rate(rate), compiled.for_base_rate(rate)
        assert moved_compiled.bands == moved.bands
        for row in ROWS:
            assert_same(moved_compiled.explain(row), moved.explain(row))
    assert compiled.for_base_rate(0.4).explain(ROWS[0]).score == pytest.approx(compiled.explain(ROWS[0]).score)
    with pytest.raises(ValueError, match="strictly between"):
        compiled.for_base_rate(1.0)
