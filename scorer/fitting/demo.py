"""A small combiner fitted on synthetic features with the built-in signals' names, so tests of the
service and the command line get real scores without the shipped model. Its scores mean nothing."""

from __future__ import annotations

import numpy as np

from scorer.fitting.data import Labelled
from scorer.fitting.fit import fit_combiner
from scorer.model import CombinerModel


def demo_model(seed: int = 0, n: int = 400) -> CombinerModel:
    """A combiner fitted on synthetic rows where hedged sourcing and odd phrasing drive the label."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    signals = [
        {
            "hedged_sourcing": {"anonymous": float(rng.poisson(1 + 2 * label)),
                                "vague": float(rng.poisson(1 + 2 * label))},
            "odd_phrasing": {"findings": float(rng.poisson(1 + 3 * label))},
            "internal_contradiction": {"contradictions": float(rng.poisson(0.2 + label))},
            "readability": {"flesch_kincaid_grade": float(rng.normal(11, 3))},
        }
        for label in y
    ]
    data = Labelled(y=y.tolist(), corpus=["demo"] * n, groups=[str(i) for i in range(n)])
    model, _ = fit_combiner(data, signals, version="demo", evaluate=False)
    return model
