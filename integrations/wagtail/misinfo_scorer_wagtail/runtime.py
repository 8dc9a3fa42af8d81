"""Scoring inside the Wagtail process: one Scorer, loaded on first use and shared under a lock.

Django serves requests from several threads; a ``Scorer`` scores one article at a time, so calls
are serialised here. Results go to the service's ``ResultStore`` (SQLite) when ``DB`` is set, so a
``misinfo-scorer serve`` pointed at the same file shows them on its review pages.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from scorer.contract import Article
from scorer.service.decision import decide
from scorer.service.store import ResultStore, SQLiteResultStore, StoredResult

from .core import Config, delivery_key


class PageScorer:
    """Scores articles for the hook and the signal; ``scorer``/``store`` can be injected (tests)."""

    def __init__(self, config: Config, scorer: Any = None, store: ResultStore | None = None) -> None:
        self.config = config
        self._scorer = scorer
        self._store = store
        self._lock = threading.Lock()

    @property
    def store(self) -> ResultStore | None:
        if self._store is None and self.config.db:
            self._store = SQLiteResultStore(self.config.db)
        return self._store

    def _get_scorer(self) -> Any:
        if self._scorer is None:
            from scorer.host import Scorer

            self._scorer = Scorer(model=self.config.model)
        return self._scorer

    def score(self, article: Article, source: str = "wagtail") -> dict[str, Any]:
        """Score (or reuse the stored result for the same content) and return the response body."""
        key = delivery_key(article)
        store = self.store
        if store is not None and not store.claim(key):
            previous = store.by_key(key)
            if previous is not None:
                return previous.body
        with self._lock:
            result = self._get_scorer().score(article)
        decision = decide(result, self.config.thresholds)
        body = {"decision": decision.decision, "decision_reasons": decision.reasons, **result.to_dict()}
        if store is not None:
            store.save(StoredResult(article.id, body, article.text, article.title, article.url, source, key,
                                    time.time()))
        return body


_shared: PageScorer | None = None
_shared_lock = threading.Lock()


def shared(config: Config) -> PageScorer:
    """The process's PageScorer (built once, on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PageScorer(config)
        return _shared
