"""Misspellings: a word no English dictionary knows that is one keystroke away from a far more common
word ("humerous" for "humorous", "wold" is left alone: it is a word), and a name the web has barely seen that
is one keystroke away from a well-known one ("Pennslyvania", "Beghazi"), or from a form the same article
writes ("According to Politco" beside "Politico's").

Two word lists, both read offline from the installed packages: ``pyspellchecker``'s English
dictionary (160,000 words, from subtitles filtered against a spelling list) decides what is a word;
``wordfreq`` (web, news, books, subtitles) decides how common a word is, so current words that no
dictionary lists yet ("retweeted", "livestream", "vaping") are never called misspellings. A third,
codespell's list of common misspellings (``known_misspellings.py``), names the slips writers make so
often that the web ranks them with real words ("goverment", "thier", "definately", "occured"): a
lower-case word on it that no dictionary lists is a misspelling whatever its frequency.

Never flagged: words the article spells the same way twice or more (a deliberate spelling, a name),
words with capitals inside or all capitals (brands, handles, acronyms), words in URLs, handles and
hashtags, sentences mostly in another language, and names that NER marks as a person or that stand
next to another capitalised word (a person's name spelt two ways is the contradiction signal's).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lemminflect import getInflection

from scorer import Finding
from scorer import word_zipf as zipf

from .doccache import all_tokens, columns, doc_text, sentence_of
from .encoding import apostrophes_stripped
from .known_misspellings import correction, known_misspellings
from .word_list import dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: A lower-case word is a misspelling only when its best one-edit correction is this much more
#: common (zipf units: 2.0 = a hundred times) and itself common.
LOWER_MARGIN = 2.0
LOWER_MIN_CORRECTION = 3.0
#: A word the web has never seen may be a slip of a less common word ("oustretched", "appaluding",
#: "airstike", all 2.5-3.0) when a letter was dropped, doubled or swapped. A replaced letter is left
#: alone below ``LOWER_MIN_CORRECTION``: a rare real word or a quoted misspelling is one letter off
#: another rare word as often ("indictees" and "inductees", "manques" and "marques").
UNSEEN_MIN_CORRECTION = 2.5
#: Lower-case words at least this common on the web are left alone even when no dictionary lists them
#: (measured on credible news: true slips such as "throught" sit at 2.3 and below, rare real words
#: such as "helmed", "fete" or "reposted" at 2.5 and above).
LOWER_MAX_OWN = 2.4
#: A capitalised word is a misspelt name only when it is rare on the web and one edit from a name at least
#: this common. Misspelt names are written often enough to be seen a little ("Philadephia" 1.4, "Quaran" 1.2,
#: "Hydrabad" 1.0): up to 1.5, every article of ../shared/data gains 6 findings, all slips; up to 1.8, 12,
#: with a town ("Monsey", 1.6) and a fans' name ("Belieber", 1.8, in the credible sample) among them.
NAME_MAX_OWN = 1.5
#: Beside a form the article writes itself, the variant must be one the web has never seen.
NAME_MAX_OWN_ARTICLE = 1.0
NAME_MIN_CORRECTION = 3.5
MIN_LENGTH = 4
#: A word alone in quotation marks that the web has seen at least this often (about once in a hundred million
#: words) is a term the writer mentions: "munus" (1.2); "califphate" (never seen) is a slip.
QUOTED_TERM_MIN_ZIPF = 1.0
NAME_MIN_LENGTH = 6
#: A capitalised word the web has never seen is a slip of a form the article itself writes elsewhere
#: ("Politico" ... "Politco", "Minnesota" ... "Minnetota", "Messenger" ... "Messeger") when that form is
#: a known word or name at least this common: two spellings of a rare transliteration ("Hassake" and
#: "Hassakeh", "Jerablus" and "Jarablus") are both below it.
ARTICLE_FORM_MIN = 2.5
#: A word ending in "s" whose stem is this common lost its apostrophe ("Syrias", "Fridas" in a collection
#: that stripped them), it is no variant of "Syrian" or "Friday".
_STRIPPED_POSSESSIVE_MIN = 2.0
_LETTERS = string.ascii_lowercase
_SKIP_BEFORE = frozenset("@#/\\._-=&%:")
_SKIP_AFTER = frozenset("@/\\_=&%-")
#: A sentence with this share of words no dictionary knows is in another language or is code.
FOREIGN_SHARE = 0.25
#: Regular endings: a word that is a dictionary word plus one of these is a derivation, not a slip
#: ("disqualifier", "hearsays", "helmed", "cardless").
_SUFFIXES = ("s", "es", "ed", "d", "er", "ers", "ing", "ly", "ness", "ment", "ments", "able", "ist", "ists", "less")


def warm_up() -> None:
    """Load the word lists now rather than on the first article."""
    dictionary()
    known_misspellings()
    zipf("the")


#: No English word a slip could come from is longer ("counterrevolutionaries" has 22 letters); a longer run of
#: letters is a scraped blob (base64, a hash, a word repeated without spaces), and its 54 x length edits would
#: take seconds.
EDIT_MAX_LENGTH = 30


def _edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away (Norvig's edits1); none for a
    word longer than ``EDIT_MAX_LENGTH``."""
    if len(word) > EDIT_MAX_LENGTH:
        return set()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + transposes + replaces + inserts)


