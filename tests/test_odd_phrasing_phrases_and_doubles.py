"""odd_phrasing 0.18.0: slips a fresh set of marked articles showed missing, each with the real
sentence it was read from and real sentences the check must leave alone (source ids in the comments;
corpora in ../shared/data).

Found: fixed phrases written wrong ("all of the sudden", "diffused the situation", "anything other
that", "in three hours time"), a particle doubled after a word that is no verb ("one over over two
dozen"), an article typed again inside the quotation that follows it ("the “the CIA"), a misspelling
in a short sentence (one unknown word no longer makes a sentence foreign).

Left alone: a doubled particle after its verb ("sworn in in 2009"), a word quoted as a word ("the
Spanish word for “for”"), a title that starts with the article ("the “The Apprentice” reboot"), an
inflected current word no dictionary lists yet ("fundraises"), "that" opening a clause after a verb
("he knew that honest grades ...").
"""

from __future__ import annotations

import pytest
from odd_cases import found

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


FOUND = [
    # buzzfeed_webis_2016:1570
    (
        "He was playing with his phone, when all of the sudden, two black students began yelling at him.",
        ("misused_phrase", "all of the sudden"),
    ),
    # buzzfeed_webis_2016:1512
    (
        "Scott was armed, but the charge probably diffused the situation somewhat.",
        ("misused_phrase", "diffused the situation"),
    ),
    # buzzfeed_webis_2016:0441
    (
        'Lamberth later quipped, "sometimes I wonder if there\'s anything other that FOIA processing going on '
        'at State."',
        ("misused_phrase", "anything other that"),
    ),
    # fakenewsnet_politifact_defend:politifact14395
    (
        "In three hours time, the entire military was on alert.",
        ("misused_phrase", "three hours time"),
    ),
    # buzzfeed_webis_2016:0441
    (
        "The Judicial Watch case is one over over two dozen FOIA lawsuits related to Clinton's emails.",
        ("doubled_word", "over over"),
    ),
    # fakenewsnet_politifact_defend:politifact15263
    (
        "He also claims the killings ran between August 1959 and March 1972, when the “the CIA had its own "
        "agenda”.",
        ("doubled_word", "the “the"),
    ),
    # a one-slip short sentence is English, not a foreign one
    ("The goverment said it would act.", ("misspelling", "goverment")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f[1][1] for f in FOUND])
def test_slip_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


NOT_FOUND = [
    "He was sworn in in 2009 to a second term.",  # the particle of "sworn in", then a preposition
    "She stepped in in other ways, but it was not enough.",
    "It is the correct Spanish word for “for” in that sentence.",
    "He starred in the “The Apprentice” reboot before running.",
    "She fundraises for the party every spring.",
    "The gas diffused through the room within three hours.",
    "He will be back in three hours' time.",
    "Police said the tension had diffused by morning.",
    # buzzfeed_webis_2016:1596: "that" after "knew" opens a clause
    "He knew that honest grades in a tough subject like chemistry could lead to lots of failing grades.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_slip_not_found(text: str) -> None:
    assert found(text) == []
