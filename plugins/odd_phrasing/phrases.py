"""Fixed phrases written wrong, read off the raw text: "en mass" (en masse), "in awhile" (in a while),
"could of" (could have), "a 74-year old man" (74-year-old), "hung himself" (hanged), "sneak peak".

Each pattern is a form no style guide accepts, so a match is a slip wherever it stands (except
inside a longer word or name, which the word boundaries and case rules keep out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scorer import Finding

#: (pattern, the phrase as it should be); matched without regard to case.
MISUSED: tuple[tuple[str, str], ...] = (
    (r"\ben mass\b", "'en masse'"),
    (r"\bin awhile\b", "'in a while'"),
    (r"\b(?:could|would|should|must|might)(?:n['’]t)? of\b(?! course)", "'could have', 'would have' ..."),
    (r"\b(?:hung|hangs) (?:him|her|them|my|your|it)sel(?:f|ves)\b", "'hanged' (of a person)"),
    (r"\bsneak peak\b", "'sneak peek'"),
    (r"\bfor all intensive purposes\b", "'for all intents and purposes'"),
    (r"\b(?:tow|towed|towing|tows) the (?:party )?line\b", "'toe the line'"),
    (r"\bbaited breath\b", "'bated breath'"),
    (r"\bdeep[- ]seeded\b", "'deep-seated'"),
    (r"\bwreck(?:s|ed|ing)? havoc\b", "'wreak havoc'"),
    (r"\bcase and point\b", "'case in point'"),
    (r"\bone in the same\b", "'one and the same'"),
    (r"\bstatue of limitations\b", "'statute of limitations'"),
    (r"\bper say\b", "'per se'"),
    (r"\bnip (?:it|this|that) in the butt\b", "'nip it in the bud'"),
    (r"\bmute point\b", "'moot point'"),
    (r"\bshoe-in\b", "'shoo-in'"),
    (r"\bpeaked (?:my|his|her|their|our|your) (?:interest|curiosity)\b", "'piqued'"),
    (r"\bescape goat\b", "'scapegoat'"),
    (r"\bfree reign\b", "'free rein'"),
    (r"\birregardless\b", "'regardless'"),
    (r"\balot\b", "'a lot'"),
    (r"\bslight of hand\b", "'sleight of hand'"),
    (r"\b(?:is|was|are|were|be|am|['’]s|['’]re) suppose to\b", "'supposed to'"),
    (r"(?<![-\w])\d+-(?:year|month|week|day) old\b", "hyphenated throughout ('74-year-old')"),
)
_PATTERNS = [(re.compile(p, re.IGNORECASE), fix) for p, fix in MISUSED]


def find_misused_phrases(text: str) -> Iterator[Finding]:
    """Yield a finding for each fixed phrase written wrong (see ``MISUSED``)."""
    for pattern, fix in _PATTERNS:
        for m in pattern.finditer(text):
            yield Finding(
                start=m.start(),
                end=m.end(),
                message=f"'{m.group()}' is a slip: the phrase is {fix}",
                severity=0.5,
            )
