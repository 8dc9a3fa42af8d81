"""Block quotations of an article that arrived as HTML: a letter, a statement, a speech or a tweet printed whole
in a ``<blockquote>``, someone else's words.

Plain text keeps no trace of the element: trafilatura's text output prints a block quotation as ordinary
paragraphs, so "Many fear the worst" in a bishop's letter reads as the writer's own vague source. Its XML output
keeps the element (as ``<quote>``); :func:`block_quote_ranges` finds each one's paragraphs in ``article.text`` (in
order, whitespace aside) and gives the character range from the first to the last. Signals that judge the
writer's own voice read these ranges as quoted, like quotation marks and embedded posts. An article given as
text (or whose text does not hold the quotation's words) has none. Computed once per (html, text).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from scorer.contract import Article

_BLOCKQUOTE = re.compile(r"<\s*blockquote[\s>]", re.IGNORECASE)


def block_quote_ranges(article: Article) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` in ``article.text`` of each block quotation of ``article.html``; empty without HTML."""
    if not article.html or not _BLOCKQUOTE.search(article.html):
        return ()
    return _ranges(article.html, article.text)


@functools.lru_cache(maxsize=64)
def _ranges(html: str, text: str) -> tuple[tuple[int, int], ...]:
    ranges: list[tuple[int, int]] = []
    cursor = 0
    for pieces in _quoted_paragraphs(html):
        start = end = None
        for piece in pieces:
            found = _find(text, piece, cursor)
            if found is None:
                continue
            start = found[0] if start is None else start
            end, cursor = found[1], found[1]
        if start is not None and end is not None:
            ranges.append((start, end))
    return tuple(ranges)


def _quoted_paragraphs(html: str) -> list[list[str]]:
    """The text of each outermost ``<quote>`` of trafilatura's XML output, paragraph by paragraph, whitespace
    collapsed."""
    import xml.etree.ElementTree as ET

    import trafilatura

    from scorer.html import html_document

    xml = trafilatura.extract(
        html_document(html), output_format="xml", include_comments=False, include_tables=False,
        favor_recall=True, deduplicate=False,
    )
    if not xml:
        return []
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    quotes = []
    for quote in _outermost(root, "quote"):
        blocks = list(quote.iter("p")) or [quote]
        pieces = [" ".join("".join(block.itertext()).split()) for block in blocks]
        quotes.append([piece for piece in pieces if piece])
    return quotes


def _outermost(element: ET.Element, tag: str) -> list[ET.Element]:
    """The ``tag`` elements under ``element`` that no other ``tag`` element holds (a quotation inside another
    is within its range already)."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        else:
            found.extend(_outermost(child, tag))
    return found


def _find(text: str, piece: str, cursor: int) -> tuple[int, int] | None:
    """Where ``piece`` stands in ``text`` at or after ``cursor``, any run of whitespace matching any other."""
    pattern = r"\s+".join(re.escape(word) for word in piece.split())
    match = re.compile(pattern).search(text, cursor)
    return match.span() if match else None
