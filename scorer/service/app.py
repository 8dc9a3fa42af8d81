"""The ASGI app: ``create_app(settings)`` wires the scorer pool, the result store, the metrics,
the limits and the routes together."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from scorer import __version__
from scorer.service import api, pages
from scorer.service.bodies import BadInput
from scorer.service.hooks import contentful, ghost, strapi, wordpress
from scorer.service.limits import BodyLimitMiddleware
from scorer.service.metrics import Metrics, MetricsMiddleware
from scorer.service.pool import Busy, NotReady, ScorerFactory, ScorerPool, TimedOut, default_factory
from scorer.service.scoring import Service, TextTooLong
from scorer.service.settings import Settings
from scorer.service.store import ResultStore, SQLiteResultStore

log = logging.getLogger("scorer.service")

#: Seconds the server waits at shutdown for webhook articles still being scored (what is left is
#: resumed at the next start).
SHUTDOWN_GRACE = 10.0

DESCRIPTION = """Scores news articles for misinformation signals and says why, for CMS publish hooks.

`/v1/*` needs the API key when `MISINFO_SCORER_API_KEY` is set (`Authorization: Bearer <key>` or
`X-API-Key`). Webhooks are verified with each CMS's own signature. See docs/service.md.
"""


def create_app(settings: Settings | None = None, *, scorer_factory: ScorerFactory | None = None,
               store: ResultStore | None = None) -> FastAPI:
    """Build the app.

    :param settings: the configuration; default ``Settings.from_env()``.
    :param scorer_factory: makes ``n`` Scorers (tests pass one with a small model); default: the
        shipped model (or ``settings.model``) and the installed plugins.
    :param store: where results go; default a ``SQLiteResultStore`` at ``settings.db``.
    """
    settings = settings or Settings.from_env()
    metrics = Metrics()
    pool = ScorerPool(scorer_factory or default_factory(settings.model, settings.signal_budget, settings.base_rate,
                                                         settings.neutral_features),
                      threads=settings.threads, max_pending=settings.max_pending)
    service = Service(settings, pool, store or SQLiteResultStore(settings.db), metrics)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.start()
        log.info("misinfo-scorer service starting: %s", settings.redacted())
        if not settings.api_key:
            log.warning("MISINFO_SCORER_API_KEY is not set: /v1/* and review pages are open to anyone who "
                        "can reach this service; keep it on loopback or a private network (docs/service.md)")
        sweeper = asyncio.get_running_loop().create_task(service.deliveries.sweep())
        yield
        sweeper.cancel()
        await service.deliveries.drain(SHUTDOWN_GRACE)
        pool.shutdown()
        service.store.close()

    app = FastAPI(
        title="misinfo-scorer",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # the interactive docs load scripts from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.service = service
    for router in (api.router, ghost.router, wordpress.router, strapi.router, contentful.router, pages.router):
        app.include_router(router)
    _add_error_handlers(app, metrics)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(MetricsMiddleware, metrics=metrics)  # outermost: counts refusals too
    return app


def create_app_from_env() -> FastAPI:
    """Factory for uvicorn worker processes: settings from ``MISINFO_SCORER_SERVICE_SETTINGS`` (JSON)."""
    blob = os.environ.get("MISINFO_SCORER_SERVICE_SETTINGS")
    return create_app(Settings.from_json(blob) if blob else Settings.from_env())


def _problem(status: int, detail: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI, metrics: Metrics) -> None:
    async def bad_input(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, BadInput)
        return _problem(exc.status, exc.detail)

    async def too_long(_: Request, exc: Exception) -> JSONResponse:
        return _problem(413, str(exc))

    async def busy(_: Request, exc: Exception) -> JSONResponse:
        metrics.failures.labels("busy").inc()
        return _problem(503, str(exc), {"Retry-After": "5"})

    async def not_ready(_: Request, exc: Exception) -> JSONResponse:
        metrics.failures.labels("not_ready").inc()
        return _problem(503, str(exc), {"Retry-After": "10"})

    async def timed_out(_: Request, exc: Exception) -> JSONResponse:
        metrics.failures.labels("timeout").inc()
        return _problem(504, f"{exc}; the result will be stored when it finishes (GET /v1/results/{{id}})")

    async def invalid(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        parts = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
        return _problem(422, "; ".join(parts) or "invalid request")

    async def internal(_: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc)
        metrics.failures.labels("internal").inc()
        return _problem(500, "internal error; the service is still running (see its log)")

    app.add_exception_handler(BadInput, bad_input)
    app.add_exception_handler(TextTooLong, too_long)
    app.add_exception_handler(Busy, busy)
    app.add_exception_handler(NotReady, not_ready)
    app.add_exception_handler(TimedOut, timed_out)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, internal)
