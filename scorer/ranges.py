"""Character ranges of an article's text: merged, and asked whether a span lies inside one.

Signals read several kinds of range that are not the writer's own prose (quotations, block quotations,
embedded posts, page furniture) and drop a finding that lies wholly inside one; these two helpers are the
one way they do it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """``ranges`` sorted, overlapping and touching ones joined: what :func:`inside_ranges` reads."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def inside_ranges(ranges: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """``start``..``end`` lies wholly inside one of ``ranges`` (sorted, not overlapping: :func:`merge_ranges`)."""
    i = bisect_right(ranges, (start, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]
