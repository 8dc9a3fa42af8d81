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
from misinfo_scorer_plugins.internal_contradiction.timex import find_expressions

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
    kind: str  # which check should find it: "relative", "weekday", "count", "pubdate"
    source: str  # "inserted" or "edited" (an existing expression changed)
    text: str
    published: dt.date
    start: int
    end: int


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


def _insert(text: str, sentence: str, rng: random.Random) -> tuple[str, int] | None:
    at = _insertion_point(text, rng)
    if at is None:
        return None
    sep = "" if text[at - 1].isspace() else " "
    new = text[:at] + sep + sentence + " " + text[at:]
    return new, at + len(sep)


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
    sentence = f"{rel} {date}, {rest}"
    got = _insert(text, sentence, rng)
    if got is None:
        return None
    new, at = got
    return Plant("relative", "inserted", new, pub, at, at + len(rel) + 1 + len(date))


def _linked_pairs(text: str, pub: dt.date) -> list[tuple[int, int, object]]:
    """Existing relative+explicit pairs close together that agree: (start, end, explicit expr)."""
    exprs = find_expressions(text, pub)
    pairs = []
    for rel in exprs:
        if rel.kind != "relative" or rel.value is None or rel.value.gran not in ("day", "week", "month", "year"):
            continue
        for exp in exprs:
            if exp.kind != "absolute" or exp.value is None or exp.value.gran not in ("day", "month", "year"):
                continue
            lo, hi = min(rel.end, exp.end), max(rel.start, exp.start)
            if hi - lo > 25 or hi < lo or re.search(r"[.;\n]", text[lo:hi]):
                continue
            if not rel.value.overlaps(exp.value):
                continue
            pairs.append((min(rel.start, exp.start), max(rel.end, exp.end), exp))
    return pairs


def relative_edited(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    """Shift the explicit date of an existing agreeing pair ("last year, in 2015") so they disagree."""
    pairs = _linked_pairs(text, pub)
    if not pairs:
        return None
    start, end, exp = rng.choice(pairs)
    v = exp.value
    if v.gran == "year":
        new_date = str(v.start.year - 3)
        old = re.search(r"\d{4}", exp.text)
        if old is None:
            return None
        a, b = exp.start + old.start(), exp.start + old.end()
    else:
        a, b = exp.start, exp.end
        shifted = _month_back(v.start, 3)
        new_date = fmt_date(shifted, 1) if v.gran == "day" else f"{MONTHS[shifted.month - 1]} {shifted.year}"
    new = text[:a] + new_date + text[b:]
    return Plant("relative", "edited", new, pub, start, end + len(new_date) - (b - a))


# --- (b) a weekday that does not fit its date ---------------------------------------------------


def weekday_inserted(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    d = pub - dt.timedelta(days=rng.randint(8, 60))
    wrong = WEEKDAYS[(d.weekday() + rng.randint(1, 6)) % 7]
    phrase = f"{wrong}, {fmt_date(d, rng.randrange(3))}"
    sentence = f"The hearing took place on {phrase}, according to the schedule."
    got = _insert(text, sentence, rng)
    if got is None:
        return None
    new, at = got
    start = at + len("The hearing took place on ")
    return Plant("weekday", "inserted", new, pub, start, start + len(phrase))


def weekday_edited(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    """Swap the weekday of an existing, correct "Tuesday, Oct. 9, 2024"."""
    cands = [
        e for e in find_expressions(text, pub)
        if e.weekday is not None and e.kind == "absolute" and e.value is not None and e.value.gran == "day"
        and e.value.start.weekday() == e.weekday and WEEKDAYS[e.weekday] in e.text
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
    head = f"Inspectors later visited {NUMBER_WORDS[n]} {noun}"
    tail = ", the report said." if intro == ", " else "."
    sentence = f"{head}{intro}{listed}{tail}"
    got = _insert(text, sentence, rng)
    if got is None:
        return None
    new, at = got
    start = at + len("Inspectors later visited ")
    return Plant("count", "inserted", new, pub, start, at + len(head) + len(intro) + len(listed))


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
    got = _insert(text, f"{rel} {date}, {rest}", rng)
    if got is None:
        return None
    new, at = got
    moved = pub + dt.timedelta(days=rng.randint(30, 90))
    return Plant("pubdate", "inserted", new, moved, at, at + len(rel) + 1 + len(date))


def pubdate_edited(text: str, pub: dt.date, rng: random.Random) -> Plant | None:
    """Move the publication date so an existing agreeing pair ("yesterday, Nov. 10") disagrees."""
    pairs = [p for p in _linked_pairs(text, pub) if p[2].value.gran in ("day", "month")]
    if not pairs:
        return None
    start, end, _ = rng.choice(pairs)
    moved = pub + dt.timedelta(days=rng.randint(60, 120))
    return Plant("pubdate", "edited", text, moved, start, end)
