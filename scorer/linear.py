"""Logistic regression whose chosen weights cannot be negative.

A warning sign (a contradiction, an anonymous source, a grammar slip) must never *lower* the score:
an editor who reads "one contradiction lowers the score" stops trusting every explanation. Plain
logistic regression gives rare or collinear features whatever sign fits the noise, so the combiner
constrains the weights of features its signals declare as warnings to be >= 0, and leaves the rest
(readability, shares of named sources) free.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets, type_of_target
from sklearn.utils.validation import _check_sample_weight, check_is_fitted, validate_data


class SignConstrainedLogisticRegression(ClassifierMixin, BaseEstimator):
    """Binary L2 logistic regression with optional non-negative weights, fitted by L-BFGS-B.

    Parameters
    ----------
    C : float, default=1.0
        Inverse regularisation strength, as in ``sklearn.linear_model.LogisticRegression``.
    nonnegative : list of int, default=None
        Column indices whose weights are constrained to be >= 0.
    class_weight : "balanced", dict or None, default=None
        "balanced" weights each class inversely to its frequency; a dict maps class → weight.
    max_iter : int, default=1000

    Attributes
    ----------
    coef_ : ndarray of shape (1, n_features)
    intercept_ : ndarray of shape (1,)
    classes_ : ndarray of shape (2,)
    """

    def __init__(
        self,
        C: float = 1.0,
        nonnegative: list[int] | None = None,
        class_weight: str | dict[Any, float] | None = None,
        max_iter: int = 1000,
    ) -> None:
        self.C = C
        self.nonnegative = nonnegative
        self.class_weight = class_weight
        self.max_iter = max_iter

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = False
        return tags

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> SignConstrainedLogisticRegression:
        """Fit the weights; ``sample_weight`` multiplies each row's loss (on top of ``class_weight``)."""
        X, y = validate_data(self, X, y)
        check_classification_targets(y)
        y_type = type_of_target(y, input_name="y", raise_unknown=True)
        if y_type != "binary":
            raise ValueError(f"Only binary classification is supported. The type of the target is {y_type}.")
        self.classes_, y_idx = np.unique(y, return_inverse=True)
        if len(self.classes_) < 2:
            raise ValueError(f"needs samples of both classes; the data hold 1 class: {self.classes_.tolist()}")
        t = y_idx.astype(float)
        n, d = X.shape
        sw = _check_sample_weight(sample_weight, X)
        if self.class_weight == "balanced":  # balances the classes' summed sample weights, as scikit-learn does
            counts = np.bincount(y_idx, weights=sw, minlength=2)
            if not (counts > 0).all():
                raise ValueError("sample_weight gives one class no weight: nothing to balance")
            w = (sw.sum() / (2.0 * counts))[y_idx]
        elif isinstance(self.class_weight, dict):
            w = np.array([float(self.class_weight.get(c, 1.0)) for c in self.classes_])[y_idx]
        else:
            w = np.ones(n)
        w = w * sw
        alpha = 1.0 / (self.C * w.sum())  # penalty scaled as sklearn's sum-of-losses objective

        def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
            coef, b = params[:d], params[d]
            z = X @ coef + b
            # log(1 + exp(z)) - t*z, computed stably
            lse = np.logaddexp(0.0, z)
            value = float(np.sum(w * (lse - t * z)) / w.sum() + 0.5 * alpha * coef @ coef)
            p = 1.0 / (1.0 + np.exp(-z))
            g = w * (p - t) / w.sum()
            grad = np.empty(d + 1)
            grad[:d] = X.T @ g + alpha * coef
            grad[d] = g.sum()
            return value, grad

        nonneg = set(self.nonnegative or [])
        bounds = [(0.0, None) if j in nonneg else (None, None) for j in range(d)] + [(None, None)]
        res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                       options={"maxiter": self.max_iter, "ftol": 1e-12, "gtol": 1e-8})
        self.coef_ = res.x[:d].reshape(1, -1)
        self.intercept_ = np.array([res.x[d]])
        self.n_iter_ = np.array([res.nit])
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "coef_")
        X = validate_data(self, X, reset=False)
        return np.asarray(X @ self.coef_[0] + self.intercept_[0], dtype=float)

    def predict_proba(self, X: Any) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1 - p, p])

    def predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "coef_")
        return np.asarray(self.classes_[(self.decision_function(X) > 0).astype(int)])
