"""Judged rounds sixty-one and sixty-two (seeds 4039 and 4040, docs/accuracy.md): 80 more articles of the Propaganda
Techniques Corpus's train split, on the code of hedged_sourcing 0.33.38 and odd_phrasing 0.39.36 (after rounds
fifty-seven to sixty's fixes); 71 of 97 and 80 of 104 findings right as judged. Fixed after them in
hedged_sourcing, beside passages the same rule must keep finding: people who report what they suffered ("a brain
injury similar to those reported by diplomats in Cuba", "has reported experiencing abnormal sensations").

Tried and dropped, each for taking right findings of earlier rounds with it: a candidate weighed ("who is being
considered to be secretary of state", but "In what is being considered a particularly rare event" was judged
right); a belief the sentence tells was given up ("Initially believed to be a comet, then an asteroid", but "was
once thought to", "was initially believed to" and "It has been previously reported" were judged right).

Left alone, judged wrong: groups named a sentence or more later ("a congressman is saying" before Rep. Scott Perry);
a named paper's unidentified sources ("The Guardian cited two unidentified sources": relayed sources stay
findings, as every earlier round judged them); sarcasm ("in allegedly fighting the terror war"); "has been
credibly accused of" (readers split on accusations, as before).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (ptc:758812201, judged wrong)
        "A United States government employee assigned to the American consulate in Guangzhou, China suffered a mild "
        "traumatic brain injury similar to those reported by diplomats in Cuba.",
        "diplomats in Cuba",
    ),
    (  # (ptc:758812201, judged wrong)
        "The mysterious illnesses reported by U.S. government employees in Cuba ranged from nosebleeds to mild brain "
        "damage.",
        "U.S. government employees",
    ),
    (  # (ptc:758477392, judged wrong)
        "A US embassy worker in China has reported experiencing \"abnormal sensations of sounds and pressure\" amid "
        "fears of a \"sonic attack\".",
        "A US embassy worker",
    ),
]

STILL_FOUND = [
    (  # what witnesses reported is a claim of theirs
        "The claims reported by witnesses were false.",
        "witnesses",
    ),
    (  # officials reporting an event
        "Officials reported that the bridge had collapsed.",
        "Officials reported",
    ),
    (  # a judgement passed off as common ground
        "He is considered to be the favourite for the post.",
        "is considered to",
    ),
    (  # a belief still held
        "The object is now believed to be a visitor from another star.",
        "believed to",
    ),
    (  # a judgement in the progressive (ptc:729581752, judged right)
        "In what is being considered a particularly rare event, scientists are projecting that the Sun will be an "
        "unusually cool customer by the year 2050.",
        "is being considered",
    ),
    (  # a belief told as a past one is still passed on (fa_kes:1919191742, polnear politico, judged right)
        "The fire was initially believed to have started in the kitchen.",
        "was initially believed to",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
