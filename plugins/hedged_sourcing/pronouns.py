"""'They added': a pronoun speaker that can only refer back to an unnamed group.

A plural pronoun subject of a verb of reporting ("they said", "they added", "they told CNN") takes
its reference from the text before it. When the nearest speaker before it, within the two
sentences before, is an unnamed group or unnamed sources that stand as a finding ("Officials
said ... They added that ..."), and nobody else it could refer to comes in between (no named
speaker, no name, no other plural noun for people), the pronoun continues the unnamed source:
its claim is no more checkable than the first one. One named person in between ("authorities
said Joe Giudice could not show ... They noted ...") is no antecedent for "they". Anything less certain stays a named
(anaphoric) attribution, as before: a wrong link would flag a named speaker's words.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from . import patterns as P
from .classify import ANONYMOUS, NAMED, VAGUE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .attribution import Attribution

_SPEAKER_VIAS = frozenset({"subject", "inverted"})
_PLURAL_PRONOUNS = frozenset({"they", "them"})
_PLURAL_QUANTIFIERS = frozenset({"some", "many", "others", "most", "several", "few"})
#: How many sentences back the unnamed group may stand.
_REACH = 2


def resolve_pronoun_speakers(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with each "they said" whose only antecedent is an unnamed group turned
    into a finding of that group's kind (via "pronoun")."""
    out = list(attributions)
    for n, attr in enumerate(out):
        if attr.kind != NAMED or attr.via not in _SPEAKER_VIAS or attr.first != attr.source_end:
            continue
        pronoun = doc[attr.first]
        if pronoun.lower_ not in _PLURAL_PRONOUNS or attr.cue_i < 0:
            continue
        cue = doc[attr.cue_i]
        if cue.lemma_.lower() not in P.REPORTING_VERBS:
            continue  # "they cite ...", "they believe ...": not a report of what the group said
        antecedent = _unnamed_antecedent(doc, out[:n], pronoun)
        if antecedent is not None:
            last = cue.i if 0 < cue.i - pronoun.i <= 3 else attr.last  # "They added", "they later told"
            out[n] = dataclasses.replace(
                attr,
                kind=antecedent.kind,
                via="pronoun",
                affiliated=antecedent.affiliated,
                last=last,
                source_last=pronoun.i,
            )
    return out


def _unnamed_antecedent(doc: Doc, before: list[Attribution], pronoun: Token) -> Attribution | None:
    """The unnamed plural source "they" can only mean, or None."""
    sent_start = pronoun.sent.start
    previous = [a for a in before if a.first < sent_start]  # "Officials said they ...": content, not a link
    if not previous:
        return None
    last = previous[-1]
    if last.kind not in (VAGUE, ANONYMOUS) or last.via not in _SPEAKER_VIAS | {"according"}:
        return None
    head = doc[last.source_end]
    if not _plural(head) or any(c.dep_ == "prep" for c in head.rights):
        return None  # "lawyers for the opposing states argued ...": "they" may be the parties themselves
    if _sentences_between(doc, head, pronoun) > _REACH:
        return None
    for tok in doc[last.last + 1 : pronoun.i]:
        if tok.lower_ == "they" or tok.tag_ == "NNPS":
            return None  # another "they", or "Democrats", that the pronoun may refer to instead
        if tok.pos_ == "PROPN" and (tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)):
            return None  # "Erdogan and Putin": named people the pronoun may refer to
        if tok.tag_ in ("NNS", "NNPS") and (tok.dep_ in ("nsubj", "nsubjpass") or _people(tok)):
            return None  # "Officials said the suspects fled. They told ...": who is "they"?
    return last


def _people(noun: Token) -> bool:
    """A plural noun that may name people: a role noun or an agent noun ("suspects", "protesters")."""
    lemma = noun.lemma_.lower()
    if lemma in P.ROLE_NOUNS or lemma in ("people", "suspect", "victim", "child", "man", "woman", "family"):
        return True
    return lemma.endswith(P.AGENT_SUFFIXES) and lemma not in P.NOT_AGENT_NOUNS


def _plural(head: Token) -> bool:
    return (
        head.tag_ in ("NNS", "NNPS") or head.lower_ in _PLURAL_QUANTIFIERS or head.lemma_.lower() in ("people", "staff")
    )


def _sentences_between(doc: Doc, first: Token, second: Token) -> int:
    n = 0
    sent = second.sent
    while sent.start > first.sent.start and n <= _REACH:
        n += 1
        sent = doc[sent.start - 1].sent
    return n
