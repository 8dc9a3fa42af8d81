"""A quantity and its noun joined wrongly around "of":

- "of" missing after a quantity noun: "a small number Democratic Party staffers" (the parse makes
  "number" a compound modifier of a plural noun that "a" determines: "a number of staffers");
- "of" with nothing to pick from: "what most of Americans think", where "most/many/some/all ... of"
  takes a determiner, a possessive or a pronoun ("most of the Americans", "most of them"), or no
  "of" at all ("most Americans"). Only a plural noun with nothing of its own before it: "most of
  today's", "many of Trump's supporters", "some of these" and "all of Congress" are fine;
- "amount" for a number of things that are counted: "a good amount of celebrities", "the amount of annual
  motorcycle fatalities" ("number of"); not "no amount of excuses" (an idiom), nor a plural that names a
  mass of money or matter ("the amount of funds", "amounts of drugs").
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
#: Plurals that name a mass of money or matter, measured by "amount" ("the amount of funds").
_MASS_PLURALS = frozenset({
    "funds", "resources", "drugs", "goods", "damages", "proceeds", "earnings", "savings", "assets", "revenues",
    "taxes", "fees", "wages", "benefits", "supplies", "arms", "sales", "profits", "losses", "costs", "dues",
    "remains", "means", "news", "species", "series", "clothes", "groceries", "belongings", "finances", "winnings",
    "calories", "carbs", "carbohydrates", "nutrients", "chemicals", "emissions", "gases", "fluids", "liquids",
    "sweets", "spirits", "waters", "grounds", "lands", "materials", "minerals", "metals", "oils", "fuels",
    "explosives", "munitions", "loans", "debentures", "bonds", "securities", "deposits", "payments", "debts",
    "credits", "reserves", "holdings", "contributions", "donations", "subsidies", "expenses", "returns",
})  # fmt: skip
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


def find_amount_of_plural(doc: Doc) -> list[Finding]:
    """ "a good amount of celebrities", "the large amount of men": "amount(s) of" + a plural of something
    counted (a regular plural, its lemma not itself, or people/men/women/children; after up to three
    modifiers), where "number of" belongs."""
    findings: list[Finding] = []
    for amount in tokens_where(doc, frozenset({"amount", "amounts"}), 0, 2):
        of = doc[amount.i + 1]
        if of.lower_ != "of" or not amount.text.islower():
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in amount.children):
            continue  # "no amount of excuses will change that": an idiom that takes a plural
        noun = next((c for c in of.children if c.dep_ == "pobj"), None)
        if noun is None or noun.tag_ != "NNS" or noun.i - of.i > 4 or not noun.is_lower:
            continue
        low = noun.lower_
        irregular = low in ("people", "men", "women", "children")
        if not irregular and (low in _MASS_PLURALS or low == noun.lemma_.lower() or not low.endswith("s")):
            continue
        if any(t.pos_ not in ("ADJ", "NOUN", "DET", "VERB") for t in doc[of.i + 1 : noun.i]):
            continue  # only modifiers between: "the amount of annual motorcycle fatalities"
        findings.append(
            _finding(doc, amount, noun, f"'{noun.text}' are counted: 'number of', not 'amount of'", "wrong_word")
        )
    return findings
