"""``POST /hooks/contentful``: Contentful entry webhooks, verified with Contentful's request signing.

Set the webhook's signing secret in Contentful and the same value in
``MISINFO_SCORER_CONTENTFUL_SECRET``. ``Entry.publish`` scores what went live; ``Entry.save`` and
``Entry.auto_save`` score drafts, so a Contentful Task can gate publishing on the result.
Fields are locale-keyed (``fields.title["en-US"]``); the locale is ``MISINFO_SCORER_CONTENTFUL_LOCALE``.
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
from scorer.service.hooks.richtext import field_text
from scorer.service.signatures import verify_contentful

router = APIRouter(tags=["webhooks"])

SCORED_ACTIONS = {"publish", "save", "auto_save"}


def article_from_contentful(payload: Any, topic: str | None, locale: str,
                            body_fields: tuple[str, ...]) -> tuple[Article, str] | Ignored:
    """Map a Contentful webhook (topic ``ContentManagement.Entry.publish`` etc.) to an Article and key.

    :raises ArticleError: the entry is there but has no id.
    """
    parts = (topic or "").split(".")
    if len(parts) != 3 or parts[1] != "Entry" or parts[2] not in SCORED_ACTIONS:
        return Ignored(f"topic {topic!r} is not scored (scored: Entry.{', Entry.'.join(sorted(SCORED_ACTIONS))})")
    if not isinstance(payload, dict) or not isinstance(payload.get("sys"), dict):
        raise ArticleError("a Contentful entry payload has a 'sys' object")
    sys_ = payload["sys"]
    entry_id = first_text(sys_.get("id"))
    if entry_id is None:
        raise ArticleError("the entry has no sys.id")
    raw_fields = payload.get("fields")
    fields: dict[str, Any] = raw_fields if isinstance(raw_fields, dict) else {}

    def localized(name: str) -> Any:
        value = fields.get(name)
        if isinstance(value, dict) and "nodeType" not in value:
            return value.get(locale, next(iter(value.values()), None) if len(value) == 1 else None)
        return value

    text = html = None
    for name in body_fields:
        text, html = field_text(localized(name))
        if text or html:
            break
    if not (text or html):
        return Ignored(f"the entry has none of the body fields {', '.join(body_fields)} in {locale}")
    article_id = f"contentful-{entry_id}"
    ctype = sys_.get("contentType")
    content_type = ctype["sys"].get("id") if isinstance(ctype, dict) and isinstance(ctype.get("sys"), dict) else None
    data: dict[str, Any] = {
        "id": article_id,
        "title": first_text(localized("title"), localized("headline"), localized("name")),
        "published": first_text(localized("publishDate"), localized("date"), sys_.get("publishedAt"),
                                sys_.get("firstPublishedAt"), sys_.get("updatedAt")),
        "url": first_text(localized("url")),
        "language": locale.split("-")[0] or None,
        "meta": {"cms": "contentful", "entry_id": entry_id, "content_type": content_type,
                 "action": parts[2], "revision": sys_.get("revision"), "version": sys_.get("version")},
    }
    data["text" if text else "html"] = text or html
    article = Article.from_dict({k: v for k, v in data.items() if v is not None})
    version = sys_.get("revision") or sys_.get("version") or sys_.get("updatedAt") or content_hash(text, html)
    return article, f"contentful:{entry_id}:{parts[2]}:{version}"


@router.post(
    "/hooks/contentful",
    summary="Contentful entry webhook (request signing: x-contentful-signature)",
    status_code=202,
    responses=HOOK_RESPONSES,
    openapi_extra={
        "parameters": [
            {"name": "x-contentful-signature", "in": "header", "required": True, "schema": {"type": "string"}},
            {"name": "x-contentful-signed-headers", "in": "header", "required": True, "schema": {"type": "string"}},
            {"name": "x-contentful-timestamp", "in": "header", "required": True, "schema": {"type": "string"}},
            {"name": "X-Contentful-Topic", "in": "header", "required": True, "schema": {"type": "string"}},
        ],
        "requestBody": {"required": True, "content": {
            "application/vnd.contentful.management.v1+json": {"schema": {"type": "object"}},
            "application/json": {"schema": {"type": "object"}}}},
    },
)
async def contentful_hook(request: Request) -> JSONResponse:
    """Verify the canonical-request signature, acknowledge, and score the entry in the background."""
    settings = service_of(request).settings
    path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
    if request.scope.get("query_string"):
        path += "?" + request.scope["query_string"].decode("latin-1")
    service, raw = await authenticated_body(
        request, "contentful", lambda s: s.contentful_secret, "MISINFO_SCORER_CONTENTFUL_SECRET",
        lambda secret, raw: verify_contentful(secret, request.method, path, dict(request.headers), raw,
                                              settings.contentful_ttl),
    )
    payload = parse_json(raw)
    try:
        mapped = article_from_contentful(payload, request.headers.get("x-contentful-topic"),
                                         service.settings.contentful_locale, service.settings.body_fields)
    except (ArticleError, ValueError, TypeError) as exc:
        raise BadInput(f"unusable Contentful payload: {exc}") from None
    if isinstance(mapped, Ignored):
        return ignored(service, "contentful", mapped.reason)
    article, key = mapped
    return await accept(request, "contentful", article, key)
