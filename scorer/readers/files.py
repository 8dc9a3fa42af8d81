"""Paths to records: files by kind, directories recursively, archives member by member, stdin."""

from __future__ import annotations

import gzip
import itertools
import os
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, cast

from scorer.readers.archives import read_tar, read_zip
from scorer.readers.jsonl import read_jsonl
from scorer.readers.records import ReadOptions, Record, RecordError, document, too_large
from scorer.readers.streams import bounded_lines, buffered, read_capped
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
    if last in (".warc", ".arc") or (last == ".gz" and inner in (".warc", ".arc")):
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


def _record_id(rel: str, kind: str | None) -> str:
    """A file's id: its path, without the extension for a single article."""
    return _stem(rel) if kind in (None, "html", "text") else rel


def read_stream(stream: IO[bytes], kind: str, record_id: str, options: ReadOptions) -> Iterator[Record]:
    """Records from an open byte stream of a known kind (a file, an archive member, stdin)."""
    if kind == "jsonl":
        yield from read_jsonl(bounded_lines(buffered(stream), options.max_record_bytes), record_id, options)
    elif kind == "csv":
        yield from read_csv(stream, record_id, options)
    elif kind == "warc":
        yield from read_warc(stream, record_id, options)
    else:
        raw = read_capped(stream, options.max_record_bytes)
        if raw is None:
            yield RecordError(record_id, too_large("the file", options))
        else:
            yield document(raw, kind, record_id, options)


def _member(stream: IO[bytes], kind: str, member_id: str, options: ReadOptions) -> Iterator[Record]:
    if kind in ("zip", "tar"):
        yield RecordError(member_id, "archives inside archives are not read; unpack the inner one first")
        return
    yield from read_stream(stream, kind, member_id, options)


def read_file(path: Path, record_id: str, options: ReadOptions, kind: str | None = None) -> Iterator[Record]:
    """Records from one file on disk (unknown extensions are read as plain text)."""
    kind = kind or kind_of(path.name) or "text"
    count = 0
    try:
        if kind == "zip":
            yield from read_zip(path, record_id, options, kind_of, _member)
        elif kind == "tar":
            yield from read_tar(path, record_id, options, kind_of, _member)
        elif kind in ("jsonl", "csv") and path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as gz:
                for record in read_stream(cast(IO[bytes], gz), kind, record_id, options):
                    count += 1
                    yield record
        else:
            with open(path, "rb") as stream:
                for record in read_stream(stream, kind, record_id, options):
                    count += 1
                    yield record
    except (OSError, EOFError, zlib.error) as exc:  # includes a gzip stream that breaks off
        after = f" after {count} records" if count else ""
        yield RecordError(f"{record_id}#error", f"could not read {path.name}{after}: {exc}")


def walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """The input files under ``root`` in sorted order, each with None, or with the reason a folder
    or link cannot be read (so it is reported instead of silently skipped).

    Symbolic links to folders are followed, except into a folder that is already being walked.
    """
    found: list[tuple[Path, str | None]] = []
    pending: list[tuple[Path, tuple[tuple[int, int], ...]]] = [(root, ())]
    while pending:
        folder, ancestors = pending.pop()
        try:
            st = folder.stat()
            here = (*ancestors, (st.st_dev, st.st_ino))
            if here[-1] in ancestors:
                continue  # a link back up the tree
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as exc:
            found.append((folder, f"cannot read the folder: {exc.strerror or exc}; the files in it are not scored"))
            continue
        for entry in listed:
            path = Path(entry.path)
            try:
                if entry.is_dir():
                    pending.append((path, here))
                elif entry.is_file():
                    if kind_of(entry.name) is not None:
                        found.append((path, None))
                elif entry.is_symlink() and kind_of(entry.name) is not None:
                    found.append((path, f"a broken symbolic link (to {os.readlink(path)!r})"))
            except OSError as exc:
                if kind_of(entry.name) is not None:
                    found.append((path, f"cannot be read: {exc.strerror or exc}"))
    found.sort(key=lambda item: item[0])
    yield from found


def read_path(path: str, options: ReadOptions) -> Iterator[Record]:
    """Records from one path: a file, a directory (recursively, sorted) or ``-``."""
    if path == "-":
        yield from read_stdin(sys.stdin.buffer, options)
        return
    p = Path(path)
    if p.is_dir():
        for child, problem in walk(p):
            rel = child.relative_to(p).as_posix()
            kind = kind_of(child.name)
            if problem is not None:  # a folder keeps its whole name as its id; a file is named as when read
                rid = rel if child.is_dir() or kind is None else _record_id(rel, kind)
                yield RecordError(p.name or path if rel == "." else rid, f"{rel}: {problem}")
            else:
                yield from read_file(child, _record_id(rel, kind), options, kind)
        return
    if not p.exists():
        yield RecordError(id=path, error=f"no such file or directory: {path}")
        return
    kind = kind_of(p.name)
    yield from read_file(p, _record_id(p.name, kind), options, kind)


def read_stdin(stream: IO[bytes], options: ReadOptions) -> Iterator[Record]:
    """Standard input: JSONL when its first non-blank character is ``{``, else one plain-text article.

    Streams: a JSONL input of any size is read a line at a time.
    """
    stream = buffered(stream)
    lines = bounded_lines(stream, options.max_record_bytes)
    head: list[bytes | None] = []
    for line in lines:
        head.append(line)
        if line is None or line.strip():
            break
    if head and head[-1] is not None and head[-1].lstrip().startswith(b"{"):
        yield from read_jsonl(itertools.chain(head, lines), "stdin", options)
        return
    start = b"".join(line for line in head if line is not None)
    rest = None if None in head else read_capped(stream, options.max_record_bytes - len(start))
    if rest is None:
        yield RecordError("stdin", too_large("standard input", options))
    else:
        yield document(start + rest, "text", "stdin", options)
