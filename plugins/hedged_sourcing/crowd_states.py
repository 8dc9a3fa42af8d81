"""How an unnamed crowd feels, told by the writer as a fact: "Many are not surprised by the
regulation", "Much of the country is happy to have her ... out of politics", "Most people are
shocked by the news", "There is one thing that has baffled many". Nobody is quoted and no poll is
given: the writer speaks for many or most of a crowd, and an editor asks who says so
(``vague_source``, as "many people believe" is).

Only many, most, much of, a lot of, a majority of: "some were surprised" and "people were shocked"
tell a scene as often as they claim a crowd's mood. The subject is the crowd itself (a pronoun,
or a crowd noun the source rules of ``classify.py`` take as vague), or the object of a verb of
feeling ("has baffled many", "shocked most observers"). Left alone:

* a feeling with a number or a share for it ("Most voters, 61 percent, are worried"): a poll's
  result (``scope/measured.py``);
* a crowd the sentence describes ("Many who lost their homes are angry"): the topic, not a source;
* a hypothetical or a question ("Many would be surprised if ..."): no claim;
* a crowd with its own members named next (``scope/named_nearby.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import patterns as P
from .attribution import Attribution, lemma_of
from .candidates import candidates
from .classify import VAGUE, classify_source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: States of feeling a crowd is said to be in: "Many are not surprised", "Most people are shocked".
FEELINGS = frozenset(
    {
        "surprised",
        "shocked",
        "stunned",
        "happy",
        "unhappy",
        "glad",
        "pleased",
        "thrilled",
        "delighted",
        "excited",
        "outraged",
        "angry",
        "furious",
        "upset",
        "disgusted",
        "disappointed",
        "frustrated",
        "baffled",
        "confused",
        "puzzled",
        "horrified",
        "relieved",
        "sympathetic",
        "fed",
    }
)
#: Verbs whose object feels: "has baffled many", "shocked most".
FEELING_VERBS = frozenset(
    {"baffle", "puzzle", "shock", "stun", "surprise", "outrage", "anger", "upset", "disgust", "horrify", "delight"}
)
#: The quantifiers that make the writer speak for a crowd.
_MANY = frozenset({"many", "most", "much"})
#: Nouns that count a crowd through "of": "a lot of people", "a majority of voters", "much of the country".
_COUNT_NOUNS = frozenset({"lot", "lots", "majority", "much", "most", "many"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Words by which a sentence gives a measure for the crowd's mood: a poll's result, not the writer's claim.
_MEASURES = frozenset({"%", "percent", "per", "poll", "polls", "survey", "surveys", "surveyed", "polled"})
#: Whole populations after "much of": "Much of the country is happy".
_POPULATIONS = frozenset({"country", "nation", "public", "world", "america", "electorate", "population", "fanbase"})


def find_crowd_states(doc: Doc) -> list[Attribution]:
    """Every feeling of many or most of an unnamed crowd told as a fact."""
    found: list[Attribution] = []
    for tok in candidates(doc, FEELINGS, FEELING_VERBS):
        with_object = lemma_of(tok) in FEELING_VERBS and any(c.dep_ == "dobj" for c in tok.children)
        attr = _object_feels(tok) if with_object else _state(tok) if tok.lower_ in FEELINGS else None
        if attr is not None:
            found.append(attr)
    return found


def _modal(verb: Token) -> bool:
    """'Many would be surprised if ...', 'most can be happy': a modal makes it no statement of fact
    (negation is no bar: "Many are not surprised" is a claim about the crowd too)."""
    return any(c.dep_ == "aux" and (c.lower_ in P.HYPOTHETICAL_MODALS or c.tag_ == "MD") for c in verb.children)


def _crowd(subject: Token) -> tuple[int, int] | None:
    """The first and last token of a crowd of many or most, or None: 'Many', 'Most people', 'Much
    of the country', 'a lot of fans', 'most traditional Americans'."""
    lower = subject.lower_
    if any(c.dep_ in ("relcl", "acl", "poss") for c in subject.children):
        return None  # "Many who lost their homes", "his many fans": a crowd the sentence describes
    if any(c.dep_ == "nummod" or c.like_num for c in subject.subtree):
        return None  # "most of the 12 jurors": a counted group
    if lower in _COUNT_NOUNS:
        of = next((c for c in subject.rights if c.lower_ == "of"), None)
        if of is None:
            return (subject.i, subject.i) if lower in ("many", "most") and subject.dep_ in _SUBJECTS else None
        member = next((c for c in of.children if c.dep_ == "pobj"), None)
        if member is None:
            return None
        if member.lemma_.lower() in _POPULATIONS or _vague(member):
            return (subject.left_edge.i, member.i)
        return None
    quantified = any(
        g.lower_ in _MANY and g.dep_ in ("amod", "det", "advmod") for c in subject.lefts for g in (c, *c.lefts)
    )
    if not quantified or not _vague(subject):
        return None
    return (subject.left_edge.i, subject.i)


def _measured(verb: Token) -> bool:
    """A share or a poll in the sentence: "Most voters, 61 percent, are worried"."""
    return any(t.lower_ in _MEASURES for t in verb.sent)


def _vague(noun: Token) -> bool:
    source = classify_source(noun)
    return source is not None and source.kind == VAGUE


def _state(adjective: Token) -> Attribution | None:
    """'Many are not surprised by the regulation', 'Most people are shocked by the news'."""
    if adjective.dep_ == "acomp" or (adjective.dep_ == "ROOT" and adjective.tag_ == "VBN"):
        verb = adjective.head if adjective.dep_ == "acomp" else adjective
    else:
        return None
    if adjective.dep_ == "acomp" and lemma_of(verb) not in ("be", "seem", "appear", "feel", "remain", "get"):
        return None
    if _modal(verb) or verb.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    bounds = _crowd(subject)
    if bounds is None:
        return None
    first, last = bounds
    if _measured(verb):
        return None
    return Attribution(VAGUE, first, adjective.i, adjective.lower_, "crowd_state", source_last=last, cue_i=verb.i)


def _object_feels(verb: Token) -> Attribution | None:
    """'There is one thing that has baffled many', 'The verdict shocked most observers'."""
    if verb.pos_ != "VERB" or _modal(verb):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    bounds = _crowd(obj) if obj.lower_ not in ("many", "most") else (obj.i, obj.i)
    if bounds is None or _measured(verb):
        return None
    return Attribution(VAGUE, verb.i, bounds[1], verb.lower_, "crowd_state", source_last=bounds[1], cue_i=verb.i)
