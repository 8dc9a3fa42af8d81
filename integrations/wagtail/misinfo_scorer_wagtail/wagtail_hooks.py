"""Wagtail admin hook: score a page as it is published and stop publishing on a ``hold`` decision.

Wagtail runs ``before_publish_page`` in the page create and edit views, after the draft revision is
saved and before it is published; returning a response skips the publish. The create view has
already added the page to the tree *live* by then (Wagtail 5.2–8 call ``add_child`` first and set
``live = False`` only for a draft save), so a hold also takes that new page offline: it stays a
draft with the submitted content as its latest revision. The editor lands back on the edit view
with the reasons as an error message. Pages published any other way (scheduled publishing, the
API, management commands) are scored by the ``page_published`` receiver in ``apps.py``, which
records but cannot block; it shares the hook's result for the same revision.

Nothing here may turn a publish into an error page: when the page cannot be scored (no text, an
environment problem, a bug), it is published with a warning and the error is logged.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin import messages

from .core import Config, blocking_decision, delivery_key, describe, page_to_article
from .runtime import shared

log = logging.getLogger(__name__)


@hooks.register("before_publish_page")
def misinfo_scorer_before_publish(request: Any, page: Any) -> Any:
    """Score the page being published; redirect back to its edit view when the decision blocks."""
    try:
        config = Config.from_setting(getattr(settings, "MISINFO_SCORER", None))
        if not config.enabled:
            return None
        specific = page.specific
        article = page_to_article(specific, config)
        if article is None:  # a page type without the configured body fields
            return None
        revision = getattr(specific, "latest_revision", None)
        body = shared(config).score(article, key=delivery_key(article, getattr(revision, "pk", None)))
        user = getattr(request, "user", None)
        can_override = bool(config.override_permission and user is not None
                            and user.has_perm(config.override_permission))
        block = blocking_decision(body, config, can_override=can_override)
    except Exception as exc:  # a scoring failure must never stop the newsroom from publishing
        log.exception("misinfo-scorer could not score page %s", getattr(page, "pk", "?"))
        _message(request, "warning", f"misinfo-scorer could not score this page ({_reason(exc)}); "
                                     "it is published unchecked.")
        return None
    if block is None:
        if body.get("decision") != "publish":
            _message(request, "warning", describe(body))
        return None
    try:
        _keep_offline(page)
    except Exception:
        log.exception("misinfo-scorer could not take held page %s offline", page.pk)
    _message(request, "error", block.message)
    return redirect("wagtailadmin_pages:edit", page.pk)


def _keep_offline(page: Any) -> None:
    """Undo the create view's premature ``live = True`` for a page that was never published."""
    if page.live and page.live_revision_id is None and page.first_published_at is None:
        type(page).objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
        page.live = False
        page.has_unpublished_changes = True


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__


def _message(request: Any, level: str, text: str) -> None:
    try:
        getattr(messages, level)(request, text)
    except Exception:  # no messages framework on this request: the log has it
        log.warning("misinfo-scorer: %s", text)
