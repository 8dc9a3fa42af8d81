"""scorer.edit_distance: the shared spelling distance of the name and misspelling checks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scorer import edit_distance


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("Wiener", "Weiner", 1),  # a swap of neighbours is one edit
        ("thier", "their", 1),
        ("goverment", "government", 1),
        ("Benenson", "Benson", 2),
        ("unsupport", "unsupported", 2),
        ("delusionally", "delusively", 4),
        ("", "abc", 3),
        ("same", "same", 0),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance


words = st.text(alphabet="abcde", max_size=8)


@given(words, words)
def test_symmetric_zero_only_for_equal_and_bounded(a: str, b: str) -> None:
    d = edit_distance(a, b)
    assert d == edit_distance(b, a)
    assert (d == 0) == (a == b)
    assert abs(len(a) - len(b)) <= d <= max(len(a), len(b))
