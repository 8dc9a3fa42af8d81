"""Agreement slips the parser reads reliably: determiner–noun number ("this data centers"),
pronoun subject–verb ("they was", "he go"), and possessives missing their apostrophe
("the peoples data", "it's own")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getAllLemmas, getInflection

from scorer import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SINGULAR_DETS = {"this": "these", "that": "those", "each": None, "every": None}
_PLURAL_DETS = {"these": "this", "those": "that", "several": None, "many": None, "both": None, "various": None}
# Words that read as a singular or a plural, or where the colloquial form is standard ("these kind of").
_EITHER_NUMBER = frozenset(
    {
        "kind",
        "sort",
        "type",
        "staff",
        "police",
        "people",
        "crew",
        "personnel",
        "media",
        "data",
        "series",
        "species",
        "means",
        "news",
        "headquarters",
        "aircraft",
        "sheep",
        "deer",
        "fish",
        "offspring",
        "cattle",
    }
)
# "every few seconds", "every other week", "each last one": the number is carried by these.
_QUANTITY_WORDS = frozenset({"few", "other", "couple", "last", "next", "past", "several", "many", "dozen"})
_THIRD_SINGULAR = frozenset({"he", "she", "it"})
_NOT_THIRD_SINGULAR = frozenset({"i", "you", "we", "they"})
# "demanded that he resign": the mandative subjunctive takes the base form.
_MANDATIVE = frozenset(
    {
        "demand",
        "insist",
        "require",
        "suggest",
        "recommend",
        "ask",
        "propose",
        "urge",
        "order",
        "request",
        "command",
        "move",
        "advise",
        "prefer",
        "stipulate",
        "mandate",
        "essential",
        "important",
        "vital",
    }
)
_IRREGULAR_PLURALS = {"peoples": "people's", "childrens": "children's", "mens": "men's", "womens": "women's"}


def _modifier(tok: Token) -> bool:
    """An adjective or noun that lemminflect also knows as one (not a mis-tagged verb: "this validate")."""
    if tok.like_num or tok.lower_ in _QUANTITY_WORDS or tok.pos_ not in ("ADJ", "NOUN"):
        return False
    return tok.pos_ in getAllLemmas(tok.lower_)


def _is_count_noun(noun: Token) -> bool:
    low = noun.lower_
    lemma = noun.lemma_.lower()
    if not low.isalpha() or low in _EITHER_NUMBER or lemma in _EITHER_NUMBER:
        return False
    plurals = getInflection(lemma, "NNS", inflect_oov=False)
    return bool(plurals) and lemma not in plurals


def find_determiner_disagreement(doc: Doc) -> list[Finding]:
    """Return findings for "this/that/each/every + plural noun" and "these/those/several/many/both
    + singular count noun", where the determiner attaches to that noun with only adjectives or
    compound nouns between."""
    findings: list[Finding] = []
    for det in doc:
        low = det.lower_
        if low in _SINGULAR_DETS:
            want, tag, fix = "singular", "NNS", _SINGULAR_DETS[low]
        elif low in _PLURAL_DETS:
            want, tag, fix = "plural", "NN", _PLURAL_DETS[low]
        else:
            continue
        noun = det.head
        if det.dep_ not in ("det", "amod", "predet") or noun.i <= det.i or noun.pos_ != "NOUN" or noun.tag_ != tag:
            continue
        between = doc[det.i + 1 : noun.i]
        if any(not _modifier(t) for t in between):
            continue
        if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN", "NUM"):
            continue
        if not _is_count_noun(noun) or (tag == "NNS" and noun.lower_ == noun.lemma_.lower()):
            continue
        if det.lower_ == "that" and det.tag_ != "DT":
            continue
        span = doc.text[det.idx : noun.idx + len(noun)]
        advice = f"; use '{fix}' or the {want} of the noun" if fix else f"; the noun should be {want}"
        findings.append(
            Finding(
                start=det.idx,
                end=noun.idx + len(noun),
                message=f"'{span}': '{det.text}' goes with a {want} noun, '{noun.text}' is not{advice}",
                severity=0.5,
            )
        )
    return findings


def _mandative_clause(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ in ("ccomp", "advcl", "xcomp") and head.lemma_.lower() in _MANDATIVE


def _plain_base_form(word: str) -> bool:
    """True when ``word`` is a verb's base form and never its past tense ("go", not "swam" or "put")."""
    lemmas = getAllLemmas(word).get("VERB", ())
    return word in lemmas and not any(word in getInflection(lemma, "VBD") for lemma in lemmas)


