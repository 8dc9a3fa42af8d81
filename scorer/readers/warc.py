"""WARC and WARC.gz web archives (warcio): each HTML response record is one article.

The page's main text is extracted later, where the record is scored (trafilatura), and its
publication date is taken from the page when it declares one.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO

from scorer.readers.records import ReadOptions, Record, RecordError, decode, too_large
from scorer.readers.streams import buffered, read_capped


def looks_like_warc(head: bytes) -> bool:
    """True when a file starting with ``head`` (plain or gzip-compressed) starts as a WARC file does."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def read_warc(stream: IO[bytes], archive_id: str, options: ReadOptions) -> Iterator[Record]:
    """Records for the HTML ``response`` records of a WARC file, in order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = buffered(stream)
    if not looks_like_warc(stream.peek(512)[:512]):
        yield RecordError(archive_id, "not a WARC file: it does not start with a WARC/1.x record header")
        return
    position = 0
    try:
        for record in ArchiveIterator(stream, check_digests=True):
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
                body = read_capped(record.content_stream(), options.max_record_bytes)
            except Exception as exc:  # a broken record costs only itself
                yield RecordError(default_id, f"WARC record {position} cannot be read: {exc}")
                continue
            if body is None:
                yield RecordError(default_id, too_large(f"WARC record {position}", options))
                continue
            declared = record.rec_headers.get_header("WARC-Block-Digest") or record.rec_headers.get_header(
                "WARC-Payload-Digest")
            if declared and record.digest_checker.passed is not True:
                # a cut-off or damaged record: its digest cannot be verified
                problems = "; ".join(record.digest_checker.problems) or "the record is cut off"
                yield RecordError(default_id, f"WARC record {position} is damaged: {problems}")
                continue
            data = {"id": default_id, "html": decode(body)}
            if uri:
                data["url"] = uri
            yield options.record(data, default_id)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
        yield RecordError(f"{archive_id}#{position + 1}", f"the WARC file breaks off after {position} records: {exc}")
