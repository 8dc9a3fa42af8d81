"""Shared helpers for odd_phrasing tests that run real sentences through the signal."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal


@functools.cache
def odd() -> OddPhrasing:
    """The signal, built once for the whole run."""
    return OddPhrasing()


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding of odd_phrasing on ``text`` (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(odd(), text).findings if not f.check.startswith("loaded")]


def found_by(check: str, text: str) -> list[str]:
    """The text of each finding of ``check`` on ``text`` (loaded language included)."""
    return [f.text for f in run_signal(odd(), text).findings if f.check == check]


def check_tests(
    check: str, slips: Sequence[tuple[str, str]], left_alone: Sequence[tuple[str, str]]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests a module of real passages runs for one check, one case per (text, words): a finding
    of ``check`` marking exactly ``words`` in each of ``slips``; no finding of ``check`` overlapping
    ``words`` in each of ``left_alone``. Bind them to ``test_*`` names so pytest collects them."""

    @pytest.mark.parametrize(("text", "words"), slips)
    def found_test(text: str, words: str) -> None:
        assert words in found_by(check, text), found_by(check, text)

    @pytest.mark.parametrize(("text", "words"), left_alone)
    def left_alone_test(text: str, words: str) -> None:
        hits = found_by(check, text)
        assert not [w for w in hits if words in w or w in words], hits

    return found_test, left_alone_test


def slip_tests(
    left_alone: Sequence[tuple[str, str]], still_found: Sequence[tuple[str, str, str]]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests a judged round's module runs over several checks: no finding of ``check`` at all on each
    (text, check) of ``left_alone`` (judged wrong, now fixed), and exactly ``words`` found by ``check`` on each
    (text, check, words) of ``still_found`` (the slip the same rule must keep). Bind them to ``test_*`` names
    so pytest collects them."""

    @pytest.mark.parametrize(("text", "check"), left_alone)
    def left_alone_test(text: str, check: str) -> None:
        assert found_by(check, text) == []

    @pytest.mark.parametrize(("text", "check", "words"), still_found)
    def still_found_test(text: str, check: str, words: str) -> None:
        assert found_by(check, text) == [words]

    return left_alone_test, still_found_test
