"""Where a copy of the headline opens an article's text.

Crawled pages and archives often repeat the headline (and its deck) as the first lines of the body.
Signals that treat the headline apart from the story (a headline's words are not the body's, a
headline summarises what the body sources) read its end here, so every signal agrees on it.
"""

from __future__ import annotations


def headline_copy_end(text: str, title: str | None) -> int:
    """Where a copy of the headline at the start of the text ends (0 when the text does not open with
    it). Letters and digits are compared, so quotes, apostrophes, spacing and line breaks may differ."""
    want = [c.lower() for c in title or "" if c.isalnum()]
    if not want:
        return 0
    matched = 0
    for i, c in enumerate(text):
        if not c.isalnum():
            continue
        if c.lower() != want[matched]:
            return 0
        matched += 1
        if matched == len(want):
            return i + 1
    return 0
