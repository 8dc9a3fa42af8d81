"""odd_phrasing: slips that a rule of English decides whatever the words, each checked on credible copy
before it was added: three of a function word in a row, "n't" with its apostrophe misplaced, "their" before
"is", a month in lower case beside a date, "doesn't" + a preposition with no verb, "suggest"/"demand" +
object + "to", a preposition after a verb that takes its object directly, "affects" as a noun, an idiom
with a word swapped or dropped ("all the sudden", "voter roles", "as result of"), a verb agreeing with a
prepositional phrase's noun instead of its subject ("analysis by ... firms have"); and
cases the checks leave alone (a lone "?!", a verb the parse took for a counted noun). Real sentences,
source ids in the comments (corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]


FOUND = [
    # three of an article in a row: one finding for the run (celebrity:fake/155fake.txt)
    ("According to the the the publication, Ripa felt betrayed by DeGeneres.", ("doubled_word", "the the the")),
    # "n't" with the apostrophe before the "n" (celebrity:fake/093fake.txt)
    (
        "Jamie Dornan and Dakota Johnson are'nt in good terms and the movie's sequel is in trouble.",
        ("misused_phrase", "are'nt"),
    ),
    # "their" for "there" before "is"/"are" (buzzfeed_webis_2016:0811; buzzfeed_webis_2016:1504, credible)
    ("Their is no denying that. Why else would he push such policies?", ("misused_phrase", "Their is")),
    (
        "Blue Bell is wanting to take precautions before their are any.",
        ("misused_phrase", "their are"),
    ),
    # a month in lower case beside a year (celebrity:fake/093fake.txt)
    (
        "It has come that fans are looking forward to the sequel release on february 2017.",
        ("misused_phrase", "february"),
    ),
    # "doesn't" + a preposition and no verb (celebrity:fake/088fake.txt)
    (
        "Taylor wants to see if she'd really listen to Taylor this time (since she doesn't about Justin "
        "Bieber, 20) and actually do it.",
        ("missing_verb", "doesn't about"),
    ),
    # "suggest" + object + "to" (celebrity:fake/088fake.txt)
    (
        "A source told HollywoodLife.com that Taylor suggested Selena to take the icy plunge.",
        ("verb_form", "suggested Selena to take"),
    ),
    # a preposition after a verb that takes its object directly (buzzfeed_webis_2016:0881; fa_kes:1962495663)
    (
        "She can be heard in the video repeatedly requesting for the presence of a black officer named Zach.",
        ("wrong_word", "requesting for"),
    ),
    (
        "The SDF mainly comprising of Kurdish fighters repelled ISIL's offensive.",
        ("wrong_word", "comprising of"),
    ),
    # a verb that agrees with the noun of a prepositional phrase, not its subject (buzzfeed_webis_2016:0402)
    (
        "But analysis by private-sector cybersecurity firms have concluded that the character is most likely "
        "a front for the Russian government.",
        ("subject_verb_agreement", "analysis by private-sector cybersecurity firms have"),
    ),
    # an idiom or a set term with a word swapped for a near-homophone or dropped (buzzfeed_webis_2016:0768,
    # buzzfeed_webis_2016:1502, fakenewsnet_politifact_defend:politifact13591, buzzfeed_webis_2016:0202,
    # buzzfeed_webis_2016:1451, buzzfeed_webis_2016:1622, fakenewsnet_politifact_defend:politifact15109,
    # celebrity:legit/239legit.txt, credible)
    (
        "All the sudden with Obama’s America everyone feels entitled.",
        ("misused_phrase", "All the sudden"),
    ),
    (
        "The email above shows how the Democrats are illegally padding the voter roles.",
        ("misused_phrase", "voter roles"),
    ),
    (
        "The medical report stated the child died due to inflammation in the respiratory track.",
        ("misused_phrase", "respiratory track"),
    ),
    ("The truth is, Trump is lying though his teeth.", ("misused_phrase", "lying though his teeth")),
    (
        "This indefinite postponement couldn’t come at a worse possible time.",
        ("misused_phrase", "a worse possible"),
    ),
    (
        "Desai was a lawyer who practiced in Houston who had recently fallen into hard times financially.",
        ("misused_phrase", "fallen into hard times"),
    ),
    (
        "Michelle did this as result of what she unofficially diagnosed her with.",
        ("misused_phrase", "as result of"),
    ),
    (
        "Then the world blinked and all the sudden they were burgeoning supermodels.",
        ("misused_phrase", "all the sudden"),
    ),
    # "affects" as a noun (buzzfeed_webis_2016:1394)
    (
        "This woman was feeling the physical and emotional affects of her disease.",
        ("confusable", "affects"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


NOT_FOUND = [
    # an adverbial phrase between "did not" and its verb (buzzfeed_webis_2016:1126, credible)
    "“Virginia Tech did not at the time have a first-class hotel or conference center,” he said.",
    # the noun "request for" and a passive "discussed about" (buzzfeed_webis_2016:0469, credible;
    # buzzfeed_webis_2016:1591)
    "The Trump campaign did not immediately respond to a request for comment.",
    "There’s a lot that could be discussed about last night’s debate.",
    # "suggested" + a clause (buzzfeed_webis_2016:1322, credible)
    "Romney had suggested Obama was a less effective governor of Massachusetts.",
    # a lone "?!" (celebrity:fake/149fake.txt)
    "Chelsea is calling out Jen's new husband — when the heck did Chelsea and Jen stop being friends?!",
    # a verb and its infinitive after an age (buzzfeed_webis_2016:0252, credible)
    "A New York Times/CBS News poll found that 36% of voters under 30 plan to support Gary Johnson.",
    # a singular subject, a phrase with a plural noun and a singular verb (buzzfeed_webis_2016:1200;
    # fakenewsnet_politifact_defend:politifact11899, credible)
    "The “one-size, fits all” advice on mammograms has been abandoned.",
    "The truth is that sentencing for blacks is higher than for whites.",
    # a headline run into the text: the name after the phrase is the subject (buzzfeed_webis_2016:0253, credible)
    "Repeated attacks on Megyn Kelly Fox News anchor Megyn Kelly has been targeted repeatedly by Trump.",
    # the set terms written right (buzzfeed_webis_2016:0417, credible;
    # fakenewsnet_politifact_defend:politifact15334; celebrity:fake/089fake.txt)
    "And Democrats have also improved their position on the voter rolls in Colorado and Florida, outpacing "
    "Republicans in the past month, according to a CNN analysis of newly released statistics.",
    "It is highly possible that this is a position that Mack was groomed for since she was a child, as many "
    "childhood stars turn from victims to predators as a result of what they often experience behind the scenes.",
    "Pitt may have been recovered from such hard times during their court battle with Jolie.",
    # a month name that is another word too, and a capitalised one
    "Protesters march 20 blocks to the capitol on February 2017's coldest day.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    assert found(text) == []


def test_a_spoken_word_choice_inside_a_quotation_is_the_speakers_a_spelling_is_not() -> None:
    # "all the sudden" said aloud and quoted is the speaker's English; "voter roles" in the same quotation
    # is how the transcriber spelled "rolls" (both idioms from the tuning sets' articles).
    spoken = '"All the sudden, the doors opened and they ran," the officer told reporters.'
    spelled = '"They purged the voter roles in June," the officer told reporters.'
    assert ("misused_phrase", "All the sudden") not in found(spoken)
    assert ("misused_phrase", "voter roles") in found(spelled)
