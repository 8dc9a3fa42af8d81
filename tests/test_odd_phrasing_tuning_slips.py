"""odd_phrasing 0.34.0's general slip rules, read off the tuning sets' missed grammar slips: a comma or a
doubled full stop glued to a name, "whose" for "who's", "to" + an -ing form after a verb that takes an
infinitive, a singular subject's verb in a clause that reports ("we hope this story draw") or with "were"
and no hypothesis before it, and "taxpayers money". Each with the real passage it finds (source ids in
the comments; corpora in ../shared/data) and real or minimal passages it must leave alone."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing.mechanics import find_doubled_punctuation, find_missing_space
from odd_cases import found

pytestmark = pytest.mark.slow  # every parametrized case parses text with the spaCy pipeline

FOUND = [
    # (buzzfeed_webis_2016:0857, credible)
    (
        "by any party in America to ask his patron,Russian strongman Vladimir Putin to hack Democratic candidate "
        "Hillary Clinton’s campaign servers.",
        ("missing_space", "patron,Russian"),
    ),
    # (buzzfeed_webis_2016:1511, credible)
    (
        "The General Manager of the Florence Civic Center,Kendall Wall, shared that the venue had received many "
        "messages from fans.",
        ("missing_space", "Center,Kendall"),
    ),
    # (fakenewsnet_politifact_defend:politifact15309)
    (
        "while the others worked as a clerical aide and a member of the cleaning staff..Pelosi has been attacking "
        "Roy Moore lately.",
        ("doubled_full_stop", "staff..Pelosi"),
    ),
    # (buzzfeed_webis_2016:0777, credible)
    (
        "The man is Jerry Ford Jr. whose a new graduate of the University of Houston. He has spent most of his "
        "time speaking out.",
        ("confusable", "whose a"),
    ),
    # (buzzfeed_webis_2016:0761, credible)
    (
        "The Sergeant is Demetrick Pennie whose the President of the Dallas Fallen Officer Foundation.",
        ("confusable", "whose the"),
    ),
    # (fakenewsnet_politifact_defend:politifact15514)
    (
        "Those same sources say he is eager to play a role in counseling key players in the Democratic Party and "
        "helping to shaping the party’s future.",
        ("verb_form", "to shaping"),
    ),
    # the parse makes "to" a preposition here; the verb before it still takes only an infinitive
    ("We want to making America great again.", ("verb_form", "to making")),
    # (fakenewsnet_politifact_defend:politifact13591)
    (
        "Using home remedies for several affections is something common in homes around the world, but we hope "
        "this story draw attention to this fact.",
        ("subject_verb_agreement", "story draw"),
    ),
    # "were" after a singular subject with no "if", "though" or "wish" before it
    ("The plan for the new schools were set last year.", ("subject_verb_agreement", "plan for the new schools were")),
    # (celebrity:legit/183legit.txt, credible)
    (
        "But Billingham said he was was one member of their staff that the couple trusted.",
        ("doubled_word", "was was"),
    ),
    # (PolNeAR breitbart_2016-02-18, a judged round)
    ("Clinton’s low rating on trust is is damaging.", ("doubled_word", "is is")),
    # "a" before a singular compound noun and a plural (PolNeAR wash-post_2016-09-08; the marked
    # "the Post, a news organizations Trump had previously blacklisted" of buzzfeed_webis_2016:1084 is still
    # missed: a name right after the plural may be the head of a compound)
    (
        "Scott voted against the act because it created a new mandatory minimum prison sentences.",
        ("determiner_noun_agreement", "a new mandatory minimum prison sentences"),
    ),
    # (buzzfeed_webis_2016:0368, credible)
    (
        "He gave millions to Next Gen Climate Action, along with a super PAC co-run with a labor unions, For our "
        "Future.",
        ("determiner_noun_agreement", "a labor unions"),
    ),
    # a common noun opening its sentence as the subject
    (
        "Analysis by private-sector cybersecurity firms have concluded that the hackers were Russian.",
        ("subject_verb_agreement", "Analysis by private-sector cybersecurity firms have"),
    ),
    # an auxiliary typed again after its adverb (celebrity:fake/241fake.txt, buzzfeed_webis_2016:0669)
    (
        "Others are just are hoping that with this move to Los Angeles things will change.",
        ("doubled_word", "are just are"),
    ),
    ("they would have not have come close to winning a single state.", ("doubled_word", "have not have")),
    # "a" before figures and a plural with no noun after them (buzzfeed_webis_2016:0768, credible)
    (
        "I wouldn’t be surprised if the IQ of the entire world just dropped a 100 points. Watch.",
        ("number_noun_agreement", "a 100 points"),
    ),
    # (buzzfeed_webis_2016:0800)
    (
        "He had gone out to party with friends one night after a long hard day of doing nothing but living off "
        "taxpayers money.",
        ("missing_apostrophe", "taxpayers money"),
    ),
]

LEFT_ALONE = [
    # a doubled determiner, not "who's"
    "The woman whose the car was stolen called the police.",
    "The man whose car was stolen called the police.",
    # "to" is a preposition after these verbs
    "He is committed to shaping the party’s future.",
    "I look forward to seeing you.",
    "He agreed to paying a fine.",
    # subjunctive "were" after a hypothesis; bare forms after verbs of perceiving, causing and demanding
    "If the plan were to fail, we would lose.",
    "She acted as though the city were hers.",
    "Even if the report were true, nothing changes.",
    # a noun that may be its own plural (editor_gold_dev: fakenewsnet_politifact_defend:politifact14699)
    "According to Dr. Polowotski, the squid were kept contained in Lake Erie.",
    # (PolNeAR nyt_2016-09-28, a judged round)
    "Facing the prospect of a Trump presidency, many Mexicans would hope their northern neighbor were farther away.",
    "They saw the crowd cheer.",
    "They demanded that the company pay.",
    # a clause before "is is"/"was was" is the second one's subject (buzzfeed_webis_2016:0017,
    # celebrity:legit/060legit.txt)
    "How true that was was still being debated on Monday.",
    "All it was was we were recording in Lagos.",
    # a word the article capitalises mid-sentence is a name, also when it opens a sentence
    "Rep. Jim Banks spoke on Monday. Banks says the plan is fine.",
    "a couple weeks later, he left.",
    # a plural after "a" and a compound noun that is a subject or a verb (buzzfeed_webis_2016:0391, 0450,
    # celebrity:legit/116legit.txt, buzzfeed_webis_2016:0798)
    "said Rep. Maxine Waters, reading excerpts from a letter members later presented to Attorney General Lynch.",
    "In one exchange, an unidentified interviewee details alleged efforts by a top State Department official.",
    "Bieber says songs on his album are about Gomez, and a video surfaces of Bieber serenading her.",
    "Eastwood is one of the few A list celebrities who is conservative.",
    # a vocative after the noun phrase (buzzfeed_webis_2016:1551)
    "Typical sleazy politician. Time to find a new mayor guys. Refugee resettlement is being used.",
    # a number word takes "a"
    "The index rose a hundred points on Monday.",
    # two objects of a verb of giving
    "They gave the workers money.",
    # a sentence cut in two by an exclamation mark inside a name (celebrity:legit/078legit.txt)
    "Present at the SPOT! event were a variety of shapes, sizes, and colors of cute dogs in need of adoption.",
    # mojibake for an apostrophe (buzzfeed_webis_2016:0140)
    "A woman identifying herself as the victim's daughter said that her father didn\u00e2\u0080\u0099t have a gun.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_the_slip(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_leaves_correct_text_alone(text: str) -> None:
    assert found(text) == []


# (fakenewsnet_politifact_defend:politifact14447, fakenewsnet_old_politifact:PolitiFact_Fake_33): blocks of
# text glued when the page was collected, a common word opening the second.
GLUED_BLOCKS = [
    "Prior relevant experience (as an actor/performer, photographer, brand ambassador, political activist,This is "
    "highly suspicious.",
    "Here’s the national anthem:\n\nAustralians all let us rejoice,For we are young and free;",
]


@pytest.mark.parametrize("text", GLUED_BLOCKS)
def test_no_space_before_a_common_word_is_a_glued_block(text: str) -> None:
    assert find_missing_space(text) == []


def test_doubled_stops_ending_every_paragraph_are_glued_paragraphs() -> None:
    # (fakenewsnet_politifact_defend:politifact13936): every paragraph of the collected text ends so
    text = (
        "Foster’s death in 1993 had been ruled a suicide..With new evidence, Rep. Trey Gowdy asked. The original "
        "story was impossible..Doctors disagreed. Mr. Foster may have never seen justice..Lawyers said so."
    )
    assert find_doubled_punctuation(text) == []
    one = "Life has not been greener for Bruce..Caitlyn now."
    assert [one[f.start : f.end] for f in find_doubled_punctuation(one)] == ["Bruce..Caitlyn"]


def test_a_glued_comma_in_a_text_of_glued_paragraphs_is_not_the_writer_s() -> None:
    text = "He spoke.Then he left.After that he ran.Later he slept.Then he met his patron,Russian strongman Putin."
    assert find_missing_space(text) == []
    one = "He met his patron,Russian strongman Vladimir Putin."
    assert [one[f.start : f.end] for f in find_missing_space(one)] == ["patron,Russian"]


def test_a_quantity_noun_without_of_is_one_finding() -> None:
    # (buzzfeed_webis_2016:0520, credible): the missing "of", not "a" before a plural as well
    text = "Lawmakers questioned FBI Director James Comey and Nick Rasmussen on a variety issues during the hearing."
    assert found(text) == [("missing_preposition", "variety issues")]
