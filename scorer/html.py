"""HTML to plain text, with trafilatura (main-text extraction: boilerplate, menus and ads dropped)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scorer.errors import ArticleError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

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
    html = html_document(html)
    text = _extract(html)
    if not text.strip():
        # libxml2 stops reading a page nested deeper than 255 elements (a generator's unclosed <div>s, 300
        # nested <blockquote>s) and trafilatura then sees no text at all; its "huge" mode reads to 2,048
        text = _extract(deep_tree(html))
    if not text.strip():
        raise ArticleError("the HTML holds no text")
    return text


def _extract(html: str | HtmlElement) -> str:
    """trafilatura's main text of ``html`` (a page, or a tree parsed from one), else all its visible text."""
    import trafilatura  # imported here: only HTML inputs pay for lxml and trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True, deduplicate=False
    )
    return text or trafilatura.html2txt(html) or ""


def deep_tree(html: str) -> HtmlElement:
    """``html`` parsed with libxml2's limits lifted (nesting to 2,048 elements deep), for trafilatura to read
    when the page as given yields nothing."""
    import lxml.html

    return lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))


def html_date(html: str) -> str | None:
    """The publication date a page declares (meta tags, JSON-LD, URL), as YYYY-MM-DD, or None."""
    import trafilatura

    meta = trafilatura.extract_metadata(html)
    return meta.date if meta is not None and meta.date else None
