"""odd_phrasing 0.35.0: the noun "Democrat" where the adjective "Democratic" belongs (check
``wrong_word_form``). Real passages it finds (source ids in the comments; corpora in ../shared/data) and
real passages where "Democrat" is the noun for a member of the party, which it must leave alone."""

from __future__ import annotations

import pytest
from odd_cases import found

pytestmark = pytest.mark.slow  # every parametrized case parses text with the spaCy pipeline

FOUND = [
    # (buzzfeed_webis_2016:1553, marked by the tuning set's reader)
    (
        "There has been immense speculation recently regarding the health status of Democrat presidential nominee "
        "Hillary Clinton.",
        "Democrat presidential nominee",
    ),
    # (buzzfeed_webis_2016:1584, marked)
    (
        "The first presidential debate between Democrat nominee Hillary Clinton and Republican rival Donald Trump "
        "was full of fiery exchanges.",
        "Democrat nominee",
    ),
    # (fakenewsnet_politifact_defend:politifact14745, marked)
    (
        "But when the fake 14-year-old didn’t work for them, the Democrat Party did something even worse.",
        "Democrat Party",
    ),
    # (fakenewsnet_politifact_defend:politifact12418, credible, marked)
    (
        "Clinton, who remains a heavy favorite to win the Democrat nomination, leads the presumptive GOP nominee.",
        "Democrat nomination",
    ),
    # (buzzfeed_webis_2016:1424, marked): after a possessive, before a possessive noun
    (
        "The candidate also noted the vast differences between his and his Democrat rival’s campaign crowds.",
        "Democrat rival",
    ),
    # (buzzfeed_webis_2016:0669): after an adjective, before "party" in lower case
    ("Most of these liberal college grads joined the Democrat party.", "Democrat party"),
]

LEFT_ALONE = [
    # a member of the party (buzzfeed_webis_2016:0284, :0400, :1363, credible)
    '"If elected, Donald Trump would be the scammer in chief," the Nevada Democrat said.',
    "Florida Sen. Bill Nelson became the first Democrat to publicly say he will support the bill.",
    "It made her the first Democrat that newspaper has endorsed in over 75 years.",
    # a title before a name (buzzfeed_webis_2016:0701, credible)
    "Virginia's first black governor, Democrat Douglas Wilder, spoke on Monday.",
    # coordinated nouns (buzzfeed_webis_2016:0819)
    "Every single Democrat and liberal yelled that it was racist.",
    # a name of its own (PolNeAR: "the now-distant New Democrat movement")
    "Those policies were once championed by those in the now-distant New Democrat movement.",
    # the noun as a verb's subject, the parse reading the verb as a noun (buzzfeed_webis_2016)
    "Why would a long-time and highly respected Democrat defect at such a crucial time in our history?",
    # the adjective itself
    "Democratic presidential nominee Hillary Clinton spoke in Ohio.",
    # a hyphenated compound of its own
    "The Democrat-controlled Senate passed the bill.",
]


@pytest.mark.parametrize(("text", "span"), FOUND)
def test_finds_democrat_for_democratic(text: str, span: str) -> None:
    assert ("wrong_word_form", span) in found(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_leaves_the_noun_alone(text: str) -> None:
    assert not [f for f in found(text) if f[0] == "wrong_word_form" and "Democrat" in f[1]]


def test_inside_a_quotation_it_is_the_speaker_s_word() -> None:
    # (buzzfeed_webis_2016: Dole blaming "Democrat wars"): a quoted phrase is someone else's wording
    text = 'Dole launched into a long rant, telling the crowd: "These Democrat wars killed millions of Americans."'
    assert not [f for f in found(text) if "Democrat" in f[1]]


def test_shown_once_per_article_and_counted() -> None:
    # (buzzfeed_webis_2016:0669 writes it five times): a site's habit is queried once, each use still counted
    from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

    from scorer.testing import run_signal

    text = (
        "Most of these liberal college grads joined the Democrat party. Since Kennedy every single Democrat "
        "nominee for president has championed the progressive ideology. Today you would have a tough time "
        "finding even a moderate Democrat candidate."
    )
    result = run_signal(OddPhrasing(), text)
    shown = [f for f in result.findings if f.check == "wrong_word_form"]
    assert [f.text for f in shown] == ["Democrat party"]
    assert "3 such in the article; the first shown" in shown[0].message
    assert result.features["party_noun_adjectives_per_1k_words"] > 0
