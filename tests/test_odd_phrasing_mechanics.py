"""odd_phrasing 0.10.0's mechanical slips (spacing, doubled and mismatched quotation marks, a doubled
full stop, a unit said twice) and doubled two-word phrases, each with real sentences it finds and
real sentences it must leave alone (source ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from misinfo_scorer_plugins.odd_phrasing.mechanics import (
    find_doubled_attribution,
    find_doubled_punctuation,
    find_mismatched_quotes,
    find_missing_space,
    find_number_forms,
    find_space_before_mark,
    find_unit_twice,
)

from scorer.testing import run_signal


def _pairs(findings: list) -> list[tuple[str, str]]:
    return [(f.check, f.message.split("'")[1] if f.message.startswith("'") else "") for f in findings]


MECHANICAL_FOUND = [
    # (buzzfeed_webis_2016:1240, credible)
    (
        find_missing_space,
        "anyone a close-up photo of his underwear,saying, it was a prank.",
        "missing_space",
        "underwear,saying",
    ),
    # (polnear:breitbart_2016-07-05, credible)
    (find_missing_space, "Ryan said,“Look, anti-Semitic images, they’ve got no place.”", "missing_space", "said,“Look"),
    # a wrong-way closing mark glued to the next word (a train_gold article, buzzfeed_webis_2016)
    (
        find_missing_space,
        "he has “a great relationship with the blacks“while nearly every poll",
        "missing_space",
        "blacks“while",
    ),
    # (buzzfeed_webis_2016:1316, credible)
    (
        find_doubled_punctuation,
        "After the debate, Trump told CNN that ““I was going to say something",
        "doubled_punctuation",
        "““",
    ),
    # (buzzfeed_webis_2016:0335, credible)
    (
        find_doubled_punctuation,
        "detailed at the Security Council meeting.. Russia initially said",
        "doubled_full_stop",
        "meeting..",
    ),
    # (dev3_gold, celebrity:legit/094legit.txt)
    (find_space_before_mark, "Lady Gaga 's representative has denied reports", "space_before_punctuation", "Gaga 's"),
    (
        find_space_before_mark,
        "black voters do not support his candidacy : Our African American communities",
        "space_before_punctuation",
        "candidacy :",
    ),
    # (train_gold, buzzfeed_webis_2016)
    (
        find_mismatched_quotes,
        "Lots of the money sent to ‘Help” Haiti didn’t ever reach the poor",
        "mismatched_quotes",
        "‘Help”",
    ),
    # (dev3_gold, celebrity:fake/168fake.txt; train_gold, celebrity:legit/111legit.txt;
    # polnear:politico_2015-12-23, credible)
    (find_mismatched_quotes, "She simply can‘t imagine her life without Kevin.", "wrong_way_quote", "can‘t"),
    (find_mismatched_quotes, "one of 200 guests invited to Serena Williams‘ wedding", "wrong_way_quote", "Williams‘"),
    (find_mismatched_quotes, "Terry is a friend. I don‘t really know Millis.", "wrong_way_quote", "don‘t"),
    # (buzzfeed_webis_2016:0943, credible; train_gold, fakenewsnet_politifact_defend:politifact14128)
    (
        find_unit_twice,
        "their military budget by $1.7 billion dollars, an exact amount",
        "redundant_word",
        "$1.7 billion dollars",
    ),
    (find_unit_twice, "cost the taxpayers an estimated $800,000 dollars.", "redundant_word", "$800,000 dollars"),
    # (dev3_gold, buzzfeed_webis_2016; polnear:politico_2016-02-10, credible)
    (
        find_doubled_attribution,
        "McNamara added, “I know of no police officer that wants to hurt someone,” he said.",
        "doubled_attribution",
        ",” he said",
    ),
    (
        find_doubled_attribution,
        'Feinstein said "I don\'t know anything about Jake Sullivan and the emails," she said.',
        "doubled_attribution",
        '," she said',
    ),
    # (dev3_gold, buzzfeed_webis_2016; polnear:politico_2016-04-22, credible)
    (find_number_forms, "Thirty four percent of registered voters have a positive view", "hyphen", "Thirty four"),
    (find_number_forms, "him. Forty six percent were certain they would support", "hyphen", "Forty six"),
    # (polnear:breitbart_2016-01-19, credible; dev3_gold, fakenewsnet_politifact_defend:politifact13591)
    (find_number_forms, "In 1962 Viguerie, then 29-years-old, was named", "hyphen", "29-years-old"),
    (find_number_forms, "the loss of her 2-years-old baby.", "hyphen", "2-years-old"),
    # (train_gold, fakenewsnet_politifact_defend; buzzfeed_webis_2016:1270, credible)
    (find_number_forms, "informing reporters that the U.S Department of Transportation is", "abbreviation", "U.S"),
    (find_number_forms, "the most watched political event in U.S history.", "abbreviation", "U.S"),
]


@pytest.mark.parametrize(("check", "text", "name", "span"), MECHANICAL_FOUND)
def test_mechanical_slip_found(check, text: str, name: str, span: str) -> None:
    found = [(f.check, text[f.start : f.end]) for f in check(text)]
    assert any(c == name and span in s for c, s in found), found


MECHANICAL_CLEAN = [
    # lists and numbers, links, an ellipsis, nested quotations closed properly, a year's apostrophe
    "The vote was 52,48 in the Senate, see www.example.com/a,b for the table.",
    "“He told me, ‘I sort of hope that happens,’” Clinton told union workers.",  # polnear:breitbart_2016-05-24
    "It was the choice, not an echo... and then nothing.",
    "Rumours began in the ’90s, when the band was still together.",
    "The spokesman said: “We have no comment.”",
    "The president’s aides said Trump’s remarks were misread.",
    "It cost 800,000 dollars, or $800,000.",
    # the wrong-way mark before a possessive "s" is left as typography (polnear:huff-post_2016-06-08)
    "Chuck Grassley on Wednesday downplayed Donald Trump‘s attack on a federal judge",
    "Gaga's representative has denied it; the singer is not pregnant.",
    # hyphenated and capitalised numbers, an age without hyphens, "U.S." in full (buzzfeed_webis_2016:1117)
    "Thirty-four percent, by Five Thirty Eight’s Eitan Hersh, of the 2-year-old U.S. program.",
    "He was 29 years old and lived in the U.S.",
    # a partial quotation, and a new sentence after the quotation (polnear:usa-today_2015-12-07,
    # buzzfeed_webis_2016:1042)
    'Nothing the president said "will assuage people\'s fears," the Florida senator said.',
    "Graham looked at his staffer and said, “I did?” And the staffer said, “Yeah, you did.”",
    # the first verb of saying inside a subordinate clause (buzzfeed_webis_2016:0063)
    'It is unclear what she is referring to when she says, "Don\'t do it," said former FBI agent Rich Frankel.',
    # two paragraphs glued on collection ('.“He'), not a writer's slip
    "Thomas died at the scene.“One person watched over a group of them.”",
]


@pytest.mark.parametrize("text", MECHANICAL_CLEAN)
def test_mechanical_clean(text: str) -> None:
    for check in (
        find_missing_space,
        find_doubled_punctuation,
        find_space_before_mark,
        find_mismatched_quotes,
        find_unit_twice,
        find_number_forms,
        find_doubled_attribution,
    ):
        assert check(text) == [], (check.__name__, text)


def slips(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word doubled across a no-break space (train_gold, buzzfeed_webis_2016)
        (
            "Donald Trump committed a felonious offense, this time for\xa0for lying under oath in a civil court.",
            ("doubled_word", "for\xa0for"),
        ),
        # (polnear:huff-post_2016-07-14, credible)
        (
            "Her predecessor, Sheila Bair, according to the\xa0the congressional report, did not.",
            ("doubled_word", "the\xa0the"),
        ),
        # two words typed twice (buzzfeed_webis_2016:1149, credible; train_gold, buzzfeed_webis_2016)
        (
            "The poll surveyed 659 likely Virginia voters, with a with a margin of error of 3.9 points.",
            ("doubled_word", "with a with a"),
        ),
        (
            "If that is true, then Donald Trump committed yet another\xa0yet another felonious\xa0offense.",
            ("doubled_word", "yet another\xa0yet another"),
        ),
    ],
)
def test_doubled_phrase_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in slips(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # idioms that repeat a word around a joining word, an article's pair, a free relative
        # (polnear:wash-post_2016-04-23, buzzfeed_webis_2016:1228, buzzfeed_webis_2016:1233, west-journal)
        "It has been proved wrong over and over and over again.",
        "He has given us ruling after ruling after ruling, negative, negative, negative.",
        "He will call a spade a spade, and if you don't like it you can leave.",
        "Whatever he does he does to win, his friends say.",
        "They return from time to time to check their email.",
        "We're going to have to have some big wins at the end of the primaries.",
        # "as X as X gets": the idiom of the utmost (celebrity:legit/023legit.txt)
        "Doing it to your ex's new partner is as petty as petty gets.",
    ],
)
def test_doubled_phrase_clean(text: str) -> None:
    assert not [s for s in slips(text) if s[0] == "doubled_word"], slips(text)


@pytest.mark.slow
def test_mechanical_slips_are_findings_with_their_check() -> None:
    """The mechanical checks reach the signal's findings, named, and count in their feature."""
    text = (
        "The report was released on Monday. It's often been said with some humor,that behind every "
        "conservative lies a liberal who was mugged. Lots of the money sent to ‘Help” Haiti never arrived."
    )
    result = run_signal(OddPhrasing(), text)
    checks = {(f.check, f.text) for f in result.findings}
    assert ("missing_space", "humor,that") in checks
    assert ("mismatched_quotes", "‘Help”") in checks
    assert result.features["punctuation_slips_per_1k_words"] > 0
