"""A trained span detector as a weight table: scores candidates without importing scikit-learn.

``misinfo-scorer train-spans`` fits a logistic regression over the candidates' features and writes
two files into ``models/``: the skops archive (the model of record) and ``<name>.spans.json``, the
same weights as a table tied to the archive by its SHA-256. Like the combiner's compiled form (see
:mod:`scorer.compiled`), the table holds only numbers and strings, so it cannot run code, and loading
it costs nothing at start-up.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from scorer.spans.candidate import Candidate, FeatureValue

FORMAT = "misinfo-scorer span detector 1"
#: the installed package that holds the shipped models (``models/`` in the source tree)
MODELS_PACKAGE = "misinfo_scorer_models"


def indicator_names(features: Mapping[str, FeatureValue]) -> Iterable[tuple[str, float]]:
    """(column, value) pairs of a feature dict, the way ``DictVectorizer`` names them (``f=v`` for strings)."""
    for name, value in features.items():
        if isinstance(value, str):
            yield f"{name}={value}", 1.0
        else:
            yield name, float(value)


@dataclass(frozen=True)
class SpanDetector:
    """Logistic regression weights, an intercept and the decision threshold chosen when it was trained.

    :param name: the detector's name (``<signal>.<what>``)
    :param version: when it was trained (``YYYY.MM.DD``)
    :param weights: column → weight, columns named as by :func:`indicator_names`
    :param intercept: the model's intercept
    :param threshold: candidates at or above this probability are reported
    :param card: what it was trained on and how it measured (free-form, shown in the model card)
    """

    name: str
    version: str
    weights: Mapping[str, float]
    intercept: float
    threshold: float
    card: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, candidate: Candidate) -> float:
        """The detector's probability that an editor would query this candidate."""
        z = self.intercept + sum(self.weights.get(col, 0.0) * v for col, v in indicator_names(candidate.features))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @property
    def silent(self) -> bool:
        """True when no probability reaches the threshold (training found none precise enough):
        a signal need not even make candidates."""
        return self.threshold > 1.0

    def accepts(self, candidate: Candidate) -> bool:
        """True when the candidate's probability reaches the threshold."""
        return self.probability(candidate) >= self.threshold

    def to_json(self, source_digest: str) -> str:
        """The table as JSON, tied to the skops archive with SHA-256 ``source_digest``."""
        return json.dumps(
            {
                "format": FORMAT,
                "source_sha256": source_digest,
                "name": self.name,
                "version": self.version,
                "threshold": self.threshold,
                "intercept": self.intercept,
                "card": dict(self.card),
                "weights": dict(sorted(self.weights.items())),
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> SpanDetector:
        """Read a table written by :meth:`to_json`.

        :raises ValueError: not a span detector file of this format.
        """
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"not a span detector file ({FORMAT!r})")
        return cls(
            name=str(data["name"]),
            version=str(data["version"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            card=dict(data.get("card") or {}),
        )


def detector_filename(name: str) -> str:
    """The table's file name for a detector called ``name``."""
    return f"{name}.spans.json"


@cache
def load_detector(name: str, path: str | None = None) -> SpanDetector | None:
    """The shipped detector called ``name`` (or the table at ``path``); None when none is installed.

    A signal whose detector is missing keeps its rule findings and reports no learned ones.
    """
    if path is not None:
        return SpanDetector.from_json(Path(path).read_text(encoding="utf-8"))
    try:
        ref = resources.files(MODELS_PACKAGE).joinpath(detector_filename(name))
        if not ref.is_file():
            return None
        return SpanDetector.from_json(ref.read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        return None
