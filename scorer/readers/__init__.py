"""Reading inputs: every record a reader meets yields exactly one item, so every record gets
exactly one result line.

Records come out in a stable order (paths in the order given; directories sorted; archives in
their own order), with ids that are unique within a run: the record's own id, else one derived
from the path and position (``file.jsonl:17``, ``archive.zip/member``), with ``#2``, ``#3`` ...
added to repeats. A suffix never takes an id that a record of the inputs carries itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from scorer.readers.files import kind_of, read_path
from scorer.readers.records import (
    MAX_TEXT_CHARS,
    RawRecord,
    ReadOptions,
    Record,
    RecordError,
    to_article,
)

__all__ = [
    "MAX_TEXT_CHARS",
    "RawRecord",
    "ReadOptions",
    "Record",
    "RecordError",
    "kind_of",
    "read_paths",
    "to_article",
    "unique_ids",
]

#: An id that looks like a renamed repeat (``dup#2``).
_SUFFIXED = re.compile(r"#\d+\Z")


def read_paths(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Record]:
    """Records from each path in turn (``-`` is standard input), with unique ids."""
    options = options or ReadOptions()
    paths = list(paths)

    def suffixed_ids() -> set[str]:
        # read ahead once, only when a repeat must be renamed; standard input cannot be read twice
        return {r.id for path in paths if path != "-" for r in read_path(path, options) if _SUFFIXED.search(r.id)}

    yield from unique_ids((rec for path in paths for rec in read_path(path, options)), suffixed_ids)


def unique_ids(records: Iterable[Record], reserved: Callable[[], set[str]] | None = None) -> Iterator[Record]:
    """Make ids unique within a run (``id``, ``id#2``, ...), so every result line can be told apart.

    :param reserved: called once, at the first repeat: the ids of the form ``x#N`` that records
        carry themselves, which a renamed repeat must not take (a genuine ``dup#2`` keeps its id).

    Deterministic for the same inputs, so a resumed run names every record as the first run did.
    """
    seen: dict[str, int] = {}
    taken: set[str] | None = None
    for record in records:
        n = seen.get(record.id, 0) + 1
        seen[record.id] = n
        if n > 1:
            if taken is None:
                taken = reserved() if reserved is not None else set()
            new_id = f"{record.id}#{n}"
            while new_id in seen or new_id in taken:  # an id some record carries itself
                n += 1
                new_id = f"{record.id}#{n}"
            seen[record.id] = n
            seen[new_id] = 1
            record = record.with_id(new_id)
        yield record
