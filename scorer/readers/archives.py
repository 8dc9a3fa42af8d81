"""Zip and tar archives: every member of a known kind is read as if it were a file on disk.

A member that cannot be read (bad CRC, truncated) yields one error record and the archive goes on;
an archive that cannot be opened, or whose stream breaks off, yields one error record for the rest.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, cast

from scorer.readers.records import ReadOptions, Record, RecordError

#: Reads one member: (stream, kind, member id, options) → records.
MemberReader = Callable[[IO[bytes], str, str, ReadOptions], Iterator[Record]]


def _member_id(archive_id: str, name: str) -> str:
    member = PurePosixPath(name)
    return f"{archive_id}/{member.with_suffix('') if member.suffix else member}"


def read_zip(
    path: Path, archive_id: str, options: ReadOptions, kind_of: Callable[[str], str | None], read_member: MemberReader
) -> Iterator[Record]:
    """Records from each member of a zip file, in the archive's order."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield RecordError(archive_id, f"not a readable zip archive: {exc}")
        return
    with archive:
        for info in archive.infolist():
            kind = None if info.is_dir() else kind_of(info.filename)
            if kind is None:
                continue
            member_id = _member_id(archive_id, info.filename)
            try:
                with archive.open(info) as stream:
                    # read members fully so a CRC error surfaces here, as this member's error
                    records = list(read_member(stream, kind, member_id, options))
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
                yield RecordError(member_id, f"zip member {info.filename!r} cannot be read: {exc}")
                continue
            yield from records


def _decompressed(raw: IO[bytes]) -> IO[bytes]:
    """The tar stream inside gzip, bzip2 or xz (by magic number), or the raw file."""
    magic = raw.read(6)
    raw.seek(0)
    if magic.startswith(b"\x1f\x8b"):
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw))
    if magic.startswith(b"BZh"):
        return cast(IO[bytes], bz2.BZ2File(raw))
    if magic.startswith(b"\xfd7zXZ"):
        return cast(IO[bytes], lzma.LZMAFile(raw))
    return raw


def read_tar(
    path: Path, archive_id: str, options: ReadOptions, kind_of: Callable[[str], str | None], read_member: MemberReader
) -> Iterator[Record]:
    """Records from each regular file in a tar archive (plain, gz, bz2 or xz), streamed.

    tarfile reads a stream that breaks off between members as a clean end, so after the last
    member the compressed stream is read to its end marker: a truncated archive is reported.
    """
    with open(path, "rb") as raw:
        stream = _decompressed(raw)
        try:
            # small reads, so members before a break are still read whole
            archive = tarfile.open(fileobj=stream, mode="r|", bufsize=tarfile.BLOCKSIZE)  # noqa: SIM115
        except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            yield RecordError(archive_id, f"not a readable tar archive: {exc}")
            return
        position = 0
        while True:
            try:
                info = archive.next()
            except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
                yield RecordError(f"{archive_id}#{position + 1}",
                                  f"the tar archive breaks off after {position} members: {exc}")
                return
            if info is None:
                break
            position += 1
            kind = kind_of(info.name) if info.isfile() else None
            if kind is None:
                continue
            member_id = _member_id(archive_id, info.name)
            try:
                member = archive.extractfile(info)
                if member is None:
                    continue
                records = list(read_member(member, kind, member_id, options))
            except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
                yield RecordError(member_id, f"tar member {info.name!r} cannot be read: {exc}")
                return  # a streamed tar cannot skip past a broken member
            yield from records
        try:
            while stream.read(1 << 16):
                pass
            truncated = stream is raw and path.stat().st_size % tarfile.BLOCKSIZE != 0
        except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            yield RecordError(f"{archive_id}#{position + 1}",
                              f"the tar archive breaks off after {position} members: {exc}")
            return
        if truncated:
            yield RecordError(f"{archive_id}#{position + 1}",
                              f"the tar archive breaks off after {position} members: its size is not whole blocks")
