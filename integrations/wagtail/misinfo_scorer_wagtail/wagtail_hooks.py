"""Wagtail admin hook: score a page as it is published and stop publishing on a ``hold`` decision.

Wagtail runs ``before_publish_page`` in the page create and edit views, after the draft revision is
saved and before it is published; returning a response skips the publish. The draft is kept, so the
editor lands back on the edit page with the reasons in a message. Pages published any other way
(scheduled publishing, the API, management commands) are scored by the ``page_published`` signal
receiver in ``apps.py``, which records but cannot block.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin import messages

from .core import Config, blocking_decision, describe, page_to_article
from .runtime import shared

log = logging.getLogger(__name__)


@hooks.register("before_publish_page")
def misinfo_scorer_before_publish(request: Any, page: Any) -> Any:
    """Score the page being published; redirect back to its edit view when the decision blocks."""
    config = Config.from_setting(getattr(settings, "MISINFO_SCORER", None))
    if not config.enabled:
        return None
    article = page_to_article(page.specific, config)
    if article is None:
        return None
    try:
        body = shared(config).score(article)
    except Exception:  # a scoring failure must never stop the newsroom from publishing
        log.exception("misinfo-scorer could not score page %s", page.pk)
        messages.warning(request, "misinfo-scorer could not score this page; it was published unchecked.")
        return None
    user = getattr(request, "user", None)
    can_override = bool(config.override_permission and user is not None
                        and user.has_perm(config.override_permission))
    block = blocking_decision(body, config, can_override=can_override)
    if block is None:
        if body.get("decision") != "publish":
            messages.warning(request, describe(body))
        return None
    messages.error(request, block.message)
    return redirect("wagtailadmin_pages:edit", page.pk)
