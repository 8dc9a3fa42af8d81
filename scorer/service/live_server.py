"""Helpers for testing the service and integrations against a real server on loopback.

    from scorer.service.live_server import running_server
    with running_server(create_app(settings)) as base_url:
        httpx.post(base_url + "/v1/score", json={...})

``StubScorer`` stands in for ``scorer.host.Scorer`` where a test wants chosen results without
spaCy: subclass it and say what each article gets in ``result_for``.

A combiner with real scores for such tests, without the shipped model: ``scorer.fitting.demo.demo_model``.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

from scorer.contract import Article, Result
from scorer.readers import RecordError


class _StubModel:
    def info(self) -> dict[str, str]:
        return {"name": "stub", "version": "0"}


class StubScorer:
    """The part of ``Scorer``'s interface the service uses, with results a test chooses.

    Records that are not articles get the error result the real scorer gives; every article goes
    to :meth:`result_for`.
    """

    model: Any = _StubModel()
    model_error: str | None = None

    def result_for(self, article: Article) -> Result:
        """The result for one article (override)."""
        raise NotImplementedError

    def score(self, article: Article) -> Result:
        return next(self.score_many([article]))

    def score_many(self, articles: Iterable[Article | RecordError]) -> Iterator[Result]:
        for a in articles:
            if isinstance(a, RecordError):
                yield Result.failed(a.id, "input", a.error)
            else:
                yield self.result_for(a)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free on ``host`` a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def running_server(app: Any, host: str = "127.0.0.1", port: int | None = None,
                   startup_timeout: float = 30.0) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on ``host`` (loopback by default); yields the base URL."""
    import uvicorn

    port = port or free_port(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                            lifespan="on", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the test server on {host}:{port} did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
