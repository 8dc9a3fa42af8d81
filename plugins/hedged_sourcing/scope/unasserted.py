"""The article does not assert it: the attribution stands inside quotation marks (a speaker's words, or a
word in scare quotes), in the title of a bracketed link or a headline the page ran into the text, or in a
hypothetical (a modal, a conditional, a bare infinitive under another verb). Reasons ``quoted``, ``link_title``,
``hypothetical``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns as P
from ..detect import goes_on_to
from ..quotes import Quotes
from .common import SPEAKING_VIAS

if TYPE_CHECKING:
    from spacy.tokens import Token



_ASSERTING_AUX = frozenset({"do", "does", "did", "will", "shall", "'ll", "wo"})


_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})


def in_bracketed_line(text: str, at: int) -> bool:
    """The line holding ``at`` is wholly in square brackets: a related story's headline or a video's title
    that the publisher linked into the text, not the article's own sentence."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    return line.startswith("[") and line.endswith("]") and "]" not in line[:-1]


def in_a_headline(tok: Token) -> bool:
    """The hedge word is capitalised inside a run of capitalised words mid-sentence: a related story's headline
    the page ran into the text ("... the news agency specified. Sputnik Mikhail Alayeddin Syrian Army
    Reportedly Engaged in Fierce Fighting Against Daesh in Homs The day before ..."), not the article's own
    sentence. Not a sentence's first word, nor one after a dateline ("(Sputnik) Reportedly the shelling ...")."""
    doc = tok.doc
    if tok.is_sent_start or not tok.text[:1].isupper() or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return all(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start for t in (before, after))


