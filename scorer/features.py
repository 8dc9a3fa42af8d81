"""Signals to features: the scikit-learn transformer between the plugins and the combiner."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from scipy.sparse import issparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import _check_feature_names_in, check_array, check_is_fitted, validate_data


def flatten_signals(signals: Mapping[str, Any]) -> dict[str, float]:
    """``{"odd_phrasing": {"slips": 2}}`` → ``{"odd_phrasing.slips": 2.0}``; flat input passes through."""
    flat: dict[str, float] = {}
    for key, value in signals.items():
        if isinstance(value, Mapping):
            for sub, number in value.items():
                flat[f"{key}.{sub}"] = float(number) if number is not None else np.nan
        else:
            flat[str(key)] = float(value) if value is not None else np.nan
    return flat


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

    Attributes
    ----------
    feature_names_ : ndarray of str
        The columns, as ``get_feature_names_out`` returns them.
    n_features_in_ : int
        Only after fitting on an array: its number of columns.
    """

    def __init__(self, features: list[str] | None = None) -> None:
        self.features = features

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
                seen.update(flatten_signals(row))
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
        for r, row in enumerate(rows):
            for name, value in flatten_signals(row).items():
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
