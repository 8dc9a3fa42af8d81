"""Judged round nineteen (seed 3219: 49 of PolNeAR train's 100-299-word articles from Politico, USA Today, Breitbart,
HuffPost and the Western Journal, judged on the code after round eighteen's fixes; docs/accuracy.md): 19 of 21
findings right as judged, kept as a measure. Fixed after it (hedged_sourcing 0.28.0), with its real passage beside
one the same rule must keep: a poll cited "according to a new nationwide poll" and, in the next sentence,
"according to a CBS poll released Monday" is named there (both cite one poll "according to"; "polls found"
before another paper's poll stays a finding).
"""

from __future__ import annotations

import pytest
from hedged_cases import found

pytestmark = pytest.mark.slow  # the test parses text with the spaCy pipeline


def test_a_poll_named_in_the_next_sentences_according_to_is_named() -> None:
    """polnear_train:west-journal_2016-08-01_clinton-s-poll-numbers-jump-pos"""
    lede = (
        "Democratic presidential nominee Hillary Clinton has bounced back in the polls and is now leading Republican "
        "Donald Trump by an even greater margin, according to a new nationwide poll.\n\n"
    )
    named = "Clinton is now ahead of the GOP challenger 46 percent to 39 percent according to a CBS poll out Monday."
    assert not [w for _, w in found(lede + named) if "poll" in w]
    other = "Trump leads among men, a CBS poll found last week."  # another poll's finding, not the same citation
    assert ("unidentified_report", "according to a new nationwide poll") in found(lede + other)


def test_polls_then_another_named_poll_are_not_the_same_citation() -> None:
    """fakenewsnet_politifact_defend:politifact12801 (the dev set marks "in 2013, polls found that")."""
    text = (
        "For example, in 2013, polls found that 90 percent of Americans supported expanded background checks. "
        "However, when Congress failed to pass a popular bill, 47 percent were disappointed or angry that it "
        "failed, according to a Washington Post/Pew Research Center poll."
    )
    assert ("unidentified_report", "polls found") in found(text)
