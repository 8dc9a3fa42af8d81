"""odd_phrasing's loaded-language kinds that need their context: an adjective of contempt for
something someone owns ("his ignorant comments"), a noun of contempt pointed at ("these thugs", "this
kind of crap") and a loaded word pushed by an intensifier ("absolutely outrageous"). Found in the
writer's voice of real partisan articles; left alone in real credible reporting where the same words
describe a thing ("a nasty primary season", "a vicious civil war") or sit in someone's quotation.
Every sentence is quoted from a real article (buzzfeed_webis_2016, celebrity and PolNeAR ids in the
comments; those of a hand-marked set say which)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

OWNED = "a word of contempt for someone's words, conduct or character"
INTENSIFIED = "a loaded word pushed further by an intensifier"


def loaded_words(text: str) -> list[tuple[str, str]]:
    """(text, message) of each ``loaded_word`` finding."""
    return [(f.text, f.message) for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]


FOUND = [
    # buzzfeed_webis_2016:1531 (hyperpartisan)
    (
        "This ignorant statement of hers is turning heads throughout the whole country, but not for the "
        "reasons she wants.",
        "ignorant",
        OWNED,
    ),
    # buzzfeed_webis_2016:0914 (hyperpartisan)
    (
        "The polar opposite of charitable, Donald Trump’s greedy schemes border on the comical in their "
        "pervasiveness and extension.",
        "greedy",
        OWNED,
    ),
    # buzzfeed_webis_2016:1494 (hyperpartisan)
    (
        "To emphasize how this debate is likely to be different, consider how Trump would have handled Candy "
        "Crowley’s shameful advocacy she pushed in 2012’s debate.",
        "shameful",
        OWNED,
    ),
    # buzzfeed_webis_2016:0788 (hyperpartisan)
    ("This kind of crap is becoming our norm, and it’s not right.", "crap", OWNED),
    # buzzfeed_webis_2016:1533 (hyperpartisan)
    ("These thugs and killers are not “at risk”.", "thugs", OWNED),
    # buzzfeed_webis_2016:0106 (hyperpartisan)
    ("This is absolutely outrageous.", "absolutely outrageous", INTENSIFIED),
    # buzzfeed_webis_2016:0164 (dev4): a flaw of mind owned by the people it is said of
    ("And their sheer ignorance has cost them a key staff member in a key swing state.", "ignorance", OWNED),
]


@pytest.mark.parametrize(("text", "word", "why"), FOUND)
def test_contempt_in_the_writers_voice_is_found_and_explained(text: str, word: str, why: str) -> None:
    findings = loaded_words(text)
    assert [t for t, _ in findings] == [word]
    assert why in findings[0][1] and "an editor would query it" in findings[0][1]


NOT_FOUND = [
    # buzzfeed_webis_2016:0435 (credible, mainstream): the attacks belong to no one named
    "Washington (CNN)Ted Cruz endorsed Donald Trump for the presidency Friday afternoon, a stunning turn of "
    "events after a contentious primary filled with nasty personal attacks and a dramatic snub at the "
    "Republican National Convention.",
    # buzzfeed_webis_2016:0296 (credible, mainstream): a war described
    "Rebels, locked in a vicious civil war with the Syrian government, reportedly hold the area where the "
    "convoy was struck.",
    # PolNeAR politico_2015-12-28_are-democrats-crippling-obamacar (credible): a launch described
    "And HealthCare.gov, after a disastrous rollout, has become a reliable vehicle for Obamacare customers to "
    "shop for coverage.",
    # PolNeAR wash-post_2016-04-17_cruz-wins-most-wyo-delegates-in- (credible): "their" owns the candidates,
    # not the season
    "Wilkin, a history teacher at the high school that was hosting the convention, voiced the frustration of "
    "many Republicans who have watched their candidates fall one by one during a nasty primary season.",
    # buzzfeed_webis_2016:1053 (credible, mainstream): "an outrageous statement" owned by no one
    "Multiple Web pages and assorted news articles have devoted themselves to chronicling Trump’s habit of "
    "making an outrageous statement, and then later denying such statement was ever made.",
    # buzzfeed_webis_2016:0421 (credible, mainstream): a historical insult quoted in straight single marks
    "1800: 'That hideous hermaphroditical character' The first race of the new century was a rematch of the "
    "1796 contest, pitting President John Adams, a Federalist, against Thomas Jefferson.",
    # buzzfeed_webis_2016:0544 (credible, mainstream): the intensified word is the FBI's, in its quotation
    "The FBI in July chastised Clinton and her aides over the use of the private server, saying, “They were "
    "extremely careless in their handling of very sensitive, highly classified information.”",
    # buzzfeed_webis_2016:1252 (credible, mainstream; also in FakeNewsNet's PolitiFact part): the
    # contempt noun is Bush's, in his quotation
    "“Only 10 more minutes of this crap,” Bush would later say he was thinking at the time.",
    # celebrity:legit/158legit.txt (credible, dev4): "insane" as praise of looks, not a verdict
    "The reality star went casual for the soiree, rocking a white crop top and ripped jeans that showed off her "
    "insane abs.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_plain_description_or_someone_elses_words_stay_silent(text: str) -> None:
    assert loaded_words(text) == []
