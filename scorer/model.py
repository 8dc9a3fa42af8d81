"""The combiner: signal features → a calibrated probability, bands, and per-feature contributions.

The model is a linear pipeline (impute → standardise and clip → logistic regression) followed by Platt
calibration fitted on out-of-fold decision values. Because both steps are linear in log-odds, each
feature's contribution is exact: the contributions plus the intercept add up to the calibrated
log-odds of the score.

Model files are skops archives loaded with an explicit list of trusted types, so a file can hold
only data and known scikit-learn objects, never code to run.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from scorer.compiled import CompiledModel, compiled_path, load_compiled, write_compiled
from scorer.scoring_model import DEFAULT_BANDS, Explained, band_for, explain_linear, shift_to_base_rate

DEFAULT_MODEL_FILE = "default.skops"

#: Every type a model file may contain beyond skops' defaults. Nothing else loads.
TRUSTED_TYPES = [
    "scorer.model.CombinerModel",
    "scorer.features.SignalVectorizer",
    "scorer.features.ClippedScaler",
    "sklearn.pipeline.Pipeline",
    "sklearn.impute._base.SimpleImputer",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.linear_model._logistic.LogisticRegression",
    "scorer.linear.SignConstrainedLogisticRegression",
    "builtins.object",
    "numpy.dtype",
    "numpy.dtypes.ObjectDType",
    "numpy.dtypes.Float64DType",
    "numpy.dtypes.Int64DType",
]


class CombinerModel:
    """A fitted combiner with its metadata. Build it with ``scorer.fitting.fit.fit_combiner``.

    :param pipeline: a fitted ``Pipeline`` of vectorize → impute → scale → clf (LogisticRegression).
    :param calibration: Platt parameters ``(a, b)``: ``p = sigmoid(a * decision + b)``.
    """

    def __init__(
        self,
        pipeline: Any,
        calibration: tuple[float, float],
        name: str = "default",
        version: str = "0",
        trained: str = "",
        bands: tuple[tuple[float, str], ...] = DEFAULT_BANDS,
        card: dict[str, Any] | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.calibration = (float(calibration[0]), float(calibration[1]))
        self.name = name
        self.version = version
        self.trained = trained
        self.bands = tuple((float(t), str(b)) for t, b in bands)
        self.card = card or {}

    @property
    def feature_names(self) -> list[str]:
        return [str(n) for n in self.pipeline.named_steps["vectorize"].get_feature_names_out()]

    def info(self) -> dict[str, str]:
        """The ``model`` field of a Result."""
        return {"name": self.name, "version": self.version}

    def decision(self, signals: list[Mapping[str, Any]]) -> np.ndarray:
        """Uncalibrated log-odds for each row of signals."""
        return np.asarray(self.pipeline.decision_function(signals), dtype=float)

    def predict_proba(self, signals: list[Mapping[str, Any]]) -> np.ndarray:
        """Calibrated probability of the misinformation class for each row of signals."""
        a, b = self.calibration
        z = a * self.decision(signals) + b
        return 1.0 / (1.0 + np.exp(-z))

    def explain(self, signals: Mapping[str, Any]) -> Explained:
        """Score one article and split its calibrated log-odds into per-feature contributions."""
        steps = self.pipeline.named_steps
        raw = steps["vectorize"].transform([signals])
        standardized = steps["scale"].transform(steps["impute"].transform(raw))[0]
        clf = steps["clf"]
        return explain_linear(
            self.feature_names, raw[0], standardized, clf.coef_[0], float(clf.intercept_[0]), self.calibration
        )

    @property
    def base_rate(self) -> float | None:
        """Share of the misinformation class in the training data the scores are calibrated to."""
        rate = self.card.get("base_rate")
        return float(rate) if rate is not None else None

    def for_base_rate(self, rate: float) -> CombinerModel:
        """This model with its scores moved to a different share of misinformation (prior shift).

        The calibrated log-odds gain ``logit(rate) - logit(base_rate)``, the textbook correction when
        only the class mix changes (Saerens et al., 2002); band thresholds move the same way, so each
        band keeps the false-positive rate on credible articles the model card gives for it.
        Contributions are unchanged; the shift goes into the intercept.

        :param rate: the expected share of misinformation among the articles to be scored, in (0, 1).
        :raises ValueError: the rate is out of range or the model does not record its training base rate.
        """
        calibration, bands, card = shift_to_base_rate(self.calibration, self.bands, self.card, rate)
        return CombinerModel(self.pipeline, calibration, name=self.name, version=self.version,
                             trained=self.trained, bands=bands, card=card)

    def band(self, score: float, bands: tuple[tuple[float, str], ...] | None = None) -> str:
        """The band a score falls in (``bands`` overrides the model's own thresholds)."""
        return band_for(score, bands or self.bands)


def default_model_path() -> Path:
    """The shipped model file (``models/default.skops``, installed as ``misinfo_scorer_models``)."""
    import importlib.resources

    return Path(str(importlib.resources.files("misinfo_scorer_models") / DEFAULT_MODEL_FILE))


def save_model(model: CombinerModel, path: Path) -> None:
    """Write a model as a skops archive, and its compiled form beside it (``.compiled.json``)."""
    import skops.io as sio

    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(model, path)
    untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
    if untrusted:
        path.unlink()
        raise TypeError(f"the model holds types the loader would refuse: {sorted(untrusted)}")
    # and its compiled form beside it, which the host scores with (scorer/compiled.py)
    try:
        write_compiled(model, path)
    except ValueError:  # a pipeline the compiled form cannot express: score from the archive
        compiled_path(path).unlink(missing_ok=True)


def load_model(path: str | Path | None = None) -> CombinerModel:
    """Load a model file, trusting only ``TRUSTED_TYPES``; no pickle is involved.

    :param path: a ``.skops`` file, or None for the shipped default model.
    :raises FileNotFoundError: no model file at that path.
    :raises skops.io.exceptions.UntrustedTypesFoundException: the file holds another type.
    """
    import skops.io as sio

    path = Path(path) if path is not None else default_model_path()
    if not path.is_file():
        raise FileNotFoundError(f"no model file at {path}")
    model = sio.load(path, trusted=TRUSTED_TYPES)
    if not isinstance(model, CombinerModel):
        raise TypeError(f"{path} holds a {type(model).__name__}, not a CombinerModel")
    return model


def load_for_scoring(path: str | Path | None = None) -> CompiledModel | CombinerModel:
    """The model to score with: the compiled form of the archive when it matches, else the archive.

    :param path: a ``.skops`` file, or None for the shipped default model.
    :raises FileNotFoundError: no model file at that path.
    """
    path = Path(path) if path is not None else default_model_path()
    compiled = load_compiled(path)
    return compiled if compiled is not None else load_model(path)
