"""Wrong findings that readers judged in the eighth and ninth judged rounds (seeds 3208 and 3209: 60 and 45
PolNeAR train-split articles from the New York Times, the Washington Post, USA Today, Breitbart, HuffPost and
the Western Journal; docs/accuracy.md), each with the real passage, beside the finding the same rule must keep.

hedged_sourcing: a verb that takes a thing, not a claim ("know people of their own race", "view the media
with skepticism"); a news report whose paper the next sentence names; a poll named by "According to" with
its owner; a group that is what a poll measured; a forecast whose owner the same sentence gives with the
same verb; an unnamed ally whose words the next sentence's named subject walks back; a speaker's tag after
the clause ("..., she said") that the parser gave a second subject. Round nine: executives of a named
company speaking for it; a judgement measured by a poll ("a 13-point advantage on being viewed as"); an
instruction ("told Flint residents not to drink").

odd_phrasing: a phrase said aloud inside a quotation in two apostrophes (the Times' archive style); the
idiom "has going for him"; a plural common noun capitalised at a sentence's start ("Politicos call"); a
capital glued to a comma in scraped player text ("We Are Sorry,This video"); round nine: "have" ending its
own clause before a "since" clause ("than they have since the war began").

internal_contradiction (round nine): a year after the publication date told in the past, in a sentence about
public money written in the last quarter before it: the fiscal year that has begun.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction
from odd_cases import found as odd

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

HEDGED_LEFT_ALONE = [
    # polnear_train:huff-post_2015-11-23_donald-trump-tweets-a-wildly-ina
    (
        "Crime experts have concluded that homicides are most likely to occur among people of the same race "
        "because people are usually murdered by someone they already know, and most people primarily know "
        "people of their own race.",
        "most people primarily know",
    ),
    # polnear_train:nyt_2016-07-25_political-future-unsure-at-fox-a
    (
        "Tensions have abated over the years. Many conservatives view the mainstream media networks with "
        "skepticism, if not outright disdain, and the advent of Fox News gave a voice to those who had felt "
        "ignored.",
        "Many conservatives",
    ),
    # polnear_train:breitbart_2015-12-16_newspaper-defense-secretary-used
    (
        "WASHINGTON (AP) — A news report published Wednesday said Defense Secretary Ash Carter used a personal "
        "email account to do some of his government business during his first months at the Pentagon.\n\n"
        "The New York Times reported it obtained 72 work-related emails that Carter sent or received from his "
        "personal email account.",
        "A news report",
    ),
    # polnear_train:breitbart_2016-06-26_clinton-swipes-at-trump-over-bre
    (
        "Clinton spoke to the mayors in Indianapolis.\n\nNew polls released Sunday showed Clinton taking a lead "
        "in the presidential race. According to a Washington Post-ABC News survey, 51 percent of respondents "
        "said they would vote for Clinton, versus 39 percent for Trump.",
        "New polls",
    ),
    # polnear_train:west-journal_2015-12-10_something-horrible-was-just-rele
    (
        "Not one, but two Republican candidates would defeat Democratic presidential front-runner Hillary "
        "Clinton, according to a new poll that shows more voters view Clinton unfavorably than support her.\n\n"
        "The Huffington Post-Morning Consult poll of 2047 registered voters was released Wednesday.",
        "more voters",
    ),
    # polnear_train:nyt_2016-01-20_falling-deficit-to-reverse-cours
    (
        "The deficit for this fiscal year, which ends Sept. 30, is projected to be $544 billion -- $105 billion "
        "more than last year, and $130 billion more than the budget office had projected last August.",
        "is projected to",
    ),
    # polnear_train:wash-post_2016-08-01_byline-amber-phillips
    (
        "Best thing that happened to Republicans.\n\nA Clinton ally suggested she would do an about-face and "
        "support the Trans-Pacific Partnership free-trade deal once she was in the White House. Virginia Gov. "
        "Terry McAuliffe (D) tried to walk back his comments a day after he said them, but not after some damage "
        "to his friend's presidential campaign had been inflicted.",
        "A Clinton ally",
    ),
    # polnear_train:wash-post_2015-12-13_misinformation-enters-mainstream
    (
        "The Internet has greatly facilitated the speed and reach of such misinformation, said Angie Drobnic "
        "Holan, Politifact's editor. The Internet has also made it possible for people with like-minded, if "
        "bogus, ideas and theories to organize into communities and reach others, she said. \"If you think the "
        "moon landing was fake, you can go on and find people just like you,\" said Holan.",
        "people",
    ),
    # polnear_train:usa-today_2016-03-24_nabisco-rolls-out-layoffs-in-chi
    (
        "Executives for Mondelez, which generated more than $30 billion in revenue last year, say the company "
        "will save $46 million annually with the cuts.",
        "Executives",
    ),
    # polnear_train:breitbart_2016-02-18_ap-gfk-poll-voters-increasingly-
    (
        "But the poll also finds that Clinton maintains a variety of advantages over Sanders. She has a 13-point "
        "advantage on being viewed as at least somewhat decisive, and a 15-point advantage on being viewed as "
        "competent.",
        "being viewed as",
    ),
    # polnear_train:huff-post_2016-01-19_flint-water-response-perfectly-c
    (
        "Their approaches on health care have exposed this rift as well.\n\nSince October, officials have told "
        "Flint residents not to drink the brown stuff coming out of their taps, which they had previously been "
        "assured was safe even though it caused rashes. The state admitted it made a mistake when a local "
        "pediatrician reported unusually high lead levels in Flint children's blood.",
        "officials have told",
    ),
]

HEDGED_FOUND = [
    ("Many conservatives view the mainstream media as biased.", "Many conservatives view"),
    ("Everyone knows the senator is lying.", "Everyone knows"),
    ("Lawyers said the ruling was wrong.", "Lawyers said"),
    ("She is widely viewed as competent.", "is widely viewed as"),
    ("Officials told reporters that the bridge would reopen.", "Officials told"),
    # celebrity tuning set: plural reports, and the outlet in the next sentence reports another claim
    (
        "After reports that Miley moved in with Liam, it looks like she also bought a house of her own. Us "
        "Magazine reports that Miley just put $2.5 million down on a 4-bedroom home in Malibu.",
        "After reports that",
    ),
    ("The deficit is projected to grow next year.", "is projected to"),
    ("A senior official said the talks had failed. Secretary John Kerry rejected his claim.", "A senior official"),
    (
        "Hillary Clinton was almost universally declared the winner of tonight's debate by the mainstream "
        "media, but online polls and twitter trends said otherwise.",
        "online polls",
    ),
]


test_hedged_left_alone, test_hedged_still_found = passage_tests(HEDGED_LEFT_ALONE, HEDGED_FOUND)


def test_a_phrase_said_aloud_in_two_apostrophe_quotes_is_the_speakers() -> None:
    """polnear_train:nyt_2016-07-25_political-future-unsure-at-fox-a: the Times' archive writes '' for "."""
    quoted = (
        "Mr. Conant added, ''Once Fox made it an issue, then all of the sudden Congress made it an issue, and it "
        "was something that the Bush administration hadn't seen as an issue.''"
    )
    assert ("misused_phrase", "all of the sudden") not in odd(quoted)
    assert ("misused_phrase", "all of the sudden") in odd("Then all of the sudden Congress made it an issue.")


