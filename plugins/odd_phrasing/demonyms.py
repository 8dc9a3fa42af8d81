"""A country name where its adjective belongs before a title: "Russia President Vladimir Putin"."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import all_tokens, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DATA = Path(__file__).with_name("data") / "demonyms.json"


@functools.cache
def demonym_tables() -> tuple[dict[tuple[str, ...], str], list[tuple[str, ...]]]:
    """(country tokens -> adjective, titles as lower-cased token tuples, longest first)."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    countries = {tuple(name.split()): adj for name, adj in data["countries"].items()}
    titles = sorted((tuple(t.lower().split()) for t in data["titles"]), key=len, reverse=True)
    return countries, titles


def country_title_candidates(doc: Doc) -> list[tuple[int, tuple[str, ...], int, int]]:
    """``(country start, country words, title start, title end)`` for every lone country name
    followed directly by a title from the data file; whether a PERSON follows the title is the one
    test of :func:`find_country_for_adjective` left to make (it needs entity labels)."""
    countries, titles = demonym_tables()
    longest = max(len(k) for k in countries)
    first_words = {k[0] for k in countries}
    found: list[tuple[int, tuple[str, ...], int, int]] = []
    for tok in all_tokens(doc):
        if tok.text not in first_words:
            continue
        for size in range(longest, 0, -1):
            key = tuple(t.text for t in doc[tok.i : tok.i + size])
            if len(key) == size and key in countries:
                break
        else:
            continue
        if tok.i > 0 and (doc[tok.i - 1].pos_ == "PROPN" or doc[tok.i - 1].lower_ in ("of", "&")):
            continue
        if tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].is_alpha and not doc[tok.i - 1].is_sent_start:
            continue  # "For Britain leader Anne Marie Waters": a capital before the country makes it a party's name
        after = tok.i + size
        for title in titles:
            words = tuple(t.lower_ for t in doc[after : after + len(title)])
            end = after + len(title)
            if words == title and end < len(doc):
                found.append((tok.i, key, after, end))
    return found


#: Prepositions of place: after them the country is where something happens, not a title's adjective.
_PLACE_PREPOSITIONS = frozenset({"in", "across", "throughout", "inside", "within"})


def find_country_for_adjective(doc: Doc) -> list[Finding]:
    """Return findings for "<Country> <Title> <Person>" where the country's adjective is due.

    The country must stand alone (not "Air France", "Bank of Russia", "New Mexico"), be followed
    directly by a title from the data file and the title directly by a PERSON entity. "Russia's
    President" and "U.S. President" never match.
    """
    countries, _ = demonym_tables()
    findings: list[Finding] = []
    done: set[int] = set()
    for start, key, after, end in country_title_candidates(doc):
        if start in done or doc[end]._.entity != "PERSON":
            continue
        if start > 0 and doc[start - 1].tag_ == "IN" and doc[start - 1].lower_ in _PLACE_PREPOSITIONS:
            continue  # "In Syria President Bashar al-Assad is reasserting control": a place, its comma left out
        done.add(start)  # the first title (in the data file's order) followed by a person wins
        tok = doc[start]
        span_end = doc[end - 1].idx + len(doc[end - 1])
        country = " ".join(key)
        title_text = doc_text(doc)[doc[after].idx : span_end]
        findings.append(
            Finding(
                start=tok.idx,
                end=span_end,
                message=(
                    f"'{country} {title_text}' uses the country name where its adjective belongs: "
                    f"'{countries[key]} {title_text}'"
                ),
                severity=0.5,
            )
        )
    return findings
