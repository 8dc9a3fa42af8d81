"""The public data types: what goes in (Article), what a signal returns (SignalResult, Finding)
and what comes out (Result).

These shapes are fixed by the public contract (docs/contract.md); change them only on purpose,
with a version bump. Every type round-trips through JSON via ``to_dict``/``from_dict``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scorer.errors import ArticleError, OffsetError
from scorer.html import PageFacts, html_to_text, page_facts

__all__ = [
    "Article",
    "ArticleError",
    "Contribution",
    "Finding",
    "OffsetError",
    "PluginError",
    "Result",
    "SignalResult",
    "Span",
    "flatten_signals",
    "parse_published",
]


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Return the calendar date of an ISO 8601 date or datetime string, or None.

    The date is taken as written (no time-zone shift): an article published
    "2024-07-15T23:30:00-05:00" was published on 15 July in its own newsroom.

    :raises ArticleError: the value is not ISO 8601.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ArticleError(f"'published' must be an ISO 8601 string, got {type(value).__name__}")
    text = value.strip()
    if text.endswith("Z"):  # fromisoformat in 3.11 accepts Z, but be explicit for older callers
        text = text[:-1] + "+00:00"
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ArticleError(f"'published' is not an ISO 8601 date or datetime: {value!r}") from None


_ARTICLE_FIELDS = ("id", "text", "html", "title", "published", "url", "source", "authors", "language")


def _page_facts(html: str) -> PageFacts:
    """The page's own headline and date; a page whose markup cannot be read is still scored without them."""
    try:
        return page_facts(html)
    except Exception:
        return PageFacts()


@dataclass
class Article:
    """One news article to score.

    ``text`` is the plain text every offset refers to. When an article arrives as HTML only,
    the reader extracts ``text`` from ``html`` before scoring and keeps ``html`` as given.
    Unknown input fields are kept in ``meta`` and passed through to the result.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    html: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise ArticleError(f"'text' must be a string, got {type(self.text).__name__}")
        if not isinstance(self.id, str) or not self.id:
            raise ArticleError("'id' must be a non-empty string")
        if isinstance(self.authors, str):
            self.authors = [self.authors]
        parse_published(self.published)  # validate early: a bad date is the caller's error

    @property
    def published_date(self) -> dt.date | None:
        """The publication date as a ``datetime.date``, or None when the article carries none."""
        return parse_published(self.published)

    @property
    def from_html(self) -> bool:
        """True when ``text`` was extracted from ``html`` rather than given."""
        return self.html is not None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, default_id: str | None = None) -> Article:
        """Build an Article from a JSON object (contract field names).

        ``html`` is extracted to text when ``text`` is absent, and the page's own headline and markup date
        (``scorer.html.page_facts``) stand in for a ``title`` or ``published`` the object does not give.
        ``id`` falls back to ``default_id``, then to a hash of the content.

        :raises ArticleError: the object has neither text nor html, or a field has the wrong type.
        """
        if not isinstance(data, Mapping):
            raise ArticleError(f"an article must be a JSON object, got {type(data).__name__}")
        text = data.get("text")
        html = data.get("html")
        if text is None and html is None:
            raise ArticleError("the article has neither 'text' nor 'html'")
        page = PageFacts()
        if text is None:
            if not isinstance(html, str):
                raise ArticleError(f"'html' must be a string, got {type(html).__name__}")
            text = html_to_text(html)
            if not data.get("title") or not data.get("published"):
                page = _page_facts(html)
        if not isinstance(text, str):
            raise ArticleError(f"'text' must be a string, got {type(text).__name__}")
        art_id = data.get("id")
        if art_id is None or art_id == "":
            art_id = default_id or content_id(text)
        published = data.get("published") or page.published
        if published is not None and not isinstance(published, str):
            raise ArticleError(f"'published' must be an ISO 8601 string, got {published!r}")
        authors = data.get("authors") or []
        if not isinstance(authors, (list, str)):
            raise ArticleError("'authors' must be a list of strings")
        meta = dict(data.get("meta") or {}) if isinstance(data.get("meta"), Mapping) else {}
        meta.update({k: v for k, v in data.items() if k not in _ARTICLE_FIELDS and k != "meta"})
        return cls(
            id=str(art_id),
            text=text,
            title=_opt_str(data, "title") or page.title,
            published=published or None,
            url=_opt_str(data, "url"),
            source=_opt_str(data, "source"),
            authors=[str(a) for a in authors] if isinstance(authors, list) else [authors],
            language=_opt_str(data, "language"),
            html=html,
            meta=meta,
        )

    def to_dict(self) -> dict[str, Any]:
        """The article as a JSON object; unknown fields come back at the top level."""
        out: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "authors": list(self.authors),
            "language": self.language,
        }
        if self.html is not None:
            out["html"] = self.html
        out = {k: v for k, v in out.items() if v is not None and v != []}
        out.update(self.meta)
        return out


def _opt_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ArticleError(f"'{key}' must be a string, got {type(value).__name__}")
    return value


def content_id(text: str) -> str:
    """A stable id for an article that has none: the first 16 hex digits of its text's SHA-256."""
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Span:
    """A second stretch of the article text a finding refers to (the earlier side of a contradiction)."""

    start: int
    end: int
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data.get("text", "")))


