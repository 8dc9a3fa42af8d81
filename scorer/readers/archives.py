"""Zip and tar archives: every member of a known kind is read as if it were a file on disk, streamed.

A member that cannot be read (bad CRC, truncated) yields one error record and the archive goes on;
an archive that cannot be opened, or whose stream breaks off, yields one error record for the rest.
Members are read as they stream past, never whole, so a member that inflates to gigabytes costs no
more memory than the record limit. A tar's hard and symbolic links to another member are read as
that member under the link's own name (as a folder's would be), in a second pass over the archive;
a link never reaches outside the archive.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import posixpath
import shutil
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, cast

from scorer.readers.records import ReadOptions, Record, RecordError

#: Reads one member: (stream, kind, member id, options) → records.
MemberReader = Callable[[IO[bytes], str, str, ReadOptions], Iterator[Record]]

_STREAM_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError)
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, OSError, EOFError, NotImplementedError, RuntimeError)
#: Links followed one after another before a chain counts as broken (a loop, or absurd nesting).
_MAX_LINK_HOPS = 16


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
            count = 0
            try:
                with archive.open(info) as stream:
                    for record in read_member(stream, kind, member_id, options):
                        count += 1
                        yield record
            except _ZIP_ERRORS as exc:  # a bad CRC surfaces when the member's end is read
                after = f" after {count} records" if count else ""
                yield RecordError(member_id, f"zip member {info.filename!r} cannot be read{after}: {exc}")


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


def _link_target(info: tarfile.TarInfo) -> str:
    """The archive member a link names: hard links from the archive's root, symbolic links from
    the link's own folder."""
    if info.issym():
        return posixpath.normpath(posixpath.join(posixpath.dirname(info.name), info.linkname))
    return posixpath.normpath(info.linkname)


def read_tar(
    path: Path, archive_id: str, options: ReadOptions, kind_of: Callable[[str], str | None], read_member: MemberReader
) -> Iterator[Record]:
    """Records from each regular file in a tar archive (plain, gz, bz2 or xz), streamed; then the
    members that links name, under the links' names.

    tarfile reads a stream that breaks off between members as a clean end, so after the last
    member the compressed stream is read to its end marker: a truncated archive is reported.
    """
    links: dict[str, str] = {}  # link name → what it names (both normalised), in the archive's order
    link_kinds: dict[str, str] = {}
    with open(path, "rb") as raw:
        stream = _decompressed(raw)
        try:
            # small reads, so members before a break are still read whole
            archive = tarfile.open(fileobj=stream, mode="r|", bufsize=tarfile.BLOCKSIZE)  # noqa: SIM115
        except _STREAM_ERRORS as exc:
            yield RecordError(archive_id, f"not a readable tar archive: {exc}")
            return
        position = 0
        while True:
            try:
                info = archive.next()
            except _STREAM_ERRORS as exc:
                yield RecordError(f"{archive_id}#{position + 1}",
                                  f"the tar archive breaks off after {position} members: {exc}")
                return
            if info is None:
                break
            position += 1
            kind = kind_of(info.name) if info.isfile() or info.islnk() or info.issym() else None
            if kind is None:
                continue
            if info.islnk() or info.issym():
                links[posixpath.normpath(info.name)] = _link_target(info)
                link_kinds[posixpath.normpath(info.name)] = kind
                continue
            member_id = _member_id(archive_id, info.name)
            count = 0
            try:
                member = archive.extractfile(info)
                if member is None:
                    continue
                for record in read_member(member, kind, member_id, options):
                    count += 1
                    yield record
            except _STREAM_ERRORS as exc:
                after = f" after {count} records" if count else ""
                yield RecordError(member_id, f"tar member {info.name!r} cannot be read{after}: {exc}")
                return  # a streamed tar cannot skip past a broken member
        try:
            while stream.read(1 << 16):
                pass
            truncated = stream is raw and path.stat().st_size % tarfile.BLOCKSIZE != 0
        except _STREAM_ERRORS as exc:
            yield RecordError(f"{archive_id}#{position + 1}",
                              f"the tar archive breaks off after {position} members: {exc}")
            return
        if truncated:
            yield RecordError(f"{archive_id}#{position + 1}",
                              f"the tar archive breaks off after {position} members: its size is not whole blocks")
            return
    if links:
        yield from _read_links(path, archive_id, options, links, link_kinds, read_member)


def _resolve(name: str, links: dict[str, str]) -> str | None:
    """The regular member a (chain of) link(s) ends at, or None for a loop."""
    for _ in range(_MAX_LINK_HOPS):
        if name not in links:
            return name
        name = links[name]
    return None


def _read_links(
    path: Path, archive_id: str, options: ReadOptions, links: dict[str, str], kinds: dict[str, str],
    read_member: MemberReader,
) -> Iterator[Record]:
    """One more pass over the archive: each member a link names is copied aside (in memory while
    small) and read once per link, under the link's name."""
    targets: dict[str, list[str]] = {}
    for name in links:
        target = _resolve(name, links)
        if target is None:
            yield RecordError(_member_id(archive_id, name), f"tar member {name!r} is a link that loops")
        else:
            targets.setdefault(posixpath.normpath(target), []).append(name)
    problem = "which the archive does not hold as a file"
    with open(path, "rb") as raw:
        stream = _decompressed(raw)
        try:
            archive = tarfile.open(fileobj=stream, mode="r|", bufsize=tarfile.BLOCKSIZE)  # noqa: SIM115
            for info in archive:
                key = posixpath.normpath(info.name)
                names = targets.get(key) if info.isfile() else None
                member = archive.extractfile(info) if names else None
                if not names or member is None:
                    continue
                with tempfile.SpooledTemporaryFile(max_size=1 << 20) as copy:
                    if all(kinds[name] in ("text", "html") for name in names):  # one record: the limit is enough
                        copy.write(member.read(options.max_record_bytes + 1))
                    else:
                        shutil.copyfileobj(member, copy, 1 << 16)
                    del targets[key]
                    for name in names:
                        copy.seek(0)
                        yield from read_member(cast(IO[bytes], copy), kinds[name], _member_id(archive_id, name),
                                               options)
        except _STREAM_ERRORS as exc:
            problem = f"which could not be read: {exc}"
    for target, names in targets.items():
        for name in names:
            yield RecordError(_member_id(archive_id, name), f"tar member {name!r} is a link to {target!r}, {problem}")
