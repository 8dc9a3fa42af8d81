"""A comma between a sentence's subject and its verb ("The woman, is making ..."): no style guide puts
one there unless something is set off between them, and then a second comma follows the aside.

Read from the parse, guarded against its errors: the sentence must open with a plain noun phrase
(determiner, adjectives, nouns, a name) that the parse makes the subject of the finite verb right after
the comma; questions ("Folks, is this real?"), imperatives and vocatives before a base form ("Mom, come
here"), and inverted attributions ("The plan, said Smith, is ...") stay silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getAllLemmas, getInflection

from scorer import Finding

from .doccache import doc_text, sentence_of, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FINITE_TAGS = frozenset({"VBZ", "VBD", "MD"})
_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "POS"})
_SAYING = frozenset({"say", "tell", "add", "note", "explain", "write", "ask", "reply", "claim", "insist", "argue"})


def find_subject_comma(doc: Doc) -> list[Finding]:
    """Return findings for a comma between a sentence-opening subject and its finite verb."""
    findings: list[Finding] = []
    text = doc_text(doc)
    for comma in tokens_where(doc, frozenset({","}), 1, 1):
        verb = doc[comma.i + 1]
        if verb.tag_ not in _FINITE_TAGS or not verb.is_alpha or not verb.text.islower():
            continue
        if verb.lemma_ in _SAYING or verb.pos_ not in ("VERB", "AUX"):
            continue
        if _a_list_goes_on(doc, verb):
            continue  # "Symptoms, sounds and sensations reportedly varied": a plural noun in a list, read as a verb
        sent = sentence_of(comma)
        if sent.text.rstrip().rstrip("\"”'’").endswith("?") or comma.i - sent.start > 4:
            continue
        phrase = doc[sent.start : comma.i]
        if any(t.tag_ not in _PHRASE_TAGS or not (t.is_alpha or t.tag_ in ("CD", "POS")) for t in phrase):
            continue
        if not phrase[0].is_title and not phrase[0].is_upper:
            continue  # a sentence that opens in lower case is a fragment the splitter cut
        subj = phrase[-1]
        if subj.tag_ not in ("NN", "NNS", "NNP", "NNPS") or subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subj.tag_ == "NNS" and len(phrase) > 2 and "VERB" in getAllLemmas(subj.lower_):
            continue  # "The ice melts, breaks": a verb the tagger read as a plural noun
        if verb.tag_ == "VBD" and any(
            verb.lower_ in getInflection(b, "VBN") for b in getAllLemmas(verb.lower_).get("VERB", ())
        ):
            continue  # "The practice, carried out in New York, ...": a participle opening an aside
        head = verb if verb.dep_ not in ("aux", "auxpass") else verb.head
        if subj.head.i != head.i or "\n" in text[phrase.start_char : verb.idx]:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > verb.i for c in (*verb.children, *head.children)):
            continue  # an inverted clause after an aside: "Tbh, had they stepped out"
        findings.append(
            Finding(
                start=subj.idx,
                end=verb.idx + len(verb),
                message=f"'{text[subj.idx : verb.idx + len(verb)]}': no comma between a subject and its verb",
                severity=0.5,
                check="subject_verb_comma",
            )
        )
    return findings


def _a_list_goes_on(doc: Doc, verb: Token) -> bool:
    """The word after the comma may be a plural noun ("sounds") and an "and" or "or" follows within three words
    ("sounds, and"): the comma separates the items of a list that is the subject."""
    if verb.tag_ != "VBZ" or "NOUN" not in getAllLemmas(verb.lower_):
        return False
    return any(t.lower_ in ("and", "or") for t in doc[verb.i + 1 : verb.i + 4])
