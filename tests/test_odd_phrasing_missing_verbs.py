"""odd_phrasing: slips the parse shows wherever they happen, not keyed to particular words: a verb left
out (a modal with a noun object and no verb, "do" + "not" with no verb before the next subject, a
sentence that is only "and" + a "that" clause), "a"/"an" on a plural noun, "of" missing after a quantity noun
or "most/many ... of" with no determiner after it, and "to" before a past form. Each is tested with real
sentences it finds and real sentences it must leave alone (source ids in the comments; corpora in
../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

NEW_CHECKS = {"missing_verb", "determiner_noun_agreement", "missing_preposition", "missing_determiner", "verb_form"}


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
    # "a" on a plural noun (buzzfeed_webis_2016:1000, 0368, 1602 and fa_kes:1923102894, credible, found on
    # the credible read)
    (
        "If instead, private capital investment stood up the first year or two of the recovery with a "
        "government guarantee, and was coupled with a streamlined environmental review processes that allowed "
        "damaged or destroyed properties to be rebuilt on their original footprint.",
        ("determiner_noun_agreement", "a streamlined environmental review processes"),
    ),
    (
        "Steyer is an exception, routing his millions to his own personal super PAC, Next Gen Climate Action, "
        "along with a super PAC co-run with a labor unions, For our Future.",
        ("determiner_noun_agreement", "a labor unions"),
    ),
    (
        "The department quickly opened a criminal investigations into Wallow’s cruel tactics.",
        ("determiner_noun_agreement", "a criminal investigations"),
    ),
    (
        "Khan Sheikhun in Idlib province suffered a series a air strikes which killed seven people including two "
        "women and a child the Syrian Observatory for Human Rights said.",
        ("determiner_noun_agreement", "a air strikes"),
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
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


NOT_FOUND = [
    # "'s" read as a modal with a noun after it (buzzfeed_webis_2016:1123, credible); ellipsis
    "CBC members said it’s also time for Congress to act.",
    "Tell her daddy he can pay for it… he won’t.",
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
    # "a" with a plural that is not its noun, a singular in -s, a grade, a vocative, a relative clause
    # without "that", a possessive broken by the encoding (credible: celebrity:legit/078legit.txt,
    # fakenewsnet_old_politifact:PolitiFact_Real_84, buzzfeed_webis_2016:1551, 0391, 0115, 0450, 0311,
    # fakenewsnet_politifact_defend:politifact14750 and politifact11773)
    "Media icon Ellen DeGeneres and her wife, Portia de Rossi, lent their luminous presence to the cause by "
    "hosting the live auction where they auctioned off the opportunity to travel on a Toms shoes and eyewear "
    "trip to deliever shoes to children.",
    "Eastwood is one of the few A list celebrities who is conservative.",
    "Time to find a new mayor guys.",
    "Rep. Maxine Waters read excerpts from a letter members later presented to Attorney General Loretta Lynch "
    "decrying violence.",
    "The tradition is this: You donât trash-talk a foreign countryâs political candidates.",
    "In one exchange, an unidentified interviewee details alleged efforts by a top State Department official, "
    "Patrick Kennedy, to argue during the release of the Clinton emails for classifications that would protect "
    "her.",
    "Nearly half (47%) of whites without a college degree view immigrants as a burden on the country.",
    "Our nation is at a crossroads right now — both spiritually and politically.",
    "Any law-enforcement officer may issue a summons regarding a violation of this section.",
    # a noun phrase that ends before the plural: a relative clause without "that", a word of time, a
    # particle, a possessive, a verb read as a noun (PolNeAR nyt_2016-09-03, politico_2016-08-17,
    # wash-post_2016-09-04, politico_2016-05-05, politico_2015-12-15, usa-today_2016-05-11; TempEval-3
    # ABC19980114.1830.0611; all found by a first version on the fresh credible read)
    "A patch of new concrete marks the exit of a tunnel Border Patrol agents sealed in May.",
    "Preemptively casting doubt on the leaks may be easier now than trying to mount a full response days "
    "before voters go to the polls.",
    "It wasn't until he applied for a job years later that Ki Hong learned he had never been a citizen at all.",
    "Brendan Buck, a spokesman for Ryan, told POLITICO that the House speaker gave Priebus a heads up about "
    "his declaration.",
    "Fiorina delivered a pair of $48,000 speeches in October — one to AT&T and another to Young Presidents "
    "Organization, a business executives’ group.",
    "For many who lived through the Cold War era, referring to oneself as a socialist elicits reactions that "
    "range from dangerous suspicion to condescension.",
    "But a minute and a half later, a pilot from a nearby flight calls in.",
    "He lost his older half-sister to an overdose several years ago.",
    "The group has grown by an estimated 20,000 members and a few dozen chapters in a couple years.",
    # a preposition before an adjective, not "to" + a verb (buzzfeed_webis_2016:0161, credible)
    "While Donald Trump Jr. compares refugees to poisoned skittles, the executives of 51 companies are "
    "coming together to aid refugees.",
    # "most of" + a possessive or a determiner
    "Most of Trump’s supporters and many of the voters we spoke with said so.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    assert [f for f in found(text) if f[0] in NEW_CHECKS] == []