def _disagrees(pron: str, finite: Token, verb: Token) -> bool:
    """True when the finite verb form cannot go with the (lower-cased) personal pronoun."""
    word = finite.lower_
    if word in ("is", "was"):
        return pron in ("we", "they", "you") or (word == "is" and pron == "i")
    if word == "are":
        return pron in ("he", "she", "it", "i")
    if word == "am":
        return pron != "i"
    if finite.tag_ == "VBZ":
        return pron in _NOT_THIRD_SINGULAR and word.endswith("s")
    if not _plain_base_form(word):
        return False  # a VBP tag on a past form ("she swam on") is a tagging slip, not the writer's
    # "thought it appropriate": "it" is often the subject of a small clause, so only he/she here
    return finite.tag_ == "VBP" and pron in ("he", "she") and not _mandative_clause(verb)


def find_pronoun_verb_disagreement(doc: Doc) -> list[Finding]:
    """Return findings for a personal-pronoun subject whose present or "was/were" verb does not agree:
    "they was", "we is", "he go", "she have", "I goes". Skipped: "were" after he/she/it/I (the
    subjunctive "if he were"), base forms in mandative clauses ("insisted that he resign"),
    coordinated subjects ("he and she go")."""
    findings: list[Finding] = []
    for subj in doc:
        pron = subj.lower_
        if subj.dep_ != "nsubj" or subj.pos_ != "PRON" or any(c.dep_ == "conj" for c in subj.children):
            continue
        if pron not in _THIRD_SINGULAR and pron not in _NOT_THIRD_SINGULAR:
            continue
        verb = subj.head
        if verb.i <= subj.i or verb.i - subj.i > 3:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if len(subjects) > 1 or any(t.pos_ == "CCONJ" for t in doc[subj.left_edge.i : verb.i]):
            continue
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.i < subj.i for a in auxes):
            continue  # a question: "didn't she sit"
        # the finite word is the first auxiliary if there is one, else the verb itself
        finite = auxes[0] if auxes else verb
        if any(not (t.is_alpha and t.pos_ == "ADV") for t in doc[subj.i + 1 : finite.i]):
            continue  # only adverbs may stand between ("they actually looks"); not "not", not mojibake
        if any(c.dep_ == "mark" and c.lower_ in ("that", "lest") for c in verb.children):
            continue  # subjunctive: "on the condition that he delete", "asked that I not divulge"
        word = finite.lower_
        if word[:1] in ("'", "’") or word == "ai":
            continue  # contractions ("he’s", "they'd") are ambiguous between verbs; "ain't" is dialect
        if not (finite.is_alpha and finite.text.islower()):
            continue  # "she absolutely UNLOADED", transcripts glued together ("drinks.(CROSSTALK)")
        if not _disagrees(pron, finite, verb):
            continue
        span = doc.text[subj.idx : finite.idx + len(finite)]
        findings.append(
            Finding(
                start=subj.idx,
                end=finite.idx + len(finite),
                message=f"'{span}': the verb '{finite.text}' does not agree with the subject '{subj.text}'",
                severity=0.5,
            )
        )
    return findings


def find_missing_apostrophes(doc: Doc) -> list[Finding]:
    """Return findings for "peoples/childrens/mens/womens + noun" (a possessive without its
    apostrophe) and "it's own" (a contraction where the possessive "its" belongs)."""
    findings: list[Finding] = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        low = tok.lower_
        if low in _IRREGULAR_PLURALS and tok.text.islower() and nxt.pos_ == "NOUN" and nxt.text.islower():
            findings.append(
                Finding(
                    start=tok.idx,
                    end=nxt.idx + len(nxt),
                    message=f"'{tok.text} {nxt.text}': the possessive is '{_IRREGULAR_PLURALS[low]}'",
                    severity=0.5,
                )
            )
        elif low == "it" and nxt.lower_ in ("'s", "’s") and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "own":
            own = doc[tok.i + 2]
            findings.append(
                Finding(
                    start=tok.idx,
                    end=own.idx + len(own),
                    message=f"'{doc.text[tok.idx : own.idx + len(own)]}': the possessive is 'its own'",
                    severity=0.5,
                )
            )
    return findings
