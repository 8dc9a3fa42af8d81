"""Scoring off the event loop: a few threads, one ``Scorer`` each, loaded once in the background.

A ``Scorer`` serialises its articles (its signal runner holds a lock), so the pool gives every
thread its own; they share the spaCy pipeline and the model, which are read-only at scoring time.
Requests wait for the warm-up, then for a thread, within their time budget; a job that overruns
is abandoned by the request (504) but finishes, and stores its result, in the background.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from scorer.contract import Article

if TYPE_CHECKING:
    from scorer.host import Scorer

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Scored once at start-up so every lazily loaded resource (pipeline, plugin data) is in memory.
WARMUP_TEXT = (
    "Officials said on Monday, 15 July 2024, that the council had approved the budget. "
    "A senior official, who asked not to be named, said the vote was close."
)


class NotReady(Exception):
    """The model and pipeline are still loading (or failed to load)."""


class Busy(Exception):
    """Too many articles are queued; the caller should retry later."""


class TimedOut(Exception):
    """The job did not finish within the time budget."""


ScorerFactory = Callable[[int], "list[Scorer]"]


def default_factory(
    model: str | None, signal_budget: float | None, base_rate: float | None = None,
    neutral_features: tuple[str, ...] = (),
) -> ScorerFactory:
    """A factory for ``n`` Scorers sharing one pipeline and one loaded model (moved to ``base_rate`` and with
    ``neutral_features`` set aside, when given, once: the others share that model)."""

    def make(n: int) -> list[Scorer]:
        from scorer.host import Scorer

        kwargs: dict[str, Any] = {}
        if signal_budget is not None:
            kwargs["budget"] = signal_budget
        first = Scorer(model=model, base_rate=base_rate, neutral_features=neutral_features, **kwargs)
        nlp = first.nlp
        # a model that failed to load is passed on as the path, so every scorer reports the same error
        shared_model: Any = first.model if first.model is not None else model
        return [first, *(Scorer(model=shared_model, nlp=nlp, **kwargs) for _ in range(n - 1))]

    return make


class ScorerPool:
    """Runs ``job(scorer)`` on a pool thread with a free Scorer, from async code."""

    def __init__(self, factory: ScorerFactory, threads: int = 2, max_pending: int = 64) -> None:
        self.factory = factory
        self.threads = max(1, threads)
        self.max_pending = max_pending
        self._scorers: queue.SimpleQueue[Scorer] = queue.SimpleQueue()
        self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="misinfo-scorer-score")
        self._ready = threading.Event()
        self._pending = 0
        self._pending_lock = threading.Lock()
        self.error: str | None = None  # why loading failed
        self.model_error: str | None = None  # the model is missing: scores are null, service still up
        self.model_info: dict[str, str] | None = None
        #: signals installed at other versions than the model was trained with (``scorer.drift``)
        self.signal_drift: list[str] = []
        self.load_seconds: float | None = None

    # -- loading ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Load the scorers in a background thread; ``ready`` turns true when done."""
        threading.Thread(target=self._load, name="misinfo-scorer-warmup", daemon=True).start()

    def _load(self) -> None:
        t0 = time.perf_counter()
        try:
            scorers = self.factory(self.threads)
            scorers[0].score(Article(id="warm-up", text=WARMUP_TEXT, published="2024-07-15", language="en"))
            self.model_error = scorers[0].model_error
            self.model_info = scorers[0].model.info() if scorers[0].model is not None else None
            self.signal_drift = [d.message() for d in getattr(scorers[0], "drift", [])]
            for s in scorers:
                self._scorers.put(s)
        except Exception as exc:  # reported by /readyz and on every scoring request
            log.exception("loading the scorer failed")
            self.error = f"the scorer could not be loaded: {exc}"
        self.load_seconds = time.perf_counter() - t0
        self._ready.set()

    @property
    def loaded(self) -> bool:
        """True once loading finished, successfully or not."""
        return self._ready.is_set()

    @property
    def ready(self) -> bool:
        """True when articles can be scored with a model."""
        return self._ready.is_set() and self.error is None and self.model_error is None

    @property
    def pending(self) -> int:
        return self._pending

    async def wait_loaded(self, timeout: float) -> None:
        """Wait for loading to finish.

        :raises NotReady: still loading after ``timeout`` seconds, or loading failed.
        """
        if not self._ready.is_set():
            loop = asyncio.get_running_loop()
            done = await loop.run_in_executor(None, self._ready.wait, timeout)
            if not done:
                raise NotReady("the model and language pipeline are still loading; retry shortly")
        if self.error:
            raise NotReady(self.error)

    # -- running ---------------------------------------------------------------------------------

    def submit(self, job: Callable[[Scorer], T], weight: int = 1) -> Future[T]:
        """Queue a job for the next free Scorer.

        :raises Busy: ``max_pending`` articles are already queued or running.
        """
        with self._pending_lock:
            if self._pending + weight > self.max_pending and self._pending > 0:
                raise Busy(f"{self._pending} articles are already waiting to be scored; retry shortly")
            self._pending += weight

        def run() -> T:
            scorer = self._scorers.get()
            try:
                return job(scorer)
            finally:
                self._scorers.put(scorer)

        def done(_: Future[T]) -> None:
            with self._pending_lock:
                self._pending -= weight

        fut = self._executor.submit(run)
        fut.add_done_callback(done)
        return fut

    async def run(self, job: Callable[[Scorer], T], timeout: float | None, weight: int = 1) -> T:
        """Run a job and wait for it; a job still queued when the time runs out is dropped.

        :raises Busy: too much work is queued already.
        :raises TimedOut: the job did not finish within ``timeout`` seconds (it may still finish later).
        """
        fut = self.submit(job, weight)
        wrapped = asyncio.wrap_future(fut)
        try:
            return await asyncio.wait_for(wrapped, timeout)
        except TimeoutError:
            raise TimedOut(f"scoring did not finish within the {timeout:g} s time budget") from None

    def shutdown(self) -> None:
        """Stop taking work; queued jobs are dropped, running ones finish on their own."""
        self._executor.shutdown(wait=False, cancel_futures=True)
