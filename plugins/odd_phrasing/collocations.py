"""Unnatural wording: word pairs that edited English rarely puts together ("strong rain", "make a crime").

Pairs are read from the parse, not from raw bigrams: adjective + noun (amod), verb + object (dobj),
noun + noun compounds, adverb + verb or adjective (advmod) and verb + particle (prt), each as
lower-cased lemmas. Syntactic pairs generalise far better than surface bigrams on a small reference.

The reference (``data/collocations.json.gz``) holds, per relation, how often each head and each
dependent occurred in that relation in 1.46 million words of edited news and encyclopaedia text,
and the count of every pair seen at least twice. Only words common in English at large (a wordfreq
Zipf frequency of at least 4, checked when the file is built) have a count, so a rare, misspelled or
unknown word is never judged. Rebuild it with ``python benchmarks/odd_phrasing_build_collocations.py``
(see that script for the sources and their terms).

A pair is surprising when both words are frequent in that relation, so that independence predicts
it ``expected`` times, yet it was seen fewer than twice. Two features come from this:

- ``unnatural_pairs_per_1k_words``: such pairs (expected at least once) per 1,000 words;
- ``pair_association_mean``: the mean over the pairs the reference can judge of
  log2((seen + 0.5) / (expected + 0.5)), how conventional the article's word pairs are (low = unusual).

No findings: with a reference of this size, the pairs flagged in credible articles at every
threshold tried were ordinary English the reference had simply not seen ("political candidate",
"take a trip", "kick out"; see ``benchmarks/odd_phrasing_unnatural.py --show``), so an editor would
get false alarms. ``unnatural_findings`` builds the findings and their messages ("'heavy rain' is
usual; 'strong rain' is rare in edited news") for that review, and for a larger reference.

No nlp() call here: everything reads the shared Doc (POS, dependencies, lemmas).
"""

from __future__ import annotations

import functools
import gzip
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_LOWER, IS_STOP, LENGTH, POS
from spacy.parts_of_speech import IDS as POS_IDS

from scorer import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA = Path(__file__).with_name("data") / "collocations.json.gz"

#: A pair counts as unnatural (feature) when independence predicts at least this many sightings
#: in the reference and it was seen fewer than twice.
FEATURE_EXPECTED = 1.0
#: The review listing (``unnatural_findings``) starts from this expectation by default.
FINDING_EXPECTED = 4.0
#: ``pair_association_mean`` is shrunk toward this value (about the mean of news articles of both
#: classes in the shared corpora, 0.7 to 1.5 by corpus) with the weight of this many pairs.
ASSOCIATION_PRIOR = 1.0
ASSOCIATION_PRIOR_WEIGHT = 5
#: A suggested partner must be this frequent with the same head, and this share of its uses.
SUGGEST_MIN_COUNT = 5
SUGGEST_MIN_SHARE = 0.2
SEVERITY = 0.3

#: relation -> (allowed head POS, allowed dependent POS, spaCy dependency labels)
RELATIONS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    "amod": (frozenset({"NOUN"}), frozenset({"ADJ"}), frozenset({"amod"})),
    "dobj": (frozenset({"VERB"}), frozenset({"NOUN"}), frozenset({"dobj"})),
    "compound": (frozenset({"NOUN"}), frozenset({"NOUN"}), frozenset({"compound"})),
    "advmod": (frozenset({"VERB", "ADJ"}), frozenset({"ADV"}), frozenset({"advmod"})),
    "prt": (frozenset({"VERB"}), frozenset({"ADP", "ADV"}), frozenset({"prt"})),
}
#: Relations whose fixed word (the "base" an editor keeps) is the dependent: in "take attention" the
#: noun stays and the verb is swapped ("pay attention"); elsewhere the head is the base ("heavy rain").
_BASE_IS_DEPENDENT = frozenset({"dobj"})
#: Relations whose dependent is a function word ("give up"): the stop-word filter spares it.
_FUNCTION_DEPENDENT = frozenset({"prt"})
#: Heads that take nearly anything ("have a point", "get a job", "say something"): never judged. Light
#: verbs that are picky ("make", "do", "take", "give") stay, though spaCy lists them as stop words.
_UNSELECTIVE_HEADS = frozenset({"be", "have", "get", "say", "go", "let", "want", "need", "like"})


