"""A quantity and its noun joined wrongly around "of":

- "of" missing after a quantity noun: "a small number Democratic Party staffers" (the parse makes
  "number" a compound modifier of a plural noun that "a" determines: "a number of staffers");
- "of" with nothing to pick from: "what most of Americans think", where "most/many/some/all ... of"
  takes a determiner, a possessive or a pronoun ("most of the Americans", "most of them"), or no
  "of" at all ("most Americans"). Only a plural noun with nothing of its own before it: "most of
  today's", "many of Trump's supporters", "some of these" and "all of Congress" are fine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import tokens_where
from .token_findings import span_finding as _finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Nouns that count a plural noun through "of" ("a number of staffers", "a handful of states").
QUANTITY_NOUNS = frozenset({"number", "majority", "handful", "series", "variety", "host", "bunch", "multitude"})
#: Quantifiers that pick from a definite group when "of" follows ("most of the voters").
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "few", "none", "several", "each", "any", "both", "much"})


def find_quantity_without_of(doc: Doc) -> list[Finding]:
    """ "a small number Democratic Party staffers": a quantity noun that the parse makes a compound of
    the plural noun an article determines."""
    findings: list[Finding] = []
    for qty in tokens_where(doc, QUANTITY_NOUNS, 0, 1):
        noun = qty.head
        if qty.dep_ != "compound" or noun.tag_ != "NNS" or not qty.text.islower() or noun.i <= qty.i:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < qty.i for c in noun.children):
            continue
        findings.append(
            _finding(doc, qty, doc[qty.i + 1], f"'of' seems missing after '{qty.text}'", "missing_preposition")
        )
    return findings


def find_quantifier_of_bare_plural(doc: Doc) -> list[Finding]:
    """ "most of Americans": a quantifier + "of" + a plural noun with no determiner, possessive,
    number or modifier of its own."""
    findings: list[Finding] = []
    for of in tokens_where(doc, frozenset({"of"}), 1, 1):
        qty, noun = doc[of.i - 1], doc[of.i + 1]
        if qty.lower_ not in _QUANTIFIERS or noun.tag_ not in ("NNS", "NNPS") or noun.head.i != of.i:
            continue
        if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") and c.i < noun.i for c in noun.children):
            continue
        findings.append(
            _finding(
                doc,
                qty,
                noun,
                f"'{qty.text} of' takes a determiner ('{qty.text} of the {noun.text}'), or drop 'of' "
                f"('{qty.text} {noun.text}')",
                "missing_determiner",
            )
        )
    return findings
