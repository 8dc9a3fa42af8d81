"""An article left out before a singular count noun, in the two places where English always wants one
and the parse reads the noun phrase reliably:

- an ordinal before "time": "This is first time", "for second time" (the time is definite, so "the"
  is needed). Other bare ordinals read on credible news were all headings run into the text, titles
  or misparses ("at first debate", "once revered first family"), so they are left alone;
- a gradable adjective + a noun for a person after "be" ("Bourdain was fierce critic of", "he is
  good man"), where only "a" can be meant;
- a name used as a modifier of an institution: "said that Obama administration has", "Sanders campaign
  is leaner" ("the Obama administration").

A singular count noun needs a determiner in edited English; what makes a bare one acceptable is a
fixed phrase ("at first sight", "in first place", "since last year"), a title ("is first lady"), a
headline or a label. Those are left alone: only lower-case nouns that lemminflect knows with a
plural, with no determiner, possessive or number anywhere in their phrase, in a sentence
that ends as a sentence does, are judged.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas, getInflection

from scorer import Finding

from .articles import wants_an
from .doccache import doc_text, sentence_of, tokens_where, tokens_with_dep
from .inflection import is_count_noun, noun_plurals

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Ordinals judged; "only" is left out ("there is only resistance"), "last"/"next" too (they date:
#: "since last year", "next time"), and "best"/"worst"/"most"/"least" too ("most people", "best
#: practice", "won best actor").
_SINGLING_OUT = frozenset({"first", "second", "third", "fourth", "fifth", "final"})
#: Institutions that a name modifies and that always take an article: "the Obama administration".
#: Not roles: "Vatican spokesman the Rev. Federico Lombardi" is a title before a name.
_NAMED_HEADS = frozenset({"administration", "campaign", "government", "regime"})
#: Nouns that make an idiom with an adjective and no article after "be" ("fair game", "bad form",
#: "high time", "good shape", "common practice"), and roles used as titles ("was chief executive").
_PREDICATE_IDIOMS = frozenset(
    {"game", "form", "time", "shape", "order", "condition", "practice", "value", "taste", "company", "fun", "luck"}
)
_ROLES = frozenset(
    {
        "president", "executive", "director", "officer", "secretary", "professor", "editor", "minister",
        "chairman", "chair", "manager", "counsel", "adviser", "advisor", "correspondent", "producer",
        "ambassador", "attorney", "general", "governor", "mayor", "commissioner", "spokesman", "spokeswoman",
        "leader", "whip", "speaker", "judge", "justice", "chief", "captain", "coach", "partner", "founder",
        "head", "dean", "treasurer", "fellow", "member", "candidate", "nominee", "champion", "runner",
    }
)  # fmt: skip
#: Days and months: capitalised like names, but a date before the noun is no name modifying it.
_DATE_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})
#: A line (paragraph) shorter than this is a headline, a summary or a caption.
MIN_LINE_WORDS = 15
#: Dependency labels of a noun phrase in argument position (not a label, a heading or an apposition).
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
#: What may follow the noun so that its phrase has surely ended there.
_PHRASE_ENDS = frozenset({"VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "PART", "PRON", "ADV", "DET"})
_DETERMINING = frozenset({"det", "poss", "nummod", "predet", "case", "quantmod", "nmod", "appos"})


def _known_noun(word: str) -> bool:
    """Whether lemminflect knows ``word`` as a noun with a plural (an ordinal or a named institution
    before it makes it a count noun: "first time", "Obama administration")."""
    return any(p != word for p in noun_plurals(word))


#: People a predicate can describe ("he is good man", "was fierce critic", "to be lonely girl"): a
#: person described after "be" always takes "a"; things often do not ("it was free fall", "fair game").
_PEOPLE = frozenset(
    {
        "man", "woman", "girl", "boy", "guy", "person", "kid", "child", "fan", "friend", "critic", "supporter",
        "opponent", "admirer", "believer", "enemy", "ally", "mother", "father", "son", "daughter", "wife",
        "husband", "sister", "brother", "actor", "actress", "singer", "writer", "player", "fighter", "leader",
        "liar", "hero", "villain", "genius", "idiot", "fool", "liberal", "conservative", "patriot", "soldier",
        "student", "teacher", "worker", "parent", "citizen", "lawyer", "politician", "businessman", "activist",
    }
)  # fmt: skip


def _person(noun: str) -> bool:
    """Whether ``noun`` names a person: one of _PEOPLE, or an -ist/-ian agent noun ("journalist")."""
    return noun in _PEOPLE or (len(noun) > 5 and noun.endswith(("ist", "ian")))


@functools.lru_cache(maxsize=8192)
def _gradable(adjective: str) -> bool:
    """Whether ``adjective`` has a comparative ("fierce" -> "fiercer"): descriptive, not a title word
    such as "chief", "senior" or "former"."""
    return bool(getInflection(adjective, "JJR", inflect_oov=False))


def _bare(noun: Token, first: Token) -> bool:
    """Whether ``noun``'s phrase starts at ``first`` with nothing determining it, in running text."""
    doc = noun.doc
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or not noun.is_alpha or not noun.text.islower():
        return False
    if noun.dep_ not in _ARGUMENT or not _known_noun(noun.lower_):
        return False
    if any(c.dep_ in _DETERMINING for c in noun.children) or noun.left_edge.i != first.i:
        return False
    if first.i > 0:
        prev = doc[first.i - 1]
        if prev.lower_ in ("that", "this", "these", "those") and first.pos_ != "PROPN":
            return False  # a demonstrative the parse took for a conjunction: "form that first impression is"
        if not doc_text(doc)[first.idx - 1 : first.idx].isspace():
            return False  # glued to what comes before ('2018“The second installment'): unreadable
        if prev.pos_ in ("DET", "NUM", "PROPN", "PART") or prev.tag_ in ("PRP$", "POS", "WP$", "DT", "WDT", "PDT"):
            return False  # the parse left the determiner out of the phrase: "the Obama administration",
            # "form that first impression"
        if prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start:
            return False  # part of a name or title run: "Vice President Biden's first term"
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in _PHRASE_ENDS or nxt.text in ("-", "–", "/"):
        return False
    if nxt.is_alpha and nxt.text[:1].isupper() and nxt.text != "I":
        return False  # a heading run into the text: "Clinton puts Trump on defense at first debate Both then"
    if nxt.pos_ == "VERB" and (not getAllLemmas(nxt.lower_) or "NOUN" in getAllLemmas(nxt.lower_)):
        return False  # a title before a name ("campaign spokesman Jason Miller"), a compound the parse
        # split or mis-tagged ("Assad regime airstrikes")
    sent = sentence_of(noun)
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, noun.idx) + 1
    line_end = text.find("\n", noun.idx)
    if len(text[line_start : line_end if line_end >= 0 else len(text)].split()) < MIN_LINE_WORDS:
        return False  # a headline, summary line or caption: headline English drops its articles
    line = text[sent.start_char : sent.end_char]
    if "\n" in text[first.idx : noun.idx] or line.rstrip()[-1:] not in (".", "!", "?", '"', "”", "’"):
        return False  # a heading, caption or list item: articles are dropped there on purpose
    return not (sent.text[:1].islower() or sum(t.is_alpha for t in sent) < 5)


