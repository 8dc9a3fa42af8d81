"""A singular article on a plural noun: "a news organizations", "a labor unions", "a private Goldman
Sachs events". The parse must make "a"/"an" the determiner of a lower-case plural noun with only
adjectives, at most one common noun and names between them.

Left alone: a number or a quantity word between them ("a few weeks", "a record 10 points", "an
estimated 20,000 people"); nouns singular in form ending in -s ("a crossroads", "a series", "a
summons"); a capitalised noun (part of a name: "a Black Lives Matter pin"); a plural noun that is
also a verb's -s form when a phrase that could be its object follows ("an unidentified interviewee
details alleged efforts", "a different story resents itself": the noun phrase ended before it);
a noun before "of" or "to" ("an alternatives to violence course": a phrase used as a modifier), a
particle ("a heads up"), an apostrophe ("a business executives’ group"), a word of time ("a job years
later") or a verb ("a letter members later presented": a relative clause without "that"); after a
common noun, any plural not followed by punctuation or "that/which/who" ("a tunnel Border Patrol
agents sealed": the first noun phrase may end at the common noun); a capital "A" inside a sentence
("A list celebrities"); a noun before "and"/"or" ("a Toms shoes and eyewear trip": coordinated nouns
modifying a later one); a noun phrase then a plural at the end of a sentence ("a new mayor guys.": a
vocative).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from scorer import Finding

from .doccache import doc_text, sentence_of, tokens_where
from .inflection import noun_plurals

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ARTICLES = frozenset({"a", "an"})
#: Words that carry the number themselves ("a few weeks", "a whopping 90 percent").
_QUANTITY = frozenset(
    {"few", "many", "couple", "dozen", "lot", "great", "good", "number", "total", "further", "additional",
     "record", "estimated", "whopping", "staggering", "mere", "reported", "extra", "other", "hundred",
     "thousand", "million", "billion", "score", "handful", "series", "pair", "set", "several", "some"}
)  # fmt: skip
#: Nouns ending in -s that are singular, or plural in form only ("a crossroads", "a congratulations").
_SINGULAR_IN_S = frozenset(
    {"crossroads", "means", "series", "species", "headquarters", "whereabouts", "barracks", "gallows",
     "innings", "odds", "works", "thanks", "news", "kudos", "lens", "summons", "congratulations",
     "remains", "proceeds", "regards", "outskirts", "premises", "savings", "earnings", "sweepstakes"}
)  # fmt: skip
#: Words after the plural that show it is not the article's noun: a phrase used as a modifier ("an
#: alternatives to violence course"), coordinated nouns modifying a later one ("a Toms shoes and eyewear
#: trip"), a measure of time after a noun phrase ("a job years later", "a full response days before").
_NOT_AFTER = frozenset(
    {"of", "to", "and", "or", "&", "ago", "before", "after", "later", "earlier", "apart", "old", "long"}
)
#: What may open the object of a verb read as a plural noun.
_OBJECT_STARTS = frozenset(
    {"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "WRB", "WP", "VBN", "VBD", "CD", "RB", "IN", "TO"}
)


def _between_ok(tokens: list[Token], det: Token, noun: Token) -> bool:
    """Only modifiers of the noun between the article and it: adjectives and one common noun that
    lemminflect also knows as such, names, all plain words (not "countryâs", a possessive whose
    apostrophe the encoding broke)."""
    for tok in tokens:
        if not tok.is_alpha or not tok.text.isascii():
            return False
        if tok.like_num or tok.lower_ in _QUANTITY or tok.tag_ in ("CD", "HYPH", "POS", "PRP$"):
            return False
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or not det.i < tok.head.i <= noun.i:
            return False
        if tok.pos_ != "PROPN" and tok.pos_ not in getAllLemmas(tok.lower_):
            return False  # "a socialist elicits reactions": a verb the parse read as a noun
    return len(tokens) <= 3 and sum(t.pos_ == "NOUN" for t in tokens) <= 1 and all(t.tag_ != "NNS" for t in tokens)


def find_article_before_plural(doc: Doc) -> list[Finding]:
    """Return findings for "a"/"an" + modifiers + a plural common noun (module docstring)."""
    findings: list[Finding] = []
    for det in tokens_where(doc, _ARTICLES, 0, 1):
        noun = det.head
        if det.dep_ != "det" or noun.i <= det.i or noun.tag_ != "NNS" or noun.pos_ != "NOUN":
            continue
        low, lemma = noun.lower_, noun.lemma_.lower()
        if not noun.text.islower() or not low.isalpha() or low == lemma or low in _SINGULAR_IN_S:
            continue
        if low not in noun_plurals(lemma) and low != lemma + "s":
            continue
        if det.text == "A" and det.i != sentence_of(det).start:
            continue  # "the few A list celebrities": a grade, not the article
        between = list(doc[det.i + 1 : noun.i])
        if not _between_ok(between, det, noun) or any(c.dep_ == "conj" for c in noun.children):
            continue  # "a Toms shoes and eyewear trip": coordinated nouns modifying a later one
        nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ in _NOT_AFTER or nxt.tag_ in ("NN", "NNS", "POS", "RP") or nxt.text in ("'", "’"):
            continue  # "a heads up", "a business executives’ group", "a job years later"
        if any(t.pos_ == "NOUN" for t in between) and not (nxt.is_punct or nxt.tag_ in ("WDT", "WP")):
            continue  # "a tunnel Border Patrol agents sealed": a noun phrase may end at the common noun
        verb = next((t for t in doc[noun.i + 1 : noun.i + 4] if t.tag_ != "RB"), None)
        if verb is not None and verb.tag_ in ("VBD", "VBP", "VBZ", "MD"):
            continue  # "a letter members later presented": a relative clause without "that" starts at the noun
        if nxt.tag_ == "." and any(t.pos_ == "NOUN" for t in between):
            continue  # "Time to find a new mayor guys.": a vocative after a noun phrase
        if nxt is not None and "VERB" in getAllLemmas(low) and nxt.tag_ in _OBJECT_STARTS:
            continue
        start, end = det.idx, noun.idx + len(noun)
        findings.append(
            Finding(
                start=start,
                end=end,
                message=f"'{doc_text(doc)[start:end]}': '{det.text}' goes with a singular noun, '{noun.text}' "
                f"is plural; drop '{det.text}' or use the singular",
                severity=0.5,
                check="determiner_noun_agreement",
            )
        )
    return findings
