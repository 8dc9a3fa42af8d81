"""What every asynchronous webhook shares: commit the delivery once, acknowledge, score in the background.

CMSs retry deliveries (Ghost up to five times) and some fire twice for one change, so a delivery
is identified by (CMS, item id, its version or update time) and processed once. The delivery is
committed to the store before the 2xx, so a crash after the answer loses nothing (see
``scorer.service.deliveries``).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

from scorer.contract import Article
from scorer.service.api import service_of
from scorer.service.auth import review_url
from scorer.service.scoring import Service
from scorer.service.settings import Settings
from scorer.service.signatures import SignatureError

log = logging.getLogger(__name__)

HOOK_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "duplicate delivery or an event that is not scored (acknowledged, nothing to do)"},
    202: {"description": "accepted: the article is scored in the background; poll result_url"},
    400: {"description": "malformed JSON"},
    401: {"description": "missing, forged or stale signature"},
    403: {"description": "this hook is not configured (its secret is unset)"},
    413: {"description": "body too large"},
    422: {"description": "the payload holds no usable article"},
    503: {"description": "too much work queued; the CMS should retry"},
}


CMS_NAMES = {"ghost": "Ghost", "wordpress": "WordPress", "contentful": "Contentful", "strapi": "Strapi"}


@dataclass
class Ignored:
    """A well-formed delivery that needs no score (a draft, a deletion, another kind of event)."""

    reason: str


def refuse(service: Service, cms: str, status: int, detail: str) -> HTTPException:
    """Count a refused delivery and build the error to raise."""
    service.metrics.deliveries.labels(cms, "rejected" if status == 401 else "invalid").inc()
    return HTTPException(status, detail)


async def authenticated_body(
    request: Request,
    cms: str,
    secret_of: Callable[[Settings], str | None],
    env_var: str,
    verify: Callable[[str, bytes], None],
    rejected: str = "signature rejected",
) -> tuple[Service, bytes]:
    """The service and the raw body of a delivery whose signature (or token) checks out.

    Every hook is off (403) until its secret is set, and a delivery that fails ``verify`` (which
    raises ``SignatureError``) is refused with 401 and counted. The body is read raw because
    signatures cover the exact bytes sent.
    """
    service = service_of(request)
    label = CMS_NAMES.get(cms, cms)
    secret = secret_of(service.settings)
    if not secret:
        raise refuse(service, cms, 403, f"the {label} hook is off: set {env_var}")
    raw = await request.body()
    try:
        verify(secret, raw)
    except SignatureError as exc:
        raise refuse(service, cms, 401, f"{label} {rejected}: {exc}") from None
    return service, raw


def ignored(service: Service, cms: str, reason: str) -> JSONResponse:
    """Acknowledge a delivery that needs no scoring (200, so the CMS does not retry)."""
    service.metrics.deliveries.labels(cms, "ignored").inc()
    return JSONResponse({"status": "ignored", "reason": reason}, status_code=200)


async def accept(request: Request, cms: str, article: Article, key: str) -> JSONResponse:
    """Commit the delivery and score it in the background; 202 at once, 200 for a repeat delivery.

    The 202 is sent only once the delivery, with its article, is committed to the store.
    """
    service = service_of(request)
    service.check_length(article)
    if service.pool.pending >= service.settings.max_pending:
        service.metrics.deliveries.labels(cms, "busy").inc()
        raise HTTPException(503, "too many articles are waiting to be scored; retry later",
                            headers={"Retry-After": "30"})
    result_url = f"/v1/results/{quote(article.id, safe='')}"
    if not await service.deliveries.accept(key, cms, article):
        service.metrics.deliveries.labels(cms, "duplicate").inc()
        return JSONResponse({"status": "duplicate", "id": article.id, "result_url": result_url}, status_code=200)
    service.metrics.deliveries.labels(cms, "accepted").inc()
    service.deliveries.start(key, cms, article)
    return JSONResponse(
        {"status": "accepted", "id": article.id, "result_url": result_url,
         "review_url": review_url(service.settings, article.id)},
        status_code=202,
    )


def content_hash(*parts: Any) -> str:
    """A short stable hash of some JSON-able values (a delivery key when the CMS gives no version)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "replace")
    return hashlib.sha256(blob).hexdigest()[:20]


def first_text(*values: Any) -> str | None:
    """The first value that is a non-blank string."""
    for v in values:
        if isinstance(v, str) and v.strip():
            return v
    return None
