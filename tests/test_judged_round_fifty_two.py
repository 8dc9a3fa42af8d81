"""Judged round fifty-two (seed 4030, docs/accuracy.md): 40 credible fa_kes reports (``judged_rounds.py draw --news
fa_kes:credible=40``; wire and monitoring-group copy on the Syrian war, scraped with commas and apostrophes
stripped), on the code of hedged_sourcing 0.33.30 and odd_phrasing 0.39.27; 67 of 83 findings right as judged
(hedged_sourcing 63/76, odd_phrasing 4/7). Fixed after it (hedged_sourcing 0.33.31, odd_phrasing 0.39.28), each
beside a passage the same rule must keep: a wire agency's own witness ("A Reuters witness said"); a related
story's title-case headline run into the text ("Syrian Army Reportedly Engaged in Fierce Fighting"); "its a"
for "it's a" in a text with no apostrophe anywhere (the collection stripped them: "didnt", "Syrias").

Left alone, judged wrong: sentences the stripped commas misparse ("The Observatory which monitors violence in
Syria through sources on the ground said"); sources named in the next sentence; "Syrian rescue workers of the
Civil Defence said"; a tag list's "coalition coalition".
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1924058065, judged wrong)
        "Eastern Ghouta is one of several \"de-escalation\" zones across western Syria where Russia has brokered deals "
        "to ease the fighting between rebels and President Bashar Assads government. A Reuters witness said there "
        "had been drones in the sky since Sunday morning and warplanes had heavily bombarded the towns of Mesraba and "
        "Harasta.",
        "A Reuters witness",
    ),
    (  # (fa_kes:1965495342, judged wrong)
        "The airstrikes left ten civilians injured and caused damage to the nearby houses and infrastructure the news "
        "agency specified. Sputnik Mikhail Alayeddin Syrian Army Reportedly Engaged in Fierce Fighting Against Daesh "
        "in Homs The day before a source told Sputnik that the Syrian government troops and allies had repelled a "
        "massive counterattack of jihadist forces on a key supply route linking Palmyra and Deir ez-Zor.",
        "Reportedly",
    ),
]

STILL_FOUND = [
    (  # an eyewitness nobody employs (fa_kes:1919191742)
        "Turkish television showed a large plume of smoke directly across the border from where the blast occurred. "
        "Two people were slightly hurt in Nusaybin a witness said. The attack was claimed by DAESH.",
        "a witness said",
    ),
    (  # after a dateline the adverb opens the report's own sentence (fa_kes:1965495343)
        "DEIR EZ-ZOR (Syria) (Sputnik) Reportedly the shelling was carried out by Daesh (banned in Russia).",
        "Reportedly",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_its_for_its_is_no_slip_in_a_text_with_no_apostrophe() -> None:
    # (fa_kes:1924058110, judged wrong: "didnt", "Syrias" and every other apostrophe were stripped on collection)
    text = (
        '"This is a crime. Its a terrorist act. Nobody will accept such an act. It is tragic to see the corpses on the '
        'ground." said a local resident. Manal a 28-year-old teacher living in Midan said she heard at least two '
        "blasts on Monday afternoon. I was coming back from work when I heard the sound of an explosion I didnt know "
        "what it was."
    )
    assert found_by("misused_phrase", text) == []


def test_its_for_its_is_still_a_slip_where_the_text_has_apostrophes() -> None:
    # (celebrity:legit/061legit.txt)
    text = (
        "Some of them questioning the timing of her announcement, others interpreting the Instagram post like its a "
        "James Joyce epic poem. Soon, there will be more illuminati claims and eventually someone is bound to figure "
        "that she's not really pregnant at all and that it was all a ruse."
    )
    assert found_by("misused_phrase", text) == ["its a"]


def test_a_possessive_without_its_apostrophe_is_no_slip_in_a_stripped_report() -> None:
    # (fa_kes:1965511180: 125 words, no apostrophe anywhere; the spelling check counted "citys" until the three
    # checks of a missing apostrophe shared one test of a stripped text)
    text = (
        "Seven civilians were injured in a terrorist rocket attack on al-Khalediya neighborhood in Aleppo city "
        "according to SANA. In a statement to SANA a source at Aleppo Police Command said that terrorists targeted "
        "with rocket shells al-Khalediya neighborhood in Aleppo city injuring 7 people who were rushed to the citys "
        "hospitals for treatment. The source added that the attack caused also material damage to the citizens houses "
        "and properties."
    )
    assert found_by("missing_apostrophe", text) == []


def test_a_possessive_without_its_apostrophe_is_still_a_slip_where_the_text_has_apostrophes() -> None:
    text = "The mayor's office said people were rushed to the citys hospitals for treatment."
    assert found_by("missing_apostrophe", text) == ["citys"]

