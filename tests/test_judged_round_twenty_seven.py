"""Judged rounds twenty-seven and twenty-eight (seeds 3227 and 3228, docs/accuracy.md): PolNeAR train's last 23
unread articles on the code of hedged_sourcing 0.30.0, 4 of 5 findings right as judged. Fixed after them
(hedged_sourcing 0.31.0): a lede's "according to a new poll" whose next sentence names the poll as the subject
telling what it found ("a Morning Consult Poll found that ..."), beside the passages the same rule must keep: a
poll the next sentence does not name, and another survey than the lede's."""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (polnear_train:breitbart_2016-01-23, round twenty-eight, judged wrong)
    (
        "Poll: Donald Trump Ties Hillary Clinton With Michael Bloomberg in a Three-Way Race.\n\nDonald Trump would "
        "do better against Hillary Clinton or Michael Bloomberg than fellow GOP presidential candidates Sen. Ted "
        "Cruz (R-TX) and Sen. Marco Rubio (R-FL), according to a new poll.\n\nWith former New York City Mayor "
        "Michael Bloomberg reportedly considering a presidential run as an Independent, a Morning Consult Poll "
        "found that he would draw from Clinton’s support in a three-candidate matchup.",
        "according to a new poll",
    ),
]

STILL_FOUND = [
    # the next sentence's poll has no owner named: nothing says which poll the lede's is
    (
        "Donald Trump ties Hillary Clinton, according to a new poll. Another survey found that he leads among men.",
        "according to a new poll",
    ),
    (
        "Donald Trump ties Hillary Clinton, according to a new poll. The poll found that he leads among men.",
        "according to a new poll",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
