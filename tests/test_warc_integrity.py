"""WARC records: a declared digest decides whether a record's bytes can be trusted, read the way crawlers write it.

A crawler that digests a chunked response's de-chunked body (as RFC 9112 defines a message body) writes
records that warcio's own reading reports as failing; those pages are intact and must be scored. A record
whose bytes really changed, or that the file cuts off, stays an error result. A record the crawler
declared truncated (``WARC-Truncated``, Common Crawl's pages past 1 MiB) is read as far as it goes.
"""

from __future__ import annotations

import base64
import gzip
import hashlib

import pytest

from scorer.readers import RecordError, read_paths

BODY = (b"<html><head><title>Council closes pool</title></head><body><p>"
        + b"The city council voted on Tuesday to close the public pool for the summer. " * 12
        + b"</p></body></html>")


def sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def chunked(body: bytes, size: int = 100) -> bytes:
    pieces = [body[i:i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def record(payload: bytes, *, chunk: bool, payload_digest: str | None, block: bool | str = True,
           extra: tuple[bytes, ...] = (), gzip_body: bool = False) -> bytes:
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
    if gzip_body:
        headers += b"Content-Encoding: gzip\r\n"
    if chunk:
        headers += b"Transfer-Encoding: chunked\r\n"
    block_bytes = headers + b"\r\n" + (chunked(payload) if chunk else payload)
    lines = [b"WARC/1.0", b"WARC-Type: response", b"WARC-Target-URI: http://example.org/story",
             b"WARC-Date: 2024-01-01T00:00:00Z", b"WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>",
             b"Content-Type: application/http; msgtype=response", *extra]
    if payload_digest:
        lines.append(b"WARC-Payload-Digest: " + payload_digest.encode())
    if block:
        lines.append(b"WARC-Block-Digest: " + (block if isinstance(block, str) else sha1(block_bytes)).encode())
    lines.append(b"Content-Length: %d" % len(block_bytes))
    return b"\r\n".join(lines) + b"\r\n\r\n" + block_bytes + b"\r\n\r\n"


def read_one(tmp_path, data: bytes):
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    (rec,) = list(read_paths([str(path)]))
    return rec


@pytest.mark.parametrize("digest_of, block", [
    ("chunked bytes", True),      # warcio's (and Heritrix's) reading
    ("de-chunked body", True),    # the other crawlers' reading: the block digest vouches for the bytes
    ("chunked bytes", False),
    ("de-chunked body", False),   # payload digest only: either reading of a chunked body is accepted
])
def test_an_intact_chunked_response_is_read_whichever_way_its_payload_was_digested(tmp_path, digest_of, block):
    wire = chunked(BODY)
    digest = sha1(wire if digest_of == "chunked bytes" else BODY)
    rec = read_one(tmp_path, record(BODY, chunk=True, payload_digest=digest, block=block))
    assert not isinstance(rec, RecordError), rec
    article = rec.to_article()
    assert article.title == "Council closes pool" and "close the public pool" in article.text


def test_a_compressed_chunked_response_is_decoded_and_its_digest_checked(tmp_path):
    packed = gzip.compress(BODY)
    rec = read_one(tmp_path, record(packed, chunk=True, payload_digest=sha1(packed), block=False, gzip_body=True))
    assert not isinstance(rec, RecordError), rec
    assert "close the public pool" in rec.to_article().text


@pytest.mark.parametrize("block", [True, False])
def test_a_record_whose_bytes_changed_is_an_error_result(tmp_path, block):
    data = record(BODY, chunk=True, payload_digest=sha1(BODY), block=block)
    damaged = data.replace(b"public pool", b"public poll", 1)  # one byte changed after the digests were taken
    rec = read_one(tmp_path, damaged)
    assert isinstance(rec, RecordError) and "damaged" in rec.error and "digest failed" in rec.error


def test_a_wrong_block_digest_is_damage_even_when_the_payload_digest_matches(tmp_path):
    rec = read_one(tmp_path, record(BODY, chunk=False, payload_digest=sha1(BODY), block=sha1(b"other bytes")))
    assert isinstance(rec, RecordError) and "block digest failed" in rec.error


def test_a_record_declared_truncated_is_read_as_far_as_it_goes_and_says_so(tmp_path):
    cut = BODY[: len(BODY) // 2]
    # the digest is of the whole page the crawler saw; the record holds only its first half
    rec = read_one(tmp_path, record(cut, chunk=False, payload_digest=sha1(BODY), block=False,
                                    extra=(b"WARC-Truncated: length",)))
    assert not isinstance(rec, RecordError), rec
    article = rec.to_article()
    assert "close the public pool" in article.text and article.meta["warc_truncated"] == "length"


@pytest.mark.parametrize("digests", [True, False])
def test_a_record_the_file_cuts_off_stays_an_error(tmp_path, digests):
    # without a digest only the record's declared length shows that the page lost its end
    data = record(BODY, chunk=False, payload_digest=sha1(BODY) if digests else None, block=digests)
    rec = read_one(tmp_path, data[: len(data) - 300])
    assert isinstance(rec, RecordError) and "cut off" in rec.error


def test_records_after_a_digest_problem_are_still_read_in_order(tmp_path):
    good = record(BODY, chunk=True, payload_digest=sha1(BODY), block=True)
    bad = record(BODY, chunk=True, payload_digest=sha1(BODY), block=True).replace(b"public pool", b"public poll", 1)
    path = tmp_path / "three.warc"
    path.write_bytes(good + bad + good)
    recs = list(read_paths([str(path)]))
    assert [isinstance(r, RecordError) for r in recs] == [False, True, False]
    assert "close the public pool" in recs[2].to_article().text


# -- ARC: the Internet Archive's format before WARC ---------------------------------------------------------

def arc_file(*records: tuple[str, str, bytes], compress: bool = False) -> bytes:
    """An ARC v1 file: the filedesc header, then one record per (url, content type, HTTP body)."""
    version = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [b"filedesc://crawl.arc 0.0.0.0 20010101000000 text/plain %d\n%s\n" % (len(version), version)]
    for url, kind, payload in records:
        http = b"HTTP/1.0 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s" % (
            kind.encode(), len(payload), payload)
        parts.append(b"%s 1.2.3.4 20010102030405 %s %d\n%s\n" % (url.encode(), kind.encode(), len(http), http))
    return b"".join(gzip.compress(p) for p in parts) if compress else b"".join(parts)


@pytest.mark.parametrize("name, compress", [("crawl.arc", False), ("crawl.arc.gz", True)])
def test_an_arc_file_is_read_like_a_warc(tmp_path, name, compress):
    path = tmp_path / name
    path.write_bytes(arc_file(("http://example.org/story", "text/html", BODY),
                              ("http://example.org/logo.png", "image/png", b"\x89PNG..."), compress=compress))
    (rec,) = list(read_paths([str(path)]))  # the image is no article
    assert not isinstance(rec, RecordError), rec
    article = rec.to_article()
    assert article.id == article.url == "http://example.org/story"
    assert article.title == "Council closes pool" and "close the public pool" in article.text


def test_an_arc_file_cut_off_keeps_what_came_before(tmp_path):
    data = arc_file(("http://example.org/a", "text/html", BODY), ("http://example.org/b", "text/html", BODY))
    path = tmp_path / "cut.arc"
    path.write_bytes(data[: len(data) - 200])
    recs = list(read_paths([str(path)]))
    assert not isinstance(recs[0], RecordError) and isinstance(recs[-1], RecordError)
