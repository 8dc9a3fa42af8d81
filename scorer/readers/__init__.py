"""Reading inputs: every record a reader meets yields exactly one item, so every record gets
exactly one result line.

Records come out in a stable order (paths in the order given; directories sorted; archives in
their own order), with ids that are unique within a run: the record's own id, else one derived
from the path and position (``file.jsonl:17``, ``archive.zip/member``), with ``#2``, ``#3`` ...
added to repeats.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from scorer.readers.files import kind_of, read_path
from scorer.readers.records import RawRecord, ReadOptions, Record, RecordError, to_article

__all__ = [
    "RawRecord",
    "ReadOptions",
    "Record",
    "RecordError",
    "kind_of",
    "read_paths",
    "to_article",
    "unique_ids",
]


def read_paths(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Record]:
    """Records from each path in turn (``-`` is standard input), with unique ids."""
    options = options or ReadOptions()
    yield from unique_ids(rec for path in paths for rec in read_path(path, options))


def unique_ids(records: Iterable[Record]) -> Iterator[Record]:
    """Make ids unique within a run (``id``, ``id#2``, ...), so every result line can be told apart.

    Deterministic for the same inputs, so a resumed run names every record as the first run did.
    """
    seen: dict[str, int] = {}
    for record in records:
        n = seen.get(record.id, 0) + 1
        seen[record.id] = n
        if n > 1:
            new_id = f"{record.id}#{n}"
            while new_id in seen:  # an input id that already looks like a suffixed one
                n += 1
                new_id = f"{record.id}#{n}"
            seen[new_id] = 1
            record = record.with_id(new_id)
        yield record
