"""Shape functions of the additive combiner, in plain numpy: what scoring needs, without scikit-learn.

Each feature's effect on the log-odds is a continuous, piecewise-linear function of its value, with
knots at quantiles of the training data ("ramp" basis): between two knots the shape rises or falls
linearly, below the first knot and above the last it stays flat. So

- a value never seen in training (a rate of 400 per 1,000 words in a ten-word text) cannot push a
  score further than the largest value that was seen: the shape is bounded by construction;
- a shape that must only rise (a warning feature) is one whose every segment has a rise >= 0;
- the score is a sum of one number per feature, so each feature's contribution is exact: the
  contributions plus the intercept are the log-odds.

The fitted estimator is ``scorer.additive.AdditiveLogisticRegression``; :class:`CompiledAdditive`
holds the same numbers for scoring without scikit-learn (a JSON file of numbers and strings).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from scorer.contract import Contribution
from scorer.scoring_model import feature_row

if TYPE_CHECKING:
    from scorer.scoring_model import Explained

FORMAT = "misinfo-scorer compiled additive combiner 1"


def ramp_basis(x: np.ndarray, knots: np.ndarray) -> np.ndarray:
    """The ramp columns of one feature: for each segment between consecutive knots, the share of the
    segment that ``x`` has passed (0 below it, 1 above it). Shape ``(len(x), len(knots) - 1)``."""
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    knots = np.asarray(knots, dtype=float)
    if len(knots) < 2:
        return np.zeros((x.shape[0], 0))
    lo, width = knots[:-1], np.diff(knots)
    return np.clip((x - lo) / width, 0.0, 1.0)


def shape_value(x: np.ndarray, knots: np.ndarray, rises: np.ndarray) -> np.ndarray:
    """A feature's shape at ``x`` (log-odds, before centring): the sum of the rises it has passed."""
    return ramp_basis(x, knots) @ np.asarray(rises, dtype=float)


def quantile_knots(x: np.ndarray, n_knots: int, lower: float = 0.01, upper: float = 0.99) -> np.ndarray:
    """Knots of one feature: distinct quantiles from ``lower`` to ``upper`` (so segments hold about equal
    shares of the training articles and the extreme 1% at each end is flat). A feature whose
    quantiles all coincide (a rare count, 0 in nearly every article) gets its observed range instead,
    and a constant feature no knots at all (it cannot move a score)."""
    x = np.asarray(x, dtype=float)
    qs = np.linspace(lower, upper, max(int(n_knots), 2))
    knots = np.unique(np.quantile(x, qs))
    if len(knots) < 2:
        knots = np.unique([x.min(), x.max()])
    return knots if len(knots) >= 2 else np.zeros(0)


