"""Hedge cues: words that make a statement uncertain without crediting it to anyone.

"probably", "might have", "some scholars", "is considered", "one of the most influential": these
soften or inflate a claim, but they are not weak *sourcing*, so they never become findings. They
feed the ``hedge_cues`` and ``hedge_cues_per_1k`` features.

Two layers:

* parse-based rules written by hand (the lexicons in ``patterns.py``: epistemic adverbs and
  adjectives, "seem"/"appear" with a complement, perfect modals, vague quantifiers on a noun,
  "one of the most ...", peacock adjectives and editorialising adverbs, agentless passives of
  judgement verbs);
* a learned list (``data/hedge_cues.json``): one- and two-word cues chosen greedily on the
  CoNLL-2010 Wikipedia **train** split's sentence labels (``benchmarks/hedged_sourcing_learn_cues.py``
  rebuilds it; the eval split is never read). Only function words, adjectives, adverbs and verbs
  can be learned: a topic noun ("tobacco") that happened to co-occur with weasel sentences cannot.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import patterns as P

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA = Path(__file__).with_name("data") / "hedge_cues.json"

#: Parts of speech a learned cue word may have; a bigram may hold none of ``_CONTENT_POS``.
CUE_POS = frozenset({"ADJ", "ADV", "VERB", "AUX", "DET", "PRON"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "SYM", "X", "PUNCT", "SPACE"})


@dataclass(frozen=True)
class HedgeCue:
    """One hedge cue: tokens ``first``..``last`` (inclusive), which rule found it, the words."""

    first: int
    last: int
    kind: str  # epistemic, seem, modal, quantifier, peacock, editorial, passive, learned
    cue: str


def candidate_keys(doc: Doc) -> Iterator[tuple[str, int, int]]:
    """Every ``(key, first, last)`` a learned cue can be: a word of ``CUE_POS`` (key: the
    lower-case word) or two adjacent words without a noun, number or punctuation ("best known").

    The learner and the detector share this, so a learned key matches exactly what it was
    counted on.
    """
    n = len(doc)
    for tok in doc:
        if tok.pos_ in CUE_POS:
            yield tok.lower_, tok.i, tok.i
        if tok.i + 1 < n and tok.pos_ not in _CONTENT_POS and doc[tok.i + 1].pos_ not in _CONTENT_POS:
            yield f"{tok.lower_} {doc[tok.i + 1].lower_}", tok.i, tok.i + 1


@lru_cache(maxsize=4)
def learned_cues(path: Path = DATA) -> frozenset[str]:
    """The learned cue keys (cached)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(entry["cue"] for entry in data["cues"])


def find_hedge_cues(doc: Doc, *, learned: frozenset[str] | None = None) -> list[HedgeCue]:
    """Hedge cues in ``doc``, in text order, not overlapping one another.

    :param learned: the learned keys to use; the shipped list when None, ``frozenset()`` for
        the hand rules alone.
    """
    keys = learned_cues() if learned is None else learned
    found: list[HedgeCue] = []
    for tok in doc:
        cue = _rule(tok)
        if cue is not None:
            found.append(cue)
    if keys:
        found.extend(HedgeCue(first, last, "learned", key) for key, first, last in candidate_keys(doc) if key in keys)
    kept: list[HedgeCue] = []
    for cue in sorted(found, key=lambda c: (c.first, -c.last)):
        if not any(k.first <= cue.last and cue.first <= k.last for k in kept):
            kept.append(cue)
    return kept


def _rule(tok: Token) -> HedgeCue | None:
    """The hand-written cue starting at ``tok``, if any."""
    lower = tok.lower_
    pos = tok.pos_
    if pos == "ADV" and lower in P.EPISTEMIC_ADVERBS:
        return HedgeCue(tok.i, tok.i, "epistemic", lower)
    if pos == "ADJ" and lower in P.EPISTEMIC_ADJECTIVES:
        return HedgeCue(tok.i, tok.i, "epistemic", lower)
    if pos == "ADJ" and lower in P.PEACOCK_ADJECTIVES:
        return HedgeCue(tok.i, tok.i, "peacock", lower)
    if pos == "ADV" and lower in P.EDITORIAL_ADVERBS:
        return HedgeCue(tok.i, tok.i, "editorial", lower)
    if pos in ("VERB", "AUX") and tok.lemma_.lower() in P.APPEARANCE_VERBS:
        # "seems to", "it appears that", "it sounds like"; not "appeared in court", "sounds good"
        if tok.lemma_.lower() in P.SEEM_VERBS and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            return HedgeCue(tok.i, tok.i, "seem", lower)
        if _it_like(tok):
            return HedgeCue(tok.i, tok.i + 1, "seem", f"{lower} {tok.doc[tok.i + 1].lower_}")
        return None
    if tok.tag_ == "MD" and lower in P.HEDGE_MODALS:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if lower == "might":
            return HedgeCue(tok.i, tok.i, "modal", lower)
        if nxt is not None and nxt.lower_ == "have":  # "may have been", "could have fled"
            return HedgeCue(tok.i, nxt.i, "modal", f"{lower} have")
        return None
    if lower in P.HEDGE_QUANTIFIERS:
        return _quantifier(tok)
    if lower == "one" and tok.i + 3 < len(tok.doc):
        # "one of the most influential", "one of the finest"
        of, the, sup = tok.doc[tok.i + 1], tok.doc[tok.i + 2], tok.doc[tok.i + 3]
        if of.lower_ == "of" and the.lower_ in ("the", "his", "her", "its", "their") and sup.tag_ in ("JJS", "RBS"):
            return HedgeCue(tok.i, sup.i, "peacock", f"one of {the.lower_} {sup.lower_}")
        return None
    if tok.tag_ == "VBN" and tok.lemma_.lower() in P.JUDGEMENT_PASSIVE_VERBS:
        children = list(tok.children)
        if any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children):
            return HedgeCue(tok.i, tok.i, "passive", lower)  # "is considered", "was criticized"
    return None


def _quantifier(tok: Token) -> HedgeCue | None:
    """'some scholars', 'many of the songs', 'others argue': a group nobody counts or names."""
    head = tok.head
    if tok.dep_ in ("det", "amod") and head.tag_ in ("NNS", "NNPS"):
        return HedgeCue(tok.i, tok.i, "quantifier", tok.lower_)
    partitive = any(c.lower_ == "of" for c in tok.rights)  # "many of the songs"
    if tok.dep_ in ("nsubj", "nsubjpass") or (partitive and (tok.pos_ == "PRON" or tok.dep_ in ("pobj", "dobj"))):
        return HedgeCue(tok.i, tok.i, "quantifier", tok.lower_)
    return None


def _it_like(verb: Token) -> bool:
    """'It seems like their trip is helping', 'it sounds like Chelsea is only interested': an expletive
    "it" subject and "like" or "as" right after the verb."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (
        nxt is not None
        and nxt.lower_ in ("like", "as")
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
    )
