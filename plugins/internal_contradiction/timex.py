"""Find and normalise English date expressions against a reference date.

Rule-based on purpose: a few dozen regular expressions cover the date forms news copy uses, in
well under a millisecond per article; ``dateparser`` is only a cached fallback (``fallback_value``).

Every expression becomes a ``TimeExpr`` (character span, kind, and a ``TimeValue`` when it can be
placed on the calendar). A ``TimeValue`` is an inclusive date interval plus its TIMEX3 value, so
"last month" on 2023-06-10 is 2023-05-01..2023-05-31, ``2023-05``, and "mid-2024" is
2024-04-01..2024-09-30, ``2024`` (TimeML keeps the "mid" in a separate ``mod`` attribute).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from .timex_base import (
    _DAY,
    _MOD,
    _MON,
    _MONTHS,
    _NUM,
    _ORDINALS,
    _PART_RE,
    _PARTS,
    _SEASONS,
    _UNIT,
    _WD,
    _WD_PREFIX,
    _WEEKDAYS,
    _YEAR,
    _YEAR_PREPS,
    EntityAt,
    Pattern,
    TenseAt,
    TimeExpr,
    TimeValue,
    _count,
    _Ctx,
    _expr,
    _gate,
    count_code,
    duration_timex,
    pattern_adder,
)
from .timex_kinds import PATTERNS as KIND_PATTERNS

__all__ = [
    "TimeExpr",
    "TimeValue",
    "count_code",
    "describe",
    "duration_timex",
    "entity_queries",
    "fallback_value",
    "find_expressions",
    "normalise",
]

# --- calendar helpers ---------------------------------------------------------------------------


def _month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _day(d: dt.date, approx: bool = False) -> TimeValue:
    return TimeValue(d, d, "day", d.isoformat(), approx)


def _week(d: dt.date) -> TimeValue:
    monday = d - dt.timedelta(days=d.weekday())
    iso = monday.isocalendar()
    return TimeValue(monday, monday + dt.timedelta(days=6), "week", f"{iso[0]}-W{iso[1]:02d}")


def _weekend(d: dt.date) -> TimeValue:
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    iso = saturday.isocalendar()
    return TimeValue(saturday, saturday + dt.timedelta(days=1), "weekend", f"{iso[0]}-W{iso[1]:02d}-WE")


def _month(y: int, m: int) -> TimeValue:
    a, b = _month_span(y, m)
    return TimeValue(a, b, "month", f"{y:04d}-{m:02d}")


def _year(y: int, mod: str | None = None) -> TimeValue:
    first, last = {
        None: (1, 12), "early": (1, 4), "mid": (4, 9), "late": (9, 12), "start": (1, 3),
        "end": (10, 12), "H1": (1, 6), "H2": (7, 12),
    }[mod]  # fmt: skip
    timex = f"{y:04d}-{mod}" if mod in ("H1", "H2") else f"{y:04d}"
    return TimeValue(dt.date(y, first, 1), _month_span(y, last)[1], "half" if mod in ("H1", "H2") else "year",
                     timex)


def _quarter(y: int, q: int) -> TimeValue:
    return TimeValue(_month_span(y, 3 * q - 2)[0], _month_span(y, 3 * q)[1], "quarter", f"{y:04d}-Q{q}")


def _season(y: int, code: str) -> TimeValue:
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    ey, em = _add_months(y, first, 2)
    return TimeValue(dt.date(y, first, 1), _month_span(ey, em)[1], "season", f"{y:04d}-{code}")


def _month_mod(v: TimeValue, mod: str | None) -> TimeValue:
    if mod is None or v.start is None or v.end is None:
        return v
    a, b = {"early": (1, 10), "start": (1, 10), "mid": (10, 20), "late": (20, 31), "end": (20, 31),
            "H1": (1, 15), "H2": (16, 31)}[mod]  # fmt: skip
    return replace(v, start=v.start.replace(day=a), end=v.start.replace(day=min(b, v.end.day)))


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, ref: dt.date, tense: str | None) -> int:
    """The year of a month (and day) written without one: the last occurrence for past tense, the
    next for future tense, else the nearest."""
    this = (month, day)
    now = (ref.month, ref.day)
    if tense == "past":
        return ref.year if this <= now else ref.year - 1
    if tense == "future":
        return ref.year if this >= now else ref.year + 1
    diff = (month - ref.month) + (day - ref.day) / 31
    if diff > 6:
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year


def _norm_mod(mod: str | None) -> str | None:
    if not mod:
        return None
    mod = mod.lower()
    if mod in ("early", "earlier") or any(w in mod for w in ("start", "beginning")):
        return "early" if mod in ("early", "earlier") else "start"
    if mod in ("late", "later"):
        return "late"
    if "end" in mod or "close" in mod:
        return "end"
    if mod == "mid" or "middle" in mod:
        return "mid"
    if "first half" in mod:
        return "H1"
    if "second half" in mod:
        return "H2"
    return None


# --- patterns -----------------------------------------------------------------------------------

_PATTERNS: list[Pattern] = []
_pattern = pattern_adder(_PATTERNS)

# Gates: a pattern only runs on a text where its cheap gate matches (most articles have no
# "ago", no quarter, no century...); this halves the scanning time.
_G_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_G_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_G_NUMSEP = re.compile(r"\d[-/]\d")
_G_WEEKDAY = re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun")
_G_DEICTIC = re.compile(r"(?i)\b(?:last|this|next|coming)\b")


def _wd(m: re.Match[str]) -> int | None:
    wd = m.groupdict().get("wd")
    return _WEEKDAYS[wd.lower()] if wd else None


@_pattern(r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)", priority=2, gate=_G_NUMSEP)
def _iso(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    return _expr(m, "absolute", _day(d)) if d else None


@_pattern(r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4})", priority=2, gate=_G_NUMSEP)
def _slashed(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    # Day-first or month-first cannot be told apart unless one part exceeds 12.
    if a > 12 >= b:
        d = _valid(y, b, a)
    elif b > 12 >= a or a == b:
        d = _valid(y, a, b)
    else:
        return None
    return _expr(m, "absolute", _day(d)) if d else None


@_pattern(rf"{_WD_PREFIX}{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}", priority=2, gate=_G_MONTH)
@_pattern(rf"{_WD_PREFIX}{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}", priority=2, gate=_G_MONTH)
def _full_date(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    d = _valid(int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"]))
    return _expr(m, "absolute", _day(d), weekday=_wd(m)) if d else None


@_pattern(rf"(?:the\s+)?{_WD_PREFIX}{_DAY}\s+(?:of\s+)?{_MON}", priority=1, gate=_G_MONTH)
@_pattern(rf"{_WD_PREFIX}{_MON}\s+{_DAY}(?!\s*(?:,\s*)?\d)", priority=1, gate=_G_MONTH)
def _day_month(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    month, day = _MONTHS[m["mon"].lower()], int(m["d"])
    if not 1 <= day <= 31 or _valid(2000, month, day) is None:  # 2000: leap year, admits 29 Feb
        return None
    value = None
    wd = _wd(m)
    if ctx.ref is not None:
        y = _infer_year(month, day, ctx.ref, ctx.tense(m.start()))
        if wd is not None:
            # A weekday pins the year: "Saturday, April 25" is the nearest 25 April that was a Saturday.
            fits = [c for c in (y, ctx.ref.year, ctx.ref.year - 1, ctx.ref.year + 1)
                    if (d := _valid(c, month, day)) is not None and d.weekday() == wd]
            y = fits[0] if fits else y
        d = _valid(y, month, day)
        value = _day(d) if d else None
    return _expr(m, "absolute", value, weekday=wd, year_explicit=False)


@_pattern(rf"(?:{_MOD}[\s-]+)?{_MON},?\s+(?:of\s+)?{_YEAR}", priority=1, gate=_G_MONTH)
def _month_year(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    mod = _norm_mod(m["mod"])
    v = _month_mod(_month(int(m["y"]), _MONTHS[m["mon"].lower()]), mod)
    return _expr(m, "absolute", v, mod=mod)


@_pattern(
    rf"(?:(?P<rel>last|next|this)\s+|(?:(?P<prep>in|since|until|till|by|from|through|during|of|to|and)\s+)?"
    rf"(?:{_MOD}[\s-]+)?){_MON}(?!\s*\d)",
    gate=_G_MONTH,
)
def _bare_month(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    if not (m["rel"] or m["prep"] or m["mod"]):  # "May", "June" alone are as often names or verbs
        return None
    month = _MONTHS[m["mon"].lower()]
    rel = (m["rel"] or "").lower()
    mod = _norm_mod(m["mod"])
    value = None
    if ctx.ref is not None:
        if rel == "last":
            y = ctx.ref.year if month < ctx.ref.month else ctx.ref.year - 1
        elif rel == "next":
            y = ctx.ref.year if month > ctx.ref.month else ctx.ref.year + 1
        elif rel == "this":
            y = ctx.ref.year
        else:
            y = _infer_year(month, 15, ctx.ref, ctx.tense(m.start()))
        value = _month_mod(_month(y, month), mod)
    start = m.start("rel") if m["rel"] else (m.start("mod") if m["mod"] else m.start("mon"))
    return TimeExpr(start, m.end(), m.string[start : m.end()], "absolute", value, year_explicit=False,
                    phrase=f"{rel} {m['mon']}".strip(), mod=mod)


@_pattern(
    rf"(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MON}(?:\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+"
    r"(?:of\s+)?(?P<which>last|this|next)\s+year",
    priority=2,
    gate=_G_MONTH,
)
def _month_of_relative_year(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "June last year", "3 March this year": a month placed by a deictic year."""
    if m.string[m.end("mon") : m.end("mon") + 1] == "." and m["which"][0].isupper():
        return None  # "... in Indonesia July/Sept. Last year's cut ...": a sentence ends after the month
    month = _MONTHS[m["mon"].lower()]
    day = int(m["d"] or m["d2"] or 0)
    value = None
    if ctx.ref is not None:
        y = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
        d = _valid(y, month, day) if day else None
        value = _day(d) if d else _month(y, month)
    phrase = re.sub(r"\s+", " ", m.group(0))
    return _expr(m, "relative", value, phrase=phrase)


