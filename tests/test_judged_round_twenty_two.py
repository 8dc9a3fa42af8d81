"""Judged round twenty-two (seed 3222: 70 of PolNeAR's dev-split articles, ten from each of its seven outlets,
judged on the code with rounds twenty and twenty-one's fixes; docs/accuracy.md): 94 of 107 findings right as
judged, kept as a measure. Fixed after it, in the same release as those (hedged_sourcing 0.29.0, odd_phrasing
0.33.0), each rule with its real passage beside one the same rule must keep:

- hedged_sourcing: an audience counted ("viewed by 14.7 million people"); a group's mood ("many European
  citizens feel stung"); one of the group named in the next sentence ("one of the family's attorneys, Justin
  Bamberg, said"); a lede's new poll named, with its owner, two sentences on; an "according to" that cites what
  a named person delivered ("according to a speech Mrs. Clinton delivered");
- odd_phrasing: "many hedge fund and private equity managers" (two modifiers of one plural noun); "thousands of
  shooting victims does" (an amount read as one); "did Romney in in 2012" (a particle after the verb's object,
  then a preposition); "it was safely his from Day 1" (a possessive predicate); "attacked her opponent as a
  fraud and a scam artist" (a label the subject gives).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from odd_cases import found as odd

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

HEDGED_LEFT_ALONE = [
    # polnear_dev:usa-today_2016-09-16_every-minutes-a-veteran-c
    (
        "Presidential candidates Hillary Clinton and Donald Trump cited the figure at last week's Commander-in-Chief "
        "Forum viewed by 14.7 million people, further raising the issue's visibility.",
        "14.7 million people",
    ),
    # polnear_dev:wash-post_2016-09-18_e-u-leaders-weigh-plans-f
    (
        "In those fields, many European citizens feel stung after the euro crisis highlighted sharp differences in "
        "how best to spur growth and the migration crisis ushered a stream of refugees into Europe amid "
        "disagreements about how and whether to house them.",
        "many European citizens feel",
    ),
    # polnear_dev:wash-post_2016-09-25_phone-video-is-first-publ
    (
        "Scott's relatives, who asked authorities to show them video of the shooting, watched it on Thursday, "
        "attorneys for the family said. In a statement, one of the family's attorneys, Justin Bamberg, said the "
        "videos show Scott calmly leaving his car when asked to do so by police.",
        "attorneys",
    ),
    # polnear_dev:west-journal_2016-09-30_new-poll-shows-minor-p
    (
        "New Poll Shows Minor Post-Debate Bump For Clinton.\n\nA new poll shows that Republican presidential "
        "candidate Donald Trump remains in a tight race with Democrat Hillary Clinton after the first presidential "
        "debate.\n\nDespite media pronouncements that Clinton was the winner of Monday night’s debate, she did not "
        "receive a bump in one of the first post-debate polls to emerge.\n\nThe latest Reuters/Ipsos opinion poll "
        "released Friday shows that in a head-to-head contest, Clinton leads Trump by 43 percent to 38 percent.",
        "A new poll shows",
    ),
    # polnear_dev:nyt_2016-09-16_clinton-plan-for-taxes-is-expans
    (
        "But the goal is not revenue; it's supposed to curb ''activist'' investors and others focused on "
        "short-term results, according to a speech Mrs. Clinton delivered at New York University in July 2015.",
        "it's supposed",
    ),
]

HEDGED_FOUND = [
    ("The plan was seen by many as a betrayal.", "was seen by many as"),
    ("Many voters feel that the euro has failed them.", "Many voters feel"),
    # the next speaker is one of another group
    (
        "Scott's relatives watched it on Thursday, attorneys for the family said. In a statement, one of the "
        "family's friends, Justin Bamberg, said the videos show Scott calmly leaving his car.",
        "attorneys",
    ),
    # two sentences on, a poll that is not called new is another one
    (
        "A new poll shows that Donald Trump remains in a tight race with Hillary Clinton.\n\nShe did not receive a "
        "bump.\n\nThe Reuters/Ipsos poll from August showed Clinton ahead by eight points.",
        "A new poll shows",
    ),
    ("But the goal is not revenue; it's supposed to curb activist investors.", "it's supposed"),
]


test_hedged_left_alone, test_hedged_still_found = passage_tests(HEDGED_LEFT_ALONE, HEDGED_FOUND)


ODD_LEFT_ALONE = [
    # polnear_dev:nyt_2016-09-30_keep-the-returns-trump-just-giv
    "Mr. Trump has called for eliminating the tax treatment of so-called carried interest, which benefits many "
    "hedge fund and private equity managers.",
    # polnear_dev:breitbart_2016-09-29_politifact-donald-trump-i
    "Politifact then pointed out that one shooting may have more than one victim, so thousands of shooting victims "
    "does not necessarily translate into thousands of shootings.",
    # polnear_dev:huff-post_2016-09-27_hillary-clinton-goes-afte
    "Sen. David Perdue (R-Ga.) said he didn't believe those characterizations did Romney in in 2012, arguing that "
    "it was divisions in the Republican Party that were a bigger hurdle.",
    # polnear_dev:wash-post_2016-09-08_virginian-could-make-hist
    "In other words, it was safely his from Day 1.",
]

ODD_FOUND = [
    ("Many hedge fund are closing this year.", "determiner_noun_agreement"),
    ("The shooting victims does not want to talk.", "subject_verb_agreement"),
    ("He went to the the store.", "doubled_word"),
    ("It has nothing to do his with ethnicity.", "wrong_word"),
]


@pytest.mark.parametrize("text", ODD_LEFT_ALONE)
def test_odd_left_alone(text: str) -> None:
    assert odd(text) == []


@pytest.mark.parametrize(("text", "check"), ODD_FOUND)
def test_odd_still_found(text: str, check: str) -> None:
    assert check in [c for c, _ in odd(text)], odd(text)


def loaded(text: str) -> list[str]:
    return [f.text for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]


def test_a_label_the_subject_gives_with_as_is_not_the_writers() -> None:
    """polnear_dev:huff-post_2016-09-27_hillary-clinton-goes-afte"""
    assert loaded(
        "The Democratic nominee aggressively attacked her opponent as a fraud and a scam artist during the first "
        "presidential debate Monday night."
    ) == []
    assert loaded("He is a scam artist and a fraud.") == ["scam artist"]
