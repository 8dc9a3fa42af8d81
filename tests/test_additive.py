"""The additive combiner: scikit-learn's contract, exact contributions, monotone warning shapes, bounded
shapes, and a compiled form that scores exactly as the fitted pipeline does, without scikit-learn."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score
from sklearn.utils.estimator_checks import parametrize_with_checks

from scorer.additive import AdditiveLogisticRegression, additive_pipeline, compile_additive, explain_additive
from scorer.shapes import CompiledAdditive, quantile_knots, ramp_basis


@parametrize_with_checks([AdditiveLogisticRegression(n_knots=3, monotone=[0])])
def test_sklearn_estimator_contract(estimator, check):
    check(estimator)


def u_shaped(seed: int = 0, n: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    """x0: risk at both ends (a U); x1: risk falls as it rises; x2: noise."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3))
    z = 1.5 * (X[:, 0] ** 2 - 1) - 1.0 * X[:, 1]
    y = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(int)
    return X, y


def test_contributions_add_up_to_the_decision_value() -> None:
    X, y = u_shaped()
    model = AdditiveLogisticRegression(n_knots=6, C=1.0).fit(X, y)
    total = model.contributions(X).sum(axis=1) + model.intercept_[0] + model.offsets_.sum()
    np.testing.assert_allclose(total, model.decision_function(X), atol=1e-9)
    # centred: the average article's contributions are zero
    np.testing.assert_allclose(model.contributions(X).mean(axis=0), 0.0, atol=1e-9)


def test_it_bends_where_a_line_cannot() -> None:
    X, y = u_shaped()
    Xt, yt = u_shaped(seed=1)
    bent = AdditiveLogisticRegression(n_knots=8, C=1.0).fit(X, y)
    straight = AdditiveLogisticRegression(n_knots=2, C=1.0).fit(X, y)
    assert roc_auc_score(yt, bent.decision_function(Xt)) > roc_auc_score(yt, straight.decision_function(Xt)) + 0.1
    grid = np.array([-2.0, 0.0, 2.0])
    u = bent.shape(0, grid)
    assert u[0] > u[1] < u[2]  # the U is recovered


def test_a_monotone_shape_never_falls() -> None:
    X, y = u_shaped()
    model = AdditiveLogisticRegression(n_knots=6, C=1.0, monotone=[0, 1]).fit(X, y)
    for j in (0, 1):
        assert np.all(model.rises_[j] >= 0)
        values = model.shape(j, np.linspace(-4, 4, 200))
        assert np.all(np.diff(values) >= -1e-12)
    # x1's true effect is negative: constrained to rise, it stays flat
    assert np.ptp(model.shape(1, np.linspace(-4, 4, 50))) < 1e-6


def test_shapes_are_flat_beyond_the_outer_knots() -> None:
    X, y = u_shaped()
    model = AdditiveLogisticRegression(n_knots=5, C=1.0).fit(X, y)
    top = model.knots_[1][-1]
    assert model.shape(1, [top])[0] == model.shape(1, [top * 50])[0]
    far = X[:1].copy()
    far[0, 1] = 1e9  # an absurd value moves the score no further than the 99th percentile does
    at_top = X[:1].copy()
    at_top[0, 1] = top
    assert model.decision_function(far)[0] == pytest.approx(model.decision_function(at_top)[0])


def test_knots_of_rare_and_constant_features() -> None:
    rare = np.zeros(1000)
    rare[:3] = [1, 1, 2]  # a warning seen in three articles: its range, not collapsed quantiles
    assert quantile_knots(rare, 6).tolist() == [0.0, 2.0]
    assert len(quantile_knots(np.ones(100), 6)) == 0
    assert ramp_basis(np.array([0.0, 1.0, 5.0]), np.array([0.0, 2.0])).ravel().tolist() == [0.0, 0.5, 1.0]


