"""odd_phrasing: slips the parse shows wherever they happen, not keyed to particular words: a verb left
out (a modal with a noun object and no verb, "do" + "not" with no verb before the next subject, a
sentence that is only "and" + a "that" clause), "of" missing after a quantity noun
or "most/many ... of" with no determiner after it, and "to" before a past form. Each is tested with real
sentences it finds and real sentences it must leave alone (source ids in the comments; corpora in
../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

NEW_CHECKS = {"missing_verb", "missing_preposition", "missing_determiner", "verb_form"}


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]


FOUND = [
    # a modal with a noun object and no verb (buzzfeed_webis_2016:0894, marked; 1531, credible, found on
    # the credible read)
    (
        "This very minimal burden on a tiny number of families that are more than able to shoulder it would "
        "pay for Clinton’s proposed simplification of small business taxes and expansion of the child tax "
        "credit, programs that will millions of Americans.",
        ("missing_verb", "will millions"),
    ),
    (
        "Alicia Garza, co-founder of BlackLivesMatter, has demanded that there should black communities without "
        "any cops.",
        ("missing_verb", "should black communities"),
    ),
    # "don't" with no verb before the next subject (buzzfeed_webis_2016:0557, marked)
    (
        "I don’t doubt that some of Trump’s supporters choose not to focus on certain things that he says, but "
        "I don’t they’re “willfully ignoring” those things.",
        ("missing_verb", "don’t they"),
    ),
    # a sentence that is only "And" + a "that" clause (buzzfeed_webis_2016:0331, marked)
    (
        "Lewis made his comments at a roundtable on voting rights. And that the conditions that moved Congress "
        'five decades ago to require certain parts of the United States to "preclear" changes to voting laws '
        '"no longer characterize voting in the covered jurisdictions."',
        ("missing_verb", "And that the conditions that moved"),
    ),
    # "of" missing after a quantity noun (buzzfeed_webis_2016:0518, marked; 0520, credible)
    (
        "The FBI has asked to examine the cell phones of a small number Democratic Party staffers as it "
        "investigates a possible hack, law enforcement and Democratic sources told CNN Tuesday.",
        ("missing_preposition", "number Democratic"),
    ),
    (
        "Johnson, FBI Director James Comey and Nick Rasmussen testified on a variety issues during the hearing.",
        ("missing_preposition", "variety issues"),
    ),
    # "most of" with no determiner (fakenewsnet_politifact_defend:politifact9802, marked)
    (
        "Police departments compete to acquire military gear that goes far beyond what most of Americans think "
        "of as police equipment.",
        ("missing_determiner", "most of Americans"),
    ),
    # "to" before a past form (buzzfeed_webis_2016:1389, marked; 0519, credible)
    (
        "Let us know what you think about Donna Brazile’s statement that Clinton had to befitted into the van.",
        ("verb_form", "to befitted"),
    ),
    ("Those who claimed to missed the debate had it the easiest.", ("verb_form", "to missed")),
    # (TempEval-3 wsj_0584, found on the fresh credible read)
    (
        "In national over-the-counter trading, LIN shares soared $4.625 to closed at $112.625, while McCaw fell "
        "$2.50 a share to $37.75.",
        ("verb_form", "to closed"),
    ),
    # the tagger calls the past form a base form after "to" (buzzfeed_webis_2016:1006, marked)
    (
        "If undecided voters break the same way, Schumer is on pace to received 75 percent of the vote in November.",
        ("verb_form", "to received"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


NOT_FOUND = [
    # "'s" read as a modal with a noun after it (buzzfeed_webis_2016:1123, credible); ellipsis
    "CBC members said it’s also time for Congress to act.",
    "Tell her daddy he can pay for it… he won’t.",
    # broken encoding glued to a full stop, read as a noun (buzzfeed_webis_2016:0121, credible)
    "Especially for the sake of the victims of the Nazi onslaught and their memory, it must stop.â Thatâs from "
    "Jonathan Greenblatt, the national director of the Anti-Defamation League.",
    # a question puts the subject after "don't"
    "Why don’t they just say so?",
    # "that" as a demonstrative, the object of the sentence's verb, or after a colon (speech set down
    # without quotation marks) (buzzfeed_webis_2016:0826, 0733 and 0857, credible)
    "After being rejected for a third time, the 21 year-old told the bakers she would find another bakery. "
    "That Walmart should be boycotted.",
    "That we know probably wasn’t the case, since the police didn’t recover a book from the scene.",
    # without "and"/"but", a "that" clause the parse takes for the whole sentence is most often a clause
    # that is the subject, or a demonstrative (PolNeAR politico_2016-10-17, TempEval-3 APW19980301.0720;
    # buzzfeed_webis_2016:0844 is a real fragment, left to the reader)
    "That the emails have been hacked almost exclusively from Democratic sources has led many to assume that "
    "the attacks are intended to favor Trump.",
    "That 1978 resolution calls for Israel's unconditional withdrawal from the self-declared security zone it "
    "occupies in south Lebanon.",
    # "doesn't" ending a clause whose verb is understood (PolNeAR usa-today_2016-06-15, in a quotation there)
    "If he doesn't he should immediately resign in disgrace.",
    "Bernstein shut him down without question: It’s not just liberals, I think it’s conservatives, too, there "
    "is realization that trump is a con man. And that that is a big part of the story.",
    # a preposition before an adjective, not "to" + a verb (buzzfeed_webis_2016:0161, credible)
    "While Donald Trump Jr. compares refugees to poisoned skittles, the executives of 51 companies are "
    "coming together to aid refugees.",
    # (a JFLEG reference)
    'The alternative reading passage emphasizes an alternative to prescribed burning by giving a term like "disking".',
    # "most of" + a possessive or a determiner
    "Most of Trump’s supporters and many of the voters we spoke with said so.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    assert [f for f in found(text) if f[0] in NEW_CHECKS] == []
