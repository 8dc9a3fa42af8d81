"""Fitting and measuring the combiner: what ``misinfo-scorer train`` and ``evaluate`` run.

Nothing here runs when an article is scored; scoring processes never import this package (it
pulls in scikit-learn). The modules take typed arguments and return plain values; only
``commands`` knows the command line.
"""

#: The combiners ``train --combiner`` offers; the default is the one ahead leave-one-corpus-out
#: (benchmarks/score_experiments.py, evidence+style+length: linear 0.682 mean AUC, additive 0.671).
#: Here, not in ``pipeline``, so the command line can list them without importing scikit-learn.
COMBINERS = ("linear", "additive")
DEFAULT_COMBINER = "linear"
