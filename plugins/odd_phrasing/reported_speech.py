"""Whose voice a sentence or a quoted term is in, for the loaded-language rules: whether a sentence
reports someone's speech or view (:func:`reports_speech`) and whether a quoted term is a speaker's word
that the article mentions (:func:`said_elsewhere`). Read by ``strong_words``, ``destruction``,
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
    r"(?:struck|strikes|strike|seen|viewed|regarded)\s+(?:\w+\s+)?as|"
    r"(?:present|paint|cast)(?:s|ed|ing)?\s+\w+(?:\s+\w+)?\s+as)\b",
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
    return False