@dataclass(frozen=True)
class Pair:
    """One syntactic pair in a Doc: relation, head and dependent lemmas and tokens."""

    relation: str
    head: str
    dep: str
    head_token: Token
    dep_token: Token

    @property
    def start(self) -> int:
        """Character offset of the pair's first word."""
        return min(self.head_token.idx, self.dep_token.idx)

    @property
    def end(self) -> int:
        """Character offset just past the pair's last word."""
        last = max(self.head_token, self.dep_token, key=lambda t: t.i)
        return last.idx + len(last)

    @property
    def phrase(self) -> str:
        """The two lemmas in text order ("strong rain", "make crime")."""
        first, second = (self.dep, self.head) if self.dep_token.i < self.head_token.i else (self.head, self.dep)
        return f"{first} {second}"


def _any_equal(column: np.ndarray, values: Iterable[int]) -> np.ndarray:
    """Element-wise: is the value one of ``values``? (a few comparisons beat ``np.isin`` here)"""
    out = np.zeros(len(column), dtype=bool)
    for value in values:
        out |= column == value
    return out


def pairs_in(doc: Doc) -> Iterator[Pair]:
    """The syntactic pairs of ``doc`` that the reference can speak to, relation by relation.

    Every test but the lemma runs on ``Doc.to_array`` columns, so only the pairs themselves are ever
    touched as Python objects (a per-token loop cost several times more).
    """
    if not len(doc):
        return
    table = doc.to_array([DEP, POS, HEAD, IS_ALPHA, IS_LOWER, IS_STOP, LENGTH])
    dep, pos = table[:, 0], table[:, 1]
    heads = np.arange(len(doc), dtype=np.int64) + table[:, 2].view(np.int64)
    # a lower-case alphabetic word of two letters or more: no name, no sentence-initial capital, no acronym
    plain = (table[:, 3] == 1) & (table[:, 4] == 1) & (table[:, 6] > 1)
    content = plain & (table[:, 5] == 0)  # ... and not a stop word
    strings = doc.vocab.strings
    for relation, (head_tags, dep_tags, labels) in RELATIONS.items():
        # stop words are judged as heads ("make", "take") but not as dependents ("other", "also"),
        # which combine with anything; particles ("give up") are stop words by nature
        dependent_ok = plain if relation in _FUNCTION_DEPENDENT else content
        mask = (
            _any_equal(dep, (strings.add(label) for label in labels))
            & _any_equal(pos, (POS_IDS[tag] for tag in dep_tags))
            & _any_equal(pos[heads], (POS_IDS[tag] for tag in head_tags))
            & dependent_ok
            & plain[heads]
            & (heads != np.arange(len(doc)))
        )
        for i in np.flatnonzero(mask):
            head = doc[int(heads[i])]
            head_lemma = head.lemma_.lower()
            if head_lemma in _UNSELECTIVE_HEADS:
                continue
            tok = doc[int(i)]
            yield Pair(relation, head_lemma, tok.lemma_.lower(), head, tok)


@dataclass(frozen=True)
class Relation:
    """Reference counts for one relation: pair total, head and dependent marginals, pairs seen twice+."""

    total: int
    heads: dict[str, int]
    deps: dict[str, int]
    pairs: dict[str, int]  # "head dep" -> count
    partners: dict[str, tuple[str, int]]  # base word -> its most frequent partner and that count
    base_is_dependent: bool = False

    def expected(self, head: str, dep: str) -> float:
        """Sightings of (head, dep) that independence predicts; 0 when either word has no count."""
        h = self.heads.get(head)
        d = self.deps.get(dep)
        if not h or not d:
            return 0.0
        return h * d / self.total

    def seen(self, head: str, dep: str) -> int:
        """Sightings in the reference (0 stands for fewer than two)."""
        return self.pairs.get(f"{head} {dep}", 0)

    def base_total(self, head: str, dep: str) -> int:
        """Uses of the pair's base word (see ``_BASE_IS_DEPENDENT``) in this relation."""
        return self.deps.get(dep, 0) if self.base_is_dependent else self.heads.get(head, 0)


@dataclass(frozen=True)
class Reference:
    """The reference statistics, one ``Relation`` per relation name."""

    relations: dict[str, Relation]
    sources: tuple[str, ...]


