"""Result files: JSONL (default), CSV and Parquet, chosen by extension; resumable where possible.

JSONL and CSV lines are written whole, one ``write`` system call each, and flushed, so a run
killed at any moment leaves complete lines only (or, at worst, one cut-off last line, which a
resumed run removes before it appends).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any, Protocol

from scorer.contract import Result


class OutputError(Exception):
    """The output cannot be written or resumed (the run cannot proceed)."""


class ResultWriter(Protocol):
    def write(self, result: Result) -> None: ...

    def close(self) -> None: ...


def output_kind(path: str | None) -> str:
    """``jsonl``, ``csv`` or ``parquet`` from the file name (stdout and unknown names: JSONL)."""
    if not path or path == "-":
        return "jsonl"
    lower = path.lower()
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith(".parquet"):
        return "parquet"
    return "jsonl"


def open_writer(path: str | None, resume: bool = False) -> tuple[ResultWriter, set[str]]:
    """A writer for ``path`` (None or ``-``: standard output) and the ids it already holds.

    :param resume: keep what the file holds (dropping a cut-off last line) and append.
    :raises OutputError: the file cannot be opened, or cannot be resumed in this format.
    """
    kind = output_kind(path)
    if path is None or path == "-":
        if resume:
            raise OutputError("--resume needs an output file (-o FILE)")
        return JsonlWriter(sys.stdout.fileno(), close_fd=False), set()
    try:
        if kind == "parquet":
            if resume:
                raise OutputError("Parquet files cannot be appended to; resume a run into .jsonl or .csv")
            return ParquetWriter(Path(path)), set()
        done: set[str] = set()
        if resume and os.path.exists(path):
            done = _recover_jsonl(path) if kind == "jsonl" else _recover_csv(path)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from exc
    if kind == "csv":
        return CsvWriter(fd, write_header=not done and os.fstat(fd).st_size == 0), done
    return JsonlWriter(fd), done


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _recover_jsonl(path: str) -> set[str]:
    """Ids of the complete lines; a cut-off or unreadable last line is truncated away."""
    ids: set[str] = set()
    good_end = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(line)
    if good_end != os.path.getsize(path):
        os.truncate(path, good_end)
    return ids


CSV_COLUMNS = ["id", "score", "band", "findings", "top_findings", "errors", "model_version", "signals"]


def _recover_csv(path: str) -> set[str]:
    """Ids of the complete rows; the file is rewritten without a cut-off last row."""
    with open(path, encoding="utf-8", newline="") as fh:
        data = fh.read()
    rows = list(csv.reader(io.StringIO(data)))
    complete = data.endswith("\n")
    if rows and not complete:
        rows = rows[:-1]
    if rows and rows[0] == CSV_COLUMNS:
        rows = rows[1:]
    rows = [r for r in rows if len(r) == len(CSV_COLUMNS)]
    if not complete:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
        tmp = f"{path}.tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(buf.getvalue())
        os.replace(tmp, path)
    return {r[0] for r in rows}


class JsonlWriter:
    """One JSON object per line."""

    def __init__(self, fd: int, close_fd: bool = True) -> None:
        self.fd = fd
        self.close_fd = close_fd

    def write(self, result: Result) -> None:
        line = json.dumps(result.to_dict(), ensure_ascii=False) + "\n"
        _write_all(self.fd, line.encode("utf-8"))

    def close(self) -> None:
        if self.close_fd:
            os.close(self.fd)


def csv_row(result: Result) -> list[str]:
    """A result as one CSV row: the headline columns, with signals as JSON."""
    data = result.to_dict()
    top = sorted(result.findings, key=lambda f: -f.severity)[:3]
    return [
        data["id"],
        "" if data["score"] is None else str(data["score"]),
        data["band"] or "",
        str(len(result.findings)),
        " | ".join(f"[{f.signal}/{f.check}] {f.message}" if f.check else f"[{f.signal}] {f.message}" for f in top),
        " | ".join(f"{e.plugin}: {e.error}" for e in result.errors),
        (data["model"] or {}).get("version", ""),
        json.dumps(data["signals"], sort_keys=True),
    ]


class CsvWriter:
    """A spreadsheet-friendly summary per result (full detail is in JSONL)."""

    def __init__(self, fd: int, write_header: bool) -> None:
        self.fd = fd
        if write_header:
            self._row(CSV_COLUMNS)

    def _row(self, row: list[str]) -> None:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(row)
        _write_all(self.fd, buf.getvalue().encode("utf-8"))

    def write(self, result: Result) -> None:
        self._row(csv_row(result))

    def close(self) -> None:
        os.close(self.fd)


class ParquetWriter:
    """Row groups of results; nested fields (findings, signals, ...) as JSON strings."""

    BATCH = 1000

    def __init__(self, path: Path) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise OutputError("Parquet output needs pyarrow: pip install 'misinfo-scorer[parquet]'") from exc
        self.pa, self.pq = pa, pq
        self.schema = pa.schema([
            ("id", pa.string()), ("score", pa.float64()), ("band", pa.string()),
            ("findings", pa.string()), ("signals", pa.string()), ("contributions", pa.string()),
            ("model", pa.string()), ("errors", pa.string()), ("meta", pa.string()),
        ])
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, result: Result) -> None:
        data = result.to_dict()
        self.rows.append({
            "id": data["id"], "score": data["score"], "band": data["band"],
            **{k: json.dumps(data[k], ensure_ascii=False)
               for k in ("findings", "signals", "contributions", "model", "errors", "meta")},
        })
        if len(self.rows) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
