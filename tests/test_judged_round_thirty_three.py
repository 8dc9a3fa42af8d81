"""Judged round thirty-three (seed 4005, docs/accuracy.md): 20 credible buzzfeed_webis_2016 articles, 10 of
fakenewsamt and 10 of fa_kes (wire copy on the Syrian war) on the code of hedged_sourcing 0.33.15 and odd_phrasing
0.39.11; 42 of 54 findings right as judged (hedged_sourcing 28/40, odd_phrasing 14/14). Fixed after it
(hedged_sourcing 0.33.16), each beside a passage the same rule must keep:

- police officers in the bare plural are the force's own account, read like "police" ("Keith Lamont Scott, who
  officers contend was armed", "as officers have claimed"); counted or quantified they stay unnamed;
- a verb whose object is taken or invoked, not claimed: "the attacks ... claimed the lives of two persons", "Lawyers
  have cited the presidential communications privilege";
- an unnamed poll whose owner the next sentence opens with ("A poll of voters nationwide ... show ... In a CNN/ORC
  poll of voters watching the debate, ...");
- a run-in subheading the parser made a second subject of the next sentence's verb ("Eight persons wounded in Foaa
  and Kefraya in Idleb Meanwhile civil sources told SANA").

Read while reading the pooled credible findings of the session (odd_phrasing 0.39.12): a word beside an acronym
that spells it ("militants is IS military emissary"), "calling liars liars", and a capitalised name the text
introduces as one (in quotation marks, or before "district") are no slips.
"""

from __future__ import annotations

import pytest
from hedged_cases import found, passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (buzzfeed_webis_2016:1204, judged wrong)
    (
        "Officers fatally shot Terence Crutcher, who was unarmed and had his hands raised when he was struck, in "
        "Tulsa last Friday and Keith Lamont Scott, who officers contend was armed when he was struck but concede "
        "that video doesn't conclusively corroborate their account, in Charlotte on Tuesday.",
        "officers contend",
    ),
    # (buzzfeed_webis_2016:1213, judged wrong)
    (
        "Roberts also weighed in Friday on the ongoing controversy over whether Scott was carrying a weapon, as "
        "officers have claimed.",
        "officers have claimed",
    ),
    # (buzzfeed_webis_2016:1206, judged wrong)
    (
        "The State Department has refused to make public that and other emails Clinton exchanged with Obama. "
        'Lawyers have cited the "presidential communications privilege," a variation of executive privilege, in '
        "order to withhold the messages under the Freedom of Information Act.",
        "Lawyers",
    ),
    # (buzzfeed_webis_2016:1624, judged wrong)
    (
        "A poll of voters nationwide and focus groups in swing states show voters believe Hillary Clinton was the "
        "clear winner in Monday night's debate. In a CNN/ORC poll of voters watching the debate live on CNN, 62 "
        "percent said Clinton won.",
        "A poll",
    ),
    # (fa_kes:1965511184, judged wrong)
    (
        "Local sources told SANA reporter that rocket shells fell on al-Sheikh Maqsoud neighborhood injuring three "
        "civilians. Eight persons wounded in Foaa and Kefraya in Idleb Meanwhile civil sources told SANA that 8 "
        "persons among them two children were wounded in terrorist rocket shells.",
        "Eight persons",
    ),
]

STILL_FOUND = [
    ("Two officers said he was armed when he was struck.", "Two officers"),
    ("Some officers say he incriminated himself.", "Some officers"),
    ("Critics cited reports that the plant had leaked for years.", "Critics"),
    ("The attacks claimed the lives of two persons, sources claimed.", "sources claimed"),
    ("A new poll shows voters believe Clinton won the debate. Trump disagreed on Tuesday.", "A new poll"),
    (
        "Local sources told SANA reporter that rocket shells fell on al-Sheikh Maqsoud neighborhood injuring three "
        "civilians. Eight persons wounded in Foaa and Kefraya in Idleb Meanwhile civil sources told SANA that 8 "
        "persons among them two children were wounded in terrorist rocket shells.",
        "civil sources",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_the_source_is_found_but_not_the_verb_of_the_attacks() -> None:
    # (fa_kes:1965511184, judged wrong: "claimed" is the verb of "attacks", not the source's)
    text = (
        "A source at Deir Ezzor Governorate told SANA reporter on Wednesday that ISIL terrorists fired at dawn "
        "several rocket shells on al-Qusour neighborhood. The terrorist attacks according to the source claimed "
        "the lives of two persons and injured three others."
    )
    marked = [words for _, words in found(text)]
    assert "the source" in marked, marked
    assert not any("claimed" in words for words in marked), marked


@pytest.mark.parametrize(
    "text",
    [
        "Among killed militants is IS military emissary Abu Turab who commanded formations in central Syria.",
        "NPR News Director Michael Oreskes puts this practical spin on why his organization shies away from "
        "calling liars liars.",
    ],
)
def test_not_a_doubled_word(text: str) -> None:
    assert not found_by("doubled_word", text)


def test_doubled_words_still_found() -> None:
    assert found_by("doubled_word", "He said the the plan was fine.") == ["the the"]
    assert found_by("doubled_word", "Trump asserted that the the biggest obstacle was money.") == ["the the"]


@pytest.mark.parametrize(
    "text",
    [
        "Four civilians were killed and seven others injured in an airstrike which hit the Sermin district.",
        'The giant honeycomb-like setup of 149 spotlights - officially known as "Synlight" - in Juelich uses '
        "xenon short-arc lamps.",
    ],
)
def test_a_name_the_text_introduces_is_not_misspelt(text: str) -> None:
    assert not found_by("misspelling", text)


def test_a_misspelt_well_known_name_is_still_found() -> None:
    assert found_by("misspelling", "I just left Philidelphia yesterday.") == ["Philidelphia"]
