"""Where an article's paragraphs are, read from its text alone.

Scraped copies mark a paragraph break either with a line break or, where the line breaks were lost,
with a run of two or more spaces. Signals that need paragraph bounds (a quotation reopened in each
paragraph, a post pasted into its own paragraph) read them here, so every signal agrees on them.
"""

from __future__ import annotations

import re

#: A paragraph: from its first visible character, up to a line break or a run of two or more spaces.
_PARAGRAPH = re.compile(r"[^\n ](?:[^\n ]| (?! ))*")


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character offsets of each non-blank paragraph of ``text``, in order."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
