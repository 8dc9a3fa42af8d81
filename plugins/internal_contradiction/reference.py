"""The reference date relative expressions resolve against: the publication date, else a dateline.

A dateline is a full date (day, month and year) that the text presents as its own date: on a line
that starts with "Published", "Updated", "Posted" or "Date", or near the top of the text either
alone on its line, after an upper-case place name ("WASHINGTON, Oct. 9, 2024 (Reuters) -"),
before a dash, or opening the text. A date inside the story ("On 3 May 2023, ...") is never taken
for the dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .timex import find_expressions

__all__ = ["PLAUSIBLE_YEARS", "Reference", "find_dateline", "find_reference"]

_LABEL = re.compile(r"(?im)^[ \t]*(?:last\s+)?(?:published|posted|updated|modified|date|dated)\b[^\n]{0,60}")
_BEFORE_OK = re.compile(r"^(?:[A-Z][A-Z .'’-]+(?:\([^)\n]{1,30}\))?,?\s*|By [^\n,]{1,40},\s*)?$")
# A wire-agency credit right before the date: "... Monitor AFP Saturday 26 Jul 2014".
_AGENCY = re.compile(r"\b(?:AFP|Reuters|AP|UPI|Xinhua|dpa|EFE|ANSA|PTI|IANS|Anadolu)\s*[,:–—-]?\s*$")
_AFTER_OK = re.compile(r"^\s*(?:$|[—–|-]|\(|,?\s*\d{1,2}[:.]\d{2}|at\s+\d)")
#: A full date that opens the text, perhaps after its weekday, is the text's own: "5 Sep 2016 At
#: least 42 people were killed", "Tuesday 4 Apr 2017 Suspected gas attack ..." (wire copy as scraped).
_OPENS = re.compile(r"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$", re.IGNORECASE)
#: How far from the top of the text an unlabelled dateline may sit.
_HEAD_CHARS = 300
#: The years a reference date may fall in. No news article was published in year 1 or 9999: "0001-01-01" is a
#: CMS's or a language's zero date (Go's, .NET's) standing for "unknown", and date arithmetic a few days from
#: either end of the calendar overflows.
PLAUSIBLE_YEARS = range(1000, 9001)


@dataclass(frozen=True)
class Reference:
    """The reference date and where it came from: "published", "text" (a dateline) or "none".

    ``start``/``end``/``dateline`` locate the text's own dateline whenever it has one."""

    date: dt.date | None
    source: str = "none"
    start: int | None = None
    end: int | None = None
    dateline: dt.date | None = None
    #: A publication date given but outside ``PLAUSIBLE_YEARS``, and so not used.
    implausible: dt.date | None = None

    @property
    def label(self) -> str:
        """How messages name the reference, e.g. "published 2023-06-10" or "dateline 2023-06-10"."""
        if self.date is None:
            return "no date"
        return f"{'published' if self.source == 'published' else 'dateline'} {self.date.isoformat()}"


def find_reference(published: dt.date | None, text: str) -> Reference:
    """The article's reference date: ``published`` when given, else a dateline in ``text``.

    The dateline's span is kept either way, so the checks never read it as a date in the story. A date outside
    ``PLAUSIBLE_YEARS`` is no reference: a publication date there is kept as ``implausible``.
    """
    implausible = None
    if published is not None and published.year not in PLAUSIBLE_YEARS:
        implausible, published = published, None
    line = find_dateline(text)
    if line is not None and line[0].year not in PLAUSIBLE_YEARS:
        line = None
    if published is not None:
        if line is None:
            return Reference(published, "published")
        return Reference(published, "published", line[1], line[2], line[0])
    if line is not None:
        return Reference(line[0], "text", line[1], line[2], line[0], implausible)
    return Reference(None, implausible=implausible)


def find_dateline(text: str) -> tuple[dt.date, int, int] | None:
    """The text's own date (day, month and year) and its span, or None."""
    for m in _LABEL.finditer(text):
        for e in find_expressions(m.group(0)):
            if _is_full_date(e.value, e.year_explicit):
                return e.value.start, m.start() + e.start, m.start() + e.end  # type: ignore[union-attr,return-value]
    head = text[:_HEAD_CHARS]
    for e in find_expressions(head):
        if not _is_full_date(e.value, e.year_explicit):
            continue
        line_start = head.rfind("\n", 0, e.start) + 1
        line_end = head.find("\n", e.end)
        before = head[line_start : e.start]
        after = head[e.end : line_end if line_end >= 0 else len(head)]
        if (_BEFORE_OK.match(before) and _AFTER_OK.match(after)) or _AGENCY.search(before) or _OPENS.match(
            head[: e.start]
        ):
            return e.value.start, e.start, e.end  # type: ignore[union-attr,return-value]
    return None


def _is_full_date(value: object, year_explicit: bool) -> bool:
    return year_explicit and value is not None and getattr(value, "gran", "") == "day"
