"""An additive logistic regression: one bounded, piecewise-linear shape per feature, summed.

The linear combiner gives each feature one weight, so a feature can only push a score the same way
at every value, ever more the further the value lies from the mean. Real evidence bends: a few
anonymous sources are ordinary journalism, many are not; an extreme value of a rate in a very short
text means little. This estimator fits, for each feature, a continuous shape with knots at training
quantiles (see :mod:`scorer.shapes`), by penalised logistic regression on the ramp basis:

- the penalty shrinks every segment's rise (``C``, as in ``LogisticRegression``) and the difference
  between neighbouring rises (``smoothness``: with segments of equal training mass, equal rises are a
  straight line in percentile), so a shape bends only where the data insist;
- features listed in ``monotone`` (warning features) have every rise >= 0: their shape never falls, so
  a warning sign can never lower a score, at any value;
- the shape is flat beyond the outer knots (the 1st and 99th percentiles), so no value can push the
  log-odds further than the data seen in training did;
- ``contributions(X)`` gives each feature's exact term (centred on the training mean); with the
  intercept (``intercept_ + offsets_.sum()``) they add up to ``decision_function(X)``.

With ``n_knots=2`` every shape is one straight segment between the 1st and 99th percentiles: a
linear model with clipped inputs, the baseline this model has to beat.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets, type_of_target
from sklearn.utils.validation import check_is_fitted, validate_data

from scorer.shapes import quantile_knots, ramp_basis


class AdditiveLogisticRegression(ClassifierMixin, BaseEstimator):
    """Binary logistic regression on per-feature piecewise-linear shapes (a generalised additive model).

    Parameters
    ----------
    n_knots : int, default=6
        Knots per feature, at evenly spaced quantiles from ``lower`` to ``upper`` (fewer when they
        coincide); ``n_knots - 1`` segments.
    C : float, default=1.0
        Inverse strength of the ridge penalty on every segment's rise.
    smoothness : float, default=1.0
        Strength of the penalty on differences between neighbouring rises, relative to the ridge.
    monotone : list of int, default=None
        Column indices whose shape may only rise (every rise >= 0).
    class_weight : "balanced", dict or None, default=None
    lower, upper : float, default=0.01, 0.99
        Quantiles of the outer knots; the shape is flat outside them.
    max_iter : int, default=2000

    Attributes
    ----------
    knots_ : list of ndarray
        Each feature's knots.
    rises_ : list of ndarray
        Each feature's rise per segment (log-odds).
    offsets_ : ndarray of shape (n_features,)
        Each feature's mean shape value on the training data.
    intercept_ : ndarray of shape (1,)
    classes_ : ndarray of shape (2,)
    """

    def __init__(
        self,
        n_knots: int = 6,
        C: float = 1.0,
        smoothness: float = 1.0,
        monotone: list[int] | None = None,
        class_weight: str | dict[Any, float] | None = None,
        lower: float = 0.01,
        upper: float = 0.99,
        max_iter: int = 2000,
    ) -> None:
        self.n_knots = n_knots
        self.C = C
        self.smoothness = smoothness
        self.monotone = monotone
        self.class_weight = class_weight
        self.lower = lower
        self.upper = upper
        self.max_iter = max_iter

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = False
        return tags

    # -- the basis -----------------------------------------------------------------------------------

    def _basis(self, X: np.ndarray) -> np.ndarray:
        cols = [ramp_basis(X[:, j], k) for j, k in enumerate(self.knots_)]
        return np.hstack(cols) if cols else np.zeros((X.shape[0], 0))

    def fit(self, X: Any, y: Any) -> AdditiveLogisticRegression:
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        y_type = type_of_target(y, input_name="y", raise_unknown=True)
        if y_type != "binary":
            raise ValueError(f"Only binary classification is supported. The type of the target is {y_type}.")
        if not 0 <= self.lower < self.upper <= 1:
            raise ValueError(f"need 0 <= lower < upper <= 1, got {self.lower!r}, {self.upper!r}")
        if int(self.n_knots) < 2:
            raise ValueError(f"n_knots must be at least 2, got {self.n_knots!r}")
        self.classes_, y_idx = np.unique(y, return_inverse=True)
        t = y_idx.astype(float)
        n, d = X.shape
        self.knots_ = [quantile_knots(X[:, j], self.n_knots, self.lower, self.upper) for j in range(d)]
        sizes = [max(len(k) - 1, 0) for k in self.knots_]
        B = self._basis(X)
        p = B.shape[1]
        if self.class_weight == "balanced":
            counts = np.bincount(y_idx, minlength=2)
            w = (n / (2.0 * counts))[y_idx]
        elif isinstance(self.class_weight, dict):
            w = np.array([float(self.class_weight.get(c, 1.0)) for c in self.classes_])[y_idx]
        else:
            w = np.ones(n)
        alpha = 1.0 / (self.C * w.sum())
        # differences of neighbouring rises inside each feature (none across features)
        rows = []
        start = 0
        for size in sizes:
            for s in range(1, size):
                row = np.zeros(p)
                row[start + s - 1], row[start + s] = -1.0, 1.0
                rows.append(row)
            start += size
        D = np.vstack(rows) if rows else np.zeros((0, p))
        P = alpha * (np.eye(p) + self.smoothness * D.T @ D)

        def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
            coef, b = params[:p], params[p]
            z = B @ coef + b
            lse = np.logaddexp(0.0, z)
            Pc = P @ coef
            value = float(np.sum(w * (lse - t * z)) / w.sum() + 0.5 * coef @ Pc)
            g = w * (1.0 / (1.0 + np.exp(-z)) - t) / w.sum()
            grad = np.empty(p + 1)
            grad[:p] = B.T @ g + Pc
            grad[p] = g.sum()
            return value, grad

        rising = set(self.monotone or [])
        bounds = []
        for j, size in enumerate(sizes):
            bounds += [(0.0, None) if j in rising else (None, None)] * size
        bounds.append((None, None))
        res = minimize(loss, np.zeros(p + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                       options={"maxiter": self.max_iter, "ftol": 1e-12, "gtol": 1e-8})
        coef = res.x[:p]
        self.rises_ = list(np.split(coef, np.cumsum(sizes)[:-1])) if sizes else []
        self.intercept_ = np.array([res.x[p]])
        self.n_iter_ = np.array([res.nit])
        self.offsets_ = self._terms(X).mean(axis=0) if n else np.zeros(d)
        return self

    def _terms(self, X: np.ndarray) -> np.ndarray:
        """Uncentred shape values, one column per feature."""
        out = np.zeros(X.shape)
        for j, (k, r) in enumerate(zip(self.knots_, self.rises_, strict=True)):
            if len(r):
                out[:, j] = ramp_basis(X[:, j], k) @ r
        return out

    def contributions(self, X: Any) -> np.ndarray:
        """Each feature's term in the decision value, centred on its training mean (log-odds); with
        ``intercept_[0] + offsets_.sum()`` the row sums are ``decision_function(X)``."""
        check_is_fitted(self, "rises_")
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return self._terms(X) - self.offsets_

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "rises_")
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return np.asarray(self._terms(X).sum(axis=1) + self.intercept_[0], dtype=float)

    def predict_proba(self, X: Any) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1 - p, p])

    def predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "rises_")
        return np.asarray(self.classes_[(self.decision_function(X) > 0).astype(int)])

    def shape(self, j: int, values: Any) -> np.ndarray:
        """Feature ``j``'s centred shape (log-odds) at ``values``, e.g. for plotting or a model card."""
        check_is_fitted(self, "rises_")
        v = np.asarray(values, dtype=float)
        if not len(self.rises_[j]):
            return np.zeros(len(v)) - self.offsets_[j]
        return ramp_basis(v, self.knots_[j]) @ self.rises_[j] - self.offsets_[j]


