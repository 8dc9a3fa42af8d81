"""The English word list every check of odd_phrasing reads (pyspellchecker's, which ships inside its package:
nothing is downloaded), loaded once per process."""

from __future__ import annotations

import functools


@functools.cache
def dictionary() -> frozenset[str]:
    """pyspellchecker's English word list, lower case (loaded once, about a second)."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en", distance=1).word_frequency.dictionary.keys())
