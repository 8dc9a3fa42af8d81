"""CSV: one article per row, columns named as article fields or mapped with ``--field``."""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator
from typing import IO

from scorer.readers.decoding import errors_for, sniff_encoding
from scorer.readers.records import ReadOptions, Record, RecordError, too_large
from scorer.readers.streams import buffered

ARTICLE_FIELDS = ("id", "text", "html", "title", "published", "url", "source", "authors", "language")


class _Lines:
    """The physical lines of a text stream for ``csv.reader``, none held beyond the record limit.

    A line over the limit, or a line that would take the row being read over it, is read past and
    handed on as a blank line; ``dropped`` counts them so the row can be reported.
    """

    def __init__(self, text: IO[str], limit: int) -> None:
        self.text = text
        self.limit = limit
        self.dropped = 0
        self.row_chars = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.text.readline(self.limit + 1)
        if not line:
            raise StopIteration
        if len(line) > self.limit and not line.endswith(("\n", "\r")):
            while (rest := self.text.readline(1 << 16)) and not rest.endswith(("\n", "\r")):
                pass
            self.dropped += 1
            return "\n"
        if self.row_chars + len(line) > self.limit:
            self.dropped += 1
            return "\n"
        self.row_chars += len(line)
        return line


def read_csv(stream: IO[bytes], id_base: str, options: ReadOptions) -> Iterator[Record]:
    """One record per data row. Default ids are ``<id_base>:<row number>`` (the header is row 0).

    Columns are taken by article field name, or through ``options.fields`` (field → column), e.g.
    news-please's ``maintext`` and ``date_publish``. Other columns pass through to ``meta``.
    A first row that names no text or html column is reported as row 0 (it may be an article of a
    file without a header), and a mapped column the header lacks makes every row an error result.
    """
    stream = buffered(stream)
    codec = sniff_encoding(stream.peek(4)[:4])
    text = io.TextIOWrapper(stream, encoding=codec, errors=errors_for(codec), newline="")
    try:
        yield from _rows(text, id_base, options)
    finally:
        # the caller owns the byte stream: the wrapper must neither close it nor linger (a stream the
        # caller closed first cannot be detached, and then there is nothing left to release)
        with contextlib.suppress(ValueError):
            text.detach()


def _rows(text: io.TextIOWrapper, id_base: str, options: ReadOptions) -> Iterator[Record]:
    limit = options.max_record_bytes
    csv.field_size_limit(max(csv.field_size_limit(), limit))
    lines = _Lines(text, limit)
    reader = csv.reader(lines)
    try:
        header = next(reader)
        while not any(cell.strip() for cell in header) and not lines.dropped:  # blank lines before the header
            header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield RecordError(id=f"{id_base}:0", error=f"the CSV header cannot be read: {exc}")
        return
    column_for = {f: options.fields.get(f, f) for f in ARTICLE_FIELDS}
    missing = [c for f, c in options.fields.items() if c not in header]
    if missing:
        problem = f"no such CSV column: {', '.join(missing)} (columns: {header})"[:500]
    elif lines.dropped:
        problem = too_large("the CSV header", options)
    else:
        problem = None
        if column_for["text"] not in header and column_for["html"] not in header:
            yield RecordError(
                id=f"{id_base}:0",
                error=f"the CSV's first row names no {column_for['text']!r} or {column_for['html']!r} column "
                      f"({', '.join(header)[:200]}); if the file has no header row, add one "
                      "(or map columns with --field text=COLUMN)",
            )
    field_of = {column: f for f, column in column_for.items() if column in header}
    row_no = 0
    while True:
        row_no += 1
        default_id = f"{id_base}:{row_no}"
        dropped, lines.row_chars = lines.dropped, 0
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RecordError(id=default_id, error=f"row {row_no} cannot be read: {exc}")
            continue
        if lines.dropped > dropped:
            yield RecordError(id=default_id, error=too_large(f"row {row_no}", options))
            continue
        if not any(cell.strip() for cell in row):
            row_no -= 1
            continue
        if problem:
            yield RecordError(id=default_id, error=problem)
            continue
        if len(row) != len(header):
            yield RecordError(id=default_id, error=f"row {row_no} has {len(row)} cells, the header {len(header)}")
            continue
        data: dict[str, object] = {}
        for column, cell in zip(header, row, strict=True):
            key = field_of.get(column, column)
            if key == "authors":
                data[key] = [a.strip() for a in cell.split(";") if a.strip()]
            elif cell != "" or key not in ARTICLE_FIELDS:
                data[key] = cell
        yield options.record(data, default_id)
