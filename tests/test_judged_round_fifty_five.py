"""Judged round fifty-five (seed 4033, docs/accuracy.md): 40 articles of the Propaganda Techniques Corpus's train
split (``judged_rounds.py draw --ptc 40 --ptc-split train``: the loaded-word lexicon is built from that split's
gold spans, its other findings are fresh), on the code of hedged_sourcing 0.33.33 and odd_phrasing 0.39.31 (after
rounds fifty-three and fifty-four's fixes); 48 of 67 findings right as judged (hedged_sourcing 26/39, odd_phrasing
20/26, internal_contradiction 2/2). Fixed after it, each beside a passage the same rule must keep: a title that
opens with the preposition before it ("as in In the Heat of the Night"); a tweet whose signature line starts
with the post's link ("https://t.co/... — Donald Trump Jr. (@DonaldJTrumpJr) July 5, 2018").

Left alone, judged wrong: sources named in the next sentence ("friends described him as 'one of the guys'"
before Harrison Weinhold's quotation, "Gun-control advocates believe" before J. Adam Skaggs's, "one lawmaker is
hinting" before Rep. Scott Perry) or the one before ("it was found" after the named report); "The lawmaker said"
after Perry was named; "ICE officials said" (readers split); quotations and a transcript the corpus's
one-sentence lines cut apart; "Lawyers submitted a letter", "were described as" of one incident, "the right is
attacking", "he row" (a typo for "the row", not agreement), "T itle" (a stray space, not two words run together).
"""

from __future__ import annotations

import pytest
from odd_cases import found_by

from scorer.embedded_posts import embedded_posts

pytestmark = pytest.mark.slow  # the odd_phrasing tests parse text with the spaCy pipeline


def test_a_title_opening_with_the_preposition_before_it_is_no_doubled_word() -> None:
    # (ptc:713130996, judged wrong)
    text = "This happened in broad daylight, but as in In the Heat of the Night, they had the body which was dead."
    assert found_by("doubled_word", text) == []


def test_a_doubled_word_is_still_found() -> None:
    assert found_by("doubled_word", "They met in the the lobby on Monday.") == ["the the"]


def test_a_signature_line_that_starts_with_the_posts_link_signs_the_line_above() -> None:
    # (ptc:771546417, judged wrong: "!!!" is Donald Trump Jr.'s)
    text = (
        "“Thanks!” he wrote on Twitter.\n"
        "If someone can get me this young man’s information I’ll get him a new #maga hat… SIGNED by #potus!!!\n"
        "https://t.co/zHBz4gKpkf — Donald Trump Jr. (@DonaldJTrumpJr) July 5, 2018"
    )
    (post,) = embedded_posts(text)
    assert text[post.start : post.signed].startswith("If someone can get me")
    assert found_by("exclamation_run", text) == []
