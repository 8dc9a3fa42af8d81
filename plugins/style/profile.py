"""The body's style profile, read in one pass over the shared Doc's tokens: voice (pronouns by person,
outside quotations), emphasis (superlatives, capitals, exclamation marks), function-word classes and
part-of-speech rates and pairs. Every figure is a rate per 1,000 words or a share, so none grows with
the length of the article."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .lexicon import (
    ARTICLES,
    CLOSING_QUOTES,
    COMPARATIVE_TAGS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    IMPERSONAL,
    NEGATIONS,
    OPENING_QUOTES,
    PRONOUN_TAGS,
    SECOND_PERSON,
    STRAIGHT_QUOTES,
    SUPERLATIVE_TAGS,
    THIRD_PERSON,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Part-of-speech classes reported as rates (universal tags → feature name).
POS_RATES = {
    "NOUN": "nouns_per_1k",
    "PROPN": "proper_nouns_per_1k",
    "VERB": "verbs_per_1k",
    "ADJ": "adjectives_per_1k",
    "ADV": "adverbs_per_1k",
    "NUM": "numbers_per_1k",
    "INTJ": "interjections_per_1k",
}
#: Part-of-speech pairs (adjacent words) reported as rates, each with a plain meaning.
POS_PAIRS = {
    ("ADV", "ADJ"): "adverb_adjective_pairs_per_1k",  # "very bad", "utterly absurd"
    ("ADJ", "NOUN"): "adjective_noun_pairs_per_1k",  # "new law"
    ("NOUN", "NOUN"): "noun_noun_pairs_per_1k",  # "tax cut", "border wall"
    ("PRON", "VERB"): "pronoun_verb_pairs_per_1k",  # "I think", "they want"
    ("NUM", "NOUN"): "number_noun_pairs_per_1k",  # "30 people", "two weeks"
    ("PROPN", "PROPN"): "name_pairs_per_1k",  # "Hillary Clinton"
}
#: All-capital words shorter than this that the tagger calls proper nouns are taken for acronyms (FBI, NATO).
ACRONYM_MAX = 4


def is_word(token: Token) -> bool:
    """A word of the text: has a letter or digit, is not punctuation, and is not a clitic ("'s", "n't")
    split from the word before it (as whitespace counting would keep them together)."""
    text = token.text
    return (not token.is_space and not token.is_punct and any(c.isalnum() for c in text)
            and text[0] not in "'’" and token.lower_ not in ("n't", "n’t"))


def inside_quotes(doc: Doc) -> list[bool]:
    """For each token, whether it stands inside double quotation marks. Curly quotes say which side
    they are; straight ones alternate. A paragraph break closes any quotation left open (news style
    reopens a quotation that runs on into the next paragraph)."""
    out = [False] * len(doc)
    inside = False
    for i, tok in enumerate(doc):
        text = tok.text
        if tok.is_space and "\n" in text:
            inside = False
        elif text in OPENING_QUOTES:
            inside = True
        elif text in CLOSING_QUOTES:
            inside = False
        elif text in STRAIGHT_QUOTES:
            inside = not inside
        else:
            out[i] = inside
    return out


def is_shouted(token: Token) -> bool:
    """A word written in capitals that is not a short acronym (FBI, NATO, US)."""
    letters = [c for c in token.text if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    return not (token.pos_ == "PROPN" and len(letters) <= ACRONYM_MAX)


def profile_features(doc: Doc) -> tuple[dict[str, float], list[str]]:
    """Rates and shares of the body, and its words in lower case (for lexical diversity); no features
    for a text without words."""
    quoted = inside_quotes(doc)
    counts: Counter[str] = Counter()
    words: list[str] = []
    previous_pos = ""
    for i, tok in enumerate(doc):
        if tok.is_space:
            continue
        lower = tok.lower_
        if not is_word(tok):
            if lower in ("n't", "n’t"):
                counts["negations_per_1k"] += 1
            counts["exclamation_marks_per_1k"] += tok.text.count("!")
            counts["question_marks_per_1k"] += tok.text.count("?")
            previous_pos = tok.pos_
            continue
        words.append(lower)
        pos, tag = tok.pos_, tok.tag_
        counts["_quoted"] += quoted[i]
        if tag in PRONOUN_TAGS and not quoted[i]:
            if lower in FIRST_PERSON_SINGULAR:
                counts["first_person_singular_per_1k"] += 1
            elif lower in FIRST_PERSON_PLURAL:
                counts["first_person_plural_per_1k"] += 1
            elif lower in SECOND_PERSON:
                counts["second_person_per_1k"] += 1
        if tag in PRONOUN_TAGS and lower in THIRD_PERSON:
            counts["third_person_per_1k"] += 1
        if pos == "PRON" and lower in IMPERSONAL:
            counts["impersonal_pronouns_per_1k"] += 1
        if tag in SUPERLATIVE_TAGS:
            counts["superlatives_per_1k"] += 1
        elif tag in COMPARATIVE_TAGS:
            counts["comparatives_per_1k"] += 1
        if pos in POS_RATES:
            counts[POS_RATES[pos]] += 1
        pair = POS_PAIRS.get((previous_pos, pos))
        if pair:
            counts[pair] += 1
        if lower in ARTICLES and pos == "DET":
            counts["articles_per_1k"] += 1
        elif pos == "ADP":
            counts["prepositions_per_1k"] += 1
        elif pos in ("CCONJ", "SCONJ"):
            counts["conjunctions_per_1k"] += 1
        elif pos == "AUX":
            counts["modal_verbs_per_1k" if tag == "MD" else "auxiliary_verbs_per_1k"] += 1
        if lower in NEGATIONS or tok.dep_ == "neg":
            counts["negations_per_1k"] += 1
        if is_shouted(tok):
            counts["all_caps_words_per_1k"] += 1
        counts["exclamation_marks_per_1k"] += tok.text.count("!")
        counts["question_marks_per_1k"] += tok.text.count("?")
        previous_pos = pos
    n = len(words)
    if not n:
        return {}, words
    names = [
        "first_person_singular_per_1k", "first_person_plural_per_1k", "second_person_per_1k",
        "third_person_per_1k", "impersonal_pronouns_per_1k", "superlatives_per_1k", "comparatives_per_1k",
        *POS_RATES.values(), *POS_PAIRS.values(), "articles_per_1k", "prepositions_per_1k",
        "conjunctions_per_1k", "auxiliary_verbs_per_1k", "modal_verbs_per_1k", "negations_per_1k",
        "all_caps_words_per_1k", "exclamation_marks_per_1k", "question_marks_per_1k",
    ]
    features = {name: 1000.0 * counts[name] / n for name in names}
    features["quoted_word_share"] = counts["_quoted"] / n
    return features, words
