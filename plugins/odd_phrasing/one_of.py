"""Number after "one of": "one of the biggest pop star", "one of Earth's smaller moon". "One of" picks
one out of many, so the noun after it is plural; a singular count noun there is a slip in any text.

Read from the parse: the noun is the object of "of", "of" hangs on "one", and the noun phrase has a
determiner, a possessive or a comparative or superlative adjective (the marks of a group: "one of the
…", "one of Earth's …"). Left alone: nouns that read as a group or either number ("one of the family",
"one of the staff", "one of the crew"), nouns a name or a number follows ("one of the team's"), a noun
lemminflect does not know as countable, capitalised nouns (titles, names), and "one" standing for a
noun of its own ("the final one of the season": the final primary of the season) or numbering a part
("part one of the transcript").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text, tokens_where
from .inflection import is_count_noun, noun_plurals

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Singular nouns that stand for a group one can be one of ("one of the family", "one of the gang").
_GROUP_NOUNS = frozenset(
    {"family", "team", "crowd", "group", "gang", "crew", "staff", "generation", "class", "kind", "sort", "type",
     "lot", "bunch", "pack", "party", "household", "majority", "minority", "public", "audience", "club",
     "band", "squad", "cast", "tribe", "clan", "community", "population", "company", "board", "committee",
     "flock", "herd", "litter", "pair", "couple", "trio", "duo", "set", "batch", "number", "lineup", "roster",
     "series", "species", "people", "police", "personnel", "folk", "brood", "fold", "faithful", "elite", "rest"}
)  # fmt: skip


def find_one_of_singular(doc: Doc) -> list[Finding]:
    """Return findings for "one of" + a noun phrase whose head is a singular count noun (module docstring)."""
    findings: list[Finding] = []
    for one in tokens_where(doc, frozenset({"one"}), 0, 3):
        of = doc[one.i + 1]
        if of.lower_ != "of" or of.head.i != one.i:
            continue
        if any(c.dep_ in ("det", "amod", "poss") for c in one.children) or (
            one.i > 0 and doc[one.i - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN")
        ):
            continue  # "one" standing for a noun, not "one of many" ("the final one of the season"), or a
            # numbered part ("This is part one of the transcript")
        nouns = [c for c in of.children if c.dep_ == "pobj" and c.i > of.i]
        if not nouns or any(n.i + 1 >= len(doc) or doc[n.i + 1].tag_ != "POS" for n in nouns[:-1]):
            continue  # several objects only as "one of Earth's smaller moon": a possessive, then the noun
        noun = nouns[-1]
        if noun.tag_ != "NN" or not noun.is_alpha or not noun.text.islower() or noun.i > of.i + 5:
            continue
        lemma = noun.lemma_.lower()
        if lemma in _GROUP_NOUNS or noun.lower_ in _GROUP_NOUNS or not is_count_noun(lemma):
            continue
        if noun.lower_ in noun_plurals(lemma):
            continue
        nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if nxt is not None and (
            nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.tag_ == "POS" or nxt.text in ("-", "'", "’")
        ):
            continue  # the parse stopped early: "one of the team's", "one of the top dog-friendly cities"
        if doc[noun.i - 1].lower_ in ("most", "least"):
            continue  # "one of the most vocal of the Trump family": "most" goes with an adjective, so the word is
            # one used as a head, not a singular noun (a slip has its adjective between: "the most famous city")
        if any(c.dep_ in ("conj", "cc") for c in noun.children):
            continue  # "one of the state and federal ..." : a coordination the parse may have cut
        between = doc[of.i + 1 : noun.i]
        marked = any(
            t.lower_ in ("the", "these", "those", "my", "our", "your", "his", "her", "their", "its")
            or t.tag_ in ("POS", "JJS", "JJR", "RBS")
            for t in between
        )
        if not marked or any(t.pos_ not in ("DET", "ADJ", "PROPN", "PART", "ADV", "NOUN", "PRON") for t in between):
            continue
        if "\n" in doc_text(doc)[one.idx : noun.idx]:
            continue
        plural = noun_plurals(lemma)[0]
        span = doc_text(doc)[one.idx : noun.idx + len(noun)]
        findings.append(
            Finding(
                start=one.idx,
                end=noun.idx + len(noun),
                message=f"'{span}': after 'one of' the noun is plural ('{plural}')",
                severity=0.5,
                check="number_noun_agreement",
            )
        )
    return findings
