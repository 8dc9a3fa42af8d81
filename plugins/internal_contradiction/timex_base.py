"""What the date normaliser (``timex``) and its DURATION, SET and TIME patterns (``timex_kinds``) share:
the expression types, the vocabulary of English date words, the pattern context, and TIMEX3 codes
for counts and durations.

Both pattern modules import from here and neither from the other; ``timex`` runs its own patterns
and ``timex_kinds.PATTERNS``. The shared names keep the leading underscore they had when they all
lived in ``timex``: they are this package's internals, not API.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

#: "past" / "future" / None for the verb governing a character offset; lets bare "August" or
#: "Friday" pick the right year or week.
TenseAt = Callable[[int], str | None]
#: The named-entity label at a character offset ("" when none); lets bare years be told from counts.
EntityAt = Callable[[int], str]


@dataclass(frozen=True)
class TimeValue:
    """A calendar interval (inclusive) with its granularity and TIMEX3 value.

    ``gran`` is one of day, weekend, week, month, season, quarter, half, year, decade, century,
    range (a stretch ending or starting at the reference, e.g. "the past year") or ref (PAST_REF,
    PRESENT_REF, FUTURE_REF: no interval).
    """

    start: dt.date | None
    end: dt.date | None
    gran: str
    timex: str | None
    approx: bool = False

    def overlaps(self, other: TimeValue) -> bool:
        """True when the two intervals share at least one day (False when either has none)."""
        if None in (self.start, self.end, other.start, other.end):
            return False
        return self.start <= other.end and other.start <= self.end  # type: ignore[operator]

    def hull(self, other: TimeValue) -> TimeValue:
        """The smallest interval covering both (keeps this value's granularity and TIMEX3)."""
        if None in (self.start, self.end, other.start, other.end):
            return self
        return replace(self, start=min(self.start, other.start), end=max(self.end, other.end))  # type: ignore[type-var]

    @property
    def mid(self) -> dt.date | None:
        """The interval's middle day."""
        if self.start is None or self.end is None:
            return None
        return self.start + (self.end - self.start) / 2


@dataclass(frozen=True)
class TimeExpr:
    """One date expression found in a text.

    ``kind`` is "absolute" (carries its own year, or a day/month whose year comes from the
    reference), "relative" (deictic: "last month", "two weeks ago", "over the past year"),
    "weekday" (a bare weekday: "on Tuesday"), "ref" ("now", "recently"), or one the date checks
    skip: "duration" ("for six years", value P6Y), "set" ("every week", P1W) or "time" (a clock
    time, "3 p.m.", dated by the reference or the day word beside it). A part of a day
    ("yesterday morning", "Tuesday night") keeps its day's kind and interval; only its TIMEX3
    value carries the part (``2023-06-09TMO``).
    ``value`` is None when the expression cannot be placed without a reference date.
    ``weekday`` is the weekday the text names (0 = Monday), for checking against the date.
    ``year_explicit`` is False when the year was taken from the reference date.
    ``phrase`` is the normalised relative phrase ("last month") used in messages.
    """

    start: int
    end: int
    text: str
    kind: str
    value: TimeValue | None
    weekday: int | None = None
    year_explicit: bool = True
    phrase: str = ""
    mod: str | None = None

    @property
    def deictic(self) -> bool:
        """True when the expression only means something relative to the date of writing."""
        return self.kind in ("relative", "weekday") or not self.year_explicit

    @property
    def timex_type(self) -> str:
        """The TIMEX3 type: DURATION ("for six years", "the past two weeks"), SET ("every week"),
        TIME (a clock time or part of a day: "3 p.m.", "Tuesday morning") or DATE."""
        if self.kind == "set":
            return "SET"
        timex = (self.value.timex if self.value is not None else None) or ""
        if self.kind == "duration" or (timex.startswith("P") and not timex.endswith("_REF")):
            return "DURATION"
        if self.kind == "time" or ("T" in timex[4:] and not timex.endswith("_REF")):
            return "TIME"
        return "DATE"


# --- vocabulary ---------------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a few": 3, "few": 3, "several": 3, "many": 3,
}  # fmt: skip
#: Counts TIMEX3 writes as "X" ("a few months" is PXM); the number in _NUMBERS only sizes intervals.
VAGUE_COUNTS = frozenset({"a few", "few", "several", "many"})
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# Month and weekday names are matched case-sensitively so "may" and "march" stay verbs.
_MON = (
    r"(?-i:(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
    r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?)"  # only abbreviations take a dot
)
_WD = (
    r"(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun))(?:\.|\b)"
)
_WD_PREFIX = rf"(?:{_WD}(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+)?)?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
# "1500 GMT", "2000 hrs" after a fixture's date are clock times, not years
_YEAR = r"(?P<y>1[5-9]\d\d|20\d\d)(?![\d,.]\d|\s?%|\s*(?-i:GMT|BST|UTC|CET|CEST|[ECMP][SD]T|hrs?)\b)"
_NUM_WORDS = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))
_TENS_UNITS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)\b"
)
_NUM = rf"(?P<n>\d{{1,3}}|{_TENS_UNITS}|{_NUM_WORDS})"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_MOD = (
    r"(?P<mod>early|earlier|mid|late|later|the (?:end|close|start|beginning|middle) of"
    r"|the (?:first|second) half of|(?:the )?(?:spring|summer|autumn|fall|winter) of)"
)
# Years after these words are dates; elsewhere a four-digit number needs the NER's DATE label.
_YEAR_PREPS = (
    r"(?P<prep>in|since|by|until|till|during|from|before|after|through|throughout|between|around"
    r"|circa|of|to|and|year|early|mid|late|spring|summer|autumn|fall|winter)"
)


