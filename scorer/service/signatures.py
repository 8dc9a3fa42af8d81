"""Webhook signatures: verify each CMS's scheme against the raw request bytes, before any parsing.

Each ``verify_*`` raises ``SignatureError`` with a short reason, and returns nothing when the
request is authentic and fresh. The matching ``sign_*`` functions build the same headers a sender
would (the tests and the WordPress plugin's documentation use them).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Mapping


class SignatureError(Exception):
    """The request is not signed, is signed wrongly, or is too old."""


def _hex_hmac(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def _check_age(sent: float, now: float, tolerance: float, what: str) -> None:
    # allow a little clock skew forwards; refuse anything older than the tolerance (replays)
    if sent > now + 60:
        raise SignatureError(f"{what} is in the future")
    if now - sent > tolerance:
        raise SignatureError(f"{what} is older than {tolerance:g} s (stale or replayed)")


def secrets_equal(given: str | None, expected: str) -> bool:
    """Constant-time comparison of a presented secret with the expected one."""
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


# -- Ghost: X-Ghost-Signature: sha256=<hex>, t=<ms>; hex = HMAC-SHA256(secret, body + t) --------------

_GHOST = re.compile(r"^\s*sha256=(?P<sig>[0-9a-fA-F]{64})\s*,\s*t=(?P<t>\d{1,16})\s*$")


def sign_ghost(secret: str, body: bytes, t_ms: int | None = None) -> str:
    """The ``X-Ghost-Signature`` header Ghost would send for this body."""
    t = str(int(time.time() * 1000) if t_ms is None else t_ms)
    return f"sha256={_hex_hmac(secret, body + t.encode())}, t={t}"


def verify_ghost(secret: str, body: bytes, header: str | None, tolerance: float = 300.0,
                 now: float | None = None) -> None:
    """Check a Ghost webhook: the timestamp (milliseconds) is appended to the body with no separator."""
    if not header:
        raise SignatureError("missing X-Ghost-Signature header")
    m = _GHOST.match(header)
    if m is None:
        raise SignatureError("X-Ghost-Signature is not of the form 'sha256=<hex>, t=<ms>'")
    t = m["t"]
    _check_age(int(t) / 1000.0, time.time() if now is None else now, tolerance, "Ghost signature timestamp")
    expected = _hex_hmac(secret, body + t.encode())
    if not hmac.compare_digest(expected, m["sig"].lower()):
        raise SignatureError("Ghost signature does not match")


# -- WordPress (our plugin): X-Misinfo-Timestamp: <s>; X-Misinfo-Signature: sha256=HMAC(ts + "." + body) --


def sign_wordpress(secret: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """The headers the WordPress plugin sends with a body."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "X-Misinfo-Timestamp": ts,
        "X-Misinfo-Signature": "sha256=" + _hex_hmac(secret, ts.encode() + b"." + body),
    }


def verify_wordpress(secret: str, body: bytes, signature: str | None, timestamp: str | None,
                     tolerance: float = 300.0, now: float | None = None) -> None:
    """Check a request from the WordPress plugin (Unix seconds, Stripe-like ``ts.body`` scheme)."""
    if not signature or not timestamp:
        raise SignatureError("missing X-Misinfo-Signature or X-Misinfo-Timestamp header")
    if not re.fullmatch(r"\d{1,12}", timestamp.strip()):
        raise SignatureError("X-Misinfo-Timestamp must be Unix seconds")
    ts = timestamp.strip()
    _check_age(float(ts), time.time() if now is None else now, tolerance, "X-Misinfo-Timestamp")
    given = signature.strip()
    if given.startswith("sha256="):
        given = given[len("sha256="):]
    expected = _hex_hmac(secret, ts.encode() + b"." + body)
    if not hmac.compare_digest(expected, given.lower()):
        raise SignatureError("X-Misinfo-Signature does not match")


# -- Contentful: x-contentful-signature over the canonical request ------------------------------------
# canonical = "\n".join([METHOD, path, "k1:v1;k2:v2" (signed headers, lower-cased, sorted), body])

_CF_SIGNATURE = "x-contentful-signature"
_CF_SIGNED = "x-contentful-signed-headers"
_CF_TIMESTAMP = "x-contentful-timestamp"


def _contentful_digest(secret: str, method: str, path: str, headers: Mapping[str, str], body: bytes) -> str:
    joined = ";".join(f"{k}:{headers[k]}" for k in sorted(headers))
    canonical = "\n".join([method.upper(), path, joined]).encode("utf-8") + b"\n" + body
    return _hex_hmac(secret, canonical)


def sign_contentful(secret: str, method: str, path: str, headers: Mapping[str, str], body: bytes,
                    timestamp_ms: int | None = None) -> dict[str, str]:
    """The signing headers Contentful would add (as @contentful/node-apps-toolkit's signRequest does)."""
    ts = str(int(time.time() * 1000) if timestamp_ms is None else timestamp_ms)
    normal = {k.lower().strip(): v.strip() for k, v in headers.items()}
    normal[_CF_TIMESTAMP] = ts
    signed = ",".join(sorted({*normal, _CF_SIGNED}))
    normal[_CF_SIGNED] = signed
    return {
        _CF_SIGNATURE: _contentful_digest(secret, method, path, normal, body),
        _CF_SIGNED: signed,
        _CF_TIMESTAMP: ts,
    }


def verify_contentful(secret: str, method: str, path: str, headers: Mapping[str, str], body: bytes,
                      ttl: float = 30.0, now: float | None = None) -> None:
    """Check a Contentful request signature; ``ttl`` 0 disables the age check (as in Contentful's toolkit).

    ``path`` is the request path as received, with its query string.
    """
    normal = {k.lower().strip(): v.strip() for k, v in headers.items()}
    signature = normal.get(_CF_SIGNATURE)
    signed = [h.strip().lower() for h in normal.get(_CF_SIGNED, "").split(",") if h.strip()]
    timestamp = normal.get(_CF_TIMESTAMP, "")
    if not signature or not signed or not timestamp.isdigit():
        raise SignatureError("missing x-contentful-signature, -signed-headers or -timestamp header")
    if _CF_TIMESTAMP not in signed or _CF_SIGNED not in signed:
        raise SignatureError("the signed headers must include x-contentful-timestamp and -signed-headers")
    if ttl:
        _check_age(int(timestamp) / 1000.0, time.time() if now is None else now, ttl, "x-contentful-timestamp")
    missing = [h for h in signed if h not in normal]
    if missing:
        raise SignatureError(f"signed header(s) not present: {', '.join(missing)}")
    expected = _contentful_digest(secret, method, path, {h: normal[h] for h in signed}, body)
    if not hmac.compare_digest(expected, signature.lower()):
        raise SignatureError("x-contentful-signature does not match")
