"""The tokenizer splits sentences a scraped copy glued together, and nothing else (scorer/glued_sentences.py).

Real joins from ../shared/data (ids in the comments); left alone: decimals, money, versions, initials
and domain names.
"""

from __future__ import annotations

import pytest

from scorer.nlp import load_pipeline


def _tokens(text: str) -> list[str]:
    doc = load_pipeline().tokenizer(text)
    assert doc.text == text  # offsets never move
    return [t.text for t in doc]


SPLIT = [
    # fakenewsnet_politifact_defend:politifact15307
    ("burned down the White House in 1812.The extent of the tunnels is unknown", ["1812", ".", "The"]),
    # fakenewsnet_politifact_defend:politifact15309
    ("a lump sum cash payment of $15,000.According to insiders, Pelosi", ["15,000", ".", "According"]),
    # fakenewsnet_politifact_defend:politifact14722
    ("at 11:30am local time Sunday, according to KSAT-12.Devin Kelley, who", ["KSAT-12", ".", "Devin"]),
    # fakenewsnet_politifact_defend:politifact14205
    ("with five of his wives and many children.”Mr. Snowden says the CIA", ["children", ".", "”", "Mr."]),
    # fakenewsnet_politifact_defend:politifact12801
    ('Ingraham said, "that\'s been debunked."Numerous respected polls', ["debunked", ".", '"', "Numerous"]),
    # dev16 fakenewsnet_politifact_defend:politifact15341: after a headline-style sentence in capitals
    ("SELF-INFLICTED IMMIGRATION WOUNDS.Some Islamic leaders have even stated", ["WOUNDS", ".", "Some"]),
    # after an acronym: "told CNN.The limousine left"
    ("the groom, David, told CNN.The limousine left", ["CNN", ".", "The"]),
]


@pytest.mark.parametrize(("text", "run"), SPLIT, ids=[r[2] for _, r in SPLIT])
def test_glued_sentence_split(text: str, run: list[str]) -> None:
    tokens = _tokens(text)
    at = tokens.index(run[0])
    assert tokens[at : at + len(run)] == run, tokens


KEPT = [
    ("Version 3.5 shipped", "3.5"),
    ("it costs $3.50 a month", "3.50"),
    ("the U.S.Army said", "U.S.Army"),
    ("see facebook.com/WKRG.News.5/videos", "facebook.com/WKRG.News.5/videos"),
    ("bought on Amazon.com last week", "Amazon.com"),
    ("a 2.0 release", "2.0"),
]


@pytest.mark.parametrize(("text", "token"), KEPT, ids=[t for _, t in KEPT])
def test_not_a_glued_sentence(text: str, token: str) -> None:
    assert token in _tokens(text)
