"""Two words a lost paragraph break glued together are read as two, the second opening a sentence.

See scorer/glued_words.py. Real joins from ../shared/data (ids in the comments); left alone: names and
brands written in one word, hashtags, handles and addresses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from scorer.nlp import load_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _doc(text: str) -> Doc:
    doc = load_pipeline()(text)
    assert doc.text == text  # offsets never move
    return doc


SPLIT = [
    # fakenewsnet_politifact_defend:politifact986
    (
        "to buy up mortgage-related assets.Advertisement Continue reading the main storyOfficials said that details "
        "were still being worked out.",
        ("story", "Officials"),
    ),
    # fakenewsnet_politifact_defend:politifact13577
    (
        "an act he hopes others will have the courage to follow.A tragic endAccording to the Detroit City "
        "Coroner’s report, the last moments of his life were calm.",
        ("end", "According"),
    ),
    # fakenewsnet_politifact_defend:politifact14213
    (
        "Please enable Javascript to watch this videoThe internet hoax isn't news, with many liars claiming "
        "darkness will descend.",
        ("video", "The"),
    ),
    # fakenewsnet_politifact_defend:politifact15178
    (
        "“That one I think may be a category where Trump is on his own,” she saidAnd Trump hasn’t shied away "
        "from criticizing those who came before him.",
        ("said", "And"),
    ),
]


@pytest.mark.parametrize(("text", "halves"), SPLIT, ids=[h[1] for _, h in SPLIT])
def test_glued_words_split_and_open_a_sentence(text: str, halves: tuple[str, str]) -> None:
    doc = _doc(text)
    words = [t.text for t in doc]
    at = words.index(halves[0])
    assert words[at : at + 2] == list(halves), words
    assert doc[at + 1].is_sent_start


def test_a_space_lost_after_a_function_word_splits_without_a_sentence_start() -> None:
    # buzzfeed_webis_2016:1520
    doc = _doc("the FBI provided immunity to aides, reported theAssociated Press. Specifically, the FBI did.")
    words = [t.text for t in doc]
    at = words.index("the", 5)
    assert words[at : at + 3] == ["the", "Associated", "Press"], words
    assert not doc[at + 1].is_sent_start


KEPT = [
    ("posted it on LinkedIn and eBay from his iPhone", ["LinkedIn", "eBay", "iPhone"]),
    ("the site runs JavaScript and streams on YouTube", ["JavaScript", "YouTube"]),
    ("a tweet tagged #dumpTrump by @ericTrump", ["dumpTrump", "@ericTrump"]),
    ("see www.example.com/newsRoom for more", ["www.example.com/newsRoom"]),
]


@pytest.mark.parametrize(("text", "kept"), KEPT, ids=[k[0] for _, k in KEPT])
def test_words_written_as_one_stay_whole(text: str, kept: list[str]) -> None:
    words = [t.text for t in _doc(text)]
    for word in kept:
        assert word in words, words
