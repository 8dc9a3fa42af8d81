"""odd_phrasing 0.17.0's auxiliary and agreement slips, each with the real sentence it was read from and
real sentences it must leave alone (source ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from odd_cases import found

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


FOUND = [
    # a modal after "be" with its own subject and nothing left out (the slip the issue quotes)
    ("But there's may not be any money left for the schools.", ("verb_form", "'s may")),
    # "be" before a bare verb where the participle or -ing form belongs (buzzfeed_webis_2016:0789)
    (
        "Terence Crutcher's hands were not raise when he was shot, but down by his side.",
        ("verb_form", "were not raise"),
    ),
    # fakenewsamt:legit/biz05.legit.txt
    (
        "The messaging app company is forecast to be bring in revenues of more than $3bn within three years.",
        ("verb_form", "be bring"),
    ),
    # buzzfeed_webis_2016:0989
    (
        "Senate Democrats are increasingly shift their sights to Missouri, where they believe Kander can win.",
        ("verb_form", "are increasingly shift"),
    ),
    # "have" as the only auxiliary of an -ing form (celebrity:legit/036legit.txt)
    (
        "The two have already attending weddings together, something Kate and William did too.",
        ("verb_form", "have already attending"),
    ),
    # an auxiliary "does" after a plural noun: "does" is also a plural of "doe", which must not make the
    # verb a noun (buzzfeed_webis_2016:0304)
    (
        "Last year, TSA began a pilot program. The agencies does not publicly list the kinds of activities.",
        ("subject_verb_agreement", "agencies does"),
    ),
    # a relative clause on an indefinite pronoun for a person (buzzfeed_webis_2016:0813)
    (
        "If anyone is oppressed, it is anyone who lose jobs to that policy.",
        ("subject_verb_agreement", "anyone who lose"),
    ),
    # "its" before a pronoun (buzzfeed_webis_2016:0813)
    ("If anyone is oppressed, its anyone who loses a job.", ("misused_phrase", "its anyone")),
    # misspellings common enough on the web that frequency alone would pass them: codespell's list
    # (fakenewsamt:fake/edu06.fake.txt, buzzfeed_webis_2016:0888, fakenewsnet_politifact_defend:politifact15616)
    (
        "Almost 70 percent of US colleges and universities have reported that there has been an increase by "
        "at least 1% of the amount of international applications recieved in the past 2 years.",
        ("misspelling", "recieved"),
    ),
    (
        "In yet another of the disturbing Islamophobic attacks occuring more and more frequently in the United "
        "States, a man in northern Philadelphia is wanted for throwing a firebomb into an occupied car.",
        ("misspelling", "occuring"),
    ),
    (
        "Sir Meyer, who is the former UK Ambassador to the United States, was targetted after he publically "
        "expressed his support for Donald Trump's visit.",
        ("misspelling", "publically"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f[1][1] for f in FOUND])
def test_auxiliary_slip_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


NOT_FOUND = [
    # a pseudo-cleft: "do" before "be" makes the bare infinitive right
    "All he did was complain about the food.",
    "What we need to do is wait for the results.",
    # a noun the tagger reads as a verb after "be" (fakenewsnet_politifact_defend:politifact14940#2, :politifact98)
    "It is the range and regularity of the untruths we see that should be cause for profound alarm.",
    "Politics is show business for ugly people.",
    "Lifting whole passages from someone else's speeches is not change you can believe in.",  # :politifact368
    # bare forms that are the participle too
    "He has come home and the deal was put to a vote.",
    # "have" + an adjective in -ing before its noun (buzzfeed_webis_2016:0910, fakenewsnet_old_politifact:...86)
    "On the other hand, Mr. Angell has glowing praise for Democratic nominee Hillary Clinton.",
    "It is a topic, Cuba-U.S. relations, that has increasing bipartisan support.",  # PolitiFact_Real_69
    "We don't have enough roads to take care of the congestion, we have crumbling bridges and tunnels.",
    # "have" as the main verb of a relative clause whose object moved away
    "The one thing they have going for them is money.",
    "It is a film I have coming out next year.",
    # "be" closing a clause with its predicate left out, then the outer clause's modal
    # (polnear_train:wash-post_2016-04-18, judged wrong in a round on newspaper copy)
    'Francis made clear that the meeting was not political, saying that those who thought it was should "look '
    'for a psychiatrist," according to Reuters.',
    # the right forms
    "She has been attending classes since May.",
    "Anyone who has a ticket can come, and everyone who loses one can ask for another.",
    "The report does not say who wrote it.",
    "The company and its employees agreed, and its chief executive too.",
    # "its" before an abbreviation the case-blind phrase match would read as "us" (fakenewsamt:legit/biz12.legit.txt)
    "However the firm warned that the writedown of its US nuclear business could see Toshiba's total losses "
    "last year exceed 1 trillion yen.",
    # a prefixed coinage codespell lists as a slip (fakenewsnet_politifact_defend:politifact14036)
    "AP: But that didn't mean that you supported what Assange is doing? TRUMP: No, I don't support or "
    "unsupport. It was just information. They shouldn't have allowed it to get out.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_auxiliary_slip_not_found(text: str) -> None:
    assert found(text) == []


def test_known_misspellings_keep_spelling_slips_only() -> None:
    """codespell's list, filtered: spelling slips stay; apostrophes, dropped g's, usage notes and
    possessives without their apostrophe are other checks' or none."""
    from misinfo_scorer_plugins.odd_phrasing.known_misspellings import correction, known_misspellings

    assert len(known_misspellings()) > 50_000  # the installed wheel's main dictionary was read
    assert correction("thier") == "their" and correction("goverment") == "government"
    assert correction("definately") == "definitely" and correction("occured") == "occurred"
    for word in ("didnt", "hatin", "delusionally", "alot", "government", "pyspellchecker"):
        assert correction(word) is None, word


def test_a_known_misspelling_the_article_repeats_or_capitalises_is_left_alone() -> None:
    # a spelling used twice is deliberate (a name, a quoted handle); a capitalised one may be a name
    repeated = (
        "The Goverment Accountability Office, which calls itself the goverment watchdog, said the goverment "
        "had not answered its questions about the contract by the end of the year."
    )
    assert ("misspelling", "goverment") not in found(repeated)
    assert found("Manal Thier, a 28-year-old teacher living in the city, said the school had been shut.") == []
