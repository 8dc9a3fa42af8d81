"""odd_phrasing: wrong findings that readers judging every finding on unmarked articles showed (two
rounds of 60, 2026-12-02, seeds 2701 and 2801), each with the real sentence and the slip still found
beside it (ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def findings(text: str) -> list[tuple[str, str]]:
    """(check, text) of every finding of odd_phrasing on ``text``."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings]


def test_exclamation_run_in_a_post_quoted_in_single_marks_is_the_posters() -> None:
    """celebrity:legit/106legit.txt: a post quoted in straight single marks (British tabloid style)."""
    quoted = (
        "'I LOVE THIS because it reminds me IM NOT EXACTLY WHERE I WANT TO BE BUT THANK GOD IM NOT WHERE I USED "
        "TO BE!!' he wrote, adding, 'THE BEST IS YET TO COME DO YOU BELIEVE IT?'"
    )
    assert [t for c, t in findings(quoted) if c == "exclamation_run"] == []
    assert ("exclamation_run", "!!") in findings(quoted + "\n\nThat is great!!")


def test_a_paragraph_quoted_in_single_marks_is_the_speakers() -> None:
    """celebrity:legit/005legit.txt: a paragraph of Jennifer Aniston's words in straight single marks."""
    quoted = (
        "Jennifer told the Hollywood Reporter some years after the break-up: 'Nobody did anything wrong.\n\n"
        "'It was just like, sometimes things [happen]. If the world only could just stop with the stupid, "
        "soap-opera b******t. There's no story.'"
    )
    assert [t for c, t in findings(quoted) if c == "loaded_word"] == []
    own = quoted + "\n\nThe stupid, soap-opera coverage went on."
    assert ("loaded_word", "stupid") in findings(own)


def test_a_numbered_name_is_no_count() -> None:
    """buzzfeed_webis_2016:1608: "Local 9 lodge" names a lodge; a count before a singular noun is still found."""
    named = (
        "Calls to Jason Pappas, president of the Fraternal Order of Police’s Local 9 lodge in Ohio, were not "
        "immediately returned."
    )
    assert [t for c, t in findings(named) if c == "number_noun_agreement"] == []
    assert ("number_noun_agreement", "three data center") in findings(
        "But critics claim three data center were built without permits."
    )
