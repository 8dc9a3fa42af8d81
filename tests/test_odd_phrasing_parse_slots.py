"""odd_phrasing: slips read from the parse in the slots around a verb or a noun phrase, not keyed to
one article's words: a preposition missing before a verb's complement ("focused what he sees",
"According users"), an -ing form where the verb group wants another ("being commandeering chief",
"which ending with"), and a word in a determiner's slot that cannot stand there ("do his with
ethnicity", "since it her employer", "has not real record", "a every now and then"). Each is tested with
real sentences it finds and real sentences it must leave alone (source ids in the comments; corpora in
../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from misinfo_scorer_plugins.odd_phrasing.determiner_slots import find_possessive_before_preposition
from misinfo_scorer_plugins.odd_phrasing.progressive_forms import find_stacked_progressives

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]


FOUND = [
    # a verb that takes "on"/"to" given a bare complement (buzzfeed_webis_2016:0284, 0437 and 0381, marked;
    # celebrity fake/168, marked)
    (
        "Reid's speech focused what he sees as lies about Trump's money and said the real estate mogul is only "
        'wealthy because he was born with "a silver spoon."',
        ("missing_preposition", "focused what"),
    ),
    (
        "Clinton will travel Charlotte on Sunday, according to her campaign spokesman, Nick Merrill.",
        ("missing_preposition", "travel Charlotte"),
    ),
    (
        "Shortly after Collins talked Thursday, the Trump campaign sent out a debate prep survey to supporters, "
        "asking them what issues he should focus, whether he should attack Clinton's policies or defend his own "
        "and more.",
        ("missing_preposition", "what issues he should focus"),
    ),
    (
        "The pal shared that Parrish is focused living a stress-free life and having a healthy baby.",
        ("missing_preposition", "focused living"),
    ),
    # "according" without "to" (buzzfeed_webis_2016:0770, marked; 0389, credible, found on the credible read)
    (
        "According users on Reddit, Combetta asked for assistance in July 2014 from Reddit users on how to purge "
        "emails.",
        ("missing_preposition", "According users"),
    ),
    (
        "While a timeline has been created, investigators are still not clear where Rahami allegedly built the "
        "bombs he used, according the multiple sources.",
        ("missing_preposition", "according the"),
    ),
    # "being" before an -ing verb with an object (buzzfeed_webis_2016:0155, credible, found on the read)
    (
        "One person who seems to being doing this very well is none other than Dixie Chicks’ Natalie Maines.",
        ("verb_form", "being doing"),
    ),
    # "with" + a noun + "is" + an -ing verb (celebrity fake/138, marked)
    (
        "The actress sat with her legs crossed and staring at her phone, with her foot is resting on one of "
        "Jamie’s, while his other foot sneaks around her calf.",
        ("verb_form", "with her foot is resting"),
    ),
    # a relative clause with a bare -ing verb (celebrity legit/024, marked)
    (
        "In 2013, Bieber urinated into a mop bucket while his friends filmed the incident, which ending with him "
        "lobbing expletives at former President Bill Clinton, for which he later apologized.",
        ("verb_form", "which ending"),
    ),
    # "it" before a possessive, "has not" before a noun, an article before "every"
    # (fakenewsnet_politifact_defend politifact14745 and politifact14222, buzzfeed_webis_2016:0768, marked)
    (
        "Ever since it her employer was revealed, Dourif has gone dark, removing all of her social media "
        "presences and refusing to respond to interview requests from any source.",
        ("wrong_word", "it her employer"),
    ),
    (
        "She has not real record to run on, only that she is a minority.",
        ("wrong_word", "has not real record"),
    ),
    (
        "What used to be a every now and then difficulty has become a daily thing for these Police Officers to "
        "have to deal with.",
        ("doubled_word", "a every"),
    ),
    # a possessive with no noun before a preposition (buzzfeed_webis_2016:0988, credible, found on the
    # credible read: "you" is meant)
    (
        "A trip to the supermarket for bread and milk, obesity or falling furniture are more likely to put your "
        "in death’s cross hairs than an act of terrorism.",
        ("wrong_word", "your in"),
    ),
    # (fakenewsnet_old_politifact PolitiFact_Real_84, credible, found on the read: "there" is meant)
    (
        "He made sure to add a curse word in their for effect.",
        ("wrong_word", "their for"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


#: Slips inside someone's quoted words: the checks find them, the signal leaves them to the speaker
#: (buzzfeed_webis_2016:0765 and 0016, marked).
QUOTED = [
    (
        "“It was neighbor complaints, it had nothing to do his with ethnicity or religion,” Bollwage said.",
        find_possessive_before_preposition,
        "his with",
    ),
    (
        "\"She's going to do what she always does which shows she got the grasp of the issue and the command "
        'and poise of being commandeering chief," Fallon said.',
        find_stacked_progressives,
        "being commandeering",
    ),
]


@pytest.mark.parametrize(("text", "check", "expected"), QUOTED)
def test_quoted_found_by_the_check_left_by_the_signal(nlp, text: str, check, expected: str) -> None:
    assert expected in [f.message.split("'")[1] for f in check(nlp(text))]
    assert not any(expected in t for _, t in found(text))


NOT_FOUND = [
    # a hyphenated compound or a number after the preposition (celebrity legit/179 and legit/053,
    # buzzfeed_webis_2016:0946, credible)
    "In 2015, his on-and-off girlfriend Cathriona White died by suicide.",
    "Shelton took to Twitter yesterday to write to his over four million followers.",
    "Trump has made serious headway in a number of battlegrounds in recent days, but his on-the-ground and "
    "in-the-air deficits could be what stands between him and the White House.",
    # the parse hangs the possessive on a noun further on (buzzfeed_webis_2016:0705, credible)
    "How do you explain the $20 trillion in national debt my as yet unborn grandchildren now own?",
    # "focus where": an adverbial clause (fakenewsnet_politifact_defend politifact11899, credible)
    "It would be a terrible oversight not to address those problems, because we have to focus where the real hurt is.",
    # "with" + a noun + a participle, no auxiliary; "with" + a clause's subject elsewhere
    "She sat with her foot resting on the chair, and with what is left of the budget they will rebuild.",
    # "being" as the main verb of an absolute clause (a JFLEG reference)
    "The old teaching system is fair because it judges teachers on education and teaching skills, with the "
    "final and most important thing being teaching experience.",
    # a possessive standing alone
    "A friend of his in Chicago said the choice was his to make.",
    # "it" as an object takes a possessive after it
    "He made it his mission to find them, and she gave it her all.",
    # "have not" + a participle or "enough"
    "They have not enough money, and the police have not released the names.",
    # "focus" with a noun object, or "on" further on; "travel the world"
    "The campaign will focus resources on Ohio, and she will travel the country next month.",
    "He insisted the stop-and-frisk practice used in New York City was constitutional.",
    # an article before a hyphenated "no"/"each" compound (buzzfeed_webis_2016:0397, credible)
    "They disagreed over the defense budget and whether a no-fly zone could be implemented in Syria.",
    # "who's who"
    "Soros has given more than $10 billion to a who’s who of left-wing groups.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    checks = {"missing_preposition", "verb_form", "wrong_word", "doubled_word"}
    assert [f for f in found(text) if f[0] in checks] == []
