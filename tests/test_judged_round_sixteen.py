"""Wrong findings that readers judged in judged round sixteen (seed 3216: 47 of PolNeAR train's 1,301-2,500-word
articles from the Times, the Post, Politico, HuffPost and Breitbart, judged on the code of model 2026.12.03.5;
docs/accuracy.md), each with the real passage, beside the finding the same rule must keep; and the misses of the
marked tuning sets that the round's changes find.

The parse: a no-break space is read as a plain space ("according to\\xa0an interview his brother gave"), but for
one that is the only break after a heading in capitals (scorer/plain_spaces.py).

hedged_sourcing: an unnamed source tagged a second time in its own sentence ("... a separate intelligence source
... did so ...: '...,' the source said"); a refusal to comment ("We are not going to speak to the content");
a count of people large enough to be a poll's tally ("1,409 teachers said"); evidence the next sentence gives as a
named poll ("In a Washington Post/ABC News poll released Sunday"); an example of the polls given a sentence or two
on in the same paragraph ("For instance, a WBUR poll last week showed"); a finding of an agentless "it was
discovered" beside the arrest it led to; a group whose members "such as" names ("Top congressional leaders such
as Speaker Paul Ryan"). Found now: a judgement passive of blame ("has been blasted as", "was derided as"), "it was
discovered that". Tried and dropped: office-holders in the plural as vague sources ("Democratic senators said",
"GOP leaders say"): readers judged 8 of 24 new such findings on credible copy right; "mocked for": a reaction.

odd_phrasing (loaded words): a word inside the "as" complement of a verb of viewing, under its conjoined
adjective ("what many Democrats view as an unrealistic, and even dishonest, view"); a sentence framed as a named
person's view ("For Jonathan Chait, ...").
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.nlp import load_pipeline
from scorer.plain_spaces import plain
from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

HEDGED_LEFT_ALONE = [
    # polnear_train:huff-post_2016-05-19_these-are-the-people-miss (no-break spaces as published)
    (
        "Osman is believed to have been on the flight, according to\xa0an interview his brother Alastair Osman "
        "gave to\xa0ITV.",
        "is believed to",
    ),
    # polnear_train:politico_2016-02-10_top-clinton-adviser-sent-t
    (
        "When asked to confirm Sullivan’s participation in the “top secret” email chains, a separate intelligence "
        "source familiar with the investigation did so, but with a caveat: “The person in question is one of the "
        "primary participants and instigators but by no means the only one,” the source said.",
        "the source said",
    ),
    (
        "In a statement for this story, a State Department official said, \"We are not going to speak to the "
        "content of these documents, including who sent them.”",
        "a State Department official said",
    ),
    # polnear_train:politico_2016-04-06_hillary-clinton-s-union-pr
    (
        "But last July, the group polled members online ahead of the AFT’s endorsement: 1,409 teachers said they "
        "wanted to endorse Sanders, while 95 members favored Clinton.",
        "1,409 teachers said",
    ),
    # polnear_train:wash-post_2016-06-27_the-revolutionary-s-next-
    (
        "There is some evidence that most Sanders supporters have already fallen in line behind Clinton. In a "
        "Washington Post/ABC News poll released Sunday, just 8 percent of Democrats said they would vote for "
        "Trump.",
        "There is some evidence",
    ),
    # polnear_train:wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-
    (
        "Polls in New Hampshire show the top two candidates are the same as in Iowa and nationally: Trump and "
        "Carson. But beneath them, Kasich, Christie and Bush register more strength in New Hampshire. For "
        "instance, a WBUR poll last week showed Rubio in third at 11 percent, followed closely by Kasich at 10 "
        "percent.",
        "Polls in New Hampshire show",
    ),
    # buzzfeed_webis_2016 (tuning): the discovery is the investigation's
    (
        "A Georgia police officer has been arrested after it was discovered that she had fabricated a story "
        "about being shot.",
        "it was discovered",
    ),
    # the members are named right there, "such as" hung on the verb (as in buzzfeed_webis_2016:1198)
    (
        "Experts such as Professor Paul Ryan (Harvard) and Dr. Nancy Pelosi (Yale) have said they share concerns.",
        "Experts",
    ),
    # buzzfeed_webis_2016:0729 (unmarked credible, judged wrong): how a remark was received
    ("Donald Trump has been mocked mercilessly for saying, “America first.”", "has been mocked"),
    # office-holders are not a vague source by their plural (readers judged 8 of 25 such findings right)
    ("Republican and Democratic leaders in Congress say they'll override Obama's veto next week.", "leaders"),
]

HEDGED_FOUND = [
    ("Osman is believed to have been on the flight.", "is believed to"),
    ("A senior official said the talks had failed. The official said a deal was unlikely.", "The official said"),
    ("An official said the White House would not comment, but that the deal was dead.", "An official said"),
    ("Two officials said the talks had failed.", "Two officials said"),
    (
        "Polls in New Hampshire show Trump ahead. But beneath them, Kasich registers more strength.\n\nFor "
        "instance, a WBUR poll last week showed Rubio in third.",
        "Polls",
    ),
    ("Experts have said they share concerns.", "Experts"),
    # fakenewsnet_politifact_defend:politifact14235 (tuning, marked)
    ("Since the luncheon she has been blasted as a hypocrite.", "has been blasted as"),
    ("The proposal was derided as a gimmick.", "was derided as"),
    # polnear_train:west-journal_2016-07-14_donald-trump-stuns-lgb (judged right): the lawsuits are what was revealed
    (
        "Thiel made the news recently when it was revealed that he bankrolled lawsuits by Hulk Hogan against "
        "Gawker Media, publisher of The Daily Gawker.",
        "it was revealed",
    ),
    # buzzfeed_webis_2016:0786 (tuning, marked)
    ("It was discovered that she lied to investigators.", "It was discovered"),
]


test_hedged_left_alone, test_hedged_still_found = passage_tests(HEDGED_LEFT_ALONE, HEDGED_FOUND)


def loaded(text: str) -> list[str]:
    return [f.text for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]


def test_a_word_in_the_as_complement_of_a_verb_of_viewing_is_the_viewers() -> None:
    """polnear_train:wash-post_2016-05-19_sanders-s-supporters-not-: the Democrats' view, under "unrealistic"."""
    text = (
        "Sanders is also keeping his supporters riled up by making what many Democrats view as an unrealistic, "
        "and even dishonest, view of his candidacy, given Clinton's large lead in delegates."
    )
    assert loaded(text) == []
    assert loaded("Sanders is making an unrealistic, and even dishonest, case for his candidacy.") == ["dishonest"]


