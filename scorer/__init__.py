"""misinfo-scorer: score news articles for signals of misinformation, and show why.

Plugin authors need these names from here::

    from scorer import Finding, Register, SignalResult, hookimpl

and, for signals that judge the writer's own voice, where a transcript's speakers talk::

    from scorer import speaker_turns   # "SEN. CLINTON: ..." turns, read like quotations
    from scorer import embedded_posts  # tweets and Instagram posts pasted in: the poster's words
    from scorer import block_quote_ranges  # an HTML article's <blockquote>s: a letter, a speech printed whole
    from scorer import paragraph_ranges  # paragraph bounds every signal agrees on
    from scorer import headline_copy_end  # where a copy of the headline opening the text ends
    from scorer import edit_distance, word_zipf  # comparing spellings; how common a word is on the web

signals with a learned span detector (``scorer.spans``)::

    from scorer import Candidate, SpanDetector, SpanTask, load_detector

and Python users one more::

    from scorer import Article, Scorer
    result = Scorer(base_rate=0.05).score(Article(id="a1", text="...", published="2024-07-15"))

``Scorer`` is imported on first use, so ``import scorer`` (as every plugin does) loads neither
spaCy nor scikit-learn: scoring processes start fast.
"""

from typing import TYPE_CHECKING

from scorer.block_quotes import block_quote_ranges
from scorer.contract import Article, ArticleError, Contribution, Finding, PluginError, Result, SignalResult, Span
from scorer.embedded_posts import Post, embedded_posts, post_ranges
from scorer.furniture import teaser_ranges
from scorer.headline import headline_copy_end
from scorer.hookspecs import Register, hookimpl
from scorer.paragraphs import paragraph_ranges
from scorer.ranges import inside_ranges, merge_ranges
from scorer.signal import Signal
from scorer.spans.candidate import Candidate, SpanTask
from scorer.spans.detector import SpanDetector, load_detector
from scorer.transcripts import Turn, speaker_turns, turn_ranges
from scorer.word_edits import edit_distance
from scorer.word_frequency import word_zipf

if TYPE_CHECKING:
    from scorer.host import Scorer

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "Candidate",
    "Contribution",
    "Finding",
    "PluginError",
    "Post",
    "Register",
    "Result",
    "Scorer",
    "Signal",
    "SignalResult",
    "Span",
    "SpanDetector",
    "SpanTask",
    "Turn",
    "__version__",
    "block_quote_ranges",
    "edit_distance",
    "embedded_posts",
    "headline_copy_end",
    "hookimpl",
    "inside_ranges",
    "load_detector",
    "merge_ranges",
    "paragraph_ranges",
    "post_ranges",
    "speaker_turns",
    "teaser_ranges",
    "turn_ranges",
    "word_zipf",
]


def __getattr__(name: str) -> object:
    if name == "Scorer":
        from scorer.host import Scorer

        return Scorer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
