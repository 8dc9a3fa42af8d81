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
