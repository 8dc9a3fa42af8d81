"""Structured rich text → plain text: Contentful's Rich Text documents and Strapi's blocks.

Blocks (paragraphs, headings, list items, quotes) become paragraphs separated by a blank line,
so sentence and paragraph boundaries survive for the signals.
"""

from __future__ import annotations

import re
from typing import Any

_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")


def looks_like_html(text: str) -> bool:
    """True when a string carries HTML tags (a rich-text field) rather than plain or Markdown text."""
    return bool(_TAG.search(text))


def contentful_text(node: Any, depth: int = 0) -> str:
    """Plain text of a Contentful Rich Text node (``{"nodeType": "document", "content": [...]}``)."""
    if depth > 64 or not isinstance(node, dict):
        return ""
    if node.get("nodeType") == "text":
        value = node.get("value")
        return value if isinstance(value, str) else ""
    content = node.get("content")
    children: list[Any] = content if isinstance(content, list) else []
    parts = [contentful_text(c, depth + 1) for c in children]
    if any(isinstance(c, dict) and c.get("nodeType") != "text" and not _inline(c) for c in children):
        return "\n\n".join(p for p in parts if p.strip())
    return "".join(parts)


def _inline(node: dict[str, Any]) -> bool:
    return node.get("nodeType") in {"hyperlink", "entry-hyperlink", "asset-hyperlink", "embedded-entry-inline"}


def strapi_blocks_text(blocks: Any, depth: int = 0) -> str:
    """Plain text of Strapi's blocks editor value (a list of ``{"type": ..., "children": [...]}``)."""
    if depth > 64:
        return ""
    if isinstance(blocks, list):
        texts = [strapi_blocks_text(b, depth + 1) for b in blocks]
        top_level = all(isinstance(b, dict) and b.get("type") not in {"text", "link"} for b in blocks)
        return ("\n\n" if top_level else "").join(t for t in texts if t)
    if not isinstance(blocks, dict):
        return ""
    if blocks.get("type") == "text" or ("text" in blocks and "children" not in blocks):
        value = blocks.get("text")
        return value if isinstance(value, str) else ""
    return strapi_blocks_text(blocks.get("children") or [], depth + 1)


def field_text(value: Any) -> tuple[str | None, str | None]:
    """(text, html) from a CMS field: a string (HTML or plain/Markdown), a Contentful document or Strapi blocks."""
    if isinstance(value, str):
        if not value.strip():
            return None, None
        return (None, value) if looks_like_html(value) else (value, None)
    if isinstance(value, dict) and value.get("nodeType") == "document":
        text = contentful_text(value)
        return (text or None), None
    if isinstance(value, list):
        text = strapi_blocks_text(value)
        return (text or None), None
    return None, None