class CompiledAdditive:
    """An additive combiner as numbers: the same ``explain``, ``band``, ``info`` and ``for_base_rate``
    as ``scorer.compiled.CompiledModel``, for a pipeline of vectorize → impute → additive classifier.

    :param fill: the value a missing feature takes (the imputer's statistic).
    :param knots: per feature, its knots (empty for a feature that cannot move the score).
    :param rises: per feature, the rise of each segment between knots (log-odds, uncalibrated).
    :param offsets: per feature, its mean shape value on the training data (subtracted, so a
        contribution says how far this article's value moves it from an average article).
    :param intercept: the classifier's intercept (uncalibrated log-odds).
    """

    def __init__(
        self, *, feature_names: Sequence[str], fill: np.ndarray, knots: Sequence[np.ndarray],
        rises: Sequence[np.ndarray], offsets: np.ndarray, intercept: float, calibration: tuple[float, float],
        name: str = "default", version: str = "0", trained: str = "",
        bands: tuple[tuple[float, str], ...] = ((0.7, "high"), (0.4, "medium"), (0.0, "low")),
        card: Mapping[str, Any] | None = None, rates: Mapping[str, str] | None = None,
    ) -> None:
        n = len(feature_names)
        self.rates = dict(rates or {})
        self.feature_names = [str(f) for f in feature_names]
        self.fill = np.asarray(fill, dtype=float)
        self.knots = [np.asarray(k, dtype=float) for k in knots]
        self.rises = [np.asarray(r, dtype=float) for r in rises]
        self.offsets = np.asarray(offsets, dtype=float)
        if self.fill.shape != (n,) or self.offsets.shape != (n,) or len(self.knots) != n or len(self.rises) != n:
            raise ValueError("compiled additive model: every feature needs a fill, knots, rises and an offset")
        for name_, k, r in zip(self.feature_names, self.knots, self.rises, strict=True):
            if len(r) != max(len(k) - 1, 0) or (len(k) > 1 and np.any(np.diff(k) <= 0)):
                raise ValueError(f"compiled additive model: bad knots or rises for {name_!r}")
        self.intercept_raw = float(intercept)
        self.calibration = (float(calibration[0]), float(calibration[1]))
        self.name, self.version, self.trained = name, version, trained
        self.bands = tuple((float(t), str(b)) for t, b in bands)
        self.card = dict(card or {})
        self._index = {f: i for i, f in enumerate(self.feature_names)}
        # every feature's segments in one padded table, so an article is scored in a few array operations
        # (a padding segment starts at +inf: nothing ever passes it)
        width = max((len(r) for r in self.rises), default=0)
        self._lo = np.full((n, width), np.inf)
        self._width = np.ones((n, width))
        self._rise = np.zeros((n, width))
        self._floor = np.array([k[0] if len(k) else 0.0 for k in self.knots])
        self._ceiling = np.array([k[-1] if len(k) else 0.0 for k in self.knots])
        for i, (k, r) in enumerate(zip(self.knots, self.rises, strict=True)):
            if len(r):
                self._lo[i, : len(r)] = k[:-1]
                self._width[i, : len(r)] = np.diff(k)
                self._rise[i, : len(r)] = r

    @classmethod
    def from_combiner(cls, model: Any) -> CompiledAdditive:
        """Read the numbers out of a fitted ``CombinerModel`` whose pipeline is vectorize → impute →
        ``AdditiveLogisticRegression``.

        :raises ValueError: the pipeline is not of that form.
        """
        steps = model.pipeline.named_steps
        clf = steps.get("clf")
        if set(steps) != {"vectorize", "impute", "clf"} or not hasattr(clf, "rises_"):
            raise ValueError(f"cannot compile a pipeline with steps {list(steps)} as an additive model")
        return cls(
            feature_names=[str(n) for n in steps["vectorize"].get_feature_names_out()],
            fill=steps["impute"].statistics_, knots=clf.knots_, rises=clf.rises_, offsets=clf.offsets_,
            intercept=float(clf.intercept_[0]), calibration=model.calibration, name=model.name,
            version=model.version, trained=model.trained, bands=model.bands, card=model.card,
            rates=getattr(steps["vectorize"], "rates", None),
        )

    # -- scoring -----------------------------------------------------------------------------------

    def vector(self, signals: Mapping[str, Any]) -> np.ndarray:
        """The raw feature row for one article's signals (NaN where a feature is missing)."""
        return feature_row(signals, self._index, self.rates)

    def terms(self, raw: np.ndarray) -> np.ndarray:
        """Each feature's centred shape value (uncalibrated log-odds) for one raw row."""
        # the shapes are flat outside the outer knots: any value beyond them (infinite too) is the knot
        x = np.clip(np.where(np.isnan(raw), self.fill, raw), self._floor, self._ceiling)
        passed = np.clip((x[:, None] - self._lo) / self._width, 0.0, 1.0)
        return np.asarray((passed * self._rise).sum(axis=1) - self.offsets, dtype=float)

    def explain(self, signals: Mapping[str, Any]) -> Explained:
        """Score one article and split its calibrated log-odds into exact per-feature contributions."""
        raw = self.vector(signals)
        return explain_terms(self.feature_names, raw, self.terms(raw),
                             self.intercept_raw + float(self.offsets.sum()), self.calibration)

    def for_base_rate(self, rate: float) -> CompiledAdditive:
        """This model with its scores moved to a share ``rate`` of misinformation (prior shift)."""
        from scorer.scoring_model import shift_to_base_rate

        calibration, bands, card = shift_to_base_rate(self.calibration, self.bands, self.card, rate)
        return CompiledAdditive(
            feature_names=self.feature_names, fill=self.fill, knots=self.knots, rises=self.rises,
            offsets=self.offsets, intercept=self.intercept_raw, calibration=calibration, name=self.name,
            version=self.version, trained=self.trained, bands=bands, card=card, rates=self.rates,
        )

    def band(self, score: float, bands: tuple[tuple[float, str], ...] | None = None) -> str:
        """The band a score falls in (``bands`` overrides the model's own thresholds)."""
        from scorer.scoring_model import band_for

        return band_for(score, bands or self.bands)

    def info(self) -> dict[str, str]:
        """The ``model`` field of a Result."""
        return {"name": self.name, "version": self.version}

    # -- files -------------------------------------------------------------------------------------

    def to_json(self, source_digest: str) -> str:
        """The compiled form as JSON, tied to the skops archive with SHA-256 ``source_digest``."""
        return json.dumps({
            "format": FORMAT, "source_sha256": source_digest, "name": self.name, "version": self.version,
            "trained": self.trained, "bands": [[t, b] for t, b in self.bands],
            "calibration": list(self.calibration), "intercept": self.intercept_raw,
            "features": [
                {"name": n, "fill": float(f), "knots": k.tolist(), "rises": r.tolist(), "offset": float(o)}
                for n, f, k, r, o in zip(self.feature_names, self.fill, self.knots, self.rises, self.offsets,
                                         strict=True)
            ],
            "card": self.card, "rates": self.rates,
        }, indent=1)

    @classmethod
    def from_json(cls, text: str) -> tuple[CompiledAdditive, str]:
        """Read a compiled additive model; returns it with the digest of the archive it came from.

        :raises ValueError: not a compiled additive model of this format.
        """
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"not a compiled model file ({FORMAT!r})")
        feats = data["features"]
        model = cls(
            feature_names=[str(f["name"]) for f in feats],
            fill=np.array([f["fill"] for f in feats], dtype=float),
            knots=[np.array(f["knots"], dtype=float) for f in feats],
            rises=[np.array(f["rises"], dtype=float) for f in feats],
            offsets=np.array([f["offset"] for f in feats], dtype=float),
            intercept=float(data["intercept"]),
            calibration=(float(data["calibration"][0]), float(data["calibration"][1])),
            name=str(data["name"]), version=str(data["version"]), trained=str(data["trained"]),
            bands=tuple((float(t), str(b)) for t, b in data["bands"]), card=dict(data.get("card") or {}),
            rates={str(k): str(v) for k, v in (data.get("rates") or {}).items()},
        )
        return model, str(data["source_sha256"])


def explain_terms(
    names: Sequence[str], raw: np.ndarray, terms: np.ndarray, intercept: float, calibration: tuple[float, float]
) -> Explained:
    """A calibrated score split into exact contributions: ``a · term_i`` per feature plus the intercept
    ``a · intercept + b`` add up to the calibrated log-odds."""
    from scorer.scoring_model import Explained

    a, b = calibration
    scaled = a * np.asarray(terms, dtype=float)
    intercept = float(a * intercept + b)
    logit = intercept + float(scaled.sum())
    score = 1.0 / (1.0 + math.exp(-logit))
    contributions = [
        Contribution(feature=name, value=None if math.isnan(raw[i]) else float(raw[i]),
                     contribution=float(scaled[i]))
        for i, name in enumerate(names)
    ]
    contributions.sort(key=lambda c: abs(c.contribution), reverse=True)
    return Explained(score=score, contributions=contributions, intercept=intercept)
