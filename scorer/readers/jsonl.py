"""JSON Lines: one article object per line (``.jsonl``, ``.ndjson``, gzip-compressed or not)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from scorer.readers.records import RawRecord, ReadOptions, Record, RecordError


def read_jsonl(lines: Iterable[bytes], id_base: str, options: ReadOptions) -> Iterator[Record]:
    """One record per non-blank line; a line that is not a JSON object yields a RecordError.

    Default ids are ``<id_base>:<line number>``.
    """
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        default_id = f"{id_base}:{lineno}"
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield RecordError(id=default_id, error=f"line {lineno} is not valid JSON: {exc}")
            continue
        if not isinstance(data, dict):
            yield RecordError(id=default_id, error=f"line {lineno} is not a JSON object")
            continue
        yield RawRecord(data, default_id, options.published)
