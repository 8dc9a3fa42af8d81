"""CSV: one article per row, columns named as article fields or mapped with ``--field``."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import IO

from scorer.readers.records import RawRecord, ReadOptions, Record, RecordError

ARTICLE_FIELDS = ("id", "text", "html", "title", "published", "url", "source", "authors", "language")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies exceed csv's 128 KiB default


def read_csv(stream: IO[bytes], id_base: str, options: ReadOptions) -> Iterator[Record]:
    """One record per data row. Default ids are ``<id_base>:<row number>`` (the header is row 0).

    Columns are taken by article field name, or through ``options.fields`` (field → column), e.g.
    news-please's ``maintext`` and ``date_publish``. Other columns pass through to ``meta``.
    """
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield RecordError(id=f"{id_base}:0", error=f"the CSV header cannot be read: {exc}")
        return
    column_for = {f: options.fields.get(f, f) for f in ARTICLE_FIELDS}
    missing = [c for f, c in options.fields.items() if c not in header]
    if missing:
        yield RecordError(id=f"{id_base}:0", error=f"no such CSV column: {', '.join(missing)} (columns: {header})")
        return
    field_of = {column: f for f, column in column_for.items() if column in header}
    row_no = 0
    while True:
        row_no += 1
        default_id = f"{id_base}:{row_no}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RecordError(id=default_id, error=f"row {row_no} cannot be read: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            row_no -= 1
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
        yield RawRecord(data, default_id, options.published)
