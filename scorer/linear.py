"""Logistic regression whose chosen weights cannot be negative.

A warning sign (a contradiction, an anonymous source, a grammar slip) must never *lower* the score:
an editor who reads "one contradiction lowers the score" stops trusting every explanation. Plain
logistic regression gives rare or collinear features whatever sign fits the noise, so the combiner
constrains the weights of features its signals declare as warnings to be >= 0, and leaves the rest
(readability, shares of named sources) free.

The weights are found one of two ways (``fit_by``): ``pooled``, one fit on every training article; or
``corpus-average``, one fit per training corpus whose weights and intercepts are averaged into the one
linear model (every corpus has one vote, a weight whose sign flips between corpora shrinks, and the
average of non-negative weights stays non-negative). The corpus is known only while fitting, so either
way the fitted model is the same kind of object: one weight per feature and an intercept.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets, type_of_target
from sklearn.utils.validation import _check_sample_weight, check_is_fitted, validate_data

#: How the weights are fitted (``fit_by``): on all training articles at once, or averaged over corpora.
FIT_BY = ("pooled", "corpus-average")
#: Multiples of C the corpus-average fit chooses among, leaving one training corpus out at a time
#: (the grid of benchmarks/score_experiments.py --domain, "average, C chosen").
C_FACTORS = (0.25, 1.0, 4.0)


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
    fit_by : {"pooled", "corpus-average"}, default="pooled"
        ``corpus-average`` needs the corpus of each training row (``fit(..., corpus=)``): one fit per
        corpus holding both classes, with C × factor × (number of corpora), so a corpus of average
        size is penalised as in the pooled fit; their weights and intercepts are averaged. With fewer
        than two such corpora it falls back to the pooled fit and says why (``fallback_``, a warning).
    C_factors : tuple of float, default=(0.25, 1.0, 4.0)
        The corpus-average fit's candidate factors; the one with the best mean ROC-AUC leaving one
        training corpus out at a time (the others' averaged model scoring it) is kept (ties: the first).

    Attributes
    ----------
    coef_ : ndarray of shape (1, n_features)
    intercept_ : ndarray of shape (1,)
    classes_ : ndarray of shape (2,)
    corpora_, corpus_coef_, corpus_intercept_, C_factor_, C_scores_, skipped_corpora_, fallback_
        Set by the corpus-average fit: the corpora averaged, each one's weights and intercept, the
        chosen factor, the mean held-out AUC of each candidate factor, the corpora left out (one class
        only) and why the fit fell back to pooled ("" when it did not).
    """

    def __init__(
        self,
        C: float = 1.0,
        nonnegative: list[int] | None = None,
        class_weight: str | dict[Any, float] | None = None,
        max_iter: int = 1000,
        fit_by: str = "pooled",
        C_factors: tuple[float, ...] = C_FACTORS,
    ) -> None:
        self.C = C
        self.nonnegative = nonnegative
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.fit_by = fit_by
        self.C_factors = C_factors

    def __setstate__(self, state: dict[str, Any]) -> None:
        # model files written before fit_by existed hold no such parameter: they were fitted pooled
        super().__setstate__({"fit_by": "pooled", "C_factors": C_FACTORS, **state})

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = False
        return tags

    def fit(
        self, X: Any, y: Any, sample_weight: Any = None, corpus: Sequence[Any] | None = None
    ) -> SignConstrainedLogisticRegression:
        """Fit the weights; ``sample_weight`` multiplies each row's loss (on top of ``class_weight``);
        ``corpus`` names each row's corpus, used by ``fit_by="corpus-average"`` (ignored when pooled)."""
        X, y = validate_data(self, X, y)
        check_classification_targets(y)
        y_type = type_of_target(y, input_name="y", raise_unknown=True)
        if y_type != "binary":
            raise ValueError(f"Only binary classification is supported. The type of the target is {y_type}.")
        if self.fit_by not in FIT_BY:
            raise ValueError(f"fit_by must be one of {', '.join(FIT_BY)}; got {self.fit_by!r}")
        self.classes_, y_idx = np.unique(y, return_inverse=True)
        if len(self.classes_) < 2:
            raise ValueError(f"needs samples of both classes; the data hold 1 class: {self.classes_.tolist()}")
        sw = _check_sample_weight(sample_weight, X)
        if self.fit_by == "corpus-average":
            self._fit_corpus_average(X, y_idx, sw, corpus)
            return self
        coef, b, nit = self._solve(X, y_idx, sw, self.C)
        self.coef_ = coef.reshape(1, -1)
        self.intercept_ = np.array([b])
        self.n_iter_ = np.array([nit])
        return self

    def _solve(self, X: np.ndarray, y_idx: np.ndarray, sw: np.ndarray, C: float) -> tuple[np.ndarray, float, int]:
        """The penalised, weighted, sign-constrained fit on these rows: weights, intercept, iterations."""
        t = y_idx.astype(float)
        n, d = X.shape
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
        alpha = 1.0 / (C * w.sum())  # penalty scaled as sklearn's sum-of-losses objective

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
        return res.x[:d].copy(), float(res.x[d]), int(res.nit)

    def _fit_corpus_average(
        self, X: np.ndarray, y_idx: np.ndarray, sw: np.ndarray, corpus: Sequence[Any] | None
    ) -> None:
        """One fit per corpus, C factor chosen leaving one corpus out, weights and intercepts averaged."""
        from sklearn.metrics import roc_auc_score

        self.skipped_corpora_: list[str] = []
        self.fallback_ = ""
        if corpus is None:
            names = np.zeros(len(y_idx), dtype=int).astype(str)
            self.fallback_ = "no corpus given for the training rows"
        else:
            names = np.asarray([str(c) for c in corpus])
            if len(names) != len(y_idx):
                raise ValueError(f"corpus names {len(names)} rows; X has {len(y_idx)}")
        usable = []
        for c in sorted(set(names.tolist())):
            held = names == c
            if len(set(y_idx[held & (sw > 0)].tolist())) == 2:
                usable.append(c)
            elif corpus is not None:
                self.skipped_corpora_.append(c)
        if len(usable) < 2 and not self.fallback_:
            self.fallback_ = (f"{len(usable)} training corpus holds both classes "
                              f"({', '.join(usable) or 'none'}): nothing to average")
        if self.fallback_:
            if corpus is not None:
                warnings.warn(f"corpus-average fit falls back to the pooled fit: {self.fallback_}", stacklevel=3)
            coef, b, nit = self._solve(X, y_idx, sw, self.C)
            self.corpora_, self.corpus_coef_, self.corpus_intercept_ = [], np.empty((0, X.shape[1])), np.empty(0)
            self.C_factor_, self.C_scores_ = 1.0, {}
            self.coef_, self.intercept_, self.n_iter_ = coef.reshape(1, -1), np.array([b]), np.array([nit])
            return
        rows = {c: names == c for c in usable}
        fits: dict[tuple[str, float, int], tuple[np.ndarray, float, int]] = {}

        def corpus_fit(c: str, factor: float, k: int) -> tuple[np.ndarray, float, int]:
            # a corpus's own model depends only on the factor and how many corpora share the average
            if (c, factor, k) not in fits:
                m = rows[c]
                fits[c, factor, k] = self._solve(X[m], y_idx[m], sw[m], self.C * factor * k)
            return fits[c, factor, k]

        factors = tuple(float(f) for f in self.C_factors)
        if not factors:
            raise ValueError("C_factors is empty: the corpus-average fit needs a factor")
        scores: dict[float, float] = {}
        if len(factors) > 1:
            for f in factors:
                aucs = []
                for held in usable:
                    coef = np.mean([corpus_fit(c, f, len(usable) - 1)[0] for c in usable if c != held], axis=0)
                    m = rows[held]
                    aucs.append(float(roc_auc_score(y_idx[m], X[m] @ coef, sample_weight=sw[m])))
                scores[f] = float(np.mean(aucs))
        best = max(factors, key=lambda f: scores.get(f, 0.0))  # max keeps the first of equals
        final = [corpus_fit(c, best, len(usable)) for c in usable]
        self.corpora_ = usable
        self.corpus_coef_ = np.vstack([f[0] for f in final])
        self.corpus_intercept_ = np.array([f[1] for f in final])
        self.C_factor_, self.C_scores_ = best, scores
        self.coef_ = self.corpus_coef_.mean(axis=0).reshape(1, -1)
        self.intercept_ = np.array([float(self.corpus_intercept_.mean())])
        self.n_iter_ = np.array([f[2] for f in final])

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
