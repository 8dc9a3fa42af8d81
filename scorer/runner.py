"""Running signals: each one isolated, timed and cut off at its budget.

A signal runs on a worker thread while the host waits at most its budget. A signal that raises
is reported; one that overruns is reported and abandoned: its thread is left to finish on its own
(Python cannot kill a thread) and a fresh worker takes the next call, so one stuck signal never
holds up the others or the next article.
"""

from __future__ import annotations

import functools
import math
import queue
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from scorer.contract import Finding, OffsetError, PluginError, SignalResult

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from scorer.contract import Article
    from scorer.registry import SignalInfo

#: Seconds a signal may take on one article unless it declares its own ``timeout``.
DEFAULT_BUDGET = 10.0


def _listed(fn: Callable[..., Iterable[Any]], *args: Any) -> list[Any]:
    return list(fn(*args))


class _Worker:
    """One daemon thread that runs calls handed to it, one at a time."""

    def __init__(self) -> None:
        self._calls: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="misinfo-scorer-signal", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            item = self._calls.get()
            if item is None:
                return
            fn, fut = item
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn())
            except BaseException as exc:
                fut.set_exception(exc)

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        fut: Future[Any] = Future()
        self._calls.put((fn, fut))
        return fut

    def retire(self) -> None:
        """Ask the thread to stop once its current call returns."""
        self._calls.put(None)


@dataclass
class SignalOutcome:
    """What the run of all signals on one article produced."""

    features: dict[str, dict[str, float]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    errors: list[PluginError] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    notes: list[dict[str, str]] = field(default_factory=list)


class SignalRunner:
    """Runs registered signals over one article and its Doc, isolating failures and overruns."""

    def __init__(self, signals: list[SignalInfo], budget: float = DEFAULT_BUDGET) -> None:
        self.signals = signals
        self.budget = budget
        self._worker: _Worker | None = None
        self._lock = threading.Lock()  # one article at a time per runner; the service holds one per thread

    def close(self) -> None:
        """Let the worker thread end once its current call returns (a new one starts if needed)."""
        with self._lock:
            if self._worker is not None:
                self._worker.retire()
                self._worker = None

    def _budget_for(self, info: SignalInfo) -> float:
        own = getattr(info.signal, "timeout", None)
        return float(own) if isinstance(own, (int, float)) and own > 0 else self.budget

    def run(self, article: Article, doc: Doc) -> SignalOutcome:
        """Run every signal on ``article``/``doc`` and collect features, findings and errors."""
        out = SignalOutcome()
        with self._lock:
            for info in self.signals:
                self._run_one(info, article, doc, out)
        return out

    def entity_requests(self, article: Article, doc: Doc) -> tuple[list[Span], list[PluginError]]:
        """Spans whose entity labels the signals say they will read (their optional
        ``entity_sentences``), each call isolated and budgeted like ``compute``.

        A signal whose ``entity_sentences`` fails is reported; its entities are then read on demand.
        """
        spans: list[Span] = []
        errors: list[PluginError] = []
        with self._lock:
            for info in self.signals:
                hint = getattr(info.signal, "entity_sentences", None)
                if not callable(hint):
                    continue
                ok, value = self._call(info, functools.partial(_listed, hint, article, doc))
                if ok:
                    spans.extend(v for v in value if isinstance(v, Span) and v.doc is doc)
                else:
                    errors.append(PluginError(info.name, f"entity_sentences {value} (entities read on demand)"))
        return spans, errors

    def _call(self, info: SignalInfo, fn: Callable[[], Any]) -> tuple[bool, Any]:
        """Run ``fn`` on the worker thread within the signal's budget: (True, value) or
        (False, reason)."""
        if self._worker is None:
            self._worker = _Worker()
        budget = self._budget_for(info)
        fut = self._worker.submit(fn)
        try:
            return True, fut.result(timeout=budget)
        except TimeoutError:
            if fut.done():  # the signal raised TimeoutError itself
                return False, f"TimeoutError: {fut.exception()}"
            # abandon the stuck thread; the next call gets a fresh one
            self._worker.retire()
            self._worker = None
            return False, f"timed out: no result within its budget of {budget:g} s"
        except Exception as exc:
            return False, f"{type(exc).__name__}: {exc}"

    def _run_one(self, info: SignalInfo, article: Article, doc: Doc, out: SignalOutcome) -> None:
        started = time.perf_counter()
        ok, value = self._call(info, lambda: info.signal.compute(article, doc))
        out.seconds[info.name] = time.perf_counter() - started
        if not ok:
            out.errors.append(PluginError(info.name, value))
            return
        self._accept(info, value, article.text, out)

    @staticmethod
    def _accept(info: SignalInfo, result: object, text: str, out: SignalOutcome) -> None:
        """Check a signal's result against the contract and keep what is valid."""
        if not isinstance(result, SignalResult):
            out.errors.append(
                PluginError(info.name, f"compute returned {type(result).__name__}, not a SignalResult")
            )
            return
        features: dict[str, float] = {}
        for key, value in (result.features or {}).items():
            if isinstance(value, bool):
                value = int(value)
            if not isinstance(value, (int, float)) or not math.isfinite(value):
                out.errors.append(
                    PluginError(info.name, f"feature {key!r} is not a finite number: {value!r} (dropped)")
                )
                continue
            features[str(key)] = float(value)
        out.features[info.name] = features
        for note in result.notes or []:
            if isinstance(note, str) and note:
                out.notes.append({"signal": info.name, "note": note})
            else:
                out.errors.append(PluginError(info.name, f"note refused: not a non-empty string: {note!r}"))
        for finding in result.findings or []:
            try:
                out.findings.append(finding.anchored(info.name, text))
            except (OffsetError, AttributeError, TypeError) as exc:
                out.errors.append(PluginError(info.name, f"finding refused: {exc}"))
