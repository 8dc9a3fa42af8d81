"""The finding most checks make: a run of tokens, its message opening with the words it covers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def span_finding(doc: Doc, first: Token, last: Token, message: str, check: str, severity: float = 0.5) -> Finding:
    """A finding from ``first`` to the end of ``last`` whose message quotes those words, then says ``message``."""
    start, end = first.idx, last.idx + len(last)
    text = doc_text(doc)[start:end]
    return Finding(start=start, end=end, message=f"'{text}': {message}", severity=severity, check=check)
