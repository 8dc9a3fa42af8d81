"""Plant one controlled contradiction in a copy of a real article (for contradiction_planted.py).

Every planter takes the original text, its publication date and a seeded ``random.Random`` and
returns a ``Plant`` (the new text, the publication date to score it with, and the character span
where the contradiction sits) or None when the article offers no place for it. The inserted
sentences are written here from templates with invented content; nothing is copied from a corpus.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from misinfo_scorer_plugins.internal_contradiction.counts import counted_lists
from misinfo_scorer_plugins.internal_contradiction.syntax import DocIndex
from misinfo_scorer_plugins.internal_contradiction.timex import TimeExpr, TimeValue, find_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty")  # fmt: skip
# Invented names for inserted lists (no corpus text).
_PLACES = ("Alderton", "Brockley", "Cresswell", "Dunmore", "Elsworth", "Farnham", "Glenrock", "Halston")
_GROUPS = ("the Harbor Alliance", "the Civic League", "the River Trust", "the Open Roads Council",
           "the Valley Forum", "the Northern Guild")  # fmt: skip
_NOUNS = (("towns", _PLACES), ("organizations", _GROUPS))


@dataclass(frozen=True)
class Plant:
    kind: str  # which check should find it: "relative", "weekday", "count", "pubdate", "tense"
    source: str  # "inserted" or "edited" (an existing expression changed)
    text: str
    published: dt.date
    start: int
    end: int
    note: str = ""  # for edited relative/pubdate plants: how close the pair is (``Pair.note``)


#: What a finding's message says for each check, so a plant counts as found only by its own check.
FOUND_BY = {"relative": " points to ", "pubdate": " points to ", "weekday": ", not a ", "count": " named: ",
            "tense": " is after the article's date"}  # fmt: skip


def fmt_date(d: dt.date, style: int) -> str:
    """A day date in one of three news styles."""
    if style == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    abbr = MONTHS[d.month - 1][:3] + ("." if len(MONTHS[d.month - 1]) > 4 else "")
    return f"{abbr} {d.day}, {d.year}" if MONTHS[d.month - 1] != "May" else f"May {d.day}, {d.year}"


def _insertion_point(text: str, rng: random.Random) -> int | None:
    """A sentence boundary in the middle half of the text, where a new sentence can start."""
    spots = [m.end() for m in re.finditer(r"[.!?][\"”’]?[ \t]+(?=[A-Z])|\n\n(?=[A-Z])", text)]
    n = len(text)
    middle = [s for s in spots if n * 0.25 <= s <= n * 0.8] or spots
    return rng.choice(middle) if middle else None


def _insert(text: str, before: str, phrase: str, after: str, rng: random.Random) -> tuple[str, int, int] | None:
    """Insert the sentence ``before + phrase + after`` at a sentence boundary; returns the new text and
    the span of ``phrase`` in it (what the check must find), or None when the text has no boundary."""
    at = _insertion_point(text, rng)
    if at is None:
        return None
    sep = "" if text[at - 1].isspace() else " "
    new = text[:at] + sep + before + phrase + after + " " + text[at:]
    start = at + len(sep) + len(before)
    return new, start, start + len(phrase)


def _month_back(d: dt.date, k: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 - k, 12)
    return dt.date(y, m + 1, min(d.day, 28))


# --- (a) a relative expression and an explicit date that disagree -----------------------------


def relative_inserted(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    """Insert "Last month, on <a date two months back>, ..." (or last week / yesterday / last year)."""
    style = rng.randrange(3)
    choice = rng.randrange(4)
    if choice == 0:
        rel, date = "Last month, on", fmt_date(_month_back(pub, 2).replace(day=rng.randint(3, 25)), style)
        rest = "officials met to review the plan."
    elif choice == 1:
        rel, date = "Last week, on", fmt_date(pub - dt.timedelta(days=rng.randint(20, 40)), style)
        rest = "the committee held a hearing on the matter."
    elif choice == 2:
        rel, date = "Yesterday,", fmt_date(pub - dt.timedelta(days=rng.randint(5, 12)), style)
        rest = "the agency issued a short statement."
    else:
        rel, date = "Last year, in", str(pub.year - rng.randint(2, 4))
        rest = "the group published a report on the issue."
    got = _insert(text, "", f"{rel} {date}", f", {rest}", rng)
    if got is None:
        return None
    new, start, end = got
    return Plant("relative", "inserted", new, pub, start, end)


@dataclass(frozen=True)
class Pair:
    """An existing relative expression and an explicit date near it that agree."""

    rel: TimeExpr
    exp: TimeExpr
    note: str  # "close: same clause" (at most 25 characters apart), "same sentence" or "adjacent sentence"

    @property
    def start(self) -> int:
        return min(self.rel.start, self.exp.start)

    @property
    def end(self) -> int:
        return max(self.rel.end, self.exp.end)


_REL_GRANS = ("day", "week", "weekend", "month", "year")


def linked_pairs(text: str, pub: dt.date, doc: Doc) -> list[Pair]:
    """Agreeing relative+explicit pairs in one sentence or two adjacent ones of one paragraph.

    These are the article's own "yesterday ... on Nov. 10" pairs; whether both name the same event
    is not checked here, so an edit that breaks the pair is a contradiction by construction only.
    """
    index = DocIndex(doc)
    exprs = find_expressions(text, pub, tense_at=index.tense_at, entity_at=index.entity_at)
    pairs = []
    for rel in exprs:
        if rel.kind != "relative" or rel.value is None or rel.value.gran not in _REL_GRANS:
            continue
        s_rel = index.sentence_of(rel.start)
        best: Pair | None = None
        for exp in exprs:
            if exp.kind != "absolute" or exp.value is None or exp.value.gran not in ("day", "month", "year"):
                continue
            if exp.mod or not rel.value.overlaps(exp.value):
                continue
            lo, hi = min(rel.end, exp.end), max(rel.start, exp.start)
            if hi < lo or "\n" in text[lo:hi]:
                continue  # overlapping, or across a paragraph, headline or dateline
            gap = abs(index.sentence_of(exp.start) - s_rel)
            if gap > 1:
                continue
            close = hi - lo <= 25 and not re.search(r"[.;]", text[lo:hi])
            note = "close: same clause" if close else "same sentence" if gap == 0 else "adjacent sentence"
            pair = Pair(rel, exp, note)
            if best is None or abs(exp.start - rel.start) < abs(best.exp.start - rel.start):
                best = pair
        if best is not None:
            pairs.append(best)
    return pairs


def _window(rel: TimeExpr, pub: dt.date) -> TimeValue | None:
    """Where the relative expression points, read against ``pub`` and the day before (as the check does)."""
    got = [e.value for d in (pub, pub - dt.timedelta(days=1)) for e in find_expressions(rel.text, d)[:1] if e.value]
    if not got:
        return None
    return got[0].hull(got[-1])


def _disagree(rel: TimeExpr, exp_value: TimeValue | None, pub: dt.date) -> bool:
    window = _window(rel, pub)
    return window is not None and exp_value is not None and not window.overlaps(exp_value)


_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?")


def _month_word(old: str, month: int) -> str:
    """The name of ``month`` written the way ``old`` was: in full, or abbreviated (AP style keeps
    May, June and July whole)."""
    full = MONTHS[month - 1]
    if old.rstrip(".") in MONTHS or full in ("May", "June", "July"):
        return full
    return ("Sept" if full == "September" and old.startswith("Sept") else full[:3]) + ("." if old.endswith(".") else "")


def relative_edited(text: str, pub: dt.date, doc: Doc, rng: random.Random) -> Plant | None:
    """Shift the explicit date of an existing agreeing pair so they disagree: its year back two
    years when it has one ("last year, in 2015" -> 2013), else its month back three ("yesterday,
    Nov. 10" -> "Aug. 10")."""
    pairs = linked_pairs(text, pub, doc)
    rng.shuffle(pairs)
    for pair in pairs:
        exp = pair.exp
        year = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", exp.text)
        if exp.year_explicit and year:
            a, b = exp.start + year.start(), exp.start + year.end()
            new_word = str(int(year.group(0)) - 2)
        else:
            mon = _MONTH_WORD.search(exp.text)
            if mon is None:
                continue
            month = next(i for i, m in enumerate(MONTHS, 1) if m[:3] == mon.group(0)[:3])
            new_month = (month - 4) % 12 + 1
            a, b = exp.start + mon.start(), exp.start + mon.end()
            new_word = _month_word(mon.group(0), new_month)
        new = text[:a] + new_word + text[b:]
        shift = len(new_word) - (b - a)
        new_exp = find_expressions(new[exp.start : exp.end + shift], pub)
        if not new_exp or not _disagree(pair.rel, new_exp[0].value, pub):
            continue
        end = pair.end + (shift if pair.exp.end >= pair.rel.end else 0)
        return Plant("relative", "edited", new, pub, pair.start, end, pair.note)
    return None


# --- (b) a weekday that does not fit its date ---------------------------------------------------


def weekday_inserted(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    d = pub - dt.timedelta(days=rng.randint(8, 60))
    wrong = WEEKDAYS[(d.weekday() + rng.randint(1, 6)) % 7]
    phrase = f"{wrong}, {fmt_date(d, rng.randrange(3))}"
    got = _insert(text, "The hearing took place on ", phrase, ", according to the schedule.", rng)
    if got is None:
        return None
    new, start, end = got
    return Plant("weekday", "inserted", new, pub, start, end)


def weekday_edited(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    """Swap the weekday of an existing, correct "Tuesday, Oct. 9, 2024"."""
    cands = [
        e for e in find_expressions(text, pub)
        if e.weekday is not None and e.kind in ("absolute", "relative") and e.value is not None
        and e.value.gran == "day" and e.value.start.weekday() == e.weekday and WEEKDAYS[e.weekday] in e.text
    ]  # fmt: skip
    if not cands:
        return None
    e = rng.choice(cands)
    wrong = WEEKDAYS[(e.weekday + rng.randint(1, 6)) % 7]
    k = e.start + e.text.index(WEEKDAYS[e.weekday])
    new = text[:k] + wrong + text[k + len(WEEKDAYS[e.weekday]) :]
    return Plant("weekday", "edited", new, pub, e.start, e.end + len(wrong) - len(WEEKDAYS[e.weekday]))


# --- (f) a count that its list contradicts -------------------------------------------------------


def count_inserted(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    noun, names = rng.choice(_NOUNS)
    k = rng.randint(2, 4)
    items = rng.sample(names, k)
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    intro = rng.choice([": ", " — ", ", namely ", ", including ", ", "])
    if intro == ", including ":
        n = k - 1 if k > 2 else None  # a partial list contradicts only by naming more
        if n is None:
            return None
    else:
        n = rng.choice([m for m in (k - 1, k + 1) if m >= 2])
    tail = ", the report said." if intro == ", " else "."
    got = _insert(text, "Inspectors later visited ", f"{NUMBER_WORDS[n]} {noun}{intro}{listed}", tail, rng)
    if got is None:
        return None
    new, start, end = got
    return Plant("count", "inserted", new, pub, start, end)


def count_edited(text: str, pub: dt.date, doc: Doc, rng: random.Random) -> Plant | None:
    """Change the count of an existing, consistent "three hopefuls: A, B and C"."""
    cands = [c for c in counted_lists(doc) if len(c.items) == c.count and not c.open_ended]
    if not cands:
        return None
    c = rng.choice(cands)
    n = c.count - 1 if c.mode == "partial" else rng.choice([m for m in (c.count - 1, c.count + 1) if m >= 2])
    if c.mode == "partial" and n < 2:
        return None
    tok = doc[c.num]
    word = NUMBER_WORDS[n].capitalize() if tok.text[0].isupper() else NUMBER_WORDS[n]
    word = str(n) if tok.text.isdigit() else word
    last = doc[c.items[-1][1] - 1]
    new = text[: tok.idx] + word + text[tok.idx + len(tok) :]
    return Plant("count", "edited", new, pub, tok.idx, last.idx + len(last) + len(word) - len(tok))


# --- (a) via the publication date: "yesterday, <date>" stops fitting when the date moves --------


def pubdate_inserted(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    """Insert a consistent "Yesterday, <pub - 1>, ..." and move the publication date 30-90 days on."""
    style = rng.randrange(3)
    if rng.random() < 0.5:
        rel, date = "Yesterday,", fmt_date(pub - dt.timedelta(days=1), style)
        rest = "the agency issued a short statement."
    else:
        d = pub - dt.timedelta(days=pub.weekday() + 7 - rng.randint(0, 4))
        rel, date = "Last week, on", fmt_date(d, style)
        rest = "the committee held a hearing on the matter."
    got = _insert(text, "", f"{rel} {date}", f", {rest}", rng)
    if got is None:
        return None
    new, start, end = got
    moved = pub + dt.timedelta(days=rng.randint(30, 90))
    return Plant("pubdate", "inserted", new, moved, start, end)


def pubdate_edited(text: str, pub: dt.date, doc: Doc, rng: random.Random) -> Plant | None:
    """Move the publication date so an existing agreeing pair ("yesterday, Nov. 10, 2015") no
    longer agrees: by one to two months, or over a year when the relative side is a year."""
    pairs = linked_pairs(text, pub, doc)
    rng.shuffle(pairs)
    for pair in pairs:
        lo, hi = (370, 500) if pair.rel.value.gran == "year" else (40, 120)  # type: ignore[union-attr]
        moved = pub + dt.timedelta(days=rng.randint(lo, hi))
        # A year-less date is read against the publication date too ("Nov. 10" moves with it).
        exp_value = pair.exp.value
        if not pair.exp.year_explicit:
            again = find_expressions(pair.exp.text, moved)
            exp_value = again[0].value if again else None
        if _disagree(pair.rel, exp_value, moved):
            return Plant("pubdate", "edited", text, moved, pair.start, pair.end, pair.note)
    return None


# --- (g) via the publication date: a past-tense date that the new publication date precedes --------


def tense_edited(text: str, pub: dt.date, doc: Doc, rng: random.Random) -> Plant | None:
    """Move the publication date 30-90 days before an existing explicit date told in the simple
    past ("Cruz dropped out on May 3, 2016"), so the article reports as done what has not happened."""
    index = DocIndex(doc)
    exprs = find_expressions(text, pub, tense_at=index.tense_at, entity_at=index.entity_at)
    cands = [
        e for e in exprs
        if e.kind == "absolute" and e.year_explicit and e.value is not None and e.value.gran in ("day", "month")
        and e.value.end is not None and e.value.end < pub and "\n" not in text[max(0, e.start - 2) : e.start]
        and index.tense_at(e.start) == "past" and e.start > 80  # not a dateline
    ]  # fmt: skip
    if not cands:
        return None
    e = rng.choice(cands)
    moved = e.value.start - dt.timedelta(days=rng.randint(30, 90))  # type: ignore[union-attr,operator]
    return Plant("tense", "edited", text, moved, e.start, e.end)
