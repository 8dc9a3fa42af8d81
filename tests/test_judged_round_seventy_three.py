"""Judged round seventy-three (seed 4051, docs/accuracy.md): 40 more credible articles of more than 900 words, on
the final code of session 48 (hedged_sourcing 0.33.47, internal_contradiction 0.15.4, odd_phrasing 0.39.43); 79 of
116 findings right as judged. Fixed after it, with round seventy's reports of the same survey, each beside a
passage the same rule must keep finding:

- hedged_sourcing: the members of a survey panel whose respondents all answer anonymously, in the weekly reports
  of that panel ("Insiders in both parties agree", "some Republicans said", "Other insiders, however, doubted",
  "The vast majority of all insiders, 88 percent, said" beside "said a Nevada Democrat — who, like all
  respondents, completed the survey anonymously" and "The POLITICO Caucus — a panel of activists, strategists and
  operatives"): the survey is the source, and the article says who answers it and why they are not named.

Left alone, judged wrong: polls as a race's background ("With national polls showing a tight race") and past
elections' exit polls ("according to exit polls" for 1980), which other rounds' readers judged right as often.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

# (buzzfeed_webis_2016:1300 and :1231, fakenewsnet_old_buzzfeed:BuzzFeed_Real_78, judged wrong), shortened
_PANEL = (
    "Score round 1 for Hillary Clinton. That’s according to The POLITICO Caucus — a panel of swing-state "
    "activists, strategists and operatives who watched the first debate here Monday night. “No contest,” said an "
    "Iowa Democrat — who, like all respondents, completed the survey anonymously. “Trump held it together for 16 "
    "minutes and fell apart.” Some Democrats predicted the debate would swing the momentum. The vast majority of "
    "all insiders, 88 percent, said Clinton met expectations going into Monday night. And some Republicans "
    "cautioned against reading too much into the first match-up. “There are two more debates to watch,” said a "
    "Virginia Republican. Other insiders, however, doubted whether the debate would have a significant, permanent "
    "effect on the race."
)

LEFT_ALONE = [
    (_PANEL, "Some Democrats predicted"),
    (_PANEL, "The vast majority of all insiders"),
    (_PANEL, "some Republicans cautioned"),
    (_PANEL, "Other insiders"),
    (  # the disclosure comes after the lede's group
        "Insiders in both parties agree: Clinton faces higher expectations than Donald Trump. That’s according to "
        "The POLITICO Caucus — a panel of activists, strategists and operatives in 11 key battleground states. "
        "“The press will give Trump a glowing review,” said a Nevada Democrat — who, like all respondents, "
        "completed the survey anonymously.",
        "Insiders",
    ),
]

STILL_FOUND = [
    (  # no survey whose respondents answer anonymously: the insiders are unnamed sources
        "Insiders in both parties agree: Clinton faces higher expectations than Donald Trump. But some "
        "Republicans said Clinton could stunt Trump’s momentum with a strong performance Monday night.",
        "some Republicans said",
    ),
    (  # one source granted anonymity is no panel
        "Some Republicans said Clinton could stunt Trump’s momentum. “She's got to hit him with a brick,” said a "
        "Republican strategist, who spoke anonymously because he was not authorized to discuss the campaign.",
        "Some Republicans said",
    ),
    (  # a panel that answers anonymously, but the group is not what its members are called
        "The POLITICO Caucus is a panel of activists, strategists and operatives; like all respondents, they "
        "completed the survey anonymously. Some economists said the debate would move markets.",
        "Some economists said",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
