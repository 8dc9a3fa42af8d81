"""Operational endpoints (``/healthz``, ``/readyz``, ``/metrics``) and the editor's ``/review/{id}`` page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from scorer.service.api import service_of
from scorer.service.auth import review_allowed
from scorer.service.review import render_review
from scorer.service.schemas import Health, Problem

router = APIRouter()

#: The review page runs no script and loads nothing; this says so to the browser.
REVIEW_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, no-store",
}


@router.get("/healthz", tags=["operations"], response_model=Health, summary="The process is up")
async def healthz() -> dict[str, str]:
    """Liveness: the process answers. Says nothing about the model (see /readyz)."""
    return {"status": "ok"}


@router.get("/readyz", tags=["operations"], summary="The model and pipeline are loaded",
            responses={200: {"model": Health}, 503: {"model": Health, "description": "loading or broken"}})
async def readyz(request: Request) -> JSONResponse:
    """Readiness: 200 once the language pipeline, the signals and the model are loaded; 503 before, or
    when the model is missing (the service would answer, but with null scores). ``signal_drift`` lists
    signals installed at other versions than the model was trained with: still ready, but the scores may
    drift until the model is retrained."""
    service = service_of(request)
    pool = service.pool
    detail: dict[str, object] = {"loaded": pool.loaded, "threads": pool.threads, "pending": pool.pending,
                                 "model": pool.model_info, "load_seconds": pool.load_seconds,
                                 "signal_drift": pool.signal_drift}
    problems = [p for p in (pool.error, pool.model_error) if p]
    if not pool.loaded:
        problems.append("the model and language pipeline are still loading")
    try:
        await run_in_threadpool(service.store.ping)
    except Exception as exc:
        problems.append(f"the result store is unavailable: {exc}")
    if problems:
        return JSONResponse({"status": "unavailable", "detail": {**detail, "problems": problems}}, status_code=503)
    return JSONResponse({"status": "ready", "detail": detail})


@router.get("/metrics", tags=["operations"], summary="Prometheus metrics",
            responses={200: {"content": {"text/plain": {}}, "description": "Prometheus exposition format"}})
async def metrics(request: Request) -> Response:
    """Requests, latency, scores, decisions, errors and webhook deliveries, for Prometheus."""
    body, content_type = service_of(request).metrics.render()
    return Response(body, media_type=content_type)


@router.get(
    "/review/{article_id:path}",
    tags=["review"],
    summary="The review page for an article (HTML)",
    response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {}}, "description": "the review page"},
               403: {"model": Problem, "description": "no API key and no valid signed link"},
               404: {"model": Problem, "description": "not scored yet"}},
)
async def review(article_id: str, request: Request,
                 source: Annotated[str | None, Query(description="'api' for the result an API call stored; "
                                                            "default the CMS's", max_length=40)] = None,
                 ) -> HTMLResponse:
    """The article with every finding highlighted, the score, the decision and the reasons.

    Open with the API key, or with the signed ``review_url`` from a score response (when a key is set).
    """
    service = service_of(request)
    if not review_allowed(request, service.settings, article_id, source):
        raise HTTPException(403, "this review link is missing its signature, is wrong or has expired; "
                                 "take a fresh review_url from the result, or send the API key")
    record = await run_in_threadpool(service.store.latest, article_id, source)
    if record is None:
        raise HTTPException(404, f"no result for article {article_id!r} yet")
    page = render_review(record.body, record.text, record.title, record.scored_at, record.url, record.source)
    return HTMLResponse(page, headers=REVIEW_HEADERS)
