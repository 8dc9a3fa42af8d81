"""Who may call what: the API key for ``/v1/*`` and signed, expiring links to review pages.

Without ``MISINFO_SCORER_API_KEY`` the API is open (for a service bound to loopback or a private
network); with it, every ``/v1/*`` request needs ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``.
A review page opens with the key too, or with the signed link the score response carries, so an
editor's browser can open it without holding the key.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from urllib.parse import quote

from fastapi import HTTPException, Request

from scorer.service.settings import Settings
from scorer.service.signatures import secrets_equal
from scorer.service.store import API_SOURCE

_TIMESTAMP = re.compile(r"[0-9]{1,12}")


def presented_key(request: Request) -> str | None:
    """The API key a request presents, from ``Authorization: Bearer`` or ``X-API-Key``."""
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return request.headers.get("x-api-key") or None


def has_api_key(request: Request, settings: Settings) -> bool:
    """True when no key is configured or the request presents the right one."""
    return settings.api_key is None or secrets_equal(presented_key(request), settings.api_key)


def require_api_key(request: Request) -> None:
    """FastAPI dependency for ``/v1/*``: 401 unless the request carries the API key (when one is set)."""
    settings: Settings = request.app.state.service.settings
    if not has_api_key(request, settings):
        raise HTTPException(
            status_code=401,
            detail="missing or wrong API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",
            headers={"WWW-Authenticate": 'Bearer realm="misinfo-scorer"'},
        )


def _link_key(settings: Settings) -> bytes | None:
    if settings.review_secret:
        return settings.review_secret.encode("utf-8")
    if settings.api_key:  # a separate key, so a leaked link signature says nothing about the API key
        return hmac.new(settings.api_key.encode("utf-8"), b"misinfo-scorer review links", hashlib.sha256).digest()
    return None


def _link_sig(key: bytes, article_id: str, expires: int, source: str | None = None) -> str:
    message = f"{article_id}\n{expires}" if source is None else f"{source}\n{article_id}\n{expires}"
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def review_url(settings: Settings, article_id: str, source: str | None = None, now: float | None = None) -> str:
    """The link to an article's review page; signed and expiring when the service has a key.

    A result the API stored (``source="api"``) is named with ``source=api``: the plain link shows
    the CMS's result for the id when there is one (an API call never stands in for it).
    """
    base = (settings.public_url or "").rstrip("/")
    url = f"{base}/review/{quote(article_id, safe='')}"
    source = source if source == API_SOURCE else None
    params = [f"source={source}"] if source else []
    key = _link_key(settings)
    if key is not None:
        expires = int((time.time() if now is None else now) + settings.review_link_ttl)
        params += [f"expires={expires}", f"sig={_link_sig(key, article_id, expires, source)}"]
    return url + ("?" + "&".join(params) if params else "")


def review_allowed(request: Request, settings: Settings, article_id: str, source: str | None = None) -> bool:
    """May this request see the review page: open service, the API key, or a valid unexpired link."""
    key = _link_key(settings)
    if key is None or (has_api_key(request, settings) and settings.api_key is not None):
        return True
    sig = request.query_params.get("sig", "")
    expires = request.query_params.get("expires", "")
    # ASCII digits only: str.isdigit() also accepts "²", which int() refuses; and no more than
    # a timestamp needs, so int() never meets a number too long to convert
    if not _TIMESTAMP.fullmatch(expires) or int(expires) < time.time():
        return False
    return hmac.compare_digest(_link_sig(key, article_id, int(expires), source), sig)
