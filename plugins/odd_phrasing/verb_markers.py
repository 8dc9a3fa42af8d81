"""A verb in a form the word before it cannot take, read from the parse and checked against lemminflect's
word forms, so a tagging slip is not taken for the writer's:

- a modal before a finite "be"/"have"/"do" or a past form ("wouldn't had a war", "will engaged in");
- the infinitive "to" before a verb's -s form ("wants everyone to thinks", "continues to falls apart");
- "be ... suppose to" + a verb for "supposed to" ("how is one suppose to defend");
- "laying" with no object for "lying" ("saw me laying on the floor", "has been laying low").

Each one is a slip in any text: no list of the articles' phrases, only the grammar of the verb group.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas, getInflection

from scorer import Finding

from .doccache import doc_text, tokens_where
from .token_findings import span_finding as _finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must", "wo", "ca"})
#: finite forms of the auxiliaries: none can follow a modal ("would had", "could was", "will does")
_FINITE_AUX = frozenset({"had", "has", "was", "were", "is", "are", "am", "does", "did"})
_NEGATIONS = frozenset({"not", "n't", "n’t"})


def _same_line(doc: Doc, first: Token, last: Token) -> bool:
    return "\n" not in doc_text(doc)[first.idx : last.idx]


@functools.lru_cache(maxsize=16384)
def _past_form(word: str) -> str | None:
    """The lemma when ``word`` is a verb's past or participle and not its base form ("engaged" -> "engage";
    "put", "cut" are both, so None)."""
    verbs = getAllLemmas(word).get("VERB", ())
    if not verbs or word in verbs:
        return None
    for lemma in verbs:
        if word in getInflection(lemma, "VBD", inflect_oov=False) or word in getInflection(
            lemma, "VBN", inflect_oov=False
        ):
            return lemma
    return None


@functools.lru_cache(maxsize=16384)
def _s_form(word: str) -> str | None:
    """The lemma when ``word`` is a verb's -s form ("thinks" -> "think"), else None."""
    for lemma in getAllLemmas(word).get("VERB", ()):
        if word != lemma and word in getInflection(lemma, "VBZ", inflect_oov=False):
            return lemma
    return None


def _after_adverbs(doc: Doc, i: int) -> Token | None:
    """The first token after ``i`` that is not an adverb or a negation, within three tokens."""
    for j in range(i + 1, min(i + 4, len(doc))):
        if doc[j].pos_ == "ADV" or doc[j].lower_ in _NEGATIONS:
            continue
        return doc[j]
    return None


#: Pronouns a clause "who could" / "that can" hangs on with its verb left out ("all who could").
_ELLIPSIS_ANTECEDENTS = frozenset({
    "everyone", "everybody", "anyone", "anybody", "all", "those", "whoever", "someone", "somebody", "many", "few",
})


def relative_ellipsis(doc: Doc, modal: Token) -> bool:
    """The modal ends a relative clause whose verb is left out: a relative pronoun right before it, on
    a pronoun such as "everyone" or "those" ("everyone who could sought shelter", "those that can
    left"), so the verb after it is the sentence's own."""
    i = modal.i
    return (
        i >= 2
        and doc[i - 1].lower_ in ("who", "that")
        and doc[i - 2].lower_ in _ELLIPSIS_ANTECEDENTS
    )


def find_modal_before_finite(doc: Doc) -> list[Finding]:
    """ "we probably wouldn't had a war", "Venus and Jupiter will engaged in": a modal, then (after
    adverbs or "not") a finite auxiliary or a verb's past form that the parse hangs the modal on.

    The base-form check of ``verb_forms`` leaves words that are adjectives too ("engaged") and the
    auxiliaries to lemminflect's strict reading; here the parse decides: the modal must be an ``aux``
    of that very word, which must be tagged past (VBD/VBN), or be a finite form of be/have/do."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _MODALS):
        if tok.tag_ != "MD" or tok.dep_ != "aux" or not tok.text.islower():
            continue
        verb = _after_adverbs(doc, tok.i)
        if verb is None or not verb.is_alpha or not verb.text.islower() or not _same_line(doc, tok, verb):
            continue
        low = verb.lower_
        if low in _FINITE_AUX:
            if verb.i != tok.head.i and verb.head.i != tok.head.i:
                continue  # the parse must put both in one verb group
            fix = {"had": "have", "has": "have", "does": "do", "did": "do"}.get(low, "be")
            message = f"a modal takes the base form: '{tok.text} {fix}'"
            findings.append(_finding(doc, tok, verb, message, "verb_form"))
            continue
        if verb.i != tok.head.i or verb.tag_ not in ("VBD", "VBN") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lower_ in ("been", "got", "gotten") or any(
            c.dep_ in ("aux", "auxpass") and c.i > tok.i for c in verb.children
        ):
            continue
        base = _past_form(low)
        if base is None or relative_ellipsis(doc, tok):
            continue  # "As everyone who could sought shelter": "who could" is the whole clause
        findings.append(
            _finding(doc, tok, verb, f"after '{tok.text}' the verb takes its base form ('{base}')", "verb_form")
        )
    return findings


def find_to_before_s_form(doc: Doc) -> list[Finding]:
    """ "he wants everyone to thinks he's important": the infinitive marker "to" (the parse's ``aux`` of
    the next word) before a verb's -s form, which it cannot take. Only a word tagged VBZ that lemminflect
    knows as a verb's -s form; a plural noun read as a verb ("to its falls") has no ``aux`` "to"."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"to"}), 0, 1):
        verb = doc[tok.i + 1]
        if tok.tag_ != "TO" or tok.dep_ != "aux" or tok.head.i != verb.i or verb.tag_ != "VBZ":
            continue
        if not verb.is_alpha or not verb.text.islower() or verb.lower_ in ("is", "has", "does", "was"):
            continue
        base = _s_form(verb.lower_)
        if base is None:
            continue
        findings.append(_finding(doc, tok, verb, f"after 'to' the verb takes its base form ('to {base}')", "verb_form"))
    return findings


