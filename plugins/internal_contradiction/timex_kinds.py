"""Durations, sets and clock times for the normaliser in ``timex`` (TIMEX3 DURATION, SET, TIME).

The date checks do not read these (their kinds are "duration", "set" and "time"); they are found
so that the TIMEX3 output is complete and so that "for six years" or "every Monday" is never
mistaken for a date. Values follow the TimeML guidelines as TempEval-3 annotates them:

- DURATION: "for six years" P6Y, "three-day" P3D, "two decades" P20Y, "a few months" PXM,
  "decades" PXDE, "hours" PTXH, "the next two weeks" P2W ("the past two weeks" is a relative
  range in ``timex``, also P2W).
- SET: "every week" / "weekly" P1W, "annually" P1Y, "twice a day" P1D, "each Monday" XXXX-WXX-1,
  "every July" XXXX-07.
- TIME: "3 p.m." THH:MM on the reference date (or on the day word next to it: "10 p.m.
  Wednesday"), "noon" T12:00.

Its patterns are in ``PATTERNS``; ``timex`` runs them after its own.
"""

from __future__ import annotations

import re

from .timex_base import (
    _MON,
    _MONTHS,
    _NUM,
    _PART_RE,
    _PARTS,
    _WEEKDAYS,
    Pattern,
    TimeExpr,
    TimeValue,
    _Ctx,
    _expr,
    _gate,
    count_code,
    duration_timex,
    pattern_adder,
)

__all__ = ["PATTERNS"]

#: The DURATION, SET and TIME patterns, in the order they are defined.
PATTERNS: list[Pattern] = []
_pattern = pattern_adder(PATTERNS)

