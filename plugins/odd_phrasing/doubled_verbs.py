"""A verb or modal typed twice around a short phrase, the slip of a sentence rewritten half-way:

- the same modal on both sides of a bare noun phrase, "Would things would Brad actually turn
  romantic?": a modal and its subject, then the modal again with no verb between;
- the same finite verb on both sides of a prepositional phrase, "Epstein said in a court filing
  said that ...": the writer moved "said" and left the old one.

English never needs either: between two uses of one modal there is a verb, a conjunction ("may or may
not", "can and can't") or punctuation ("I will, you will"); and a verb repeated after a bare
prepositional phrase belongs to a new clause only when the first one sits in a relative clause or a
subject clause ("what he said in the interview said a lot"), which the parse shows and the check skips.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import all_tokens, doc_text, tokens_where
from .token_findings import span_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})
#: What may stand between the two modals: a bare noun phrase (the subject of the second).
_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
#: A first verb in one of these relations is inside a subject or a relative clause, so a second
#: finite verb after it can be the main clause's: "what he said at the rally said it all".
_EMBEDDED = frozenset({"relcl", "csubj", "csubjpass", "acl", "advcl", "pcomp", "ccomp", "xcomp", "conj"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
MAX_BETWEEN = 3
MAX_PHRASE = 6


def _plain_word(tok: Token) -> bool:
    """A word with no capital inside it ("receiveThe" is two words glued on collection)."""
    return tok.is_alpha and not any(c.isupper() for c in tok.text[1:])


def _on_one_line(doc: Doc, first: Token, last: Token) -> bool:
    return "\n" not in doc_text(doc)[first.idx : last.idx]


#: every finding of this module is a ``doubled_word``
_finding = partial(span_finding, check="doubled_word")


def find_doubled_modals(doc: Doc) -> list[Finding]:
    """ "Would things would Brad": one modal, one to three words of a bare noun phrase (no verb, no
    conjunction, no punctuation, no relative word), then the same modal again."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _MODALS):
        if tok.tag_ != "MD" or not tok.is_alpha:
            continue
        for j in range(tok.i + 2, min(tok.i + 2 + MAX_BETWEEN, len(doc))):
            nxt = doc[j]
            if nxt.lower_ == tok.lower_:
                between = doc[tok.i + 1 : j]
                if (
                    nxt.tag_ == "MD"
                    and nxt.text.islower()
                    and all(_plain_word(t) and t.pos_ in _NOMINAL and t.tag_ not in _WH_TAGS for t in between)
                    and not (tok.text[0].isupper() and all(t.pos_ == "PROPN" for t in between))  # "Will Smith will"
                    and _on_one_line(doc, tok, nxt)
                ):
                    findings.append(_finding(doc, tok, nxt, f"'{tok.lower_}' twice around its subject: one is extra"))
                break
            if not (doc[j].is_alpha and doc[j].pos_ in _NOMINAL):
                break
    return findings


def _bare_prepositional_phrase(tokens: list[Token]) -> bool:
    """A preposition and a short noun phrase only: "in a court filing", "on Monday" (no pronoun: it
    opens a relative clause, "sent along an email he sent")."""
    return (
        2 <= len(tokens) <= MAX_PHRASE
        and tokens[0].pos_ == "ADP"
        and tokens[0].text.islower()
        and all(t.is_alpha and t.pos_ in _NOMINAL and t.pos_ != "PRON" for t in tokens[1:])
    )


def find_doubled_verbs(doc: Doc) -> list[Finding]:
    """ "Epstein said in a court filing said": a finite verb, a bare prepositional phrase, the same
    verb form again. The first verb must be its clause's main verb (not in a relative or subject
    clause) with its subject before it, and no relative word may open the sentence before it."""
    findings: list[Finding] = []
    for first in all_tokens(doc):
        if first.tag_ not in _FINITE_TAGS or first.pos_ != "VERB" or not first.text.islower():
            continue
        for j in range(first.i + 3, min(first.i + 2 + MAX_PHRASE, len(doc))):
            second = doc[j]
            if second.lower_ != first.lower_:
                continue
            if second.tag_ not in _FINITE_TAGS or second.pos_ != "VERB" or second.dep_ == "relcl":
                break
            if not _bare_prepositional_phrase(list(doc[first.i + 1 : j])) or not _on_one_line(doc, first, second):
                break
            if first.dep_ in _EMBEDDED or not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
                break
            sent = first.sent
            if any(t.tag_ in _WH_TAGS for t in doc[sent.start : first.i]):
                break  # "the reason why he voted in May voted ...": a clause the parse may have missed
            findings.append(_finding(doc, first, second, f"'{first.text}' twice: one is extra"))
            break
    return findings


#: Verbs that do take a bare infinitive or stand before "be" in speech: "help be a voice", "let it be",
#: "go be with her", "come be part of it".
_BEFORE_BARE_BE = frozenset({"help", "let", "make", "go", "come", "have", "do", "dare", "need", "try"})
_INFINITIVE_MARKERS = frozenset({"to", *_MODALS})


def find_verb_before_be(doc: Doc) -> list[Finding]:
    """ "the most unpleasant people to ever hold be a public servant": after "to" or a modal (and any
    adverbs), a bare verb and then "be", two verbs where the clause has room for one; the sentence was
    rewritten ("to hold office" / "to be a public servant") and one verb was left behind."""
    findings: list[Finding] = []
    for be in tokens_where(doc, frozenset({"be"}), start=2):
        verb = doc[be.i - 1]
        if not be.text.islower() or be.tag_ != "VB" or verb.tag_ != "VB" or not _plain_word(verb):
            continue
        if verb.lower_ in _BEFORE_BARE_BE or verb.lemma_ in _BEFORE_BARE_BE or not verb.text.islower():
            continue
        j = verb.i - 1
        while j >= 0 and doc[j].pos_ == "ADV" and doc[j].text.islower():
            j -= 1
        if j < 0 or doc[j].lower_ not in _INFINITIVE_MARKERS or not _on_one_line(doc, doc[j], be):
            continue
        if _mandative_that_before(doc, verb):
            continue  # "require that all seminaries to which we send men to study be vigilant": the infinitive
            # ends a relative clause and "be" is the subjunctive verb of the "that" clause
        findings.append(
            Finding(
                start=verb.idx,
                end=be.idx + len(be),
                message=f"'{verb.text} be': two verbs where the clause takes one; one is left from an edit",
                severity=0.5,
                check="verb_form",
            )
        )
    return findings


#: Verbs and nouns whose "that" clause takes a subjunctive "be": "require that the schools be vigilant".
_MANDATIVE = frozenset(
    {
        "require", "demand", "insist", "ask", "recommend", "urge", "propose", "suggest", "request", "order", "mandate",
        "stipulate", "requirement", "insistence", "recommendation", "proposal",
    }
)


def _mandative_that_before(doc: Doc, verb: Token) -> bool:
    """A mandative verb or noun and its "that" stand earlier in the sentence, before ``verb``."""
    sent = verb.sent
    words = doc[sent.start : verb.i]
    return any(
        t.lemma_.lower() in _MANDATIVE and any(u.lower_ == "that" for u in doc[t.i + 1 : verb.i])
        for t in words
    )
