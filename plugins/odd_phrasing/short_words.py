"""A short function word typed for its one-letter neighbour, where the parse shows only the other fits:

- "to" for "too" between "be" (or "nothing", "something", "way", "far") and an adjective that no noun
  follows: "a sinus infection certainly is nothing to serious", "it was to late.": "be to" + an
  adjective is never an infinitive ("is to blame" has a verb, "is to serious" does not);
- "of" for "off" right after a verb that takes the particle "off" and never a bare "of": "the actor
  shows of his leading man credentials" ("shows off"). Verbs that do take "of" ("think of", "write of",
  "taken of") are not in the list, and the word must be tagged as a verb, not a noun ("a show of force").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc

_BEFORE_TOO = frozenset({"nothing", "something", "anything", "way", "far"})
#: Adverbs "too" goes with as often as adjectives: "was to late", "way to much".
_DEGREE_ADVERBS = frozenset({"late", "early", "soon", "often", "much", "long", "fast", "hard", "far"})
#: Verbs with the particle "off" ("show off", "pay off", "kick off") that take no "of" phrase.
_OFF_VERBS = frozenset(
    {
        "show", "pay", "kick", "set", "cut", "call", "turn", "sign", "ward", "fend", "lay", "tip", "brush", "shake",
        "cool", "finish", "drop", "scare", "rip", "shrug", "spin", "square", "tick", "top", "walk", "wear", "doze",
        "goof", "knock", "level", "nod", "peel", "polish", "round", "seal", "shut", "slack", "switch", "taper",
        "tee", "fight", "fob", "lop", "palm", "pull", "rattle", "reel", "rope", "head", "lift", "log", "auction",
        "start", "send", "hold", "kill", "trail", "tail", "tear", "wipe", "ease", "back",
    }
)  # fmt: skip


def _finding(doc: Doc, start: int, end: int, message: str) -> Finding:
    return Finding(
        start=start, end=end, message=f"'{doc_text(doc)[start:end]}': {message}", severity=0.5, check="confusable"
    )


def find_to_for_too(doc: Doc) -> list[Finding]:
    """ "nothing to serious", "was to late": "to" where "too" belongs (see the module docstring)."""
    findings: list[Finding] = []
    for to in tokens_where(doc, frozenset({"to"}), start=1, stop_before_end=2):
        prev, adj, after = doc[to.i - 1], doc[to.i + 1], doc[to.i + 2]
        if not to.text.islower() or not adj.text.islower() or not adj.is_alpha:
            continue
        if adj.tag_ != "JJ" and not (adj.tag_ == "RB" and adj.lower_ in _DEGREE_ADVERBS):
            continue
        if not (prev.lemma_ == "be" or prev.lower_ in _BEFORE_TOO):
            continue
        if after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (after.is_alpha and after.tag_.startswith("VB")):
            continue  # "is to blame", "was to new heights": an infinitive or a preposition and its noun
        findings.append(_finding(doc, to.idx, adj.idx + len(adj), f"'too {adj.text}' is meant: 'to' is a preposition"))
    return findings


def find_of_for_off(doc: Doc) -> list[Finding]:
    """ "shows of his leading man credentials": "of" where the particle "off" belongs."""
    findings: list[Finding] = []
    for of in tokens_where(doc, frozenset({"of"}), start=1, stop_before_end=1):
        verb, nxt = doc[of.i - 1], doc[of.i + 1]
        if not verb.tag_.startswith("VB") or verb.lemma_ not in _OFF_VERBS or not verb.text.islower():
            continue
        if verb.tag_ == "VBN" and verb.i > 0 and doc[verb.i - 1].pos_ in ("NOUN", "PROPN", "DET"):
            continue  # "the selfie taken of the Pope", "a set of": a participle or noun phrase, not a verb
        if nxt.pos_ not in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"):
            continue
        findings.append(
            _finding(doc, verb.idx, of.idx + len(of), f"'{verb.text} off' is meant: '{verb.text}' takes 'off'")
        )
    return findings
