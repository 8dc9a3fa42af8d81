"""JSON Lines: one article object per line (``.jsonl``, ``.ndjson``, gzip-compressed or not)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from scorer.readers.records import ReadOptions, Record, RecordError, too_large

#: Nesting an article object may have: real metadata is a few levels deep, and deeper values
#: would only risk the recursion limits of the JSON and pickle code that pass results on.
MAX_DEPTH = 100


def read_jsonl(lines: Iterable[bytes | None], id_base: str, options: ReadOptions) -> Iterator[Record]:
    """One record per non-blank line; a line that is not a JSON object yields a RecordError.

    ``lines`` come from ``bounded_lines``: None stands for a line over the record limit, which is
    reported without being held. Default ids are ``<id_base>:<line number>``.
    """
    for lineno, line in enumerate(lines, start=1):
        default_id = f"{id_base}:{lineno}"
        if line is None:
            yield RecordError(id=default_id, error=too_large(f"line {lineno}", options))
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield RecordError(id=default_id, error=f"line {lineno} is not valid JSON: {str(exc)[:300]}")
            continue
        except ValueError as exc:  # e.g. an integer of more digits than int() converts
            yield RecordError(id=default_id, error=f"line {lineno} holds a value that cannot be read: {str(exc)[:300]}")
            continue
        except RecursionError:
            yield RecordError(id=default_id, error=f"line {lineno} is not valid JSON: it is nested too deeply")
            continue
        if not isinstance(data, dict):
            yield RecordError(id=default_id, error=f"line {lineno} is not a JSON object")
            continue
        problem = unpassable(data)
        if problem is not None:
            yield RecordError(id=default_id, error=f"line {lineno} {problem}")
            continue
        yield options.record(data, default_id)


def unpassable(value: Any, limit: int = MAX_DEPTH) -> str | None:
    """Why a parsed JSON value cannot be passed on, or None when it can.

    Two things parse but break what comes after: arrays and objects nested more than ``limit`` levels
    deep (the encoders that pass results on recurse), and an unpaired surrogate in a string or key
    (``"\\ud800"`` is legal JSON, but no text: writing a result that carries it fails). Iterative, so the
    check itself cannot exhaust the stack. The reason reads after "line 3" or "the JSON".
    """
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return "holds an unpaired surrogate (\\ud800-\\udfff), which is no text; send valid Unicode"
            continue
        if isinstance(item, dict):
            children: Iterable[Any] = [*item.keys(), *item.values()]
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return f"is nested more than {limit} levels deep"
        stack.extend((child, depth + 1) for child in children)
    return None
