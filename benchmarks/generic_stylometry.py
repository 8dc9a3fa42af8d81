"""The generic-stylometry baseline as a plugin module the experiments register by name
(``benchmarks/feature_cache.py``); the signal itself lives in ``scorer.fitting.stylometry``."""

from __future__ import annotations

from scorer.fitting.stylometry import GenericStylometry, register_signals, text_features

__all__ = ["GenericStylometry", "register_signals", "text_features"]
