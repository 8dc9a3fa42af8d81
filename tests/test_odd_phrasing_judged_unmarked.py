"""odd_phrasing: wrong findings that readers judging every finding on unmarked articles showed (two
rounds of 60, 2026-12-02, seeds 2701 and 2801), each with the real sentence and the slip still found
beside it (ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def findings(text: str) -> list[tuple[str, str]]:
    """(check, text) of every finding of odd_phrasing on ``text``."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings]


def test_exclamation_run_in_a_post_quoted_in_single_marks_is_the_posters() -> None:
    """celebrity:legit/106legit.txt: a post quoted in straight single marks (British tabloid style)."""
    quoted = (
        "'I LOVE THIS because it reminds me IM NOT EXACTLY WHERE I WANT TO BE BUT THANK GOD IM NOT WHERE I USED "
        "TO BE!!' he wrote, adding, 'THE BEST IS YET TO COME DO YOU BELIEVE IT?'"
    )
    assert [t for c, t in findings(quoted) if c == "exclamation_run"] == []
    assert ("exclamation_run", "!!") in findings(quoted + "\n\nThat is great!!")


def test_a_paragraph_quoted_in_single_marks_is_the_speakers() -> None:
    """celebrity:legit/005legit.txt: a paragraph of Jennifer Aniston's words in straight single marks."""
    quoted = (
        "Jennifer told the Hollywood Reporter some years after the break-up: 'Nobody did anything wrong.\n\n"
        "'It was just like, sometimes things [happen]. If the world only could just stop with the stupid, "
        "soap-opera b******t. There's no story.'"
    )
    assert [t for c, t in findings(quoted) if c == "loaded_word"] == []
    own = quoted + "\n\nThe stupid, soap-opera coverage went on."
    assert ("loaded_word", "stupid") in findings(own)


def test_a_numbered_name_is_no_count() -> None:
    """buzzfeed_webis_2016:1608: "Local 9 lodge" names a lodge; a count before a singular noun is still found."""
    named = (
        "Calls to Jason Pappas, president of the Fraternal Order of Police’s Local 9 lodge in Ohio, were not "
        "immediately returned."
    )
    assert [t for c, t in findings(named) if c == "number_noun_agreement"] == []
    assert ("number_noun_agreement", "three data center") in findings(
        "But critics claim three data center were built without permits."
    )


# Judged wrong in rounds on newspaper copy (benchmarks/judged_rounds.py, PolNeAR train split), beside the
# slip each rule is for.
NEWSPAPER_LEFT_ALONE = [
    # polnear_train:nyt_2015-11-18_paris-attacks-test-cl (seed 3204): "further" is tagged a plain adverb
    ("Mrs. Clinton has gone further than Mr. Obama on Syria by proposing a no-fly zone.", "confusable"),
    # polnear_train:wash-post_2015-12-12_misinformation- (seed 3204): "that" opens a clause
    (
        "He cited a poll conducted by the Center for Security Policy, a think tank known for a variety of "
        "conspiracy theories, such as that members of the Muslim Brotherhood have infiltrated the Obama "
        "administration.",
        "determiner_noun_agreement",
    ),
    # polnear_train:wash-post_2016-03-05_some-emails-to- (seed 3204): "means" is singular too
    (
        "The review covered records preservation by five secretaries and their staffs since email became a "
        "common means of communication.",
        "determiner_noun_agreement",
    ),
    # polnear_train:nyt_2016-06-26_the-battle-of-the-bil (seed 3204): a comparative correlative fronts the object
    ("The more people you have working on it, the better your numbers are going to be.", "verb_form"),
    # polnear_train:wash-post_2016-04-18 (seed 3203): "be" with its predicate left out, then the outer modal
    (
        "Francis made clear that the meeting was not political, saying that those who thought it was should "
        '"look for a psychiatrist."',
        "verb_form",
    ),
    # polnear_train:wash-post_2016-01-31_clinton-team-quietly (seed 3206): "later" is tagged a plain adverb
    (
        "Though Sanders began organizing far later than Clinton, he recently deployed paid staff to all 11 of "
        'the "Super Tuesday" March 1 states.',
        "confusable",
    ),
    # polnear_train:wash-post_2016-03-04_blistering-atta (seed 3205): "his" stands for "his day"
    (
        "On a day when most candidates lock themselves away with top aides for a final round of debate prep, "
        "Trump started his by calling into the morning shows to preempt an expected attack from Romney.",
        "wrong_word",
    ),
]

NEWSPAPER_LEFT_ALONE += [
    # polnear_train:nyt_2015-11-13_clinton-stays-well-ahead (seed 3207): an -ing noun for what one has
    (
        "Hillary Rodham Clinton has support from 52 percent of Democratic primary voters, while Mr. Sanders has "
        "backing from 33 percent, according to a New York Times/CBS News survey.",
        "verb_form",
    ),
    # polnear_train:usa-today_2016-05-11_millennials-don-t-get-soc (seed 3207): "elicits" is the verb
    (
        "For many who lived through the Cold War era, referring to oneself as a socialist elicits reactions that "
        "range from dangerous suspicion to condescension.",
        "determiner_noun_agreement",
    ),
]

NEWSPAPER_STILL_FOUND = [
    ("He did just than and left the room.", ("confusable", "just than")),
    ("It had nothing to do his with ethnicity.", ("wrong_word", "his with")),
    ("He has working in Iowa for years.", ("verb_form", "has working")),
    (
        "The FBI opened a criminal investigations into the matter.",
        ("determiner_noun_agreement", "a criminal investigations"),
    ),
    ("Each of them liked this movies.", ("determiner_noun_agreement", "this movies")),
    ("They have already attending weddings in the spring.", ("verb_form", "have already attending")),
]


@pytest.mark.parametrize(("text", "check"), NEWSPAPER_LEFT_ALONE)
def test_newspaper_copy_left_alone(text: str, check: str) -> None:
    assert [t for c, t in findings(text) if c == check] == []


@pytest.mark.parametrize(("text", "expected"), NEWSPAPER_STILL_FOUND)
def test_the_slips_beside_them_still_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in findings(text)


def test_headline_style_in_a_copied_headline_is_left_alone() -> None:
    """polnear_train:usa-today_2016-01-12_energy-guns-top-young-vot (seed 3207): a headline's comma for
    "and" in a copy of the headline opening the text; the same line in the body is a slip."""
    title = "Energy, guns top young voters' agenda; Millennials aren't tied to single political party"
    text = (
        "Energy, guns top young voters' agenda; \nMillennials aren't tied to single political party.\n\n"
        "Millennials have a message for the next president."
    )
    checks = [(f.check, f.text) for f in run_signal(OddPhrasing(), text, title=title).findings]
    assert ("subject_verb_comma", "Energy, guns") not in checks
    assert ("subject_verb_comma", "Energy, guns") in findings(text)
