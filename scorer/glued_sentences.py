"""Split sentences a scraped copy glued together, so the parser sees two sentences, not one word.

Collected copies often lose the space (or the paragraph break) after a full stop: "in 1812.The
extent of the tunnels", "a lump sum of $15,000.According to insiders, Pelosi", "his wives.”Mr.
Snowden says". spaCy's English tokenizer splits a full stop between a lower-case letter and a
capital ("hours.Witnesses"), but not after a digit or a word in capitals ("WOUNDS.Some", "told
CNN.The"), and it leaves a closing quotation mark glued to the next word ('”Mr', '"The'). The parser
then reads one long sentence with a nonsense token in the middle, and every signal that reads a
sentence (who said what, which verb a subject takes) reads it wrong. The same copies glue an opening
quotation mark to the word before it ("a witness:“They was", 'Harry said:"I mean', "bed.“An inmate",
"according to Haynes“The fact"), so the speaker's word and the quotation's first word become one
token. Infix rules added to the tokenizer split exactly these joins; the text, and so every character
offset, is unchanged.

Not split: decimals and versions ("3.5", "v2.0": no capital follows), abbreviations and initials
("U.S.Army": one capital before the stop, which these rules leave to spaCy; a join after a word of
three capitals or more, "the DNC.Wesson", is split), domains ("Amazon.com": lower case follows), a
closing curly quotation mark before a word ('had”certain': which mark was meant is a guess), a
straight quotation mark after a stop ('."The' is read as closing).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

#: A full stop, "!" or "?" between a digit and a capitalised word: "1812.The", "$15,000.According".
DIGIT_STOP = r"(?<=[0-9])[.!?](?=[A-Z][a-z])"
#: A full stop, "!" or "?" between a word in capitals and a capitalised word: "WOUNDS.Some", "CNN.The".
CAPITALS_STOP = r"(?<=[A-Z]{3})[.!?](?=[A-Z][a-z])"
#: A closing quotation mark right after a sentence's end and before the next word: 'wives.”Mr', 'fine."The'.
CLOSING_QUOTE = r"(?<=[.!?])[\"”’](?=[A-Z])"
#: A colon or comma between a word and an opening quotation mark: 'witness:“They', 'said,“I', 'said:"I'.
BEFORE_OPENING_QUOTE = r"(?<=[A-Za-z0-9])[:,](?=[“\"])"
#: An opening curly quotation mark glued to the word or stop before it: 'bed.“An', 'Haynes“The', ':“I'.
OPENING_CURLY_QUOTE = r"(?<=[A-Za-z0-9.!?:,;])“(?=[A-Za-z0-9])"
#: A straight quotation mark after a colon or comma and before a word opens a quotation: 'said:"I'.
OPENING_STRAIGHT_QUOTE = r"(?<=[:,])\"(?=[A-Za-z0-9])"

_MARK = "misinfo_scorer_glued_sentences"


def use_glued_sentence_infixes(nlp: Language) -> None:
    """Add the infix rules above to ``nlp``'s tokenizer (once)."""
    if nlp.meta.get(_MARK):
        return
    tokenizer = cast("Tokenizer", nlp.tokenizer)
    current = tokenizer.infix_finditer.__self__.pattern if tokenizer.infix_finditer is not None else ""
    added = (
        DIGIT_STOP, CAPITALS_STOP, CLOSING_QUOTE, BEFORE_OPENING_QUOTE, OPENING_CURLY_QUOTE, OPENING_STRAIGHT_QUOTE
    )
    rules = [r for r in (current, *added) if r]
    tokenizer.infix_finditer = re.compile("|".join(f"(?:{r})" for r in rules)).finditer
    nlp.meta[_MARK] = True
