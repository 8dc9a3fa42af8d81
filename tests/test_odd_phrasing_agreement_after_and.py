"""odd_phrasing, read on the marked set dev16: subject-verb agreement is judged in a clause that "and"
joins to a whole earlier clause ("The couple relocated ... and their romance seem"); an "and" that may
join two halves of one subject ("a base ... and an ammunition depot were") still stops it. Sentences are
quoted from real articles where an id is given (corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def agreement(text: str) -> list[str]:
    """The text of every subject-verb agreement finding of odd_phrasing on ``text``."""
    return [f.text for f in run_signal(OddPhrasing(), text).findings if f.check == "subject_verb_agreement"]


FOUND = [
    # dev16 celebrity:fake/189fake.txt
    (
        "The couple relocated their family to Byron Bay a few years ago and their romance seem to be better than "
        "ever.",
        "romance seem",
    ),
    ("He said it was over, and the plans for the pipelines is underway.", "plans for the pipelines is"),
]


@pytest.mark.parametrize(("text", "span"), FOUND, ids=[s for _, s in FOUND])
def test_agreement_found_in_a_joined_clause(text: str, span: str) -> None:
    assert agreement(text) == [span]


LEFT_ALONE = [
    # one subject in two halves: the verb is plural for both
    "A base near the city and an ammunition depot were hit overnight.",
    # a collective noun after the "and" of two clauses
    "The senator spoke for an hour and the crowd were cheering.",
    # the "and" joins two verbs of one subject, not two clauses
    "The officer stopped the car and the driver and his wife were taken away.",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_agreement_left_alone(text: str) -> None:
    assert agreement(text) == []

