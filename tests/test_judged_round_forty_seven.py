"""Judged round forty-seven (seed 4019, docs/accuracy.md): 40 fa_kes reports (20 credible, 20 fake; no unread
credible buzzfeed_webis_2016 article was left), on the code of hedged_sourcing 0.33.25 and odd_phrasing 0.39.23; 57
of 71 findings right as judged (hedged_sourcing 53/64, odd_phrasing 4/6, internal_contradiction 0/1). Fixed after
it (odd_phrasing 0.39.24), beside a passage the same rule must keep: "at at least" is the preposition, then "at
least" ("putting the death toll at at least 70"), no doubled word.

Left alone, judged wrong, most of them parses of wire copy whose commas the collection stripped: "killing at least
18 people including 11 children state media reported" (the victims read as the source), "Al-Qaeda loyalists
attacked ... a watchdog said" (the attackers read as a source), "Airwars a British monitoring group" (a name before
its apposition, read as a misspelling of "Airways"), "A Madaya resident" whose quotation ends "Ahmed 24 said"; a
source named in the next sentence ("a local civil defense official" and "Vasik Harak told Anadolu Agency"); a name
spelt another way only in the page's tag list.
"""

from __future__ import annotations

import pytest
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def test_at_at_least_is_no_doubled_word() -> None:
    # (fa_kes:1914947530, judged wrong)
    text = (
        'WHO said in a statement putting the death toll at at least 70. The United States has said the deaths were '
        "caused by sarin nerve gas."
    )
    assert found_by("doubled_word", text) == []


def test_at_at_before_anything_else_is_still_doubled() -> None:
    text = "He was seen at at the rally on Monday night with his wife and two of his aides."
    assert found_by("doubled_word", text) == ["at at"]
