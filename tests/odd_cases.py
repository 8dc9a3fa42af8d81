"""Shared helper for odd_phrasing tests that run real sentences through the signal."""

from __future__ import annotations

from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding of odd_phrasing on ``text`` (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]
