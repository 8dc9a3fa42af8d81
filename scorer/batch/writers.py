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
import stat
import sys
from collections.abc import Callable, Iterator
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


def open_writer(
    path: str | None, resume: bool = False, notes: list[str] | None = None
) -> tuple[ResultWriter, set[str]]:
    """A writer for ``path`` (None or ``-``: standard output) and the ids it already holds.

    Without ``resume`` an existing file is replaced (``earlier_results`` says whether it held any).

    :param resume: keep what the file holds and append. A cut-off last line is dropped; a damaged
        line anywhere else is moved to ``FILE.damaged`` (its record is scored again) and said in ``notes``.
    :raises OutputError: the file cannot be opened, or cannot be resumed in this format.
    """
    kind = output_kind(path)
    if path is None or path == "-":
        if resume:
            raise OutputError("--resume needs an output file (-o FILE)")
        return JsonlWriter(sys.stdout.fileno(), "standard output", close_fd=False), set()
    try:
        if kind == "parquet":
            if resume:
                raise OutputError("Parquet files cannot be appended to; resume a run into .jsonl or .csv")
            return ParquetWriter(Path(path)), set()
        done: set[str] = set()
        if resume and os.path.exists(path):
            done, moved = _recover_jsonl(path) if kind == "jsonl" else _recover_csv(path)
            if moved and notes is not None:
                notes.append(f"{moved} damaged line{'s' if moved > 1 else ''} of {path} moved to {path}.damaged; "
                             "their records are scored again")
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    if kind == "csv":
        return CsvWriter(fd, path, write_header=not done and os.fstat(fd).st_size == 0), done
    return JsonlWriter(fd, path), done


def earlier_results(path: str) -> int:
    """Bytes a regular file at ``path`` holds (0 for none, an empty file, ``/dev/null``)."""
    try:
        st = os.stat(path)
    except OSError:
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


def refuse_input_as_output(path: str | None, inputs: list[str], is_input: Callable[[str], bool]) -> None:
    """Refuse an output file that is one of the inputs, or that a run would read back as an input
    because it lies inside an input folder (writing it would destroy, or feed on, the inputs).

    :param is_input: whether a file of that name is read as input in a folder.
    :raises OutputError: it is.
    """
    if path is None or path == "-":
        return
    target = Path(path).resolve()
    for given in inputs:
        if given == "-" or not os.path.exists(given):
            continue
        source = Path(given)
        if source.is_dir():
            if is_input(path) and target.is_relative_to(source.resolve()):
                raise OutputError(f"the output {path} is inside the input folder {given}: the run would read its "
                                  "own results as articles; write it elsewhere")
        elif target.exists() and os.path.samefile(target, source):
            raise OutputError(f"the output {path} is the input {given}: writing it would destroy the input; "
                              "write the results elsewhere")


def _write_all(fd: int, data: bytes, name: str) -> None:
    view = memoryview(data)
    try:
        while view:
            n = os.write(fd, view)
            view = view[n:]
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {name}: {exc.strerror or exc}") from exc


def _line_id(line: bytes) -> str | None:
    """The id of a complete result line, or None for a damaged one."""
    if not line.endswith(b"\n"):
        return None
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    return data["id"]


def _recover_jsonl(path: str) -> tuple[set[str], int]:
    """Ids of the complete lines and the number of damaged lines moved aside.

    A cut-off last line (the mark a killed run leaves) is truncated away; any other line that is
    not a result is moved to ``FILE.damaged``, never silently dropped with what follows it.
    """
    ids: set[str] = set()
    damaged: list[int] = []  # line numbers
    good_end = size = 0
    with open(path, "rb") as fh:
        for number, line in enumerate(fh):
            size += len(line)
            if not line.strip():
                continue
            rid = _line_id(line)
            if rid is None:
                damaged.append(number)
            else:
                ids.add(rid)
                good_end = size
    if not damaged:
        return ids, 0
    if damaged == [number] and not line.endswith(b"\n"):  # only the cut-off last line
        os.truncate(path, good_end)
        return ids, 0
    bad = set(damaged)
    tmp = f"{path}.tmp"
    with open(path, "rb") as src, open(tmp, "wb") as keep, open(f"{path}.damaged", "ab") as aside:
        for number, line in enumerate(src):
            if number in bad:
                aside.write(line if line.endswith(b"\n") else line + b"\n")
            elif line.strip():
                keep.write(line)
    os.replace(tmp, path)
    return ids, len(bad)


CSV_COLUMNS = ["id", "score", "band", "findings", "top_findings", "errors", "model_version", "signals"]


def _recover_csv(path: str) -> tuple[set[str], int]:
    """Ids of the complete rows and the number of damaged rows moved aside; the file is rewritten
    (streamed) without a cut-off last row and with every other damaged row moved to ``FILE.damaged``."""
    complete = True  # the last row ends in a newline (a killed run leaves it without one)
    if os.path.getsize(path):
        with open(path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            complete = fh.read(1) == b"\n"
    ids: set[str] = set()
    rows: list[list[str]] = []
    moved = 0
    tmp = f"{path}.tmp"
    with open(path, encoding="utf-8", errors="replace", newline="") as src, \
            open(tmp, "w", encoding="utf-8", newline="") as keep:
        reader = csv.reader(src)
        writer = csv.writer(keep, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        previous: list[str] | None = None
        for row in _rows(reader):
            if previous is not None:
                moved += _keep_row(previous, writer, ids, rows)
            previous = row
        if previous is not None and complete:
            moved += _keep_row(previous, writer, ids, rows)
    if rows:
        with open(f"{path}.damaged", "a", encoding="utf-8", newline="") as aside:
            csv.writer(aside, lineterminator="\n").writerows(rows)
    os.replace(tmp, path)
    return ids, moved


def _rows(reader: Any) -> Iterator[list[str]]:
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield ["<unreadable row>"]


def _keep_row(row: list[str], writer: Any, ids: set[str], damaged: list[list[str]]) -> int:
    """Write a result row on, or set a damaged one aside (1). The header and blank rows are neither."""
    if row == CSV_COLUMNS or not any(row):
        return 0
    if len(row) != len(CSV_COLUMNS) or not row[0]:
        damaged.append(row)
        return 1
    writer.writerow(row)
    ids.add(row[0])
    return 0


class JsonlWriter:
    """One JSON object per line."""

    def __init__(self, fd: int, name: str, close_fd: bool = True) -> None:
        self.fd = fd
        self.name = name
        self.close_fd = close_fd

    def write(self, result: Result) -> None:
        line = json.dumps(result.to_dict(), ensure_ascii=False) + "\n"
        _write_all(self.fd, line.encode("utf-8"), self.name)

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

    def __init__(self, fd: int, name: str, write_header: bool) -> None:
        self.fd = fd
        self.name = name
        if write_header:
            self._row(CSV_COLUMNS)

    def _row(self, row: list[str]) -> None:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(row)
        _write_all(self.fd, buf.getvalue().encode("utf-8"), self.name)

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
        self.path = path
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
            try:
                self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            except OSError as exc:
                raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
            self.rows = []

    def close(self) -> None:
        try:
            self._flush()
        finally:
            try:
                self.writer.close()
            except OSError as exc:
                raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
