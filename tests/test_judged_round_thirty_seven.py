"""Judged round thirty-seven (seed 4009, docs/accuracy.md): 30 credible buzzfeed_webis_2016 articles, 5 credible
celebrity ones and 5 fakenewsamt fakes on the code of hedged_sourcing 0.33.18 and odd_phrasing 0.39.14; 45 of 51
findings right as judged (hedged_sourcing 29/34, odd_phrasing 15/16, internal_contradiction 1/1). Changed after it
(odd_phrasing 0.39.15): an article before a preposition that another article follows ("he played solely for the of
the game") no longer says the article is extra: a noun may be missing after it ("the love of the game"), and the
message says both.

Left alone, judged wrong: "he was heavily criticized for" after "A large social media backlash ensued" (the issue
asks for "has been criticized as" to be found); "according to reports that have been bubbling up all week" with
"a source told Page Six" next; "amid concerns that a combined firm could dominate" in a sentence about EU
regulators; "the war was being widely criticized" as background; "Senators from both parties suggested" with
named senators speaking in the next sentences (readers of the marked sets query that form: 10 of 11).
"""

from __future__ import annotations

import pytest
from odd_cases import found_by, odd

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

TEXT = (
    'He did say that making it into the top ten had become "essentially meaningless," and that he played solely '
    "for the of the game."
)


def test_an_article_before_a_preposition_is_found() -> None:
    assert found_by("doubled_word", TEXT) == ["the of"]


def test_its_message_allows_a_missing_noun() -> None:
    # (fakenewsamt:fake/sports34.fake.txt, judged wrong for saying the article was extra)
    messages = [f.message for f in run_signal(odd(), TEXT).findings if f.text == "the of"]
    assert messages and "a noun is missing" in messages[0] and "left over" in messages[0]
