"""HTML to plain text, with trafilatura (main-text extraction: boilerplate, menus and ads dropped)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer.errors import ArticleError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_WHOLE_PAGE = re.compile(r"<\s*(html|head|title|body)[\s>]", re.IGNORECASE)


def is_whole_page(html: str) -> bool:
    """Whether ``html`` is a page (it opens ``<html>``, ``<head>``, ``<title>`` or ``<body>``) rather than a body
    fragment (``<p>...</p>``, what CMSs send)."""
    return _WHOLE_PAGE.search(html[:4096]) is not None


def html_document(html: str) -> str:
    """A body fragment wrapped in ``<html><body>``; a page as given (wrapping one would put its head's title
    into the body). trafilatura finds no main text in a bare fragment."""
    return html if is_whole_page(html) else f"<html><body>{html}</body></html>"


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


@dataclass(frozen=True)
class PageFacts:
    """What a page says about itself in its markup (None where it says nothing)."""

    title: str | None = None
    published: str | None = None


def page_facts(html: str) -> PageFacts:
    """A page's headline and publication date (YYYY-MM-DD), as its markup declares them.

    The headline is read from a whole page only (its ``og:title``/JSON-LD headline, its one ``<h1>``, its
    ``<title>`` without the site's name): a fragment's first heading is a subheading ("Background",
    "Related"), not the story's. The date comes from markup only (meta tags, JSON-LD, ``<time>``, the
    URL), never from a date the text mentions: the first date in a story is often the event's, and
    relative dates anchored there would be checked against the wrong day.
    """
    import trafilatura

    meta = trafilatura.extract_metadata(html, extensive=False)
    if meta is None:
        return PageFacts()
    title = meta.title if meta.title and is_whole_page(html) and _headline_like(meta.title) else None
    return PageFacts(title=title, published=meta.date or None)


#: Longer than any headline: a page whose ``<title>`` is never closed reads the rest of the page as its title.
MAX_HEADLINE_CHARS = 300
_MARKUP = re.compile(r"</?[A-Za-z]")


def _headline_like(title: str) -> bool:
    """Whether a page's title can be its headline: short, and no markup swallowed by an unclosed tag."""
    return len(title) <= MAX_HEADLINE_CHARS and not _MARKUP.search(title)
