"""misinfo-scorer: score news articles for signals of misinformation, and show why.

Plugin authors need these names from here::

    from scorer import Finding, Register, SignalResult, hookimpl

Importing the package stays cheap (no spaCy, no scikit-learn): scoring processes start fast.
"""

from scorer.contract import Article, ArticleError, Contribution, Finding, PluginError, Result, SignalResult, Span
from scorer.hookspecs import Register, hookimpl
from scorer.signal import Signal

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "Contribution",
    "Finding",
    "PluginError",
    "Register",
    "Result",
    "Signal",
    "SignalResult",
    "Span",
    "__version__",
    "hookimpl",
]
