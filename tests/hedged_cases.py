"""What the hedged_sourcing test modules share: one signal instance, its findings as (check, text), and the
two tests a module of real passages runs."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import pytest
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


Passages = Sequence[tuple[str, str]]


def passage_tests(left_alone: Passages, still_found: Passages) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests a module of real passages runs, one case per (text, words): nothing found that overlaps
    ``words`` in each of ``left_alone``, something found that does in each of ``still_found``. Bind them to
    ``test_*`` names in the module so pytest collects them."""

    @pytest.mark.parametrize(("text", "words"), left_alone)
    def left_alone_test(text: str, words: str) -> None:
        assert not overlapping(text, words), found(text)

    @pytest.mark.parametrize(("text", "words"), still_found)
    def still_found_test(text: str, words: str) -> None:
        assert overlapping(text, words), found(text)

    return left_alone_test, still_found_test
