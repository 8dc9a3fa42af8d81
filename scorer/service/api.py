"""``/v1``: score an article or a batch synchronously, and read stored results (API key when set).

The scoring endpoints take ``Content-Type: application/json`` only. A browser may send a
cross-site POST without asking first only as ``text/plain``, form data or multipart; refusing
those keeps a page an editor happens to open from driving an open (no API key) service on
loopback. Results are stored as the API's (``scored_from: api``): they never replace a CMS's
result for the same id.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from scorer.readers import RecordError
from scorer.service.auth import require_api_key
from scorer.service.bodies import BadInput, parse_json, to_article
from scorer.service.jobs import Job
from scorer.service.schemas import ArticleIn, Problem, ScoreResponse
from scorer.service.scoring import Service, TextTooLong
from scorer.service.store import API_SOURCE

router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["scoring"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem, "description": text}
    for code, text in {
        400: "malformed JSON",
        401: "missing or wrong API key",
        413: "body or article text too large",
        415: "the body is not sent as application/json",
        422: "not an article (missing text, wrong types, bad date)",
        503: "busy or still loading; retry later",
        504: "scoring did not finish within the time budget",
    }.items()
}


def service_of(request: Request) -> Service:
    """The app's Service (set by ``create_app``)."""
    service: Service = request.app.state.service
    return service


def require_json(request: Request) -> None:
    """Refuse a body that is not declared ``application/json`` (415).

    :raises BadInput: another or no Content-Type.
    """
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        shown = media_type or "none"
        raise BadInput(f"send the article as 'Content-Type: application/json' (got {shown})", 415)


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


@router.post(
    "/score",
    summary="Score one article",
    responses={200: {"model": ScoreResponse, "description": "the result and the publish decision"}, **_ERRORS},
    openapi_extra=_json_body(ArticleIn.model_json_schema()),
)
async def score(request: Request) -> JSONResponse:
    """Score one article (the contract's Article JSON) and return its Result with the publish decision."""
    service = service_of(request)
    require_json(request)
    article = to_article(parse_json(await request.body()))
    service.check_length(article)
    (record,) = await service.score([Job(article, source=API_SOURCE)], service.settings.time_budget)
    return JSONResponse(service.respond(record))


@router.post(
    "/score/batch",
    summary="Score a list of articles",
    responses={200: {"description": "one result per item, in order; a bad item gets an error result"},
               **_ERRORS},
    openapi_extra=_json_body({"type": "array", "items": ArticleIn.model_json_schema()}),
)
async def score_batch(request: Request) -> JSONResponse:
    """Score a JSON array of articles: one result per item, in order; a bad item yields an error result."""
    service = service_of(request)
    require_json(request)
    data = parse_json(await request.body())
    if not isinstance(data, list):
        raise BadInput("the batch must be a JSON array of articles")
    if len(data) > service.settings.max_batch:
        raise BadInput(f"the batch holds {len(data)} articles; the limit is {service.settings.max_batch}", 413)
    if not data:
        return JSONResponse([])
    jobs: list[Job] = []
    for i, item in enumerate(data):
        fallback = f"item-{i}"
        try:
            article = to_article(item, default_id=fallback)
            service.check_length(article)
            jobs.append(Job(article, source=API_SOURCE))
        except (BadInput, TextTooLong) as exc:
            given = item.get("id") if isinstance(item, dict) else None
            jobs.append(Job(RecordError(id=given if isinstance(given, str) and given else fallback, error=str(exc)),
                            source=API_SOURCE))
    records = await service.score(jobs, service.settings.time_budget)
    return JSONResponse([service.respond(r) for r in records])


@router.get(
    "/results/{article_id:path}",
    summary="The latest stored result for an article",
    responses={200: {"model": ScoreResponse, "description": "the latest result"},
               404: {"model": Problem, "description": "not scored yet"}, 401: _ERRORS[401]},
)
async def result(article_id: str, request: Request,
                 source: Annotated[str | None, Query(description="whose result: a CMS name (ghost, wordpress, "
                                                            "...) or 'api'; default the CMS's, else the API's",
                                                max_length=40)] = None) -> JSONResponse:
    """The most recent result stored for ``article_id`` (404 until it has been scored).

    Without ``source``: a CMS's result when one was stored, else the API's.
    """
    service = service_of(request)
    record = await run_in_threadpool(service.store.latest, article_id, source)
    if record is None:
        raise HTTPException(404, f"no result for article {article_id!r} yet")
    return JSONResponse({**service.respond(record), "scored_at": record.scored_at, "scored_from": record.source})
