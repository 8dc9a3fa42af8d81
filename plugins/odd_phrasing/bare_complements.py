"""A preposition left out before a verb's complement, read from the parse:

- a verb that takes its complement only through a preposition ("focus on", "rely on", "cope with",
  "comply with", "travel to") given a bare one the parse shows: a question word or clause ("Reid's speech focused
  what he sees as lies", "what issues he should focus"), an -ing clause ("is focused living a
  stress-free life"), a place's name right after "travel" ("Clinton will travel Charlotte on Sunday")
  or, for the verbs that never take a direct object, a noun ("rely the polls");
- "according" with no "to" ("According users on Reddit, Combetta asked").

A verb with a preposition or particle of its own anywhere in its phrase is left alone ("focused its
attention on"); "focus" and "concentrate" also take a plain noun
object ("focus attention", "concentrate forces"), so only a question word or an -ing clause counts for
them.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from lemminflect import getAllInflections

from scorer import Finding

from .doccache import doc_text, tokens_where
from .missing_verbs import STARTS_OF_PHRASE
from .token_findings import span_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs whose complement comes through a preposition ("focus on", "rely on", "cope with").
_PREPOSITIONAL = {
    "focus": "on",
    "concentrate": "on",
    "rely": "on",
    "dwell": "on",
    "embark": "on",
    "elaborate": "on",
    "cope": "with",
    "comply": "with",
    "interfere": "with",
    "travel": "to",
}
#: Of those, the ones that also take a plain noun object ("focus attention", "concentrate forces").
_ALSO_TRANSITIVE = frozenset({"focus", "concentrate", "travel"})
_FORMS = frozenset(
    form for lemma in _PREPOSITIONAL for forms in getAllInflections(lemma, upos="VERB").values() for form in forms
)
#: Question words that open a complement needing the preposition ("focused what he sees"); "where" and
#: "when" open adverbial clauses too ("we have to focus where the real hurt is").
_QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "who", "which"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


#: every finding of this module is a ``missing_preposition``
_finding = partial(span_finding, check="missing_preposition")


def _bare_complement(verb: Token) -> Token | None:
    """The complement of ``verb`` that lacks its preposition, or None."""
    doc = verb.doc
    kids = list(verb.children)
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if verb.lemma_ == "travel":
        # "will travel Charlotte on Sunday": a name right after it, no "to" of its own ("travel the world")
        named = nxt is not None and nxt.dep_ == "dobj" and nxt.tag_ == "NNP" and nxt.head.i == verb.i
        if named and nxt.left_edge.i == nxt.i and not any(c.lower_ in ("to", "from") for c in kids):
            return nxt
        return None
    if any(c.dep_ in ("prep", "prt", "agent", "dative") for c in kids):
        return None
    for c in kids:
        if c.i <= verb.i:
            continue
        first = doc[c.left_edge.i]
        if first.i != verb.i + 1:
            continue
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == first.i:
            return c  # "is focused living a stress-free life"
        if c.dep_ in ("ccomp", "dobj") and first.lower_ in _QUESTION_WORDS and first.text.islower():
            return first  # "focused what he sees as lies"
        if c.dep_ == "dobj" and c.tag_ in _NOUN_TAGS and verb.lemma_ not in _ALSO_TRANSITIVE:
            return c
    # "what issues he should focus": the question's object placed before the verb, in its own clause
    fronted = [c for c in kids if c.dep_ == "dobj" and c.i < verb.i]
    if fronted and doc[fronted[0].left_edge.i].lower_ in _QUESTION_WORDS:
        return fronted[0]
    return None


def find_bare_complements(doc: Doc) -> list[Finding]:
    """ "focused what he sees as lies", "what issues he should focus", "is focused living": a verb that
    takes its complement through a preposition, with a bare complement and no preposition of its own."""
    findings: list[Finding] = []
    for verb in tokens_where(doc, _FORMS):
        if verb.pos_ != "VERB" or verb.lemma_ not in _PREPOSITIONAL or not verb.text.islower():
            continue
        comp = _bare_complement(verb)
        if comp is None:
            continue
        first, last = (verb, comp) if comp.i > verb.i else (doc[comp.left_edge.i], verb)
        findings.append(
            _finding(doc, first, last, f"'{verb.text}' takes '{_PREPOSITIONAL[verb.lemma_]}' before its complement")
        )
    return findings


def find_according_without_to(doc: Doc) -> list[Finding]:
    """ "According users on Reddit": "according" with a noun phrase and no "to" ("according as" and
    "accordingly" are other words)."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"according"}), 0, 1):
        nxt = doc[tok.i + 1]
        if nxt.lower_ in ("to", "as", "unto") or nxt.tag_ not in STARTS_OF_PHRASE:
            continue
        if doc_text(doc)[tok.idx + len(tok) : nxt.idx] != " ":
            continue
        findings.append(_finding(doc, tok, nxt, "'according to' is meant: 'to' is missing"))
    return findings
