"""Speaker turns of a transcript: the stretches of an article that are someone's spoken words.

Debate and interview transcripts print speech without quotation marks, each turn opened by the
speaker's name in capitals and a colon ("SEN. CLINTON: Well, this is a contested campaign.",
"AMANPOUR: Are you nervous about November?", "Q: ... A: ..."), or, in an interview printed Q-and-A
style, by the name in ordinary case ("Graeme Wood: ... Rukmini Callimachi: ... Wood: ..."). Inside a
turn, "people say" or "apparently" is the speaker's sourcing, not the writer's, exactly as inside
quotation marks; signals that judge the writer's own voice read these turns as quotations of a named
speaker.

A text counts as a transcript only when it has at least ``MIN_TURNS`` labelled turns and at least two
speakers who each speak more than once (speakers take turns; a newsletter's "SPOTTED:" and
"BIRTHDAYS:" heads each come once), so a lone "NOTE:" or "UPDATE:" line never makes one. Labels that head
e-mail headers, notes and page furniture ("FROM:", "SUBJECT:", "EDITOR'S NOTE:", "WATCH:") are not
speakers. A turn runs from after its label to the next label; the last one ends with its paragraph
when the text has paragraphs.

Pure text, no parse: any signal may call :func:`speaker_turns` on ``article.text`` (results are
cached per text).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

#: Fewer labelled turns than this is not a transcript.
MIN_TURNS = 3

_TITLE = r"(?:(?:MR|MRS|MS|SEN|REP|GOV|DR|GEN|PRES|SECRETARY|SENATOR|GOVERNOR|PRESIDENT|AMB|ADM|LT|COL)\.?\s)?"
_NAME_WORD = r"[A-Z][A-Z'’\-]+\.?"
#: A label: at a line start, at the text start, or glued to the end of the previous sentence
#: ("was striking.SEN. CLINTON: Well"), a speaker in capitals (one to four words, an optional title)
#: or Q / A, then a colon and a space.
_LABEL = re.compile(
    rf"(?:^|(?<=[.?!\"”’\-—)])\s?)"
    rf"(?P<label>{_TITLE}{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}|Q|A):\s",
    re.MULTILINE,
)
#: A label in an interview printed Q-and-A style with names in ordinary case ("Graeme Wood: We're still shocked
#: ... Rukmini Callimachi: The systemic failure ...", then "Wood: ... Callimachi: ..."; "Trump: I didn't— Bush:
#: Yes, you did."): one to three capitalised words, a colon, a space and a capital. Read only when the text has
#: no capitals labels, by the same rule of turns (``MIN_TURNS``, two speakers speaking more than once).
_MIXED_WORD = r"[A-Z][a-z'’\-]+"
_MIXED_LABEL = re.compile(
    rf"(?:^|(?<=[.?!\"”’\-—)])\s?)(?P<label>{_MIXED_WORD}(?:\s{_MIXED_WORD}){{0,2}}):\s(?=[A-Z“\"‘])",
    re.MULTILINE,
)
#: Capitalised labels that head something other than speech.
NOT_SPEAKERS = frozenset(
    {
        "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "EDITORS NOTE", "UPDATE", "UPDATED", "CORRECTION",
        "CLARIFICATION", "SOURCE", "SOURCES", "PHOTO", "PHOTOS", "VIDEO", "WATCH", "RELATED", "READ MORE",
        "READ", "MORE", "CLICK HERE", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "ADVERTISEMENT", "TAGS",
        "SHARE", "FROM", "TO", "CC", "BCC", "SUBJECT", "DATE", "SENT", "RE", "FW", "FWD", "ATTACHMENTS",
        "WARNING", "SPOILER", "SPOILERS", "TRANSCRIPT", "LOCATION", "WHERE", "WHEN", "WHAT", "WHO", "WHY",
        "HOW", "TIME", "COST", "CREDIT", "CREDITS", "IMAGE", "CAPTION", "LISTEN", "DOWNLOAD", "SUBSCRIBE",
        "FOLLOW", "CONTACT", "EMAIL", "PHONE", "FAX", "WEB", "URL", "LINK", "LINKS", "BACKGROUND", "SUMMARY",
        "FACT", "FACTS", "FALSE", "TRUE", "VERDICT", "RATING", "CLAIM", "BOTTOM LINE", "PS", "P.S.",
        # newsletter sections and legal or legislative layout
        "SPOTTED", "BIRTHDAYS", "B'DAY", "B’DAY", "SCRIPT", "KEEP IN MIND", "QUICK THOUGHT", "JUST POSTED",
        "REMINDER", "WHAT WE THINK", "WHY THIS MATTERS", "SPOILER ALERT", "PHOTO DU JOUR", "HELD", "HOLDING",
        "PROVIDES AS FOLLOWS", "VERSION", "TITLE CHANGE", "BILL", "SECTION", "ARTICLE", "AMENDMENT", "PURPOSE",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Turn:
    """One speaker turn: the label's offsets, the speaker as labelled, and the turn's words
    (``start`` to ``end``, after the label)."""

    label_start: int
    speaker: str
    start: int
    end: int


def _speaker(label: str) -> str:
    return " ".join(label.split()).rstrip(".")


def _said(label: str) -> bool:
    """'HE SAID:', 'SAID MADISON:': a capitalised quotation lead-in, not a speaker's label."""
    return "SAID" in label.split() or "SAYS" in label.split()


@functools.lru_cache(maxsize=64)
def speaker_turns(text: str) -> tuple[Turn, ...]:
    """The speaker turns of ``text`` in order, or ``()`` when it is not a transcript."""
    labels = _labels(text, _LABEL)
    if not _take_turns(labels):
        labels = _labels(text, _MIXED_LABEL) if ": " in text else []
        if not _take_turns(labels):
            return ()
    turns = []
    for k, m in enumerate(labels):
        if k + 1 < len(labels):
            end = labels[k + 1].start("label")
        else:
            newline = text.find("\n", m.end())
            end = len(text) if newline < 0 else newline
        turns.append(Turn(m.start("label"), _speaker(m.group("label")), m.end(), end))
    return tuple(turns)


def _labels(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The speaker labels ``pattern`` finds in ``text``, without those that head something other than speech."""
    return [
        m
        for m in pattern.finditer(text)
        if _speaker(m.group("label")).upper() not in NOT_SPEAKERS and not _said(m.group("label"))
    ]


def _take_turns(labels: list[re.Match[str]]) -> bool:
    """``MIN_TURNS`` labels or more, and two speakers or more who speak more than once."""
    turns_by = Counter(_speaker(m.group("label")) for m in labels)
    return len(labels) >= MIN_TURNS and sum(1 for n in turns_by.values() if n >= 2) >= 2


def turn_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each speaker turn's words: ranges to read as quoted speech."""
    return [(t.start, t.end) for t in speaker_turns(text)]
