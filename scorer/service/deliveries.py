"""Accepted webhook deliveries are never lost: committed before the 2xx, finished after a crash.

A CMS that got a 2xx does not send again (Ghost never resends after one), so the service commits
each accepted delivery, with its article, to the store before it answers, and scores it in the
background. A delivery stays unfinished until its result is saved. Each process has an owner id
(host, pid, process start time, a random token); at start-up and then every ``sweep_every`` seconds
a process takes over the unfinished deliveries of owners that are gone (killed, crashed, restarted)
or whose lease ran out, and scores them. Scoring is tried ``max_attempts`` times in all (a take-over
counts as an attempt, so an article that crashes the process cannot loop forever); then the delivery
is given up, logged and counted, and a redelivery from the CMS is scored afresh.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import socket
import uuid
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool

from scorer.contract import Article
from scorer.service.jobs import Job

if TYPE_CHECKING:
    from scorer.service.scoring import Service
    from scorer.service.store import Delivery

log = logging.getLogger(__name__)

#: Seconds a live process may hold a delivery before another process may take it over.
LEASE = 600.0
#: Scoring attempts per delivery, take-overs included.
MAX_ATTEMPTS = 3
#: Seconds between attempts in one process (doubled each time).
RETRY_DELAY = 2.0


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux), to tell a reused pid apart."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    if len(fields) < 20 or fields[0] == "Z":  # a zombie has exited
        return None
    return fields[19]


def owner_id() -> str:
    """This process's owner id: ``host:pid:start time:random token``."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start_time(pid) or '-'}:{uuid.uuid4().hex[:12]}"


def owner_gone(owner: str, me: str) -> bool:
    """True when ``owner`` is certainly not running: an earlier process of this host, now exited.

    An owner on another host is never judged here (its lease decides).
    """
    try:
        host, pid_text, start, _token = owner.split(":")
        pid = int(pid_text)
    except ValueError:
        return True  # not an id this code wrote
    my_host, my_pid, _, _ = me.split(":")
    if host != my_host:
        return False
    if pid == int(my_pid):
        return owner != me  # same pid, another incarnation (a restarted container)
    now_start = _start_time(pid)
    if now_start is None:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return not os.path.exists("/proc/self")  # no /proc: the pid answers, so assume it is ours
    return start != "-" and now_start != start


def article_to_json(article: Article) -> dict[str, Any]:
    """An Article as plain JSON, every field kept (``Article(**data)`` rebuilds it exactly)."""
    return dataclasses.asdict(article)


class Deliveries:
    """Commit, score and finish webhook deliveries for one service process."""

    def __init__(self, service: Service, *, lease: float = LEASE, max_attempts: int = MAX_ATTEMPTS,
                 retry_delay: float = RETRY_DELAY, sweep_every: float = 60.0) -> None:
        self.service = service
        self.owner = owner_id()
        self.lease = lease
        self.max_attempts = max_attempts
        self.retry_delay = retry_delay
        self.sweep_every = sweep_every
        self.tasks: set[asyncio.Task[None]] = set()

    def _gone(self, owner: str) -> bool:
        return owner_gone(owner, self.owner)

    async def accept(self, key: str, cms: str, article: Article) -> bool:
        """Commit the delivery; True when it is this process's to score (start it with ``start``)."""
        return await run_in_threadpool(self.service.store.accept, key, cms, article_to_json(article),
                                       self.owner, self._gone, self.lease)

    def start(self, key: str, cms: str, article: Article, attempts: int = 0) -> None:
        """Score an accepted delivery in the background."""
        task = asyncio.get_running_loop().create_task(self._run(key, cms, article, attempts))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _run(self, key: str, cms: str, article: Article, attempts: int) -> None:
        store, metrics = self.service.store, self.service.metrics
        while True:
            if attempts == 0:  # a take-over counted its attempt already
                attempts = await run_in_threadpool(store.attempt, key, self.owner)
            try:
                await self.service.score([Job(article, source=cms, key=key)], timeout=None)
                return
            except Exception as exc:
                metrics.failures.labels("background").inc()
                if attempts >= self.max_attempts:
                    log.error("giving up on the %s delivery %s after %d attempts: %s", cms, key, attempts, exc,
                              exc_info=exc)
                    metrics.unfinished.labels(cms, "abandoned").inc()
                    await run_in_threadpool(store.give_up, key, f"{type(exc).__name__}: {exc}")
                    return
                log.warning("scoring the %s delivery %s failed (attempt %d of %d), retrying: %s", cms, key,
                            attempts, self.max_attempts, exc)
                metrics.unfinished.labels(cms, "retried").inc()
                await asyncio.sleep(self.retry_delay * 2 ** (attempts - 1))
                attempts = 0

    async def resume(self) -> int:
        """Take over and start the unfinished deliveries of processes that are gone; how many."""
        taken: list[Delivery] = await run_in_threadpool(self.service.store.take_unfinished, self.owner,
                                                        self._gone, self.lease)
        for d in taken:
            try:
                article = Article(**d.article)
            except (TypeError, ValueError) as exc:  # written by another version: cannot be rebuilt
                log.error("cannot resume the %s delivery %s: %s", d.source, d.key, exc)
                self.service.metrics.unfinished.labels(d.source, "abandoned").inc()
                await run_in_threadpool(self.service.store.give_up, d.key, f"unreadable payload: {exc}")
                continue
            if d.attempts > self.max_attempts:
                log.error("giving up on the %s delivery %s: %d attempts", d.source, d.key, d.attempts - 1)
                self.service.metrics.unfinished.labels(d.source, "abandoned").inc()
                await run_in_threadpool(self.service.store.give_up, d.key,
                                        f"not finished after {d.attempts - 1} attempts")
                continue
            log.warning("resuming the %s delivery %s (article %s), accepted by a process that is gone",
                        d.source, d.key, article.id)
            self.service.metrics.unfinished.labels(d.source, "resumed").inc()
            self.start(d.key, d.source, article, attempts=d.attempts)
        return len(taken)

    async def sweep(self) -> None:
        """Resume at start-up, then every ``sweep_every`` seconds (a crashed sibling worker's deliveries)."""
        while True:
            try:
                await self.resume()
            except Exception:
                log.exception("could not look for unfinished deliveries")
            await asyncio.sleep(self.sweep_every)

    async def drain(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for the deliveries being scored (shutdown)."""
        if self.tasks:
            await asyncio.wait(list(self.tasks), timeout=timeout)
        for task in list(self.tasks):  # what is left stays unfinished in the store: the next start resumes it
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