_UNITS = r"second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century"
_UNIT = rf"(?P<unit>{_UNITS})"
_UNIT_PL = (
    r"(?P<unit>seconds|minutes|hours|days|nights|weeks|weekends|fortnights|months|quarters|years|decades"
    r"|centuries)"
)
_G_UNIT = _gate(r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur")
# Not a stretch of time: "two years ago" (a date, in ``timex``), "52 years old" (an age: TempEval-3
# leaves ages unannotated). "Two years later" stays a duration, as TimeML annotates it.
_NOT_AFTER = r"(?![\s-]+(?:ago|from\s+now|hence|back|old|older|younger)\b)"


def _unit(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


# --- DURATION -------------------------------------------------------------------------------------


@_pattern(
    rf"(?:the\s+(?P<which>first|next|coming|following|final|latest|last|past|previous|preceding)\s+)?"
    rf"{_NUM}(?:\s+(?:more|full|long|straight|consecutive|additional|trading|business|working))?"
    rf"\s+{_UNIT}s?{_NOT_AFTER}",
    gate=_G_UNIT,
)
def _counted(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "six years", "the next two weeks", "the first nine months", "a few days"."""
    unit = _unit(m["unit"])
    n = m["n"].lower()
    if n in ("a", "an", "one") and unit == "second":
        return None  # "wait a second", "a second time": rarely a measured duration
    if n in ("a", "an") and m.start() > 0 and re.search(r"(?:\d|%|per|times|twice|once)\s*$", m.string[: m.start()]):
        return None  # "$5 a year", "twice a day": a rate (SET patterns take the latter)
    return _expr(m, "duration", TimeValue(None, None, "duration", duration_timex(count_code(m["n"]), unit)))


@_pattern(rf"{_NUM}-{_UNIT}(?:-long)?{_NOT_AFTER}", priority=1, gate=_gate(rf"\w-(?:{_UNITS})"))
def _hyphenated(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "a three-day visit", "a two-hour meeting" (not "a 30-year-old": ages are no TIMEX3)."""
    return _expr(m, "duration", TimeValue(None, None, "duration", duration_timex(count_code(m["n"]), _unit(m["unit"]))))


@_pattern(r"(?P<unit>day|week|month|year|decade|hour)s?-long", priority=1, gate=_gate("-long"))
def _unit_long(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "a day-long strike" P1D, "a decades-long feud" PXDE."""
    count = "X" if m.group(0).lower().split("-")[0].endswith("s") else "1"
    return _expr(m, "duration", TimeValue(None, None, "duration", duration_timex(count, _unit(m["unit"]))))


@_pattern(
    rf"(?:(?<=for\s)|(?<=over\s)|(?<=within\s)|(?<=lasting\s)|(?<=took\s)|(?<=lasted\s)|(?<=spent\s)|(?<=after\s))"
    rf"(?:(?P<vague>many|several|a\s+few|few|some)\s+)?{_UNIT_PL}{_NOT_AFTER}",
    gate=_gate(r"(?:for|over|within|lasting|took|lasted|spent|after)\s+(?:\w+\s+){0,2}"
               r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)"),
)
def _bare_plural(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "for years" PXY, "for decades" PXDE, "over many months" PXM, "within hours" PTXH."""
    return _expr(m, "duration", TimeValue(None, None, "duration", duration_timex("X", _unit(m["unit"]))))


# --- SET ------------------------------------------------------------------------------------------


def _set(m: re.Match[str], timex: str) -> TimeExpr:
    return _expr(m, "set", TimeValue(None, None, "set", timex))


_ADVERBS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
            "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y"}  # fmt: skip


# Before a noun these are adjectives ("its quarterly dividend", "daily volume"), which TimeML leaves
# unannotated; only the adverb ("meets weekly", "adjusted quarterly and ...") is a SET.
_NOT_BEFORE_NOUN = r"(?!\s+(?!(?:and|or|in|to|on|for|at|since|through|until|with|by|from|over|during)\b)[a-z])"


@_pattern(r"(?-i:(?P<adv>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly))"
          + _NOT_BEFORE_NOUN, gate=_gate(r"ly\b"))
def _adverb_set(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "meets weekly" P1W, "annually" P1Y (lower case only: "Daily Mail", "Weekly Standard")."""
    return _set(m, _ADVERBS[m["adv"]])


@_pattern(rf"(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:{_NUM}\s+)?{_UNIT}s?",
          priority=1, gate=_gate(r"\b(?:every|each|per)\b"))
def _every(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "every week" P1W, "every other year" P2Y, "each month" P1M, "every two years" P2Y."""
    unit = _unit(m["unit"])
    if m["n"] and m["q"].lower() != "every":
        return None  # "each two years" is not English; "per 100 days" is a ratio
    count = "2" if (m["other"] or "").lower() == "other" else count_code(m["n"]) if m["n"] else "1"
    return _set(m, duration_timex(count, unit))


@_pattern(r"(?P<times>once|twice|three\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+" + _UNIT,
          priority=2, gate=_gate(r"\b(?:once|twice|times)\b"))
def _times_per(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "twice a week" P1W (TIMEX3 keeps the frequency in its own attribute)."""
    return _set(m, duration_timex("1", _unit(m["unit"])))


_WD_SET = r"(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"


_WD_PLURAL = _WD_SET.replace("wd>", "wds>") + "s" + r"(?:\s+" + _PART_RE.replace("part>", "parts>") + ")?"


@_pattern(rf"(?:every|each)\s+{_WD_SET}(?:\s+{_PART_RE})?|{_WD_PLURAL}",
          priority=1, gate=_gate(r"(?:every|each)\s+[MTWFS]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b"))
def _weekday_set(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "every Monday", "on Tuesdays" XXXX-WXX-1 / -2; "Tuesday nights" XXXX-WXX-2TNI."""
    wd = m["wd"] or m["wds"]
    part = m["part"] or m["parts"]
    timex = f"XXXX-WXX-{_WEEKDAYS[wd.lower()] + 1}"
    return _set(m, f"{timex}T{_PARTS[part.lower()]}" if part else timex)


@_pattern(rf"(?:every|each)\s+{_MON}", priority=1, gate=_gate(r"\b(?:every|each)\b"))
def _month_set(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "every July" XXXX-07."""
    return _set(m, f"XXXX-{_MONTHS[m['mon'].lower()]:02d}")


# --- TIME -----------------------------------------------------------------------------------------

_ZONE = r"(?:\s+(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)\b|\s+local\s+time)?"


@_pattern(
    rf"(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?{_ZONE}",
    priority=1,
    gate=_gate(r"\d\s*[ap]\.?\s?m\b"),
)
def _clock(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "3 p.m." T15:00, "10:35 a.m. EST" T10:35 (dated by ``timex.date_clock_times``)."""
    h, mi = int(m["h"]), int(m["mi"] or 0)
    if not 1 <= h <= 12:
        return None
    h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
    return _expr(m, "time", TimeValue(None, None, "time", f"T{h:02d}:{mi:02d}"))


@_pattern(r"(?-i:noon|midday|midnight)", gate=_gate(r"noon|midday|midnight"))
def _noon(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "at noon" T12:00, "midnight" T24:00."""
    return _expr(m, "time", TimeValue(None, None, "time", "T24:00" if m.group(0) == "midnight" else "T12:00"))
