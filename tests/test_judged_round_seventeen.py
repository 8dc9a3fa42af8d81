"""Judged round seventeen (seed 3217: 32 of PolNeAR train's 1,301-2,500-word articles from the Times, the Post,
Politico, USA Today and HuffPost, judged on the code of model 2026.12.03.6; docs/accuracy.md): 84 of 95 findings
right as judged, kept as a measure. Fixed after it, rules with no judgement in them, each with its real passage
beside the finding the same rule must keep (odd_phrasing 0.31.0): a French phrase is no misspelling ("raison
d'être"); "came to be" ends a clausal subject, so the bare verb after it is the sentence's own ("The deal and how
it came to be provide telling insight"); a campaign named "<name> for <office>" has its article ("The Kirkpatrick
for Senate campaign").
"""

from __future__ import annotations

import pytest
from odd_cases import found as odd

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def checks(text: str, check: str) -> list[str]:
    return [t for c, t in odd(text) if c == check]


def test_a_french_phrase_is_no_misspelling() -> None:
    """polnear_train:nyt_2016-08-01_with-ailes-out-and-murdoch-in-w"""
    text = "Some executives saw the channel's {} slipping away under the new owners."
    assert checks(text.format("raison d'être"), "misspelling") == []
    assert checks(text.format("reasin"), "misspelling") == ["reasin"]


def test_the_verb_after_came_to_be_is_the_sentences_own() -> None:
    """polnear_train:nyt_2015-12-01_puerto-rican-bank-left-debt-ins: a clausal subject, then its verb."""
    assert checks("The deal and how it came to be provide telling insight into the crisis.", "verb_form") == []
    assert checks("His hands were not raise when he was shot.", "verb_form") == ["were not raise"]


def test_a_campaign_named_for_its_office_has_its_article() -> None:
    """polnear_train:wash-post_2016-04-15_democrats-to-sue-ariz-on-"""
    text = (
        "Sen. John McCain will probably face Rep. Ann Kirkpatrick, who has launched the most serious challenge to "
        "the longtime senator in years. The Kirkpatrick for Senate campaign will also be party to the lawsuit."
    )
    assert checks(text, "missing_article") == []
    text = "He said that Obama administration has failed the country and its people over many years now."
    assert checks(text, "missing_article") == ["Obama administration"]
