"""Bytes to text: the encoding a byte-order mark declares, else UTF-8 with each byte that is not
valid UTF-8 read as Windows-1252.

Deciding per byte rather than per file keeps a UTF-8 article with one stray byte intact (its curly
quotes stay curly instead of turning into ``â€™``), and still reads an old Windows file whole, since
its accented letters and curly quotes are almost never valid UTF-8 sequences.
"""

from __future__ import annotations

import codecs

#: The codecs error handler that reads undecodable UTF-8 bytes as Windows-1252.
CP1252_FALLBACK = "misinfo_scorer.cp1252"

# longest first: the UTF-32-LE mark starts with the UTF-16-LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bytes(bad).decode("cp1252", errors="replace"), exc.end


codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


def sniff_encoding(head: bytes) -> str:
    """The codec for a stream that starts with ``head``: the one its byte-order mark names, else UTF-8."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    return "utf-8"


def errors_for(codec: str) -> str:
    """The error handler to decode ``codec`` with: the Windows-1252 fallback for UTF-8."""
    return CP1252_FALLBACK if codec.startswith("utf-8") else "replace"


def decode(raw: bytes) -> str:
    """Text of a whole file or record (UTF-8, UTF-16 and UTF-32 by byte-order mark; see the module)."""
    codec = sniff_encoding(raw[:4])
    return raw.decode(codec, errors=errors_for(codec))
