"""Web archives (warcio): WARC, and ARC (the Internet Archive's format before WARC, to 2008), plain or
gzip-compressed; each HTML response record is one article.

The page's main text is extracted later, where the record is scored (trafilatura), and its headline
and publication date are taken from the page when it declares them.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zlib
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from scorer.readers.records import ReadOptions, Record, RecordError, decode, too_large
from scorer.readers.streams import buffered, read_capped

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord


def looks_like_warc(head: bytes) -> bool:
    """True when a file starting with ``head`` (plain or gzip-compressed) starts as a WARC or an ARC file does."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://"))


def read_warc(stream: IO[bytes], archive_id: str, options: ReadOptions) -> Iterator[Record]:
    """Records for the HTML ``response`` records of a WARC or ARC file, in order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = buffered(stream)
    if not looks_like_warc(stream.peek(512)[:512]):
        yield RecordError(archive_id, "not a WARC file: it does not start with a WARC/1.x record header "
                          "(nor an ARC file's filedesc:// header)")
        return
    position = 0
    try:
        for record in ArchiveIterator(stream, check_digests=True, arc2warc=True):  # an ARC record read as WARC
            if record.rec_type != "response":
                continue
            position += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            default_id = uri or f"{archive_id}:{position}"
            http = record.http_headers
            content_type = (http.get_header("Content-Type") or "") if http else ""
            if content_type and "html" not in content_type.lower():
                continue
            if http and not str(http.get_statuscode() or "200").startswith("2"):
                continue  # redirects and error pages are not articles
            try:
                stored = read_capped(record.raw_stream, options.max_record_bytes)
                body = None if stored is None else _payload(record, stored, options.max_record_bytes)
            except Exception as exc:  # a broken record costs only itself
                yield RecordError(default_id, f"WARC record {position} cannot be read: {exc}")
                continue
            if stored is None or body is None:
                yield RecordError(default_id, too_large(f"WARC record {position}", options))
                continue
            truncated = record.rec_headers.get_header("WARC-Truncated")
            problem = None if truncated else _damage(record, stored)
            if problem:
                yield RecordError(default_id, f"WARC record {position} is damaged: {problem}")
                continue
            data = {"id": default_id, "html": decode(body)}
            if uri:
                data["url"] = uri
            if truncated:  # the crawler kept only part of the page (Common Crawl: past 1 MiB): read what is there
                data["warc_truncated"] = truncated
            yield options.record(data, default_id)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
        yield RecordError(f"{archive_id}#{position + 1}", f"the WARC file breaks off after {position} records: {exc}")


def _payload(record: ArcWarcRecord, stored: bytes, limit: int) -> bytes | None:
    """The page as the server meant it (chunked transfer and Content-Encoding undone) from the record's
    stored bytes, or None past ``limit`` (a small gzip body can inflate to gigabytes)."""
    original, record.raw_stream = record.raw_stream, io.BytesIO(stored)  # warcio's own decoding, over them
    try:
        return read_capped(record.content_stream(), limit)
    finally:
        record.raw_stream = original  # the iterator reads on from its own stream


def _damage(record: ArcWarcRecord, stored: bytes) -> str | None:
    """Why a record's bytes cannot be trusted (the file ends inside it, or a declared digest fails), or None.

    The block digest covers every stored byte, so when it is declared its verdict stands alone. The
    payload digest is ambiguous for a chunked response: warcio (and the WARCs it writes) digests the
    chunked bytes, other crawlers the de-chunked body as RFC 9112 defines a message body (warcio issue
    #74); either reading is accepted.
    """
    expected = record.payload_length
    if expected is not None and expected >= 0 and len(stored) < expected:
        # the file ends inside the record: without a digest (ARC has none) only the length tells
        return f"the record is cut off ({len(stored):,} of its {expected:,} bytes)"
    headers = record.rec_headers
    block = headers.get_header("WARC-Block-Digest")
    payload = headers.get_header("WARC-Payload-Digest")
    if not (block or payload) or record.digest_checker.passed is True:
        return None
    problems = list(record.digest_checker.problems)
    if not problems:
        return "the record is cut off"
    if all(p.startswith("payload digest failed") for p in problems):
        if block:
            return None  # the block digest checked out (it would be among the problems otherwise)
        if payload and _dechunked_digest_matches(record, stored, payload):
            return None
    return "; ".join(problems)


def _dechunked_digest_matches(record: ArcWarcRecord, stored: bytes, declared: str) -> bool:
    """Whether ``declared`` ("sha1:BASE32", hex or base64 too) is the digest of the de-chunked payload."""
    from warcio.bufferedreaders import ChunkedDataReader

    http = record.http_headers
    if not http or (http.get_header("Transfer-Encoding") or "").lower() != "chunked":
        return False
    algorithm, _, value = declared.partition(":")
    try:
        digest = hashlib.new(algorithm.strip().lower(), ChunkedDataReader(io.BytesIO(stored)).read()).digest()
    except (ValueError, TypeError):
        return False
    value = value.strip()
    return value.upper() in {base64.b32encode(digest).decode(), base64.b16encode(digest).decode()} or (
        value == base64.b64encode(digest).decode())