@dataclass
class Finding:
    """One piece of evidence: a span of the article text and a reason an editor can read.

    Plugins give ``start``, ``end``, ``message``, optionally ``severity`` (0..1, how strongly
    the span suggests a problem), ``check`` (the name of the check that raised it, such as
    ``anonymous_source`` or ``weekday_mismatch``; the built-in signals always name it, third-party
    ones may leave it empty) and ``related`` (the other span a comparison rests on, e.g. the
    earlier statement a later one contradicts). The host fills in ``signal`` and the ``text`` of
    both spans and checks that the offsets are inside the text.
    """

    start: int
    end: int
    message: str
    severity: float = 0.5
    signal: str = ""
    text: str = ""
    check: str = ""
    related: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "signal": self.signal,
            "check": self.check,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "severity": round(float(self.severity), 4),
        }
        if self.related is not None:
            out["related"] = self.related.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        related = data.get("related")
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            message=str(data["message"]),
            severity=float(data.get("severity", 0.5)),
            signal=str(data.get("signal", "")),
            text=str(data.get("text", "")),
            check=str(data.get("check") or ""),
            related=Span.from_dict(related) if isinstance(related, Mapping) else None,
        )

    def anchored(self, signal: str, article_text: str) -> Finding:
        """A copy with ``signal`` and the spans' ``text`` filled in from the article text.

        :raises OffsetError: the offsets (its own or ``related``'s) are not a valid span of the
            text, or the finding already carries a ``text`` that differs from the span.
        """
        span = _checked_span(self.start, self.end, self.text, article_text, "finding")
        if not 0.0 <= float(self.severity) <= 1.0:
            raise OffsetError(f"severity must be within 0..1, got {self.severity}")
        if not isinstance(self.check, str):
            raise OffsetError(f"check must be a string, got {type(self.check).__name__}")
        related = self.related
        if related is not None:
            related_text = _checked_span(related.start, related.end, related.text, article_text, "related")
            related = Span(related.start, related.end, related_text)
        return dataclasses.replace(self, signal=signal, text=span, related=related)


def _checked_span(start: object, end: object, claimed: str, article_text: str, what: str) -> str:
    if not (isinstance(start, int) and isinstance(end, int)):
        raise OffsetError(f"{what} offsets must be integers, got {start!r}..{end!r}")
    if not 0 <= start < end <= len(article_text):
        raise OffsetError(f"{what} span {start}..{end} is not inside the text (length {len(article_text)})")
    span = article_text[start:end]
    if claimed and claimed != span:
        raise OffsetError(f"{what} text {claimed!r} does not match the text at {start}..{end}: {span!r}")
    return span


