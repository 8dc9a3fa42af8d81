"""odd_phrasing: a verdict of contempt on what someone did or said, in the article's own voice.

An adjective of contempt on a noun that names an act, a decision or something said ("a shameful refusal
to admit his own mistakes", "Trump’s traitorous appeasement of Putin") is a ``loaded_word`` finding
whatever determiner it has; adjectives with a plain sense for an act ("outrageous behavior" that
reality TV rewards, "a juicy, scandalous answer") are left alone.

Every sentence is quoted from a real article (ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # the signal tests parse text with the spaCy pipeline

ACT = "a verdict of contempt on what someone did or said"


def loaded_words(text: str) -> list[tuple[str, str]]:
    """(text, message) of each ``loaded_word`` finding."""
    return [(f.text, f.message) for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]


FOUND = [
    # buzzfeed_webis_2016:0926 (fake)
    (
        "Not only is it a shameful refusal to admit his own mistakes, but it’s an existential attack on our "
        "entire democracy.",
        "shameful",
    ),
    # buzzfeed_webis_2016:0906 (fake)
    (
        "Trump’s traitorous appeasement of Putin, and the shocking monetary ties between his campaign and the "
        "inner circle of Russian oligarchs have already received some scrutiny – albeit far less than they "
        "should – in the American press.",
        "traitorous",
    ),
    # fakenewsnet_politifact_defend:politifact15616 (fake)
    (
        "Violent riots have gripped the nation's capital as citizens take to the streets in a shameful display "
        "of fascism and intolerance.",
        "shameful",
    ),
    # fakenewsnet_politifact_defend:politifact11773 (fake): "show" as a display of something
    (
        "It is a disgusting show of transphobia that has no place in our public schools;",
        "disgusting",
    ),
    # buzzfeed_webis_2016:0923 (labelled credible; a partisan blog's own voice)
    (
        "In the end, Hillary Clinton scored her very best zinger of the night after Trump looked like a one "
        "armed wall-paper hanger with crabs, trying to cover up a very large wall, with nothing more than "
        "shameful lies and promises, and certainly none of his tax papers which the American people deserve "
        "to see before voting for this country’s President.",
        "shameful",
    ),
    # buzzfeed_webis_2016:1435 (labelled credible; a tabloid's own voice)
    (
        "But what happens when you have a memorial monument dedicated to a major battle in your country’s "
        "history totally desecrated by a disgusting excuse for a human being?",
        "disgusting",
    ),
    # buzzfeed_webis_2016:0193 (dev4)
    ("This incoherent tweet covers three topics that are completely unrelated.", "incoherent"),
]


@pytest.mark.parametrize(("text", "word"), FOUND)
def test_a_verdict_of_contempt_on_an_act_is_found(text: str, word: str) -> None:
    findings = loaded_words(text)
    assert [t for t, _ in findings] == [word]
    assert ACT in findings[0][1]


NOT_FOUND = [
    # PolNeAR usa-today_2016-10-10_video-surfaces-first-thing-in-de (credible): plain of an act
    "And while reality TV shows like The Apprentice typically reward outrageous behavior with higher ratings, "
    "that's not usually the case with presidential campaigns.",
    # buzzfeed_webis_2016:1594 (credible): the gossip sense
    "The problem with that is, Justin Theroux refused to indulge them with a juicy, scandalous answer.",
    # fakenewsnet_politifact_defend:politifact1180 (credible): a politician's speech, a word of policy
    "The problem is, such irresponsible behavior costs all the rest of us money.",
    # PolNeAR usa-today_2016-09-08_with-two-months-to-go-trump-stil (credible): an editorial's question
    "Beyond Trump's personal finances is the issue of what shady behavior might lurk in his far-flung business "
    "empire -- such as an improper $25,000 contribution from his family foundation to the attorney general of "
    "Florida, whose office was poking around at allegations of fraud at Trump University.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_plain_word_for_an_act_is_left_alone(text: str) -> None:
    assert not [t for t, m in loaded_words(text) if ACT in m]
