"""Judged round ninety-seven (seed 4075: every FA-KES article left unread, 62 credible and 44 fake, of any length),
docs/accuracy.md, on hedged_sourcing 0.33.55 and odd_phrasing 0.39.49, and round ninety-five's kinds left from
session 51. Fixed after them, each beside passages the same rule must keep finding:

- hedged_sourcing: a wire lede's "activists say", the next sentence opening with the monitoring group that speaks
  ("The Britain-based Syrian Observatory for Human Rights says"); a named monitor's "wide network of sources" in a
  relative clause, its commas lost.
- internal_contradiction: a date after the publication date told in the past tense when the text's own dateline
  is that late ("26 Oct 2016 Air strikes ... hit a school ... on Wednesday", published 2016-10-22 by the corpus);
  a name alone one letter from the given name of a "full name" NER did not read as a person ("Daraj" beside
  "Daraa Units").
- odd_phrasing: "a/an" before a singular noun that runs, in a text of 60 words or more with no comma at all,
  into the next item's plural ("vials of an unspecified medication explosives and other items"); "a/an" before a
  unit of time that measures when ("in a major offensive days after losing them"); a count before a word of place
  the tagger read as an adjective ("kills 16 outside bakery"); no "missing apostrophe" finding in a text stored
  without any apostrophe that has lost at least two more ("Syrias", "dont"): counted in the features, not shown.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction
from odd_cases import slip_tests

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1923848299, judged wrong)
        "Syria rebel infighting kills 45 fighters in 2 days AP Monday 9 Jun 2014 Activists say rebel infighting in "
        "Syria has killed 45 opposition fighters over the past two days. The Britain-based Syrian Observatory for "
        "Human Rights says the fighting flared up in eastern Deir el-Zour province on Sunday and continued into "
        "Monday.",
        "Activists say",
    ),
    (  # (fa_kes:1923848259, judged wrong in round ninety-six)
        "Monitors 15 killed in missile strike on eastern Syria city AP Friday 6 Oct 2017 Syrian opposition activists "
        "say 15 civilians including children have been killed when a missile slammed into a government-held besieged "
        "neighborhood in the eastern city of Deir el-Zour. The DeirEzzor 24 monitoring group said the missile hit "
        "near a school Thursday evening in the Qusour neighborhood.",
        "activists say",
    ),
    (  # (fa_kes:1923848214, judged wrong in round ninety-five)
        "Islamic State group jihadists have attacked an oil and gas field in Syria killing at least 30 pro-regime "
        "gunmen and security guards a monitoring group said Wednesday. \"IS managed to control parts of the field\" "
        "the Syrian Observatory for Human Rights which relies on a wide network of sources in the war-torn country "
        "said after Tuesdays assault at Shaer in Homs province.",
        "sources",
    ),
]

STILL_FOUND = [
    (  # the next sentence names a person, not a monitoring group: the activists stay unnamed
        "Syria rebel infighting kills 45 fighters in 2 days AP Monday 9 Jun 2014 Activists say rebel infighting in "
        "Syria has killed 45 opposition fighters over the past two days. Mohammed Saleh, a resident of the town, said "
        "the fighting flared up in eastern Deir el-Zour province on Sunday.",
        "Activists say",
    ),
    (  # not the lede: deep in a story, the group and the monitor are two sources
        "The convoy reached the town on Monday. Aid workers unloaded flour and medicine. The road was shelled again "
        "overnight. Activists say the shelling killed four people. The Britain-based Syrian Observatory for Human "
        "Rights says the fighting continued into Tuesday.",
        "Activists say",
    ),
    (  # a source noun that speaks, with no relative clause above it
        "A network of sources told the paper that the deal was off and that the talks would not resume this year.",
        "sources told",
    ),
    (  # (fa_kes:1924058123, judged wrong in round ninety-six, left alone): a name new to the story telling an
        # outlet, with no quotation, was as often someone else in the rules' trials
        "At least 15 people including a number of children were killed by Russian airstrikes in an opposition-held "
        "part of northern Syria a local civil defense source said Monday. Two consecutive raids by Russian warplanes "
        "that targeted the town of Abu al-Duhur in the Idlib province left another 30 injured Ahmed Mustafa told "
        "Anadolu Agency.",
        "a local civil defense source said",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fa_kes:1965495324, judged wrong; the text has no commas at all)
    ("DAMASCUS Syria (The Associated Press Albert Aji) Syrian state media accused rebels of using chemical arms on "
     "Saturday against government troops trying to storm a contested neighborhood of Damascus claiming a major army "
     "offensive in recent days had forced the opposition fighters to resort to such weapons as their last card. State "
     "TV broadcast images of plastic jugs gas masks vials of an unspecified medication explosives and other items "
     "that it said were seized from rebel hideouts.", "determiner_noun_agreement"),
    # (fa_kes:1924058156, judged wrong)
    ("Islamic State militants have recaptured gas fields in central Syria in a major offensive days after losing "
     "them a monitoring group says.", "determiner_noun_agreement"),
    # (fa_kes:1926479378, judged wrong: the text lost every apostrophe, "Syrias", "Assads")
    ("Air strikes hit the only childrens hospital in the besieged east of the city on Sunday. Syrias army and "
     "Russias jets have pounded the area since Assads forces began the offensive.", "missing_apostrophe"),
    # (fa_kes:1924058188, judged wrong: common nouns lost theirs too, "a childs arm", "the citys")
    ("Air strikes hit a school in Idlib province killing 22 children the UN childrens agency UNICEF said. Activists "
     "circulated a photograph of a childs arm seared off above the elbow. The citys hospitals are full.",
     "missing_apostrophe"),
    # (fa_kes:1923848176, judged wrong: a headline)
    ("Motorbike bomber kills 16 outside bakery in Syrias Hasakeh", "number_noun_agreement"),
]

SLIPS_STILL_FOUND = [
    ("State TV broadcast images of plastic jugs, gas masks, vials of an unspecified medication explosives and other "
     "items that it said were seized.", "determiner_noun_agreement", "an unspecified medication explosives"),
    # no comma, but a single sentence may need none: not a text that lost its commas
    ("State TV broadcast images of vials of an unspecified medication explosives and other items seized from rebels.",
     "determiner_noun_agreement", "an unspecified medication explosives"),
    ("The army opened a criminal investigations into the deaths of the two men on Monday.",
     "determiner_noun_agreement", "a criminal investigations"),
    ("The rebels spent a grueling days in the trenches before the army arrived.",  # no "after" on the days
     "determiner_noun_agreement", "a grueling days"),
    ("Officials said 15 terrorist were killed in the raid on the village near the border.",
     "number_noun_agreement", "15 terrorist"),
    # one word without its apostrophe, and no other lost: a slip (fa_kes:1923848282, judged right)
    ("Air strikes hit a school in Idlib province killing 22 children the UN childrens agency UNICEF said on "
     "Wednesday.", "missing_apostrophe", "childrens agency"),
    # the other apostrophes kept: a slip
    ("Air strikes hit the only childrens hospital in the city on Sunday. Syria's army and Russia's jets have "
     "pounded the area since Assad's forces began the offensive.", "missing_apostrophe", "childrens hospital"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)


def contradictions(text: str, published: str) -> list[tuple[str | None, str]]:
    """(check, text) of every finding of internal_contradiction on ``text`` published on ``published``."""
    return [(f.check, f.text) for f in run_signal(InternalContradiction(), text, published=published).findings]


_STRIKE = (
    "{dateline}Air strikes on Syrias opposition-held Idlib province hit a school and the surrounding area on Wednesday "
    "killing 22 children and six teachers the UN agency UNICEF said Wednesday. The school was hit on October 26 2016 "
    "during the morning lessons local officials said."
)


def test_a_date_the_texts_own_dateline_reaches_is_no_tense_clash() -> None:
    """fa_kes:1924058095 (judged wrong): the corpus's date is 2016-10-22, the text's own dateline 26 Oct 2016."""
    assert contradictions(_STRIKE.format(dateline="26 Oct 2016 "), "2016-10-22") == []


def test_a_date_after_both_the_publication_and_the_dateline_still_clashes() -> None:
    assert ("tense_vs_time", "October 26 2016") in contradictions(_STRIKE.format(dateline="20 Oct 2016 "), "2016-10-19")
    assert ("tense_vs_time", "October 26 2016") in contradictions(_STRIKE.format(dateline=""), "2016-10-22")


def test_a_name_one_letter_from_a_place_is_no_misspelt_person() -> None:
    """fa_kes:1965511149 (judged wrong): "Daraa Units" is no person, so "Daraj" misspells nobody."""
    text = (
        "In the south of Eastern Ghouta an army unit destroyed two vehicles used by terrorists and eliminated the "
        "terrorists Kassem Kassab and Qutaiba Ghabash in the farms of Zebdin town in al-Mleiha area. Daraa Units of "
        "the army and armed forces on Tuesday killed and injured numbers of terrorists in Aqraba. Army units killed "
        "and wounded a number of terrorists in Attman town to the northern part of Daraa city as well as killed and "
        "injured another number of terrorists hideouts at the surroundings of Katakit Build. And om Daraj at Karak "
        "neighborhood."
    )
    assert [c for c in contradictions(text, "2015-07-07") if c[0] == "name_spelling"] == []


def test_a_given_name_misspelt_alone_beside_the_full_name_is_still_found() -> None:
    """fakenewsnet_politifact_defend:politifact15109, as tests/test_signal_internal_contradiction.py has it."""
    text = (
        "Questions have come up about the former first lady, starting when Barack Obama was still the president. "
        "It’s ironic how Michelle says Barrack was successful in inspiring hope in the nation."
    )
    assert ("name_spelling", "Barrack") in contradictions(text, "2018-07-07")
