"""Judged round forty-six (seed 4018, docs/accuracy.md): the last 18 unread credible buzzfeed_webis_2016 articles of
300 to 1,300 words and 22 fa_kes reports, on the code of hedged_sourcing 0.33.24 and odd_phrasing 0.39.22; 57 of
61 findings right as judged (hedged_sourcing 38/41, odd_phrasing 17/18, internal_contradiction 2/2). Fixed after it
(odd_phrasing 0.39.23), beside a passage the same rule must keep: a capitalised word before a bearing from another
place is a place's name ("an attack on Menian to the west of Aleppo city"), not a misspelling of "median".

Left alone, judged wrong: sources named in the next sentence or a few sentences on ("authorities said" and the
coroner's spokesman John Cades; "reportedly" and "a State Department was quoted as saying by Reuters"; "an activist
said" and "Syrian Kurd activist Havidar said"), which the marked sets' readers query.
"""

from __future__ import annotations

import pytest
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def test_a_place_before_a_bearing_is_no_misspelling() -> None:
    # (fa_kes:1926479180, judged wrong)
    text = (
        "A medical source at al-Jamiaa (University) Hospital told the reporter that the hospital received a person "
        "suffering suffocation due to an attack on Menian to the west of Aleppo city in which the terrorists used "
        "poisonous gases."
    )
    assert found_by("misspelling", text) == []


def test_a_misspelt_place_without_a_bearing_is_still_found() -> None:
    # the issue's own example, in a sentence of its kind
    text = "The tax bill will be paid by the residents of Pennslyvania who were never asked about the plan."
    assert found_by("misspelling", text) == ["Pennslyvania"]
