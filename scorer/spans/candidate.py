"""What a signal gives a span detector: candidate spans with features, and the task that makes them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: feature values: numbers are used as they are, strings become one indicator per value ("dep=nsubj")
FeatureValue = float | int | bool | str


@dataclass(frozen=True)
class Candidate:
    """A span the signal could report, with the features the detector judges it by.

    :param start: character offset of the span in the article's text
    :param end: end offset (exclusive)
    :param kind: what the span is, in the signal's terms (used for the finding's ``check`` and message)
    :param features: name → value; a string value ``v`` of feature ``f`` becomes the indicator ``f=v``
    """

    start: int
    end: int
    kind: str
    features: Mapping[str, FeatureValue] = field(default_factory=dict)


@dataclass(frozen=True)
class SpanTask:
    """One detector a signal trains: which gold category it learns and how candidates are made.

    :param name: the detector's name, also its model file's stem (``<name>.spans.json``)
    :param category: the gold category a candidate is positive for when it overlaps a mark of it
    :param candidates: ``candidates(doc)`` → the candidate spans of one parsed article (a spaCy ``Doc``)
    :param description: one line for the model card
    """

    name: str
    category: str
    candidates: Callable[[Any], list[Candidate]]
    description: str = ""
