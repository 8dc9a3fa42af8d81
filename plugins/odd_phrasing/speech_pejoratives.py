"""Pejorative words for someone's speech, in the article's own voice ("a long rant", "unleashed a
diatribe"): :func:`speech_findings`, check ``loaded_word``.

No nlp() call here: everything reads the shared Doc.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import sentences
from .loaded import SEVERITY_LOADED
from .voice import voices

if TYPE_CHECKING:
    from spacy.tokens import Doc


# ---- pejorative words for someone's speech -------------------------------------------------------
#: Nouns and verbs that describe what someone said by sneering at it: a "rant", a "tirade", a "diatribe",
#: a "screed", "bloviating". They report that someone spoke and, in the same word, judge the speech as
#: unhinged or worthless; a neutral report says "speech", "remarks", "statement". In the writer's own
#: voice an editor queries them even in a credible article ("Dole launched into a long rant", "a familiar,
#: nativist rant", "he also unleashed a diatribe": 7 of 1,366 mainstream credible articles, op-eds and
#: analyses among them). Left out: "rambling" (a plain description of a long, loose answer in news).
SPEECH_PEJORATIVES = re.compile(
    r"\b(?:rants?|ranted|ranting|tirades?|diatribes?|screeds?|harangu(?:e|es|ed|ing)|ramblings|"
    r"bloviat(?:e|es|ed|ing|ion)|blather(?:s|ed|ing)?|hissy fits?|temper tantrums?)\b",
    re.IGNORECASE,
)
#: The word is someone else's name for the speech when a verb of naming comes before it in the clause:
#: "Democrats called the speech a rant", "dismissed it as a tirade"; or of thinking, when the word is
#: someone's guess: "fans speculated whether the entire album would be a vindictive screed".
_NAMED_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label+(?:s|ed|ing)?|brand(?:s|ed|ing)?|describ(?:e|es|ed|ing)|"
    r"dismiss(?:es|ed|ing)?|characteri[sz](?:e|es|ed|ing)|deem(?:s|ed)?|speculat(?:e|es|ed|ing)|wonder(?:s|ed|ing)?|"
    r"fear(?:s|ed)?|worr(?:y|ies|ied))\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
_SPEECH_REASON = "a pejorative word for someone's speech: it judges what was said instead of reporting it"


def speech_findings(doc: Doc, text: str) -> list[Finding]:
    """``SPEECH_PEJORATIVES`` in the article's own voice: outside quotation marks and transcript turns
    (the signal drops those again), not a capitalised word inside a sentence (a name: "Christopher
    Rants"), not someone else's name for the speech (``_NAMED_BEFORE``) and not in an embedded post.
    Unlike the other loaded words these are findings in a sentence that reports speech: reporting
    speech is what they do."""
    voice = voices(text)
    quotes = voice.marked_or_turns
    findings: list[Finding] = []
    for sent in sentences(doc):
        for m in SPEECH_PEJORATIVES.finditer(text, sent.start_char, sent.end_char):
            if any(a <= m.start() < b for a, b in quotes) or voice.posted(m.start(), m.end()):
                continue
            if m.group()[0].isupper() and m.start() > sent.start_char:
                continue
            if _NAMED_BEFORE.search(text, sent.start_char, m.start()):
                continue
            findings.append(
                Finding(
                    start=m.start(),
                    end=m.end(),
                    message=f"loaded language in the article's own voice: '{m.group()}' ({_SPEECH_REASON}); "
                    "an editor would query it",
                    severity=SEVERITY_LOADED,
                    check="loaded_word",
                )
            )
    return findings
