"""Judged round eighteen (seed 3218: the last 27 unread 1,301-2,500-word PolNeAR train articles of the Times, the
Post and Politico, judged on the code of model 2026.12.03.7; docs/accuracy.md): 43 of 65 findings right as
judged, kept as a measure. Fixed after it (hedged_sourcing 0.28.0, odd_phrasing 0.32.0), each rule with its real
passage beside one the same rule must keep:

- hedged_sourcing: a named member given "for example" in the next sentence; an agentless passive of judgement
  ("have been criticized for") that a named speaker tells of in the next sentence; "Some of them spoke on
  condition of anonymity because ..." (a sentence that only says why sources already given are unnamed);
- odd_phrasing: "everyone who could sought shelter" (a relative clause whose verb is left out, then the
  sentence's own verb).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found as odd

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

HEDGED_LEFT_ALONE = [
    (
        "It may be too little, too late for some lawmakers. Most of the vulnerable Senate Republicans have "
        "already said they would begrudgingly support Trump, while emphasizing it’s not an endorsement.\n\nNew "
        "Hampshire Sen. Kelly Ayotte’s campaign, for example, said she would “support the nominee” but “isn’t "
        "planning to endorse anyone this cycle,” while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert "
        "suggested they could vote for Trump.",
        "Most of the vulnerable Senate Republicans",
    ),
    # polnear_train:nyt_2015-12-09_terrorists-mock-bids-to-block-th
    (
        "In some cases, Internet companies have been criticized for not taking down websites that belong to the "
        "Islamic State, only to have it discovered later that the sites were critical of it. Matthew Prince, "
        "chief executive of CloudFlare, a San Francisco company, said that in one case Internet activists "
        "criticized his company for keeping several Islamic State websites online.",
        "have been criticized for",
    ),
    # polnear_train:politico_2016-08-17_ap-trump-chair-routed-ukrainian-
    (
        "People with direct knowledge of Gates' work said he ran the effort. Some of them spoke on condition of "
        "anonymity because they were not authorized to reveal details about the work.",
        "spoke on condition of anonymity",
    ),
]

HEDGED_FOUND = [
    # Kept on the earlier rounds' verdicts: a group's claim followed by one named person's quotation in the Times'
    # two-apostrophe marks was judged right 24 times in rounds one to seventeen (the quotation backs a part of
    # the group's claim, not all of it; "Some Democrats now worry ... ''Barack Obama without that surge is John
    # Kerry,'' said Cornell Belcher, a Democratic pollster"), against 3 wrong in round eighteen.
    (
        "The novel's dueling themes divide the mass-market publishing world. Some observers say readers might "
        "embrace it as a lighthearted but inspiring empowerment parable. ''I think it can work,'' said Louisa "
        "Ermelino, the reviews director at Publishers Weekly, who has not read the work but knows its gist.",
        "Some observers say",
    ),
    # the quotation is the principal's, not a member's: the person the group talks about
    (
        "Benjamin Rhodes, a deputy national security adviser, spoke first. But aides said Mr. Obama simply "
        "believed in airing differences. ''This was not the guiding basis of our policy,'' Mr. Obama said.",
        "aides said",
    ),
    # a principal of the story, named in the lede with no description, is no member of the group
    (
        "Hillary Clinton on Monday called on Donald Trump to apologize. Over the course of the campaign, reports "
        "have emerged about Trump refusing to pay what some vendors said he owed them. \"I have met a lot of the "
        "people who were stiffed by you,\" Clinton said.",
        "some vendors said",
    ),
    # no example given: "for example" is what makes the named senators members of the group
    (
        "Most of the vulnerable Senate Republicans have already said they would begrudgingly support Trump. Maine "
        "Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they could vote for him.",
        "Most of the vulnerable Senate Republicans",
    ),
    # the example is the unnamed people's own account again (polnear_train:wash-post_2016-01-24_mired-in-third-)
    (
        "The meeting also veered into a gripe session about Cruz, according to people in attendance.\n\nRep. Mia "
        "Love (R-Utah), for instance, explained how she felt betrayed by Cruz on a trade bill he persuaded her to "
        "back but later abandoned, those people said.",
        "people",
    ),
    # the named speaker in the next sentence says something else: the criticism stays unowned
    (
        "The company has been criticized for its pricing. Matthew Prince, chief executive of CloudFlare, said "
        "the prices were fair.",
        "has been criticized for",
    ),
    # the sentence that gives the anonymity also carries their claim
    ("Some of them spoke on condition of anonymity, saying the plan would fail.", "spoke on condition of anonymity"),
    ("The officials spoke on condition of anonymity, saying the plan would fail.", "spoke on condition of anonymity"),
    # people brought in by that very sentence, not sources given before
    (
        "Those familiar with the talks spoke on condition of anonymity because they were not authorized to discuss "
        "them.",
        "spoke on condition of anonymity",
    ),
]


test_hedged_left_alone, test_hedged_still_found = passage_tests(HEDGED_LEFT_ALONE, HEDGED_FOUND)


def verb_forms(text: str) -> list[str]:
    return [t for c, t in odd(text) if c == "verb_form"]


def test_a_relative_clause_with_its_verb_left_out_ends_before_the_sentences_verb() -> None:
    """polnear_train:wash-post_2016-07-15_truck-attack-in-france-kills-at-"""
    assert verb_forms("As everyone who could sought shelter, only emergency responders remained at the scene.") == []
    assert verb_forms("Those that can left the city before the storm.") == []
    assert verb_forms("The man who could went home.") == ["could went"]
    assert verb_forms("He could went home.") == ["could went"]
