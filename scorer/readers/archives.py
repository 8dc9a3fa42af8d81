"""Zip and tar archives: every member of a known kind is read as if it were a file on disk.

A member that cannot be read (bad CRC, truncated) yields one error record and the archive goes on;
an archive that cannot be opened, or whose stream breaks off, yields one error record for the rest.
"""

from __future__ import annotations

import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO

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


def read_tar(
    path: Path, archive_id: str, options: ReadOptions, kind_of: Callable[[str], str | None], read_member: MemberReader
) -> Iterator[Record]:
    """Records from each regular file in a tar archive (plain, gz, bz2 or xz), streamed."""
    try:
        archive = tarfile.open(path, mode="r|*")  # noqa: SIM115  (closed below; open errors handled here)
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield RecordError(archive_id, f"not a readable tar archive: {exc}")
        return
    with archive:
        position = 0
        while True:
            try:
                info = archive.next()
            except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
                yield RecordError(f"{archive_id}#{position + 1}",
                                  f"the tar archive breaks off after {position} members: {exc}")
                return
            if info is None:
                return
            position += 1
            kind = kind_of(info.name) if info.isfile() else None
            if kind is None:
                continue
            member_id = _member_id(archive_id, info.name)
            try:
                stream = archive.extractfile(info)
                if stream is None:
                    continue
                records = list(read_member(stream, kind, member_id, options))
            except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
                yield RecordError(member_id, f"tar member {info.name!r} cannot be read: {exc}")
                return  # a streamed tar cannot skip past a broken member
            yield from records
