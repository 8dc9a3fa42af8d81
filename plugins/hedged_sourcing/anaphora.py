"""'Adds the friend', 'said the official': a definite description that can only refer back to an
unnamed source.

Tabloid and wire copy alike introduce an unnamed source once ("a Kardashian friend claims", "a
senior official said") and then cite it again and again by its role with "the" ("claims the
friend", "the official added", "the Kardashian friend says"). Taken alone, "the friend" is
anaphoric and the classifier leaves it aside; but when the nearest earlier source with the same
role noun is an unnamed one, and no name for that role comes in between ("his friend, Jo Bam,"),
the description continues that source and its claim is no more checkable than the first.
"the person said" takes up "a person familiar with the talks said" the same way, when nothing more
describes the person ("the person who filed the suit" is someone else, the topic).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from . import patterns as P
from .classify import ANONYMOUS, NAMED, VAGUE, classify_source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How far back (in tokens) a mention of the same role noun with a name's possessive is looked for.
_NAMED_MENTION_REACH = 120

#: Role nouns a definite description may re-use for an unnamed source introduced before.
ANAPHOR_NOUNS = (P.ROLE_NOUNS | P.RELATION_NOUNS) - P.TITLE_NOUNS - {"people", "person"}


class _Sourced(Protocol):
    kind: str
    first: int

    @property
    def source_end(self) -> int: ...


def definite_role(head: Token) -> bool:
    """'the friend', 'the Kardashian friend', 'the officials', 'the mag's insider': a role noun
    made definite by "the" or an owner that is not a person, with no name beside it."""
    if head.pos_ != "NOUN" or (head.lemma_.lower() not in ANAPHOR_NOUNS and not _the_person(head)):
        return False
    if any(c.dep_ in ("appos", "compound", "nmod") and c.pos_ == "PROPN" and c.i > head.i for c in head.children):
        return False  # "the friend Jo Bam"
    dets = [c.lower_ for c in head.lefts if c.dep_ == "det"]
    owners = [c for c in head.lefts if c.dep_ == "poss"]
    if owners:
        return all(o.tag_ not in ("PRP$", "WP$") for o in owners)  # "the mag's insider", not "his friend"
    return dets == ["the"]


def _the_person(head: Token) -> bool:
    """'the person said': one person, described by nothing more ("the person who filed the suit" is
    someone else, the topic); it can only take up "a person familiar with the talks" said before."""
    return head.lower_ == "person" and not any(c.dep_ in ("relcl", "acl", "prep", "amod") for c in head.children)


def antecedent(doc: Doc, head: Token, before: list[_Sourced]) -> _Sourced | None:
    """The unnamed source ``head`` refers back to: the nearest earlier attribution whose source
    has the same role noun, when it is unnamed and no named holder of the role comes in between."""
    lemma = head.lemma_.lower()
    attr = _nearest_same_role(doc, head, before)
    if attr is None:
        return None
    noun = doc[attr.first : attr.source_end + 1].root
    if attr.kind not in (ANONYMOUS, VAGUE) or _named_in_between(doc, lemma, noun.i, head.i):
        return None
    if (noun.tag_ == "NNS") != (head.tag_ == "NNS"):
        return None  # "officials said ... the official added": one of them, or someone else?
    return attr


def _nearest_same_role(doc: Doc, head: Token, before: list[_Sourced]) -> _Sourced | None:
    """The nearest attribution before ``head`` whose source has the same role noun as ``head``."""
    lemma = head.lemma_.lower()
    for attr in reversed(before):
        if attr.first >= head.i:
            continue
        noun = doc[attr.first : attr.source_end + 1].root  # "a staffer familiar with the briefings": staffer
        if noun.lemma_.lower() == lemma:
            return attr
    return None


def _named_in_between(doc: Doc, lemma: str, start: int, end: int) -> bool:
    """A name is given for someone in the role between the two mentions ('his friend, Jo Bam,')."""
    for tok in doc[start + 1 : end]:
        if tok.lemma_.lower() != lemma:
            continue
        if any(c.pos_ == "PROPN" and c.dep_ in ("appos", "compound") for c in tok.children):
            return True
        if tok.dep_ in ("appos", "compound") and tok.head.pos_ == "PROPN":  # "Jo Bam, a friend", "Officer Lee"
            return True
    return False


def refers_to_named(doc: Doc, head: Token, before: list[_Sourced]) -> bool:
    """'Baroni's attorneys have sought to argue ... the attorneys released': a definite role noun whose
    nearest earlier mention with the same noun was a named source, or a name's possessive the classifier
    calls named ("Baroni's attorneys", counsel of a named party; not "Trump's advisers"): the same people,
    whom the article has already identified."""
    if head.pos_ != "NOUN" or [c.lower_ for c in head.lefts if c.dep_ in ("det", "poss")] != ["the"]:
        return False
    earlier = _nearest_same_role(doc, head, before)
    if earlier is not None:
        return earlier.kind == NAMED
    lemma = head.lemma_.lower()
    for tok in reversed(doc[max(0, head.i - _NAMED_MENTION_REACH) : head.i]):
        if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
            if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children):
                return False
            source = classify_source(tok)  # "Baroni's attorneys" (counsel of a named party), not "Trump's advisers"
            return source is not None and source.kind == NAMED
    return False
