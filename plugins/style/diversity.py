"""Lexical diversity that does not grow or shrink with the length of the text.

The plain type-token ratio falls as a text gets longer (every new word is likelier to be one already
used), so it would carry length into the model. MTLD (McCarthy & Jarvis 2010, "MTLD, vocd-D, and HD-D",
Behavior Research Methods 42(2)) counts how many words it takes, on average, for the running
type-token ratio to fall to 0.72, read forwards and backwards; it is stable across text lengths from
about 100 words up.
"""

from __future__ import annotations

from collections.abc import Sequence

#: The type-token ratio at which MTLD closes a factor (McCarthy & Jarvis's value).
MTLD_THRESHOLD = 0.72
#: Fewer words than this give no MTLD (the measure is unstable on very short texts).
MTLD_MIN_WORDS = 50


def _factors(words: Sequence[str], threshold: float) -> float:
    factors = 0.0
    types: set[str] = set()
    count = 0
    for word in words:
        count += 1
        types.add(word)
        if len(types) / count <= threshold:
            factors += 1
            types.clear()
            count = 0
    if count:  # the partial factor at the end, as a fraction of a full one
        ttr = len(types) / count
        factors += (1 - ttr) / (1 - threshold)
    return factors


def mtld(words: Sequence[str], threshold: float = MTLD_THRESHOLD) -> float | None:
    """Mean length of a stretch of words that keeps a type-token ratio above ``threshold``, averaged
    over a forward and a backward pass; None for texts under :data:`MTLD_MIN_WORDS` words."""
    if len(words) < MTLD_MIN_WORDS:
        return None
    values = []
    for seq in (words, words[::-1]):
        f = _factors(seq, threshold)
        values.append(len(seq) / f if f > 0 else float(len(seq)))
    return sum(values) / 2