def _replaced_letter(word: str, fix: str) -> bool:
    """``fix`` is ``word`` with one letter replaced by another (not dropped, added or swapped)."""
    if len(word) != len(fix):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, fix, strict=True)) if a != b]
    return len(diff) == 1


def best_correction(word: str, *, in_dictionary: bool = True) -> tuple[str, float] | None:
    """The most common word one edit from ``word`` (lower case) and its zipf frequency, or None.

    The first letter is kept: typing slips rarely hit it, and changing it turns slang and foreign
    names into unrelated words ("sitch" is not "bitch", "Binnish" is not "Finnish").

    With ``in_dictionary`` the correction must be a dictionary word; else any word wordfreq knows
    (names such as "benghazi" are in wordfreq, not in a spelling dictionary).
    """
    words = dictionary()
    best: tuple[str, float] | None = None
    for cand in _edits1(word):
        if cand == word or cand[:1] != word[:1] or (in_dictionary and cand not in words):
            continue
        freq = zipf(cand)
        if freq > 0 and (best is None or freq > best[1]):
            best = (cand, freq)
    return best


@dataclass
class _Form:
    """A capitalised word of the article: as first written, and where it stands (token indices)."""

    written: str
    at: list[int] = field(default_factory=list)


def _capitalised_forms(doc: Doc) -> dict[str, _Form]:
    """Each capitalised word of the article by its lower case. Reads no entity label: asking NER about every
    capitalised word would parse sentences no check needs (tripled the signal's time)."""
    forms: dict[str, _Form] = {}
    for tok in all_tokens(doc):
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper:
            forms.setdefault(tok.lower_, _Form(tok.text)).at.append(tok.i)
    return forms


def _in_full_name(tok: Token) -> bool:
    """Part of a person's name of two or more capitalised words by NER ("Beth Wilkinson")."""
    doc = tok.doc
    return tok._.entity == "PERSON" and any(
        0 <= j < len(doc) and doc[j]._.entity == "PERSON" and doc[j].text[:1].isupper() for j in (tok.i - 1, tok.i + 1)
    )


#: The contradiction signal reports a person's name spelt two ways (a part of a full name, or a word NER calls
#: a person) and a proper noun written three times or more in one form and once in another (unless NER calls
#: the odd one a place or a work): those pairs are its, not a misspelling here. It counts only the tokens the
#: tagger calls proper nouns, written exactly alike, and so does this.
_CONTRADICTION_MIN_USES = 3
_PROPER = frozenset({"NNP", "NNPS"})
_PLACES_AND_WORKS = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LANGUAGE", "LAW"})


def _contradiction_pair(tok: Token, form: _Form) -> bool:
    """Whether the contradiction signal reports ``tok`` against ``form`` (entity labels read only here, for the
    few words that got this far)."""
    doc = tok.doc
    if tok._.entity == "PERSON" or any(_in_full_name(doc[i]) for i in form.at):
        return True
    if tok.tag_ not in _PROPER:
        return False
    uses = sum(1 for i in form.at if doc[i].tag_ in _PROPER and doc[i].text == form.written)
    return uses >= _CONTRADICTION_MIN_USES and tok._.entity not in _PLACES_AND_WORKS


def _article_form(low: str, forms: dict[str, _Form]) -> _Form | None:
    """The capitalised word of the same article that ``low`` (lower case, seen once, never seen on the web)
    is one keystroke away from: same first letter, at least ``ARTICLE_FORM_MIN`` common on the web, neither
    its plural nor its stem ("Democrats" ... "Democats", "Mastercard" ... "Matercard"). None when there is
    none."""
    if low.endswith("s") and zipf(low[:-1]) >= _STRIPPED_POSSESSIVE_MIN:
        return None
    best: tuple[str, float] | None = None
    for cand in _edits1(low):
        if cand == low or cand not in forms or cand[:1] != low[:1]:
            continue
        if cand == low + "s" or cand == low[:-1] or cand + "s" == low:
            continue
        freq = zipf(cand)
        if freq >= ARTICLE_FORM_MIN and (best is None or freq > best[1]):
            best = (cand, freq)
    return None if best is None else forms[best[0]]


