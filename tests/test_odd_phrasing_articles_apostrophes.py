"""odd_phrasing 0.7.0 checks, each with real sentences it must flag and real sentences it must leave
alone: a missing article, "said" + an occasion, "it's" for "its", a plural with an apostrophe, a
surname's possessive without one, and a capitalised -ing form mid-sentence.

Sentences are quoted from published articles (editor_gold_dev's fakenewsnet and buzzfeed items,
FakeNewsAMT and celebrity fakes, fa_kes, buzzfeed_webis_2016 and PolNeAR credible reporting)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from misinfo_scorer_plugins.odd_phrasing.own_voice import EDITORS_OWN

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

FOUND = [
    # an ordinal before "time" without "the"
    (
        "This is first time there’s been an actual specimen recovered, so this is very exciting, she said.",
        "first time",
        "missing_article",
    ),
    # a gradable adjective and a count noun after "be" without "a"
    (
        "Bourdain was fierce critic of Harvey Weinstein and denounced the serial sexual abuser, calling for swift "
        "justice to be served.",
        "fierce critic",
        "missing_article",
    ),
    (
        "In an interview with Vogue, she once claimed herself to be lonely girl who spends Saturday nights either "
        "with some friends or in her apartment.",
        "lonely girl",
        "missing_article",
    ),
    (
        "Donald Trump's small band of intellectual defenders can no longer claim that he is good man. Instead, they "
        "say his dishonesty and cruelty are acceptable because Congress could check him if he really got out of hand.",
        "good man",
        "missing_article",
    ),
    # a name modifying an institution without "the"
    (
        "Much like in Iowa, Sanders campaign is leaner. He is rerouting organizers from Iowa and New Hampshire to "
        "coordinate an army of volunteers who set up shop on their own before he had a significant presence in the "
        "state. Flush with millions of dollars in donations on the heels of New Hampshire, he's also matching "
        "Clinton on television ads.",
        "Sanders campaign",
        "missing_article",
    ),
    (
        "But a spokesman for the Center for Immigration Studies said that Obama administration has not promoted or "
        "publicly supported Gutierrez's bill.",
        "Obama administration",
        "missing_article",
    ),
    # "said" + an occasion without "at"/"in"
    (
        '"I\'m so glad they kept that dress," Trump said a rally in August, in reference to an infamous blue dress.',
        "said a rally",
        "missing_word",
    ),
    # "it's" for the possessive "its"
    (
        "The project, which is in it's final stages, is being conducted by the US defense advanced research agency.",
        "it's final",
        "missing_apostrophe",
    ),
    (
        "Trump is speaking to his party’s base to discredit his opponent by turning the truth on it’s head.",
        "it’s head",
        "missing_apostrophe",
    ),
    (
        "Microsoft stated that it's core mission is to improve the environment and would be happy to work with Toyota.",
        "it's core",
        "missing_apostrophe",
    ),
    # "it's" + a bare plural joined to a noun by "and": "it is heroes" cannot be meant (odd_phrasing 0.39.27)
    (
        "But feel free to disrespect and spread a message of dishonoring your country and it’s heroes. With this kind "
        "of garbage happening…the truth becomes that much more obvious.",
        "it’s heroes",
        "missing_apostrophe",
    ),
    (
        "Since the ending of the “Twilight” and it’s sequels in 2012, most of the young stars from the movie have "
        "failed to see further success.",
        "it’s sequels",
        "missing_apostrophe",
    ),
    # a noun that is also a verb's base form: "it is name" and "it has name" cannot stand either
    (
        "Evil walks this earth. It’s name is radical Islamic terrorism. It celebrates death.",
        "It’s name",
        "missing_apostrophe",
    ),
    (
        "The Australian Grand Prix has a new winner, and it's name is Sebastian Vettel.",
        "it's name",
        "missing_apostrophe",
    ),
    # a plural written with an apostrophe
    (
        "It’s no secret that people who cross the Clinton’s wind up dead … mostly from suicide.",
        "the Clinton’s wind",
        "plural_apostrophe",
    ),
    # a surname's possessive without its apostrophe
    (
        "It looks as if Green Party candidate, and former stripper, Jill 'Franken' Stein knows no limits when it "
        "comes to recounting votes. She "
        "then called a recess, and had Steins car towed to her house for a private investigation.",
        "Steins car",
        "missing_apostrophe",
    ),
    # "then" after a comparative and its noun
    (
        "Foreign students remark that US students pay little attention in class, and it was easy to surpass "
        "their grades with less effort then they utilized in their native countries.",
        "less effort then",
        "confusable",
    ),
    # a capitalised -ing form that NER took for part of a name
    (
        "She made a mistake, also referring to multiculturalism as a “living lie.”  According to the Daily Mail, "
        "Speaking to the "
        "party faithful at its annual conference, she repeated her catchphrase.",
        "Speaking",
        "stray_capital",
    ),
]


@pytest.mark.parametrize(("text", "expected", "check"), FOUND, ids=[f[1] for f in FOUND])
def test_finds_real_slip(text: str, expected: str, check: str) -> None:
    found = [(f.text, f.check) for f in run_signal(OddPhrasing(), text).findings]
    assert (expected, check) in found, found


CLEAN = [
    # articles: "the" present, fixed phrases, a heading run into the text, a mis-tagged compound
    "Hillary Clinton had been attacked before, but Thursday marked the first time he implicated Bill Clinton in "
    "the argument.",
    "The proposed 33-story Mirabeau Trump hotel would appear, at first glance, to have the same credibility.",
    "James Olson, a Sports Illustrated subscriber since fourth grade, watches action-packed NFL games on TV to "
    "escape the news.",
    "Residents of Eastern Ghouta said that two people were killed in what they believed were Assad regime "
    "airstrikes on the town of Douma.",
    "When conservatives meet disagreement, they try to engage in meaningful debate. With liberals, there is only "
    "resistance.",
    "We let that person go. Clinton puts Trump on defense at first debate Both then and on Monday night, Solis "
    "Doyle said the campaign was ready.",
    "I think a discussion of stamina with respect to any sex is fair game when the context is commander-in-chief, "
    "she said.",
    "Congress will approve money for Flint as the two chambers merge those two competing bills into final legislation.",
    # a text whose apostrophes were all stripped on collection (fa_kes), and a show's title
    "The United States and Britain on Sunday acknowledged the Western worlds weak support for any military action "
    "against Syrias government as they seek ways to pressure Syrian regime leader Bashar Assad and his chief backer "
    "Russia to halt the deadly Aleppo offensive. Ali Mamlouk head of the National Security Bureau and one of Assads "
    "top aides visited Cairo Sunday at the head of a delegation.",
    "Khloe Kardashian has admitted that she got facial fillers, but it didn’t work out how she wanted. The Keeping "
    "Up With the Kardashians star showcased her enviable curves as she enjoyed an outing with mum Kris Jenner.",
    # read by hand on credible articles (seeds 14 and 16) and silenced
    "Even the party’s once revered first family, including the GOP’s last two-term president, was a no-show, "
    "either in person or in spirit.",
    "The pope has no plans to meet with Vermont Sen. Bernie Sanders when the Democratic presidential candidate "
    "speaks at a Vatican conference on Friday.\n\nVatican spokesman the Rev. Federico Lombardi told reporters "
    "Thursday that the pope has no plans to either address the conference or meet with Sanders.",
    "How long, exactly, Clinton and Trump have to form that first impression is the subject of, well, some debate.",
    'Camerota suggested: "So he believes the idea that it\'s manmade is a hoax." "No, I didn\'t say that," '
    "Conway said.",
    # "it's" + an adjective or participle, then a verb: "it is" stands
    'I said, "And the reason it\'s obsolete is because of the fact they don\'t focus on terrorism."',
    "But the number of times it's accessed is very -- it is a fraction of a fraction, number one.",
    "Donald Trump's company said: \"Our growth strategy is to expand the Trump Hotels portfolio by strategically "
    'opening properties in key U.S. and international markets." The Trump Hotel brand is licensed.',
    "Hillary Clinton is the first woman to lead the ticket of a major party in the United States. There is no "
    "template yet for a female United States president.",
    "Stocks started to decline in value, and then a contagion hit, and it was free fall.",
    # "said" with a clause after it
    "A campaign official said the rally was the largest the candidate had held in the state so far this year.",
    # "than" after a comparative is right
    "Foreign students said it was easy to surpass their grades with less effort than they utilized at home.",
    # "it's" as "it is"
    "Also, Leftist embrace law enforcement, until it’s time for them decry law enforcement.",
    "That's what it's about, and nobody in the room had any doubt of it when the meeting ended.",
    # "And it's" opening a cleft: no noun before the "and" (a candidate's debate answer, transcribed)
    "We could have rebuilt our country twice. And it's really a shame. And it's politicians like Secretary Clinton "
    "that have caused this problem.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_leaves_real_sentences_alone(text: str) -> None:
    found = [
        (f.text, f.check)
        for f in run_signal(OddPhrasing(), text).findings
        if f.check in ("missing_article", "missing_word", "missing_apostrophe", "plural_apostrophe", "confusable")
    ]
    assert found == []


def test_missing_article_counts_in_quotations_too() -> None:
    """A dropped article in a transcribed quotation is the transcriber's, like a dropped "of"."""
    assert "missing_article" in EDITORS_OWN
    text = (
        "“We had no idea they were in Lake Michigan. This is first time there’s been an actual specimen "
        "recovered, so this is very exciting”, she said."
    )
    found = [(f.text, f.check) for f in run_signal(OddPhrasing(), text).findings]
    assert ("first time", "missing_article") in found, found


def test_missing_article_silent_in_a_headline_line() -> None:
    """Headline English drops articles: a short line is not judged."""
    text = (
        "Biden Calls Trump Risk to U.S. Safety; \nWith characteristic zeal, vice president talks tough in first "
        "rally with Clinton.\n\nABSTRACT.\n\nVice President Joseph R. Biden Jr. spoke in Scranton on Monday."
    )
    found = [f.check for f in run_signal(OddPhrasing(), text).findings]
    assert "missing_article" not in found, found
