"""Judged round eighty-three (seed 4061: 40 fa_kes articles, 20 credible and 20 fake, on the code of session 49),
docs/accuracy.md. Fixed after it, each beside a passage the same rule must keep finding:

- hedged_sourcing: a group's claim said again in its words by a person named next ("U.S. officials acknowledged
  ... National Security Adviser Susan Rice said ..."); a full name run into its role with the commas lost ("Necip
  Ensari a local civil defense official reportedly said"); "a resident" quoted next under a bare first name and
  age ("Ahmed, 24, said");
- odd_phrasing: "Assad regime and Russian airstrikes" (the name modifies both nouns) called a missing article;
  "has not, did not and will not" with its commas lost called a wrong participle; "Shiiite" beside "Shiite"
  called a stretched word (a typo: the spelling check's).

Left alone, judged wrong: "Speaking to Anadolu Agency Najib Ansari said" after "a civil defense official said" (with
the commas lost the parser reads the name as the agency's); "Russian sources reported" after the Defence Ministry
is quoted.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1924058155, judged wrong)
        "U.S. officials acknowledged Wednesday that the solution to the crisis in Syria would ultimately require "
        "Assads removal even though coalition operations do not target his regime. National Security Adviser Susan "
        'Rice said the solution in Syria will "ultimately have to result in Assads departure."',
        "U.S. officials acknowledged",
    ),
    (  # (fa_kes:1962495704, judged wrong)
        "A Syrian top official said the countrys intelligence unit possesses an audio recording of a conversation "
        "between the ISIL group and the US military before the airstrikes by the US-led coalition on the Syrian army "
        "troops near Deir Ezzor on September 17. The speaker of the Peoples Council of Syria Hadiya Khalaf Abbas said "
        "that after the US coalitions airstrikes on the government troops US military directed terrorists attack on "
        "the Syrian army.",
        "A Syrian top official said",
    ),
    (  # (fa_kes:1924058181, judged wrong)
        '"Syrian regime helicopters struck Aleppo citys Al-Shaar neighborhood with barrel bombs" Necip Ensari a local '
        "civil defense official reportedly said. Ensari said regime helicopters had dropped three barrel bombs.",
        "a local civil defense official",
    ),
    (  # (fa_kes:1924058147, judged wrong)
        "A Madaya resident speaking from the bus garage in Aleppo said people had been waiting there since late on "
        'Friday night. "Theres no drinking water or food. The bus garage is small so theres not much space to move '
        'around" Ahmed 24 said.',
        "A Madaya resident",
    ),
]

STILL_FOUND = [
    (  # the next speaker is an outlet with a figure of its own (ptc:716469423, judged right)
        "But other sources say it is more than possible that we will see a mini ice age in the next three years due "
        "to the dimming of our sun. A 15-YEAR long mini ice age could be due to hit the Northern hemisphere in just "
        "four years as the sun prepares for hibernation, says The Express UK in 2016.",
        "other sources say",
    ),
    (  # the named speaker says something else
        "U.S. officials acknowledged Wednesday that the solution to the crisis in Syria would ultimately require "
        "Assads removal. National Security Adviser Susan Rice said the talks in Geneva would resume next week.",
        "U.S. officials acknowledged",
    ),
    (  # a place, not a name, before the role
        "In Aleppo a local civil defense official said the hospital was hit twice.",
        "a local civil defense official",
    ),
    (  # the name that follows is not quoted: nothing ties it to the official
        "The mayor resigned on Monday, a senior official said. Donald Trump said the city would be fine.",
        "a senior official said",
    ),
    (  # the name was in the story before: someone else
        "Ahmed Salem runs the bakery. The mayor resigned on Monday, a senior official said. "
        '"It will be fine," Ahmed Salem said.',
        "a senior official said",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fa_kes:1924058201, judged wrong twice)
    ("Ninety-two civilians were killed and 273 others injured Saturday by Assad regime and Russian airstrikes on "
     "residential areas in opposition-held parts of the northwestern city of Aleppo.", "missing_article"),
    # (fa_kes:1926479033, judged wrong)
    ("The Syrian army has not did not and will not use this kind of weapons against our own people he said on "
     "Thursday.", "wrong_participle"),
    # (fa_kes:1924058147, judged wrong)
    ("The blast hit the area where dozens of buses carrying mostly Shiiite residents were waiting to enter the city. "
     "The Shiite villages were empty.", "rhetorical_exclamation"),
]

SLIPS_STILL_FOUND = [
    ("Since Sept. 19 when Assad regime declared the end of the week-long cease-fire at least 359 civilians have been "
     "killed in the city of Aleppo.", "missing_article", "Assad regime"),
    ("He has did the same thing to his own family for many years, the report said.", "wrong_participle", "has did"),
    ("The blast hit the area where dozens of buses carrying mostly Shiiite residents were waiting to enter the city. "
     "The Shiite villages were empty.", "misspelling", "Shiiite"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
