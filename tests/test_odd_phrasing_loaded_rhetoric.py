"""Loaded rhetoric in the writer's own voice (odd_phrasing.rhetoric.rhetoric_findings): exclamatives,
scare quotes, name-calling. Every sentence is quoted from a real article; the source is in the comment
(editor_gold_dev ids, PTC v2 TRAIN article ids, buzzfeed_webis_2016 / celebrity credible ids)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

RHETORIC = ("rhetorical_exclamation", "scare_quotes", "name_calling")

FOUND = [
    # PTC v2 train 787759779 (gold Loaded_Language)
    (
        "And, to no one's surprise, she's allegedly a Dem donor.\nWhat a surprise!",
        "What a surprise!",
        "rhetorical_exclamation",
    ),
    # editor_gold_dev buzzfeed_webis_2016:1409
    (
        "If you go to her site, it says the event reached capacity. What a spin. It also looked to me like "
        "there were about as many in the press there as there were students.",
        "What a spin.",
        "rhetorical_exclamation",
    ),
    # editor_gold_dev buzzfeed_webis_2016:1415 (all capitals in the article)
    (
        "Please keep this family in your prayers as they trudge through this sad divorce. THIS IS SO HEARTBREAKING!",
        "THIS IS SO HEARTBREAKING!",
        "rhetorical_exclamation",
    ),
    # PTC v2 train 701837665: a doubting word before scare quotes
    (
        "Here’s my next prediction: the congressional investigations into Trump’s supposed “collusion” with "
        "Russia are about to fizzle out.",
        "supposed “collusion”",
        "scare_quotes",
    ),
    # editor_gold_dev fakenewsnet_politifact_defend:politifact15486
    (
        "Anthony Bourdain had been harassed and threatened by Hillary Clinton operatives just weeks before he "
        "was found dead in an apparent “suicide.”",
        "apparent “suicide.”",
        "scare_quotes",
    ),
    # editor_gold_dev buzzfeed_webis_2016:0724: a label in scare quotes set beside a name
    (
        "The National Democratic Party, a “powerful hate group,” has been engaged in an all-out effort to "
        "steal elections, by any means available.",
        "The National Democratic Party, a “powerful hate group,”",
        "scare_quotes",
    ),
    # editor_gold_dev buzzfeed_webis_2016:0724: a mock name in scare quotes, used as the name
    (
        "The party will stop at nothing, including voter fraud and ballot stuffing, to get “Hillary the "
        "Horrible” into the Presidency in the November, 2016 election.",
        "get “Hillary the Horrible”",
        "name_calling",
    ),
    # editor_gold_dev fakenewsnet_politifact_defend:politifact15486: people of a named side called animals
    (
        "He took to Twitter to tell Bourdain off. Many other Clinton winged monkeys followed suit.",
        "Clinton winged monkeys",
        "name_calling",
    ),
]


@pytest.mark.parametrize(("text", "span", "check"), FOUND, ids=[f[2] + ":" + f[1][:20] for f in FOUND])
def test_rhetoric_in_own_voice_is_found_and_explained(text: str, span: str, check: str) -> None:
    findings = [f for f in run_signal(OddPhrasing(), text).findings if f.check in RHETORIC]
    assert [(f.check, f.text) for f in findings] == [(check, span)]
    assert f"'{' '.join(span.split())}'" in findings[0].message and "an editor would query it" in findings[0].message


NOT_FOUND = [
    # celebrity:fake/088fake.txt (dev4): a second name for someone after "or", not a label in scare quotes
    'Selena did accept the challenge and thanked Taylor, or "T-Swizzy," for the nomination.',
    # editor_gold_dev buzzfeed_webis_2016:1415: an exclamation about people's feelings, not the writer's
    "We almost can’t believe it! They seemed so happy together!",
    # celebrity:legit/161legit.txt: an exclamative inside a quotation is the speaker's
    'Prince Charles, 68, said: "Impatient? Me? What a thing to suggest! Yes of course I am."',
    # buzzfeed_webis_2016:1013 (credible): "so-called" before quotation marks names a term
    "His statement falsely pinned the blame on Clinton for igniting the so-called “birther” issue.",
    # buzzfeed_webis_2016:0085 (credible): a mock name mentioned as someone's ("his usual")
    "There was the, albeit briefly, measured Trump who forwent his usual “Crooked Hillary” for “Secretary "
    "Clinton” as he addressed his Democratic rival.",
    # buzzfeed_webis_2016:0253 (credible): what someone became called, not the writer's name for him
    "Trump's response was devastating. Cruz quickly became \"Lyin' Ted\" and, before it was all over, Trump "
    'had threatened to "spill the beans" on the senator\'s wife.',
    # a campaign's nicknames in quotation marks, mentioned as its coinage (credible: buzzfeed_webis_2016:1232,
    # PolNeAR wash-post_2016-06-14_trump-is-still-waging-a-primary-, buzzfeed_webis_2016:0448)
    "Hillary Clinton (“Crooked Hillary” in Trump’s parlance) it bears repeating, is no saint.",
    'His willingness to savage the other 16 people running against him ("Low energy" Jeb Bush, "Little '
    'Marco" Rubio, "Lyin\' " Ted Cruz).',
    "Most frequently deployed against Cruz was the nickname the real estate mogul turned politician used to "
    'describe his competition: "Lyin\' Ted."',
    # buzzfeed_webis_2016:0357 (credible): a title after a noun, not a label beside a name
    'Sanders\' next book, "Our Revolution," is being adapted for teenagers.',
    # celebrity:legit/059legit.txt (credible): a quoted phrase, not a noun phrase
    'After asking about the group\'s plans that night, Diana, "in full mischief mode," insisted on joining.',
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_rhetoric_of_others_or_plain_wording_stays_silent(text: str) -> None:
    assert [f for f in run_signal(OddPhrasing(), text).findings if f.check in RHETORIC] == []


def test_a_label_someone_is_said_to_use_is_theirs() -> None:
    # the same scare-quoted label, but the article says who used it first (buzzfeed_webis_2016:0724's
    # label with an attributed sentence before it)
    text = (
        "Critics said the party was a “powerful hate group.” The National Democratic Party, a “powerful hate "
        "group,” has been engaged in an all-out effort to steal elections."
    )
    assert [f for f in run_signal(OddPhrasing(), text).findings if f.check == "scare_quotes"] == []


def test_call_that_convenes_is_not_reported_speech() -> None:
    # editor_gold_dev fakenewsnet_politifact_defend:politifact15564: "called a recess" reports no one's words,
    # so "fake tears" is the writer's; "called him a liar" would be someone's judgement
    text = (
        "Booker then called a ten-minute recess for him to refresh his supply of fake tears before he could continue."
    )
    findings = [f for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]
    assert [f.text for f in findings] == ["fake tears"]
    reported = "The senator called his rival a coward in a 2008 email."  # the existing reported-speech case
    assert [f for f in run_signal(OddPhrasing(), reported).findings if f.check == "loaded_word"] == []


@pytest.mark.parametrize(
    "text",
    [
        # fa_kes:1926479384 and celebrity:legit/234legit.txt (credible): the parse hangs the judgement on
        # the object ("allegations ... illogical"), and it is still someone's judgement reported
        "Syrian officials have called allegations against their forces illogical and fabricated.",
        "The California GOP later sent out a fundraising email calling Griffin's photo shoot disrespectful and "
        "obscene.",
        # fakenewsnet_old_buzzfeed (credible, a media column): a bare noun after "calling" is the name given
        "NPR News Director Michael Oreskes puts this practical spin on why his organization shies away from "
        "calling liars liars.",
    ],
)
def test_call_with_a_judgement_on_its_object_is_reported_speech(text: str) -> None:
    assert [f for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"] == []
