"""Reading inputs into Articles: one record in, one Article (or one RecordError) out, in order.

Every record a reader meets yields exactly one item, so every record gets exactly one result line.
Ids missing from the input are derived from the path and position (``file.jsonl:17``) or the
file name, and are unique within a run.
"""

from __future__ import annotations

import contextlib
import gzip
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from scorer.contract import Article, ArticleError

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class RecordError:
    """A record that could not be read: it still yields one (error) result."""

    id: str
    error: str
    meta: dict[str, Any] = field(default_factory=dict)


Record = Article | RecordError


@dataclass
class ReadOptions:
    """Options that apply to every input: the reference date for articles that carry none."""

    published: str | None = None


def read_paths(paths: list[str], options: ReadOptions | None = None) -> Iterator[Record]:
    """Records from each path in turn (``-`` is standard input)."""
    options = options or ReadOptions()
    for path in paths:
        yield from read_path(path, options)


def read_path(path: str, options: ReadOptions) -> Iterator[Record]:
    """Records from one path: a file, a directory (recursively) or ``-``."""
    if path == "-":
        yield from read_stream(sys.stdin.buffer, "stdin", options)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(c for c in p.rglob("*") if c.is_file()):
            if _kind(child) is not None:
                yield from read_file(child, options, id_base=str(child.relative_to(p)))
        return
    if not p.exists():
        yield RecordError(id=path, error=f"no such file or directory: {path}")
        return
    yield from read_file(p, options, id_base=p.name)


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    last = suffixes[-1] if suffixes else ""
    if last == ".gz" and len(suffixes) > 1 and suffixes[-2] in JSONL_SUFFIXES:
        return "jsonl"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in HTML_SUFFIXES:
        return "html"
    if last in TEXT_SUFFIXES:
        return "text"
    return None


def read_file(path: Path, options: ReadOptions, id_base: str | None = None) -> Iterator[Record]:
    """Records from one file, by its extension (unknown extensions are read as plain text)."""
    id_base = id_base or path.name
    kind = _kind(path) or "text"
    try:
        if kind == "jsonl":
            opener = gzip.open if path.suffix.lower() == ".gz" else open
            with opener(path, "rb") as fh:
                yield from read_jsonl(fh, id_base, options)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield RecordError(id=id_base, error=f"could not read {path}: {exc.strerror or exc}")
        return
    yield _document(raw, kind, _stem_id(id_base), options)


def _stem_id(id_base: str) -> str:
    p = Path(id_base)
    return str(p.with_suffix("")) if p.suffix else id_base


def read_stream(stream: IO[bytes], name: str, options: ReadOptions) -> Iterator[Record]:
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
        yield from read_jsonl(itertools.chain(head, stream), name, options)
    else:
        yield _document(b"".join(head) + stream.read(), "text", name, options)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _document(raw: bytes, kind: str, art_id: str, options: ReadOptions) -> Record:
    text = _decode(raw)
    data: dict[str, Any] = {"id": art_id, "html" if kind == "html" else "text": text}
    if kind == "html":
        from scorer.html import html_date

        with contextlib.suppress(Exception):  # a page whose date cannot be read still gets scored
            data["published"] = html_date(text)
    return _article(data, art_id, options)


def _article(data: dict[str, Any], default_id: str, options: ReadOptions) -> Record:
    if options.published and not data.get("published"):
        data = {**data, "published": options.published}
    try:
        return Article.from_dict(data, default_id=default_id)
    except ArticleError as exc:
        rid = data.get("id") if isinstance(data.get("id"), str) and data.get("id") else default_id
        return RecordError(id=str(rid), error=str(exc))


def read_jsonl(fh: Iterable[bytes], id_base: str, options: ReadOptions) -> Iterator[Record]:
    """One record per non-blank line; a line that is not a JSON object yields a RecordError."""
    for lineno, line in enumerate(fh, start=1):
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
        yield _article(data, default_id, options)
