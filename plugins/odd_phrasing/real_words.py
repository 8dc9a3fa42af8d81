"""Real words in a slot only another word fits, which no dictionary check can catch:

- a rare word one keystroke from a modal, between a subject and a bare verb: "a minimum-wage hike
  wold cripple hiring" ("would");
- a noun after an infinitive "to", before its object, where English has no verb of that form:
  "issued FISA warrants to surveillance Donald Trump" ("to surveil").

Both are judged from the parse and from how often forms occur on the web (wordfreq): a modal typo
must be rare itself (a common word such as "cold" or "mist" is left alone, however it is used), and a
noun is "never a verb" only when lemminflect knows no verb of that form and wordfreq has (nearly) never
seen its "-ed" or "-ing" form, so recent conversions ("to text", "to gaslight", "to livestream") pass.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas
from spacy.lang.en.stop_words import STOP_WORDS

from scorer import Finding
from scorer import word_zipf as zipf

from .doccache import doc_text
from .inflection import is_count_noun
from .word_list import dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MODALS = ("would", "could", "should", "will", "might", "must", "shall")
#: A word this rare on the web (zipf) that sits where a modal belongs is taken for a typo of it.
MODAL_TYPO_MAX_ZIPF = 3.0
#: A noun is never a verb when wordfreq has not seen any of its -ed and -ing forms (its large list
#: goes down to zipf 1, about once in a billion words): "surveillanced", "layouting" are unseen;
#: "texted" is 3.5, "gaslighting" 2.5, "cribbed" 1.9, "sunsetting" 1.3 (a credible "to sunset the project").
VERB_FORMS_MAX_ZIPF = 1.0
#: ...and it must be a common noun itself, so that a rare word is not judged on thin counts.
NOUN_MIN_ZIPF = 3.0
_AFTER_BARE_VERB = frozenset({"not", "never", "also", "still", "only", "just", "be", "have"})


@functools.lru_cache(maxsize=8192)
def _modal_neighbour(word: str) -> str | None:
    """The modal one edit (deletion, insertion, replacement, transposition) from ``word``, if any."""
    for modal in _MODALS:
        if word == modal or abs(len(word) - len(modal)) > 1:
            continue
        if len(word) == len(modal):
            diff = [i for i in range(len(word)) if word[i] != modal[i]]
            if len(diff) == 1 or (
                len(diff) == 2
                and diff[1] == diff[0] + 1
                and word[diff[0]] == modal[diff[1]]
                and word[diff[1]] == modal[diff[0]]
            ):
                return modal
            continue
        short, long_ = (word, modal) if len(word) < len(modal) else (modal, word)
        if any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_))):
            return modal
    return None


@functools.lru_cache(maxsize=16384)
def _bare_verb(word: str) -> bool:
    """Whether ``word`` is the base form of a verb lemminflect knows."""
    return word in getAllLemmas(word).get("VERB", ())


def _subject_before(tok: Token) -> bool:
    prev = tok.doc[tok.i - 1] if tok.i else None
    return (
        prev is not None
        and prev.is_alpha
        and (prev.pos_ in ("NOUN", "PROPN") or prev.lower_ in ("i", "you", "he", "she", "it", "we", "they"))
    )


def find_modal_typos(doc: Doc) -> list[Finding]:
    """ "hike wold cripple hiring": a rare lower-case word one edit from a modal, after a noun or a
    subject pronoun and before a verb's base form (or "not", "be", "have")."""
    findings: list[Finding] = []
    words = dictionary()
    for tok in doc[1:-1]:
        low = tok.lower_
        if not tok.is_alpha or not tok.text.islower() or len(low) < 3 or low in _MODALS:
            continue
        modal = _modal_neighbour(low)
        if modal is None or zipf(low) >= MODAL_TYPO_MAX_ZIPF or low not in words:
            continue  # not a word at all is the spelling check's ("woud")
        nxt = tok.doc[tok.i + 1]
        if not nxt.is_alpha or not nxt.text.islower() or not (nxt.lower_ in _AFTER_BARE_VERB or _bare_verb(nxt.lower_)):
            continue
        if not _subject_before(tok) or "\n" in doc_text(doc)[tok.doc[tok.i - 1].idx : nxt.idx]:
            continue
        findings.append(
            Finding(
                start=tok.idx,
                end=tok.idx + len(tok),
                message=f"'{tok.text} {nxt.text}': '{tok.text}' is a real word, but '{modal}' fits here",
                severity=0.5,
                check="confusable",
            )
        )
    return findings


@functools.lru_cache(maxsize=16384)
def _never_a_verb(word: str) -> bool:
    """A common noun that English does not use as a verb: lemminflect has no verb of that form and the
    web has (nearly) no "-ed" or "-ing" form of it."""
    lemmas = getAllLemmas(word)
    if set(lemmas) != {"NOUN"} or zipf(word) < NOUN_MIN_ZIPF:
        return False  # a verb, or an adjective too ("to elite Hollywood")
    if word in STOP_WORDS or (word.startswith("wh") and word.endswith("ever")):
        return False  # a pronoun lemminflect files as a noun ("adapts to whomever she's with")
    stem = word[:-1] if word.endswith("e") else word
    doubled = word + word[-1]  # "slag" -> "slagged", "crib" -> "cribbing"
    forms = (word + "ed", word + "d", stem + "ing", word + "ing", doubled + "ed", doubled + "ing")
    return max(zipf(f) for f in forms) < VERB_FORMS_MAX_ZIPF


def find_noun_as_verb(doc: Doc) -> list[Finding]:
    """ "warrants to surveillance Donald Trump": "to", then a lower-case word the parse reads as a bare
    verb (it has an object after it) but that English only knows as a noun."""
    findings: list[Finding] = []
    for tok in doc[1:-1]:
        if tok.tag_ != "VB" or not tok.is_alpha or not tok.text.islower():
            continue
        to = doc[tok.i - 1]
        if to.lower_ != "to" or to.tag_ != "TO" or to.head.i != tok.i:
            continue
        obj = doc[tok.i + 1]
        if obj.pos_ not in ("DET", "PROPN", "PRON") or obj.lower_ in ("it", "that", "this", "all"):
            continue  # an object must follow: a noun phrase after a bare "to + noun" has no other place
        if not _never_a_verb(tok.lower_):
            continue
        if obj.pos_ == "PROPN" and is_count_noun(tok.lower_):
            continue  # a title before a name after the preposition "to": "up to moderator Lester Holt"
        findings.append(
            Finding(
                start=to.idx,
                end=tok.idx + len(tok),
                message=f"'to {tok.text}': '{tok.text}' is a noun, not a verb; the verb is missing or misspelt",
                severity=0.5,
                check="verb_form",
            )
        )
    return findings
