"""Rebuilding the lexicon's data file (``data/loaded_lexicon.json``, read by ``loaded.load_lexicon``) from
the PTC train split only: :func:`build_lexicon`, run by
``python benchmarks/odd_phrasing_loaded_language.py --rebuild-lexicon``; nothing imports it when scoring.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .loaded import ATTACK_VERBS, HAND_WORDS, INTENSIFIERS, WEAK_INTENSIFIERS

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
#: Rebuild thresholds: a word (grouped by lemma) must sit inside gold Loaded_Language spans at least
#: MIN_INSIDE times, in at least MIN_ARTICLES articles, with precision (inside / all occurrences) of
#: at least MIN_PRECISION. Chosen on a held-out fifth of TRAIN (built on the other four fifths:
#: F1 0.33 there, against 0.27 for 3 / 3 / 0.4); the dev split is never used here.
MIN_INSIDE = 2
MIN_ARTICLES = 2
MIN_PRECISION = 0.5
# fmt: off
#: Words the statistics pick up that are topic words of a few articles or literal in plain news
#: ("a bomb exploded", "severe storms", "the pound fell"): left out of the learned list by hand.
EXCLUDE_LEARNED = (
    "advantage", "tapestry", "doings", "hole", "holes", "uttered", "sink", "sunk", "pound", "pounded",
    "pounding", "classic", "kick", "kicked", "cracks", "cracked", "delight", "delighted", "profound", "severe",
    "dramatic", "striking", "wild", "touting", "touts", "barrels", "barreled", "disaster", "disasters",
    "harmful", "explode", "exploded", "exploding", "poison", "poisoned", "extinction", "suck", "sucked",
    "sucking", "circus", "circuses", "brick", "bricks", "ears", "luck", "ornaments", "shins", "thumb", "weight",
    "welfare", "indissolubility", "unambiguity", "multi-faceted", "endemic", "cancer", "self-control",
    "one-way", "materialized", "swallow", "bent", "backwards", "posture", "rhetorical", "potent", "fantasy",
    "imperialism", "neo-pagan", "war-ravaged", "appeasement-minded", "severity", "crammed", "cramming",
    "transcends", "weeping", "vibrant", "astronomical", "dirt", "blindness", "catapult", "catapulting",
)
# fmt: on


def build_lexicon(articles: Iterable[dict], technique: str = "Loaded_Language") -> dict:
    """Return the data file's content from PTC-style records (``text``, ``tc_spans``) of the TRAIN split.

    Words are grouped by lemma (lemminflect, no parse) so "smear", "smears", "smeared" share support;
    a kept group contributes only the forms seen inside gold spans. Stop words and words of fewer than
    four letters are left out, and so is ``EXCLUDE_LEARNED``. The hand list is merged in.
    """
    from lemminflect import getAllLemmas
    from spacy.lang.en.stop_words import STOP_WORDS

    def lemma(word: str) -> str:
        lemmas = getAllLemmas(word)
        for pos in ("ADJ", "VERB", "NOUN", "ADV"):
            if pos in lemmas:
                return lemmas[pos][0].lower()
        return word

    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    where: dict[str, set[str]] = {}
    forms_inside: dict[str, set[str]] = {}
    for article in articles:
        text = article["text"]
        spans = [(s["start"], s["end"]) for s in article.get("tc_spans") or [] if s["technique"] == technique]
        for m in _TOKEN.finditer(text):
            word = m.group().lower()
            if len(word) < 4 or word in STOP_WORDS or "'" in word:
                continue
            key = lemma(word)
            total[key] += 1
            if any(a <= m.start() and m.end() <= b for a, b in spans):
                inside[key] += 1
                where.setdefault(key, set()).add(article["article_id"])
                forms_inside.setdefault(key, set()).add(word)
    learned = sorted(
        form
        for key, n in inside.items()
        if n >= MIN_INSIDE and len(where[key]) >= MIN_ARTICLES and n / total[key] >= MIN_PRECISION
        for form in forms_inside[key]
        if form not in EXCLUDE_LEARNED
    )
    words = sorted(set(learned) | {w.lower() for w in HAND_WORDS})
    return {
        "about": (
            "Loaded / sensational words for odd_phrasing.loaded. 'learned': single words whose lemma falls "
            f"inside PTC v2 TRAIN-split {technique} gold spans >= {MIN_INSIDE} times in >= {MIN_ARTICLES} "
            f"articles with precision >= {MIN_PRECISION}; merged with a hand list. Derived statistics only, no "
            "corpus text. PTC (SemEval-2020 Task 11, Da San Martino et al. 2019/2020) states no licence "
            "('license: unknown'). Rebuild: python benchmarks/odd_phrasing_loaded_language.py --rebuild-lexicon"
        ),
        "learned_count": len(learned),
        "hand_count": len(HAND_WORDS),
        "words": words,
        "attack_verbs": list(ATTACK_VERBS),
        "intensifiers": list(INTENSIFIERS),
        "weak_intensifiers": list(WEAK_INTENSIFIERS),
    }
