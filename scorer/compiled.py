"""The fitted combiner reduced to its numbers, for scoring without scikit-learn.

A ``CombinerModel`` is a scikit-learn pipeline (impute → standardise and clip → logistic regression)
plus Platt calibration, persisted with skops. Scoring one article needs none of scikit-learn's
machinery, only these arrays, yet importing scikit-learn and skops costs about 1.3 s of every
process start (half of the scorer's start-up; see benchmarks/throughput.py). So ``train`` also
writes the same model as a small JSON file beside the ``.skops`` one, carrying the SHA-256 of the
archive it was compiled from; the host scores with it when the digest matches and falls back to the
skops archive otherwise. JSON holds only numbers and strings: like the skops archive, it cannot run
code. The skops archive stays the model of record (training, evaluation, ``SignalVectorizer``).

Tests check that both give the same score, contributions and intercept to 1e-9.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from scorer.scoring_model import Explained, band_for, explain_linear, feature_row, shift_to_base_rate
from scorer.shapes import CompiledAdditive

if TYPE_CHECKING:
    from scorer.model import CombinerModel

FORMAT = "misinfo-scorer compiled linear combiner 1"


def compiled_path(model_path: Path) -> Path:
    """Where the compiled form of a ``.skops`` file lives: ``default.skops`` → ``default.compiled.json``."""
    return model_path.with_suffix(".compiled.json")


def file_digest(path: Path) -> str:
    """SHA-256 of a file, hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class CompiledModel:
    """A combiner as arrays: the same ``explain``, ``band`` and ``info`` as ``CombinerModel``."""

    def __init__(
        self,
        *,
        feature_names: list[str],
        fill: np.ndarray,
        log_columns: np.ndarray,
        mean: np.ndarray,
        scale: np.ndarray,
        clip: float | None,
        coef: np.ndarray,
        intercept: float,
        calibration: tuple[float, float],
        name: str,
        version: str,
        trained: str,
        bands: tuple[tuple[float, str], ...],
        card: dict[str, Any],
        rates: dict[str, str] | None = None,
    ) -> None:
        n = len(feature_names)
        self.rates = dict(rates or {})
        self.feature_names = list(feature_names)
        self.fill = np.asarray(fill, dtype=float)
        self.log_columns = np.asarray(log_columns, dtype=bool)
        self.mean = np.asarray(mean, dtype=float)
        self.scale = np.asarray(scale, dtype=float)
        self.coef = np.asarray(coef, dtype=float)
        for label, array in (("fill", self.fill), ("log_columns", self.log_columns), ("mean", self.mean),
                             ("scale", self.scale), ("coef", self.coef)):
            if array.shape != (n,):
                raise ValueError(f"compiled model: {label} has shape {array.shape}, expected ({n},)")
        self.clip = None if clip is None else float(clip)
        self.intercept_raw = float(intercept)
        self.calibration = (float(calibration[0]), float(calibration[1]))
        self.name, self.version, self.trained = name, version, trained
        self.bands = tuple((float(t), str(b)) for t, b in bands)
        self.card = dict(card)
        self._index = {name: i for i, name in enumerate(self.feature_names)}

    # -- building ----------------------------------------------------------------------------------

    @classmethod
    def from_combiner(cls, model: CombinerModel) -> CompiledModel:
        """Read the numbers out of a fitted ``CombinerModel`` (impute → scale → linear classifier).

        :raises ValueError: the pipeline has steps this form cannot express.
        """
        steps = model.pipeline.named_steps
        if set(steps) != {"vectorize", "impute", "scale", "clf"}:
            raise ValueError(f"cannot compile a pipeline with steps {list(steps)}")
        impute, scale, clf = steps["impute"], steps["scale"], steps["clf"]
        n = len(model.feature_names)
        if getattr(impute, "strategy", None) not in ("median", "mean", "constant", "most_frequent") or (
            len(impute.statistics_) != n
        ):
            raise ValueError("cannot compile the imputer: it must keep every column")
        if type(scale).__name__ == "ClippedScaler":
            log_columns, clip = scale.log_columns_, scale.clip
        elif type(scale).__name__ == "StandardScaler":
            log_columns, clip = np.zeros(n, dtype=bool), None
        else:
            raise ValueError(f"cannot compile a {type(scale).__name__}")
        mean = getattr(scale, "mean_", None)
        mean = np.zeros(n) if mean is None else mean
        std = getattr(scale, "scale_", None)
        std = np.ones(n) if std is None else std
        if np.asarray(clf.coef_).shape != (1, n):
            raise ValueError("cannot compile a classifier that is not binary and linear")
        return cls(
            feature_names=model.feature_names,
            fill=impute.statistics_,
            log_columns=log_columns,
            mean=mean,
            scale=std,
            clip=clip,
            coef=clf.coef_[0],
            intercept=float(clf.intercept_[0]),
            calibration=model.calibration,
            name=model.name,
            version=model.version,
            trained=model.trained,
            bands=model.bands,
            card=model.card,
            rates=getattr(steps["vectorize"], "rates", None),
        )

    # -- scoring -----------------------------------------------------------------------------------

    def vector(self, signals: Mapping[str, Any]) -> np.ndarray:
        """The raw feature row for one article's signals (NaN where a feature is missing)."""
        return feature_row(signals, self._index, self.rates)

    def explain(self, signals: Mapping[str, Any]) -> Explained:
        """Score one article and split its calibrated log-odds into per-feature contributions."""
        raw = self.vector(signals)
        x = np.where(np.isnan(raw), self.fill, raw)
        x = np.where(self.log_columns, np.log1p(np.maximum(x, 0.0)), x)
        z = (x - self.mean) / self.scale
        if self.clip is not None:
            z = np.clip(z, -self.clip, self.clip)
        return explain_linear(self.feature_names, raw, z, self.coef, self.intercept_raw, self.calibration)

    def for_base_rate(self, rate: float) -> CompiledModel:
        """This model with its scores moved to a share ``rate`` of misinformation, as
        ``CombinerModel.for_base_rate`` does (prior shift; each band keeps its false-positive rate).

        :raises ValueError: the rate is out of range or the model does not record its training base rate.
        """
        calibration, bands, card = shift_to_base_rate(self.calibration, self.bands, self.card, rate)
        return CompiledModel(
            feature_names=self.feature_names, fill=self.fill, log_columns=self.log_columns, mean=self.mean,
            scale=self.scale, clip=self.clip, coef=self.coef, intercept=self.intercept_raw,
            calibration=calibration, name=self.name, version=self.version, trained=self.trained,
            bands=bands, card=card, rates=self.rates,
        )

    def band(self, score: float, bands: tuple[tuple[float, str], ...] | None = None) -> str:
        """The band a score falls in (``bands`` overrides the model's own thresholds)."""
        return band_for(score, bands or self.bands)

    def info(self) -> dict[str, str]:
        """The ``model`` field of a Result."""
        return {"name": self.name, "version": self.version}

    # -- files -------------------------------------------------------------------------------------

    def to_json(self, source_digest: str) -> str:
        """The compiled form as JSON, tied to the skops archive with SHA-256 ``source_digest``."""
        return json.dumps(
            {
                "format": FORMAT,
                "source_sha256": source_digest,
                "name": self.name,
                "version": self.version,
                "trained": self.trained,
                "bands": [[t, b] for t, b in self.bands],
                "calibration": list(self.calibration),
                "intercept": self.intercept_raw,
                "clip": self.clip,
                "features": [
                    {"name": n, "fill": f, "log": bool(lg), "mean": m, "scale": s, "coef": c}
                    for n, f, lg, m, s, c in zip(
                        self.feature_names, self.fill.tolist(), self.log_columns.tolist(), self.mean.tolist(),
                        self.scale.tolist(), self.coef.tolist(), strict=True,
                    )
                ],
                "card": self.card,
                "rates": self.rates,
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> tuple[CompiledModel, str]:
        """Read a compiled model; returns it with the digest of the skops archive it came from.

        :raises ValueError: not a compiled model file of this format.
        """
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"not a compiled model file ({FORMAT!r})")
        feats = data["features"]
        model = cls(
            feature_names=[str(f["name"]) for f in feats],
            fill=np.array([f["fill"] for f in feats], dtype=float),
            log_columns=np.array([f["log"] for f in feats], dtype=bool),
            mean=np.array([f["mean"] for f in feats], dtype=float),
            scale=np.array([f["scale"] for f in feats], dtype=float),
            clip=data["clip"],
            coef=np.array([f["coef"] for f in feats], dtype=float),
            intercept=float(data["intercept"]),
            calibration=(float(data["calibration"][0]), float(data["calibration"][1])),
            name=str(data["name"]),
            version=str(data["version"]),
            trained=str(data["trained"]),
            bands=tuple((float(t), str(b)) for t, b in data["bands"]),
            card=dict(data.get("card") or {}),
            rates={str(k): str(v) for k, v in (data.get("rates") or {}).items()},
        )
        return model, str(data["source_sha256"])


def compile_model(model: CombinerModel) -> CompiledModel | CompiledAdditive:
    """The compiled form of a fitted combiner, linear or additive (``scorer.shapes``).

    :raises ValueError: the pipeline has steps neither form can express.
    """
    if "scale" not in model.pipeline.named_steps:
        return CompiledAdditive.from_combiner(model)
    return CompiledModel.from_combiner(model)


def write_compiled(model: CombinerModel, model_path: Path) -> Path:
    """Compile ``model`` (already saved at ``model_path``) and write it beside the archive."""
    out = compiled_path(model_path)
    out.write_text(compile_model(model).to_json(file_digest(model_path)) + "\n", encoding="utf-8")
    return out


def load_compiled(model_path: Path) -> CompiledModel | CompiledAdditive | None:
    """The compiled form of the archive at ``model_path``, or None when there is none, it cannot be
    read, or it was compiled from a different archive (the digest does not match)."""
    path = compiled_path(model_path)
    if not path.is_file() or not model_path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    model: CompiledModel | CompiledAdditive
    try:
        model, digest = CompiledModel.from_json(text)
    except (ValueError, KeyError, TypeError, IndexError):
        try:
            model, digest = CompiledAdditive.from_json(text)
        except (ValueError, KeyError, TypeError, IndexError):
            return None
    return model if digest == file_digest(model_path) else None
