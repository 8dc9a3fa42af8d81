"""The tokenizer splits sentences and quotations a scraped copy glued together, and nothing else.

See scorer/glued_sentences.py. Real joins from ../shared/data (ids in the comments); left alone:
decimals, money, versions, initials, domain names and a closing mark glued to the next word.
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
    # fakenewsnet_politifact_defend:politifact14090: the source and the quotation it introduces
    ("watching dogs fight in the park. According to a witness:“They was all just right", ["witness", ":", "“", "They"]),
    # fakenewsnet_politifact_defend:politifact13806
    ("When asked to clarify Porter said,“I don’t have to clarify.", ["said", ",", "“", "I"]),
    # celebrity:legit/195legit.txt
    ('by TV interviewer Piers Morgan, Harry said:"I mean, we went out', ["said", ":", '"', "I"]),
    # fakenewsnet_politifact_defend:politifact14355: an opening quotation mark after a full stop
    ("had injured himself after falling out of bed.“An inmate situated close", ["bed", ".", "“", "An"]),
    # fakenewsnet_politifact_defend:politifact15544: no stop at all
    ("private data according to Haynes“The fact is, even if", ["Haynes", "“", "The"]),
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
    ("at 10:30, he said", "10:30"),
    # a closing curly mark before a word: which mark was meant is a guess, so the token stays as it is
    ("the restaurant had”certain criteria", "had”certain"),
]


@pytest.mark.parametrize(("text", "token"), KEPT, ids=[t for _, t in KEPT])
def test_not_a_glued_sentence(text: str, token: str) -> None:
    assert token in _tokens(text)


def test_the_source_before_a_glued_quotation_is_read() -> None:
    """fakenewsnet_politifact_defend:politifact14090: "a witness:“They" was one token, so no source was seen."""
    from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing

    from scorer.testing import run_signal

    text = (
        "She was found when police arrived after being called by a concerned citizen complaining about a loud"
        " group of people watching dogs fight in the park. According to a witness:“They was all just right out"
        " there in the open drinkin’ and lettin’ their dogs go at it. I saw some smoking weed.”"
    )
    found = [text[f.start : f.end] for f in run_signal(HedgedSourcing(), text).findings]
    assert found == ["a witness"]
