"""Whose voice a sentence or a quoted term is in, for the loaded-language rules: whether a sentence
reports someone's speech or view (:func:`reports_speech`), where it describes the speaker in its own words
(:func:`speaker_ranges`), and whether a quoted term is a speaker's word that the article mentions
(:func:`said_elsewhere`). Read by ``strong_words``, ``destruction``,
``rhetoric``, ``sneers`` and the learned loaded-word detector (``learned``).

No nlp() call here: everything reads the shared Doc.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A sentence that reports speech ("..., he said", "according to") is someone else's voice even
#: without quotation marks ("so-called" is not "called").
_REPORTED = re.compile(
    r"(?<![\w-])(?:said|says|say|saying|told|tells|telling|wrote|writes|writing|tweeted|tweeting|posted|according to|"
    r"claimed|claims|claiming|call|called|calls|calling|described|describes|describing|accused|accuses|accusing|"
    r"dubbed|labeled|labelled|branded|likened|likens|liken|likening|wondered|wonders|argue|argues|argued|arguing|"
    r"insist|insists|insisted|portray|portrays|"
    r"portrayed|portraying|depict|depicts|depicted|depicting|dismiss|dismisses|dismissed|dismissing|"
    r"diatribe|tirade|rant|speculate|speculates|speculated|speculating|"
    r"lambast|lambasts|lambasted|lambasting|lambaste|lambastes|"
    r"(?:struck|strikes|strike|seen|viewed|regarded)\s+(?:\w+\s+)?as|"
    r"(?:present|paint|cast)(?:s|ed|ing)?\s+\w+(?:\s+\w+)?\s+as|"
    # a speaker closing the sentence, the comma perhaps lost: "... a political solution the Coalition added."
    r"(?:added|adds|stressed|noted|stated|explained|warned|asserted|declared)(?=[\s.!?\"”’']*$))\b",
    re.IGNORECASE,
)
#: "call" reports speech when it names or describes ("called him a liar", "called it a travesty",
#: "called for", "calls on", "what she calls"), not when it summons or convenes ("called a ten-minute
#: recess", "called her mother", "called the vote"): a direct object with nothing said of it.
_CALL = re.compile(r"call(?:s|ed|ing)?", re.IGNORECASE)


def _call_convenes(doc: Doc, start: int) -> bool:
    """Whether the "call" at ``start`` is the verb of calling a meeting or a person, not of naming:
    a direct object and no predicate, clause or "for"/"on"/"out" after it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span[0].pos_ != "VERB":
        return False
    kids = list(span[0].children)
    objects = [c for c in kids if c.dep_ == "dobj"]
    if not objects:
        return False
    # one calls a meeting, a vote or a person ("a recess", "her mother", "Smith"); a bare common noun is
    # the thing named ("calling liars liars")
    obj = objects[0]
    if obj.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children):
        return False
    # "called allegations against their forces illogical", "calling the shoot disrespectful": the
    # parse hangs the predicate on the object, after it
    if any(c.i > obj.i and c.dep_ in ("amod", "acomp", "appos", "oprd") for c in obj.children):
        return False
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") for c in kids):
        return False
    return not any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "out", "as") for c in kids)


def reports_speech(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the sentence ``start``..``end`` reports someone's speech or view (``_REPORTED``), not
    counting a "call" that convenes or telephones (``_call_convenes``)."""
    return any(
        not (_CALL.fullmatch(m.group()) and _call_convenes(doc, m.start()))
        for m in _REPORTED.finditer(text, start, end)
    )


#: Verbs of speech whose speaker and manner the writer describes in words of their own: "Donald Trump's
#: despicable spawn tweeted out a meme", "snidely claiming that", "many liars claiming darkness will descend".
_SPEECH_LEMMAS = frozenset(
    {"say", "tell", "write", "tweet", "post", "claim", "wonder", "argue", "insist", "speculate"}
)


def speaker_ranges(doc: Doc, text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """None when the sentence ``start``..``end`` reports no one (:func:`reports_speech`); else the character
    ranges where the writer describes who reports or how: the subject of each verb of speech
    (``_SPEECH_LEMMAS``), the noun a participle of speech describes ("the overwhelming Leftist propaganda
    claiming that"), and the verb's own adverbs ("snidely claiming"). Empty when any other form of
    ``_REPORTED`` is in the sentence ("according to", "called ... a", "seen as"), whose reach is the whole
    sentence, or when the parser made the verb an aside ("..., he said, ...")."""
    reporting = [m for m in _REPORTED.finditer(text, start, end)
                 if not (_CALL.fullmatch(m.group()) and _call_convenes(doc, m.start()))]
    if not reporting:
        return None
    ranges: list[tuple[int, int]] = []
    for m in reporting:
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        verb = span[0] if span is not None and len(span) == 1 else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _SPEECH_LEMMAS:
            return []
        if verb.dep_ == "parataxis" or not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in verb.children):
            return []
        describers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "advmod")]
        if verb.dep_ == "xcomp":  # "One of Trump's vile advisers went so far as to say": the raised subject
            describers += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        ranges += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in describers]
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            ranges.append((verb.head.left_edge.idx, verb.head.idx + len(verb.head)))
    return ranges


def said_elsewhere(doc: Doc, text: str, term: str, quotes: Sequence[tuple[int, int]], here: int) -> bool:
    """Whether another quotation holding ``term`` stands in a sentence that reports someone's speech:
    then the term is that speaker's word, mentioned (the writer repeating a scare-quoted label of
    their own is not)."""
    low = term.strip(" ,.").lower()
    for a, b in quotes:
        if a <= here < b or low not in text[a:b].lower():
            continue
        span = doc.char_span(a, a + 1, alignment_mode="expand")
        sent = span[0].sent if span is not None else None
        if sent is None or reports_speech(doc, text, sent.start_char, sent.end_char):
            return True
        if a <= sent.start_char + 1 and b >= sent.start_char + len(text[sent.start_char : sent.end_char].rstrip()) - 1:
            return True  # a whole sentence in quotation marks, its speaker given beside it ("he did say ...
            # “A bomb exploding in New York is obviously an act of terrorism.”")
    return False
