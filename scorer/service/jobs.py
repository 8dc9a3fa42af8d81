"""What the service is asked to score: one article, where it came from, and the delivery it answers."""

from __future__ import annotations

from dataclasses import dataclass

from scorer.contract import Article
from scorer.readers import RecordError
from scorer.service.store import API_SOURCE


@dataclass
class Job:
    """One article to score, where it came from, and the delivery key it answers (webhooks)."""

    article: Article | RecordError
    source: str = API_SOURCE
    key: str | None = None
    keep: bool = True  # store the result (False: the caller keeps it elsewhere)
