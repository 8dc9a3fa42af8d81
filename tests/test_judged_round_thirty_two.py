"""Judged round thirty-two (seed 4004, docs/accuracy.md): 20 credible buzzfeed_webis_2016 articles, 12 celebrity
and 8 fakenewsnet_old_politifact fakes on the code of hedged_sourcing 0.33.13 and odd_phrasing 0.39.9; 69 of 85
findings right as judged (hedged_sourcing 44/55, odd_phrasing 22/27, internal_contradiction 3/3). Fixed after it
(hedged_sourcing 0.33.14, odd_phrasing 0.39.10), each beside a passage the same rule must keep:

- a credit line ("source:politicops.com" on a line of its own) quotes no one;
- the clause of a denied admission is asserted by no one ("they did not admit their employees called the cake
  racist");
- a pseudo-cleft's bare verb after "is", however far the subject clause's own verb stands ("All we need to
  achieve such a state is respect each others beliefs").
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (fakenewsnet_old_politifact:PolitiFact_Fake_40, judged wrong)
    (
        "At no point did I exceed my marital liberties, so why should Donald Trump be punished for it?” he "
        "concluded.\n\nsource:politicops.com\n\nComments",
        "source",
    ),
    # (buzzfeed_webis_2016:0826, judged wrong)
    (
        "Walmart confirmed the story, but they did not admit their employees called the cake racist. Only that the "
        "employee made a ‘mistake’.",
        "their employees called",
    ),
]

STILL_FOUND = [
    ("A source told politicops.com that he left the campaign in March.", "A source told"),
    ("He did not say why, but officials said the deal was dead.", "officials said"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_a_pseudo_cleft_takes_the_bare_verb() -> None:
    # (fakenewsnet_old_politifact:PolitiFact_Fake_15, the Pope quoted, judged wrong)
    for text in (
        "All we need to achieve such a state is respect each others beliefs.",
        "Together, we can bring about an unprecedented age of peace, all we need to achieve such a state is respect "
        "each others beliefs, for we are all children of God.",
    ):
        assert not found_by("verb_form", text)


def test_be_before_a_bare_verb_is_still_a_slip() -> None:
    assert "were not raise" in found_by("verb_form", "His hands were not raise when the police came.")
    assert "were not raise" in found_by(
        "verb_form", "All the protesters were angry, and their hands were not raise when police came.")
