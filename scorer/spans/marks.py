"""Marked articles for training span detectors: text plus the spans readers marked, by category.

Two sources, one shape (:class:`MarkedArticle`):

- an editor-gold folder (``articles.jsonl`` + ``gold.jsonl`` with quotes, the schema of
  ``../shared/data/editor_gold_dev``), read by :func:`from_gold_dir`;
- an offsets file (``models/training/*.marks.jsonl``): per article its id, the SHA-256 of its text and
  the marked spans as character offsets, with the texts read from the corpora they come from
  (``<data>/<corpus>/articles.jsonl``, the corpus being the part of the id before ``:``). The offsets
  file quotes nothing, so marks made on third-party articles can live in the repository while the
  articles stay where their terms allow. Read by :func:`from_offsets`, written by :func:`to_offsets`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class MarkedArticle:
    """One article's text and its marks as (category, start, end)."""

    id: str
    text: str
    marks: tuple[tuple[str, int, int], ...]

    def spans(self, category: str) -> list[tuple[int, int]]:
        """The marked spans of one category."""
        return [(s, e) for c, s, e in self.marks if c == category]


def place(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The span of the ``occurrence``-th copy of ``quote`` in ``text`` (1-based), or None."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(quote)


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def text_digest(text: str) -> str:
    """SHA-256 of an article's text (UTF-8), hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def from_gold_dir(folder: str | Path) -> list[MarkedArticle]:
    """The articles of an editor-gold folder with their marks placed (a quote not found is dropped)."""
    folder = Path(folder)
    texts = {a["id"]: a["text"] for a in _jsonl(folder / "articles.jsonl")}
    out = []
    for rec in _jsonl(folder / "gold.jsonl"):
        text = texts[rec["id"]]
        marks = []
        for an in rec.get("annotations", []):
            quotes = [(an["quote"], an.get("occurrence", 1))]
            if an.get("other_quote"):
                quotes.append((an["other_quote"], 1))
            for quote, occurrence in quotes:
                span = place(text, quote, occurrence)
                if span:
                    marks.append((an["category"], *span))
        out.append(MarkedArticle(rec["id"], text, tuple(marks)))
    return out


def to_offsets(articles: Iterable[MarkedArticle], path: str | Path) -> int:
    """Write the marks as offsets (no text); returns the number of articles written."""
    n = 0
    with Path(path).open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a.id, "sha256": text_digest(a.text), "marks": [list(m) for m in a.marks]}))
            f.write("\n")
            n += 1
    return n


def from_offsets(path: str | Path, data: str | Path) -> list[MarkedArticle]:
    """The marked articles of an offsets file, their texts read from the corpora under ``data``.

    :raises FileNotFoundError: a corpus the file needs is not under ``data``.
    :raises ValueError: an article is missing from its corpus or its text is not the one that was marked.
    """
    records = list(_jsonl(Path(path)))
    wanted: dict[str, set[str]] = {}
    for rec in records:
        wanted.setdefault(rec["id"].split(":", 1)[0], set()).add(rec["id"])
    texts: dict[str, str] = {}
    for corpus, ids in wanted.items():
        for art in _jsonl(Path(data) / corpus / "articles.jsonl"):
            if art.get("id") in ids and art["id"] not in texts:
                texts[art["id"]] = art.get("text") or ""
    out = []
    for rec in records:
        text = texts.get(rec["id"])
        if text is None:
            raise ValueError(f"{rec['id']}: not found in {data}")
        if text_digest(text) != rec["sha256"]:
            raise ValueError(f"{rec['id']}: the corpus text differs from the one that was marked")
        out.append(MarkedArticle(rec["id"], text, tuple((str(c), int(s), int(e)) for c, s, e in rec["marks"])))
    return out
