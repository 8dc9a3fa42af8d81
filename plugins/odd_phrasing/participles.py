"""Past tense or base forms used after "have": "has tread", "have went", "has ran", "have grow", "has be"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getInflection

from scorer import Finding

from .doccache import all_tokens, doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Forms lemminflect lists only as past tense that are standard (or widely accepted) participles too:
# "has proved", "has got", "had lit", "has dreamt", "has beat", "have fit".
# fmt: off
ACCEPTED_PARTICIPLES = frozenset({
    "burnt", "dreamt", "learnt", "spilt", "spelt", "spoilt", "dwelt", "knelt", "leapt", "lit", "got", "fit",
    "dove", "blest", "staid", "crew", "throve", "beat", "browbeat", "strived", "weaved", "cleaved", "teared",
    "flied", "bespoke", "showed", "proved",
})
# fmt: on

# "lie"/"lay" senses are too tangled for lemminflect's one participle ("lied").
_SKIP_LEMMAS = frozenset({"lie", "lay", "be"})


#: Words that open a new clause between "have" and a past form: the past form is that clause's verb.
_CLAUSE_OPENERS = frozenset({"since", "when", "after", "before", "because", "until", "while", "if", "that"})


def _have_aux(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "aux" and child.lemma_.lower() == "have" and child.i < verb.i:
            return child
    return None


def _regular(word: str, lemma: str) -> bool:
    """The regular -ed form, a participle of every verb even where another is listed first ("has
    leaned", "have been wedded", "has been disproved", "had dreamed")."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return word in (stem + "ed", lemma + lemma[-1:] + "ed", lemma[:-1] + "ied")


def _irregular(vbn: tuple[str, ...]) -> bool:
    return bool(vbn) and not any(form.endswith("ed") for form in vbn)


def wrong_participle(verb: Token) -> tuple[str, tuple[str, ...]] | None:
    """If ``verb`` is a past tense or base form standing where the past participle belongs, return
    (how to describe it, the participle forms); else None.

    ``verb`` must already be known to follow an auxiliary "have".
    """
    word = verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in _SKIP_LEMMAS or word in ACCEPTED_PARTICIPLES or not word.isalpha():
        return None
    vbn = getInflection(lemma, "VBN", inflect_oov=False)
    if not vbn or word in vbn or _regular(word, lemma):
        return None
    if word in getInflection(lemma, "VBD", inflect_oov=False):
        return "the past tense ", vbn
    if word == lemma and _irregular(vbn):
        return "", vbn
    return None


def _right_after(aux: Token, verb: Token) -> bool:
    """Only adverbs (with "not") stand between the auxiliary "have" and ``verb``: "would not have grow"."""
    return aux.i < verb.i and all(t.pos_ in ("ADV", "PART") for t in aux.doc[aux.i + 1 : verb.i])


def _contact_relative(aux: Token) -> bool:
    """ "The only two we have show that ...": a pronoun subject right before "have" that itself follows a
    noun or a number opens a relative clause without "that", and the word after "have" is the main verb."""
    doc = aux.doc
    if aux.i < 2 or doc[aux.i - 1].tag_ != "PRP":
        return False
    before = doc[aux.i - 2]
    return before.pos_ in ("NOUN", "PROPN", "NUM") or before.text == ")"  # "two (tax returns) we have show"


_BE = frozenset({"be"})


def _have_be(doc: Doc) -> list[Finding]:
    """ "he has be offered asylum", "so he would not have be read his rights": the base form "be" right
    after an auxiliary "have" of the same verb, where "been" belongs."""
    findings = []
    for be in tokens_where(doc, _BE):
        if be.tag_ != "VB" or be.dep_ not in ("aux", "auxpass"):
            continue
        aux = next((c for c in be.head.children if c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i < be.i), None)
        if aux is None or not _right_after(aux, be):
            continue
        span = doc_text(doc)[aux.idx : be.idx + len(be)]
        findings.append(
            Finding(
                start=aux.idx,
                end=be.idx + len(be),
                message=f"'{span}' uses the base form 'be' after 'have'; the form is 'been'",
                severity=0.7,
            )
        )
    return findings


def find_wrong_participles(doc: Doc) -> list[Finding]:
    """Return findings for "have" + a verb form that is not a past participle ("has ran", "have grow",
    "has be")."""
    findings: list[Finding] = _have_be(doc)
    for verb in all_tokens(doc):
        if verb.tag_ not in ("VBD", "VBN", "VB") or verb.pos_ not in ("VERB", "AUX"):
            continue
        aux = _have_aux(verb)
        if aux is None:
            continue
        # A base-form tag only right after "have" ("fans have grow increasingly worried"): further on, the
        # tagger's VB is as often a new verb of its own.
        if verb.tag_ == "VB" and not _right_after(aux, verb):
            continue
        if verb.lower_ == verb.lemma_.lower() and _contact_relative(aux):
            continue
        between = doc[aux.i + 1 : verb.i]
        if any(t.lower_ in ("better", "best", "rather") or t.is_punct for t in between):
            continue  # "had better go"; "they also had, gave me a mic": a new start, not a participle
        opens_a_clause = any(t.dep_ == "mark" or t.lower_ in _CLAUSE_OPENERS for t in between)
        if opens_a_clause and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for t in between):
            continue  # "more territory than they have since the war began": "have" ends its own clause (not
            # "news has since broke", where "since" is an adverb and the slip stands)
        if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("not", "n't"):
            continue  # "has not, did not and will not use" with its commas lost: "did" heads its own "not"
        found = wrong_participle(verb)
        if found is None:
            continue
        what, vbn = found
        irregular_first = sorted(vbn, key=lambda form: form.endswith("ed"))  # 'woken' before 'waked'
        forms = " or ".join(f"'{f}'" for f in irregular_first)
        findings.append(
            Finding(
                start=aux.idx,
                end=verb.idx + len(verb),
                message=(
                    f"'{doc_text(doc)[aux.idx : verb.idx + len(verb)]}' uses {what}'{verb.text}' as a past "
                    f"participle; the form is {forms}"
                ),
                severity=0.7,
            )
        )
    return findings
