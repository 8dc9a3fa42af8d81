"""pytest fixtures for testing signals through the real host.

Add to the ``conftest.py`` at the top of your tests::

    pytest_plugins = ["scorer.pytest_plugin"]

then::

    def test_flags_capitals(run_signal):
        result = run_signal(Shouting(), "The MINISTRY said the plan was popular.")
        assert [f.text for f in result.findings] == ["MINISTRY"]

    def test_whole_result(signal_host):
        scorer = signal_host(Shouting())
        result = scorer.score(Article(id="a", text="..."))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from scorer.host import Scorer
from scorer.signal import Signal
from scorer.testing import host_for
from scorer.testing import run_signal as _run_signal


@pytest.fixture
def signal_host() -> Iterator[Callable[..., Scorer]]:
    """A factory: ``signal_host(*signals, **scorer_options)`` builds a Scorer holding only those
    signals and no model; each one is closed after the test."""
    made: list[Scorer] = []

    def make(*signals: Signal, **options: Any) -> Scorer:
        scorer = host_for(*signals, **options)
        made.append(scorer)
        return scorer

    yield make
    for scorer in made:
        scorer.close()


@pytest.fixture
def run_signal() -> Callable[..., Any]:
    """:func:`scorer.testing.run_signal`: a signal's result on a text, through the host; any error
    the host reports fails the test."""
    return _run_signal
