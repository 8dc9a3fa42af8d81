"""Subject–verb agreement where the subject is not a plain noun before its verb: a relative pronoun,
which takes the number of the noun it follows ("the race-baiting tactics that keeps black people and
white people at odds"), and the noun of an attribution after a quotation ("…,” the report state.").

Both read the number from the noun itself (lemminflect confirms it is a count noun with that form),
never from the verb alone. Guards, each from real articles: the relative pronoun must stand right
after its noun, and that noun must not be the object of "of" ("one of the few people who has",
"a number of attacks that has": either noun may be meant); collective and either-number nouns
("the staff who were") are skipped; the attribution must end its sentence or clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getInflection

from scorer import Finding

from .agreement import COLLECTIVE, EITHER_NUMBER, finite_of, number_of_noun, number_of_verb
from .doccache import doc_text, tokens_where
from .inflection import noun_plurals

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RELATIVES = frozenset({"that", "who", "which"})
#: Indefinite pronouns for a person: singular, whatever their meaning ("anyone who loses their job").
_INDEFINITE_PERSONS = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody"})
#: Nouns whose relative clause takes the number of what they measure: "the percentage who think so".
_PARTITIVE = frozenset({"percentage", "portion", "proportion", "share", "fraction", "majority", "minority", "number"})
#: Verbs of an attribution after a quotation, in their base form.
_SPEECH_VERBS = frozenset({"say", "state", "add", "note", "write", "tell", "explain", "claim", "continue"})
#: Nouns that give an attribution ("the report states"): when the tagger reads the verb as a noun
#: ("the report state" as one compound), only these make it an attribution, not a compound noun such as
#: "the nation state".
_SOURCE_NOUNS = frozenset(
    {
        "report",
        "statement",
        "study",
        "memo",
        "lawsuit",
        "suit",
        "filing",
        "document",
        "letter",
        "complaint",
        "source",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "insider",
        "affidavit",
        "indictment",
        "release",
        "analysis",
        "survey",
        "poll",
        "article",
        "post",
        "website",
        "ad",
        "video",
        "narrator",
        "author",
    }
)
#: Their base and -s forms (the only forms whose number can be wrong).
_SPEECH_FORMS = frozenset({form for verb in _SPEECH_VERBS for form in (verb, verb + "s")})
_CLOSING_QUOTES = frozenset({'"', "”", "''"})


def find_relative_disagreement(doc: Doc) -> list[Finding]:
    """Return findings for a relative clause whose verb does not agree with the noun the relative
    pronoun stands for: "tactics that keeps", "a report that say"."""
    findings: list[Finding] = []
    for rel in tokens_where(doc, _RELATIVES, start=1):
        if rel.dep_ not in ("nsubj", "nsubjpass") or rel.head.dep_ != "relcl" or not rel.text.islower():
            continue
        verb = rel.head
        noun = doc[rel.i - 1]
        if verb.head.i != noun.i or noun.pos_ not in ("NOUN", "PRON") or not noun.text.islower():
            continue  # the pronoun must follow its own noun: no phrase between to blur which noun it is
        if noun.pos_ == "PRON" and noun.lower_ not in _INDEFINITE_PERSONS:
            continue
        if noun.head.dep_ in ("relcl", "acl") or noun.head.head.dep_ in ("relcl", "acl"):
            continue  # "a man who has principles who says": a second relative clause may be the first noun's
        if noun.head.lower_ == "of" or any(c.dep_ in ("conj", "cc") for c in noun.children):
            continue  # "one of the people who has", "a number of attacks that has", "cats and dogs that"
        number = "singular" if noun.lower_ in _INDEFINITE_PERSONS else number_of_noun(noun)
        if number is None or noun.lower_ in _PARTITIVE:
            continue
        finite = finite_of(verb)
        if finite is None or finite.i <= rel.i or not finite.is_alpha or not finite.text.islower():
            continue
        if any(not t.is_alpha and t.text not in ("’", "'") for t in doc[rel.i + 1 : finite.i]):
            continue  # punctuation between: an aside or a second clause, not one verb phrase
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[rel.i + 1 : finite.i]):
            continue  # the pronoun is the object and another subject follows ("the cases that police have")
        verb_number = number_of_verb(finite)
        if verb_number is None or verb_number == number:
            continue
        if noun.dep_ == "pobj" and (
            _head_noun_number(noun.head.head) != number or _noun_above_agrees(noun, verb_number)
        ):
            continue  # "policies in place that limit", "those on the social network who are", "the
            # traditional symbol identifying Buddhist temples on maps that is": the clause may belong to a
            # noun the prepositional phrase hangs on, however far up its phrase
        pair = _first_conjunct(noun)
        if (noun.dep_ == "conj" and pair.dep_ == "pobj" and pair.head.lower_ in ("between", "among")
                and _noun_above_agrees(pair, verb_number)):
            continue  # "A fragile ceasefire between Bashar al Assads regime and Syrian opposition forces that was
            # brokered by the US": the clause may be the ceasefire's, the noun "between" the pair hangs on (not
            # "the justification for rioting and the race-baiting tactics that keeps")
        if verb_number == "plural" and (noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)):
            continue  # "it is Trump and the chaotic race that have captured": the antecedent is both
        if number == "singular" and finite.lower_ == "were":
            continue  # subjunctive: "a world that were kinder"
        if finite.tag_ == "VBP" and number == "singular" and finite.i > 0 and doc[finite.i - 1].tag_ == "MD":
            continue
        start, end = noun.idx, finite.idx + len(finite)
        span = doc_text(doc)[start:end]
        if len(span) > 60:
            continue
        findings.append(
            Finding(
                start=start,
                end=end,
                message=f"'{span}': '{rel.text}' stands for the {number} '{noun.text}', so the verb is "
                f"{'plural' if number == 'plural' else 'singular'}, not '{finite.text}'",
                severity=0.5,
            )
        )
    return findings


def find_attribution_disagreement(doc: Doc) -> list[Finding]:
    """Return findings for an attribution after a quotation whose verb does not agree with its noun:
    '…,” the report state.', '…," the officials says.'"""
    findings: list[Finding] = []
    for verb in tokens_where(doc, _SPEECH_FORMS, start=3, stop_before_end=1):
        i = verb.i
        if not verb.is_alpha or not verb.text.islower() or verb.lemma_.lower() not in _SPEECH_VERBS:
            continue
        after = doc[i + 1]
        if after.text not in (".", ",", ";", "!", "?"):
            continue
        noun = doc[i - 1]
        if not noun.is_alpha or not noun.text.islower():
            continue
        if verb.pos_ != "VERB" and noun.lower_ not in _SOURCE_NOUNS:
            continue  # "the nation state": a compound noun, unless its first noun is a source's
        # the noun phrase: "the" or "a", up to two modifiers, the noun; before it the closing quotation mark
        j = i - 2
        while j > 0 and doc[j].is_alpha and doc[j].text.islower() and doc[j].lower_ not in ("the", "a", "an"):
            j -= 1
            if i - 1 - j > 2:
                break
        if doc[j].lower_ not in ("the", "a", "an") or j < 2 or doc[j - 1].text not in _CLOSING_QUOTES:
            continue
        if doc[j - 2].text not in (",", "?", "!") and not doc[j - 1].text.endswith(","):
            continue
        number = number_of_noun(noun) if noun.pos_ == "NOUN" else None
        if number is None and (noun.dep_ == "compound" or noun.lower_ in _SOURCE_NOUNS):
            number = _number_by_form(noun)
        if number is None:
            continue
        word = verb.lower_
        lemma = verb.lemma_.lower()
        if number == "singular" and word == lemma:
            fix = (getInflection(lemma, "VBZ") or (lemma + "s",))[0]
        elif (
            number == "plural"
            and word.endswith("s")
            and word != lemma
            and (getInflection(lemma, "VBZ") or ("",))[0] == word
        ):
            fix = lemma
        else:
            continue
        start, end = doc[j].idx, verb.idx + len(verb)
        findings.append(
            Finding(
                start=start,
                end=end,
                message=f"'{doc_text(doc)[start:end]}': the {number} '{noun.text}' takes '{fix}', not '{verb.text}'",
                severity=0.5,
            )
        )
    return findings


def _first_conjunct(noun: Token) -> Token:
    """The first of the nouns ``noun`` is coordinated with ("regime" for "Assads regime and ... forces")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _noun_above_agrees(noun: Token, verb_number: str) -> bool:
    """Whether a noun that ``noun``'s phrase hangs on (through prepositions and non-finite verbs, up to
    the clause's finite verb) has the verb's number, so the relative clause may be its."""
    for anc in noun.ancestors:
        if anc.tag_ in ("VBD", "VBZ", "VBP", "MD") or anc.dep_ in ("ROOT", "relcl"):
            return False
        number = _head_noun_number(anc)
        if number is not None and number == verb_number:
            return True
    return False


def _head_noun_number(tok: Token) -> str | None:
    """The number of a noun (or name) a prepositional phrase hangs on, None when it is no noun."""
    if tok.pos_ == "PROPN":
        return "plural" if tok.tag_ == "NNPS" else "singular"
    if tok.pos_ != "NOUN":
        return None
    return "plural" if tok.tag_ == "NNS" else "singular"


def _number_by_form(noun: Token) -> str | None:
    """'singular' for a noun tagged singular that has a distinct -s plural and does not end in -s itself
    ("report": lemminflect also lists "report" as a plural, for the mass reading)."""
    word = noun.lower_
    if noun.tag_ != "NN" or word in COLLECTIVE or word in EITHER_NUMBER or word.endswith("s"):
        return None
    return "singular" if any(p != word and p.endswith("s") for p in noun_plurals(word)) else None
