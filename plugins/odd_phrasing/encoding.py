"""Encoding damage (mojibake such as "Russiaâ€™s"): counted as a feature, never a phrasing finding.

Scraped copies of some publishers' pages carry it; it says something about the pipeline that
produced the text, not about how the article is phrased, so it is kept apart from the findings.
"""

from __future__ import annotations

import re

from ftfy.badness import badness

# Characters every common mojibake of UTF-8 read as Latin-1/Windows-1252 contains; texts without
# any skip ftfy's slower scan.
_MOJIBAKE_HINT = re.compile("[ÂÃâ€™œ\u0080-\u009f]")


def encoding_damage(text: str) -> int:
    """The number of mojibake sequences ftfy finds in ``text`` (0 for clean text)."""
    if not _MOJIBAKE_HINT.search(text):
        return 0
    return int(badness(text))
