"""Fitting and measuring the combiner: what ``misinfo-scorer train`` and ``evaluate`` run.

Nothing here runs when an article is scored; scoring processes never import this package (it
pulls in scikit-learn). The modules take typed arguments and return plain values; only
``commands`` knows the command line.
"""
