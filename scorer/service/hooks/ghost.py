"""``POST /hooks/ghost``: Ghost's post webhooks (post.published, post.published.edited, post.scheduled, ...).

Ghost cannot be blocked from a webhook (it fires after the change, with a 2-second timeout), so the
hook acknowledges at once and scores in the background; the result is stored under the post id.
Ghost retries failed deliveries, so a (post id, updated_at) pair is scored once.
Never answer 410: Ghost deletes a webhook that does.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from scorer.contract import Article, ArticleError
from scorer.service.api import service_of
from scorer.service.bodies import BadInput, parse_json
from scorer.service.hooks.common import (
    HOOK_RESPONSES,
    Ignored,
    accept,
    authenticated_body,
    content_hash,
    first_text,
    ignored,
)
from scorer.service.signatures import verify_ghost

router = APIRouter(tags=["webhooks"])

#: Ghost's statuses worth scoring: live posts and posts scheduled to go live.
SCORED_STATUSES = {"published", "scheduled", "sent"}


def article_from_ghost(payload: Any) -> tuple[Article, str] | Ignored:
    """Map a Ghost webhook payload (``{"post": {"current": {...}, "previous": {...}}}``) to an Article
    and its delivery key.

    The text is Ghost's own ``plaintext`` rendering when present, else the ``html``; the reference
    date is ``published_at`` (for a scheduled post, the date it will go live).

    :raises ArticleError: the post is there but unusable (no id, no body).
    """
    if not isinstance(payload, dict):
        raise ArticleError("a Ghost payload is a JSON object")
    kind = "post" if "post" in payload else "page" if "page" in payload else None
    if kind is None:
        return Ignored("not a post or page event")
    wrapper = payload[kind]
    current = wrapper.get("current") if isinstance(wrapper, dict) else None
    if not current:
        return Ignored(f"the {kind} has no current state (deleted)")
    if not isinstance(current, dict):
        raise ArticleError(f"'{kind}.current' must be an object")
    status = current.get("status")
    if status is not None and status not in SCORED_STATUSES:
        return Ignored(f"the {kind} is {status!r}, not published or scheduled")
    post_id = first_text(current.get("id"), current.get("uuid"))
    if post_id is None:
        raise ArticleError(f"the {kind} has no id")
    text, html = first_text(current.get("plaintext")), first_text(current.get("html"))
    if text is None and html is None:
        return Ignored(f"the {kind} has no body (neither plaintext nor html)")
    data: dict[str, Any] = {
        "id": post_id,
        "title": first_text(current.get("title")),
        "published": first_text(current.get("published_at")),
        "url": first_text(current.get("url"), current.get("canonical_url")),
        "authors": _authors(current),
        "meta": {
            "cms": "ghost",
            "kind": kind,
            "uuid": current.get("uuid"),
            "slug": current.get("slug"),
            "status": status,
            "updated_at": current.get("updated_at"),
            "tags": [t.get("name") for t in current.get("tags") or [] if isinstance(t, dict)],
        },
    }
    if text is not None:
        data["text"] = text
    else:
        data["html"] = html
    article = Article.from_dict({k: v for k, v in data.items() if v is not None})
    version = first_text(current.get("updated_at")) or content_hash(text or html or "")
    return article, f"ghost:{post_id}:{version}"


def _authors(current: dict[str, Any]) -> list[str]:
    people = current.get("authors") or ([current["primary_author"]] if current.get("primary_author") else [])
    return [p["name"] for p in people if isinstance(p, dict) and isinstance(p.get("name"), str)]


@router.post(
    "/hooks/ghost",
    summary="Ghost post webhook (signed with X-Ghost-Signature)",
    status_code=202,
    responses=HOOK_RESPONSES,
    openapi_extra={
        "parameters": [{"name": "X-Ghost-Signature", "in": "header", "required": True,
                        "schema": {"type": "string"}, "description": "sha256=<hex>, t=<milliseconds>"}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
    },
)
async def ghost_hook(request: Request) -> JSONResponse:
    """Verify the signature on the raw body, acknowledge, and score the post in the background."""
    settings = service_of(request).settings
    service, raw = await authenticated_body(
        request, "ghost", lambda s: s.ghost_secret, "MISINFO_SCORER_GHOST_SECRET",
        lambda secret, raw: verify_ghost(secret, raw, request.headers.get("x-ghost-signature"),
                                         settings.hook_tolerance),
    )
    try:
        mapped = article_from_ghost(parse_json(raw))
    except (ArticleError, ValueError, TypeError) as exc:
        raise BadInput(f"unusable Ghost payload: {exc}") from None
    if isinstance(mapped, Ignored):
        return ignored(service, "ghost", mapped.reason)
    article, key = mapped
    return await accept(request, "ghost", article, key)