@_pattern(rf"{_MOD}[\s-]+{_YEAR}", priority=1, gate=_G_YEAR)
def _mod_year(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    mod_text = m["mod"].lower()
    y = int(m["y"])
    for word, code in _SEASONS.items():
        if word in mod_text:
            return _expr(m, "absolute", _season(y, code))
    mod = _norm_mod(mod_text)
    return _expr(m, "absolute", _year(y, mod), mod=mod)


@_pattern(rf"(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}", priority=1, gate=_G_YEAR)
def _season_year(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    return _expr(m, "absolute", _season(int(m["y"]), _SEASONS[m["season"].lower()]))


@_pattern(
    r"(?:(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?|Q(?P<q>[1-4])\s+)"
    + _YEAR,
    priority=1,
    gate=_gate(r"quarter|Q[1-4]"),
)
def _quarter_year(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    q = int(m["q"]) if m["q"] else _ORDINALS[m["ord"].lower()]
    return _expr(m, "absolute", _quarter(int(m["y"]), q))


@_pattern(
    r"(?:the\s+)?(?:(?P<fiscal>fiscal)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?!\s+of\s+\d)",
    gate=_gate(r"quarter"),
)
def _bare_quarter(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    """ "the third quarter", "fourth-quarter (results)": the latest such quarter not after the
    reference (earnings copy reports quarters just ended). Its year is a guess, so the checks
    leave it alone (``year_explicit=False``, ``mod="guess"``)."""
    q = _ORDINALS[m["ord"].lower()]
    value = None
    if ctx.ref is not None and not m["fiscal"]:
        ref_q = (ctx.ref.month - 1) // 3 + 1
        y = ctx.ref.year if q <= ref_q else ctx.ref.year - 1
        if ctx.tense(m.start()) == "future" and q != ref_q:
            y = ctx.ref.year if q > ref_q else ctx.ref.year + 1
        value = _quarter(y, q)
    return _expr(m, "absolute", value, year_explicit=False, mod="guess")


@_pattern(rf"{_YEAR_PREPS}\s+(?:the\s+year\s+)?{_YEAR}", gate=_G_YEAR)
def _prep_year(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    if ctx.entity_at is not None and ctx.entity_at(m.start("y")) in ("CARDINAL", "QUANTITY", "MONEY"):
        return None
    start = m.start("y")
    return TimeExpr(start, m.end(), m.string[start : m.end()], "absolute", _year(int(m["y"])))


@_pattern(r"(?P<y>1[5-9]\d\d|20\d\d)(?:'s|’s)?", gate=_G_YEAR)
def _bare_year(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    # Without a preposition a four-digit number is a year only when the NER says DATE.
    if ctx.entity_at is None or ctx.entity_at(m.start()) != "DATE":
        return None
    return TimeExpr(m.start(), m.start() + 4, m["y"], "absolute", _year(int(m["y"])))


@_pattern(r"(?:the\s+)?(?P<dec>1[5-9]\d0|20\d0)['’]?s", gate=_G_YEAR)
def _decade(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    y = int(m["dec"])
    return _expr(m, "absolute", TimeValue(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade", str(y // 10)))


@_pattern(r"(?:the\s+)?(?P<c>1[5-9]|2[01])(?:st|nd|rd|th)[\s-]+century", gate=_gate("century"))
def _century(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    c = int(m["c"])
    first = (c - 1) * 100
    return _expr(m, "absolute", TimeValue(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century",
                                          f"{c - 1:02d}"))


# Deictic expressions ------------------------------------------------------------------------------

_DAY_WORDS = {
    "the day before yesterday": -2, "the day after tomorrow": 2, "day before yesterday": -2,
    "yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "tomorrow": 1,
}  # fmt: skip
_DAY_WORDS_RE = "|".join(sorted((re.escape(k) for k in _DAY_WORDS), key=len, reverse=True))


#: Day words that already name a part of the day.
_DAY_WORD_PARTS = {"tonight": "NI", "last night": "NI", "this morning": "MO", "this afternoon": "AF",
                   "this evening": "EV"}  # fmt: skip


@_pattern(
    rf"(?P<dw>{_DAY_WORDS_RE})(?:['’]s)?(?:\s+{_PART_RE})?(?:\s*(?:\(|,)\s*{_WD}\)?)?",
    priority=1,
    gate=_gate(r"yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)"),
)
def _day_word(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    if m["dw"] == "Today" and re.search(r"(?<![\w.])[A-Z]\w*[ \t]+$", m.string[max(0, m.start() - 20) : m.start()]):
        return None  # "Russia Today", "USA Today": a name
    phrase = re.sub(r"\s+", " ", m["dw"].lower())
    offset = _DAY_WORDS[phrase]
    part = _DAY_WORD_PARTS.get(phrase)
    if m["part"]:
        if part or phrase not in ("yesterday", "today", "tomorrow"):
            return None  # "this morning night", "the day after tomorrow morning": leave to shorter matches
        part = _PARTS[m["part"].lower()]
    value = _day(ctx.ref + dt.timedelta(days=offset)) if ctx.ref else None
    if value is not None and part:
        value = replace(value, timex=f"{value.timex}T{part}")  # still a day for the checks
    return _expr(m, "relative", value, weekday=_wd(m), phrase=phrase)


@_pattern(
    rf"(?:(?:over|in|during|for|within|throughout)\s+)?the\s+(?P<which>past|last|previous|preceding)\s+"
    rf"(?:{_NUM}\s+)?{_UNIT}",
    priority=1,
    gate=_gate(r"\b(?:past|last|previous|preceding)\b"),
)
def _past_range(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    n = _count(m["n"]) if m["n"] else 1
    unit = m["unit"].lower()
    value = None
    timex = duration_timex(count_code(m["n"]), unit)
    if ctx.ref is not None:
        start = _shift(ctx.ref, -n, unit)
        value = TimeValue(start, ctx.ref, "range", timex)
    return _expr(m, "relative", value, phrase=re.sub(r"\s+", " ", m.group(0).lower()))


@_pattern(r"(?:in\s+)?recent\s+(?P<unit>days|weeks|months|years)", priority=1, gate=_gate("recent"))
def _recent(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    value = TimeValue(None, None, "ref", "PAST_REF")  # as TempEval-3 mostly annotates "recent years"
    return _expr(m, "ref", value, phrase=m.group(0).lower())


@_pattern(rf"{_NUM}\s+{_UNIT}\s+(?P<dir>ago|earlier|from now|hence)", gate=_gate(r"\bago\b|from now|\bhence\b"))
def _ago(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    if m["dir"].lower() == "earlier":  # "two years earlier" is anaphoric: earlier than what the text says
        return None
    unit = m["unit"].lower()
    if count_code(m["n"]) == "X":  # "several years ago": some time back, no calendar interval
        ref_word = "PAST_REF" if m["dir"].lower() == "ago" else "FUTURE_REF"
        return _expr(m, "ref", TimeValue(None, None, "ref", ref_word), phrase=re.sub(r"\s+", " ", m.group(0).lower()))
    n = _count(m["n"])
    sign = -1 if m["dir"].lower() == "ago" else 1
    value = None
    if ctx.ref is not None:
        d = _shift(ctx.ref, sign * n, unit)
        # Approximate: "two weeks ago" rarely means exactly fourteen days.
        if unit == "day":
            value = _day(d)
        elif unit == "week":
            v = _week(d)
            value = replace(v, start=d - dt.timedelta(days=4), end=d + dt.timedelta(days=4), approx=True)
        elif unit == "month":
            v = _month(d.year, d.month)
            value = replace(v, start=_shift(d, -1, "month"), end=_shift(d, 1, "month"), approx=True)
        else:
            years = n * (10 if unit == "decade" else 1)
            y = ctx.ref.year + sign * years
            slack = max(1, years // 10)
            value = replace(_year(y), start=dt.date(y - slack, 1, 1), end=dt.date(y + slack, 12, 31),
                            approx=True)
    return _expr(m, "relative", value, phrase=re.sub(r"\s+", " ", m.group(0).lower()))


@_pattern(
    r"(?:(?P<mod>early|earlier|late|later|the (?:end|start|beginning|middle) of)\s+)?"
    r"(?P<which>last|this|next|the coming)\s+"
    r"(?P<unit>week(?:end)?|month|year|quarter(?![ -]centur)|decade|century|spring|summer|autumn|fall|winter)"
    r"(?:['’]s)?",
    gate=_G_DEICTIC,
)
def _this_next_last(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    which = m["which"].lower()
    if (
        which == "next"
        and not m["mod"]
        and re.search(r"\bthe\s+$", m.string[max(0, m.start() - 6) : m.start()], re.IGNORECASE)
        and ctx.tense(m.start()) == "past"
    ):
        return None  # "challenged it the next year": the year after the story's event, not after today
    k = {"last": -1, "this": 0, "next": 1, "the coming": 1}[which]
    unit = m["unit"].lower()
    mod = _norm_mod(m["mod"])
    value = None
    ref = ctx.ref
    if ref is not None:
        if unit == "week":
            value = _week(ref + dt.timedelta(weeks=k))
        elif unit == "weekend":
            # "this weekend" in the past tense is the one just gone ("occurred this weekend").
            past = k == 0 and ref.weekday() < 5 and ctx.tense(m.start()) == "past"
            value = _weekend(ref + dt.timedelta(weeks=-1 if past else k))
        elif unit == "month":
            value = _month_mod(_month(*_add_months(ref.year, ref.month, k)), mod)
        elif unit == "year":
            value = _year(ref.year + k, mod)
        elif unit == "quarter":
            y, mth = _add_months(ref.year, ref.month, 3 * k)
            value = _quarter(y, (mth - 1) // 3 + 1)
        elif unit == "decade":
            y = ref.year // 10 * 10 + 10 * k
            value = TimeValue(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade", str(y // 10))
        elif unit == "century":
            c = ref.year // 100 + k
            value = TimeValue(dt.date(c * 100, 1, 1), dt.date(c * 100 + 99, 12, 31), "century", f"{c:02d}")
        else:
            code = _SEASONS[unit]
            # The season containing the reference (winter starts in December).
            cur_y = ref.year if ref.month != 1 and ref.month != 2 else ref.year - 1
            cur = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
                ref.month, "FA")
            order = ["SP", "SU", "FA", "WI"]
            y = cur_y
            if k == -1:
                y = cur_y if order.index(code) < order.index(cur) else cur_y - 1
            elif k == 1:
                y = cur_y if order.index(code) > order.index(cur) else cur_y + 1
            elif code != cur and ctx.tense(m.start()) == "past" and order.index(code) > order.index(cur):
                y = cur_y - 1  # "this winter, Clovis began ..." in September: the winter just gone
            value = _season(y, code)
    phrase = f"{which} {unit}"
    if m["mod"]:
        phrase = f"{m['mod'].lower()} {phrase}"
    return _expr(m, "relative", value, phrase=phrase, mod=mod)


@_pattern(
    rf"(?:(?P<rel>last|this|next|on|since|until|by|from|early|late)\s+)?{_WD}(?:\s+{_PART_RE})?"
    r"(?!\s*,?\s*(?:the\s+)?\d)",
    gate=_G_WEEKDAY,
)
def _weekday(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    wd = _WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    if len(m["wd"]) <= 3 and not rel:  # "Sat", "Sun", "Wed" alone are too often something else
        return None
    before = max(0, m.start() - 30)
    if not rel and (
        _PLACED_WEEKDAY.search(m.string, before, m.start())
        or (_SOME_WEEKDAY.search(m.string, before, m.start()) and _WEEKDAY_ENDS.match(m.string, m.end()))
    ):
        return None  # "that Friday", "the following Monday", "on a June Saturday in 1961": not deictic
    value = None
    ref = ctx.ref
    if ref is not None:
        back = (ref.weekday() - wd) % 7
        ahead = (wd - ref.weekday()) % 7
        tense = ctx.tense(m.start("wd"))
        if rel == "last":
            d = ref - dt.timedelta(days=back or 7)
        elif rel == "next":
            d = ref + dt.timedelta(days=ahead or 7)
        elif rel == "this":
            d = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=wd)
        elif tense == "future" or rel == "until":
            d = ref + dt.timedelta(days=ahead)
        elif tense == "past" or rel == "since":
            d = ref - dt.timedelta(days=back)
        else:
            d = ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)
        value = _day(d)
        if m["part"]:  # "Tuesday morning": still that day for the checks, TIMEX3 adds TMO
            value = replace(value, timex=f"{value.timex}T{_PARTS[m['part'].lower()]}")
    start = m.start("rel") if rel in ("last", "this", "next") else m.start("wd")
    return TimeExpr(start, m.end(), m.string[start : m.end()], "weekday", value, weekday=wd,
                    phrase=m.string[start : m.end()].lower())


#: Words before a weekday that make it one the story has already placed, or every one, rather than
#: the one nearest the date of writing: "that Friday", "the following Monday", "each Tuesday".
_PLACED_WEEKDAY = re.compile(r"\b(?:that|same|following|previous|every|each)\s+(?:[A-Z][a-z]+\s+)?$")
#: "a Saturday", "one June Saturday": some weekday, when the weekday is the phrase's head ("on a
#: June Saturday in 1961"), not when it only describes a noun ("a Sunday night memorial service").
_SOME_WEEKDAY = re.compile(r"\b(?:an?|one)\s+(?:[A-Z][a-z]+\s+)?$")
_WEEKDAY_ENDS = re.compile(r"\s*(?:[.,;:)!?]|$|(?:in|of|at|on|when|during|before|after|and|or)\b)")


@_pattern(r"(?P<w>now|currently|at present|nowadays|these days|right now)", priority=-1)
@_pattern(r"(?P<w>recently|lately|previously|formerly|in the past|the past|at the time)", priority=-1)
@_pattern(r"(?P<w>(?:in )?the future|soon|in the coming (?:days|weeks|months|years))", priority=-1)
def _ref_word(m: re.Match[str], ctx: _Ctx) -> TimeExpr | None:
    w = m["w"].lower()
    if w in ("now", "currently", "at present", "nowadays", "these days", "right now"):
        timex = "PRESENT_REF"
    elif "future" in w or "coming" in w or w == "soon":
        timex = "FUTURE_REF"
    else:
        timex = "PAST_REF"
    return _expr(m, "ref", TimeValue(None, None, "ref", timex), phrase=w)


def _shift(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, m = _add_months(d.year, d.month, months)
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# --- public API ---------------------------------------------------------------------------------


def _candidates(text: str, ctx: _Ctx) -> Iterator[tuple[TimeExpr, int]]:
    open_gates: dict[int, bool] = {}
    for regex, handler, priority, gate in (*_PATTERNS, *KIND_PATTERNS):
        if gate is not None:
            key = id(gate)
            if key not in open_gates:
                open_gates[key] = gate.search(text) is not None
            if not open_gates[key]:
                continue
        for m in regex.finditer(text):
            expr = handler(m, ctx)
            if expr is not None:
                yield expr, priority


def find_expressions(
    text: str,
    ref: dt.date | None = None,
    *,
    tense_at: TenseAt | None = None,
    entity_at: EntityAt | None = None,
) -> list[TimeExpr]:
    """All date expressions in ``text``, in order, without overlaps.

    :param ref: the reference date (publication date) relative expressions resolve against;
        without one they are returned with ``value=None``.
    :param tense_at: optional "past"/"future"/None for a character offset, used to place bare
        months and weekdays ("in August", "on Friday") before or after the reference.
    :param entity_at: optional NER label at a character offset; bare four-digit numbers count as
        years only when it says DATE, and "in 2000" is dropped when it says CARDINAL.
    """
    ctx = _Ctx(ref, tense_at, entity_at)
    cands = sorted(_candidates(text, ctx), key=lambda c: (-(c[0].end - c[0].start), -c[1], c[0].start))
    taken: list[TimeExpr] = []
    for expr, _ in cands:
        if all(expr.end <= t.start or expr.start >= t.end for t in taken):
            taken.append(expr)
    taken.sort(key=lambda e: e.start)
    return _date_clock_times(text, taken, ref)


_CLOCK_THEN_DAY = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?")
_DAY_THEN_CLOCK = re.compile(r"[ \t]*,?[ \t]*(?:at|by|around|about|from|until|before|after)?[ \t]*")


def _date_clock_times(text: str, exprs: list[TimeExpr], ref: dt.date | None) -> list[TimeExpr]:
    """Give each clock time ("3 p.m.", kind "time") its day: the day expression right beside it
    ("3 p.m. Wednesday", "yesterday at 3 p.m.") or else the reference date."""
    out = list(exprs)
    for i, e in enumerate(out):
        if e.kind != "time" or e.value is None or e.value.start is not None:
            continue
        day = None
        for j in (i + 1, i - 1):
            if not 0 <= j < len(out):
                continue
            other = out[j]
            if other.value is None or other.value.gran != "day" or other.value.start is None:
                continue
            gap = text[e.end : other.start] if j > i else text[other.end : e.start]
            if (_CLOCK_THEN_DAY if j > i else _DAY_THEN_CLOCK).fullmatch(gap):
                day = other.value.start
                break
        if day is None:
            day = ref
        if day is None:
            out[i] = replace(e, value=None)
            continue
        clock = e.value.timex or ""
        out[i] = replace(e, value=TimeValue(day, day, "time", f"{day.isoformat()}{clock}"))
    return out


#: Every offset ``find_expressions`` may pass to ``entity_at``: the start of a four-digit year
#: (``_prep_year`` and ``_bare_year`` ask there and nowhere else). A superset is harmless.
_ENTITY_QUERY = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")


def entity_queries(text: str) -> Iterator[int]:
    """The character offsets at which ``find_expressions(text, entity_at=...)`` may read an
    entity label (so a caller can have NER run over just those sentences beforehand)."""
    return (m.start() for m in _ENTITY_QUERY.finditer(text))


def normalise(phrase: str, ref: dt.date | None = None, tense: str | None = None) -> TimeValue | None:
    """The value of one date expression, e.g. ``normalise("last month", date(2023, 6, 10))``.

    Uses the longest expression found in ``phrase``; returns None when there is none or it cannot
    be placed (a relative phrase without ``ref``). Bare four-digit years count here.
    """
    exprs = find_expressions(
        phrase, ref, tense_at=(lambda _pos: tense), entity_at=lambda _pos: "DATE"
    )
    best = max(exprs, key=lambda e: e.end - e.start, default=None)
    return best.value if best is not None else None


_DATEISH = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\b|$)"
    r"|\b(?:ago|last|next|yesterday|tomorrow|today|tonight)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def fallback_value(phrase: str, ref: dt.date | None) -> TimeValue | None:
    """``dateparser``'s reading of a phrase our patterns do not cover (slow; cached).

    Only day, week, month and year readings are kept; anything else is None.
    """
    if not _DATEISH.search(phrase):
        return None  # dateparser reads bare durations ("five years") as dates in the past
    parser = _date_parser(ref)
    if parser is None:
        return None
    try:
        got = parser.get_date_data(phrase)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if got is None or got.date_obj is None:
        return None
    d = got.date_obj.date()
    readings = {"day": _day, "week": _week, "month": lambda x: _month(x.year, x.month),
                "year": lambda x: _year(x.year)}
    make = readings.get(got.period or "")
    return make(d) if make else None


@functools.lru_cache(maxsize=16)
def _date_parser(ref: dt.date | None) -> Any:
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is optional at run time
        return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if ref is None:
        settings["REQUIRE_PARTS"] = ["year"]
    else:
        settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
    return DateDataParser(languages=["en"], settings=settings)


def describe(value: TimeValue) -> str:
    """A human reading of a value: "3 January 2023", "May 2023", "the week of 29 May 2023", "2023"."""
    s = value.start
    if s is None or value.end is None:
        return value.timex or "an unknown date"
    if value.approx and value.mid is not None:
        m = value.mid
        if value.gran in ("day", "week"):
            return f"around {_dmy(m)}"
        if value.gran == "month":
            return f"around {calendar.month_name[m.month]} {m.year}"
        return f"around {m.year}"
    if value.gran == "day":
        return _dmy(s)
    if value.gran in ("week", "weekend"):
        return f"the {value.gran} of {_dmy(s)}"
    if value.gran == "month":
        return f"{calendar.month_name[s.month]} {s.year}"
    if value.gran == "year":
        return str(s.year)
    if value.gran == "quarter":
        return value.timex or ""
    if value.gran == "decade":
        return f"the {s.year}s"
    e = value.end
    return f"{_dmy(s)} – {_dmy(e)}"


def _dmy(d: dt.date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"
