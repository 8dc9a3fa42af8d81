"""Paragraph bounds as the host reads them for every signal."""

from scorer import paragraph_ranges


def test_line_breaks_and_space_runs_both_end_a_paragraph() -> None:
    text = "WASHINGTON — The vote failed.\n\nSenators left.  A scraped copy lost its breaks. Same paragraph."
    got = [text[s:e] for s, e in paragraph_ranges(text)]
    assert got == ["WASHINGTON — The vote failed.", "Senators left.", "A scraped copy lost its breaks. Same paragraph."]


def test_blank_lines_and_single_spaces_make_no_paragraph() -> None:
    assert paragraph_ranges("\n \n") == []
    assert paragraph_ranges("one two three") == [(0, 13)]


def test_a_space_run_before_a_word_in_lower_case_is_typed_inside_the_paragraph() -> None:
    text = "Desoto Speedway officials said  they were shocked.  Police came.\n  and then left."
    got = [text[s:e] for s, e in paragraph_ranges(text)]
    assert got == ["Desoto Speedway officials said  they were shocked.", "Police came.", "and then left."]
