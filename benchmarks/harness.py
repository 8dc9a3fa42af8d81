"""What the benchmark scripts share: where ../shared/data is, reading it, and timing a signal over docs."""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def require(relative: str) -> Path:
    """The path of a shared data file, or exit with a message saying it is missing."""
    path = DATA / relative
    if not path.is_file():
        sys.exit(f"benchmark data not found: {path} (../shared/data ships beside the repo, not in it)")
    return path


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSONL file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def timed(docs: Iterable[Doc], work: Callable[[Doc], T], label: str) -> Iterator[tuple[Doc, T]]:
    """``(doc, work(doc))`` for each parsed doc; at the end, the total time and ``work``'s own time
    per text go to standard error under ``label``."""
    started = time.perf_counter()
    work_seconds = 0.0
    count = 0
    for doc in docs:
        t0 = time.perf_counter()
        out = work(doc)
        work_seconds += time.perf_counter() - t0
        count += 1
        yield doc, out
    total = time.perf_counter() - started
    print(f"[{count} texts in {total:.1f} s; {label} itself {1000 * work_seconds / max(count, 1):.2f} ms/text]",
          file=sys.stderr)


class CopyFinder:
    """Finds copies of texts among reference texts: another scrape of the same article (other boilerplate,
    other quotation marks, a line more or less) shares most of its word 8-grams with the original.

    ``copy_of(text)`` gives the reference id sharing the largest share of the text's 8-grams, and that
    share; a text whose share is at least ``threshold`` (default 0.3) is a copy. Case, punctuation and
    spacing are ignored.
    """

    N = 8

    def __init__(self, texts: Iterable[tuple[str, str]] = (), threshold: float = 0.3) -> None:
        self.threshold = threshold
        self._index: dict[int, set[str]] = {}
        for ident, text in texts:
            self.add(ident, text)

    def add(self, ident: str, text: str) -> None:
        """One more reference text."""
        for h in self._shingles(text):
            self._index.setdefault(h, set()).add(ident)

    @classmethod
    def _shingles(cls, text: str) -> set[int]:
        words = re.findall(r"\w+", text.lower())
        return {hash(tuple(words[i : i + cls.N])) for i in range(max(0, len(words) - cls.N + 1))}

    def copy_of(self, text: str) -> tuple[str | None, float]:
        """The reference id sharing most of ``text``'s 8-grams, and the share (None, 0.0 when none)."""
        shingles = self._shingles(text)
        counts = Counter(i for h in shingles for i in self._index.get(h, ()))
        if not counts or not shingles:
            return None, 0.0
        ident, n = counts.most_common(1)[0]
        return ident, n / len(shingles)

    def is_copy(self, text: str) -> bool:
        """True when ``text`` shares at least ``threshold`` of its 8-grams with one reference text."""
        return self.copy_of(text)[1] >= self.threshold
