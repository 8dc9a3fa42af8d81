"""(e) Date arithmetic the article states and gets wrong: ages, anniversaries, "N years later".

- Ages: "Smith, born in 1980, died in 2019 at the age of 35" (he was 38 or 39).
- Anniversaries: "the club, founded in 1998, celebrates its 30th anniversary this year" (2024: 26th).
- Intervals: "The war began in 1990. Five years later, in 1997, ..." (seven years).

Each statement must be tied to its partner in the text (same sentence, or an unambiguous
neighbour); a year the statement does not give is taken from a date in the same sentence, else
from the reference date when the statement is in the present tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scorer import Finding

from .checks import Context, later_first
from .syntax import tense_of
from .timex import TimeExpr

__all__ = ["age_mismatches", "anniversary_mismatches", "interval_mismatches"]

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "a": 1, "a hundred": 100, "one hundred": 100,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "one hundredth": 100,
}  # fmt: skip
_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + ")"

_AGE = re.compile(
    r"\b(?:at\s+the\s+age\s+of|aged|age)\s+(?P<age>\d{1,3})\b|\b(?P<age2>\d{1,3})[-\s]years?[-\s]old\b",
    re.IGNORECASE,
)
# Only words may stand between the verb and its date: "born in Lima in 1980", not "born in 1980, died in".
_BORN = re.compile(r"\bborn(?:[ \t]+[A-Za-z]+){0,4}[ \t]*$", re.IGNORECASE)
_FOUNDED = re.compile(
    r"\b(?:founded|established|formed|created|set\s+up|launched|opened|built|incorporated|started"
    r"|inaugurated|began)(?:[ \t]+[A-Za-z]+){0,4}[ \t]*$",
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile(
    r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")\s+(?P<what>anniversary|birthday)\b|\b(?P<cent>centenary|centennial|bicentenary|bicentennial)\b",
    re.IGNORECASE,
)
_INTERVAL = re.compile(
    # "five years earlier than expected" measures from an expectation, not from a date the text gives
    rf"\b{_NUM}\s+(?P<unit>years?|decades?)\s+(?P<dir>later|after|afterwards|earlier|before)\b(?!\s+than\b)",
    re.IGNORECASE,
)
_ROUGHLY = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|some|over|more\s+than|less\s+than|under|just\s+over"
    r"|just\s+under|close\s+to)\s*$",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\b(?:until|till|through|to|up\s+to)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_APPOSED = re.compile(r"[ \t,;(–—-]*(?:(?:in|on|by)[ \t]+)?", re.IGNORECASE)


@dataclass(frozen=True)
class _When:
    year_lo: int
    year_hi: int
    text: str


def age_mismatches(ctx: Context) -> list[Finding]:
    """Stated ages that do not fit a stated birth year at the time the age refers to."""
    births = [e for e in _placed(ctx) if _BORN.search(ctx.text[max(0, e.start - 30) : e.start])]
    if not births:
        return []
    findings = []
    for m in _AGE.finditer(ctx.text):
        age = int(m["age"] or m["age2"])
        sent = ctx.index.sentence_of(m.start())
        birth = _partner(ctx, births, m.start(), sent)
        if birth is None:
            continue
        when = _time_of(ctx, m.start(), m.end(), exclude=birth)
        if when is None:
            continue
        b = birth.value.start.year  # type: ignore[union-attr]
        lo, hi = when.year_lo - b - 1, when.year_hi - b  # the birthday may not have come yet
        if lo <= age <= hi:
            continue
        expected = f"{lo} or {hi}" if hi == lo + 1 else f"{lo}–{hi}"
        (start, end), related = later_first((m.start(), m.end()), _born_span(ctx, birth))
        findings.append(
            Finding(
                start,
                end,
                f"'{m.group(0)}' does not fit a birth in {b} ('{_born_phrase(ctx, birth)}'): in {when.text} "
                f"that person was {expected}",
                0.6,
                related=related,
            )
        )
    return findings


def anniversary_mismatches(ctx: Context) -> list[Finding]:
    """"Its 30th anniversary" that does not match the founding year at the time it is marked."""
    starts = [e for e in _placed(ctx) if _FOUNDED.search(ctx.text[max(0, e.start - 30) : e.start])]
    births = [e for e in _placed(ctx) if _BORN.search(ctx.text[max(0, e.start - 30) : e.start])]
    findings = []
    for m in _ANNIVERSARY.finditer(ctx.text):
        n = _ordinal(m)
        pool = births if (m["what"] or "").lower() == "birthday" else starts
        origin = _partner(ctx, pool, m.start(), ctx.index.sentence_of(m.start()))
        if origin is None:
            continue
        when = _time_of(ctx, m.start(), m.end(), exclude=origin)
        if when is None:
            continue
        o = origin.value.start.year  # type: ignore[union-attr]
        if when.year_lo - o <= n <= when.year_hi - o:
            continue
        span = when.year_lo - o if when.year_lo == when.year_hi else f"{when.year_lo - o}–{when.year_hi - o}"
        (start, end), related = later_first((m.start(), m.end()), _born_span(ctx, origin))
        findings.append(
            Finding(
                start,
                end,
                f"'{m.group(0)}' in {when.text} does not fit '{_born_phrase(ctx, origin)}': that is {span} years, "
                f"not {n}",
                0.6,
                related=related,
            )
        )
    return findings


def interval_mismatches(ctx: Context) -> list[Finding]:
    """"Five years later, in 1997" when the date it counts from is 1990."""
    placed = [e for e in _placed(ctx) if e.kind == "absolute"]
    findings = []
    for m in _INTERVAL.finditer(ctx.text):
        if _ROUGHLY.search(ctx.text[max(0, m.start() - 30) : m.start()]):
            continue  # "approximately one year later": no date can contradict it
        n = _count(m["n"]) * (10 if m["unit"].lower().startswith("decade") else 1)
        after = m["dir"].lower() in ("later", "after", "afterwards")
        # The date the phrase lands on: in apposition ("five years later, in 1997").
        target = next((e for e in placed if e.start >= m.end() and _APPOSED.fullmatch(ctx.text[m.end() : e.start])),
                      None)
        if target is None:
            target = next((e for e in placed if e.end <= m.start()
                           and _APPOSED.fullmatch(ctx.text[e.end : m.start()])), None)
        if target is None:
            continue
        origin = _interval_origin(ctx, m, placed, target)
        if origin is None or _UNTIL.search(ctx.text[max(0, origin.start - 20) : origin.start]):
            continue  # "held the belt until late June 2007": the end of a span, not the event counted from
        diff = target.value.start.year - origin.value.start.year  # type: ignore[union-attr]
        if not after:
            diff = -diff
        if abs(diff - n) <= (1 if n >= 2 else 0):
            continue
        (start, end), related = later_first((min(m.start(), target.start), max(m.end(), target.end)),
                                            _born_span(ctx, origin))
        findings.append(
            Finding(
                start,
                end,
                f"'{m.group(0)}' lands on {target.text}, but from {_quoted(ctx, origin)} that is {abs(diff)} years",
                0.5,
                related=related,
            )
        )
    return findings


def _interval_origin(ctx: Context, m: re.Match[str], placed: list[TimeExpr], target: TimeExpr) -> TimeExpr | None:
    sent = ctx.index.sentence_of(m.start())
    # "seven years after the 2004 tsunami": the origin follows the phrase; "a year after he
    # suffered a stroke" counts from the stroke, which has no date here: no origin at all.
    if m["dir"].lower() in ("after", "before"):
        nxt = next((e for e in placed if e is not target and 0 <= e.start - m.end() <= 30
                    and ctx.index.sentence_of(e.start) == sent), None)
        if nxt is not None or re.match(r"[ \t]*[\w\"“'‘$]", ctx.text[m.end() : m.end() + 3]):
            return nxt
    # "The war began in 1990. Five years later, ...": the nearest date before it.
    before = [e for e in placed if e is not target and e.end <= m.start()
              and sent - 1 <= ctx.index.sentence_of(e.start) <= sent and e.start < target.start]
    return before[-1] if before else None


def _born_span(ctx: Context, e: TimeExpr) -> tuple[int, int]:
    """Where the words giving a birth or founding date start and end: "born in 1980"."""
    head = ctx.text[max(0, e.start - 30) : e.start]
    m = _BORN.search(head) or _FOUNDED.search(head)
    return (e.start - len(head) + m.start() if m else e.start), e.end


def _quoted(ctx: Context, e: TimeExpr) -> str:
    """ "1990 ('began in 1990')", or just "2004" when no verb gives the date."""
    phrase = _born_phrase(ctx, e)
    return e.text if phrase == e.text else f"{e.text} ('{phrase}')"


def _born_phrase(ctx: Context, e: TimeExpr) -> str:
    start, end = _born_span(ctx, e)
    return ctx.text[start:end]


def _placed(ctx: Context) -> list[TimeExpr]:
    return [e for e in ctx.exprs if e.value is not None and e.value.start is not None and e.year_explicit
            and e.kind == "absolute" and e.value.gran in ("day", "month", "year")]


def _partner(ctx: Context, pool: list[TimeExpr], pos: int, sent: int) -> TimeExpr | None:
    """The birth or founding date a statement refers to: in its sentence, else the only one within
    the three sentences before it."""
    same = [e for e in pool if ctx.index.sentence_of(e.start) == sent]
    if same:
        return min(same, key=lambda e: abs(e.start - pos))
    near = [e for e in pool if sent - 3 <= ctx.index.sentence_of(e.start) < sent]
    return near[0] if len(near) == 1 and len(pool) == 1 else None


def _time_of(ctx: Context, start: int, end: int, exclude: TimeExpr) -> _When | None:
    """The year a statement holds in: a date in its sentence, else the reference date when it is
    told in the present or future tense."""
    sent = ctx.index.sentence_of(start)
    dated = [e for e in ctx.exprs if e is not exclude and e.value is not None and e.value.start is not None
             and e.value.end is not None and e.value.gran in ("day", "week", "month", "season", "year")
             and ctx.index.sentence_of(e.start) == sent and e.start != ctx.reference.start]
    if dated:
        e = min(dated, key=lambda e: min(abs(e.start - end), abs(start - e.end)))
        between = ctx.text[min(e.end, end) : max(e.start, start)]
        if re.search(r"\b(?:but|and|while|whereas|although|until)\b|;", between):
            # "did not attend the 2004 Olympics, but returned ... at the age of 30": another clause's date
            return None
        v = e.value
        text = e.text if e.kind == "absolute" else f"{v.start.year} ('{e.text}')"  # type: ignore[union-attr]
        return _When(v.start.year, v.end.year, text)  # type: ignore[union-attr]
    ref = ctx.reference.date
    if ref is None:
        return None
    tok = ctx.index.token_at(start)
    verb = ctx.index.governing_verb(tok.idx, tok.idx + len(tok)) if tok is not None else None
    if verb is not None and tense_of(verb) == "past":
        return None  # a past age or anniversary with no date: we do not know when
    return _When(ref.year, ref.year, f"{ref.year} ({ctx.reference.label})")


def _ordinal(m: re.Match[str]) -> int:
    if m["cent"]:
        return 200 if m["cent"].lower().startswith("bi") else 100
    o = m["ord"].lower()
    return int(o[:-2]) if o[0].isdigit() else _ORDINAL_WORDS[o]


def _count(n: str) -> int:
    n = re.sub(r"\s+", " ", n.lower())
    return int(n) if n.isdigit() else _WORD_NUMBERS[n]