def token_in_link(doc: Doc, tok: Token, *, compound_ok: bool = False) -> bool:
    """Part of a URL, e-mail address, handle, hashtag, file name or a word glued to symbols. With
    ``compound_ok`` the first part of a lower-case hyphenated compound is not ("oppositon-held")."""
    text = doc_text(doc)
    before = text[tok.idx - 1] if tok.idx > 0 else " "
    end = tok.idx + len(tok)
    after = text[end] if end < len(text) else " "
    if compound_ok and after == "-" and text[end + 1 : end + 2].islower() and before in ' (\n"“':
        after = " "
    return before in _SKIP_BEFORE or after in _SKIP_AFTER or tok.like_url or tok.like_email


def _sentence_initial(tok: Token) -> bool:
    if tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_punct and prev.text in ("“", '"', "‘", "'", "(", "-", "—", "–", ":")


_PREFIXES = ("un", "out", "re", "over", "under", "non", "pre", "mis", "co", "anti", "counter", "super", "de")


def _prefixed(word: str, words: frozenset[str]) -> bool:
    """A productive prefix before a dictionary word or a derivation of one ("uncharmed", "outrate",
    "unsupport")."""
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and (rest in words or derived_form(rest, words)):
            return True
    return False


def derived_form(word: str, words: frozenset[str]) -> bool:
    """A dictionary word plus a regular ending ("helm" + "ed", "disqualify" -> "disqualifier") or a
    productive prefix ("uncharmed", "outrate", "demining")."""
    if _prefixed(word, words):
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in words or stem + "e" in words or (stem.endswith("i") and stem[:-1] + "y" in words):
                return True
            if suffix in ("s", "es", "d", "ed") and zipf(stem) >= LOWER_MAX_OWN:
                return True  # a current word no dictionary lists yet, inflected: "fundraises", "livestreams"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words:  # "slammed", "biggest"
                return True
            if suffix in ("ed", "ing") and len(stem) >= 5 and stem + "ion" in words:
                return True  # a verb formed back from its noun: "revulsed" (from "revulsion")
    return False


#: A word that opens with an elided French or Italian article ("d'être", "l’art"): the phrase is foreign.
_ELIDED_ARTICLE = re.compile(r" [dlDL]['’][^\W\d_]")


def foreign_sentence(sent: Span, words: frozenset[str]) -> bool:
    """Whether a sentence is mostly words no dictionary knows (another language, code, a list of names)."""
    alpha = [t.lower_ for t in sent if t.is_alpha and len(t) >= 3 and not t.text[0].isupper()]
    unknown = sum(w not in words for w in alpha)
    # one unknown word makes no language: "The goverment said it would act." is English with a slip
    return len(alpha) >= 4 and unknown >= 2 and unknown / len(alpha) >= FOREIGN_SHARE


def _in_name(tok: Token) -> bool:
    """Next to another capitalised word ("Ryan Struyk", "Edward-Isaac Dovere", "Syrian Obervatory")."""
    doc = tok.doc
    for j in (tok.i - 1, tok.i + 1):
        if 0 <= j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_sent_start:
            return True
    return tok.i > 0 and doc[tok.i - 1].text in ("-", "&")


#: Nouns that say the capitalised word before them names a place: "the Sermin district" is a village's
#: name, not a slip of "sermon".
_PLACE_NOUNS = frozenset({
    "district", "districts", "province", "governorate", "village", "town", "city", "neighbourhood",
    "neighborhood", "region", "area", "county", "river", "valley", "mountains", "camp", "airport", "base",
    "countryside", "suburb", "street", "square",
})  # fmt: skip


def _named_here(tok: Token) -> bool:
    """A name the text itself introduces as one: alone in quotation marks ('officially known as
    "Synlight"', a coinage), before a noun for a place ("the Sermin district") or before a bearing from
    another place ("Menian to the west of Aleppo")."""
    doc = tok.doc
    text = doc_text(doc)
    end = tok.idx + len(tok)
    if text[tok.idx - 1 : tok.idx] in ('"', "“") and text[end : end + 1] in ('"', "”"):
        return True
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _PLACE_NOUNS:
        return True
    return _COMPASS_AFTER.match(text, end) is not None  # "an attack on Menian to the west of Aleppo city"


