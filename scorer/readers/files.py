"""Paths to records: files by kind, directories recursively, archives member by member, stdin."""

from __future__ import annotations

import gzip
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, cast

from scorer.readers.archives import read_tar, read_zip
from scorer.readers.jsonl import read_jsonl
from scorer.readers.records import ReadOptions, Record, RecordError, document
from scorer.readers.tables import read_csv
from scorer.readers.warc import read_warc

TEXT = {".txt", ".md", ".text"}
HTML = {".html", ".htm"}
JSONL = {".jsonl", ".ndjson"}


def kind_of(name: str) -> str | None:
    """The kind of input a file name says it is, or None for a file that is not an input."""
    lower = name.lower()
    suffixes = PurePosixPath(lower).suffixes
    last = suffixes[-1] if suffixes else ""
    inner = suffixes[-2] if len(suffixes) > 1 else ""
    if last in JSONL or (last == ".gz" and inner in JSONL):
        return "jsonl"
    if last == ".csv" or (last == ".gz" and inner == ".csv"):
        return "csv"
    if last == ".warc" or (last == ".gz" and inner == ".warc"):
        return "warc"
    if last == ".zip":
        return "zip"
    if last == ".tar" or lower.endswith((".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")):
        return "tar"
    if last in HTML:
        return "html"
    if last in TEXT:
        return "text"
    return None


def _stem(name: str) -> str:
    p = PurePosixPath(name)
    return str(p.with_suffix("")) if p.suffix else name


def read_stream(stream: IO[bytes], kind: str, record_id: str, options: ReadOptions) -> Iterator[Record]:
    """Records from an open byte stream of a known kind (a file, an archive member, stdin)."""
    if kind == "jsonl":
        yield from read_jsonl(stream, record_id, options)
    elif kind == "csv":
        yield from read_csv(stream, record_id, options)
    elif kind == "warc":
        yield from read_warc(stream, record_id, options)
    else:
        yield document(stream.read(), kind, record_id, options)


def _member(stream: IO[bytes], kind: str, member_id: str, options: ReadOptions) -> Iterator[Record]:
    if kind in ("zip", "tar"):
        yield RecordError(member_id, "archives inside archives are not read; unpack the inner one first")
        return
    yield from read_stream(stream, kind, member_id, options)


def read_file(path: Path, record_id: str, options: ReadOptions, kind: str | None = None) -> Iterator[Record]:
    """Records from one file on disk (unknown extensions are read as plain text)."""
    kind = kind or kind_of(path.name) or "text"
    try:
        if kind == "zip":
            yield from read_zip(path, record_id, options, kind_of, _member)
        elif kind == "tar":
            yield from read_tar(path, record_id, options, kind_of, _member)
        elif kind in ("jsonl", "csv") and path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as gz:
                yield from read_stream(cast(IO[bytes], gz), kind, record_id, options)
        else:
            with open(path, "rb") as stream:
                yield from read_stream(stream, kind, record_id, options)
    except (OSError, EOFError) as exc:  # includes a gzip stream that breaks off
        yield RecordError(f"{record_id}#error", f"could not read {path.name}: {exc}")


def read_path(path: str, options: ReadOptions) -> Iterator[Record]:
    """Records from one path: a file, a directory (recursively, sorted) or ``-``."""
    if path == "-":
        yield from read_stdin(sys.stdin.buffer, options)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(c for c in p.rglob("*") if c.is_file()):
            kind = kind_of(child.name)
            if kind is not None:
                rel = child.relative_to(p).as_posix()
                yield from read_file(child, rel if kind not in ("html", "text") else _stem(rel), options, kind)
        return
    if not p.exists():
        yield RecordError(id=path, error=f"no such file or directory: {path}")
        return
    kind = kind_of(p.name)
    yield from read_file(p, p.name if kind not in (None, "html", "text") else _stem(p.name), options, kind)


def read_stdin(stream: IO[bytes], options: ReadOptions) -> Iterator[Record]:
    """Standard input: JSONL when its first non-blank character is ``{``, else one plain-text article.

    Streams: a JSONL input of any size is read a line at a time.
    """
    head: list[bytes] = []
    line = stream.readline()
    while line and not line.strip():
        head.append(line)
        line = stream.readline()
    head.append(line)
    if line.lstrip().startswith(b"{"):
        yield from read_jsonl(itertools.chain(head, stream), "stdin", options)
    else:
        yield document(b"".join(head) + stream.read(), "text", "stdin", options)
