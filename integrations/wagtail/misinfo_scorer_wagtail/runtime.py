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
        self._seen: dict[str, dict[str, Any]] = {}  # results by key when there is no store

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

    def score(self, article: Article, source: str = "wagtail", key: str | None = None) -> dict[str, Any]:
        """Score (or reuse the result stored under the same key: the same revision, or without a
        revision the same content) and return the response body."""
        key = key or delivery_key(article)
        store = self.store
        with self._lock:  # one article at a time, and the check and the save go together
            previous = store.by_key(key) if store is not None else self._seen.get(key)
            if previous is not None:
                return previous.body if isinstance(previous, StoredResult) else previous
            result = self._get_scorer().score(article)
            decision = decide(result, self.config.thresholds)
            body = {"decision": decision.decision, "decision_reasons": decision.reasons, **result.to_dict()}
            if store is not None:
                store.save(StoredResult(article.id, body, article.text, article.title, article.url, source, key,
                                        time.time()))
            else:
                self._seen[key] = body
                while len(self._seen) > 256:  # keep the latest only
                    self._seen.pop(next(iter(self._seen)))
        return body


_shared: PageScorer | None = None
_shared_lock = threading.Lock()


def shared(config: Config) -> PageScorer:
    """The process's PageScorer, built on first use and again only when the model or the store
    changes; it decides with the ``config`` given (settings may change, e.g. in tests)."""
    global _shared
    with _shared_lock:
        if _shared is None or (_shared.config.model, _shared.config.db) != (config.model, config.db):
            _shared = PageScorer(config)
        else:
            _shared.config = config
        return _shared
