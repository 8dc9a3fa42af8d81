"""Accepted webhook deliveries are durable: a service killed right after its 202 scores the post
when it starts again, and a failing delivery is retried a bounded number of times (issue 16, item 5;
issue 17, item 14).

The service runs as a real process (uvicorn on 127.0.0.1) so it can be killed with SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from scorer.contract import Article, Result
from scorer.service import Settings, create_app
from scorer.service.live_server import StubScorer, free_port, running_server
from scorer.service.signatures import sign_ghost

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1"]), pytest.mark.slow]

SECRET = "ghost-secret"
# A service whose scorer takes SLEEP seconds per article (the warm-up article excepted), as a process.
SERVER = textwrap.dedent("""
    import os, sys, time
    import uvicorn
    from scorer.contract import Result
    from scorer.service import Settings, create_app
    from scorer.service.live_server import StubScorer

    class Slow(StubScorer):
        def result_for(self, a):
            if a.id != "warm-up":
                time.sleep(float(os.environ["SLEEP"]))
            return Result(id=a.id, score=0.95, band="high")

    app = create_app(Settings(db=sys.argv[1], ghost_secret=os.environ["GHOST_SECRET"]),
                     scorer_factory=lambda n: [Slow() for _ in range(n)])
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
""")


def wait_for(fn: Callable[[], Any], timeout: float = 60.0, step: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = fn()
        except httpx.TransportError:
            value = None
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"condition not met within {timeout} s")


def start_service(db: Path, sleep: float) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "SLEEP": str(sleep), "GHOST_SECRET": SECRET}
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    wait_for(lambda: httpx.get(base + "/healthz").status_code == 200)
    return proc, base


def ghost_post(post_id: str) -> bytes:
    paragraphs = ["Officials said on Monday that the council had approved the budget."] * 40
    post = {"id": post_id, "uuid": f"u-{post_id}", "title": "A long post", "status": "published",
            "plaintext": "\n\n".join(paragraphs), "published_at": "2025-06-10T10:00:00.000Z",
            "updated_at": "2025-06-10T10:00:00.000Z", "url": f"http://blog.example/{post_id}/"}
    return json.dumps({"post": {"current": post, "previous": {}}}).encode()


def deliver(base: str, payload: bytes) -> httpx.Response:
    return httpx.post(base + "/hooks/ghost", content=payload, timeout=30,
                      headers={"Content-Type": "application/json", "X-Ghost-Signature": sign_ghost(SECRET, payload)})


def test_a_delivery_accepted_before_a_crash_is_scored_after_the_restart(tmp_path):
    db = tmp_path / "results.sqlite3"
    payload = ghost_post("crash-1")
    proc, base = start_service(db, sleep=60)
    try:
        r = deliver(base, payload)
        assert r.status_code == 202, r.text
        time.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGKILL)  # kill -9 0.3 s after the 202, while the post is being scored
        proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 0

    proc, base = start_service(db, sleep=0)
    try:
        # Ghost never resends after a 2xx; were it to (by hand, or a second webhook), that is scored too
        assert deliver(base, payload).status_code in (200, 202)
        stored = wait_for(lambda: (x := httpx.get(base + "/v1/results/crash-1")).status_code == 200 and x.json())
        assert stored["score"] == 0.95 and stored["decision"] == "hold" and stored["scored_from"] == "ghost"
        metrics = httpx.get(base + "/metrics").text
        assert 'misinfo_scorer_unfinished_deliveries_total{cms="ghost",outcome="resumed"} 1.0' in metrics
        again = deliver(base, payload)
        assert again.status_code == 200 and again.json()["status"] == "duplicate"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM results WHERE article_id = 'crash-1'").fetchone()[0] == 1
        assert conn.execute("SELECT state FROM webhook_deliveries").fetchone()[0] == "done"


class Flaky(StubScorer):
    """Fails the first ``failures`` times an article is scored (a bug, a full disk), then scores it."""

    def __init__(self, failures: dict[str, int]) -> None:
        self.failures = failures

    def result_for(self, a: Article) -> Result:
        if self.failures.get(a.id, 0) > 0:
            self.failures[a.id] -= 1
            raise RuntimeError("scorer bug")
        return Result(id=a.id, score=0.2, band="low")


def test_a_failing_delivery_is_retried_then_given_up_and_counted(tmp_path):
    failures = {"flaky": 1, "broken": 99}
    scorer = Flaky(failures)
    app = create_app(Settings(db=str(tmp_path / "r.sqlite3"), ghost_secret=SECRET, threads=1),
                     scorer_factory=lambda n: [scorer])
    app.state.service.deliveries.retry_delay = 0.05
    with running_server(app) as base:
        assert deliver(base, ghost_post("flaky")).status_code == 202
        assert deliver(base, ghost_post("broken")).status_code == 202
        wait_for(lambda: httpx.get(base + "/v1/results/flaky").status_code == 200)
        store = app.state.service.store
        wait_for(lambda: store.delivery_state("ghost:broken:2025-06-10T10:00:00.000Z") == ("failed", 3))
        assert httpx.get(base + "/v1/results/broken").status_code == 404
        metrics = httpx.get(base + "/metrics").text
        assert 'misinfo_scorer_unfinished_deliveries_total{cms="ghost",outcome="retried"} 3.0' in metrics
        assert 'misinfo_scorer_unfinished_deliveries_total{cms="ghost",outcome="abandoned"} 1.0' in metrics
        failures["broken"] = 0  # fixed: the CMS's next delivery of that version is scored
        assert deliver(base, ghost_post("broken")).status_code == 202
        wait_for(lambda: httpx.get(base + "/v1/results/broken").status_code == 200)
