"""Questions the checks ask of the shared spaCy Doc: sentences, governing verbs, tense, entities.

Everything here reads the Doc; nothing parses text again.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DocIndex"]

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_PERFECT_AUX = {"has", "have", "'ve", "'s"}


class DocIndex:
    """Character-offset lookups over one Doc, built once per article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts = [t.idx for t in doc]
        self.sentences = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
        self._sent_starts = [s for s, _ in self.sentences]

    def token_at(self, char: int) -> Token | None:
        """The token that contains (or, in whitespace, precedes) a character offset."""
        i = bisect.bisect_right(self._starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def sentence_of(self, char: int) -> int:
        """The index of the sentence containing a character offset (-1 before the first)."""
        return bisect.bisect_right(self._sent_starts, char) - 1

    def entity_at(self, char: int) -> str:
        """The NER label of the token at a character offset, "" when none."""
        tok = self.token_at(char)
        return tok._.entity if tok is not None else ""

    def root(self, start: int, end: int) -> Token | None:
        """The syntactic head of the tokens covering ``start..end``."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def governing_verb(self, start: int, end: int) -> Token | None:
        """The nearest verb above the span's head: the predicate a time expression modifies."""
        tok = self.root(start, end)
        if tok is None:
            return None
        for _ in range(30):
            if tok.head is tok:
                return tok
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
        return tok

    def tense_at(self, char: int) -> str | None:
        """"past", "future" or None for the verb governing the token at ``char``."""
        tok = self.token_at(char)
        if tok is None:
            return None
        verb = self.governing_verb(tok.idx, tok.idx + len(tok))
        return tense_of(verb) if verb is not None else None

    def tense_fn(self) -> Callable[[int], str | None]:
        """``tense_at`` as a plain callable (for ``timex.find_expressions``)."""
        return self.tense_at


def tense_of(verb: Token) -> str | None:
    """"past" for a simple past or perfect verb, "future" for will/shall/going-to, else None."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & _FUTURE_AUX or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children)):
        return "future"
    if any(c.tag_ == "VBD" for c in aux) or (verb.tag_ == "VBD" and not aux):
        return "past"
    if verb.tag_ == "VBN" and words & _PERFECT_AUX:
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and not aux:  # "a deal signed in May"
        return "past"
    return None
