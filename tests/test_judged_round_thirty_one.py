"""Judged round thirty-one (seed 4003, docs/accuracy.md): 24 credible and 4 fake buzzfeed_webis_2016 articles,
4 fakenewsnet_politifact_defend fakes and 8 celebrity articles on the code of hedged_sourcing 0.33.12 and
odd_phrasing 0.39.7; 67 of 83 findings right as judged (hedged_sourcing 39/48, odd_phrasing 28/35). Fixed after
it (hedged_sourcing 0.33.13, odd_phrasing 0.39.8), each beside a passage the same rule must keep:

- a group given with a named member in a relative clause ("Congressional members, which includes California
  Democrat Dianne Feinstein, fear ...");
- an account owned after its "of" phrase ("according to an account of the story by the A.F.P.");
- a passive of saying whose own "in" phrase names the document and who released it ("In a ... summary of the
  meeting released by his campaign, the Republican was said to express ...");
- a verb of hatred that is itself the clause of a noun of view ("the central argument that Western 'crusader'
  culture despises Muslims").
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (buzzfeed_webis_2016:0188, judged wrong)
    (
        "Congressional members, which includes California Democrat Dianne Feinstein, fear that such ties could lead "
        "to an unfair tampering with not only U.S.-Russian relations.",
        "Congressional members",
    ),
    # (celebrity:legit/059legit.txt, judged wrong)
    (
        "Rocos recalls the evening, writing that the trio dressed up the beloved late royal in disguise, according "
        "to an account of the story by the A.F.P., and were able to enjoy themselves covertly.",
        "according to an account",
    ),
    # (buzzfeed_webis_2016:0994, judged wrong)
    (
        "In a strikingly praise-filled summary of the meeting released by his campaign, the Republican was said to "
        "express to Sisi his strong support for Egypt's war on terrorism.",
        "was said to",
    ),
]

STILL_FOUND = [
    ("Congressional members, which include many Democrats, fear that such ties could lead to tampering.",
     "Congressional members"),
    ("The trio dressed up the royal in disguise, according to an account of the story, and were able to enjoy "
     "themselves.", "according to an account"),
    ("In a summary of the meeting, the Republican was said to express to Sisi his strong support for Egypt.",
     "was said to"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_a_verb_of_hatred_in_a_view_someone_holds_is_theirs() -> None:
    # (buzzfeed_webis_2016:0888, credible, judged wrong)
    text = "Jihadi propaganda relies on the central argument that Western 'crusader' culture despises Muslims."
    assert found_by("loaded_word", text) == []


def test_a_verb_of_hatred_in_the_writers_voice_is_still_found() -> None:
    assert found_by("loaded_word", "Western culture despises Muslims.") == ["despises"]