def additive_pipeline(
    features: list[str], warnings: Any = (), n_knots: int = 6, C: float = 1.0, smoothness: float = 1.0,
    rates: dict[str, str] | None = None,
) -> Any:
    """The additive combiner pipeline: signals → matrix → impute (median) → additive logistic regression.

    No scaling step: quantile knots make each shape independent of a feature's units.

    :param warnings: features whose shapes may only rise.
    :param rates: columns derived from counts (see ``scorer.features.SignalVectorizer``).
    """
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import Pipeline

    from scorer.features import SignalVectorizer

    warn = set(warnings)
    return Pipeline([
        ("vectorize", SignalVectorizer(list(features), rates=dict(rates) if rates else None)),
        ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
        ("clf", AdditiveLogisticRegression(
            n_knots=n_knots, C=C, smoothness=smoothness, class_weight="balanced",
            monotone=[i for i, name in enumerate(features) if name in warn],
        )),
    ])


def compile_additive(
    pipeline: Any, calibration: tuple[float, float], **meta: Any
) -> Any:
    """The :class:`scorer.shapes.CompiledAdditive` of a fitted :func:`additive_pipeline` and its Platt
    calibration; ``meta`` passes ``name``, ``version``, ``trained``, ``bands``, ``card``.

    :raises ValueError: the pipeline is not vectorize → impute → additive classifier.
    """
    from scorer.shapes import CompiledAdditive

    steps = pipeline.named_steps
    if set(steps) != {"vectorize", "impute", "clf"} or not isinstance(steps["clf"], AdditiveLogisticRegression):
        raise ValueError(f"cannot compile a pipeline with steps {list(steps)} as an additive model")
    clf = steps["clf"]
    return CompiledAdditive(
        feature_names=[str(n) for n in steps["vectorize"].get_feature_names_out()],
        fill=steps["impute"].statistics_, knots=clf.knots_, rises=clf.rises_, offsets=clf.offsets_,
        intercept=float(clf.intercept_[0]), calibration=calibration,
        rates=getattr(steps["vectorize"], "rates", None), **meta,
    )


def explain_additive(pipeline: Any, calibration: tuple[float, float], signals: Any) -> Any:
    """One article's calibrated score under a fitted :func:`additive_pipeline`, split into exact
    per-feature contributions (``scorer.model.Explained``), as ``CombinerModel.explain`` does for the
    linear pipeline."""
    from scorer.shapes import explain_terms

    steps = pipeline.named_steps
    raw = steps["vectorize"].transform([signals])
    clf = steps["clf"]
    terms = clf.contributions(steps["impute"].transform(raw))[0]
    names = [str(n) for n in steps["vectorize"].get_feature_names_out()]
    return explain_terms(names, raw[0], terms, float(clf.intercept_[0] + clf.offsets_.sum()), calibration)
