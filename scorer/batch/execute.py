"""Where scoring runs: in this process, in a pool of local processes, or on a Dask cluster.

Every executor takes records in order and yields one Result per record in the same order, with
a bounded number of chunks in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from scorer.batch.work import ScorerSpec, get_scorer, results_from, score_chunk
from scorer.contract import Result
from scorer.readers import Record

#: Records sent to a worker at once: large enough to batch spaCy, small enough to balance load.
CHUNK = 16

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(records)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def score_local(records: Iterable[Record], spec: ScorerSpec) -> Iterator[Result]:
    """Score in this process (one worker)."""
    yield from get_scorer(spec).score_many(records)


def _ordered(submit: Any, records: Iterable[Record], in_flight: int) -> Iterator[Result]:
    pending: deque[Future[Any]] = deque()
    for chunk in _chunks(records, CHUNK):
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield from results_from(pending.popleft().result())
    while pending:
        yield from results_from(pending.popleft().result())


def exit_with_parent() -> None:
    """Pool-worker initializer: end this worker as soon as the process that started it is gone.

    A parent killed outright (``kill -9``, the OOM killer) cannot shut its pool down, and its
    workers, each holding a pipeline, would wait for work forever. Each spawned process holds a
    sentinel that becomes ready when its parent dies; a daemon thread waits on it.
    """
    import multiprocessing
    import multiprocessing.connection
    import os
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="misinfo-scorer-parent-watch", daemon=True).start()


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` fresh processes that end with this one."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the parent may hold threads (progress bar) that fork would copy mid-lock
    ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=exit_with_parent)


def score_pool(records: Iterable[Record], spec: ScorerSpec, workers: int) -> Iterator[Result]:
    """Score in ``workers`` local processes, each loading the pipeline and model once."""
    pool = worker_pool(workers)
    try:
        yield from _ordered(lambda chunk: pool.submit(score_chunk, chunk, spec), records, 3 * workers)
    finally:  # on an error or an interrupt, drop the chunks not yet started
        pool.shutdown(wait=True, cancel_futures=True)


def score_dask(records: Iterable[Record], spec: ScorerSpec, address: str) -> Iterator[Result]:
    """Score on an existing Dask cluster: one task per chunk, the Scorer cached per worker process."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("--scheduler needs Dask: pip install 'misinfo-scorer[dask]'") from exc
    with Client(address, timeout=30) as client:
        workers = max(1, sum(client.nthreads().values()))
        yield from _ordered(
            lambda chunk: client.submit(score_chunk, chunk, spec, pure=False), records, 3 * workers
        )