def test_rejects_bad_settings() -> None:
    X, y = u_shaped(n=100)
    with pytest.raises(ValueError, match="n_knots"):
        AdditiveLogisticRegression(n_knots=1).fit(X, y)
    with pytest.raises(ValueError, match="lower < upper"):
        AdditiveLogisticRegression(lower=0.9, upper=0.1).fit(X, y)


def signals_rows(X: np.ndarray) -> list[dict[str, dict[str, float]]]:
    rows = []
    for x in X:
        row = {"demo": {"u": float(x[0]), "falls": float(x[1])}}
        if x[2] > 0:  # a signal that sometimes reports nothing: imputed
            row["demo"]["noise"] = float(x[2])
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def fitted() -> tuple[object, list[dict[str, dict[str, float]]]]:
    X, y = u_shaped()
    rows = signals_rows(X)
    pipe = additive_pipeline(["demo.falls", "demo.noise", "demo.u"], warnings=["demo.noise"], n_knots=5, C=1.0)
    return pipe.fit(rows, y), rows


def test_explained_score_is_exact(fitted) -> None:
    pipe, rows = fitted
    calibration = (0.9, -0.2)
    for row in rows[:20]:
        ex = explain_additive(pipe, calibration, row)
        logit = ex.intercept + sum(c.contribution for c in ex.contributions)
        assert ex.score == pytest.approx(1 / (1 + np.exp(-logit)), abs=1e-12)
        z = pipe.decision_function([row])[0]
        assert logit == pytest.approx(calibration[0] * z + calibration[1], abs=1e-9)


def test_compiled_form_scores_as_the_pipeline(fitted) -> None:
    pipe, rows = fitted
    calibration = (0.9, -0.2)
    compiled = compile_additive(pipe, calibration, name="demo", version="1", card={"base_rate": 0.4})
    loaded, digest = CompiledAdditive.from_json(compiled.to_json("abc"))
    assert digest == "abc"
    for row in rows[:50]:
        want = explain_additive(pipe, calibration, row)
        got = loaded.explain(row)
        assert got.score == pytest.approx(want.score, abs=1e-9)
        assert got.intercept == pytest.approx(want.intercept, abs=1e-9)
        assert {c.feature: c.contribution for c in got.contributions} == pytest.approx(
            {c.feature: c.contribution for c in want.contributions}, abs=1e-9)
    # a missing feature takes the imputer's value, as in the pipeline
    assert loaded.explain({"demo": {"u": 0.1}}).score == pytest.approx(
        explain_additive(pipe, calibration, {"demo": {"u": 0.1}}).score, abs=1e-9)
    top = {"demo": {"u": float(pipe.named_steps["clf"].knots_[2][-1]), "falls": 0.0}}
    assert loaded.explain({"demo": {"u": float("inf"), "falls": 0.0}}).score == pytest.approx(
        loaded.explain(top).score, abs=1e-12)  # beyond the last knot, infinite or not: flat
    shifted = loaded.for_base_rate(0.05)
    assert shifted.explain(rows[0]).score < loaded.explain(rows[0]).score
    assert json.loads(compiled.to_json("abc"))["format"].startswith("misinfo-scorer compiled additive")


def test_compiled_form_refuses_inconsistent_numbers(fitted) -> None:
    pipe, _ = fitted
    data = json.loads(compile_additive(pipe, (1.0, 0.0)).to_json("x"))
    data["features"][0]["rises"] = data["features"][0]["rises"][:-1]
    with pytest.raises(ValueError, match="bad knots or rises"):
        CompiledAdditive.from_json(json.dumps(data))
    with pytest.raises(ValueError, match="not a compiled model"):
        CompiledAdditive.from_json(json.dumps({"format": "something else"}))


def test_scoring_with_the_compiled_form_needs_no_scikit_learn() -> None:
    code = ("import sys, scorer.shapes; assert not [m for m in ('sklearn', 'scipy', 'skops') if m in sys.modules], "
            "sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy', 'skops'))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
