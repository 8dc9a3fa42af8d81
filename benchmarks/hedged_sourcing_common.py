"""Shared plumbing for the hedged_sourcing benchmarks: where the data lives, and running the signal.

The corpora live beside the repository in ``../shared/data`` (never inside it); every benchmark
exits with a clear message when they are absent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from harness import DATA, read_jsonl, require, timed  # noqa: F401  (re-exported for the scripts)


def run(texts: Iterable[str], batch_size: int = 64) -> Iterator[tuple[Any, Any]]:
    """Parse ``texts`` with the shared pipeline and yield ``(doc, attributions)`` for each.

    Uses the same Doc the host would hand the signal and the same analysis ``compute`` runs
    (attributions, claims without a source phrase, precision rules); prints throughput to
    stderr at the end.
    """
    from misinfo_scorer_plugins.hedged_sourcing.analyse import attributions_in

    from scorer.nlp import load_pipeline

    nlp = load_pipeline()
    yield from timed(nlp.pipe(texts, batch_size=batch_size), attributions_in, "hedged_sourcing")


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the two totals."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
