"""Testing signals through the real host, for this project and for plugin authors.

    from scorer.testing import run_signal
    result = run_signal(MySignal(), "Text of a test article.", published="2024-06-10")

``run_signal`` scores the text with a real :class:`~scorer.host.Scorer` that holds only the given
signal and no model, so a test sees exactly what a user would: one shared parse, NER deferred when
the signal's ``requires`` leaves it out, ``entity_sentences`` prefetched, the runner's isolation and
its checks (offsets, finite features, notes). Whatever the host would refuse or report fails the test
with :class:`SignalError`. For pytest fixtures, add ``pytest_plugins = ["scorer.pytest_plugin"]`` to
your top-level ``conftest.py`` (see ``examples/shouting-plugin``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scorer.contract import Article, Result, SignalResult
from scorer.hookspecs import Register, hookimpl
from scorer.host import Scorer
from scorer.registry import build_registry
from scorer.signal import Signal

#: Seconds a signal may take per article in a test: generous, since tests check what a signal finds
#: (benchmarks measure speed) and a test's first call may load the signal's data on a busy machine.
#: A signal's own ``timeout`` attribute still wins, as in the host.
TEST_BUDGET = 120.0


class SignalError(AssertionError):
    """The host reported errors for a signal (it raised, overran, or returned something refused)."""


class _Signals:
    """A plugin object registering the given signals, as a distribution's module would."""

    def __init__(self, signals: Iterable[Signal]) -> None:
        self.signals = list(signals)

    @hookimpl
    def register_signals(self, register: Register) -> None:
        for signal in self.signals:
            register(signal)


def make_article(text: str, published: str | None = None, **fields: object) -> Article:
    """An Article with a fixed id, for tests."""
    return Article.from_dict({"id": "test", "text": text, "published": published, **fields})


def host_for(*signals: Signal, budget: float = TEST_BUDGET, **options: Any) -> Scorer:
    """A ``Scorer`` holding only ``signals`` (no entry-point plugins) and no model.

    :param options: further ``Scorer`` arguments (``nlp``, ``bands`` ...).
    :raises SignalError: a signal could not be registered (no name, no version, a duplicate ...).
    """
    registry = build_registry(entry_points=False, extra_plugins=[("test", _Signals(signals))])
    if registry.load_errors:
        raise SignalError("; ".join(e.error for e in registry.load_errors))
    return Scorer(registry=registry, budget=budget, signals_only=True, **options)


def score_text(scorer: Scorer, text: str, published: str | None = None, **fields: object) -> Result:
    """Score one text with ``scorer``; the whole Result, errors included."""
    return scorer.score(make_article(text, published, **fields))


def run_signal(signal: Signal, text: str, published: str | None = None, **fields: object) -> SignalResult:
    """Run ``signal`` on ``text`` through the host and return what the host kept of its result.

    Findings carry ``signal`` and ``text`` as the host fills them in; notes are the note strings.

    :raises SignalError: the host reported an error: the signal raised or overran its budget, a
        finding's offsets do not fit the text, a feature is not a finite number, a note was refused,
        or the article itself was refused (empty, not English).
    """
    scorer = host_for(signal)
    try:
        result = score_text(scorer, text, published, **fields)
    finally:
        scorer.close()
    if result.errors:
        raise SignalError("; ".join(f"{e.plugin}: {e.error}" for e in result.errors))
    notes = result.meta.get("notes", []) if isinstance(result.meta, dict) else []
    return SignalResult(
        features=dict(result.signals.get(signal.name, {})),
        findings=list(result.findings),
        notes=[n["note"] for n in notes if n.get("signal") == signal.name],
    )
