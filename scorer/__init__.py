"""misinfo-scorer: score news articles for signals of misinformation, and show why.

Plugin authors need three names from here::

    from scorer import Finding, SignalResult, hookimpl
"""

from scorer.contract import Article, ArticleError, Contribution, Finding, PluginError, Result, SignalResult, Span
from scorer.hookspecs import hookimpl
from scorer.signal import Signal

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "Contribution",
    "Finding",
    "PluginError",
    "Result",
    "Signal",
    "SignalResult",
    "Span",
    "__version__",
    "hookimpl",
]
