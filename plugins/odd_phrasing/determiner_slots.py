"""A word in the slot before a noun phrase that cannot stand there, read from the parse:

- a possessive with no noun, right before a preposition ("it had nothing to do his with ethnicity",
  "more likely to put your in death's cross hairs", "add a curse word in their for effect"): a word left
  over from an edit or typed for another ("you", "there"). Two cues agree: the parse makes the
  possessive a noun phrase of its own (an object, not a ``poss``) and the next word a preposition
  with an object;
- "it" as a clause's subject right before a possessive and its noun ("Ever since it her employer was
  revealed"): one of the two words is extra. As an object "it" takes a possessive after it ("made it
  his mission"), so only after a subordinator, a preposition or at a clause's start;
- "has/have/had not" + a noun phrase with no verb ("She has not real record"): "no" is meant.

A hyphen after the next word makes a compound ("his on-and-off girlfriend", "her in-laws"), and is
left alone; so is "of his in" ("a friend of his in Chicago", a possessive standing alone), a possessive
standing for a noun said before as the object of a verb of starting or ending ("Trump started his by
calling the morning shows") and capitals.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text, tokens_where
from .token_findings import span_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Possessives that are never object pronouns ("her" is both: "told her about").
_POSSESSIVES = frozenset({"his", "my", "our", "their", "your"})
#: Possessives that open "it her employer": "her" and "its" too, which stand alone less often.
_POSSESSIVES_AFTER_IT = _POSSESSIVES | {"her", "its"}
_HAVE = frozenset({"has", "have", "had"})
_DASHES = ("-", "‑", "–", "—", "/")
#: Verbs of starting, ending or spending whose object is often a possessive standing for a noun said
#: before: "most candidates lock themselves away ..., Trump started his by calling the morning shows".
_ASPECT_VERBS = frozenset({"start", "begin", "open", "end", "close", "finish", "conclude", "spend", "launch"})


#: every finding of this module is a ``wrong_word``
_finding = partial(span_finding, check="wrong_word")


def _compound_after(doc: Doc, tok: Token) -> bool:
    """Whether a hyphen or a slash follows ``tok`` (a compound: "on-and-off", "in-laws")."""
    text = doc_text(doc)
    end = tok.idx + len(tok)
    return text[end : end + 1] in _DASHES


def find_possessive_before_preposition(doc: Doc) -> list[Finding]:
    """ "nothing to do his with ethnicity": a possessive right before a preposition, with no noun."""
    findings: list[Finding] = []
    for poss in tokens_where(doc, _POSSESSIVES, 1, 1):
        nxt, prev = doc[poss.i + 1], doc[poss.i - 1]
        if nxt.tag_ != "IN" or nxt.lower_ in ("of", "that") or not poss.text.islower() or not nxt.text.islower():
            continue
        if poss.dep_ == "poss" or nxt.dep_ != "prep":
            continue  # the parse hangs the possessive on a noun further on ("my as yet unborn grandchildren")
        if prev.lower_ in ("of", "is", "was", "are", "were", "be", "been", "and", "or") or _compound_after(doc, nxt):
            continue  # "a friend of his in Chicago", "the choice was his to make", "hers and his"
        if doc_text(doc)[poss.idx + len(poss) : nxt.idx] != " " or nxt.dep_ in ("quantmod", "advmod", "nummod"):
            continue  # "to his over four million followers": "over" counts the noun after it
        if poss.i + 2 < len(doc) and doc[poss.i + 2].tag_ == "CD":
            continue
        if poss.dep_ == "attr" and poss.head.lemma_ == "be":
            continue  # "it was safely his from Day 1": the possessive is the predicate, an adverb before it
        if prev.lemma_.lower() in _ASPECT_VERBS and poss.head.i == prev.i:
            continue  # "started his by calling": the possessive stands for a noun said before (his day)
        findings.append(
            _finding(doc, poss, nxt, f"'{poss.text}' has no noun before '{nxt.text}': a word is out of place")
        )
    return findings


def find_subject_it_before_possessive(doc: Doc) -> list[Finding]:
    """ "Ever since it her employer was revealed": "it" after a subordinator or a preposition, right
    before a possessive and its noun."""
    findings: list[Finding] = []
    for it in tokens_where(doc, frozenset({"it"}), 1, 2):
        poss, noun, prev = doc[it.i + 1], doc[it.i + 2], doc[it.i - 1]
        if poss.tag_ != "PRP$" or poss.lower_ not in _POSSESSIVES_AFTER_IT or noun.pos_ != "NOUN":
            continue
        if prev.tag_ not in ("IN", "WRB") or prev.dep_ not in ("mark", "advmod") or not it.text.islower():
            continue
        if _compound_after(doc, poss):
            continue
        findings.append(_finding(doc, it, noun, f"'it' before '{poss.text} {noun.text}': one of the words is extra"))
    return findings


def find_have_not_noun(doc: Doc) -> list[Finding]:
    """ "She has not real record": "has/have/had" + "not" + adjectives and a singular noun the parse
    makes its object, no verb between ("has no real record")."""
    findings: list[Finding] = []
    for have in tokens_where(doc, _HAVE, 0, 3):
        neg = doc[have.i + 1]
        if neg.lower_ != "not" or have.tag_ not in ("VBZ", "VBP", "VBD") or not have.text.islower():
            continue
        j = have.i + 2
        while j < len(doc) - 1 and doc[j].tag_ == "JJ":
            j += 1
        noun = doc[j]
        if noun.tag_ not in ("NN", "NNS") or noun.head.i != have.i or noun.dep_ != "dobj":
            continue
        if doc[have.i + 2].lower_ in ("enough", "much", "many", "only", "yet", "all"):
            continue
        findings.append(_finding(doc, have, noun, f"'{have.text} not' before a noun: 'no' is meant"))
    return findings
