"""Unnatural wording: word pairs that edited English rarely puts together ("strong rain", "make a crime").

Pairs are read from the parse, not from raw bigrams: adjective + noun (amod), verb + object (dobj),
noun + noun compounds, adverb + verb or adjective (advmod) and verb + particle (prt), each as
lower-cased lemmas. Syntactic pairs generalise far better than surface bigrams on a small reference.

The reference (``data/collocations.json.gz``) holds, per relation, how often each head and each
dependent occurred in that relation in about a million words of edited news and encyclopaedia text,
and the count of every pair seen at least twice. Only words common in English at large (a wordfreq
Zipf frequency of at least 4, checked when the file is built) have a count, so a rare, misspelled or
unknown word is never judged. Rebuild it with ``python benchmarks/odd_phrasing_build_collocations.py``
(see that script for the sources and their terms).

A pair is surprising when both words are frequent in that relation, so that independence predicts
it ``expected`` times, yet it was seen fewer than twice. Every such pair counts in the features;
a finding is given only when the expectation is high (``FINDING_EXPECTED``) and the pair is short
and plainly worded.

No nlp() call here: everything reads the shared Doc (POS, dependencies, lemmas).
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scorer import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA = Path(__file__).with_name("data") / "collocations.json.gz"

#: A pair counts as unnatural (feature) when independence predicts at least this many sightings
#: in the reference and it was seen fewer than twice.
FEATURE_EXPECTED = 1.0
#: ... and is a finding only from this expectation up.
FINDING_EXPECTED = 4.0
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


def _plain(tok: Token, allow_stop: bool = False) -> bool:
    """A lower-case alphabetic word (no name, no sentence-initial capital, no acronym), not a stop word
    unless ``allow_stop``."""
    text = tok.text
    return text.isalpha() and text.islower() and len(text) > 1 and (allow_stop or not tok.is_stop)


def pairs_in(doc: Doc) -> Iterator[Pair]:
    """The syntactic pairs of ``doc`` that the reference can speak to, in text order of the dependent."""
    for tok in doc:
        head = tok.head
        if head is tok:
            continue
        for relation, (head_pos, dep_pos, labels) in RELATIONS.items():
            if tok.dep_ not in labels or tok.pos_ not in dep_pos or head.pos_ not in head_pos:
                continue
            # stop words are judged as heads ("make", "take") but not as dependents ("other", "also"),
            # which combine with anything
            if not (_plain(head, allow_stop=True) and _plain(tok, allow_stop=relation in _FUNCTION_DEPENDENT)):
                break
            head_lemma = head.lemma_.lower()
            if head_lemma in _UNSELECTIVE_HEADS:
                break
            yield Pair(relation, head_lemma, tok.lemma_.lower(), head, tok)
            break


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
    suggestion: str | None  # the head's usual partner in this relation, as a phrase in text order


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


def find_unnatural(doc: Doc, reference: Reference | None = None) -> list[Unnatural]:
    """Every pair of ``doc`` with an expectation of at least ``FEATURE_EXPECTED`` and fewer than two
    sightings in the reference."""
    reference = reference or load_reference()
    found: list[Unnatural] = []
    for pair in pairs_in(doc):
        rel = reference.relations.get(pair.relation)
        if rel is None:
            continue
        seen = rel.seen(pair.head, pair.dep)
        if seen:
            continue
        expected = rel.expected(pair.head, pair.dep)
        if expected >= FEATURE_EXPECTED:
            found.append(Unnatural(pair, expected, seen, _suggest(pair, rel)))
    return found


def judged_pairs(doc: Doc, reference: Reference | None = None) -> int:
    """How many pairs of ``doc`` the reference knows both words of (the denominator of a share)."""
    reference = reference or load_reference()
    count = 0
    for pair in pairs_in(doc):
        rel = reference.relations.get(pair.relation)
        if rel is not None and pair.head in rel.heads and pair.dep in rel.deps:
            count += 1
    return count


def unnatural_features(found: list[Unnatural], words: int) -> dict[str, float]:
    """Rate of unnatural pairs per 1,000 words and their mean log2 expectation (0 when none)."""
    import math

    rate = 1000.0 * len(found) / words if words else 0.0
    mean = sum(math.log2(u.expected) for u in found) / len(found) if found else 0.0
    return {"unnatural_pairs_per_1k_words": rate, "unnatural_mean_log2_expected": mean}


def _clear(u: Unnatural) -> bool:
    """A clear case: high expectation, the two words within three tokens of each other."""
    return u.expected >= FINDING_EXPECTED and abs(u.pair.head_token.i - u.pair.dep_token.i) <= 3


def unnatural_findings(found: list[Unnatural]) -> list[Finding]:
    """Findings for the clear cases only, with a message an editor can act on."""
    findings = []
    for u in found:
        if not _clear(u):
            continue
        phrase = u.pair.phrase
        if u.suggestion:
            message = f"'{u.suggestion}' is usual; '{phrase}' is rare in edited news"
        else:
            message = (
                f"'{phrase}' is a rare combination in edited news: about {u.expected:.0f} expected, "
                f"fewer than 2 seen"
            )
        findings.append(Finding(start=u.pair.start, end=u.pair.end, message=message, severity=SEVERITY))
    return findings
