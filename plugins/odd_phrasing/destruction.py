"""A person figuratively destroyed, in the article's own voice ("He obliterated Jeb Bush"):
:func:`destruction_findings`, check ``loaded_word``.

No nlp() call here: everything reads the shared Doc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import all_tokens
from .loaded import SEVERITY_LOADED
from .reported_speech import reports_speech
from .voice import voices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# ---- a person figuratively destroyed ---------------------------------------------------------------
#: Verbs of physical destruction whose object is a person ("He obliterated Jeb Bush"): no one is
#: literally demolished in an argument or an election, so the verb is hyperbole
#: that takes a side (the annotation protocol's own example is "destroys"). Verbs that also kill or
#: injure literally ("crush", "slaughter", "batter") are left out: "crushed him" may be an accident; so
#: are "destroy" and "dismantle", the conventional metaphors of political reporting ("the establishment
#: must either embrace Mr. Trump or destroy him", "he could shrewdly dismantle an opponent": read on 876
#: mainstream credible articles, 1 of 4 findings was right, "He obliterated Jeb Bush" in an op-ed). Not
#: "clobber" either: the sports and election slang for a heavy defeat ("clobbered her in New Hampshire",
#: "she will get clobbered"), which readers did not query (0 of 2: tuning marks, judged round eleven).
# fmt: off
FIGURATIVE_DESTRUCTION = frozenset(
    {"demolish", "obliterate", "annihilate", "eviscerate", "decimate", "shred", "torch"}
)
# fmt: on
#: Person nouns that, as the object, make the verb figurative ("ruined a Trump supporter").
_PERSON_NOUNS = frozenset(
    {
        "supporter",
        "supporters",
        "host",
        "anchor",
        "reporter",
        "reporters",
        "journalist",
        "journalists",
        "critic",
        "critics",
        "opponent",
        "opponents",
        "rival",
        "rivals",
        "liberal",
        "liberals",
        "conservative",
        "conservatives",
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "senator",
        "congressman",
        "congresswoman",
        "president",
        "candidate",
        "nominee",
        "heckler",
        "protester",
        "protesters",
        "troll",
        "trolls",
        "guy",
        "man",
        "woman",
    }
)
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "himself", "herself", "themselves"})
_PASSIVE_PERSONS = frozenset({"he", "she", "they"})


def _initials(word: str) -> bool:
    """Capitals only, with or without full stops: an organisation's initials ("U.C.L.A.", "NATO")."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _person_object(verb: Token) -> Token | None:
    """The direct object of ``verb`` (or its passive subject) when it names a person: a personal pronoun,
    a PROPN tagged PERSON, or a person noun (``_PERSON_NOUNS``)."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        pronouns = _PERSON_PRONOUNS if c.dep_ == "dobj" else _PASSIVE_PERSONS
        if c.lower_ in pronouns or c.lower_ in _PERSON_NOUNS:
            return c
        if c.pos_ == "PROPN" and c._.entity in ("PERSON", "NORP") and not _initials(c.text):
            return c  # "U.C.L.A." or "UCLA" tagged PERSON is a team or a school ("eviscerating U.C.L.A.")
    return None


def destruction_findings(doc: Doc, text: str) -> list[Finding]:
    """``FIGURATIVE_DESTRUCTION`` verbs with a person as their object, in the article's own voice
    (outside quotation marks, in a sentence that reports no one's speech)."""
    quotes = voices(text).marked_or_turns
    findings: list[Finding] = []
    for tok in all_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in FIGURATIVE_DESTRUCTION:
            continue
        obj = _person_object(tok)
        if obj is None or any(a <= tok.idx < b for a, b in quotes):
            continue
        sent = tok.sent
        if reports_speech(doc, text, sent.start_char, sent.end_char):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        start, end = min(tok.idx, obj.idx), max(tok.idx + len(tok), obj.idx + len(obj))
        said = " ".join(text[start:end].split())
        findings.append(
            Finding(
                start=start,
                end=end,
                message=f"loaded language in the article's own voice: '{said}' (a person figuratively destroyed: "
                "hyperbole that takes a side); an editor would query it",
                severity=SEVERITY_LOADED,
                check="loaded_word",
            )
        )
    return findings
