"""odd_phrasing: slips around a determiner that a rule of grammar decides whatever the words: an
article left before a possessive or demonstrative ("known the her health", "sever the this relationship")
or before a preposition and its own article ("lacking the in the love department"), a plural written with
an apostrophe before an adverb and a verb or before "to" + a verb ("the Clinton's personally enrich", "the
Clinton's to peddle"), a number with a plural noun as a modifier after "a" ("a 780,000 pounds
cottage"), an article before an -ing form with a bare object ("against the blocking the sale"), "he"
typed for "the" ("leaking he president's messages") and "the" before a finite verb or "today's" ("The have
evidence", "the today's defenders"). Each is tested with real sentences it finds and
real sentences it must leave alone (source ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]


FOUND = [
    # an article before a possessive (buzzfeed_webis_2016:1389)
    (
        "But if she pays just a little bit of attention to the news, she would have known the her health is a "
        "huge concern.",
        ("doubled_word", "the her"),
    ),
    # before a demonstrative and before a preposition with its own article; both are quotations in their
    # articles (buzzfeed_webis_2016:0347, celebrity:fake/038fake.txt), set as the article's own words here
    ("To those who wish to sever the this relationship, be careful what you wish for.", ("doubled_word", "the this")),
    (
        "They are really just disappointed in how her and Blake seem to be lacking the in the love department "
        "this season.",
        ("doubled_word", "the in"),
    ),
    # a plural with an apostrophe before an adverb and a verb, and before "to" + a verb
    # (buzzfeed_webis_2016:1084, both marked by its reader)
    (
        "It is the Clinton Foundation that is set up to make sure the Clinton's personally enrich themselves by "
        "selling access and favors.",
        ("plural_apostrophe", "the Clinton's personally enrich"),
    ),
    (
        "Trump is clearly intent on distracting attention away from the corrupt Clinton Foundation, a vehicle "
        "for the Clinton's to peddle influence at the expense of the American people.",
        ("plural_apostrophe", "the Clinton's to peddle"),
    ),
    # an article before an -ing form with a bare object (buzzfeed_webis_2016:0347, credible, marked)
    (
        "Senate Majority Leader Mitch McConnell, R-Kentucky, cited the importance of strong US-Saudi ties in "
        "explaining why he voted against the blocking the sale.",
        ("wrong_word_form", "the blocking"),
    ),
    # "he" typed for "the" (fakenewsnet_politifact_defend:politifact15544, marked; buzzfeed_webis_2016:0524,
    # credible, found on the credible read)
    (
        "Senior engineer Clay Haynes admitted to leaking he president's private messages.",
        ("confusable", "he president"),
    ),
    (
        "Ron Klain, who advised President Barack Obama and ran part of Hillary Clinton's debate prep, played "
        "moderator Lester Holt during he session, according to a Clinton aide.",
        ("confusable", "he session"),
    ),
    # "the" before a finite verb, and before "today's" (buzzfeed_webis_2016:0568, marked; 1271, credible,
    # found on the credible read; 0582, marked)
    ("They’re not very popular for their handling of Haiti. The have evidence they want to see followed up on.",
     ("wrong_word", "The have")),
    (
        "Prosecutors had asked that Menendez's trial move ahead after the Third Circuit of Appeals rejected his "
        "bid to the have the allegations against him thrown out.",
        ("wrong_word", "the have"),
    ),
    (
        "In the article, McCarthy makes the point that the today’s defenders of radical Islamic terrorism — "
        "progressive leftist Democrats — sound precisely like the attorney’s representing the Islamists in the "
        "cases he prosecuted in the 90’s.",
        ("doubled_word", "the today’s"),
    ),
    # a number and a plural noun as a modifier after "a" (celebrity:fake/232fake.txt)
    (
        "In addition, the Clooneys paid for their neighbours to rent a 780,000 pounds cottage.",
        ("number_noun_agreement", "a 780,000 pounds cottage"),
    ),
    (
        "The package was said to include a holiday to Corfu, a six-week stay in a luxury hotel and a 30,000 "
        "pounds lump sum.",
        ("number_noun_agreement", "a 30,000 pounds lump"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


NOT_FOUND = [
    # "the" + a number + a plural that is the subject of the verb after it (buzzfeed_webis_2016:0074 and
    # 1155, credible)
    "Clinton's campaign is well aware that the outcome of the debate depends not just on what the two "
    "candidates say onstage but also on the conversation that takes place around it.",
    "The readouts from those meetings in Riyadh also suggested the president hadn't done much to assuage "
    "Saudi concerns, with the two sides saying they'd \"discussed\" and \"exchanged views\" more than agreeing "
    "on anything.",
    # a year, not a count, after "a" (buzzfeed_webis_2016, credible)
    "According to a 2013 census report, black voters voted at the highest rate.",
    # a question set before a noun as its modifier (celebrity:legit/195legit.txt, found on the credible read)
    "The are they/aren't they pair have been spotted skiing together.",
    # an -ing form as a noun with "of", and "he" as a subject after a preposition-like conjunction
    # (buzzfeed_webis_2016:0038 and 0027, credible)
    "Kerry today urged the Syrian regime to adhere to its terms, calling for the grounding of all regime aircraft.",
    "Rahami has been charged with attempted murder related to the shootout with police just before he was "
    "apprehended Monday.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    checks = {"doubled_word", "plural_apostrophe", "number_noun_agreement", "wrong_word_form", "confusable"}
    assert [f for f in found(text) if f[0] in checks] == []


def test_doubled_phrase_found_once() -> None:
    """Two words typed twice are one doubled phrase, not also an article before a preposition
    (buzzfeed_webis_2016:1149, credible)."""
    text = (
        "The poll also reached 612 Iowans, with a margin of error of plus-or-minus 4 points, and 659 likely "
        "Virginia voters, with a with a margin of error of plus-or-minus 3.9 points."
    )
    assert [f for f in found(text) if f[0] == "doubled_word"] == [("doubled_word", "with a with a")]
