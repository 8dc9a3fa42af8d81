"""Request and response shapes for the OpenAPI schema (the contract's Article and Result, plus the decision).

Requests are validated by these models for types, then turned into an ``Article`` by the contract's
own ``Article.from_dict``, which owns the rules (text or html, ISO 8601 dates, unknown fields → meta).
Responses are documented here but built directly, so nothing is dropped or coerced on the way out.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class ArticleIn(BaseModel):
    """An article as the contract defines it: ``text`` or ``html``; unknown fields go to ``meta``."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "anyOf": [{"required": ["text"]}, {"required": ["html"]}],
            "example": {"id": "a1", "text": "Officials said on Monday ...", "published": "2024-07-15"},
        },
    )

    id: str | None = Field(None, description="derived from a hash of the text when absent")
    text: str | None = Field(None, description="plain text; every finding's offsets refer to it")
    html: str | None = Field(None, description="HTML, extracted to text when `text` is absent; a whole page also "
                             "gives its headline and markup date where `title` and `published` are absent")
    title: str | None = Field(None, description="the headline (from a whole HTML page when absent)")
    published: str | None = Field(None, description="ISO 8601 date or datetime: the reference date (from a whole "
                                  "HTML page's markup when absent)")
    url: str | None = None
    source: str | None = None
    authors: list[str] | str | None = None
    language: str | None = Field(None, description="only English is scored")
    meta: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _text_or_html(self) -> ArticleIn:
        if self.text is None and self.html is None:
            raise ValueError("the article needs 'text' (plain text) or 'html'")
        return self


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class FindingOut(BaseModel):
    signal: str
    check: str = ""
    start: int
    end: int
    text: str
    message: str
    severity: float
    related: SpanOut | None = None


class ContributionOut(BaseModel):
    feature: str
    value: float | None
    contribution: float


class ErrorOut(BaseModel):
    plugin: str
    error: str


class ScoreResponse(BaseModel):
    """The contract's Result, with the publish decision on top and a link to the review page."""

    model_config = ConfigDict(extra="allow")

    decision: Literal["publish", "review", "hold"]
    decision_reasons: list[str]
    id: str
    score: float | None
    band: str | None
    findings: list[FindingOut]
    signals: dict[str, dict[str, float | None]]
    contributions: list[ContributionOut]
    model: dict[str, str] | None
    errors: list[ErrorOut]
    meta: dict[str, Any]
    text: str | None = Field(None, description="the extracted plain text, when the input was HTML")
    review_url: str


class Problem(BaseModel):
    """An error: what was wrong, in words."""

    detail: str | list[Any]


class HookAck(BaseModel):
    """A webhook delivery's acknowledgement; scoring goes on in the background."""

    status: Literal["accepted", "duplicate", "ignored"]
    id: str | None = None
    reason: str | None = None
    result_url: str | None = None


class Health(BaseModel):
    status: str
    detail: dict[str, Any] = Field(default_factory=dict)
