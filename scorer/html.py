"""HTML to plain text, with trafilatura (main-text extraction: boilerplate, menus and ads dropped)."""

from __future__ import annotations

import re

from scorer.errors import ArticleError

_DOCUMENT = re.compile(r"<\s*(html|body)[\s>]", re.IGNORECASE)


def html_document(html: str) -> str:
    """A body fragment (``<p>...</p>``, what CMSs send) wrapped in ``<html><body>``; a page as given.

    trafilatura finds no main text in a bare fragment.
    """
    return html if _DOCUMENT.search(html[:4096]) else f"<html><body>{html}</body></html>"


def html_to_text(html: str) -> str:
    """Extract the main text of an HTML page or fragment, paragraphs separated by newlines.

    Falls back to all visible text when trafilatura finds no main content.

    :raises ArticleError: the page holds no text at all.
    """
    import trafilatura  # imported here: only HTML inputs pay for lxml and trafilatura

    html = html_document(html)
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True, deduplicate=False
    )
    if not text:
        text = trafilatura.html2txt(html)
    if not text or not text.strip():
        raise ArticleError("the HTML holds no text")
    return text


def html_date(html: str) -> str | None:
    """The publication date a page declares (meta tags, JSON-LD, URL), as YYYY-MM-DD, or None."""
    import trafilatura

    meta = trafilatura.extract_metadata(html)
    return meta.date if meta is not None and meta.date else None