#: A compass bearing from another place right after a capitalised word makes it a place's name.
_COMPASS_AFTER = re.compile(
    r",?\s+(?:to\s+the\s+|just\s+|some\s+\d+\s*(?:km|kilometers|kilometres|miles)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
    r"(?:ern)?\s+of\s+[A-Z]"
)


_PARTICLE_MAX_LEN = 4


def _inside_a_name(doc: Doc, tok: Token) -> bool:
    """A short lower-case word between two capitalised proper nouns of one name ("Daniel arap Moi"), as a name's
    particles are ("van", "bin", "al", "arap"); not a longer word ("Syria uling Assad clan" is "ruling")."""
    if tok.i == 0 or tok.i + 1 >= len(doc) or len(tok) > _PARTICLE_MAX_LEN:
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    spaced = before.idx + len(before) < tok.idx and tok.idx + len(tok) < after.idx
    return spaced and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in (before, after))


def _possessive(tok: Token, low: str, words: frozenset[str]) -> str | None:
    """The possessive a word lost its apostrophe from ("the citys residents" -> "city's"), or None."""
    if not low.endswith("s") or tok.i + 1 >= len(tok.doc):
        return None
    stem = low[:-1]
    if len(stem) < 4:
        return None  # "ands", "hers"
    if low.endswith(("less", "ness")) and low[:-4] in words:
        return None  # "bugless chips": a word and its "-less", not "bugles" without its apostrophe
    nxt = tok.doc[tok.i + 1]
    if nxt.pos_ not in ("NOUN", "ADJ", "NUM") or not (stem in words or zipf(stem) >= NAME_MIN_CORRECTION):
        return None
    if low in getInflection(stem, "NNS", inflect_oov=True):
        return None  # a plural ("ammunitions", "hanging chads"), not a lost apostrophe ("citys")
    if nxt.pos_ != "NOUN" and not (tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].pos_ == "NOUN"):
        return None  # a possessive goes before its noun: "the citys residents", "the citys new mayor"
    return tok.text[:-1] + "'s"


#: What glosses a quoted term right after its closing mark: "“terna” or list of three", "“hijab” (a scarf)".
_GLOSS = re.compile(r",? (?:or|meaning|which means|i\.e\.) |,? \(|,? — ")


def _joined_to_a_person(tok: Token) -> bool:
    """'the sources lied to Harding and Collyns': a capitalised word coordinated with a person's name is a
    name too (the entity recogniser often labels only one of the pair)."""
    pair = (tok.head,) if tok.dep_ == "conj" else tuple(c for c in tok.children if c.dep_ == "conj")
    return any(t._.entity == "PERSON" for t in pair)


def _message(tok: Token, fix: str) -> str:
    return f"'{tok.text}' looks misspelt: did you mean '{fix}'?"


