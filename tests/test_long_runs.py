"""Degenerate input: a long run of one character is read without re-reading the run from each of its
characters, and breaks nothing.

Found by feeding every signal runs of 20,000 to 150,000 characters: 150,000 "x" took odd_phrasing 136 s
(a glued-quotation pattern), 10,000 quotation marks took spaCy's own tokenizer 11 s (n², before any
budget applies), and a number of 20,000 digits made internal_contradiction raise. Timings stay out of
these tests; each checks the behaviour that keeps the work linear, or the crash that is gone.
"""

from __future__ import annotations

import re

from misinfo_scorer_plugins.internal_contradiction import InternalContradiction
from misinfo_scorer_plugins.internal_contradiction.quantities import _GATE_CHANGE
from misinfo_scorer_plugins.internal_contradiction.spellings import _CODE
from misinfo_scorer_plugins.odd_phrasing.quotes import _GLUED
from misinfo_scorer_plugins.odd_phrasing.typography import _CHUNK_REACH, _chunk, in_link

from scorer.contract import Article
from scorer.nlp import load_pipeline
from scorer.plain_spaces import _LONGEST_RUN, plain

STORY = "Officials in Port Calder said on Monday that the harbour bridge would reopen next week after repairs."


def longest_punctuation_run(text: str) -> int:
    return max((len(m.group()) for m in re.finditer(r"[^\w\s]+", text)), default=0)


def test_a_long_run_of_punctuation_reaches_the_tokenizer_with_spaces_in_it_and_the_offsets_kept() -> None:
    text = STORY + " " + "”" * 1000 + " " + "=" * 200 + " " + STORY
    given = plain(text)
    assert len(given) == len(text)
    assert longest_punctuation_run(given) == _LONGEST_RUN
    # only characters of the runs became spaces
    assert all(a == b or (b == " " and a in "”=") for a, b in zip(text, given, strict=True))
    doc = load_pipeline()(text)
    assert len(doc.text) == len(text) and doc.text.startswith(STORY)


def test_runs_up_to_the_limit_and_ordinary_text_are_left_alone() -> None:
    for text in ("=" * _LONGEST_RUN, STORY, "Wait...!?! “Yes,” she said—no. ——— ***", "a" * 5000):
        assert plain(text) == text


def test_a_link_is_still_found_around_a_match_but_a_long_run_is_read_only_so_far() -> None:
    text = "Read it at http://example.com/a,b now, and then,more"
    comma = text.index(",b")
    assert _chunk(text, comma, comma + 1) == "http://example.com/a,b"
    assert in_link(text, comma, comma + 1) and not in_link(text, text.index(",more"), text.index(",more") + 1)
    run = "”" * 50_000
    middle = len(run) // 2
    assert len(_chunk(run, middle, middle + 1)) == 2 * _CHUNK_REACH + 1


def test_the_patterns_that_re_read_runs_now_start_once_per_run_and_still_match() -> None:
    # a closing mark glued between two words: found once, from the start of the first word
    assert [m.group() for m in _GLUED.finditer("the clue was”the stupidest")] == ["was”the"]
    # a designation with a letter O and a digit, still read whole
    assert [m.group() for m in _CODE.finditer("asteroid 2016 HO3 and 2016 H03")] == ["HO3", "H03"]
    # a change and its percentage: found where the spaces before "or" begin, or at the comma
    assert _GATE_CHANGE.search("rose 3.54 points, or 0.2 percent, to 2,173.60")
    assert _GATE_CHANGE.search("rose 3.54 points   or 0.2 percent, to 2,173.60")
    assert _GATE_CHANGE.search("\n" * 5000) is None


def test_a_number_of_thousands_of_digits_is_no_error() -> None:
    # The host refuses a text with no letters, so the signal is called as a plugin's compute is: the count
    # check read the number with int(), which refuses over 4,300 digits.
    text = "1" * 4400  # tagged a cardinal number (at 5,000 the tagger calls it a name)
    result = InternalContradiction().compute(Article(id="digits", text=text), load_pipeline()(text))
    assert result.findings == []
