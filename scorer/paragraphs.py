"""Where an article's paragraphs are, read from its text alone.

Scraped copies mark a paragraph break either with a line break or, where the line breaks were lost,
with a run of two or more spaces. A run of spaces before a word in lower case is not a lost break but a
double space typed inside a sentence ("Desoto Speedway officials said  they were shocked"), or a link's
words dropped from it ("have confirmed to  that the body"): the next paragraph after a lost break opens
with a capital, a digit or a quotation mark. Signals that need paragraph bounds (a quotation reopened in each
paragraph, a post pasted into its own paragraph) read them here, so every signal agrees on them.
"""

from __future__ import annotations

import re

#: A paragraph: from its first visible character, up to a line break or a run of two or more spaces.
_PARAGRAPH = re.compile(r"[^\n ](?:[^\n ]| (?! ))*")


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character offsets of each non-blank paragraph of ``text``, in order."""
    ranges: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        if not m.group().strip():
            continue
        if ranges and _typed_double_space(text, ranges[-1][1], m.start()):
            ranges[-1] = (ranges[-1][0], m.end())
        else:
            ranges.append((m.start(), m.end()))
    return ranges


def _typed_double_space(text: str, end: int, start: int) -> bool:
    """Only spaces or tabs stand between ``end`` and ``start``, and the word at ``start`` is in lower
    case: one paragraph, not two."""
    return text[start].islower() and not text[end:start].strip(" \t")
