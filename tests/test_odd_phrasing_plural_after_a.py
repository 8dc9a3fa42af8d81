"""odd_phrasing, read on the marked sets dev13 and dev14: "a" before an adjective and a regular plural ("a
criminal investigations"); a caption's last noun is no verb ("Featured image via Comedy Central screen
capture"); someone likened to or wondered about in the writer's sentence speaks through it; a writer's
habit of "??!" is one finding per article. Every sentence is quoted from a real article (ids in the
comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def findings(text: str) -> list[tuple[str, str]]:
    """(check, text) of every finding of odd_phrasing on ``text``."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings]


FOUND = [
    # dev14 buzzfeed_webis_2016:1602
    (
        "Wallow was placed on administrative leave and then fired the next day. The department quickly opened a "
        "criminal investigations into Wallow’s cruel tactics.",
        ("determiner_noun_agreement", "a criminal investigations"),
    ),
    # the issue's own example ("a private Goldman Sachs events" needs the name between; this is the plain form)
    ("She spoke at a private events for donors.", ("determiner_noun_agreement", "a private events")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_plural_after_a_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in findings(text)


NOT_FOUND_AGREEMENT = [
    # idioms and quantities that take "a" before a plural
    "It took a few days for the results to come in.",
    "He spent a good many years in Washington before running for office.",
    "He won a record five titles in a row.",
    # buzzfeed_webis_2016:1500 (credible): "go a long ways", American usage
    "From what I’ve witnessed so far, this movement can go a long ways in changing hearts and minds to peace.",
    # celebrity:legit/219legit.txt (credible): a plural possessive
    "When it was time for the pair to hit Cannes, they gave the red carpet a daring couples' moment.",
    # a noun that is plural in form and singular in use
    "They need a new headquarters before the move in May.",
    # dev13 buzzfeed_webis_2016:0157: a photo credit run into the next line; "capture" is a noun here
    "Here’s the video, via Comedy Central: Featured image via Comedy Central screen capture  Here’s another "
    "supporter of Donald Trump in action.",
]


@pytest.mark.parametrize("text", NOT_FOUND_AGREEMENT)
def test_agreement_left_alone(text: str) -> None:
    checks = {"determiner_noun_agreement", "subject_verb_agreement"}
    assert [f for f in findings(text) if f[0] in checks] == []


def test_agreement_still_found_after_a_plural_subject() -> None:
    """The caption guard does not silence a plural subject with an -s verb before its object."""
    assert ("subject_verb_agreement", "reports says") in findings("The reports says nothing about it.")


REPORTED = [
    # dev13 buzzfeed_webis_2016:1555: the judge's comparison, pasted from another site
    (
        "A Texas judge likened a black Dallas Police Sergeant to a clueless slave in response to the cop’s "
        "lawsuit against Black Lives Matter.",
        "clueless",
    ),
    # dev14 buzzfeed_webis_2016:0156: a congresswoman's question, reported without quotation marks
    (
        "Rep. Zoe Lofgren (D-Calif.) wondered aloud if discovering payments by Russia might suggest a monetary "
        "― or even treasonous ― motive for going soft on a U.S. rival.",
        "treasonous",
    ),
]


@pytest.mark.parametrize(("text", "word"), REPORTED)
def test_loaded_word_in_reported_words_left_alone(text: str, word: str) -> None:
    assert not any(word in t for c, t in findings(text) if c == "loaded_word")


def test_loaded_word_in_own_voice_still_found() -> None:
    """dev10 buzzfeed_webis_2016:0180: women "wondering" in the writer's description do not make the writer's
    "disgusting" anyone else's."""
    text = (
        "The video showcases women all across the country looking at themselves, wondering if they are "
        "worthy, as Trump’s disgusting words echo off the screen."
    )
    assert any("disgusting" in t for c, t in findings(text) if c == "loaded_word")


def test_exclamation_runs_one_finding_per_article() -> None:
    """dev13 celebrity:fake/075fake.txt: readers query the habit once (the first run), not each run."""
    text = (
        "Last weekend wasn't the first time we saw Selena Gomez and Orlando Bloom together, so can you blame "
        "us for speculating??! But what was he trying to hide if he was just having a totally platonic play "
        "date??! Selena DID post a snap of herself giggling??!"
    )
    result = run_signal(OddPhrasing(), text)
    runs = [f for f in result.findings if f.check == "exclamation_run"]
    assert len(runs) == 1 and runs[0].start == text.index("??!")
    assert "3 such in the article; the first shown" in runs[0].message
    assert result.features["exclamation_runs"] == 3  # every run still counts in the features
