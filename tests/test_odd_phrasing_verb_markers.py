"""odd_phrasing 0.11.0: a verb in a form the word before it cannot take (a modal before "had" or a past
form, "to" before an -s form, "be ... suppose to", "laying" with no object), "to" missing after a verb
whose object takes it ("permit them stay"), a singular noun after "one of" and a determiner before a
name and a singular noun ("several US defense official"). Each is tested with real sentences it finds
and real sentences it must leave alone (source ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]


FOUND = [
    # a modal before a past form the parse hangs it on (fakenewsnet_politifact_defend:politifact14213)
    (
        "According to the report, Venus and Jupiter will engaged in a close parallelism, only being separated "
        "by one degree.",
        ("verb_form", "will engaged"),
    ),
    # the same in a credible article (attribution_polnear: wash-post_2015-12-10_netanyahu-rejects-trump-s-remark)
    (
        "Trump has said that a nuclear deal reached with Iran in July could led to another Holocaust.",
        ("verb_form", "could led"),
    ),
    # a modal before a finite "had" (buzzfeed_webis_2016:0434, a speaker's words set as the article's own here)
    (
        "And if Gore had been president, we probably wouldn't had a war in Iraq.",
        ("verb_form", "wouldn't had"),
    ),
    # "to" before a verb's -s form (celebrity:fake/097fake.txt)
    (
        "Barack Obama and his wife Michelle continues to falls apart in the wake of the president's womanizing.",
        ("verb_form", "to falls"),
    ),
    # "be ... suppose to" (fakenewsnet_politifact_defend:politifact14750; buzzfeed_webis_2016:0800)
    (
        "And how is one suppose to defend oneself and prove it is a lie 39 years later?",
        ("verb_form", "suppose to"),
    ),
    (
        "That is strange to me since Muslims aren’t supposedly suppose to have alcohol.",
        ("verb_form", "suppose to"),
    ),
    # "laying" with no object (fakenewsnet_politifact_defend:politifact15109; buzzfeed_webis_2016:0820)
    (
        "Michelle Obama has been mostly laying low on one vacation after another since leaving the White House.",
        ("confusable", "laying"),
    ),
    (
        "It’s not like I have the items needed for a good cocktail laying around unless it’s a Bloody Mary.",
        ("confusable", "laying"),
    ),
    # "to" missing after a verb whose object takes it (fakenewsnet_politifact_defend:politifact13720)
    (
        "The new visa policy for Ghanaians would permit them stay in the country for a maximum period of 180 days.",
        ("missing_word", "permit them stay"),
    ),
    # "to" before an -s form and a modal before one, in articles outside the marked sets
    # (fakenewsnet_politifact_defend:politifact13773; celebrity:fake/068fake.txt)
    (
        "A recent international court ruling has ordered the country to ends its whale hunt in the Antarctic.",
        ("verb_form", "to ends"),
    ),
    (
        "The father-of-one may still has some work to do, however.",
        ("verb_form", "may still has"),
    ),
    # a singular noun after "one of" (celebrity:fake/223fake.txt; fakenewsnet_politifact_defend:politifact15206)
    (
        "Malik relented because Swift, 27, is one of the biggest pop star on the planet.",
        ("number_noun_agreement", "one of the biggest pop star"),
    ),
    (
        "The rock is nearly 100 meters wide and will most likely remain as one of Earth’s smaller moon for "
        "coming centuries.",
        ("number_noun_agreement", "one of Earth’s smaller moon"),
    ),
    # a plural determiner, a name as modifier and a singular noun (buzzfeed_webis_2016:0307)
    (
        "Additional special operations forces will be needed for ensuring the Iraqis succeed, several US "
        "defense official told CNN.",
        ("determiner_noun_agreement", "several US defense official"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


NOT_FOUND = [
    # a modal before "have had" (buzzfeed_webis_2016:1136, credible)
    "If Kennedy had been president during the Cuban Missile Crisis, we would have had a nuclear war.",
    # "laying" with an object or a particle (buzzfeed_webis_2016:1147; polnear politico_2015-12-01 and
    # huff-post_2016-01-28, credible)
    "Some read the comments on Wednesday at a Bloomberg event as laying the groundwork for an eventual "
    "endorsement of Trump.",
    "They have been laying down sign posts everywhere.",
    "You’ll find a collection of serious papers on domestic policy issues, laying out comprehensive and "
    "frequently audacious plans.",
    # "one" standing for a noun, and "one of" before a plural or a group (polnear
    # west-journal_2016-05-24; buzzfeed_webis_2016:0521 and 1121, credible)
    "Sanders plans a number of appearances in California in the days before the June 7 primary, the final "
    "one of the season.",
    "In fact, CNN/ORC's poll was one of the few polls conducted by professional researchers.",
    # a numbered part (fakenewsnet_politifact_defend:politifact304)
    "Editor's note: This is part one of the transcript for the Democratic presidential debate sponsored by CNN.",
    "Charles Monnett, one of the family’s lawyers, said the family's decision was final.",
    # an object pronoun and a noun, not a verb (buzzfeed_webis_2016:0044 and 0048, credible)
    "They ask him a set of easier questions because he has no record.",
    "Trump in recent days has appealed to black Americans, asking them what they have to lose by voting for him.",
    # "to" as a preposition before a noun in -s (buzzfeed_webis_2016:0981, credible)
    "The announcement came with a caveat that the topics could change due to news developments.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    checks = {"verb_form", "confusable", "missing_word", "number_noun_agreement", "determiner_noun_agreement"}
    assert [f for f in found(text) if f[0] in checks] == []
