"""Judged round forty-four (seed 4016, docs/accuracy.md): 30 credible buzzfeed_webis_2016 articles and 10 fa_kes
reports (5 credible, 5 fake), on the code of hedged_sourcing 0.33.22 and odd_phrasing 0.39.20; 58 of 69 findings
right as judged (hedged_sourcing 35/44, odd_phrasing 23/25). Fixed after it (hedged_sourcing 0.33.23, odd_phrasing
0.39.22), each beside a passage the same rule must keep:

- a passive of belief in a sentence that closes on its named speaker with the comma lost ("Those killed were
  believed to have inhaled chlorine gas and died from poisoning the manager of al-Quds hospital Hamza Khatib told
  Reuters news agency", fa_kes strips commas): the belief is the speaker's account;
- "an" between two participles or adjectives of one kind is a slip for "and" ("well founded an well reasoned"),
  not "a" before a consonant.

Left alone, judged wrong: "apparently" in sarcasm (twice) and "as we all know, ..., right Chris?"; "A neighbor
told the authorities ..., according to a U.S. official" (the neighbour a participant, the official the source);
"cited a poll that did not exist"; a lede's "reportedly" whose source the body names two sentences on; scare
quotes inside a pasted Facebook post with no signature.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (fa_kes:1923102847, judged wrong, twice)
    (
        "At least four people were killed and many suffered breathing problems after a gas barrel was dropped over "
        "Aleppo on Wednesday. Those killed were believed to have inhaled chlorine gas and died from poisoning the "
        "manager of al-Quds hospital Hamza Khatib told Reuters news agency.",
        "were believed to",
    ),
    (
        "At least 55 people were injured by the gas and Khatib had persevered evidence of the attack including "
        "patients clothing he told Reuters. Three deaths and 22 injuries were reported by the civil defence "
        "rescuers after barrels of gas believed to be chlorine were dropped on the Zubdiya neighbourhood in "
        "rebel-held Aleppo Reuters reported. A woman and a child died of suffocation after helicopters dropped "
        "explosive barrels on the neighbourhoods of Seif al-Dawla and Zubdiya the Syrian Observatory for Human "
        "Rights said.",
        "believed to",
    ),
]

STILL_FOUND = [
    # no speaker closes the sentence
    (
        "At least four people were killed after a gas barrel was dropped over Aleppo on Wednesday. The gas is "
        "believed to be chlorine and more people were hurt.",
        "is believed to",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_an_between_two_participles_is_a_slip_for_and() -> None:
    # (buzzfeed_webis_2016:0638, judged wrong as an a/an slip)
    text = "This is not to condemn the Tueller drill or LEOs for using it. It is well founded an well reasoned."
    assert found_by("a_an", text) == []
    assert found_by("wrong_word", text) == ["an"]


def test_an_before_a_consonant_is_still_an_a_an_slip() -> None:
    # (fa_kes:1923848310, judged right)
    text = "At least 12 civilians were killed in air strikes on the town on Sunday, an monitoring group said."
    assert found_by("a_an", text) == ["an monitoring"]
