"""Find the few tokens a rule can start from without walking the whole Doc in Python.

Creating a ``Token`` for every word of an article costs more than the rules themselves; the
Doc's arrays of word and lemma ids are compared with the ids of a lexicon instead, and only the
matching tokens are made.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@lru_cache(maxsize=64)
def _ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


def candidates(doc: Doc, lowers: Iterable[str] = (), lemmas: Iterable[str] = ()) -> list[Token]:
    """Tokens of ``doc`` whose lower-case form is in ``lowers`` or whose lemma is in ``lemmas``
    (compared as written: lemma ids are case-sensitive), in text order."""
    if not len(doc):
        return []
    low_ids = _ids(frozenset(lowers))
    lem_ids = _ids(frozenset(lemmas))
    rows = doc.to_array([LOWER, LEMMA]).tolist()
    return [doc[i] for i, (low, lem) in enumerate(rows) if low in low_ids or lem in lem_ids]
