"""Judged rounds ninety-five (seed 4073: the last 9 FA-KES fakes of 150-900 words and 20 credible reports) and
ninety-six (seed 4074: 80 FA-KES articles of fewer than 150 words), docs/accuracy.md, on hedged_sourcing 0.33.54 and
odd_phrasing 0.39.49. Fixed after them, beside passages the same rule must keep finding: an organisation whose name
opens with a plural role noun and a capitalised preposition ("Doctors Without Borders (MSF) on Saturday said"),
which NER misses, read as a vague group of doctors.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1926479248, judged wrong)
        "Civil defense corps announced that two of its centers in the neighborhood of Hanano were put out of service "
        "on Sunday. Doctors Without Borders (MSF) on Saturday said that the only specialized pediatric hospital in "
        "besieged eastern Aleppo has come under attack for the second time.",
        "Doctors",
    ),
    (
        "Reporters Without Borders said the journalist had been detained for three weeks without charge.",
        "Reporters",
    ),
]

STILL_FOUND = [
    (  # a lower-case preposition: doctors from a place, a group
        "Doctors from Aleppo said the hospital had come under attack for the second time this month.",
        "Doctors",
    ),
    (  # no capitalised object: "Without" opens the sentence's phrase, not a name
        "Doctors without exception said the hospital had come under attack for the second time this month.",
        "Doctors",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
