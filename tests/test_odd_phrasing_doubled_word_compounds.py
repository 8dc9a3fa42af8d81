"""odd_phrasing's doubled word: a word typed before the hyphenated compound that opens with it ("a course on
on-going formation") is no word typed twice. Judged wrong in a round on the Propaganda Techniques Corpus
(ptc:761334950); the slip beside it must still be found."""

from __future__ import annotations

import pytest
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def test_a_word_before_the_compound_it_opens_is_not_doubled() -> None:
    text = (
        "What has been done: there has been work on formation: each year, a course on on-going formation and one "
        "for those recently professed."
    )
    assert found_by("doubled_word", text) == []


def test_the_same_word_typed_twice_is_still_doubled() -> None:
    text = (
        "What has been done: there has been work on formation: each year, a course on on going formation and one "
        "for those recently professed."
    )
    assert found_by("doubled_word", text) == ["on on"]
