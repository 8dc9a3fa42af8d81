"""``/v1``: score an article or a batch synchronously, and read stored results (API key when set)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from scorer.readers import RecordError
from scorer.service.auth import require_api_key
from scorer.service.bodies import BadInput, parse_json, to_article
from scorer.service.schemas import ArticleIn, Problem, ScoreResponse
from scorer.service.scoring import Job, Service, TextTooLong

router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["scoring"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem, "description": text}
    for code, text in {
        400: "malformed JSON",
        401: "missing or wrong API key",
        413: "body or article text too large",
        422: "not an article (missing text, wrong types, bad date)",
        503: "busy or still loading; retry later",
        504: "scoring did not finish within the time budget",
    }.items()
}


def service_of(request: Request) -> Service:
    """The app's Service (set by ``create_app``)."""
    service: Service = request.app.state.service
    return service


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
    article = to_article(parse_json(await request.body()))
    service.check_length(article)
    (record,) = await service.score([Job(article)], service.settings.time_budget)
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
            jobs.append(Job(article))
        except (BadInput, TextTooLong) as exc:
            given = item.get("id") if isinstance(item, dict) else None
            jobs.append(Job(RecordError(id=given if isinstance(given, str) and given else fallback, error=str(exc))))
    records = await service.score(jobs, service.settings.time_budget)
    return JSONResponse([service.respond(r) for r in records])


@router.get(
    "/results/{article_id:path}",
    summary="The latest stored result for an article",
    responses={200: {"model": ScoreResponse, "description": "the latest result"},
               404: {"model": Problem, "description": "not scored yet"}, 401: _ERRORS[401]},
)
async def result(article_id: str, request: Request) -> JSONResponse:
    """The most recent result stored for ``article_id`` (404 until it has been scored)."""
    service = service_of(request)
    record = await run_in_threadpool(service.store.latest, article_id)
    if record is None:
        raise HTTPException(404, f"no result for article {article_id!r} yet")
    return JSONResponse({**service.respond(record), "scored_at": record.scored_at, "scored_from": record.source})
