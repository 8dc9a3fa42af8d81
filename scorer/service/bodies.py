"""Reading request bodies: bytes → JSON → Article, with a clear 4xx for every way that can fail.

Bodies are parsed here rather than by FastAPI so that webhooks can verify signatures on the raw
bytes first, and so that every endpoint words its errors the same way.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from scorer.contract import Article, ArticleError
from scorer.readers.jsonl import MAX_DEPTH, unpassable
from scorer.service.schemas import ArticleIn


class BadInput(Exception):
    """The client sent something unusable; ``status`` is the 4xx to answer with."""

    def __init__(self, detail: str, status: int = 422) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status


def parse_json(raw: bytes) -> Any:
    """Decode a UTF-8 JSON body.

    :raises BadInput: (400) empty, not UTF-8, not JSON, or holding unpaired surrogates.
    """
    if not raw.strip():
        raise BadInput("the request body is empty; send a JSON document", 400)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"the request body is not UTF-8: {exc.reason} at byte {exc.start}", 400) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", 400) from None
    except RecursionError:
        raise BadInput("malformed JSON: nested too deeply", 400) from None
    except ValueError as exc:  # valid JSON Python will not read, e.g. an integer of over 4,300 digits
        raise BadInput(f"the JSON holds a value that cannot be read: {str(exc)[:200]}", 400) from None
    problem = unpassable(data, MAX_DEPTH)  # unpaired surrogates, nesting deeper than any article needs
    if problem is not None:
        raise BadInput(f"the JSON {problem}", 400)
    return data


def describe_validation(exc: ValidationError) -> str:
    """One line per problem: ``text: Input should be a valid string``."""
    parts = []
    for err in exc.errors(include_url=False):
        where = ".".join(str(p) for p in err.get("loc", ()))
        msg = err.get("msg", "invalid").removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)


def to_article(data: Any, default_id: str | None = None) -> Article:
    """Validate one JSON article and build the contract's Article.

    :raises BadInput: (422) wrong shape, missing text, wrong types, a bad date.
    """
    if not isinstance(data, dict):
        raise BadInput(f"an article must be a JSON object, got {_json_type(data)}")
    try:
        ArticleIn.model_validate(data)
    except ValidationError as exc:
        raise BadInput(describe_validation(exc)) from None
    try:
        return Article.from_dict(data, default_id=default_id)
    except ArticleError as exc:
        raise BadInput(str(exc)) from None
    except Exception as exc:  # e.g. HTML the extractor cannot read: still the input's fault
        raise BadInput(f"the article could not be read: {exc}") from None


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )
