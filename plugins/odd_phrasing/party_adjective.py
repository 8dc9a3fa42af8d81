"""The noun "Democrat" where the adjective "Democratic" belongs: "Democrat presidential nominee
Hillary Clinton", "the Democrat Party", "his Democrat rival".

"Democrat" names a member of the party ("a Democrat from New York", "the top Democrat on the
committee", "Democrat Douglas Wilder"); before a common noun the adjective is "Democratic", and the
noun used as an adjective is both a slip and the partisan epithet of the "Democrat Party". Readers of
the tuning sets marked it in 11 of the 16 articles that have it (as a grammar slip or loaded language;
on the dev set 1 of 3), one occurrence each, and never marked the noun's own uses: the signal shows an
article's first one and counts the rest (``ONE_PER_ARTICLE``). Left alone: "Democrat" before a name (a
title, like "Republican Mitt Romney"), before "and"/"or" ("every single Democrat and liberal"), inside a
hyphenated compound ("Democrat-controlled", a common headline form), after a capitalised word that makes
it part of a name ("the New Democrat movement"), and before a word that is also a verb after a modal
("Why would a respected Democrat defect").

No nlp() call here: everything reads the shared Doc (tags and dependencies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from scorer import Finding

from .doccache import all_tokens, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SEVERITY = 0.4


def _modified_noun(tok: Token) -> Token | None:
    """The common noun "Democrat" stands before as its modifier, with only adjectives between
    ("Democrat presidential nominee" -> "nominee"), or None."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    if j >= len(doc) or (j == tok.i + 1 and doc[j].text in ("-", "–")):
        return None
    noun = doc[j]
    if noun.lower_ == "party":
        return noun  # "the Democrat Party", "the Democrat party"
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    return noun if tok.head.i >= noun.i or tok.dep_ in ("compound", "amod", "nmod") else None


def find_party_noun_for_adjective(doc: Doc) -> list[Finding]:
    """Return findings for "Democrat" directly before a common noun it modifies (after up to a few
    lower-case adjectives) or before "Party"."""
    text = doc_text(doc)
    findings: list[Finding] = []
    for tok in all_tokens(doc):
        if tok.text != "Democrat" or tok.i + 1 >= len(tok.doc):
            continue
        before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        if before is not None and before.text in ("-", "–"):
            continue  # "pro-Democrat", "anti-Democrat": a compound of its own
        if before is not None and before.pos_ == "PROPN" and before.is_title and before.i != tok.sent.start:
            continue  # "the New Democrat movement", "Christian Democrat": part of a name
        noun = _modified_noun(tok)
        if noun is None:
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in noun.children) and "VERB" in getAllLemmas(noun.lower_):
            continue  # "Why would a long-time and highly respected Democrat defect": the noun is its verb
        if noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("-", "–"):
            continue  # "Democrat party-line vote": the noun starts a compound of its own
        end = noun.idx + len(noun)
        findings.append(
            Finding(
                start=tok.idx,
                end=end,
                message=(
                    f"'{text[tok.idx:end]}': before a noun the adjective is 'Democratic'; 'Democrat' is the "
                    "noun for a member of the party, and used as an adjective it reads as the partisan "
                    "epithet ('the Democrat Party')"
                ),
                severity=SEVERITY,
                check="wrong_word_form",
            )
        )
    return findings
