"""scorer.headline_copy_end: where a copy of the headline opening an article's text ends."""

from __future__ import annotations

from scorer import headline_copy_end


def test_a_copied_headline_ends_at_its_last_letter() -> None:
    text = "Atlantic City officials welcome fight.\n\nATLANTIC CITY — Hillary Clinton came."
    assert text[: headline_copy_end(text, "Atlantic City officials welcome fight")] == (
        "Atlantic City officials welcome fight"
    )


def test_a_deck_on_its_own_line_and_other_quote_marks_still_match() -> None:
    title = "Right-wing parties threaten to jam EU's mainstream; Liberal politicians fear 'Europe is disintegrating.'"
    text = (
        "Right-wing parties threaten to jam EU’s mainstream; \nLiberal politicians fear “Europe is "
        "disintegrating.”\n\nAfter"
    )
    end = headline_copy_end(text, title)
    assert text[:end].endswith("disintegrating") and "After" not in text[:end]


def test_no_copy_no_title_or_a_different_opening_is_zero() -> None:
    assert headline_copy_end("The mayor said on Monday that the casino would close.", "Casino to close") == 0
    assert headline_copy_end("Casino to", "Casino to close") == 0  # the text ends before the headline does
    assert headline_copy_end("Casino to close.", None) == 0
    assert headline_copy_end("Casino to close.", " ... ") == 0
