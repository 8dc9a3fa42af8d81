"""Two people joined by "and" as one subject, with a verb for one: "Meghan, 35, and Harry, 32, seems
to be moving relatively quickly", "Kim and Kanye is ...".

A noun subject coordinated with another may take a singular verb when the two make one thing ("ham and
eggs is my favourite", "research and development is"), so only two people are judged: two names NER
calls persons, or two names that each carry an age. Read from the parse: the first name is the
subject, the second its conjunct through "and", and the finite word of the verb (the verb itself or
its first auxiliary) comes right after the second name (and its age) and is "is", "was", "has" or
another -s form that is never a plural noun. Left alone: "or"/"nor" (the nearer subject decides),
"each"/"every"/"either"/"neither" before the names, a possessive second name ("Ben and Jerry's": a
firm), and questions (the verb stands before its subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .agreement import finite_of
from .doccache import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words before the names that make the verb singular on purpose: "each of", "either X or Y".
_DISTRIBUTIVE = frozenset({"each", "every", "either", "neither"})
_JOINERS = frozenset({"and", "&"})
#: Finite verbs for one subject that are never a plural noun ("the Bush campaigns", "the Foundation
#: studies" are nouns the tagger may call verbs).
_SINGULAR_FINITE = frozenset(
    {"is", "was", "has", "does", "seems", "appears", "says", "remains", "wants", "thinks", "believes", "knows"}
)


def _with_age(tok: Token) -> bool:
    """ "Meghan, 35,": a number set off after a name is an age (NER on such short sentences often misses
    the person)."""
    return any(c.dep_ == "appos" and c.tag_ == "CD" for c in tok.children)


def _people(first: Token, second: Token) -> bool:
    """Both names are persons by NER, or both carry an age."""
    if first.tag_ != "NNP" or second.tag_ != "NNP":
        return False
    return (first._.entity == "PERSON" and second._.entity == "PERSON") or (_with_age(first) and _with_age(second))


def _opens_clause(first: Token) -> bool:
    """The subject phrase starts its clause: nothing before it, or a comma, a conjunction or "that"; not a
    preposition or a verb whose object the parser may have split off, nor a full stop after an abbreviated
    title ("sponsored by Sens. John Kerry and Joe Lieberman was written": "part" is the subject)."""
    i = first.i - 1
    while i >= 0 and first.doc[i].is_space:
        i -= 1  # a paragraph break
    if i < 0:
        return True
    prev = first.doc[i]
    if prev.text == "." and i >= 1:
        word = first.doc[i - 1].text
        return not (word[:1].isupper() and len(word) <= 5)
    return prev.is_punct or prev.pos_ in ("CCONJ", "SCONJ") or prev.lower_ == "that"


def find_coordinated_names_verb(doc: Doc) -> list[Finding]:
    """Return findings for two people's names joined by "and" as the subject of a singular verb."""
    findings: list[Finding] = []
    for joiner in tokens_where(doc, _JOINERS):
        subj = joiner.head
        if joiner.dep_ != "cc" or subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        conjuncts = [c for c in subj.children if c.dep_ == "conj"]
        joiners = [c for c in subj.children if c.dep_ in ("cc", "preconj")]
        if len(conjuncts) != 1 or [c.lower_ for c in joiners] not in (["and"], ["&"]):
            continue
        other = conjuncts[0]
        if other.lower_ == subj.lower_ or any(c.dep_ == "case" for c in other.children):
            continue  # "Ben and Jerry's" is a firm
        if any(t.lower_ in _DISTRIBUTIVE for t in doc[max(subj.left_edge.i - 2, 0) : subj.i]):
            continue  # "each of Smith and Jones", "either Smith and ..."
        if not _opens_clause(subj.left_edge):
            continue
        finite = finite_of(subj.head)
        if finite.i != subj.right_edge.i + 1 or finite.pos_ not in ("VERB", "AUX") or not finite.text.islower():
            continue
        if finite.lower_ not in _SINGULAR_FINITE:
            continue
        if any(not (t.is_punct or t.like_num) for t in doc[other.i + 1 : finite.i]):
            continue  # the second name ends the subject, not "... and Sheldon G. Adelson Medical Research Foundation"
        if doc[finite.i - 1].is_punct and doc[finite.i - 1].text != ",":
            continue  # a quotation or a bracket closes before the verb
        if not _people(subj, other):
            continue  # last: reading an entity label may run NER over the sentence
        span = doc_text(doc)[subj.left_edge.idx : finite.idx + len(finite)]
        findings.append(
            Finding(
                start=subj.left_edge.idx,
                end=finite.idx + len(finite),
                message=f"'{span}': two people joined by 'and' take a plural verb, not '{finite.text}'",
                severity=0.5,
            )
        )
    return findings
