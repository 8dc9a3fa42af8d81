"""Number–noun disagreement: a cardinal above one before a singular count noun ("three data center")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from scorer import Finding

from .doccache import all_tokens, doc_text
from .inflection import noun_plurals

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# fmt: off
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_WORDS = {word: n for n, word in enumerate(_UNITS)}
_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")

# Nouns that stay singular after numbers, or are counters rather than the thing counted.
INVARIANT_NOUNS = frozenset({
    "percent", "cent", "dozen", "score", "head", "hundred", "thousand", "million", "billion", "trillion",
    "fold", "plus", "aircraft", "spacecraft", "hovercraft", "sheep", "deer", "fish", "moose", "bison",
    "swine", "offspring", "personnel", "staff", "crew", "cattle", "police", "people", "total",
})
# Words before a number that make "number + noun" a label or rank, not a count: "top 10 list".
_LABEL_WORDS = frozenset({
    "top", "bottom", "no", "no.", "number", "a", "an", "each", "every", "per", "this", "that", "one",
})
# "down from 33 last year": the number is not counting the noun after these words.
_TIME_ADJECTIVES = frozenset({"last", "next", "past", "previous", "coming", "same", "following"})
# fmt: on

# "three year" is a DATE entity and "5 mile" a QUANTITY; money, percentages and ordinals are not counts.
_COUNT_ENTITIES = frozenset({"", "CARDINAL", "DATE", "TIME", "QUANTITY"})
_NP_CONTINUES = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def cardinal_value(tok: Token) -> int | None:
    """The integer a cardinal token spells ("three", "12", "1,500"); None for years, decimals etc."""
    low = tok.lower_
    if low in _WORDS:
        return _WORDS[low]
    if _DIGITS.fullmatch(low):
        value = int(low.replace(",", ""))
        if "," not in low and len(low) == 4 and 1000 <= value <= 2100:  # a year: "2016 election"
            return None
        return value
    return None


def _singular_count_noun(noun: Token) -> str | None:
    """The plural of ``noun`` when it is a singular count noun, else None."""
    word = noun.lower_
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or not word.isalpha() or len(word) <= 3:
        return None
    if word.endswith("s") or word in INVARIANT_NOUNS or noun.lemma_.lower() in INVARIANT_NOUNS:
        return None
    plurals = noun_plurals(noun.lemma_.lower())
    if not plurals or word in plurals:
        return None
    return plurals[0]


#: Words of place that open a phrase of their own after a count ("16 outside bakery" is "16 [people] outside a
#: bakery" in a headline), though the tagger may call them adjectives.
_PLACE_PREPOSITIONS = frozenset(
    {"outside", "inside", "near", "nearby", "behind", "beyond", "across", "around", "along", "opposite", "underneath"}
)


def _modifier(tok: Token) -> bool:
    """An adjective, or a plural noun used as a modifier ("three data center"). A singular noun here
    means a compound adjective missing its hyphen ("a 60 vote threshold"), which is left alone."""
    if tok.lower_ in _TIME_ADJECTIVES or not tok.is_alpha:
        return False
    if tok.lower_ in _PLACE_PREPOSITIONS:
        return False  # "Motorbike bomber kills 16 outside bakery": a preposition the tagger read as an adjective
    if tok.pos_ == "ADJ":
        return "ADJ" in getAllLemmas(tok.lower_)
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS"


def number_candidates(doc: Doc) -> list[tuple[Token, Token, str]]:
    """``(number, noun, plural form)`` for every "<cardinal > 1> [modifiers] <singular count noun>"
    that passes the checks of :func:`find_number_disagreement` read from the parse alone; the
    number's entity label (CARDINAL or not) is the one test left to make."""
    found: list[tuple[Token, Token, str]] = []
    for num in all_tokens(doc):
        if num.dep_ != "nummod" or num.tag_ != "CD" or num.head.i <= num.i:
            continue
        noun = num.head
        if sum(1 for c in noun.children if c.dep_ == "nummod") != 1:
            continue
        plural = _singular_count_noun(noun)
        if plural is None:
            continue
        value = cardinal_value(num)
        if value is None or value < 2 or value >= 100:
            continue  # a large figure before a singular noun is mostly a label or an elided noun:
            # "out of nearly 620,000 cast", "a 176 majority", "the 5,000 mark"
        between = doc[num.i + 1 : noun.i]
        if any(not _modifier(t) for t in between):
            continue
        if num.text[:1].isupper() and not num.is_sent_start:
            continue  # a number in a name: "the Gang of Eight bill"
        if noun.tag_ != "NN":
            continue  # "nearly 620,000 cast": a participle the parse took for a noun
        if num.i > 0:
            prev = doc[num.i - 1]
            if prev.lower_ in ("the", "this", "that"):
                continue  # a figure as a label: "eclipse the 600 mark", "the 176 majority needed"
            if prev.lower_ in ("these", "those") and noun.lower_ in getAllLemmas(noun.lower_).get("VERB", ()):
                continue  # "calling for these two split": the number stands for two people, the word is a verb
            if (
                prev.pos_ in ("NOUN", "PROPN", "NUM", "SYM")
                or prev.lower_ in _LABEL_WORDS
                or prev.text in ("-", "–", "/", "#", "'", "‘", "’")  # "a Sept. 28 ’17 article": a year cut short
                or prev.tag_ in ("POS", "PRP$")  # "Monmouth's 400 sample": a name for the poll's size
                or (prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start)  # "Local 9 lodge"
            ):
                continue
        after = noun.i + 1
        while after < len(doc) and doc[after].is_space:
            after += 1  # "three hour  interview": a doubled space is its own token
        if after < len(doc):
            nxt = doc[after]
            # "70 regime and rebel fighters": a modifier shared with a coordinated one
            if nxt.pos_ in _NP_CONTINUES or nxt.pos_ == "CCONJ" or nxt.text in ("-", "–") or nxt.tag_ == "POS":
                continue
            # headline noun/verb ambiguity: "8 unforgettable presidential debate blunders"
            if nxt.tag_ == "VBZ" and "NOUN" in getAllLemmas(nxt.lower_):
                continue
            # "voters under 30 plan to support": a verb with its "to"-infinitive the parse took for a noun
            if (
                nxt.lower_ == "to"
                and after + 1 < len(doc)
                and doc[after + 1].tag_ == "VB"
                and noun.lower_ in getAllLemmas(noun.lower_).get("VERB", ())
            ):
                continue
        found.append((num, noun, plural))
    return found


def find_number_disagreement(doc: Doc) -> list[Finding]:
    """Return findings for "<cardinal > 1> [adjectives/compounds] <singular count noun>".

    Skipped because they are labels or compound modifiers: a noun that the phrase continues past
    ("a 10 page report", "2 year old"), hyphenated forms, years, numbers after a noun, symbol,
    "top" or a capitalised word ("Section 230 immunity", "$5 bill", "top 10 list", "the Fraternal
    Order of Police's Local 9 lodge"), and entity types other than CARDINAL.
    """
    findings: list[Finding] = []
    for num, noun, plural in number_candidates(doc):
        if num._.entity not in _COUNT_ENTITIES:
            continue
        span = doc_text(doc)[num.idx : noun.idx + len(noun)]
        findings.append(
            Finding(
                start=num.idx,
                end=noun.idx + len(noun),
                message=f"'{span}': after '{num.text}' the noun is plural ('{plural}')",
                severity=0.5,
            )
        )
    return findings
