"""The sign-constrained logistic regression: sklearn's contract, sklearn's answer when unconstrained."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.utils.estimator_checks import parametrize_with_checks

from scorer.linear import SignConstrainedLogisticRegression


@parametrize_with_checks([SignConstrainedLogisticRegression()])
def test_sklearn_estimator_contract(estimator, check):
    check(estimator)


def data(seed=0, n=500):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3))
    y = (X @ np.array([1.5, -1.0, 0.0]) + rng.normal(scale=0.5, size=n) > 0).astype(int)
    return X, y


@pytest.mark.parametrize("class_weight", [None, "balanced"])
def test_unconstrained_matches_sklearn(class_weight):
    X, y = data()
    ours = SignConstrainedLogisticRegression(C=0.5, class_weight=class_weight).fit(X, y)
    ref = LogisticRegression(C=0.5, class_weight=class_weight, tol=1e-10, max_iter=10_000).fit(X, y)
    np.testing.assert_allclose(ours.coef_, ref.coef_, atol=1e-4)
    np.testing.assert_allclose(ours.intercept_, ref.intercept_, atol=1e-4)


def test_constrained_weight_stays_non_negative():
    X, y = data()
    model = SignConstrainedLogisticRegression(C=0.5, nonnegative=[1]).fit(X, y)
    assert model.coef_[0, 1] == 0.0  # its true weight is negative: pinned at the bound
    assert model.coef_[0, 0] > 1.0
    assert set(model.predict(X)) <= {0, 1}
    assert model.predict_proba(X).shape == (len(X), 2)


def test_sample_weight_matches_sklearn():
    """Sample weights (the corpus-balanced fit of benchmarks/score_experiments.py --domain) multiply each
    row's loss exactly as in scikit-learn's LogisticRegression, on top of the class weights."""
    X, y = data(seed=1)
    w = np.random.default_rng(2).uniform(0.2, 3.0, size=len(y))
    ours = SignConstrainedLogisticRegression(C=0.5, class_weight="balanced").fit(X, y, sample_weight=w)
    ref = LogisticRegression(C=0.5, class_weight="balanced", tol=1e-10, max_iter=10_000).fit(X, y, sample_weight=w)
    np.testing.assert_allclose(ours.coef_, ref.coef_, atol=1e-4)
    np.testing.assert_allclose(ours.intercept_, ref.intercept_, atol=1e-4)
    plain = SignConstrainedLogisticRegression(C=0.5, class_weight="balanced").fit(X, y)
    assert not np.allclose(ours.coef_, plain.coef_, atol=1e-3)  # the weights did change the fit


def test_integer_sample_weight_equals_repeated_rows():
    X, y = data(seed=3, n=200)
    w = np.random.default_rng(4).integers(0, 3, size=len(y))
    weighted = SignConstrainedLogisticRegression(C=0.5, nonnegative=[1]).fit(X, y, sample_weight=w)
    repeated = SignConstrainedLogisticRegression(C=0.5, nonnegative=[1]).fit(np.repeat(X, w, axis=0), np.repeat(y, w))
    np.testing.assert_allclose(weighted.coef_, repeated.coef_, atol=1e-5)
    np.testing.assert_allclose(weighted.intercept_, repeated.intercept_, atol=1e-5)


def test_zero_weight_class_is_a_clear_error():
    X, y = data(seed=5, n=100)
    with pytest.raises(ValueError, match="no weight"):
        SignConstrainedLogisticRegression(class_weight="balanced").fit(X, y, sample_weight=(y == 0).astype(float))
