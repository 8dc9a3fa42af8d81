"""Judged rounds twenty (seed 3220: PolNeAR train's eight articles over 2,500 words) and twenty-one (seed 3221: 41
of its 100-299-word articles), judged on the code of model 2026.12.03.8 (docs/accuracy.md): 11 of 21 and 12 of
16 findings right as judged, kept as a measure. Fixed after them (hedged_sourcing 0.29.0, odd_phrasing 0.33.0),
each rule with its real passage beside one the same rule must keep:

- hedged_sourcing: a lede's "new poll" named in the next sentence ("a new poll by the Harvard University
  Institute of Politics"); reports a named filer files ("fundraising reports ... that Sanders campaign is
  filing"); an unnamed adviser whom the next sentence names as having spoken ("Ed Brookover spoke to
  reporters"); people a recording shows ("ISIS soldiers mock ... in the video"; a scene a video captured,
  told in the present with its words quoted); "apparently" on a named person whose words come next; "allegedly"
  inside a story a named teller tells;
- odd_phrasing: a time phrase after the real subject ("Republicans this election cycle don't"); a tweet quoted
  as its writer typed it, without spaces after its punctuation.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found as odd

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

CARRIER = (
    "The fuzzy video, shot by a worker on the floor of a Carrier factory here in the American heartland last month, "
    "captured the raging national debate over trade and the future of the working class in 3 minutes 32 seconds.\n\n"
    "''This is strictly a business decision,'' a Carrier executive tells employees, describing how their 1,400 jobs "
    "making furnaces and heating equipment will be sent to Mexico. Workers there typically earn about $19 a day - "
    "less than what many on the assembly line here make in an hour. As boos and curses erupt from the crowd, the "
    "executive says, ''Please quiet down.''"
)

HEDGED_LEFT_ALONE = [
    # polnear_train:breitbart_2015-12-10_millennial-democratics-pr
    (
        "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young democrats are gravitating toward Sen. Bernie Sanders, I-Vt., a "
        "self-described Democratic socialist, a new poll indicates.\n\nSanders’ appeal among millennial "
        "progressives — between the ages of 18 and 29 — can be attributed to his democratic socialism, according "
        "to a new poll by the Harvard University Institute of Politics.",
        "a new poll indicates",
    ),
    # polnear_train:breitbart_2016-02-20_the-latest-hillary-clinto
    (
        "Bernie Sanders’ campaign says it raised more than $21 million in January, bringing its total for the "
        "campaign to almost $95 million.\n\nThat’s according to fundraising reports through Jan. 31 that Sanders "
        "campaign is filing on Saturday.",
        "according to fundraising reports",
    ),
    # polnear_train:breitbart_2016-04-14_the-latest-trump-delivers
    (
        "A top Donald Trump adviser says the businessman is on a “glide path” to reaching the 1,237 delegates needed "
        "to clinch the Republican nomination.\n\nEd Brookover spoke to reporters Thursday following a meeting with "
        "House members who have endorsed Trump.",
        "A top Donald Trump adviser says",
    ),
    # polnear_train:nyt_2016-03-21_factory-workers-feel-sting-of-gl
    (CARRIER, "a Carrier executive tells"),
    (CARRIER, "the executive says"),
    # polnear_train:west-journal_2015-12-21_revealed-what-isis-pro
    (
        "The video, released in late November, is called No Respite. ISIS soldiers mock America’s military "
        "tactics in the video and put a pulse on racial tensions in the United States. They state their goal is "
        "to expand the caliphate.",
        "ISIS soldiers mock",
    ),
    (
        "The video, released in late November, is called No Respite. ISIS soldiers mock America’s military "
        "tactics in the video and put a pulse on racial tensions in the United States. They state their goal is "
        "to expand the caliphate.",
        "They state",
    ),
    # polnear_train:huff-post_2016-02-07_the-latest-gop-debate-kic
    (
        "Donald Trump often takes full credit for the idea of building a border wall.\nTed Cruz apparently thinks "
        "so, too.\nTrump drew attention to himself when Cruz was discussing his immigration plan, which includes "
        "building a border wall.\n\"Since Donald enjoyed that, I will simply say I've got somebody in mind to build "
        "it,\" Cruz said.",
        "apparently",
    ),
    # polnear_train:breitbart_2016-02-20_the-latest-hillary-clinto
    (
        "Trump was defending his support of waterboarding at a rally in South Carolina Friday night when he told the "
        "largely unsubstantiated tale of Gen. John Pershing allegedly halting Muslim attacks in the Philippines.",
        "allegedly",
    ),
]

HEDGED_FOUND = [
    # another poll, not called new: the lede's poll stays unnamed
    (
        "Young democrats are gravitating toward Sen. Bernie Sanders, I-Vt., a self-described Democratic socialist, "
        "a new poll indicates.\n\nVoters in Iowa favour Hillary Clinton, according to a poll by the Des Moines "
        "Register.",
        "a new poll indicates",
    ),
    # "that" opens what the reports say, not who files them
    (
        "Bernie Sanders’ campaign says it raised more than $21 million in January.\n\nThat’s according to "
        "fundraising reports that Sanders is behind Clinton.",
        "according to fundraising reports",
    ),
    # a named speaker with a claim of his own is someone else
    (
        "A top Donald Trump adviser says the businessman is on a glide path to the nomination.\n\nEd Brookover said "
        "the campaign was in trouble.",
        "A top Donald Trump adviser says",
    ),
    # a video in the paragraph before, but nothing quoted from a scene: the official is a source
    (
        "The video showed the crowd.\n\nA senior official says the plan will fail.",
        "A senior official says",
    ),
    ("ISIS soldiers say the attack was planned for months.", "ISIS soldiers say"),
    # buzzfeed_webis_2016:0723: the pundits watched the video, they are not in it
    (
        "Most recently a video has circulated of Mrs. Clinton addressing a largely union audience. More than one "
        "pundit has described her demeanor in this video as “unhinged.”",
        "More than one pundit has described",
    ),
    # the next speaker is someone else
    (
        "Ted Cruz apparently thinks so, too.\n\nTrump drew attention to himself. Mr. Rubio said he liked it.",
        "apparently",
    ),
    # a story nobody is said to tell
    ("The story of the mayor allegedly taking bribes spread fast.", "allegedly"),
]


test_hedged_left_alone, test_hedged_still_found = passage_tests(HEDGED_LEFT_ALONE, HEDGED_FOUND)


def test_a_time_phrase_after_the_subject_is_not_the_subject() -> None:
    """polnear_train:huff-post_2016-02-07_the-latest-gop-debate-kic (the live blog's heading runs on into the
    sentence, so the parse cuts "Republicans" off and takes the time phrase for its subject)."""
    text = (
        "Donald Trump And Marco Rubio Miss The Mark On Discrimination\nRepublicans this election cycle don't have a "
        "very good track record when it comes to speaking about discrimination."
    )
    assert not [t for c, t in odd(text) if c == "subject_verb_agreement"]
    # the time phrase as the subject itself, at the start of its sentence
    assert ("subject_verb_agreement", "cycle do") in odd("This election cycle do not end well for anyone.")
    # a singular subject before the time phrase still disagrees
    assert ("subject_verb_agreement", "campaign this cycle have") in odd("The campaign this cycle have been ugly.")


def test_a_tweet_quoted_as_typed_keeps_its_spacing() -> None:
    """polnear_train:politico_2016-01-28_saudi-prince-mocks-trump-o"""
    tweet = (
        '"Trump:You base your statements on photoshopped pics?I bailed you out twice;a 3rd time,maybe?" tweeted '
        "Prince Alwaleed on Thursday."
    )
    assert not [t for c, t in odd(tweet) if c == "missing_space"]
    one_slip = 'He said "we will go there,maybe tomorrow" and left.'
    assert ("missing_space", "there,maybe") in odd(one_slip)
