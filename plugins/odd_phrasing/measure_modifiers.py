"""A number and a plural noun set before another noun as its modifier: "the 236 pages report", "a 10 years
sentence". A measure phrase used as a modifier takes the singular, hyphenated ("a 236-page report"); the
plural is kept only when the phrase stands on its own ("the report runs to 236 pages").

Read from the parse and the tags: an article, a cardinal, a lower-case plural common noun (lemminflect's
lemma differs from the word) and right after it a lower-case common noun that the plural hangs on as a
compound or modifier. Left alone: a plural whose singular is the same word or that is a counter
("people", "percent", "million"), a plural with an apostrophe after it (a possessive, another slip), a
name or a capitalised word anywhere in the phrase (titles: "the 39 Steps film"), hyphenated phrases and
a year in place of the number. With figures and no noun after the plural ("just dropped a 100 points.",
"a 100 points today") the slip is "a" before a number and a plural, and the finding says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from scorer import Finding

from .doccache import doc_text, tokens_where
from .numbers import INVARIANT_NOUNS, cardinal_value
from .token_findings import span_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ARTICLES = frozenset({"a", "an", "the"})
#: Nouns of time used as adverbs: after a measure they are no noun it modifies ("a 100 points today").
_TIME_ADVERBS = frozenset({"today", "yesterday", "tonight", "tomorrow", "overnight"})
#: Plurals that also name a thing in the singular or act as counters ("news", "series", "means").
_PLURAL_ONLY = frozenset({"news", "series", "species", "means", "savings", "headquarters", "sports", "arms",
                          "goods", "clothes", "jeans", "pants", "odds", "times", "states", "nations",
                          "people", "men", "women", "children", "police", "sales", "affairs", "communications",
                          "electronics", "politics", "economics", "physics", "athletics", "graphics",
                          "customs", "earnings", "proceeds", "remains", "thanks", "wages", "riches"})  # fmt: skip


def find_plural_measure_modifiers(doc: Doc) -> list[Finding]:
    """Return findings for article + number + plural noun + the noun it modifies (module docstring)."""
    findings: list[Finding] = []
    text = doc_text(doc)
    for art in tokens_where(doc, _ARTICLES, 0, 3):
        num, plural, head = doc[art.i + 1], doc[art.i + 2], doc[art.i + 3]
        if num.tag_ != "CD" or cardinal_value(num) in (None, 0, 1):
            continue
        if plural.tag_ != "NNS" or not plural.is_alpha or not plural.text.islower():
            continue
        word = plural.lower_
        if word in INVARIANT_NOUNS or word in _PLURAL_ONLY or len(word) <= 3:
            continue
        lemmas = getAllLemmas(word).get("NOUN", ())
        if not lemmas or word in lemmas:
            continue  # lemminflect does not know it as a plural, or it is its own singular
        if (
            art.lower_ in ("a", "an")
            and num.text[:1].isdigit()
            and (head.dep_ == "npadvmod" or head.lower_ in _TIME_ADVERBS or head.text in (".", ",", ";", "!", "?"))
        ):
            # "just dropped a 100 points.": no noun follows for the measure to modify; "a" has nothing to count
            # before figures and a plural ("a hundred points" is right: a number word takes "a")
            why = f"'{art.text}' before a number and a plural noun ('{num.text} {plural.text}')"
            findings.append(span_finding(doc, art, plural, why, "number_noun_agreement"))
            continue
        if not head.is_alpha or not head.text.islower() or "NOUN" not in getAllLemmas(head.lower_):
            continue
        if art.lower_ == "the" and (
            head.tag_ not in ("NN", "NNS") or plural.head.i != head.i or plural.dep_ not in ("compound", "nmod", "amod")
        ):
            continue  # after "the" the plural may be the subject ("the two sides report"); "a" cannot be its article
        if any(text[t.idx + len(t) : t.idx + len(t) + 1] in ("-", "'", "’") for t in (num, plural)):
            continue
        if art.lower_ == "the" and head.tag_ == "NNS":
            continue  # "a list of the 48 victims names": two plurals, the first a possessive without its apostrophe
        if art.lower_ == "the" and not num.text[:1].isdigit():
            continue  # "operations against the two organizations positions": "the two" are things the story
            # named, and the plural their possessive without its apostrophe, no measure
        singular = lemmas[0]
        span = text[art.idx : head.idx + len(head)]
        findings.append(
            Finding(
                start=art.idx,
                end=head.idx + len(head),
                message=f"'{span}': a measure before a noun takes the singular "
                f"('{art.text} {num.text}-{singular} {head.text}')",
                severity=0.5,
                check="number_noun_agreement",
            )
        )
    return findings
