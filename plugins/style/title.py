"""Headline features: length, capitals (shouted words; every word capitalised), question and exclamation
marks, names and clickbait conventions.

The headline is not part of the parsed text (offsets refer to the body), so it is read as a string: its
words are split by a pattern, never parsed again. Whether a headline word is a name, or an acronym
rather than a shouted word, is read from how the article's body (the shared Doc) writes it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scorer import headline_copy_end

from .lexicon import CLICKBAIT_PHRASES, FORWARD_REFERENCES, MEDIA_LABELS, SECOND_PERSON

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_MEDIA = re.compile(r"[(\[]\s*([A-Za-z]+)(?:\s*[+/&]\s*[A-Za-z]+)*\s*[)\]]")
_NUMBER_LEAD = re.compile(r"^\s*\d+\s+[A-Za-z]")


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def clickbait_cues(title: str) -> list[str]:
    """The clickbait conventions a headline uses, by name: a number it opens with ("10 things ..."), a
    reader it addresses ("you"), a forward reference it opens with ("This ...", "Here's why"), a
    clickbait phrase ("you won't believe"), a bracketed media label ("(VIDEO)")."""
    cues = []
    lower = title.lower()
    words = [w.lower() for w in _WORD.findall(title)]
    if _NUMBER_LEAD.match(title):
        cues.append("number_lead")
    if any(w in SECOND_PERSON for w in words):
        cues.append("addresses_reader")
    if words and words[0] in FORWARD_REFERENCES and not title.rstrip().endswith("?"):
        cues.append("forward_reference")
    if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lower) for p in CLICKBAIT_PHRASES):
        cues.append("clickbait_phrase")
    if any(m.group(1).lower() in MEDIA_LABELS for m in _MEDIA.finditer(title)):
        cues.append("media_label")
    return cues


def capitalised_share(words: list[str]) -> float | None:
    """The share of a headline's words after the first that start with a capital letter: near 1 for a
    headline In Which Every Word Is Capitalised, low for one written as a sentence ("Fed raises rates");
    None when no word after the first starts with a letter. Words in capitals count as capitalised."""
    rest = [w for w in words[1:] if w[0].isalpha()]
    if not rest:
        return None
    return sum(1 for w in rest if w[0].isupper()) / len(rest)


def _stem(word: str) -> str:
    """A headline word as the body's tokens spell it: lower case, without a possessive "'s"."""
    lower = word.lower()
    return lower[:-2] if lower.endswith(("'s", "’s")) else lower


def title_features(title: str | None, doc: Doc) -> dict[str, float]:
    """Features of the headline; empty when the article has none (the model then treats it as typical)."""
    if not title or not title.strip():
        return {}
    words = _WORD.findall(title)
    if not words:
        return {}
    from spacy.attrs import IDX, LOWER, ORTH, POS

    start = headline_copy_end(doc.text, title)
    strings = doc.vocab.strings
    propn = strings["PROPN"]
    rows = [r for r in doc.to_array([IDX, ORTH, LOWER, POS]).tolist() if r[0] >= start] if len(doc) else []
    body_forms = {orth for _, orth, _, _ in rows}
    names = {lower for _, _, lower, pos in rows if pos == propn}
    # a headline word in capitals is shouted unless the body writes it in capitals too (an acronym)
    shouted = [w for w in words if _is_caps(w) and strings[w] not in body_forms]
    features = {
        "title_words": float(len(words)),
        "title_all_caps_share": len(shouted) / len(words),
        "title_question": float("?" in title),
        "title_exclamation": float("!" in title),
        "title_proper_noun_share": sum(1 for w in words if strings[_stem(w)] in names) / len(words),
        "title_clickbait_cues": float(len(clickbait_cues(title))),
    }
    capitalised = capitalised_share(words)
    if capitalised is not None:
        features["title_capitalised_share"] = capitalised
    return features