@dataclass(frozen=True)
class _Ctx:
    ref: dt.date | None
    tense_at: TenseAt | None
    entity_at: EntityAt | None

    def tense(self, pos: int) -> str | None:
        return self.tense_at(pos) if self.tense_at else None

# Parts of the day ("yesterday morning", "Tuesday night") and their TIMEX3 codes.
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_PART_RE = r"(?P<part>morning|afternoon|evening|night)"


# --- patterns -----------------------------------------------------------------------------------

_Handler = Callable[[re.Match[str], _Ctx], "TimeExpr | None"]
#: A compiled pattern, the handler that turns its match into a TimeExpr, its priority when matches
#: overlap, and the cheap gate a text must match for the pattern to run at all.
Pattern = tuple[re.Pattern[str], _Handler, int, "re.Pattern[str] | None"]


def pattern_adder(patterns: list[Pattern]) -> Callable[..., Callable[[_Handler], _Handler]]:
    """A decorator ``@_pattern(regex, priority=0, gate=None)`` that adds its handler to ``patterns``."""

    def _pattern(regex: str, priority: int = 0, gate: re.Pattern[str] | None = None) -> Callable[[_Handler], _Handler]:
        def deco(fn: _Handler) -> _Handler:
            patterns.append((re.compile(rf"(?<![\w-]){regex}(?![\w])", re.IGNORECASE), fn, priority, gate))
            return fn

        return deco

    return _pattern


def _gate(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i){words}")


def _expr(m: re.Match[str], kind: str, value: TimeValue | None, **kw: object) -> TimeExpr:
    return TimeExpr(m.start(), m.end(), m.group(0), kind, value, **kw)  # type: ignore[arg-type]


# --- counts and durations -----------------------------------------------------------------------


def _count(n: str) -> int:
    n = re.sub(r"\s+", " ", n.lower())
    if n.isdigit():
        return int(n)
    tens, _, unit = n.replace("-", " ").partition(" ")
    if unit and tens in _NUMBERS and unit in _NUMBERS and n not in _NUMBERS:  # "twenty-four"
        return _NUMBERS[tens] + _NUMBERS[unit]
    return _NUMBERS[n]


def count_code(n: str | None) -> str:
    """The TIMEX3 count for a number phrase: "2" for "two", "X" for "a few" or "several"."""
    if n is None:
        return "1"
    return "X" if re.sub(r"\s+", " ", n.lower()) in VAGUE_COUNTS else str(_count(n))


#: TIMEX3 duration codes per unit: (time part?, letter, multiplier).
_DURATION_UNITS = {
    "second": (True, "S", 1), "minute": (True, "M", 1), "hour": (True, "H", 1), "day": (False, "D", 1),
    "night": (False, "D", 1), "week": (False, "W", 1), "weekend": (False, "D", 2), "fortnight": (False, "W", 2),
    "month": (False, "M", 1), "quarter": (False, "Q", 1), "year": (False, "Y", 1), "decade": (False, "Y", 10),
    "century": (False, "Y", 100),
}  # fmt: skip


def duration_timex(count: str, unit: str) -> str:
    """The TIMEX3 value of ``count`` units: ("6", "year") is P6Y, ("2", "decade") P20Y,
    ("X", "hour") PTXH, ("X", "decade") PXDE."""
    time_part, letter, mult = _DURATION_UNITS[unit]
    if count == "X":
        if unit == "decade":
            return "PXDE"
        if unit == "century":
            return "PXCE"
        return f"PT{'X'}{letter}" if time_part else f"PX{letter}"
    n = int(count) * mult
    return f"PT{n}{letter}" if time_part else f"P{n}{letter}"
