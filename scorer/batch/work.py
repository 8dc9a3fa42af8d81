"""What a worker process runs: score one chunk of records with a Scorer built once per process.

Shared by the local process pool and Dask workers, so both give the same results as a run in
one process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scorer.contract import Result
from scorer.readers import Record

_SCORERS: dict[tuple[tuple[str, Any], ...], Any] = {}


@dataclass(frozen=True)
class ScorerSpec:
    """How to build the Scorer in a worker: plain values only, so it travels to any process."""

    model: str | None = None
    budget: float | None = None
    env: tuple[tuple[str, str], ...] = field(default=())
    base_rate: float | None = None
    neutral_features: tuple[str, ...] = ()

    def key(self) -> tuple[tuple[str, Any], ...]:
        return (("model", self.model), ("budget", self.budget), ("env", self.env), ("base_rate", self.base_rate),
                ("neutral_features", self.neutral_features))


def get_scorer(spec: ScorerSpec) -> Any:
    """The process's Scorer for ``spec``, built (pipeline and model loaded) on first use."""
    scorer = _SCORERS.get(spec.key())
    if scorer is None:
        import os

        from scorer.host import Scorer

        os.environ.update(dict(spec.env))
        kwargs: dict[str, Any] = {}
        if spec.model:
            kwargs["model"] = spec.model
        if spec.budget is not None:
            kwargs["budget"] = spec.budget
        if spec.base_rate is not None:
            kwargs["base_rate"] = spec.base_rate
        if spec.neutral_features:
            kwargs["neutral_features"] = spec.neutral_features
        scorer = _SCORERS[spec.key()] = Scorer(**kwargs)
    return scorer


def score_chunk(records: list[Record], spec: ScorerSpec) -> list[dict[str, Any]]:
    """Score a chunk of records; results as JSON-ready dicts (cheap to send back)."""
    scorer = get_scorer(spec)
    return [r.to_dict() for r in scorer.score_many(records)]


def results_from(dicts: list[dict[str, Any]]) -> list[Result]:
    return [Result.from_dict(d) for d in dicts]
