"""Shared plumbing for the hedged_sourcing benchmarks: where the data lives, and running the signal.

The corpora live beside the repository in ``../shared/data`` (never inside it); every benchmark
exits with a clear message when they are absent.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

from shared_data import DATA, read_jsonl, require  # noqa: F401  (re-exported for the scripts)


def run(texts: Iterable[str], batch_size: int = 64) -> Iterator[tuple[Any, Any]]:
    """Parse ``texts`` with the shared pipeline and yield ``(doc, attributions)`` for each.

    Uses the same Doc the host would hand the signal; prints throughput to stderr at the end.
    """
    from misinfo_scorer_plugins.hedged_sourcing.detect import find_attributions

    from scorer.nlp import load_pipeline

    nlp = load_pipeline()
    started = time.perf_counter()
    signal_seconds = 0.0
    count = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        t0 = time.perf_counter()
        attributions = find_attributions(doc)
        signal_seconds += time.perf_counter() - t0
        count += 1
        yield doc, attributions
    total = time.perf_counter() - started
    print(
        f"[{count} texts in {total:.1f} s; hedged_sourcing itself {1000 * signal_seconds / max(count, 1):.2f} ms/text]",
        file=sys.stderr,
    )


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the two totals."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
