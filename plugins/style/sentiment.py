"""Sentiment of each sentence with VADER (Hutto & Gilbert 2014), a lexicon and rules that ship inside the
``vaderSentiment`` package: nothing is downloaded, no model is run.

VADER's compound score saturates on long texts (a sum of many words squashed into [-1, 1]), so it is
read per sentence and averaged: the features are shares and means, not totals that grow with length.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

#: VADER's own thresholds for a positive / negative compound score.
POSITIVE = 0.05
NEGATIVE = -0.05
#: VADER's time grows with the square of a text's length (a sentence of 8,000 words takes a second), and a
#: scraped page without full stops is one "sentence": a longer one is read in pieces of this many words,
#: its score their mean. VADER's rules look back three words at most, so the pieces lose next to nothing.
CHUNK_WORDS = 150


@functools.cache
def analyzer() -> Any:
    """The VADER analyzer, built once per process (it reads its lexicon from the package)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _compound(sentence: str) -> float:
    """VADER's compound score of one sentence; the mean over its pieces of ``CHUNK_WORDS`` words when longer."""
    vader = analyzer()
    words = sentence.split()
    if len(words) <= CHUNK_WORDS:
        return float(vader.polarity_scores(sentence)["compound"])
    pieces = [" ".join(words[i : i + CHUNK_WORDS]) for i in range(0, len(words), CHUNK_WORDS)]
    return sum(float(vader.polarity_scores(p)["compound"]) for p in pieces) / len(pieces)


def sentence_sentiment(sentences: Iterable[str]) -> dict[str, float]:
    """Mean compound score, mean absolute compound score and shares of positive, negative and
    sentiment-bearing sentences; empty when there is no sentence."""
    scores = [_compound(s) for s in sentences]
    if not scores:
        return {}
    n = len(scores)
    positive = sum(1 for c in scores if c >= POSITIVE)
    negative = sum(1 for c in scores if c <= NEGATIVE)
    return {
        "sentiment_mean": sum(scores) / n,
        "sentiment_strength": sum(abs(c) for c in scores) / n,
        "positive_sentence_share": positive / n,
        "negative_sentence_share": negative / n,
        "subjective_sentence_share": (positive + negative) / n,
    }
