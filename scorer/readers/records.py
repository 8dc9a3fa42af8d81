"""What readers yield: a raw record waiting to become an Article, or the reason it cannot.

Readers only split inputs into records and give each an id; turning a record into an Article
(JSON fields checked, HTML extracted, dates validated, the length limit applied) happens where it
is scored, so a pool of workers shares that work instead of the reading process doing it alone.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from scorer.contract import Article, ArticleError
from scorer.readers.decoding import decode

#: Characters an article may have, as in the service (``MISINFO_SCORER_MAX_TEXT_CHARS``): the parse
#: and the signals grow with the text, and a book-length "article" is not what the model knows.
MAX_TEXT_CHARS = 200_000
#: Bytes one record may take before it is refused unread (a text or HTML file, a JSONL line, a CSV
#: row, a WARC body): far above any real page, low enough that a hostile member costs little memory.
MAX_RECORD_BYTES = 16 * 1024 * 1024


@dataclass
class ReadOptions:
    """Options that apply to every input.

    :param published: reference date for records that carry none.
    :param fields: CSV columns for article fields, e.g. ``{"text": "maintext", "published": "date_publish"}``.
    :param max_text_chars: an article with a longer text is an error result, not scored.
    """

    published: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    max_text_chars: int = MAX_TEXT_CHARS

    @property
    def max_record_bytes(self) -> int:
        """Bytes one record may take (a UTF-8 character takes at most 4)."""
        return max(MAX_RECORD_BYTES, 4 * self.max_text_chars)

    def record(self, data: dict[str, Any], default_id: str) -> RawRecord:
        """A raw record read under these options."""
        return RawRecord(data, default_id, self.published, self.max_text_chars)


def id_of(given: object) -> str | None:
    """The id a record's ``id`` field gives, as the string every result and ``--resume`` use:
    a non-empty string as is, a JSON number as JSON writes it (``1.5``, ``7``); None for none.

    :raises ArticleError: the field is another kind of value (true, a list, an object).
    """
    if given is None or given == "":
        return None
    if isinstance(given, str):
        return given
    if isinstance(given, int) and not isinstance(given, bool):
        return str(given)
    if isinstance(given, float) and math.isfinite(given):
        return repr(given)
    raise ArticleError(f"'id' must be a string or a number, got {given!r}"[:200])


@dataclass
class RawRecord:
    """One input record as read: its fields (contract names) and the id to use when it has none."""

    data: dict[str, Any]
    default_id: str
    published: str | None = None  # the run's --published, for records without a date
    max_text_chars: int | None = MAX_TEXT_CHARS

    @property
    def id(self) -> str:
        try:
            return id_of(self.data.get("id")) or self.default_id
        except ArticleError:  # reported when the record is scored, under its default id
            return self.default_id

    def with_id(self, new_id: str) -> RawRecord:
        """The same record under another id (the original goes to ``meta.input_id``)."""
        data = {**self.data, "id": new_id}
        if self.id != new_id:
            data["input_id"] = self.id
        return RawRecord(data, self.default_id, self.published, self.max_text_chars)

    def to_article(self) -> Article:
        """Build the Article (extracting HTML, checking fields and the length limit).

        :raises ArticleError: the record is not a valid article.
        """
        data = {**self.data, "id": id_of(self.data.get("id")) or self.default_id}
        self._check_length(data.get("text"))
        article = Article.from_dict(data, default_id=self.default_id)
        if self.published and not article.published:  # after the page's own date, which is the record's
            article = dataclasses.replace(article, published=self.published)
        self._check_length(article.text)
        return article

    def _check_length(self, text: object) -> None:
        if self.max_text_chars is not None and isinstance(text, str) and len(text) > self.max_text_chars:
            raise ArticleError(
                f"the article text is {len(text):,} characters; the limit is {self.max_text_chars:,} "
                "(--max-text-chars)"
            )


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
    return options.record(data, record_id)


def too_large(what: str, options: ReadOptions) -> str:
    """The error for a record over ``options.max_record_bytes``."""
    return f"{what} is over {options.max_record_bytes:,} bytes, the most one record may take; it is not read"


def to_article(record: Record | Article) -> Article | RecordError:
    """An Article for a record, or a RecordError saying why it is not one."""
    if isinstance(record, (Article, RecordError)):
        return record
    try:
        return record.to_article()
    except ArticleError as exc:
        return RecordError(record.id, str(exc))
