"""How common a word is on the web, for the parse and the plugins alike (a glued join's halves, a
misspelling's candidates): wordfreq's English table, loaded once per process and read as a plain dict."""

from __future__ import annotations

import functools
import math


@functools.cache
def _frequencies() -> dict[str, float]:
    # a dict lookup per word is far cheaper than ``zipf_frequency``, which tokenises its argument on every call;
    # positional, as wordfreq calls it itself: its cache keys on the exact arguments, and another spelling of the
    # call would load the same 30 MB table again
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", "large")


def word_zipf(word: str) -> float:
    """The Zipf frequency of a lower-case word on the web (0 when wordfreq has never seen it)."""
    freq = _frequencies().get(word, 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else 0.0
