"""Judged round fifty (seed 4022, docs/accuracy.md): the last 58 unread TempEval-3 training documents of 150 words or
more (``judged_rounds.py draw --wire 58``), on the code of hedged_sourcing 0.33.26 and odd_phrasing 0.39.25, after
the fixes of rounds forty-eight and forty-nine; 68 of 83 findings right as judged (hedged_sourcing 56/69,
odd_phrasing 11/13, internal_contradiction 1/1). Fixed after it (hedged_sourcing 0.33.27, odd_phrasing 0.39.26),
each beside a passage the same rule must keep: a relative clause the parse read as the main one ("More problems in
Hong Kong for a place, for an economy, that many experts thought was once invincible": the experts think, the
finding names them); bare investors' welcome of a move, which the share price records; the main verb's own subject
beside the noun the parse gave its auxiliary ("the divestiture of ... low-profit businesses has been more than
offset"); "than they did combined".

After round fifty-one (hedged_sourcing 0.33.28): a group whose next sentence names a speaker with the group's own
role noun in apposition ("some management consultants maintain." then "Yoshihisa Murasawa, a management consultant
for Booz-Allen ..., said"; "top officers told securities analysts" then "John C. Marous, chairman and chief
executive officer, also said").

Left alone, judged wrong: sources named in the next sentence without the role ("an FBI official said" then the
bureau's spokesman); "Elian's relatives ... saying they could provide him
with a better life" twice more (see round forty-eight); a broadcast transcript's soundbite without quotation
marks; "more planes headed from the united states and senior officials say" (the parse made the planes the
speakers); "Many local residents denounced the bigotry"; "Company officials also said" at a named company's
meeting.
"""

from __future__ import annotations

import pytest
from hedged_cases import overlapping, passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (tempeval3:wsj_0583, judged wrong)
        "But even a Japanese company that looks like a dog may turn out to be a good investment for a foreign concern, "
        "some management consultants maintain.\n\nYoshihisa Murasawa, a management consultant for Booz-Allen & "
        "Hamilton (Japan) Inc., said his firm will likely be recommending acquisitions of Japanese companies.",
        "some management consultants",
    ),
    (  # (tempeval3:ABC19980108.1830.0711, judged wrong: the span named no source)
        "And in Hong Kong, a three percent drop. More problems in Hong Kong for a place, for an economy, that many "
        "experts thought was once invincible. Here's ABC's Jim Laurie.",
        "More problems in Hong Kong",
    ),
    (  # (tempeval3:wsj_0376, judged wrong)
        "The establishment of the separate company could be effective as early as next year's first quarter.\n\n"
        "Investors welcomed the move. Courtaulds' shares rose 15 pence to 362 pence, valuing the entire company at "
        "about #1.44 billion.",
        "Investors",
    ),
]

STILL_FOUND = [
    (  # the next speaker is named but not given the group's role
        "Critics say the plan is reckless. John Smith, a senator from Ohio, said he would vote against it.",
        "Critics say",
    ),
    (  # investors with a view of their own
        "Some investors welcomed the move as overdue, saying the company had waited too long to split.",
        "Some investors",
    ),
    (  # investors and analysts, a crowd with people in it (tempeval3:wsj_1006, judged wrong, left alone)
        "Investors and analysts applauded the news. Provigo was the most active industrial stock on the Montreal "
        "Exchange.",
        "Investors",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_the_experts_of_the_relative_clause_are_the_source_shown() -> None:
    text = (
        "And in Hong Kong, a three percent drop. More problems in Hong Kong for a place, for an economy, that many "
        "experts thought was once invincible. Here's ABC's Jim Laurie."
    )
    assert overlapping(text, "many experts thought") == ["many experts thought"]


def test_the_main_verbs_own_subject_is_the_one_that_agrees() -> None:
    # (tempeval3:wsj_0973, judged wrong)
    text = (
        "In the past 20 months alone, Paul E. Lego, president and chief operating officer, said the divestiture of "
        "$300 million of slow-growth, low-profit businesses has been more than offset by $600 million in profitable "
        "acquisitions."
    )
    assert found_by("subject_verb_agreement", text) == []


def test_a_plural_subject_with_has_still_disagrees() -> None:
    text = "The new businesses has been more than offset by the losses of the old ones, the company said."
    assert found_by("subject_verb_agreement", text) == ["businesses has"]


def test_did_closing_a_comparison_takes_a_participle_after_it() -> None:
    # (tempeval3:wsj_0376, judged wrong)
    text = (
        "Some analysts have said Courtaulds' moves could boost the company's value by 5% to 10%, because the two "
        "entities separately will carry a higher price earnings multiple than they did combined."
    )
    assert found_by("verb_form", text) == []


def test_did_before_a_past_form_is_still_found() -> None:
    assert found_by("verb_form", "The plan did not worked out the way the council had hoped.") == ["did not worked"]
