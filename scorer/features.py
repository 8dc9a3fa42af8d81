"""Signals to features: the scikit-learn transformers between the plugins and the combiner."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from scipy.sparse import issparse
from sklearn.base import BaseEstimator, OneToOneFeatureMixin, TransformerMixin
from sklearn.utils.validation import _check_feature_names_in, check_array, check_is_fitted, validate_data

from scorer.contract import flatten_signals
from scorer.scoring_model import with_rates


def _as_dicts(X: Any) -> list[Mapping[str, Any]] | None:
    """``X`` as a list of signal mappings, or None when it is array-like (2-D numeric input)."""
    if hasattr(X, "shape") or hasattr(X, "__array__") or issparse(X):
        return None
    rows = list(X)
    if all(isinstance(row, Mapping) for row in rows):
        return rows
    return None


class SignalVectorizer(TransformerMixin, BaseEstimator):
    """Turn each article's signal features into one row of a numeric matrix.

    Input is a sequence of ``signals`` mappings as they appear in a Result, either nested
    (``{signal: {feature: value}}``) or flat (``{"signal.feature": value}``). A feature a row lacks
    (its signal failed or was not installed) becomes NaN, for an imputer downstream to fill.

    A 2-D numeric array (rows already vectorised) is accepted too: then the vectorizer is the
    identity, its columns named by ``features`` or, without them, ``x0 … xN`` (or a DataFrame's
    column names), and ``n_features_in_`` is set as for any scikit-learn transformer.

    Parameters
    ----------
    features : list of str, default=None
        The feature names, in column order. None learns the sorted union seen in ``fit``.
    rates : dict of str to str, default=None
        Columns derived from counts: rate name → count name; the rate is the count per 1,000 words
        (``scorer.scoring_model.with_rates``), so a count that grows with length enters as a rate.

    Attributes
    ----------
    feature_names_ : ndarray of str
        The columns, as ``get_feature_names_out`` returns them.
    n_features_in_ : int
        Only after fitting on an array: its number of columns.
    """

    def __init__(self, features: list[str] | None = None, rates: dict[str, str] | None = None) -> None:
        self.features = features
        self.rates = rates

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = True  # a missing feature is NaN by design
        tags.input_tags.dict = True
        return tags

    def fit(self, X: Any, y: Any = None) -> SignalVectorizer:
        """Learn the feature names (or take them from ``features``)."""
        rows = _as_dicts(X)
        for attr in ("n_features_in_", "feature_names_in_"):
            if hasattr(self, attr):
                delattr(self, attr)
        if rows is None:
            validate_data(self, X, ensure_all_finite="allow-nan")
            if self.features is not None:
                if len(self.features) != self.n_features_in_:
                    raise ValueError(
                        f"features names {len(self.features)} columns but X has {self.n_features_in_}"
                    )
                names = list(self.features)
            else:
                names = [str(n) for n in _check_feature_names_in(self, None)]
        elif self.features is not None:
            names = list(self.features)
        else:
            seen: set[str] = set()
            for row in rows:
                seen.update(with_rates(flatten_signals(row), self.rates))
            names = sorted(seen)
        self.feature_names_ = np.asarray(names, dtype=object)
        return self

    def transform(self, X: Any) -> np.ndarray:
        """One row per input, one column per feature, NaN where a feature is missing."""
        check_is_fitted(self, "feature_names_")
        rows = _as_dicts(X)
        if rows is None:
            if hasattr(self, "n_features_in_"):
                out = validate_data(self, X, reset=False, ensure_all_finite="allow-nan")
            else:  # fitted on signal mappings, given the matrix they vectorise to
                out = check_array(X, ensure_all_finite="allow-nan")
                if out.shape[1] != len(self.feature_names_):
                    raise ValueError(
                        f"X has {out.shape[1]} features, but SignalVectorizer is expecting "
                        f"{len(self.feature_names_)} features as input."
                    )
            return np.array(out, dtype=float)
        index = {name: i for i, name in enumerate(self.feature_names_)}
        out = np.full((len(rows), len(index)), np.nan, dtype=float)
        rates = getattr(self, "rates", None)  # absent in model files written before rates existed
        for r, row in enumerate(rows):
            for name, value in with_rates(flatten_signals(row), rates).items():
                col = index.get(name)
                if col is not None:
                    out[r, col] = value
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The feature names, ``signal.feature``, in column order."""
        check_is_fitted(self, "feature_names_")
        if hasattr(self, "n_features_in_"):
            checked = _check_feature_names_in(self, input_features)
            if self.features is None:
                return np.asarray(checked, dtype=object)
        return np.asarray(self.feature_names_, dtype=object)


class ClippedScaler(OneToOneFeatureMixin, TransformerMixin, BaseEstimator):
    """Standardise features so that no single one can dominate a linear model.

    Counts and rates are heavy-tailed and many are almost always 0: plain standardisation divides
    such a feature by a tiny standard deviation, so one occurrence becomes a z-score of 15-20 and
    moves a linear score by several log-odds. This transformer

    1. takes ``log1p`` of every column that was non-negative in training (counts, rates, shares),
       so 1 → 0.69 and 10 → 2.4 rather than 1 → 1 and 10 → 10;
    2. standardises (mean 0, standard deviation 1; a constant column is only centred);
    3. clips the standardised value to ``[-clip, clip]``.

    Each step is monotone, so a feature's direction (and a sign constraint on its weight) is kept,
    and the output is still what a linear model multiplies by its weights: per-feature contributions
    stay exact. With a weight ``w`` a feature can move the decision value by at most ``2·clip·|w|``.

    Parameters
    ----------
    clip : float or None, default=3.0
        Bound on the absolute standardised value; None leaves it unbounded.
    log : bool, default=True
        Whether to take ``log1p`` of columns that are non-negative in training.

    Attributes
    ----------
    log_columns_ : ndarray of bool
        The columns transformed by ``log1p``.
    mean_, scale_ : ndarray of float
        Mean and standard deviation after the log step (``scale_`` is 1 for constant columns).
    n_features_in_ : int
    """

    def __init__(self, clip: float | None = 3.0, log: bool = True) -> None:
        self.clip = clip
        self.log = log

    def _log(self, X: np.ndarray) -> np.ndarray:
        out = np.array(X, dtype=float)
        cols = self.log_columns_
        # a value below the training minimum of 0 (never seen in counts) is treated as 0
        out[:, cols] = np.log1p(np.maximum(out[:, cols], 0.0))
        return out

    def fit(self, X: Any, y: Any = None) -> ClippedScaler:
        """Learn which columns to log and the mean and scale of each."""
        if self.clip is not None and not self.clip > 0:
            raise ValueError(f"clip must be positive or None, got {self.clip!r}")
        X = validate_data(self, X, dtype=np.float64)
        self.log_columns_ = (X.min(axis=0) >= 0) if self.log else np.zeros(X.shape[1], dtype=bool)
        T = self._log(X)
        self.mean_ = T.mean(axis=0)
        scale = T.std(axis=0)
        self.scale_ = np.where(scale > 1e-12, scale, 1.0)
        return self

    def transform(self, X: Any) -> np.ndarray:
        """log1p (where learned), standardise, clip."""
        check_is_fitted(self, "mean_")
        X = validate_data(self, X, reset=False, dtype=np.float64)
        Z = (self._log(X) - self.mean_) / self.scale_
        if self.clip is not None:
            Z = np.clip(Z, -self.clip, self.clip)
        return Z
