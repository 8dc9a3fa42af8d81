"""Damage done to a text on collection, not by its writer: encoding damage (mojibake such as
"Russiaâ€™s"), counted as a feature, never a phrasing finding; and apostrophes stripped throughout
(``apostrophes_stripped``), which the checks of a missing apostrophe read so as not to call them slips.

Scraped copies of some publishers' pages carry both; they say something about the pipeline that
produced the text, not about how the article is phrased, so they are kept apart from the findings.
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


#: Contractions written without their apostrophe, the mark of a text whose apostrophes were stripped.
_BARE_CONTRACTIONS = re.compile(
    r"\b(?:didnt|dont|doesnt|isnt|wasnt|werent|arent|cant|couldnt|wouldnt|shouldnt|hasnt|havent|hadnt|wont)\b",
    re.IGNORECASE,
)
#: Words of a text with no apostrophe at all past which it counts as stripped: a paragraph of news copy this
#: long almost always holds a possessive or a contraction; a one-line sentence ("Its a shame that nobody
#: came") need not. At 40 (not 100 or 150) the short fa_kes reports lose their "citys" and "countrys" too.
STRIPPED_WORDS = 40


def apostrophes_stripped(text: str) -> bool:
    """The text lost its apostrophes on collection (fa_kes's copies: "didnt", "Syrias"): none anywhere, and
    either a contraction without one or the length of an article. A missing apostrophe there ("its a",
    "Steins car", "citys") is not the writer's slip."""
    if "'" in text or "’" in text:
        return False
    return _BARE_CONTRACTIONS.search(text) is not None or len(text.split()) >= STRIPPED_WORDS
