"""Per-Doc values the checks read often, computed once: spaCy rebuilds ``Doc.text`` on every access
and ``Token.sent`` walks the tokens each time, which made token-by-token checks slow."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXT = "odd_phrasing.text"
_SENTS = "odd_phrasing.sents"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def _sentences(doc: Doc) -> tuple[list[int], list[Span]]:
    cached = doc.user_data.get(_SENTS)
    if cached is None:
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        cached = doc.user_data[_SENTS] = ([s.start for s in sents], sents)
    return cached


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences (the whole Doc when it has no sentence boundaries), listed once per Doc."""
    return _sentences(doc)[1]


def sentence_of(tok: Token) -> Span:
    """``tok.sent`` by binary search over the Doc's sentences, listed once."""
    starts, sents = _sentences(tok.doc)
    return sents[bisect_right(starts, tok.i) - 1]


_TOKENS = "odd_phrasing.tokens"


def all_tokens(doc: Doc) -> list[Token]:
    """Every token of the Doc as one list, made once: iterating a Doc makes a new Token object for
    each word on every pass, and a dozen checks walking the whole Doc made that most of their cost."""
    cached = doc.user_data.get(_TOKENS)
    if cached is None:
        cached = doc.user_data[_TOKENS] = list(doc)
    return cached


_WORDS = "odd_phrasing.words"


def word_count(doc: Doc) -> int:
    """How many alphabetic words the Doc holds (the denominator of every rate), counted once."""
    cached = doc.user_data.get(_WORDS)
    if cached is None:
        cached = doc.user_data[_WORDS] = sum(1 for t in all_tokens(doc) if t.is_alpha)
    return cached


_COLUMNS = "odd_phrasing.columns"


def columns(doc: Doc) -> tuple[list[str], list[str]]:
    """The lower-case form and the dependency label of every token, read in one pass."""
    cached = doc.user_data.get(_COLUMNS)
    if cached is None:
        tokens = all_tokens(doc)
        cached = doc.user_data[_COLUMNS] = ([t.lower_ for t in tokens], [t.dep_ for t in tokens])
    return cached


def tokens_where(
    doc: Doc, words: frozenset[str] | set[str], start: int = 0, stop_before_end: int = 0
) -> Iterator[Token]:
    """The tokens whose lower-case form is in ``words`` (built only for those: making a Token object
    for every word of every check was most of their cost)."""
    lowers = columns(doc)[0]
    end = len(lowers) - stop_before_end
    for i in range(start, end):
        if lowers[i] in words:
            yield doc[i]


def tokens_with_dep(doc: Doc, deps: frozenset[str]) -> Iterator[Token]:
    """The tokens whose dependency label is in ``deps``."""
    for i, dep in enumerate(columns(doc)[1]):
        if dep in deps:
            yield doc[i]
