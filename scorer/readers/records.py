"""What readers yield: a raw record waiting to become an Article, or the reason it cannot.

Readers only split inputs into records and give each an id; turning a record into an Article
(JSON fields checked, HTML extracted, dates validated) happens where it is scored, so a pool of
workers shares that work instead of the reading process doing it alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scorer.contract import Article, ArticleError


@dataclass
class ReadOptions:
    """Options that apply to every input.

    :param published: reference date for records that carry none.
    :param fields: CSV columns for article fields, e.g. ``{"text": "maintext", "published": "date_publish"}``.
    """

    published: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class RawRecord:
    """One input record as read: its fields (contract names) and the id to use when it has none."""

    data: dict[str, Any]
    default_id: str
    published: str | None = None  # the run's --published, for records without a date

    @property
    def id(self) -> str:
        given = self.data.get("id")
        return str(given) if isinstance(given, (str, int)) and str(given) else self.default_id

    def with_id(self, new_id: str) -> RawRecord:
        """The same record under another id (the original goes to ``meta.input_id``)."""
        data = {**self.data, "id": new_id}
        if self.id != new_id:
            data["input_id"] = self.id
        return RawRecord(data, self.default_id, self.published)

    def to_article(self) -> Article:
        """Build the Article (extracting HTML, checking fields).

        :raises ArticleError: the record is not a valid article.
        """
        data = self.data
        if self.published and not data.get("published"):
            data = {**data, "published": self.published}
        if "html" in data and not data.get("published") and isinstance(data["html"], str):
            from scorer.html import html_date

            try:
                found = html_date(data["html"])
            except Exception:  # a page whose date cannot be read is still scored, undated
                found = None
            if found:
                data = {**data, "published": found}
        return Article.from_dict(data, default_id=self.default_id)


@dataclass
class RecordError:
    """A record that could not be read: it still yields one (error) result."""

    id: str
    error: str
    meta: dict[str, Any] = field(default_factory=dict)

    def with_id(self, new_id: str) -> RecordError:
        return RecordError(new_id, self.error, {**self.meta, "input_id": self.id})


Record = RawRecord | RecordError


def document(raw: bytes, kind: str, record_id: str, options: ReadOptions, **fields: Any) -> RawRecord:
    """A whole file (plain text or HTML) as one record."""
    text = decode(raw)
    data: dict[str, Any] = {"id": record_id, "html" if kind == "html" else "text": text, **fields}
    return RawRecord(data, record_id, options.published)


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), falling back to cp1252 for old Windows files."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def to_article(record: Record | Article) -> Article | RecordError:
    """An Article for a record, or a RecordError saying why it is not one."""
    if isinstance(record, (Article, RecordError)):
        return record
    try:
        return record.to_article()
    except ArticleError as exc:
        return RecordError(record.id, str(exc))
