"""A verb left out of its clause, read from the parse wherever it happens (not from particular words):

- a modal with no verb to govern, its object right after it ("programs that will millions of
  Americans", "there should black communities without any cops"): the parse hangs a noun object on
  the modal itself, which only happens when the verb between them is missing;
- "do" + "not" with a subject before it and another subject pronoun right after it ("but I don't
  they're ..."): the verb of "don't" ("think", "believe") is missing;
- a sentence that is nothing but "And/But/Or" + a clause opened by "that" ("And that exactly what
  this has done."): the parse makes "that" the marker of the sentence's own root, so no main clause
  is left. Without the conjunction the parse too often misses a clause that is the subject ("That
  the emails have been hacked ... has led many") or a sentence split at a typo. Not when a
  singular noun or another "that" follows it ("That Walmart should be boycotted", "that that is":
  a demonstrative), nor after a colon in the paragraph (a list, or speech set down after "said:").

Each needs two cues to agree (the parse's attachment and the words' classes), since the small English
model misparses freely. Quotations are left to the signal (someone else's words); a question and a
capitalised modal ("Will", a name) are left alone.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text, sentence_of, tokens_where
from .token_findings import span_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})
#: What a modal's missing verb leaves as its object: a noun phrase, its determiner or a number.
_OBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
STARTS_OF_PHRASE = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "DT", "PRP$", "JJ"})
_NEGATIONS = frozenset({"not", "n't", "n’t"})
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
_OPENERS = frozenset({"and", "but", "or"})
_SUBORDINATORS = frozenset({"if", "unless", "when", "whether", "because", "though", "although", "as", "than"})


#: every finding of this module is a ``missing_verb``
_finding = partial(span_finding, check="missing_verb")


def find_modal_without_verb(doc: Doc) -> list[Finding]:
    """ "programs that will millions of Americans": a lower-case modal that the parse makes the head of
    its clause (not a verb's ``aux``), with no verb among its dependents after it and a noun object
    that starts right after it (adverbs aside). Ellipsis ("he won't.", "as soon as it can") has no
    object."""
    findings: list[Finding] = []
    for modal in tokens_where(doc, _MODALS, 0, 1):
        if modal.tag_ != "MD" or not modal.text.islower() or modal.dep_ in ("aux", "auxpass"):
            continue
        after = [c for c in modal.children if c.i > modal.i]
        if any(c.tag_.startswith("VB") or c.tag_ == "MD" for c in after):
            continue
        obj = next((c for c in after if c.dep_ in ("dobj", "attr", "npadvmod", "oprd")), None)
        if obj is None or obj.tag_ not in _OBJECT_TAGS:
            continue
        nxt = modal.i + 1
        while nxt < len(doc) and doc[nxt].tag_ == "RB":
            nxt += 1
        if nxt >= len(doc) or doc[nxt].tag_ not in STARTS_OF_PHRASE or obj.left_edge.i != nxt:
            continue
        if not (doc[nxt].is_alpha or doc[nxt].like_num):
            continue  # "it must stop.â": a full stop glued to broken encoding, read as a noun
        findings.append(_finding(doc, modal, obj, f"a verb seems missing after '{modal.text}'"))
    return findings


def _has_subject_before(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for t in (tok, tok.head) for c in t.children)


#: Prepositions that open a verb's complement ("cares about", "deals with"), never a clause of their own.
_COMPLEMENT_PREPOSITIONS = frozenset({"about", "of", "with", "for", "on", "from", "into"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", '"', "“", "”"})


def _preposition_without_verb(doc: Doc, do: Token, prep: Token) -> bool:
    """ "since she doesn't about Justin Bieber": "don't" + a preposition, and no verb before the clause
    ends: the verb that takes the preposition is missing. An adverbial phrase can come between
    ("did not at the time have"), so any verb after it clears the case; so does a clause of comparison
    or condition, where "do" stands for a verb said before ("as he does about the rest")."""
    if prep.lower_ not in _COMPLEMENT_PREPOSITIONS or prep.tag_ != "IN":
        return False
    if any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in do.head.children):
        return False
    for tok in doc[prep.i + 1 : sentence_of(do).end]:
        if tok.text in _CLAUSE_ENDS:
            break
        if tok.tag_.startswith("VB") or tok.tag_ == "MD":
            return False
    return True


def find_do_without_verb(doc: Doc) -> list[Finding]:
    """ "but I don't they're willfully ignoring": "do" + "not" after its subject, then a subject
    pronoun: the verb of "don't" is missing. A question ("Why don't they ...?") puts the subject after
    "do" and no subject before it."""
    findings: list[Finding] = []
    for neg in tokens_where(doc, _NEGATIONS, 1, 1):
        do, pron = doc[neg.i - 1], doc[neg.i + 1]
        if do.lemma_ != "do" or not _has_subject_before(do):
            continue
        if pron.lower_ not in _SUBJECT_PRONOUNS:
            if _preposition_without_verb(doc, do, pron):
                findings.append(_finding(doc, do, pron, f"a verb seems missing after '{do.text}{neg.text}'"))
            continue
        sent = sentence_of(do)
        if sent.text.rstrip().endswith("?") or any(t.lower_ in _SUBORDINATORS for t in doc[sent.start : do.i]):
            continue  # "If he doesn't he should resign": "doesn't" ends a clause whose verb is understood
        findings.append(_finding(doc, do, pron, f"a verb seems missing after '{do.text}{neg.text}'"))
    return findings


def _after_colon(doc: Doc, sent: Span) -> bool:
    """Whether a colon comes before the sentence in its paragraph: a list of points, or speech set
    down after "said:" without quotation marks."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return ":" in text[line_start : sent.start_char]


def find_that_fragment(doc: Doc) -> list[Finding]:
    """ "And that exactly what this has done.": a sentence (ending in a full stop) that opens with
    "and"/"but"/"or" + "that", where the parse makes "that" the marker of the sentence's root: a
    subordinate clause with no main clause. Not when the root takes a clause of
    its own after it ("That we know probably wasn't the case": "that" is the object)."""
    findings: list[Finding] = []
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if len(words) < 3:
            continue
        if words[0].lower_ not in _OPENERS:
            continue  # "That the emails have been hacked ... has led many": a clause as subject misparsed
        that = words[1]
        root = that.head
        if that.lower_ != "that" or that.dep_ != "mark" or root.dep_ != "ROOT" or root.i < that.i:
            continue
        if not root.tag_.startswith("VB") or any(c.dep_ in ("ccomp", "xcomp") and c.i > root.i for c in root.children):
            continue
        if doc[that.i + 1].tag_ in ("NN", "NNP", "NNPS") or doc[that.i + 1].lower_ == "that":
            continue  # "That Walmart should be boycotted": a demonstrative the parse took for "that" + clause
        if not sent.text.rstrip().rstrip("\"”’'").endswith(".") or _after_colon(doc, sent):
            continue
        first = words[0]
        last = doc[min(root.i, that.i + 4)]
        message = "a clause opened by 'that' with no main clause: a verb or a subject seems missing"
        findings.append(_finding(doc, first, last, message))
    return findings
