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
#: How ``train --fit`` finds the linear combiner's weights (``scorer.linear.FIT_BY``): one fit on all
#: training articles, or one fit per training corpus averaged into one linear model. On the five corpora
#: without the length feature (``evaluate --no-length``), corpus-average against pooled: leave-one-corpus-out
#: mean AUC 0.688 vs 0.684, length quintile Q2 0.646 vs 0.612, max within-corpus |rho| with log words
#: 0.095 vs 0.289, length-matched pairs 0.690 vs 0.674; pooled out-of-fold AUC 0.688 vs 0.741.
FITS = ("pooled", "corpus-average")
DEFAULT_FIT = "pooled"
#: Fewest corpora the corpus-average fit is trained and evaluated on: leaving one corpus out must
#: still leave two to average.
MIN_CORPORA_FOR_AVERAGE = 3