def find_to_before_past(doc: Doc) -> list[Finding]:
    """ "Clinton had to befitted into the van": the infinitive marker "to" (the parse's ``aux`` of the
    next word) before a verb's past form or participle, which it cannot take. Only a word lemminflect
    knows as a past form and not a base form ("put" is both; the tagger may call the word a base form after
    "to", as in "on pace to received 75 percent"), and not when a noun, adjective or -ing
    form follows it ("compares refugees to poisoned skittles", "an alternative to prescribed burning":
    "to" is a preposition before an adjective)."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"to"}), 0, 1):
        verb = doc[tok.i + 1]
        if tok.tag_ != "TO" or tok.dep_ != "aux" or tok.head.i != verb.i or verb.tag_ not in ("VB", "VBD", "VBN"):
            continue
        if not verb.is_alpha or not verb.text.islower() or verb.lower_ in ("been", "had", "did", "was", "were"):
            continue
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG"):
            continue
        base = _past_form(verb.lower_)
        if base is None:
            continue
        findings.append(_finding(doc, tok, verb, f"after 'to' the verb takes its base form ('to {base}')", "verb_form"))
    return findings


#: Verbs that take a "to"-infinitive and never "to" + an -ing form: after them "to" is the infinitive's
#: marker, not a preposition ("committed to shaping", "looks forward to seeing" are right).
_INFINITIVE_TAKERS = frozenset(
    {"want", "need", "try", "help", "decide", "plan", "hope", "attempt", "fail", "refuse", "seem", "appear",
     "promise", "expect", "intend", "manage", "tend", "choose", "wish", "threaten", "vow", "pledge",
     "offer", "afford", "hesitate", "deserve", "aim", "seek", "struggle", "continue", "begin", "start"}
)  # fmt: skip


def find_to_before_ing(doc: Doc) -> list[Finding]:
    """ "helping to shaping the policy": a verb that takes an infinitive, "to", then an -ing form, which
    the infinitive's "to" cannot take (the base form was meant: "helping to shape"). Only right after
    such a verb (or an adverb after it), with the -ing form the parse's complement of the verb or of
    "to"; verbs whose "to" can be a preposition ("committed to", "look forward to", "agree to paying")
    are not among them."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"to"}), 1, 1):
        verb = doc[tok.i + 1]
        if verb.tag_ != "VBG" or not (verb.is_alpha and verb.text.islower()):
            continue
        if tok.dep_ == "aux" and tok.head.i == verb.i and verb.dep_ == "xcomp":
            taker = verb.head  # "helping to shaping": "to" marks the -ing form, the verb's complement
        elif tok.dep_ == "prep" and verb.head.i == tok.i and verb.dep_ == "pcomp":
            taker = tok.head  # "want to making": the parse made "to" a preposition of the verb before it
        else:
            continue
        if taker.i >= tok.i or taker.pos_ != "VERB":
            continue
        if taker.lemma_.lower() not in _INFINITIVE_TAKERS or (tok.i - 1 != taker.i and doc[tok.i - 1].pos_ != "ADV"):
            continue  # the taker right before "to" (or an adverb between): "help them to" stays out
        base = getAllLemmas(verb.lower_).get("VERB", (None,))[0]
        if base is None:
            continue
        findings.append(_finding(doc, tok, verb, f"after 'to' the verb takes its base form ('to {base}')", "verb_form"))
    return findings


