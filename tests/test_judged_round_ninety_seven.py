"""Judged round ninety-seven (seed 4075: every FA-KES article left unread, 62 credible and 44 fake, of any length),
docs/accuracy.md, on hedged_sourcing 0.33.55 and odd_phrasing 0.39.49, and round ninety-five's kinds left from
session 51. Fixed after them, each beside passages the same rule must keep finding:

- hedged_sourcing: a wire lede's "activists say", the next sentence opening with the monitoring group that speaks
  ("The Britain-based Syrian Observatory for Human Rights says"); a named monitor's "wide network of sources" in a
  relative clause, its commas lost; an unnamed source, then in the next sentence a person named for the first time
  telling a named outlet ("Ahmed Mustafa told Anadolu Agency").
- odd_phrasing: "a/an" before a singular noun that runs, in a text with no commas at all, into the next item's
  plural ("vials of an unspecified medication explosives and other items").
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

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
    (  # (fa_kes:1924058123, judged wrong in round ninety-six)
        "At least 15 people including a number of children were killed by Russian airstrikes in an opposition-held "
        "part of northern Syria a local civil defense source said Monday. Two consecutive raids by Russian warplanes "
        "that targeted the town of Abu al-Duhur in the Idlib province left another 30 injured Ahmed Mustafa told "
        "Anadolu Agency.",
        "a local civil defense source said",
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
    (  # the named person tells the outlet something, but was already in the story: someone known, not the source
        "Ahmed Mustafa visited the town last week. At least 15 people were killed by airstrikes in northern Syria a "
        "local civil defense source said Monday. Two raids left another 30 injured Ahmed Mustafa told Anadolu Agency.",
        "a local civil defense source said",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fa_kes:1965495324, judged wrong; the text has no commas at all)
    ("State TV broadcast images of plastic jugs gas masks vials of an unspecified medication explosives and other "
     "items that it said were seized from rebel hideouts.", "determiner_noun_agreement"),
]

SLIPS_STILL_FOUND = [
    ("State TV broadcast images of plastic jugs, gas masks, vials of an unspecified medication explosives and other "
     "items that it said were seized.", "determiner_noun_agreement", "an unspecified medication explosives"),
    ("The army opened a criminal investigations into the deaths of the two men on Monday.",
     "determiner_noun_agreement", "a criminal investigations"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