def test_a_sentence_framed_as_a_named_persons_view_is_theirs() -> None:
    """polnear_train:huff-post_2016-03-23_how-the-democratic-elite-betraye: Chait's reading of the piece."""
    text = "For Jonathan Chait, Williamson is exposing the perverse moral logic of hardline libertarianism."
    assert loaded(text) == []
    assert loaded("Williamson is exposing the perverse moral logic of hardline libertarianism.") == ["perverse"]
    assert loaded("For years, Williamson has exposed the perverse moral logic of libertarianism.") == ["perverse"]


def test_no_break_spaces_are_read_as_plain_spaces_with_the_offsets_kept() -> None:
    text = "He is\xa0known as a bully, according to\xa0an interview.\u202fOK"
    assert plain(text) == "He is known as a bully, according to an interview. OK"
    doc = load_pipeline()(text)
    assert len(doc.text) == len(text)
    assert not any(t.is_space for t in doc)
    according = next(t for t in doc if t.lower_ == "according")
    assert [c.dep_ for c in according.children] == ["prep"]  # "to", whose object is "interview"


def test_a_no_break_space_after_a_heading_in_capitals_stays_a_break() -> None:
    """polnear_train:huff-post_2016-07-25_monday-s-morning-email-putin: a newsletter's item heading."""
    text = "TURNS OUT EDGAR ALLEN POE WAS ONTO SOMETHING\xa0Crows and ravens are considered the detectives."
    assert plain(text) == text
    assert plain("the U.S.\xa0Army") == "the U.S. Army"
