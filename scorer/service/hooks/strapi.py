"""``POST /hooks/strapi``: Strapi's ``entry.publish`` webhooks, scored in the background.

Strapi does not sign webhooks; configure ``webhooks.defaultHeaders`` (or the webhook's own headers)
to send ``Authorization: Bearer <MISINFO_SCORER_STRAPI_TOKEN>``. Entries have whatever fields their
content type defines: the title is ``title``/``headline``/``name``, the body the first of the
configured body fields (a string, HTML or Markdown, or blocks-editor JSON).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from scorer.contract import Article, ArticleError
from scorer.service.auth import presented_key
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
from scorer.service.hooks.richtext import field_text
from scorer.service.signatures import SignatureError, secrets_equal

router = APIRouter(tags=["webhooks"])


def article_from_strapi(payload: Any, events: tuple[str, ...],
                        body_fields: tuple[str, ...]) -> tuple[Article, str] | Ignored:
    """Map a Strapi webhook payload (``{"event", "model", "entry": {...}}``) to an Article and its delivery key.

    :raises ArticleError: the entry is there but has no id or no body.
    """
    if not isinstance(payload, dict):
        raise ArticleError("a Strapi payload is a JSON object")
    event = payload.get("event")
    if event not in events:
        return Ignored(f"event {event!r} is not scored (scored: {', '.join(events)})")
    entry = payload.get("entry")
    if not isinstance(entry, dict):
        raise ArticleError("the payload has no 'entry' object")
    entry_id = entry.get("documentId") if entry.get("documentId") not in (None, "") else entry.get("id")
    if entry_id in (None, "") or isinstance(entry_id, (dict, list, bool)):
        raise ArticleError("the entry has no id or documentId")
    model = payload.get("model") if isinstance(payload.get("model"), str) else "entry"
    text = html = None
    for name in body_fields:
        text, html = field_text(entry.get(name))
        if text or html:
            break
    if not (text or html):
        return Ignored(f"the entry has none of the body fields {', '.join(body_fields)}")
    article_id = f"strapi-{model}-{entry_id}"
    data: dict[str, Any] = {
        "id": article_id,
        "title": first_text(entry.get("title"), entry.get("headline"), entry.get("name")),
        "published": first_text(entry.get("publishedAt"), entry.get("published_at")),
        "url": first_text(entry.get("url")),
        "language": _language(entry.get("locale")),
        "authors": _authors(entry),
        "meta": {"cms": "strapi", "model": model, "entry_id": entry_id, "event": event,
                 "updated_at": entry.get("updatedAt")},
    }
    data["text" if text else "html"] = text or html
    article = Article.from_dict({k: v for k, v in data.items() if v is not None})
    version = first_text(entry.get("updatedAt"), entry.get("publishedAt")) or content_hash(text, html)
    return article, f"strapi:{model}:{entry_id}:{version}"


def _language(locale: Any) -> str | None:
    return locale.split("-")[0] if isinstance(locale, str) and locale else None


def _authors(entry: dict[str, Any]) -> list[str]:
    raw = entry.get("authors") or entry.get("author")
    items = raw if isinstance(raw, list) else [raw]
    names = []
    for item in items:
        if isinstance(item, str) and item.strip():
            names.append(item)
        elif isinstance(item, dict):
            name = first_text(item.get("name"), item.get("username"))
            if name:
                names.append(name)
    return names


@router.post(
    "/hooks/strapi",
    summary="Strapi webhook (Authorization: Bearer <token>)",
    status_code=202,
    responses=HOOK_RESPONSES,
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}},
)
async def strapi_hook(request: Request) -> JSONResponse:
    """Check the bearer token, acknowledge, and score the published entry in the background."""
    def check_token(token: str, raw: bytes) -> None:  # Strapi does not sign: a shared bearer token
        if not secrets_equal(presented_key(request), token):
            raise SignatureError("missing or wrong token: send 'Authorization: Bearer <token>'")

    service, raw = await authenticated_body(
        request, "strapi", lambda s: s.strapi_token, "MISINFO_SCORER_STRAPI_TOKEN", check_token, "token rejected"
    )
    payload = parse_json(raw)
    try:
        mapped = article_from_strapi(payload, service.settings.strapi_events, service.settings.body_fields)
    except (ArticleError, ValueError, TypeError) as exc:
        raise BadInput(f"unusable Strapi payload: {exc}") from None
    if isinstance(mapped, Ignored):
        return ignored(service, "strapi", mapped.reason)
    article, key = mapped
    return await accept(request, "strapi", article, key)
