"""Byte streams read within limits: one record never holds more than the run allows, however large
a file, an archive member or a line claims to be (a zip member that inflates to a gigabyte is read
only up to the limit)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO


class _Borrowed(io.BufferedReader):
    """A buffered view of a stream that the caller still owns: closing the view (or dropping it)
    leaves the stream open."""

    def close(self) -> None:
        pass


def buffered(stream: IO[bytes]) -> io.BufferedReader:
    """``stream`` with ``peek`` and a bounded ``readline``; the caller keeps ownership of ``stream``."""
    if isinstance(stream, io.BufferedReader):
        return stream
    return _Borrowed(stream)  # type: ignore[arg-type]


def read_capped(stream: IO[bytes], limit: int) -> bytes | None:
    """Up to ``limit`` bytes of ``stream``, or None when it holds more (the rest is left unread)."""
    parts: list[bytes] = []
    left = limit + 1
    while left > 0:
        piece = stream.read(left)
        if not piece:
            break
        parts.append(piece)
        left -= len(piece)
    return None if left <= 0 else b"".join(parts)


def skip_line(stream: IO[bytes], chunk: int = 1 << 16) -> None:
    """Read past the rest of the current line without holding it."""
    while True:
        piece = stream.readline(chunk)
        if not piece or piece.endswith(b"\n"):
            return


def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream`` (newline kept); a line longer than ``limit`` bytes is read past and
    given as None, so the caller can report it without ever holding it."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            skip_line(stream)
            yield None
        else:
            yield line