def find_misspellings(doc: Doc) -> list[Finding]:
    """Return findings for misspelt words and misspelt well-known names (see the module docstring)."""
    words = dictionary()
    lowers = columns(doc)[0]
    counts = Counter(lowers)
    stripped = apostrophes_stripped(doc_text(doc))  # its "citys" is not the writer's
    foreign: dict[int, bool] = {}
    forms: dict[str, _Form] | None = None
    findings: list[Finding] = []
    unknown = (i for i, low in enumerate(lowers) if len(low) >= MIN_LENGTH and low not in words and low.isalpha())
    for tok in (doc[i] for i in unknown):
        word = tok.text
        low = tok.lower_
        if not tok.is_alpha or len(word) < MIN_LENGTH or counts[low] > 1 or low in words or not word.isascii():
            continue
        text = doc_text(doc)
        before = text[max(tok.idx - 3, 0) : tok.idx]
        if before.endswith(("- ", "-\n", "¬ ")) or (tok.idx and text[tok.idx - 1] not in " \n\t([{\"'“‘—–/"):
            continue  # half of a word a print layout hyphenated ("encoun- tered") or glued to odd
            # characters (mojibake such as "CuÃ©llar", split words in markup)
        if any(
            0 <= j < len(doc) and doc[j].is_alpha and doc[j].lower_ not in words and doc[j].lower_ != low
            for j in (tok.i - 1, tok.i + 1)
        ):
            continue  # two unknown words side by side are a foreign or split term: "Kurdish pesh merga"
        after = text[tok.idx + len(word) : tok.idx + len(word) + 2]
        if (after[:1] in ("'", "’") and not after[1:2].isalpha()) or after == " [":
            continue  # "backin’ off" (a spoken elision), "shaddy [shady]" (corrected by the writer)
        if text[tok.idx - 1 : tok.idx] in ("“", '"', "‘") and after[:1] in ("”", '"', "’") and (
            _GLOSS.match(text, tok.idx + len(word) + 1) or zipf(low) >= QUOTED_TERM_MIN_ZIPF
        ):
            continue  # 'the triad [the “terna” or list of three candidates]', 'a divided “munus”': a term quoted
            # alone, glossed or seen on the web, is a foreign or trade word spelt as its users spell it (not 'to
            # expand “califphate”', which the web has never seen)
        if _ELIDED_ARTICLE.match(text, tok.idx + len(word)):
            continue  # "raison d'être", "coup d’état": a French phrase, its next word an elided article's
        if any(c.isupper() for c in word[1:]) or token_in_link(doc, tok, compound_ok=not word[0].isupper()):
            continue  # "iPhone", "NATO", "SeriouslySonnySkittles", "@handle", "example.com"
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_upper and len(doc[tok.i + 1]) >= 2 and doc[tok.i + 1].is_alpha:
            continue  # a brand before its acronym: "fama PR", "acme LLC"
        if word.islower() and _inside_a_name(doc, tok):
            continue  # "President Daniel arap Moi": a lower-case particle of a name, as "van" and "bin" are
        if stripped and low.endswith("s") and (low[:-1] in words or zipf(low[:-1]) >= NAME_MIN_CORRECTION):
            continue  # "al Qaedas official wing": a possessive whose apostrophe the collection stripped
        sent = sentence_of(tok)
        if sent.start not in foreign:
            foreign[sent.start] = foreign_sentence(sent, words)
        if foreign[sent.start]:
            continue
        own = zipf(low)
        possessive = _possessive(tok, low, words) if own < LOWER_MAX_OWN and not stripped else None
        if possessive:
            findings.append(
                Finding(
                    start=tok.idx,
                    end=tok.idx + len(tok),
                    message=f"'{word}' is not a word: the possessive is '{possessive}'",
                    severity=0.5,
                    check="missing_apostrophe",
                )
            )
            continue
        capital = word[0].isupper()
        # a known slip may look like a word plus an ending ("thi" + "er"), never like a prefixed word (a speaker's
        # "support or unsupport" is a coinage) or a possessive without its apostrophe ("citys")
        known = correction(low) if not capital and not (low.endswith("s") and low[:-1] in words) else None
        if known is not None and _prefixed(low, words):
            known = None  # the prefix test only for the few words the list names
        if known is None and (derived_form(low, words) or (tok.lemma_.lower() != low and tok.lemma_.lower() in words)):
            continue
        if known is not None:
            found = (known, zipf(known))  # a slip writers often make: common on the web, still a slip
        elif not capital or (_sentence_initial(tok) and tok.pos_ != "PROPN"):
            if own >= LOWER_MAX_OWN:
                continue
            found = best_correction(low)
            if found is None or found[1] - own < LOWER_MARGIN:
                continue
            if found[1] < LOWER_MIN_CORRECTION and not (
                own == 0 and found[1] >= UNSEEN_MIN_CORRECTION and not _replaced_letter(low, found[0])
            ):
                continue
        else:
            if forms is None:
                forms = _capitalised_forms(doc)
            written = _article_form(low, forms) if own < NAME_MAX_OWN_ARTICLE and len(word) >= NAME_MIN_LENGTH else None
            if written is not None:
                if _contradiction_pair(tok, written):
                    continue  # the contradiction signal's: one finding for one slip
                findings.append(
                    Finding(
                        start=tok.idx,
                        end=tok.idx + len(tok),
                        message=f"'{word}' looks misspelt: the article writes '{written.written}' elsewhere",
                        severity=0.5,
                    )
                )
                continue
            if len(word) < NAME_MIN_LENGTH or own >= NAME_MAX_OWN or _in_name(tok) or _named_here(tok):
                continue
            found = best_correction(low, in_dictionary=False)
            if found is None or found[1] < NAME_MIN_CORRECTION:
                continue
            if tok._.entity == "PERSON" or _joined_to_a_person(tok) or (
                found[0] in forms and _contradiction_pair(tok, forms[found[0]])
            ):
                continue  # a person's name spelt two ways is the contradiction signal's
        fix = found[0].capitalize() if capital else found[0]
        findings.append(Finding(start=tok.idx, end=tok.idx + len(tok), message=_message(tok, fix), severity=0.5))
    return findings
