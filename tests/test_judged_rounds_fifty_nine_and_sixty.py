"""Judged rounds fifty-nine and sixty (seeds 4037 and 4038, docs/accuracy.md): 80 more articles of the Propaganda
Techniques Corpus's train split, on the code of hedged_sourcing 0.33.36 and odd_phrasing 0.39.34; 66 of 107 and 79
of 109 findings right as judged. The passages a line such as "Fox News reports:" introduces are the source's text
(``tests/test_block_quotes.py``). Fixed after them, each beside a passage the same rule must keep finding:

- hedged_sourcing: a toll counted ("23 people are known to have died"); what "we learned" in a document ("In a
  newly released FBI email, we learned that"); a piece a named outlet ran ("a lengthy piece in which several
  Muslims explained"); participles of an absolute clause ("with some members reappointed and nine new members
  added").
- odd_phrasing: a fixed wish ("heaven help the community"); a question after "is" ("the real question is will
  anyone be able to see it"); the King James Bible's verbs ("for he beareth not the sword in vain").

Left alone, judged wrong: sarcasm in the writer's voice ("It is ‘hateful conduct,’ apparently, to reference ...");
groups whose member is named a sentence or two on ("health officials are now warning" before Professor Paul
Hunter); a testimony quoted at length after an introducing sentence too long to read as one; charged words in
theological argument ("the most odious sins"); "labeled as 'potentially hazardous'" with the labeller in the next
sentence; "“Allah Akbar”" and "“Allahu Akbar”" read as one name spelled two ways (asking for a person's name
among the entities lost two right findings in other rounds, "The Nuremberg Files" and "al-Sabaa Bahrat", so it
stays).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (ptc:757171650, judged wrong)
        "The city is a major transportation hub with routes to the capital Kinshasa.\nForty-four people have been "
        "infected and 23 people are known to have died.",
        "are known to",
    ),
    (  # (ptc:764609985, judged wrong)
        "In a newly released FBI email, we learned that “foreign actors” gained at least some access to Hillary "
        "Clinton’s unsecure email system.",
        "we learned",
    ),
    (  # (ptc:759468687, judged wrong)
        "After all, after the Trump White House issued a similar statement last year, the Washington Post ran a "
        "lengthy piece in which several Muslims explained why the statement was unsatisfactory to them.",
        "several Muslims",
    ),
    (  # (ptc:732708002, judged wrong)
        "After the commission’s three-year mandate expired in December, Francis relaunched it on Feb. 17 with some "
        "members reappointed and nine new members added, some of whom are victims of abuse.",
        "nine new members",
    ),
]

STILL_FOUND = [
    (  # "known to" with no count passes on what someone knows
        "He is known to have fled the country in 2010.",
        "is known to",
    ),
    (  # a count that is not a toll: where the suspects are is a claim (tempeval3:APW19990607.0041, judged right)
        "Six suspects in the Bin Laden investigation are known to be in custody in the Metropolitan Correctional "
        "Center in New York.",
        "are known to",
    ),
    (  # sources in a named paper's story are still nobody anyone can ask (polnear_train:politico_2016-07-06_...,
        # judged right)
        "Trump remarked upon a recent New York Times story in which Democratic sources said Clinton could decide to "
        "retain Loretta Lynch as attorney general.",
        "Democratic sources said",
    ),
    (  # "we learned" with nothing to say where
        "We learned that foreign actors gained at least some access to the system.",
        "We learned",
    ),
    (  # a vague group that tells, outside any piece
        "Several Muslims explained that the statement was unsatisfactory to them.",
        "Several Muslims",
    ),
    (  # "added" as a verb of saying
        "Officials added that the plan would fail.",
        "Officials added",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


SLIPS_LEFT_ALONE = [  # judged wrong, now left alone: (text, check)
    # (ptc:758386255)
    ("In short, a monastery must be autonomous, but heaven help the community that asserts its independence.",
     "subject_verb_agreement"),
    # (ptc:710376094)
    ("But the real question is will anyone be able to see the asteroid’s close approach to our planet.",
     "verb_form"),
    # (ptc:777488669)
    ("But if thou do that which is evil, fear: for he beareth not the sword in vain.", "confusable"),
]


SLIPS_STILL_FOUND = [  # the same checks still find the slip: (text, check, words)
    ("The report help the family.", "subject_verb_agreement", "report help"),
    ("The plan is will be delayed.", "verb_form", "is will"),
    ("Senior engineer Clay Haynes admitted to leaking he president's private messages.", "confusable",
     "he president"),
]

test_judged_wrong_and_now_left_alone, test_the_same_checks_still_find_the_slip = slip_tests(
    SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND
)
