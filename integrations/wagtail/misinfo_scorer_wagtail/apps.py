"""The Django app: connects the ``page_published`` receiver that scores every published page."""

from __future__ import annotations

import logging
from typing import Any

from django.apps import AppConfig

log = logging.getLogger(__name__)


def score_published_page(sender: Any, instance: Any, revision: Any = None, **kwargs: Any) -> None:
    """Score a page that went live by any route (admin, schedule, API) and store the result.

    A revision the admin hook scored before publishing it is not scored again (same revision key).
    """
    try:
        from django.conf import settings

        from .core import Config, delivery_key, page_to_article
        from .runtime import shared

        config = Config.from_setting(getattr(settings, "MISINFO_SCORER", None))
        if not config.enabled:
            return
        page = instance.specific
        article = page_to_article(page, config, live=bool(getattr(page, "live", False)))
        if article is not None:
            shared(config).score(article, source="wagtail", key=delivery_key(article, getattr(revision, "pk", None)))
    except Exception:  # never break publishing from a signal
        log.exception("misinfo-scorer could not score published page %s", getattr(instance, "pk", "?"))


class MisinfoScorerWagtailConfig(AppConfig):
    name = "misinfo_scorer_wagtail"
    label = "misinfo_scorer_wagtail"
    verbose_name = "misinfo-scorer"

    def ready(self) -> None:
        from wagtail.signals import page_published

        page_published.connect(score_published_page, dispatch_uid="misinfo_scorer_page_published")
