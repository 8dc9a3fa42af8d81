"""The Wagtail integration's logic as plain functions: page → Article, result → blocking decision.

Nothing here imports Django or Wagtail, so it is tested without them; ``wagtail_hooks.py`` and
``apps.py`` are the thin layer that calls it from Wagtail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from scorer.contract import Article, ArticleError
from scorer.service.decision import Thresholds

#: Page attributes read for the body, in order; all that exist are joined (e.g. intro + body).
DEFAULT_BODY_FIELDS = ("intro", "body", "content", "text")

_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")


@dataclass(frozen=True)
class Config:
    """The ``MISINFO_SCORER`` Django setting, with defaults."""

    body_fields: tuple[str, ...] = DEFAULT_BODY_FIELDS
    thresholds: Thresholds = field(default_factory=Thresholds)
    block_on: tuple[str, ...] = ("hold",)  # decisions that stop publishing from the admin
    model: str | None = None  # a .skops file; None: the shipped model
    db: str | None = None  # SQLite file for results (the service's store); None: not stored
    override_permission: str | None = None  # a user with this permission publishes anyway (with a warning)
    enabled: bool = True

    @classmethod
    def from_setting(cls, setting: Mapping[str, Any] | None) -> Config:
        """Build from ``settings.MISINFO_SCORER`` (keys upper-case, as Django settings are)."""
        s = dict(setting or {})
        thresholds = s.get("THRESHOLDS") or {}
        return cls(
            body_fields=tuple(s.get("BODY_FIELDS", DEFAULT_BODY_FIELDS)),
            thresholds=Thresholds(**{k.lower(): v for k, v in thresholds.items()}),
            block_on=tuple(s.get("BLOCK_ON", ("hold",))),
            model=s.get("MODEL"),
            db=s.get("DB"),
            override_permission=s.get("OVERRIDE_PERMISSION"),
            enabled=bool(s.get("ENABLED", True)),
        )


def _render(value: Any) -> str | None:
    """HTML or text of a field value: StreamField (render_as_block), RichText (__html__) or a string."""
    if value is None:
        return None
    if hasattr(value, "render_as_block"):
        return str(value.render_as_block())
    if hasattr(value, "__html__"):
        return str(value.__html__())
    if isinstance(value, str):
        return value
    return None


def page_body(page: Any, fields: Iterable[str]) -> tuple[str | None, str | None]:
    """(text, html) of the page's body fields: HTML when any field is HTML, else plain text.

    (None, None) when the page has none of the fields (a page type with no article body).

    :raises ArticleError: the page has body fields, but they are all empty.
    """
    present = [name for name in fields if hasattr(page, name)]
    if not present:
        return None, None
    parts = [p for p in (_render(getattr(page, name, None)) for name in present) if p and p.strip()]
    if not parts:
        raise ArticleError(f"the page's {', '.join(present)} {'is' if len(present) == 1 else 'are'} empty")
    if any(_TAG.search(p) for p in parts):
        joined = "".join(p if _TAG.search(p) else f"<p>{html.escape(p)}</p>" for p in parts)
        return None, f"<html><body>{joined}</body></html>"
    return "\n\n".join(parts), None


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value if isinstance(value, str) and value else None


def reference_date(page: Any, now: dt.datetime | None = None) -> dt.datetime | dt.date:
    """The publication date the page will carry once this publish goes through (what "last month",
    "yesterday" ... refer to): the date it first went live when it did already (Wagtail keeps
    ``first_published_at``), else its ``go_live_at`` when that is in the future (scheduled), else now.
    """
    first = getattr(page, "first_published_at", None)
    if isinstance(first, dt.datetime | dt.date):
        return first
    current = now or dt.datetime.now(dt.UTC)
    go_live = getattr(page, "go_live_at", None)
    if isinstance(go_live, dt.datetime):
        # naive datetimes (USE_TZ = False) are local time
        compare = current if go_live.tzinfo is not None else (now.replace(tzinfo=None) if now else dt.datetime.now())
        if go_live > compare:
            return go_live
    return current


def page_to_article(page: Any, config: Config, now: dt.datetime | None = None,
                    live: bool | None = None) -> Article | None:
    """The page as an Article, or None when the page type has none of the body fields.

    The reference date is ``reference_date(page, now)``. ``live``: the page is already live (the
    publish signal), recorded in ``meta`` so the review page can say that nothing held it.

    :raises ArticleError: the body fields are empty or hold no text.
    """
    text, body_html = page_body(page, config.body_fields)
    if text is None and body_html is None:
        return None
    published = reference_date(page, now).isoformat()
    data: dict[str, Any] = {
        "id": f"wagtail-{page.pk}",
        "title": getattr(page, "title", None) or None,
        "published": published,
        "url": _full_url(page),
        "authors": _authors(page),
        "language": _language(page),
        "meta": {"cms": "wagtail", "page_id": page.pk, "content_type": _content_type(page),
                 "reference_date": published, **({"live": live} if live is not None else {})},
    }
    data["text" if text is not None else "html"] = text if text is not None else body_html
    return Article.from_dict({k: v for k, v in data.items() if v is not None})


def delivery_key(article: Article, revision_id: Any = None) -> str:
    """One key per published revision: the admin hook (before publishing) and the publish signal
    (after) see the same revision and score it once, whatever the clock said in between. Without a
    revision, the content decides."""
    if revision_id is not None:
        return f"wagtail:{article.id}:revision-{revision_id}"
    blob = json.dumps([article.text, article.title, article.published], ensure_ascii=False).encode("utf-8")
    return f"wagtail:{article.id}:{hashlib.sha256(blob).hexdigest()[:20]}"


def _full_url(page: Any) -> str | None:
    try:
        url = page.full_url  # needs a Site; absent in some setups
    except Exception:
        return None
    return url if isinstance(url, str) else None


def _authors(page: Any) -> list[str]:
    owner = getattr(page, "owner", None)
    if owner is None:
        return []
    name = owner.get_full_name() if hasattr(owner, "get_full_name") else None
    name = name or getattr(owner, "username", None) or getattr(owner, "get_username", lambda: None)()
    return [str(name)] if name else []


def _language(page: Any) -> str | None:
    locale = getattr(page, "locale", None)
    code = getattr(locale, "language_code", None)
    return code.split("-")[0] if isinstance(code, str) and code else None


def _content_type(page: Any) -> str | None:
    ct = getattr(page, "content_type", None)
    return getattr(ct, "model", None) if ct is not None else None


@dataclass
class Block:
    """Why publishing is stopped, in words for the editor's message."""

    message: str


def blocking_decision(body: Mapping[str, Any], config: Config, can_override: bool = False) -> Block | None:
    """A Block when the result's decision is one the config blocks on (and the user may not override)."""
    decision = body.get("decision")
    if decision not in config.block_on or can_override:
        return None
    return Block(message=describe(body))


def describe(body: Mapping[str, Any], top: int = 3) -> str:
    """One paragraph for the editor: decision, score, reasons and the first findings."""
    score = body.get("score")
    head = f"misinfo-scorer: {body.get('decision')}" + (
        f" (score {score:.2f}, {body.get('band')})" if isinstance(score, int | float) else " (no score)")
    reasons = "; ".join(body.get("decision_reasons") or [])
    findings = [f"“{f.get('text')}”: {f.get('message')}" for f in (body.get("findings") or [])[:top]]
    parts = [head + (f". {reasons}" if reasons else "")]
    if findings:
        parts.append("Check: " + " · ".join(findings))
    return ". ".join(parts)
