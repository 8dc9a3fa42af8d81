"""Split two words a scraped copy glued together where a paragraph break was lost.

Collected copies drop the break between paragraphs, so the last word of one runs into the first word
of the next: "the Obama administration's policyThis is what", "Watch the videoThe president", "has
happened before.Read the full statementAccording to the". spaCy keeps "policyThis" as one token: the
tagger guesses at a word it has never seen, the parser reads two sentences as one, and every signal that
reads a sentence (who said what, which verb a subject takes) reads it wrong. A component that runs first
splits such a token in two and, unless the first half is a function word ("theAssociated Press", a
space lost inside a sentence), marks the second half as a sentence start, when

- the token is a lower-case word of three letters or more followed by a capitalised word
  (``[a-z]{3,}[A-Z][a-z]+``) and does not follow "#", "@", "/" or "." with no space (a hashtag, a
  handle, an address);
- each half is an English word (wordfreq Zipf at least 3 for the first, 2.5 for the second) and the
  whole is none (Zipf 0). "iPhone" and "eBay" (a first half under three letters), "JavaScript" and
  "YouTube" (a capital first), and "LinkedIn" (a word of its own) stay whole.

The text, and so every character offset, is unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language

from scorer.word_frequency import word_zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The component's name in the pipeline.
COMPONENT = "misinfo_scorer_glued_words"

_GLUED = re.compile(r"([a-z]{3,})([A-Z][a-z]+)")
#: The same join anywhere in a text: most articles hold none, and skip the look at every token.
_GLUED_IN_TEXT = re.compile(r"[a-z]{3}[A-Z][a-z]")
#: Zipf frequencies each half must reach; the whole must be unknown (0).
FIRST_HALF_ZIPF = 3.0
SECOND_HALF_ZIPF = 2.5
_ATTACHED = frozenset("#@/.")


def glued_halves(token: Token) -> tuple[str, str] | None:
    """The two words ``token`` is made of, when it is two words a lost paragraph break glued together."""
    match = _GLUED.fullmatch(token.text)
    if match is None:
        return None
    if token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.doc[token.i - 1].text[-1:] in _ATTACHED:
        return None
    first, second = match.groups()
    if word_zipf(token.lower_) > 0 or word_zipf(first) < FIRST_HALF_ZIPF:
        return None
    return (first, second) if word_zipf(second.lower()) >= SECOND_HALF_ZIPF else None


@Language.component(COMPONENT)
def split_glued_words(doc: Doc) -> Doc:
    """Split every glued token in two; mark the second half a sentence start after a content word."""
    if not _GLUED_IN_TEXT.search(doc.text):
        return doc
    found = [(token, halves) for token in doc if (halves := glued_halves(token)) is not None]
    if not found:
        return doc
    starts = []
    with doc.retokenize() as retokenizer:
        for token, (first, second) in found:
            retokenizer.split(token, [first, second], heads=[(token, 0), (token, 1)])
            if not doc.vocab[first].is_stop:
                starts.append(token.idx + len(first))
    by_start = {tok.idx: tok for tok in doc}
    for start in starts:
        by_start[start].is_sent_start = True
    return doc


def use_glued_words(nlp: Language) -> None:
    """Add the component first in the pipeline, before anything reads the tokens (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, first=True)
