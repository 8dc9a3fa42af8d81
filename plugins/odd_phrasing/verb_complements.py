"""A verb with a complement its grammar does not allow, read from the parse:

- "suggest"/"demand" + a person + a "to"-infinitive ("Taylor suggested Selena to take the plunge"): these
  verbs take a "that" clause or an -ing form ("suggested that Selena take", "suggested taking"), never an
  object and "to" (usage guides list it among the commonest learner's slips);
- a preposition after a verb that takes a direct object ("requesting for the presence", "discussed about
  the plan", "emphasise on", "comprising of"): the noun takes the preposition ("a request for", "a
  discussion about"), the verb does not;
- "affects" as a noun ("the emotional affects of her disease"): the noun is "effects".

Each is wrong in any edited text; the active verb only (a passive "could be discussed about" has lost its
object and is left alone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import tokens_where
from .missing_verbs import STARTS_OF_PHRASE
from .token_findings import span_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Verbs that never take an object + "to"-infinitive (Merriam-Webster's and Cambridge's usage notes);
#: "recommend", "propose" do in British use ("proposed him to lead") and are left out.
_NO_OBJECT_INFINITIVE = frozenset({"suggest", "demand"})
_NO_OBJECT_INFINITIVE_FORMS = frozenset(v + end for v in _NO_OBJECT_INFINITIVE for end in ("", "s", "ed", "ing"))
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})

#: Verb -> the preposition typed after it though the verb takes its object directly; the noun of the
#: same stem takes the preposition ("a request for", "a discussion about", "an emphasis on").
_INTRUSIVE = {
    "request": "for",
    "discuss": "about",
    "mention": "about",
    "emphasize": "on",
    "emphasise": "on",
    "comprise": "of",
}
_ACTIVE_TAGS = frozenset({"VB", "VBD", "VBG", "VBP", "VBZ"})
#: "requested for the first time": the preposition opens an adverbial of time, not the object.
_TIME_NOUNS = frozenset({"time", "times", "years", "months", "weeks", "days", "hours", "decades", "now", "while"})
#: "emphasized on air that", "discussed on Monday": "on" opens where or when it was said, not the object.
_SETTING_NOUNS = frozenset({
    "air", "camera", "television", "tv", "radio", "stage", "twitter", "facebook", "instagram", "youtube", "screen",
    "record", "tape", "video", "set", "podcast", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})  # fmt: skip


def find_object_infinitive(doc: Doc) -> list[Finding]:
    """ "suggested Selena to take": one of ``_NO_OBJECT_INFINITIVE``, a name (up to three words) or an
    object pronoun, then "to" + a bare verb."""
    findings: list[Finding] = []
    for verb in tokens_where(doc, _NO_OBJECT_INFINITIVE_FORMS, 0, 2):
        if verb.lemma_ not in _NO_OBJECT_INFINITIVE or verb.tag_ not in _ACTIVE_TAGS:
            continue
        i = verb.i + 1
        if i < len(doc) and doc[i].lower_ in _OBJECT_PRONOUNS and doc[i].text.islower():
            i += 1
        else:
            while i < len(doc) and i - verb.i <= 3 and doc[i].tag_ == "NNP" and doc[i].text[:1].isupper():
                i += 1
        if i == verb.i + 1 or i + 1 >= len(doc):
            continue
        to, bare = doc[i], doc[i + 1]
        if to.lower_ != "to" or to.tag_ != "TO" or bare.tag_ != "VB" or not bare.text.islower():
            continue
        message = f"'{verb.text}' takes a 'that' clause or an -ing form, not an object and 'to'"
        findings.append(span_finding(doc, verb, bare, message, "verb_form"))
    return findings


def find_intrusive_preposition(doc: Doc) -> list[Finding]:
    """ "requesting for the presence": an active form of a verb in ``_INTRUSIVE`` followed directly by
    its noun's preposition and a noun phrase."""
    findings: list[Finding] = []
    for prep in tokens_where(doc, frozenset(_INTRUSIVE.values()), 1, 1):
        verb, nxt = doc[prep.i - 1], doc[prep.i + 1]
        if verb.tag_ not in _ACTIVE_TAGS or _INTRUSIVE.get(verb.lemma_.lower()) != prep.lower_:
            continue
        if nxt.tag_ not in STARTS_OF_PHRASE or any(t.lower_ in _TIME_NOUNS for t in doc[nxt.i : nxt.i + 3]):
            continue
        if prep.lower_ == "on" and any(t.lower_ in _SETTING_NOUNS for t in doc[nxt.i : nxt.i + 2]):
            continue
        if verb.i > 0 and doc[verb.i - 1].lower_ in ("a", "an", "the", "this", "that", "his", "her", "their"):
            continue  # a noun the tagger took for a verb: "the request for"
        message = f"'{verb.text}' takes its object directly, without '{prep.text}' (the noun takes it)"
        findings.append(span_finding(doc, verb, prep, message, "wrong_word"))
    return findings


def find_affects_noun(doc: Doc) -> list[Finding]:
    """ "the emotional affects of her disease": "affects" with a determiner or an adjective of its own and
    "of"/"on" after it is the noun "effects"."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"affects"}), 1, 1):
        nxt = doc[tok.i + 1]
        if tok.tag_ != "NNS" or nxt.lower_ not in ("of", "on"):
            continue
        if not any(c.dep_ in ("det", "amod", "poss", "compound") and c.i < tok.i for c in tok.children):
            continue
        findings.append(span_finding(doc, tok, tok, "the noun is 'effects' ('affect' is the verb)", "confusable"))
    return findings
