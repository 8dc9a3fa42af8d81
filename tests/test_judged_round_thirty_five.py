"""Judged round thirty-five (seed 4007, docs/accuracy.md): 24 credible buzzfeed_webis_2016 articles, 11 of
fakenewsamt and 5 fa_kes fakes on the code of hedged_sourcing 0.33.17 and odd_phrasing 0.39.12; 38 of 43 findings
right as judged (hedged_sourcing 28/30, odd_phrasing 9/12, internal_contradiction 1/1). Fixed after it (odd_phrasing
0.39.13), each beside a passage the same rule must keep:

- a word in quotation marks that a quotation standing as a sentence of its own gave before, its speaker named
  beside it, is that speaker's word, mentioned ("he did say ... “A bomb exploding in New York is obviously an act
  of terrorism.” ... before making his “obvious” assessment"), as it already was after "said";
- a word and the same word capitalised opening a name ("said Said Seif al Qalamoni") are no doubled word; an
  article before a name that holds one still is ("for the The Guardian").

Left alone, judged wrong: "the Clinton camp said" (a camp is vague by design: "Hillary's camp questioned");
"a deranged individual or group of individuals" in a list of who might have done it; "many fans are left
wondering" (the tuning sets' readers marked "Many people have started wondering").
"""

from __future__ import annotations

import pytest
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

ECHOED = (
    "However, he did say that it is a question of how the word “terrorism” is defined. “A bomb exploding in New "
    "York is obviously an act of terrorism.” Cuomo hit the nail on the head, but why did he need to clarify and "
    "caveat before making his “obvious” assessment?"
)


def test_a_word_echoing_a_quoted_sentence_is_no_scare_quote() -> None:
    # (buzzfeed_webis_2016:0668, judged wrong)
    assert not found_by("scare_quotes", ECHOED)


def test_a_doubted_word_nobody_said_is_still_a_scare_quote() -> None:
    text = (
        "Cuomo hit the nail on the head, but why did he need to clarify and caveat before making his “obvious” "
        "assessment?"
    )
    assert found_by("scare_quotes", text) == ["his “obvious”"]


def test_a_name_after_the_same_word_is_no_doubled_word() -> None:
    # (fa_kes:1918150039, judged wrong)
    assert not found_by("doubled_word", "A spokesman for the group said Said Seif al Qalamoni was killed.")


def test_an_article_doubled_before_a_name_is_still_a_slip() -> None:
    # (celebrity:legit/021legit.txt, credible pool)
    assert found_by("doubled_word", "Writer Tim Jonze for the The Guardian found that out.") == ["the The"]
    assert found_by("doubled_word", "It was said said by him.") == ["said said"]