def test_has_going_for_him_is_an_idiom() -> None:
    """polnear_train:wash-post_2015-11-23_seven-gop-presidential-hopefuls-"""
    assert [t for c, t in odd("What he has going for him is what he has always had: money.") if c == "verb_form"] == []
    assert ("verb_form", "have going") in odd("They have going to the store every day.")


def test_a_plural_noun_opening_a_sentence_is_no_name() -> None:
    """polnear_train:huff-post_2016-02-02_don-t-let-the-media-and-marco-ru: "Politicos" is plural."""
    text = (
        "Politicians know this and take advantage of it. Politicos call this the expectations game, setting "
        "expectations of your performance at a certain level."
    )
    assert [t for c, t in odd(text) if c == "subject_verb_agreement"] == []


def test_a_capital_glued_to_a_comma_is_scraped_text() -> None:
    """polnear_train:huff-post_2016-07-26_obama-administration-to-expand-p: a video player's message."""
    scraped = (
        "People are at considerable risk in their home countries.\n\n"
        "We Are Sorry,This video is restricted from playingEcode: 11."
    )
    assert [t for c, t in odd(scraped) if c == "stray_capital"] == []
    assert ("stray_capital", "Speaking") in odd(
        "According to the Daily Mail, Speaking to the newspaper he said he was fine."
    )


def test_have_ending_its_clause_before_since_is_no_participle_slip() -> None:
    """polnear_train:usa-today_2016-03-18_laura-bush-sees-hope-help-for-af: "have" stands for "have controlled"."""
    text = "The Taliban now control more territory than they have since the war began. Are the gains fragile?"
    assert [t for c, t in odd(text) if c == "wrong_participle"] == []
    assert ("wrong_participle", "have began") in odd("They have began to fight.")
    # celebrity (unmarked credible): "since" as an adverb, the slip stands
    slip = "Although news has since broke that she is dating him, she hid it."
    assert ("wrong_participle", "has since broke") in odd(slip)


def contradictions(text: str, published: str) -> list[tuple[str | None, str]]:
    """(check, text) of every finding of internal_contradiction on ``text`` published on ``published``."""
    return [(f.check, f.text) for f in run_signal(InternalContradiction(), text, published=published).findings]


def test_a_fiscal_year_begun_is_no_tense_clash() -> None:
    """polnear_train:usa-today_2015-12-22_clinton-to-call-for-wider-effort: fiscal 2016 began on 1 October 2015."""
    text = (
        "Congress significantly boosted funding levels in 2016, yet it's still less than half of what researchers "
        "say they need every year."
    )
    assert contradictions(text, "2015-12-22") == []
    assert ("tense_vs_time", "2016") in contradictions(text, "2015-06-22")
    assert ("tense_vs_time", "2016") in contradictions("The summit took place in 2016 and drew crowds.", "2015-12-22")
