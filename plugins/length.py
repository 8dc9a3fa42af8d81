"""length: the one feature through which the length of an article reaches the model.

Long and short articles differ in many counts (quotes, dates, attributions), and in the training
corpora length itself differs between fake and credible articles for reasons of collection (credible
pages in one corpus include long transcripts). Every other feature is a rate or a share; this signal
states length once, openly, so an editor sees how much of a score it carries and a model can be
trained with or without it.

``log_words`` is log(1 + whitespace-separated words of the text), exactly what the evaluation's
length-only baseline and its length strata count.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from scorer import SignalResult, hookimpl

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from scorer import Article


def log_words(text: str) -> float:
    """log(1 + the number of whitespace-separated words)."""
    return math.log1p(len(text.split()))


class Length:
    """Signal: the article's length, as one feature (``log_words``)."""

    name = "length"
    version = "0.1.0"
    languages = ("en",)
    requires = ()  # reads the text only

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        """``log_words`` of the article text."""
        return SignalResult(features={"log_words": log_words(article.text)})


@hookimpl
def register_signals(register: Callable[[object], None]) -> None:
    """Register the length signal with the host."""
    register(Length())
