"""Find the few tokens a rule can start from without walking the whole Doc in Python.

Creating a ``Token`` for every word of an article costs more than the rules themselves; the
Doc's arrays of word and lemma ids are compared with the ids of a lexicon instead (in numpy),
and only the matching tokens are made.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CACHE_KEY = "hedged_sourcing.ids"


@lru_cache(maxsize=64)
def _ids(words: frozenset[str]) -> numpy.ndarray:
    return numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)


def _member(column: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    if not len(ids):
        return numpy.zeros(len(column), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(ids, column), len(ids) - 1)
    return ids[at] == column


def candidates(doc: Doc, lowers: Iterable[str] = (), lemmas: Iterable[str] = ()) -> list[Token]:
    """Tokens of ``doc`` whose lower-case form is in ``lowers`` or whose lemma is in ``lemmas``
    (compared as written: lemma ids are case-sensitive), in text order."""
    if not len(doc):
        return []
    arr = doc.user_data.get(_CACHE_KEY)
    if not isinstance(arr, numpy.ndarray) or len(arr) != len(doc):
        arr = doc.to_array([LOWER, LEMMA])
        doc.user_data[_CACHE_KEY] = arr
    mask = _member(arr[:, 0], _ids(frozenset(lowers))) | _member(arr[:, 1], _ids(frozenset(lemmas)))
    return [doc[int(i)] for i in numpy.flatnonzero(mask)]


def forget_ids(doc: Doc) -> None:
    """Drop the arrays kept on ``doc``."""
    doc.user_data.pop(_CACHE_KEY, None)
