"""The attribution passes on no claim: an act, a plan, a refusal to comment, an instruction, an attitude or
mood, an audience counted, an open question. Reasons ``no_claim``, ``question``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns as P

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..attribution import Attribution


#: What holds a report noun's claim: a clause on it, or the verb or preposition that draws on it.
_DRAWN_ON = frozenset({"according", "on", "citing", "cite", "show", "suggest", "say", "find", "indicate"})


def report_holds_a_claim(noun: Token) -> bool:
    """'reports from officials that ...', 'based on accounts from law enforcement officials': the report
    noun carries a claim, by a clause of its own or by what the sentence draws from it; not 'recommend
    stories by other journalists', 'amid dire warnings from medical experts about Zika'."""
    if any(c.dep_ in ("acl", "relcl", "ccomp", "appos") for c in noun.children):
        return True
    governor = noun.head
    if noun.dep_ == "pobj":
        governor = governor if governor.lower_ in _DRAWN_ON else governor.head
    if noun.dep_ in ("nsubj", "nsubjpass") or governor.lemma_.lower() in _DRAWN_ON:
        return True
    # "In another report from the same source ..., it states that ...": the sentence's clause is the report's
    return noun.dep_ == "pobj" and governor.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("ccomp", "parataxis") for c in governor.children
    )


#: What a speaker says when declining to comment: "We are not going to speak to the content", "no comment".
_NO_COMMENT = re.compile(
    r"\b(?:(?:not|n[’']t|never)\s+(?:going\s+to\s+|able\s+to\s+|be\s+)?(?:comment(?:ing)?|speak(?:ing)?\s+to"
    r"|discuss(?:ing)?|get(?:ting)?\s+into)|no\s+comment)\b",
    re.IGNORECASE,
)


def declines_to_comment(cue: Token) -> bool:
    """The cue's sentence, a short one, says only that the speaker will not comment: it declines to speak to
    the matter and goes on to no claim after that ("but", "however", "although", a semicolon)."""
    text = cue.sent.text
    found = _NO_COMMENT.search(text)
    # "... would not comment, but said the deal was dead": a claim after all
    return found is not None and len(text) < 300 and _CLAIM_AFTER.search(text, found.end()) is None


_CLAIM_AFTER = re.compile(r"\bbut\b|\bhowever\b|\balthough\b|;", re.IGNORECASE)


def announces_a_plan(cue: Token) -> bool:
    """ "announced plans to sue", "announced her candidacy": what is announced is the speaker's own next
    step (a plan, a decision, a bid), which the announcement itself makes true; no claim rests on it."""
    if cue.lemma_.lower() != "announce" or any(c.dep_ in ("ccomp", "parataxis") for c in cue.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in P.OWN_STEP_NOUNS for c in cue.children)


#: Verbs that hold a claim only through a clause ("know that ...") or an "as" ("view her as ..."); with a
#: bare object they tell an acquaintance or an attitude to a thing, which no one needs a source for.
_CLAUSE_OR_AS_VERBS = frozenset({"know", "view", "regard"})


_OBJECT_PRONOUNS = frozenset({"it", "this", "that", "so", "what", "which"})


def attitude_to_a_thing(cue: Token) -> bool:
    """ "most people primarily know people of their own race", "Many conservatives view the mainstream
    media networks with skepticism": the verb takes a thing, not a claim (no clause, no "as"), so
    nothing rests on the group. Not "welcome": "environmentalists welcomed India's announcement" was
    judged a query (a vague group's reaction), "were warmly welcomed by NATO allies" not."""
    if cue.lemma_.lower() not in _CLAUSE_OR_AS_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis", "oprd") for c in cue.children):
        return False
    if any(t.lower_ == "as" for c in cue.children for t in (c, *c.children)):
        return False  # "view the media as biased" ("as" on the verb, its object or a clause under it)
    things = [c for c in cue.children if c.dep_ == "dobj"]
    return bool(things) and all(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _OBJECT_PRONOUNS for t in things)


#: Feelings one expresses, which claim nothing without a clause: "Several students expressed frustration over ...".
#: Not doubt, concern or scepticism: judgements of what is so ("insiders have expressed doubt about his willingness").
_EXPRESSED_FEELINGS = frozenset({
    "frustration", "anger", "outrage", "dismay", "disappointment", "sadness", "shock", "sympathy", "gratitude",
    "condolence", "joy", "delight", "excitement", "grief", "sorrow", "regret", "exasperation", "displeasure",
})  # fmt: skip


