"""``POST /hooks/wordpress``: the misinfo-scorer WordPress plugin's calls, answered synchronously.

The plugin (integrations/wordpress) can hold a post before it is published, so unlike the other
hooks this one scores while the plugin waits and answers with the result and the decision.
Requests are signed: ``X-Misinfo-Signature: sha256=HMAC(secret, timestamp + "." + body)`` with
``X-Misinfo-Timestamp`` in Unix seconds; old timestamps are refused (replays).

The body is a contract Article (the plugin sends ``id``, ``html``, ``title``, ``published``, ``url``,
``authors``) plus a ``wordpress`` object (post id, status, modified time, site) that ends up in ``meta``.
The same post content is scored once: a repeat returns the stored result.

A post checked before it exists (``wordpress.post_id`` 0: created already published, e.g. REST
``POST /wp/v2/posts`` with ``status: publish``) has no id yet. Its result is kept aside under its
content, not stored as an article; the plugin's call once the post exists (same content, real id)
takes that result over instead of scoring again, so each post is scored once and stored under its id.
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from scorer.contract import Article
from scorer.service.api import service_of
from scorer.service.bodies import parse_json, to_article
from scorer.service.hooks.common import HOOK_RESPONSES, authenticated_body, content_hash
from scorer.service.jobs import Job
from scorer.service.schemas import ArticleIn, ScoreResponse
from scorer.service.signatures import verify_wordpress
from scorer.service.store import StoredResult

router = APIRouter(tags=["webhooks"])


def delivery_key(article: Article) -> str:
    """The post id and a hash of everything that is scored: the same content is scored once."""
    return "wordpress:" + article.id + ":" + _content(article)


def unattached_key(article: Article) -> str:
    """The key a not-yet-created post's result is kept under: its site and content, no id."""
    wp = article.meta.get("wordpress")
    site = wp.get("site") if isinstance(wp, dict) else None
    return "wordpress-new:" + content_hash(site if isinstance(site, str) else "") + ":" + _content(article)


def _content(article: Article) -> str:
    return content_hash(article.text, article.title, article.published)


def is_new_post(article: Article) -> bool:
    """True for a post checked before WordPress created it (``wordpress.post_id`` 0)."""
    wp = article.meta.get("wordpress")
    return isinstance(wp, dict) and wp.get("post_id") in (0, "0")


@router.post(
    "/hooks/wordpress",
    summary="WordPress plugin: score a post and return the publish decision (signed)",
    responses={**{k: v for k, v in HOOK_RESPONSES.items() if k not in (202,)},
               200: {"model": ScoreResponse, "description": "the result and the publish decision"},
               504: {"description": "scoring did not finish within the time budget"}},
    openapi_extra={
        "parameters": [
            {"name": "X-Misinfo-Signature", "in": "header", "required": True, "schema": {"type": "string"},
             "description": "sha256=<hex HMAC-SHA256(secret, timestamp + '.' + body)>"},
            {"name": "X-Misinfo-Timestamp", "in": "header", "required": True, "schema": {"type": "string"},
             "description": "Unix seconds"},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": ArticleIn.model_json_schema()}}},
    },
)
async def wordpress_hook(request: Request) -> JSONResponse:
    """Verify, score (or return the stored result for the same content) and answer with the decision."""
    settings = service_of(request).settings
    service, raw = await authenticated_body(
        request, "wordpress", lambda s: s.wordpress_secret, "MISINFO_SCORER_WORDPRESS_SECRET",
        lambda secret, raw: verify_wordpress(secret, raw, request.headers.get("x-misinfo-signature"),
                                             request.headers.get("x-misinfo-timestamp"), settings.hook_tolerance),
    )
    data: Any = parse_json(raw)
    if isinstance(data, dict):
        given = data.get("meta")
        meta: dict[str, Any] = given if isinstance(given, dict) else {}
        data = {**data, "meta": {**meta, "cms": "wordpress"}}
    article = to_article(data)
    service.check_length(article)
    key = delivery_key(article)
    previous = await run_in_threadpool(service.store.by_key, key)
    if previous is not None:
        service.metrics.deliveries.labels("wordpress", "duplicate").inc()
        return JSONResponse(service.respond(previous), headers={"X-Misinfo-Duplicate": "1"})
    if is_new_post(article):
        service.metrics.deliveries.labels("wordpress", "accepted").inc()
        (record,) = await service.score([Job(article, source="wordpress", keep=False)], service.settings.time_budget)
        await run_in_threadpool(service.store.save_unattached, unattached_key(article), record)
        return JSONResponse({**record.body, "review_url": None})
    checked = await run_in_threadpool(service.store.take_unattached, unattached_key(article))
    if checked is not None:  # checked before the post existed: the same content, now with its id
        old_meta = checked.body.get("meta")
        meta = {**(old_meta if isinstance(old_meta, dict) else {}), **article.meta}  # keeps the signals' notes
        record = StoredResult(article.id, {**checked.body, "id": article.id, "meta": meta}, checked.text,
                              article.title, article.url, "wordpress", key, time.time())
        await run_in_threadpool(service.store.save, record)
        service.metrics.deliveries.labels("wordpress", "adopted").inc()
        return JSONResponse(service.respond(record))
    service.metrics.deliveries.labels("wordpress", "accepted").inc()
    (record,) = await service.score([Job(article, source="wordpress", key=key)], service.settings.time_budget)
    return JSONResponse(service.respond(record))
