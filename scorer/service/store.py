"""Where scored results and accepted webhook deliveries live: the ``ResultStore`` interface and its
SQLite implementation.

The interface is the seam for a real database later. Results are kept per (source, article id): a
CMS's result and an API caller's result for the same id never replace each other. Deliveries are
the webhooks the service acknowledged: each is committed, with the article it carries, *before*
the CMS gets its 2xx, and stays unfinished until its result is saved, so a restarted service can
finish it (``take_unfinished``). The SQLite store is safe to share between threads and between
worker processes on one host (WAL mode).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

#: The source of results from ``/v1/score`` callers; every other source is a CMS.
API_SOURCE = "api"


@dataclass
class StoredResult:
    """One scored article as stored: the response body, and the text its offsets refer to."""

    article_id: str
    body: dict[str, Any]  # the score response: decision, decision_reasons and the contract's Result
    text: str
    title: str | None = None
    url: str | None = None
    source: str = API_SOURCE  # api, ghost, wordpress, strapi, contentful, wagtail
    key: str | None = None  # the delivery key it answered, for idempotent webhooks
    scored_at: float = 0.0  # Unix time


@dataclass
class Delivery:
    """An accepted webhook delivery: the article it carries (``Article`` fields as JSON) and its state."""

    key: str
    source: str
    article: dict[str, Any]
    attempts: int = 0  # how many times scoring it was started
    owner: str = ""  # the process that holds it (see ``scorer.service.deliveries.owner_id``)


class ResultStore(Protocol):
    """What the service needs from storage."""

    def save(self, record: StoredResult) -> None:
        """Store a result; it becomes the latest for its (source, article id). A delivery with the
        record's key is finished in the same transaction."""

    def latest(self, article_id: str, source: str | None = None) -> StoredResult | None:
        """The most recent result for an article id from ``source``; with no source, the most recent
        from a CMS, else the most recent from the API (an API call never hides a CMS's result)."""

    def by_key(self, key: str) -> StoredResult | None:
        """The result stored for a delivery key, or None."""

    def accept(self, key: str, source: str, article: dict[str, Any], owner: str,
               is_gone: Callable[[str], bool], lease: float) -> bool:
        """Commit a delivery before it is acknowledged; True when this process now holds it.

        False when it is finished already, or unfinished and held by a live process within its
        lease. An unfinished delivery whose holder is gone (``is_gone(owner)``), whose lease ran
        out, or that was given up on is taken over: its redelivery is scored.
        """

    def take_unfinished(self, owner: str, is_gone: Callable[[str], bool], lease: float,
                        limit: int = 100) -> list[Delivery]:
        """Take over unfinished deliveries whose holder is gone or whose lease ran out (each one's
        ``attempts`` counts this take-over)."""

    def attempt(self, key: str, owner: str) -> int:
        """Record that scoring a delivery this process holds starts again; the attempts so far."""

    def give_up(self, key: str, error: str) -> None:
        """Mark a delivery failed for good (it is not taken over again, but a redelivery is scored)."""

    def save_unattached(self, key: str, record: StoredResult) -> None:
        """Keep a result for content that has no article id yet (a post checked before it is created)."""

    def take_unattached(self, key: str) -> StoredResult | None:
        """Take (and forget) the unattached result kept under ``key``."""

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
CREATE TABLE IF NOT EXISTS webhook_deliveries (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    article TEXT NOT NULL,
    state TEXT NOT NULL,            -- pending, done, failed
    owner TEXT NOT NULL,
    leased_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    accepted_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_deliveries_state ON webhook_deliveries (state);
CREATE TABLE IF NOT EXISTS unattached_results (
    key TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    saved_at REAL NOT NULL
);
DROP TABLE IF EXISTS deliveries;
"""
# ``deliveries`` held the claims of earlier versions (keys only, no payload): nothing to finish.

#: Unattached results older than this are dropped (the post they were for was never created).
UNATTACHED_TTL = 24 * 3600.0


class SQLiteResultStore:
    """Results in one SQLite file (or ``:memory:``); every result is kept, the newest wins.

    One connection per store, guarded by a lock: statements are short, and SQLite serialises
    writers anyway. ``synchronous=FULL``: an accepted delivery survives a power cut, not only a crash.
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
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.executescript(_SCHEMA)

    # -- results -----------------------------------------------------------------------------------

    def save(self, record: StoredResult) -> None:
        with self._lock, self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute(
                "INSERT INTO results (article_id, body, text, title, url, source, key, scored_at)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (record.article_id, json.dumps(record.body, ensure_ascii=False), record.text, record.title,
                 record.url, record.source, record.key, record.scored_at or time.time()),
            )
            if record.key is not None:
                self._conn.execute("UPDATE webhook_deliveries SET state = 'done', error = NULL WHERE key = ?",
                                   (record.key,))

    def latest(self, article_id: str, source: str | None = None) -> StoredResult | None:
        if source is not None:
            return self._one("SELECT * FROM results WHERE article_id = ? AND source = ? ORDER BY seq DESC LIMIT 1",
                             article_id, source)
        return self._one("SELECT * FROM results WHERE article_id = ? ORDER BY (source = ?), seq DESC LIMIT 1",
                         article_id, API_SOURCE)

    def by_key(self, key: str) -> StoredResult | None:
        return self._one("SELECT * FROM results WHERE key = ? ORDER BY seq DESC LIMIT 1", key)

    # -- deliveries ----------------------------------------------------------------------------------

    def accept(self, key: str, source: str, article: dict[str, Any], owner: str,
               is_gone: Callable[[str], bool], lease: float) -> bool:
        now = time.time()
        payload = json.dumps(article, ensure_ascii=False)
        with self._lock, self._conn:
            self._conn.execute("BEGIN IMMEDIATE")  # read and write as one step, across processes
            row = self._conn.execute("SELECT state, owner, leased_at FROM webhook_deliveries WHERE key = ?",
                                     (key,)).fetchone()
            if row is None:
                self._conn.execute(
                    "INSERT INTO webhook_deliveries (key, source, article, state, owner, leased_at, attempts,"
                    " accepted_at) VALUES (?, ?, ?, 'pending', ?, ?, 0, ?)",
                    (key, source, payload, owner, now, now),
                )
                return True
            state, holder, leased_at = row
            if state == "done":
                return False
            if state == "pending" and not (holder != owner and (is_gone(holder) or leased_at < now - lease)):
                return False
            # given up on, or held by a process that died: the redelivery is scored (attempts start again)
            self._conn.execute(
                "UPDATE webhook_deliveries SET state = 'pending', owner = ?, leased_at = ?, attempts = 0,"
                " article = ?, error = NULL WHERE key = ?",
                (owner, now, payload, key),
            )
            return True

    def take_unfinished(self, owner: str, is_gone: Callable[[str], bool], lease: float,
                        limit: int = 100) -> list[Delivery]:
        now = time.time()
        taken: list[Delivery] = []
        with self._lock, self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            rows = self._conn.execute(
                "SELECT key, source, article, attempts, owner, leased_at FROM webhook_deliveries"
                " WHERE state = 'pending' AND owner != ? ORDER BY accepted_at",
                (owner,),
            ).fetchall()
            for key, source, article, attempts, holder, leased_at in rows:
                if len(taken) >= limit:
                    break
                if not (is_gone(holder) or leased_at < now - lease):
                    continue
                self._conn.execute(
                    "UPDATE webhook_deliveries SET owner = ?, leased_at = ?, attempts = attempts + 1 WHERE key = ?",
                    (owner, now, key),
                )
                taken.append(Delivery(key, source, json.loads(article), attempts + 1, owner))
        return taken

    def attempt(self, key: str, owner: str) -> int:
        with self._lock, self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute(
                "UPDATE webhook_deliveries SET attempts = attempts + 1, leased_at = ? WHERE key = ? AND owner = ?",
                (time.time(), key, owner),
            )
            row = self._conn.execute("SELECT attempts FROM webhook_deliveries WHERE key = ?", (key,)).fetchone()
        return int(row[0]) if row else 0

    def give_up(self, key: str, error: str) -> None:
        with self._lock:
            self._conn.execute("UPDATE webhook_deliveries SET state = 'failed', error = ? WHERE key = ?"
                               " AND state = 'pending'", (error[:2000], key))

    def delivery_state(self, key: str) -> tuple[str, int] | None:
        """(state, attempts) of a delivery, or None (for tests and operators)."""
        with self._lock:
            row = self._conn.execute("SELECT state, attempts FROM webhook_deliveries WHERE key = ?",
                                     (key,)).fetchone()
        return (str(row[0]), int(row[1])) if row else None

    # -- unattached results ------------------------------------------------------------------------------

    def save_unattached(self, key: str, record: StoredResult) -> None:
        now = time.time()
        blob = json.dumps({"article_id": record.article_id, "body": record.body, "text": record.text,
                           "title": record.title, "url": record.url, "source": record.source,
                           "key": record.key, "scored_at": record.scored_at}, ensure_ascii=False)
        with self._lock, self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute("DELETE FROM unattached_results WHERE saved_at < ?", (now - UNATTACHED_TTL,))
            self._conn.execute("INSERT OR REPLACE INTO unattached_results (key, record, saved_at) VALUES (?, ?, ?)",
                               (key, blob, now))

    def take_unattached(self, key: str) -> StoredResult | None:
        with self._lock, self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            row = self._conn.execute("SELECT record FROM unattached_results WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            self._conn.execute("DELETE FROM unattached_results WHERE key = ?", (key,))
        return StoredResult(**json.loads(row[0]))

    # -- housekeeping -----------------------------------------------------------------------------------

    def ping(self) -> None:
        with self._lock:
            self._conn.execute("SELECT 1").fetchone()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _one(self, sql: str, *args: str) -> StoredResult | None:
        with self._lock:
            cur = self._conn.execute(sql, args)
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