def _modifier_shared_with_next(noun: Token) -> bool:
    """ "killed by Assad regime and Russian airstrikes": the institution is coordinated with a capitalised
    modifier and a plural noun, so it may modify that noun as well ("regime airstrikes"), and no article is
    missing."""
    doc = noun.doc
    if noun.i + 3 >= len(doc) or doc[noun.i + 1].lower_ not in ("and", "or"):
        return False
    modifier, head = doc[noun.i + 2], doc[noun.i + 3]
    return modifier.is_alpha and modifier.text[:1].isupper() and head.tag_ == "NNS"


def find_missing_articles(doc: Doc) -> list[Finding]:
    """Return findings for a singular count noun without its article after an ordinal or superlative
    ("This is first time") or after a name modifying an institution or role ("Obama administration
    has"). See the module docstring for what is left alone."""
    findings: list[Finding] = []
    text = doc_text(doc)
    for mod in tokens_where(doc, _SINGLING_OUT):
        noun = mod.head
        if mod.dep_ != "amod" or noun.i != mod.i + 1 or not mod.text.islower():
            continue
        if noun.lower_ != "time" or not _bare(noun, mod):
            continue  # on credible news every other bare ordinal read was a heading, a title or a misparse
        if mod.lower_ == "final" and not is_count_noun(noun.lower_):
            continue  # "final" also means "definitive" before a mass noun: "merge the bills into final legislation"
        findings.append(
            Finding(
                start=mod.idx,
                end=noun.idx + len(noun),
                message=f"'{text[mod.idx : noun.idx + len(noun)]}': 'the' is missing before '{mod.text}'",
                severity=0.4,
                check="missing_article",
            )
        )
    for noun in tokens_with_dep(doc, frozenset({"attr"})):
        adj = doc[noun.i - 1] if noun.i > 0 else None
        if adj is None or adj.dep_ != "amod" or adj.head.i != noun.i or adj.tag_ != "JJ" or not adj.is_alpha:
            continue
        if noun.head.lemma_ != "be" or noun.lower_ in _PREDICATE_IDIOMS or noun.lower_ in _ROLES:
            continue
        if not (_person(noun.lower_) and is_count_noun(noun.lower_) and _gradable(adj.lower_) and _bare(noun, adj)):
            continue
        article = "an" if wants_an(adj.lower_) else "a"
        findings.append(
            Finding(
                start=adj.idx,
                end=noun.idx + len(noun),
                message=f"'{text[adj.idx : noun.idx + len(noun)]}': '{article}' is missing before '{adj.text}'",
                severity=0.4,
                check="missing_article",
            )
        )
    for noun in tokens_where(doc, _NAMED_HEADS):
        name = noun.left_edge
        if name.i >= noun.i or name.pos_ != "PROPN" or name.dep_ != "compound":
            continue
        if name.i >= 2 and doc[name.i - 1].lower_ == "for" and doc[name.i - 2].pos_ == "PROPN":
            continue  # "The Kirkpatrick for Senate campaign": a campaign named "<name> for <office>"
        if (
            any(t.pos_ != "PROPN" or not t.is_alpha for t in doc[name.i : noun.i])
            or not text[name.idx : noun.idx].replace(" ", "").isalpha()
        ):
            continue
        before = doc[noun.i - 1].text
        if before.endswith("s") and (
            any(t.text == before[:-1] for t in doc) or not any(mark in text for mark in ("'", "’"))
        ):
            continue  # a possessive that lost its apostrophe ("Bashar Assads regime"): that check's finding
        if _modifier_shared_with_next(noun):
            continue  # "by Assad regime and Russian airstrikes": "Assad regime" modifies "airstrikes" too
        if any(t.lower_ in _DATE_NAMES for t in doc[name.i : noun.i]):
            continue  # "On Tuesday regime shelling killed three": a date, its comma lost, not a name
        if not _bare(noun, name):
            continue
        article = "an" if name.text[:1] in "AEIO" else "a"
        findings.append(
            Finding(
                start=name.idx,
                end=noun.idx + len(noun),
                message=(
                    f"'{text[name.idx : noun.idx + len(noun)]}': an article ('the' or '{article}') is missing before it"
                ),
                severity=0.4,
                check="missing_article",
            )
        )
    return findings
