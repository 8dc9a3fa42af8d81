"""What the benchmark scripts share: where ../shared/data is, reading it, and timing a signal over docs."""

from __future__ import annotations

import json
import sys
import time
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
