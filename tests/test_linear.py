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