#: A yes/no question: an auxiliary opens the sentence and a question mark ends it ("Has this been reported
#: anywhere else?"). Read on the text, since a question run into the next sentence ("else?Is there") parses
#: as one sentence with it.
_YES_NO_OPENING = re.compile(
    r"(?:Has|Have|Had|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Shall|May|Might)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def yes_no_question(text: str, at: int) -> bool:
    """The sentence holding ``at`` is a yes/no question: it asks, and no claim rests on what it asks."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1  # back from ``at`` only, not from the top
    end = _SENTENCE_END.search(text, at)
    if end is None or end.group() != "?":
        return False
    return _YES_NO_OPENING.match(text[start:at].lstrip(" \t\"“‘'(")) is not None


def inside_quotation(cue: Token, quotes: Quotes) -> bool:
    """The cue's last character lies between quotation marks (its first may be a mark glued on)."""
    return quotes.covering(cue.idx + len(cue.text) - 1) is not None


#: Attributions whose cue word, when inside a quotation, makes them the quoted person's words: a speaker's
#: verb, and a judging passive ('the theme was “considered offensive.”').
QUOTABLE_CUE_VIAS = SPEAKING_VIAS | {"evaluative"}


def _speaker_after_quotation(cue: Token) -> bool:
    """'"He desperately wanted her in his clothes," a source ... explained': the speaker's clause comes
    after the quotation it reports (the parser hangs it on the quotation's verb)."""
    if cue.i <= cue.head.i:
        return False
    edge = cue.left_edge
    if edge.i > 0 and cue.doc[edge.i - 1].tag_ == "''":
        return True
    # '"... seeing how many people like the post," an insider told Radar': the parse gave the verb words
    # from inside the quotation, so its left edge is there; its subject still opens right after the mark
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    return subject is not None and subject.left_edge.i > 0 and cue.doc[subject.left_edge.i - 1].tag_ == "''"


#: Verbs of conceding or confirming: negated, the clause they hold is asserted by no one ("did not admit their
#: employees called the cake racist").
_CONCEDING = frozenset({"admit", "confirm", "acknowledge", "concede", "say", "state", "claim", "allege"})


#: Verbs of coming to know, which a purpose clause wishes on someone ("..., so everyone knows that ...").
_COMING_TO_KNOW = frozenset({"know", "understand", "learn", "realize", "realise"})


def known_of_nobody(cue: Token) -> bool:
    """'no one in the probe is known to have received full immunity': "known" in the passive with nobody as its
    subject says what the record lacks; no claim is passed on. Not belief ("No motive is believed to ..."): whose?"""
    if cue.lemma_.lower() != "know" or not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    for subject in (c for c in cue.children if c.dep_ == "nsubjpass"):
        if subject.lower_ in ("nobody", "nothing", "none", "noone"):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            return True  # "no one", "no motive"
    return False


#: Verbs whose "being" + participle is a prospect, not an event: "risk being blamed", "avoid being seen as".
_PROSPECT_VERBS = frozenset({"risk", "avoid", "fear", "dread", "escape", "resist", "mind"})


def hypothetical(cue: Token) -> bool:
    """The cue does not report a claim: a modal on it, a conditional clause above it, or a bare
    infinitive ("heard a reporter say")."""
    if (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in P.ASPECT_VERBS) or goes_on_to(cue):
        return hypothetical(cue.head)  # "critics continue to say", "went on to say": as hypothetical as "critics
        # continue"
    children = list(cue.children)
    modals = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"}
    if modals & P.HYPOTHETICAL_MODALS:
        return True
    if modals & _FUTURE:
        # "Trump will be viewed as lacking", "Critics will say ...": the writer predicts a judgement or
        # an objection nobody has made yet, so no claim is credited to anyone
        return True
    raised = cue.dep_ == "xcomp" and cue.head.lemma_.lower() in P.RAISING_VERBS
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children) and not raised:
        return True  # "loath to be seen as", "it remains to be seen"; not "seem to have agreed"
    if (
        cue.tag_ == "VB"
        and cue.dep_ in ("xcomp", "ccomp", "advcl")
        and not any(c.dep_ == "aux" and c.lower_ in _ASSERTING_AUX for c in children)
    ):
        return True  # a bare infinitive under another verb ("let critics say")
    if (
        cue.dep_ in ("ccomp", "xcomp")
        and cue.head.lemma_.lower() in P.NON_ASSERTING_HEADS
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
        and not _speaker_after_quotation(cue)
    ):
        return True  # "you hear a reporter say", "have people believe"
    if cue.dep_ == "ccomp" and cue.head.lower_ in ("sure", "certain") and cue.head.head.lemma_.lower() == "make":
        return True  # "Share this and make sure everyone knows that ...": a directive, no claim
    if (
        cue.dep_ == "ccomp"
        and cue.head.lemma_.lower() in _CONCEDING
        and any(c.dep_ == "neg" for c in cue.head.children)
    ):
        return True  # "Walmart confirmed the story, but they did not admit their employees called the cake racist":
        # nobody asserts the clause a denied admission holds
    if cue.lemma_.lower() in _COMING_TO_KNOW and not any(c.dep_ == "auxpass" for c in children) and any(
        c.lower_ == "so" and c.dep_ in ("advmod", "mark") and cue.sent.start < c.i < cue.i
        and c.doc[c.i - 1].text == ","
        for c in children
    ):
        return True  # "to place signs at all entrances, so everyone entering the school knows that ...": a purpose
    if (
        cue.dep_ == "pcomp"
        and cue.head.lower_ == "of"
        and cue.head.head.pos_ in ("NOUN", "ADJ")
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children)
    ):
        return True  # "the fear of being labeled a racist", "afraid of being seen as weak": a prospect
    if (
        cue.dep_ == "xcomp"
        and cue.head.lemma_.lower() in _PROSPECT_VERBS
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children)
    ):
        return True  # "Neither party wants to risk being blamed for a shutdown", "to avoid being seen as": a prospect
    if cue.dep_ == "ccomp" and cue.head.lemma_.lower() in P.INFERENCE_VERBS and cue.head.tag_ == "VBG":
        return True  # "the peso rallied, suggesting investors viewed Clinton as the winner"
    if _correlative(cue):
        return True
    tok = cue
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in P.CONDITIONAL_MARKS for c in tok.children):
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("advcl", "relcl", "conj", "ccomp", "xcomp", "acl", "pcomp"):
            break
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in P.CUE_VERBS:
            break  # "Experts say that if ..." is the content, not a condition on the cue
        tok = tok.head
    return False


def _correlative(cue: Token) -> bool:
    """'The more politics gets polarized, the more voters fear the candidate at the pole furthest from
    them': a comparative correlative states a general rule (if one, then the other), no one's claim."""
    sent = cue.sent
    if len(sent) < 4 or sent[0].lower_ != "the" or sent[1].tag_ not in _COMPARATIVE_TAGS:
        return False
    return any(
        sent[k].lower_ == "the" and sent[k + 1].tag_ in _COMPARATIVE_TAGS and sent[k - 1].text == ","
        for k in range(2, cue.i - sent.start - 1)
    )


_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
