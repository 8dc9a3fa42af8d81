"""Score, decide, store: what every endpoint and webhook does with an article.

``Service`` holds the app's shared parts (settings, scorer pool, result store, metrics). Its
``score`` runs in a pool thread from start to stored result, so a request that gives up waiting
(504) still leaves its result in the store for ``GET /v1/results/{id}``.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from scorer.contract import Article, Result
from scorer.service.auth import review_url
from scorer.service.decision import decide
from scorer.service.deliveries import Deliveries
from scorer.service.jobs import Job
from scorer.service.metrics import Metrics
from scorer.service.pool import ScorerPool
from scorer.service.settings import Settings
from scorer.service.store import ResultStore, StoredResult

if TYPE_CHECKING:
    from scorer.host import Scorer

log = logging.getLogger(__name__)


class TextTooLong(ValueError):
    """The article's text is longer than the service accepts."""


class Service:
    """The app's shared state and the score → decide → store pipeline."""

    def __init__(self, settings: Settings, pool: ScorerPool, store: ResultStore, metrics: Metrics) -> None:
        self.settings = settings
        self.pool = pool
        self.store = store
        self.metrics = metrics
        self.deliveries = Deliveries(self)

    def check_length(self, article: Article) -> None:
        """:raises TextTooLong: the text is over ``max_text_chars``."""
        if len(article.text) > self.settings.max_text_chars:
            raise TextTooLong(
                f"the article text is {len(article.text)} characters; the limit is {self.settings.max_text_chars}"
            )

    def respond(self, record: StoredResult) -> dict[str, Any]:
        """The HTTP body for a stored result: decision first, the contract's Result, a review link."""
        return {**record.body, "review_url": review_url(self.settings, record.article_id, record.source)}

    async def score(self, jobs: list[Job], timeout: float | None) -> list[StoredResult]:
        """Score articles in one pool job (one batched parse), store and return them in order.

        :raises pool.Busy, pool.TimedOut, pool.NotReady: the request cannot be served now.
        """
        await self.pool.wait_loaded(self.settings.startup_wait)
        return await self.pool.run(lambda scorer: self._score_sync(scorer, jobs), timeout, weight=len(jobs))

    def _score_sync(self, scorer: Scorer, jobs: list[Job]) -> list[StoredResult]:
        t0 = time.perf_counter()
        results = list(scorer.score_many([j.article for j in jobs]))
        self.metrics.scoring_seconds.observe(time.perf_counter() - t0)
        return [self._finish(job, result) for job, result in zip(jobs, results, strict=True)]

    def _finish(self, job: Job, result: Result) -> StoredResult:
        decision = decide(result, self.settings.thresholds)
        body = {"decision": decision.decision, "decision_reasons": decision.reasons, **result.to_dict()}
        article = job.article
        record = StoredResult(
            article_id=result.id,
            body=body,
            text=article.text if isinstance(article, Article) else "",
            title=article.title if isinstance(article, Article) else None,
            url=article.url if isinstance(article, Article) else None,
            source=job.source,
            key=job.key,
            scored_at=time.time(),
        )
        try:
            if job.keep:
                self.store.save(record)
        except Exception:  # the caller still gets its answer; the failure is counted and logged
            log.exception("could not store the result for %s", result.id)
            self.metrics.failures.labels("store").inc()
        self.metrics.observe_result(result, decision.decision, job.source)
        return record
