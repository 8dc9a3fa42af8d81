"""Two misses of the tuning sets read as general rules (odd_phrasing 0.39.18), each with a passage it must keep:

- a name the article writes on its own elsewhere, run into the word after it ("Jamie Foxxand Katie Holmes" beside
  "Foxx", "Erichas been" beside "Eric Trump"): a lost space, check ``misspelling``;
- "a" before a word the pronouncing dictionary lacks, read by the word it is made from with a regular ending ("a
  unprofessionalism" as "unprofessional"), check ``a_an``.

Over the 672 tuning articles each added one finding, on a marked slip; over 2,063 unmarked credible articles the
first added one ("Erichas"), right, and the second none; the blind sets' totals did not move.
"""

from __future__ import annotations

import pytest
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # (celebrity:legit/138legit.txt, marked in the tuning sets)
        ("Jamie Foxxand Katie Holmes have hit the Big Apple. Foxx was seen leaving a restaurant on Tuesday.",
         "Foxxand"),
        # (buzzfeed_webis_2016:0764)
        ("Eric Trump has had enough of Hillary Clinton. Erichas been one of the most vocal of the family.",
         "Erichas"),
    ],
)
def test_a_name_run_into_the_next_word(text: str, joined: str) -> None:
    assert found_by("misspelling", text) == [joined]


@pytest.mark.parametrize(
    "text",
    [
        "Eric Trump spoke on Monday. Ericsson said it would cut jobs.",  # a name of its own
        "The man spoke. Theand is not a word here.",  # "The" is no name
        "Jamie Foxxand Katie Holmes have hit the Big Apple.",  # "Foxx" nowhere else: nothing to go by
    ],
)
def test_no_name_run_together(text: str) -> None:
    assert not [w for w in found_by("misspelling", text) if w.endswith(("and", "son"))]


def test_a_before_a_derived_word_the_dictionary_lacks() -> None:
    # (fakenewsnet_politifact_defend:politifact15205, marked in the tuning sets)
    text = "Kathy Griffin took it to the levels of a unprofessionalism, acting like a child."
    assert found_by("a_an", text) == ["a unprofessionalism"]
    assert not found_by("a_an", "It was an unprofessionalism that shocked everyone.")
    assert not found_by("a_an", "He is a unionist from Belfast.")