def a_feeling(cue: Token) -> bool:
    """ "many European citizens feel stung": "feel" with an adjective or participle and no clause says how
    the group feels, not what it holds to be true ("many feel that the euro failed" is a claim); so does
    "expressed frustration over the extent to which ..." ("Republicans expressed frustration that Holt did not
    ask" holds a claim)."""
    if cue.lemma_.lower() == "express":
        feeling = next((c for c in cue.children if c.dep_ == "dobj"), None)
        return (
            feeling is not None
            and feeling.lemma_.lower() in _EXPRESSED_FEELINGS
            and not any(c.dep_ in ("ccomp", "acl") for c in feeling.children)  # "frustration that Holt did not ..."
            and not any(c.dep_ in ("ccomp", "parataxis") for c in cue.children)
        )
    if cue.lemma_.lower() != "feel":
        return False
    mood = next((c for c in cue.children if c.dep_ in ("acomp", "oprd") and c.tag_ in ("JJ", "VBN")), None)
    if mood is None:
        return False
    # a clause after the mood is the parse's reading of what follows it ("feel stung after the euro crisis
    # highlighted ... and the migration crisis ushered ..."), unless "that" opens it
    return not any(
        c.dep_ in ("ccomp", "parataxis") and (c.i < mood.i or any(m.lower_ == "that" for m in c.children))
        for c in cue.children
    )


#: Verbs whose agent is an audience: "viewed by 14.7 million people", "watched by millions".
_AUDIENCE_VERBS = frozenset({"view", "watch", "see", "read", "hear", "visit", "attend", "download", "stream"})


def an_audience(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """A passive of watching whose agent is a counted crowd ("viewed by 14.7 million people"): how many
    saw something, not whose view it is ("seen by many as a betrayal" has its "as" and stays)."""
    if cue.lemma_.lower() not in _AUDIENCE_VERBS or any(t.lower_ == "as" for t in cue.subtree):
        return False
    return any(t.like_num for t in doc[attr.first : attr.source_end + 1])


_INSTRUCTING_VERBS = frozenset({
    "tell", "warn", "urge", "advise", "order", "instruct", "caution", "remind", "encourage", "ask", "implore",
    "direct",
})


def instructs(cue: Token) -> bool:
    """ "told Flint residents not to drink", "urged voters to stay home": the verb gives an instruction
    to someone (an object and a "to"-infinitive, no clause of a claim), an act on the record."""
    if cue.lemma_.lower() not in _INSTRUCTING_VERBS or not any(c.dep_ in ("dobj", "dative") for c in cue.children):
        return False
    infinitive = _to_infinitive(cue)
    # a clause the parser hung on the verb after the infinitive belongs further on ("... coming out of their
    # taps, which they had previously been assured was safe")
    return infinitive is not None and not any(
        c.dep_ in ("ccomp", "parataxis") and c.i < infinitive.i for c in cue.children
    )


def a_person_described(cue: Token) -> bool:
    """ "Burks is described as an African-American male, medium brown skin, six feet two inches tall": a passive
    "described as" whose complement gives a person's sex and build or dress, as a police notice does."""
    if cue.lemma_.lower() != "describe" or not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    words = {t.lower_ for c in cue.children if c.dep_ in ("prep", "oprd", "attr") for t in c.subtree}
    return bool(words & _SEXES) and bool(words & _BUILD_OR_DRESS)


#: The words of a description of a wanted or missing person.
_SEXES = frozenset({"male", "female", "man", "woman", "boy", "girl"})
_BUILD_OR_DRESS = frozenset({
    "tall", "inches", "inch", "feet", "foot", "pounds", "lbs", "weighing", "skin", "hair", "build", "wearing",
    "complexion", "eyes", "beard", "tattoo", "tattoos",
})


def _to_infinitive(cue: Token) -> Token | None:
    """The verb's "to"-infinitive complement ("agreed to distribute", "told residents not to drink")."""
    return next((c for c in cue.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.lefts)), None)


def to_do(cue: Token) -> bool:
    """'agreed to distribute', 'hopes to offset': an infinitive of an act and no clause of a claim."""
    if any(c.dep_ in ("ccomp", "parataxis") for c in cue.children):
        return False
    return _to_infinitive(cue) is not None


_REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"})


def names_itself(cue: Token) -> bool:
    """ "Perry fans call themselves 'KatyCats'": a group's name for itself, no claim about anything."""
    return cue.lemma_.lower() in ("call", "dub", "style") and any(
        c.dep_ in ("dobj", "oprd", "nsubj") and c.lower_ in _REFLEXIVES for c in cue.children
    )
