"""An -ing form where the verb group wants another form, read from the parse:

- "being" as the auxiliary of another -ing verb that has its own object ("the command and poise of
  being commandeering chief"): two progressives never stack, so one word is wrong ("being commander
  in chief");
- "which"/"who" as the subject of a relative clause whose only verb is a bare -ing form ("the
  incident, which ending with him lobbing expletives"): the clause has no finite verb ("which ended");
- "with" + a noun + "is/are/was/were" + an -ing verb ("with her foot is resting on one of Jamie's"):
  after "with" the -ing form stands alone.

Only when the parse agrees twice: the -ing word is tagged ``VBG``, its dependency makes the word before
it its auxiliary or subject, and (for "being") it has an object, so an adjective in -ing ("being
caring", "being demanding") is not read as a verb. After a noun "being" is the main verb of an absolute
clause ("the most important thing being teaching experience"), and is left alone.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import tokens_where
from .token_findings import span_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: every finding of this module is a ``verb_form``
_finding = partial(span_finding, check="verb_form")


def _ing(tok: Token) -> bool:
    return tok.tag_ == "VBG" and tok.text.islower() and tok.lower_.endswith("ing")


def find_stacked_progressives(doc: Doc) -> list[Finding]:
    """ "being commandeering chief": "being" right before an -ing verb that the parse makes its head and
    that has an object of its own."""
    findings: list[Finding] = []
    for being in tokens_where(doc, frozenset({"being"}), 0, 1):
        verb = doc[being.i + 1]
        if not _ing(verb) or being.head.i != verb.i or being.dep_ not in ("aux", "auxpass"):
            continue
        if not any(c.dep_ in ("dobj", "attr", "oprd") and c.i > verb.i for c in verb.children):
            continue
        if being.i and doc[being.i - 1].pos_ in ("NOUN", "PROPN", "PRON"):
            continue  # "the most important thing being teaching experience": "being" is the main verb there
        findings.append(_finding(doc, being, verb, f"'being' before the -ing form '{verb.text}': one of them is wrong"))
    return findings


def find_relative_without_finite(doc: Doc) -> list[Finding]:
    """ "which ending with him lobbing expletives": "which"/"who", the subject of a relative clause, right
    before its verb in a bare -ing form, with no auxiliary."""
    findings: list[Finding] = []
    for pron in tokens_where(doc, frozenset({"which", "who"}), 1, 1):
        verb = doc[pron.i + 1]
        if not _ing(verb) or pron.head.i != verb.i or pron.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if verb.dep_ != "relcl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        if doc[pron.i - 1].lower_ in ("of", "for", "in", "by", "with", "to"):
            continue  # "the means by which ..." is a preposition's object, never a subject
        findings.append(_finding(doc, pron, verb, f"'{pron.text} {verb.text}': the relative clause has no finite verb"))
    return findings


_BE_FINITE = frozenset({"is", "are", "was", "were"})


def find_with_finite_progressive(doc: Doc) -> list[Finding]:
    """ "with her foot is resting on one of Jamie's": "with" + a short noun phrase + "is/are/was/were" +
    an -ing verb; after "with" the -ing form stands alone ("with her foot resting"). The parse agrees
    when it makes "with" the marker of the -ing verb's clause and the noun phrase its subject."""
    findings: list[Finding] = []
    for with_ in tokens_where(doc, frozenset({"with"}), 0, 3):
        verb = with_.head
        if with_.dep_ != "mark" or not _ing(verb) or not with_.text.islower():
            continue
        aux = doc[verb.i - 1]
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if aux.lower_ not in _BE_FINITE or aux.head.i != verb.i or subj is None or subj.i != aux.i - 1:
            continue
        if subj.left_edge.i != with_.i + 1 or subj.i - with_.i > 3 or subj.tag_ not in ("NN", "NNS"):
            continue
        findings.append(
            _finding(doc, with_, verb, f"'{aux.text}' after 'with' and its noun: the -ing form stands alone")
        )
    return findings
