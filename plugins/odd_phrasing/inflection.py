"""Noun number from lemminflect, asked once per lemma: several checks need to know whether a noun is
countable and what its plural is, token by token."""

from __future__ import annotations

import functools

from lemminflect import getInflection


@functools.lru_cache(maxsize=16384)
def noun_plurals(lemma: str) -> tuple[str, ...]:
    """lemminflect's plural forms of a noun lemma it knows (empty when it knows none)."""
    return tuple(getInflection(lemma, "NNS", inflect_oov=False))


def is_count_noun(lemma: str) -> bool:
    """A noun lemminflect knows only as countable: it has a plural and that plural is not the lemma
    itself ("critic", not "news", "sheep" or "knowledge")."""
    plurals = noun_plurals(lemma)
    return bool(plurals) and lemma not in plurals
