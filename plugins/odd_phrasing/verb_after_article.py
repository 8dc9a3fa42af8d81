"""A verb form where an article needs a noun: "voted against the blocking the sale", an article before an
-ing form that takes a direct object.

An article makes an -ing form a noun, and a noun takes its object with "of" ("the blocking of the
sale"); with the article the -ing form cannot also take a bare object, so one of the two was left over
("against blocking the sale"). The parse must hang both the article and the object on the -ing form, and
the object must follow it at once. Capitalised words (titles, names) and words in quotation marks are
left alone.

Tried and dropped: "the" + a word lemminflect knows only as a verb + "of" ("the introduce of Matt
Reeves"): its tables lack nouns such as "retreat", which made both of its hits on credible news wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ARTICLES = frozenset({"a", "an", "the"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def find_article_gerund_object(doc: Doc) -> list[Finding]:
    """Return findings for an article + an -ing form + its bare direct object (module docstring)."""
    findings: list[Finding] = []
    text = doc_text(doc)
    for art in tokens_where(doc, _ARTICLES, 0, 2):
        ing = doc[art.i + 1]
        if ing.tag_ != "VBG" or not ing.is_alpha or not ing.text.islower() or not art.text.islower():
            continue
        if art.head.i != ing.i or art.dep_ != "det":
            continue
        obj = next((c for c in ing.children if c.dep_ == "dobj"), None)
        if obj is None or obj.left_edge.i != ing.i + 1 or (obj.text[:1].isupper() and obj.left_edge.i == obj.i):
            continue  # the object must start right after the -ing form ("the blocking the sale")
        if doc[ing.i + 1].text in _QUOTES or text[ing.idx + len(ing) : ing.idx + len(ing) + 1] != " ":
            continue
        findings.append(
            Finding(
                start=art.idx,
                end=ing.idx + len(ing),
                message=f"'{art.text} {ing.text} {obj.left_edge.text}': an -ing form after '{art.text}' takes "
                f"its object with 'of' ('{ing.text} of'), or drops the '{art.text}'",
                severity=0.5,
                check="wrong_word_form",
            )
        )
    return findings