@dataclass
class SignalResult:
    """What a signal's ``compute`` returns: flat numeric features, the findings behind them, and
    notes about the article as a whole that are not findings (e.g. "relative dates could not be
    checked: the article carries no date"). Notes reach the result's ``meta["notes"]`` as
    ``{"signal": name, "note": text}``; they never point at a span and never count as evidence.
    """

    features: dict[str, float] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Contribution:
    """One feature's share of the score (in log-odds for the linear combiner)."""

    feature: str
    value: float | None
    contribution: float

    def to_dict(self) -> dict[str, Any]:
        # a rate the model derives (count per 1,000 words) carries float noise ("26.666666666666657");
        # six decimals is the precision signals report their own features in
        return {
            "feature": self.feature,
            "value": None if self.value is None else round(self.value, 6),
            "contribution": round(self.contribution, 4),
        }


@dataclass
class PluginError:
    """A failure that did not stop the article: which plugin (or stage) and what happened."""

    plugin: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"plugin": self.plugin, "error": self.error}


@dataclass
class Result:
    """The scored article, as the contract's Result object."""

    id: str
    score: float | None = None
    band: str | None = None
    findings: list[Finding] = field(default_factory=list)
    signals: dict[str, dict[str, float]] = field(default_factory=dict)
    contributions: list[Contribution] = field(default_factory=list)
    model: dict[str, str] | None = None
    errors: list[PluginError] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    text: str | None = None  # the plain text read from HTML, which the offsets refer to
    title: str | None = None  # the headline the signals read for an HTML article

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "score": None if self.score is None else round(float(self.score), 4),
            "band": self.band,
            "findings": [f.to_dict() for f in self.findings],
            "signals": {
                name: {k: _json_number(v) for k, v in feats.items()}
                for name, feats in self.signals.items()
            },
            "contributions": [c.to_dict() for c in self.contributions],
            "model": self.model,
            "errors": [e.to_dict() for e in self.errors],
            "meta": self.meta,
        }
        if self.text is not None:
            out["text"] = self.text
        if self.title is not None:
            out["title"] = self.title
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Result:
        return cls(
            id=str(data["id"]),
            score=data.get("score"),
            band=data.get("band"),
            findings=[Finding.from_dict(f) for f in data.get("findings") or []],
            signals={k: dict(v) for k, v in (data.get("signals") or {}).items()},
            contributions=[
                Contribution(c["feature"], c.get("value"), float(c["contribution"]))
                for c in data.get("contributions") or []
            ],
            model=data.get("model"),
            errors=[PluginError(e["plugin"], e["error"]) for e in data.get("errors") or []],
            meta=dict(data.get("meta") or {}),
            text=data.get("text"),
            title=data.get("title"),
        )

    @classmethod
    def failed(cls, article_id: str, stage: str, error: str, meta: dict[str, Any] | None = None) -> Result:
        """A result for a record that could not be scored at all: ``score`` null, reason in errors."""
        return cls(id=article_id, errors=[PluginError(stage, error)], meta=meta or {})


def _json_number(value: float) -> float | int | None:
    if value is None:
        return None
    f = float(value)
    if f != f:  # NaN is not JSON
        return None
    if f.is_integer() and abs(f) < 2**53:
        return int(f)
    return round(f, 6)


def flatten_signals(signals: Mapping[str, Any]) -> dict[str, float]:
    """``{"odd_phrasing": {"slips": 2}}`` → ``{"odd_phrasing.slips": 2.0}``; flat input passes through.

    The feature names a combiner model sees: ``signal.feature``. A missing value becomes NaN.
    """
    flat: dict[str, float] = {}
    for key, value in signals.items():
        if isinstance(value, Mapping):
            for sub, number in value.items():
                flat[f"{key}.{sub}"] = float(number) if number is not None else float("nan")
        else:
            flat[str(key)] = float(value) if value is not None else float("nan")
    return flat