_BE_FORMS = frozenset({"is", "was", "are", "were", "am", "be", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m"})


def find_suppose_to(doc: Doc) -> list[Finding]:
    """ "how is one suppose to defend", "Muslims aren't supposedly suppose to have alcohol": "suppose
    to" + a verb after a form of "be" in the same clause is "supposed to" (the -d is heard as part of
    "to" and dropped in typing). "I suppose to some extent" has no verb after "to"; "we suppose" no "be"."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"suppose"}), 1, 2):
        to, verb = doc[tok.i + 1], doc[tok.i + 2]
        if to.lower_ != "to" or verb.tag_ != "VB" or not verb.is_alpha:
            continue
        before = doc[max(tok.i - 4, 0) : tok.i]
        if not any(t.lower_ in _BE_FORMS and t.pos_ == "AUX" for t in before):
            continue
        if not _same_line(doc, before[0], verb):
            continue
        findings.append(_finding(doc, tok, to, "'supposed to' (the participle) after 'be'", "verb_form"))
    return findings


#: What follows an intransitive "lying": a place or a position, never an object.
_LIE_AFTER = frozenset(
    {"on", "in", "around", "about", "low", "down", "there", "here", "awake", "flat", "face", "beside", "next",
     "under", "underneath", "inside", "outside", "dead", "still", "motionless", "unconscious", "naked", "across",
     "against", "beneath", "near", "at", "behind"}
)  # fmt: skip


#: Objects of "lay on" that make it the transitive idiom ("laying on the southern-fried charm").
_LAID_ON = frozenset({"charm", "blame", "pressure", "praise", "flattery", "guilt", "sympathy"})
#: The form of "lie" each present form of "lay" stands for.
_LIE_FOR = {"laying": "lying", "lays": "lies", "lay": "lie"}
_MODALS_AND_TO = _MODALS | {"to"}


def find_laying(doc: Doc) -> list[Finding]:
    """ "saw me laying on the floor", "has been mostly laying low", "Taylor lays in a bathtub", "The truth
    may lay in Minaj's hunger": a present form of "lay" (to lay something) with no object and a place or
    position after it is "lie" (lying, lies). A bare "lay" counts only after a modal or "to" (elsewhere it
    may be the past of "lie", which is right: "she lay in bed"). Left alone: any object the parse gives
    ("laying the groundwork", "laying down the law", "hens laying eggs"), a particle ("laying off",
    "laying out"), "laying on the charm" (the transitive idiom) and a capitalised word (a name)."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset(_LIE_FOR), 0, 1):
        nxt = doc[tok.i + 1]
        if tok.text not in _LIE_FOR or tok.pos_ != "VERB" or nxt.lower_ not in _LIE_AFTER:
            continue
        if tok.text == "lay" and not any(c.dep_ == "aux" and c.lower_ in _MODALS_AND_TO for c in tok.lefts):
            continue
        if any(
            c.dep_ in ("dobj", "dative", "attr", "oprd", "prt") and c.lower_ not in _LIE_AFTER for c in tok.children
        ):
            continue  # an object ("laying the groundwork") or another particle ("laying off"); the parser
            # reads "low" as the object of "laying low"
        if (
            nxt.lower_ == "down"
            and tok.i + 2 < len(doc)
            and doc[tok.i + 2].pos_ in ("DET", "NOUN", "PRON", "ADJ", "NUM")
        ):
            continue  # "laying down a marker", "laying down arms"
        if nxt.lower_ == "on" and any(t.lemma_.lower() in _LAID_ON for t in doc[nxt.i + 1 : nxt.i + 8]):
            continue  # "laying on the southern-fried charm": to lay something on, an idiom
        right = _LIE_FOR[tok.text]
        message = f"'{right}' (to lie somewhere): '{tok.text}' needs an object"
        findings.append(_finding(doc, tok, tok, message, "confusable"))
    return findings


#: Verbs whose object takes a "to"-infinitive, never a bare one ("let", "make", "help", "have", "see" do).
_TO_OBJECT_VERBS = frozenset(
    {"allow", "permit", "enable", "force", "urge", "encourage", "ask", "require", "want", "cause", "compel",
     "order", "invite", "persuade", "expect", "tell", "forbid", "oblige", "instruct", "advise", "convince"}
)  # fmt: skip
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})


def find_object_without_to(doc: Doc) -> list[Finding]:
    """ "would permit them stay": a verb whose object takes a "to"-infinitive, an object pronoun, then a
    bare verb with no "to". Only a word tagged VB that lemminflect knows as nothing but a verb ("allow
    them access", "tell them lies" are nouns), and "her" only when no noun could follow it ("ask her
    name")."""
    findings: list[Finding] = []
    for pron in tokens_where(doc, _OBJECT_PRONOUNS, 1, 1):
        verb, bare = doc[pron.i - 1], doc[pron.i + 1]
        if verb.lemma_ not in _TO_OBJECT_VERBS or not verb.tag_.startswith("VB") or not pron.text.islower():
            continue
        if bare.tag_ != "VB" or not bare.is_alpha or not bare.text.islower():
            continue
        lemmas = getAllLemmas(bare.lower_)
        if bare.lower_ not in lemmas.get("VERB", ()):
            continue
        if set(lemmas) != {"VERB"} and not (bare.dep_ in ("xcomp", "ccomp") and bare.head.i == verb.i):
            continue  # a word that is a noun too must be the parse's verb complement ("permit them stay")
        if not _same_line(doc, verb, bare):
            continue
        findings.append(_finding(doc, verb, bare, f"'to' is missing: '{pron.text} to {bare.text}'", "missing_word"))
    return findings
