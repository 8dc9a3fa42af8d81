"""The body's style profile, read in one pass over the shared Doc's tokens: voice (pronouns by person,
outside quotations), emphasis (superlatives, capitals, exclamation marks), function-word classes,
part-of-speech rates and pairs, verbs of commitment (factive, assertive, implicative), and the
punctuation of edited prose (hyphenated compounds, dashes, parentheses). Every figure is a rate per
1,000 words or a share, so none grows with the length of the article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .lexicon import (
    ARTICLES,
    ASSERTIVE_VERBS,
    CLOSING_QUOTES,
    COMPARATIVE_TAGS,
    FACTIVE_VERBS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    IMPERSONAL,
    IMPLICATIVE_VERBS,
    NEGATIONS,
    OPENING_QUOTES,
    PRONOUN_TAGS,
    SECOND_PERSON,
    STRAIGHT_QUOTES,
    SUPERLATIVE_TAGS,
    THIRD_PERSON,
    VERB_TAGS,
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
#: All-capital words shorter than this are abbreviations ("PM", "TV"), not shouting.
SHOUT_MIN = 3

#: Tokens that are dashes whatever their spacing; a lone "-" is a dash only when spaced ("in 2016 - and").
DASHES = frozenset({"—", "–", "―", "--", "---"})

#: What a token's text alone says, memoised per distinct text (the Doc's ORTH id): (is a word, letters if
#: written all in capitals else 0, "!" count, "?" count, quote kind, has a line break, punctuation mark
#: kind ("dash", "hyphen" for a lone "-", "paren" for an opening bracket, else ""), hyphens inside a word
#: the tokenizer kept whole ("COVID-19", "25-30"))
_Lexical = tuple[bool, int, int, int, str, bool, str, int]
_LEXICAL: dict[int, _Lexical] = {}
_LEXICAL_MAX = 200_000


def _lexical(orth: int, text: str) -> _Lexical:
    found = _LEXICAL.get(orth)
    if found is None:
        letters = [c for c in text if c.isalpha()]
        caps = len(letters) if len(letters) >= 2 and all(c.isupper() for c in letters) else 0
        quote = ("open" if text in OPENING_QUOTES else "close" if text in CLOSING_QUOTES
                 else "straight" if text in STRAIGHT_QUOTES else "")
        word = any(c.isalnum() for c in text) and text[0] not in "'’" and text.lower() not in ("n't", "n’t")
        mark = "dash" if text in DASHES else "hyphen" if text == "-" else "paren" if text == "(" else ""
        inner = sum(1 for i in range(1, len(text) - 1)
                    if text[i] == "-" and text[i - 1].isalnum() and text[i + 1].isalnum()) if word else 0
        found = (word, caps, text.count("!"), text.count("?"), quote, "\n" in text, mark, inner)
        if len(_LEXICAL) < _LEXICAL_MAX:
            _LEXICAL[orth] = found
    return found


def is_word(token: Token) -> bool:
    """A word of the text: has a letter or digit, is not punctuation, and is not a clitic ("'s", "n't")
    split from the word before it (as whitespace counting would keep them together)."""
    return not token.is_space and not token.is_punct and _lexical(token.orth, token.text)[0]


def inside_quotes(doc: Doc) -> list[bool]:
    """For each token, whether it stands inside double quotation marks.

    Curly quotes say which side they are. A straight quote says it by its spacing, as typesetters'
    "smart quotes" read it: space before and none after opens ("said, "We"), none before and space
    after closes (brought," he); only a quote spaced alike on both sides flips the state. So one quote
    left unclosed (a quotation that runs into a next paragraph whose break the text lost) does not
    turn the rest of the article inside out. A line break closes any quotation left open.
    """
    from spacy.attrs import IS_SPACE, ORTH, SPACY

    rows = doc.to_array([ORTH, IS_SPACE, SPACY]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    out = [False] * len(rows)
    inside = False
    for i, (orth, space, trailing) in enumerate(rows):
        _, _, _, _, quote, newline, _, _ = _lexical(orth, strings[orth])
        if space:
            if newline:
                inside = False
            continue
        if quote == "straight":
            before = i == 0 or bool(rows[i - 1][2]) or bool(rows[i - 1][1])
            after = bool(trailing) or i == len(rows) - 1 or bool(rows[i + 1][1])
            quote = "open" if before and not after else "close" if after and not before else "flip"
        if quote == "open":
            inside = True
        elif quote == "close":
            inside = False
        elif quote == "flip":
            inside = not inside
        else:
            out[i] = inside
    return out


def _shouted(caps: int, proper_noun: bool) -> bool:
    """Whether a word written in capitals (``caps`` letters) is shouting rather than an abbreviation:
    three letters or more ("PM", "TV", "OK" are not), and not a short name the tagger knows (FBI, NATO)."""
    return caps >= SHOUT_MIN and not (proper_noun and caps <= ACRONYM_MAX)


def is_shouted(token: Token) -> bool:
    """A word written in capitals that is not an abbreviation (PM, TV) or a short acronym (FBI, NATO)."""
    return _shouted(_lexical(token.orth, token.text)[1], token.pos_ == "PROPN")


class _Ids:
    """The Doc vocabulary's ids of the tags, parts of speech and word forms the profile counts."""

    def __init__(self, doc: Doc) -> None:
        s = doc.vocab.strings

        def ids(names: Iterable[str]) -> frozenset[int]:
            return frozenset(s[n] for n in names)

        self.pronoun_tags = ids(PRONOUN_TAGS)
        self.superlative_tags, self.comparative_tags = ids(SUPERLATIVE_TAGS), ids(COMPARATIVE_TAGS)
        self.md = s["MD"]
        self.first_singular, self.first_plural = ids(FIRST_PERSON_SINGULAR), ids(FIRST_PERSON_PLURAL)
        self.second, self.third, self.impersonal = ids(SECOND_PERSON), ids(THIRD_PERSON), ids(IMPERSONAL)
        self.negations, self.articles = ids(NEGATIONS), ids(ARTICLES)
        self.clitic_not = ids(("n't", "n’t"))
        self.neg = s["neg"]
        self.pos = {name: s[name] for name in (
            "NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "INTJ", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX")}
        self.pos_rates = {self.pos[k]: v for k, v in POS_RATES.items()}
        self.pos_pairs = {(self.pos[a], self.pos[b]): v for (a, b), v in POS_PAIRS.items()}
        self.conjunctions = frozenset((self.pos["CCONJ"], self.pos["SCONJ"]))
        self.verb_tags = ids(VERB_TAGS)
        self.verb_classes = {
            **dict.fromkeys(ids(FACTIVE_VERBS), "factive_verbs_per_1k"),
            **dict.fromkeys(ids(ASSERTIVE_VERBS), "assertive_verbs_per_1k"),
            **dict.fromkeys(ids(IMPLICATIVE_VERBS), "implicative_verbs_per_1k"),
        }


FEATURES = (
    "first_person_singular_per_1k", "first_person_plural_per_1k", "second_person_per_1k",
    "third_person_per_1k", "impersonal_pronouns_per_1k", "superlatives_per_1k", "comparatives_per_1k",
    *POS_RATES.values(), *POS_PAIRS.values(), "articles_per_1k", "prepositions_per_1k",
    "conjunctions_per_1k", "auxiliary_verbs_per_1k", "modal_verbs_per_1k", "negations_per_1k",
    "all_caps_words_per_1k", "exclamation_marks_per_1k", "question_marks_per_1k",
    "hyphenated_words_per_1k", "dashes_per_1k", "parentheses_per_1k",
    "factive_verbs_per_1k", "assertive_verbs_per_1k", "implicative_verbs_per_1k",
)


def profile_features(doc: Doc) -> tuple[dict[str, float], list[str]]:
    """Rates and shares of the body, and its words in lower case (for lexical diversity); no features
    for a text without words. Reads the Doc's arrays (one row of ids per token), not token objects."""
    from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, SPACY, TAG

    ids = _Ids(doc)
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, POS, TAG, DEP, IS_SPACE, IS_PUNCT, SPACY, LEMMA]).tolist() if len(doc) else []
    pos_ids = ids.pos
    in_quotes = inside_quotes(doc)
    counts: Counter[str] = Counter()
    words: list[str] = []
    previous_pos = 0
    quoted = 0
    glued = False  # whether the token before this one has nothing after it (no space, not a space token)
    for i, (orth, lower, pos, tag, dep, space, punct, trailing, lemma) in enumerate(rows):
        joined_to_previous, glued = glued, not space and not trailing
        if space:
            continue
        word, caps, excl, ques, _, _, mark, inner = _lexical(orth, strings[orth])
        inside = in_quotes[i]
        counts["exclamation_marks_per_1k"] += excl
        counts["question_marks_per_1k"] += ques
        counts["hyphenated_words_per_1k"] += inner
        if mark == "hyphen":
            # "well-known": the tokenizer splits it, but nothing stands between the "-" and its words
            joined = joined_to_previous and not trailing
            counts["hyphenated_words_per_1k" if joined else "dashes_per_1k"] += 1
        elif mark == "dash":
            counts["dashes_per_1k"] += 1
        elif mark == "paren":
            counts["parentheses_per_1k"] += 1
        if punct or not word:
            if lower in ids.clitic_not:
                counts["negations_per_1k"] += 1
            previous_pos = pos
            continue
        words.append(strings[lower])
        quoted += inside
        if tag in ids.pronoun_tags:
            if not inside:
                if lower in ids.first_singular:
                    counts["first_person_singular_per_1k"] += 1
                elif lower in ids.first_plural:
                    counts["first_person_plural_per_1k"] += 1
                elif lower in ids.second:
                    counts["second_person_per_1k"] += 1
            if lower in ids.third:
                counts["third_person_per_1k"] += 1
        if pos == pos_ids["PRON"] and lower in ids.impersonal:
            counts["impersonal_pronouns_per_1k"] += 1
        if tag in ids.superlative_tags:
            counts["superlatives_per_1k"] += 1
        elif tag in ids.comparative_tags:
            counts["comparatives_per_1k"] += 1
        rate = ids.pos_rates.get(pos)
        if rate:
            counts[rate] += 1
        pair = ids.pos_pairs.get((previous_pos, pos))
        if pair:
            counts[pair] += 1
        if lower in ids.articles and pos == pos_ids["DET"]:
            counts["articles_per_1k"] += 1
        elif pos == pos_ids["ADP"]:
            counts["prepositions_per_1k"] += 1
        elif pos in ids.conjunctions:
            counts["conjunctions_per_1k"] += 1
        elif pos == pos_ids["AUX"]:
            counts["modal_verbs_per_1k" if tag == ids.md else "auxiliary_verbs_per_1k"] += 1
        if lower in ids.negations or dep == ids.neg:
            counts["negations_per_1k"] += 1
        if tag in ids.verb_tags:
            verb_class = ids.verb_classes.get(lemma)
            if verb_class:
                counts[verb_class] += 1
        if caps and _shouted(caps, pos == pos_ids["PROPN"]):
            counts["all_caps_words_per_1k"] += 1
        previous_pos = pos
    n = len(words)
    if not n:
        return {}, words
    features = {name: 1000.0 * counts[name] / n for name in FEATURES}
    features["quoted_word_share"] = quoted / n
    return features, words
