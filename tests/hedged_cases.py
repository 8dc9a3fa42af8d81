"""What the hedged_sourcing test modules share: one signal instance and its findings as (check, text)."""

from __future__ import annotations

import functools

from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing

from scorer.testing import run_signal


@functools.cache
def hedged() -> HedgedSourcing:
    """The signal, built once for the whole run (its word tables load once)."""
    return HedgedSourcing()


def found(text: str) -> list[tuple[str | None, str]]:
    """Each finding of hedged_sourcing on ``text`` as (check, the words it marks)."""
    return [(f.check, f.text) for f in run_signal(hedged(), text).findings]


def overlapping(text: str, words: str) -> list[str]:
    """The words of each finding on ``text`` that overlap ``words`` (one holds the other): what a test
    expects found, or left alone, in its passage."""
    return [w for _, w in found(text) if words in w or w in words]
