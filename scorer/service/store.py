"""Where scored results live: a small ``ResultStore`` interface and its SQLite implementation.

The interface is the seam for a real database later: the app only ever saves a result, reads the
latest one for an article, and claims a delivery key once (webhook idempotency). The SQLite store
is safe to share between threads and between worker processes on one host (WAL mode).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


@dataclass
class StoredResult:
    """One scored article as stored: the response body, and the text its offsets refer to."""

    article_id: str
    body: dict[str, Any]  # the score response: decision, decision_reasons and the contract's Result
    text: str
    title: str | None = None
    url: str | None = None
    source: str = "api"  # api, ghost, wordpress, strapi, contentful, wagtail
    key: str | None = None  # the delivery key it answered, for idempotent webhooks
    scored_at: float = 0.0  # Unix time


class ResultStore(Protocol):
    """What the service needs from storage."""

    def save(self, record: StoredResult) -> None:
        """Store a result; it becomes the latest for its article id."""

    def latest(self, article_id: str) -> StoredResult | None:
        """The most recent result for an article id, or None."""

    def by_key(self, key: str) -> StoredResult | None:
        """The result stored for a delivery key, or None."""

    def claim(self, key: str, retry_after: float = 600.0) -> bool:
        """Claim a delivery key: True the first time, False when it was claimed before.

        A claim older than ``retry_after`` seconds with no stored result (the process died mid-way)
        may be claimed again.
        """

    def release(self, key: str) -> None:
        """Forget a claim whose work failed, so a retry is processed again."""

    def ping(self) -> None:
        """Raise when the store cannot be used."""

    def close(self) -> None:
        """Release the connection."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL,
    body TEXT NOT NULL,
    text TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT NOT NULL,
    key TEXT,
    scored_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS results_article ON results (article_id, seq);
CREATE INDEX IF NOT EXISTS results_key ON results (key);
CREATE TABLE IF NOT EXISTS deliveries (
    key TEXT PRIMARY KEY,
    claimed_at REAL NOT NULL
);
"""


class SQLiteResultStore:
    """Results in one SQLite file (or ``:memory:``); every result is kept, the newest wins.

    One connection per store, guarded by a lock: statements are short, and SQLite serialises writers anyway.
    """

    def __init__(self, path: str | Path = "misinfo-scorer.sqlite3") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30.0, isolation_level=None)
        with self._lock:
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)

    def save(self, record: StoredResult) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO results (article_id, body, text, title, url, source, key, scored_at)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (
                    record.article_id,
                    json.dumps(record.body, ensure_ascii=False),
                    record.text,
                    record.title,
                    record.url,
                    record.source,
                    record.key,
                    record.scored_at or time.time(),
                ),
            )

    def latest(self, article_id: str) -> StoredResult | None:
        return self._one("SELECT * FROM results WHERE article_id = ? ORDER BY seq DESC LIMIT 1", article_id)

    def by_key(self, key: str) -> StoredResult | None:
        return self._one("SELECT * FROM results WHERE key = ? ORDER BY seq DESC LIMIT 1", key)

    def claim(self, key: str, retry_after: float = 600.0) -> bool:
        now = time.time()
        with self._lock:
            cur = self._conn.execute("INSERT OR IGNORE INTO deliveries (key, claimed_at) VALUES (?, ?)", (key, now))
            if cur.rowcount == 1:
                return True
            # one conditional statement, so two processes cannot both take over the same stale claim
            cur = self._conn.execute(
                "UPDATE deliveries SET claimed_at = ? WHERE key = ? AND claimed_at < ?"
                " AND NOT EXISTS (SELECT 1 FROM results WHERE key = ?)",
                (now, key, now - retry_after, key),
            )
            return cur.rowcount == 1

    def release(self, key: str) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM deliveries WHERE key = ?", (key,))

    def ping(self) -> None:
        with self._lock:
            self._conn.execute("SELECT 1").fetchone()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _one(self, sql: str, arg: str) -> StoredResult | None:
        with self._lock:
            cur = self._conn.execute(sql, (arg,))
            row = cur.fetchone()
            names = [d[0] for d in cur.description] if row else []
        if row is None:
            return None
        data = dict(zip(names, row, strict=True))
        return StoredResult(
            article_id=data["article_id"],
            body=json.loads(data["body"]),
            text=data["text"],
            title=data["title"],
            url=data["url"],
            source=data["source"],
            key=data["key"],
            scored_at=data["scored_at"],
        )