@functools.cache
def load_reference(path: Path = DATA) -> Reference:
    """The reference from the data file (cached: read once per process)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    relations = {}
    for name, rel in data["relations"].items():
        pairs = rel["pairs"]
        by_dep = name in _BASE_IS_DEPENDENT
        partners: dict[str, tuple[str, int]] = {}
        for key, count in pairs.items():
            head, dep = key.split(" ")
            base, partner = (dep, head) if by_dep else (head, dep)
            if count > partners.get(base, ("", 0))[1]:
                partners[base] = (partner, count)
        relations[name] = Relation(rel["total"], rel["heads"], rel["deps"], pairs, partners, by_dep)
    return Reference(relations, tuple(data.get("sources", ())))


@dataclass(frozen=True)
class Unnatural:
    """A pair the reference rarely sees though independence expects it often."""

    pair: Pair
    expected: float
    seen: int
    suggestion: str | None  # the base word's usual partner in place of the odd one, in text order


@dataclass
class PairStats:
    """What the reference says about one Doc's pairs."""

    unnatural: list[Unnatural] = field(default_factory=list)
    judged: int = 0  # pairs whose two words both have a count in the reference
    association: float = 0.0  # sum over judged pairs of log2((seen + 0.5) / (expected + 0.5))


def _suggest(pair: Pair, rel: Relation) -> str | None:
    """The base word's usual partner in place of the odd one, as a phrase in text order, when that
    partner is frequent and takes a good share of the base word's uses."""
    base = pair.dep if rel.base_is_dependent else pair.head
    found = rel.partners.get(base)
    if found is None:
        return None
    partner, count = found
    if count < SUGGEST_MIN_COUNT or count < SUGGEST_MIN_SHARE * rel.base_total(pair.head, pair.dep):
        return None
    head, dep = (partner, pair.dep) if rel.base_is_dependent else (pair.head, partner)
    if (head, dep) == (pair.head, pair.dep):
        return None
    return f"{dep} {head}" if pair.dep_token.i < pair.head_token.i else f"{head} {dep}"


def pair_stats(doc: Doc, reference: Reference | None = None) -> PairStats:
    """One pass over ``doc``'s pairs: the unnatural ones (expected at least ``FEATURE_EXPECTED`` times,
    seen fewer than twice), how many pairs the reference could judge and their summed association."""
    reference = reference or load_reference()
    stats = PairStats()
    for pair in pairs_in(doc):
        rel = reference.relations.get(pair.relation)
        if rel is None:
            continue
        expected = rel.expected(pair.head, pair.dep)
        if not expected:  # a word without a count: rare, unknown or outside the reference
            continue
        seen = rel.seen(pair.head, pair.dep)
        stats.judged += 1
        stats.association += math.log2((seen + 0.5) / (expected + 0.5))
        if not seen and expected >= FEATURE_EXPECTED:
            stats.unnatural.append(Unnatural(pair, expected, seen, _suggest(pair, rel)))
    return stats


def find_unnatural(doc: Doc, reference: Reference | None = None) -> list[Unnatural]:
    """The unnatural pairs of ``doc`` (see ``pair_stats``)."""
    return pair_stats(doc, reference).unnatural


def unnatural_features(stats: PairStats, words: int) -> dict[str, float]:
    """``unnatural_pairs_per_1k_words``, and ``pair_association_mean``: the mean association of the
    judged pairs, shrunk toward a typical article's value so that a short text is no outlier."""
    rate = 1000.0 * len(stats.unnatural) / words if words else 0.0
    weight = ASSOCIATION_PRIOR_WEIGHT
    mean = (stats.association + weight * ASSOCIATION_PRIOR) / (stats.judged + weight)
    return {"unnatural_pairs_per_1k_words": rate, "pair_association_mean": mean}


def _clear(u: Unnatural, min_expected: float) -> bool:
    """A clear case: high expectation, the two words within three tokens of each other."""
    return u.expected >= min_expected and abs(u.pair.head_token.i - u.pair.dep_token.i) <= 3


def unnatural_findings(found: list[Unnatural], min_expected: float = FINDING_EXPECTED) -> list[Finding]:
    """Findings for the pairs expected at least ``min_expected`` times, with a message an editor can
    act on. The signal does not emit them (see the module docstring); the benchmark lists them so a
    larger reference can be judged by hand before they are switched on."""
    findings = []
    for u in found:
        if not _clear(u, min_expected):
            continue
        phrase = u.pair.phrase
        if u.suggestion:
            message = f"'{u.suggestion}' is usual; '{phrase}' is rare in edited news"
        else:
            message = (
                f"'{phrase}' is a rare combination in edited news: about {u.expected:.0f} expected, fewer than 2 seen"
            )
        findings.append(
            Finding(start=u.pair.start, end=u.pair.end, message=message, severity=SEVERITY, check="unnatural_pair")
        )
    return findings
