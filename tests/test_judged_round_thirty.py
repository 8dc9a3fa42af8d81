"""Judged round thirty (seed 4002, docs/accuracy.md): 30 credible buzzfeed_webis_2016 articles and 10
fakenewsnet_old_politifact fakes on the code of hedged_sourcing 0.33.11 and odd_phrasing 0.39.5; 63 of 74
findings right as judged (hedged_sourcing 24/33, odd_phrasing 39/41). Fixed after it (hedged_sourcing 0.33.12,
odd_phrasing 0.39.6), each beside a passage the same rule must keep:

- a role right after "while a"/"when a" says what the named speaker was then ("Hayek, while a guest on
  “Jimmy Kimmel Live” ..., said");
- a purpose clause wishes knowledge on people, it claims none ("..., so everyone entering the school knows
  that the teachers are packing heat");
- "various racist, Islamophobic, and anti-immigrant messages": a list of modifiers of one plural noun.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (buzzfeed_webis_2016:0892, judged wrong twice)
    (
        "For her part Hayek, while a guest on “Jimmy Kimmel Live” on March 30, 2016, said she and Trump have known "
        "each other for many years but did not state when they first met.",
        "a guest",
    ),
    (
        "While a guest on “The Late Late Show With James Corden” on August 4, 2016 Hayak said of Trump, “We have a "
        "first-grade boy running for President of the United States.”",
        "a guest",
    ),
    # (buzzfeed_webis_2016:1485, judged wrong)
    (
        "The school also plans to place additional signs at all entrances to the school, so everyone entering the "
        "school knows that the teachers are packing heat.",
        "everyone entering the school knows that",
    ),
]

STILL_FOUND = [
    ("While a source said the deal was dead, the senator disagreed.", "a source said"),
    ("So everyone knows that Hillary lied about the emails.", "everyone knows that"),
    # a result clause: the judgement is still nobody's (buzzfeed_webis_2016:1001, credible)
    (
        "Republicans control 54 seats, but Democrats are favored to win three back, so control of the chamber is "
        "seen as a toss-up.",
        "is seen as",
    ),
    ("Everyone knows that Hillary lied, so experts say the case is closed.", "experts say"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_a_list_of_modifiers_before_a_plural_noun_agrees() -> None:
    # (buzzfeed_webis_2016:1609, credible, judged wrong)
    text = "The flyers are often left on lawns along with various racist, Islamophobic, and anti-immigrant messages."
    assert not found_by("determiner_noun_agreement", text)


def test_a_singular_noun_in_a_list_of_singulars_still_disagrees() -> None:
    assert "Several woman" in found_by("determiner_noun_agreement", "Several woman, child and man were hurt.")
