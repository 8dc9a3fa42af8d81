"""What the host scores with, whatever the model's form: the ``ScoringModel`` protocol and the
arithmetic both forms share (exact contributions, bands, the prior shift to another base rate).

Two forms implement it: ``scorer.model.CombinerModel`` (the scikit-learn pipeline in a skops archive,
the model of record) and ``scorer.compiled.CompiledModel`` (the same numbers without scikit-learn).
This module imports neither scikit-learn nor skops.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from scorer.contract import Contribution, flatten_signals

#: Score thresholds for the bands, highest first: a score at or above a threshold gets its band.
DEFAULT_BANDS: tuple[tuple[float, str], ...] = ((0.7, "high"), (0.4, "medium"), (0.0, "low"))

@dataclass
class Explained:
    """A score with the contributions behind it."""

    score: float
    contributions: list[Contribution]
    intercept: float


class ScoringModel(Protocol):
    """A combiner the host can score with: ``CombinerModel`` or ``CompiledModel``."""

    name: str
    version: str

    def explain(self, signals: Mapping[str, Any]) -> Explained:
        """Score one article's signals and split its calibrated log-odds into per-feature contributions."""
        ...

    def band(self, score: float, bands: tuple[tuple[float, str], ...] | None = None) -> str:
        """The band a score falls in (``bands`` overrides the model's own thresholds)."""
        ...

    def info(self) -> dict[str, str]:
        """The ``model`` field of a Result."""
        ...

    def for_base_rate(self, rate: float) -> ScoringModel:
        """This model with its scores moved to a share ``rate`` of misinformation (prior shift)."""
        ...


def explain_linear(
    names: list[str],
    raw: np.ndarray,
    standardized: np.ndarray,
    coef: np.ndarray,
    intercept: float,
    calibration: tuple[float, float],
) -> Explained:
    """The calibrated score of one standardised row under a linear model, split into exact
    per-feature contributions (``a · w_i · z_i``) plus an intercept (``a · w_0 + b``)."""
    a, b = calibration
    terms = a * np.asarray(coef, dtype=float) * standardized
    intercept = float(a * intercept + b)
    logit = intercept + float(terms.sum())
    score = 1.0 / (1.0 + math.exp(-logit))
    contributions = [
        Contribution(
            feature=name,
            value=None if math.isnan(raw[i]) else float(raw[i]),
            contribution=float(terms[i]),
        )
        for i, name in enumerate(names)
    ]
    contributions.sort(key=lambda c: abs(c.contribution), reverse=True)
    return Explained(score=score, contributions=contributions, intercept=intercept)


def shift_to_base_rate(
    calibration: tuple[float, float], bands: tuple[tuple[float, str], ...], card: dict[str, Any], rate: float
) -> tuple[tuple[float, float], tuple[tuple[float, str], ...], dict[str, Any]]:
    """Platt parameters, bands and card of a model moved from its training base rate to ``rate``
    (see ``CombinerModel.for_base_rate``)."""
    if not 0 < rate < 1:
        raise ValueError(f"a base rate is a share strictly between 0 and 1, got {rate!r}")
    trained_rate = card.get("base_rate")
    if trained_rate is None:
        raise ValueError("this model file does not record its training base rate; retrain it")
    shift = logit(rate) - logit(float(trained_rate))
    a, b = calibration
    moved = tuple((t if t <= 0 else float(1 / (1 + math.exp(-(logit(t) + shift)))), label) for t, label in bands)
    return (a, b + shift), moved, {**card, "base_rate": rate, "trained_base_rate": float(trained_rate)}


def band_for(score: float, bands: tuple[tuple[float, str], ...]) -> str:
    """The label of the first threshold (highest first) ``score`` reaches; the last band otherwise."""
    for threshold, label in bands:
        if score >= threshold:
            return label
    return bands[-1][1]


def logit(p: float) -> float:
    """log(p / (1 - p)), with p clipped away from 0 and 1."""
    p = min(max(float(p), 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def prior_shift(p: np.ndarray, from_rate: float, to_rate: float) -> np.ndarray:
    """Probabilities calibrated at class share ``from_rate`` moved to share ``to_rate``."""
    p = np.clip(np.asarray(p, dtype=float), 1e-12, 1 - 1e-12)
    z = np.log(p / (1 - p)) + logit(to_rate) - logit(from_rate)
    return np.asarray(1 / (1 + np.exp(-z)), dtype=float)


#: The one declared length feature (log of 1 + whitespace words); rates are per 1,000 of those words.
WORDS_FEATURE = "length.log_words"
#: Suffix of a rate the combiner derives from a count.
RATE_SUFFIX = "_per_1k_words"


def with_rates(flat: Mapping[str, Any], rates: Mapping[str, str] | None) -> dict[str, Any]:
    """Flat signals plus each derived rate: ``rates`` maps a rate's name to the count it is made of;
    the rate is the count per 1,000 words of the article (words read back from ``length.log_words``).
    A rate is left out (NaN downstream) when the count or the length is missing."""
    out = dict(flat)
    if not rates:
        return out
    log_words = flat.get(WORDS_FEATURE)
    words = math.expm1(float(log_words)) if log_words is not None else float("nan")
    for rate, count in rates.items():
        value = flat.get(count)
        if value is None or not words > 0:
            continue
        out[rate] = 1000.0 * float(value) / words
    return out


def feature_row(
    signals: Mapping[str, Any], index: Mapping[str, int], rates: Mapping[str, str] | None
) -> np.ndarray:
    """The raw feature row a model reads for one article's signals: each of ``index``'s features
    (name → column) from the flat signals and their derived rates, NaN where one is missing."""
    row = np.full(len(index), np.nan)
    for name, value in with_rates(flatten_signals(signals), rates).items():
        col = index.get(name)
        if col is not None:
            row[col] = value
    return row
