"""Signals to features: the scikit-learn transformer between the plugins and the combiner."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted


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


class SignalVectorizer(TransformerMixin, BaseEstimator):
    """Turn each article's signal features into one row of a numeric matrix.

    Input is a sequence of ``signals`` mappings as they appear in a Result, either nested
    (``{signal: {feature: value}}``) or flat (``{"signal.feature": value}``). A feature a row lacks
    (its signal failed or was not installed) becomes NaN, for an imputer downstream to fill.

    Parameters
    ----------
    features : list of str, default=None
        The feature names, in column order. None learns the sorted union seen in ``fit``.

    Attributes
    ----------
    feature_names_ : ndarray of str
        The columns, as ``get_feature_names_out`` returns them.
    """

    def __init__(self, features: list[str] | None = None) -> None:
        self.features = features

    def fit(self, X: Iterable[Mapping[str, Any]], y: Any = None) -> SignalVectorizer:
        """Learn the feature names (or take them from ``features``)."""
        if self.features is not None:
            names = list(self.features)
        else:
            seen: set[str] = set()
            for row in X:
                seen.update(flatten_signals(row))
            names = sorted(seen)
        self.feature_names_ = np.asarray(names, dtype=object)
        return self

    def transform(self, X: Iterable[Mapping[str, Any]]) -> np.ndarray:
        """One row per input, one column per feature, NaN where a feature is missing."""
        check_is_fitted(self, "feature_names_")
        index = {name: i for i, name in enumerate(self.feature_names_)}
        rows = list(X)
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
        return np.asarray(self.feature_names_, dtype=object)
