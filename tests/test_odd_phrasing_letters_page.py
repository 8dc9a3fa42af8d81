"""odd_phrasing: a letters page is readers' words, not the paper's. Each letter ends with its writer's
name alone in a paragraph (and often the town on the next line), under a heading such as "LETTERS.";
loaded words in a letter are the signed writer's opinion, as they would be inside a quotation, while its
slips (grammar, spelling, punctuation) are still the editors' to fix. A name alone over a section about that person
is a heading, not a signature. The page below is shortened from a real one (polnear_train:
usa-today_2016-06-07_did-donald-trump-really-scam-stu), where readers judged "con artist" and "fraud"
wrong as the paper's own words."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from misinfo_scorer_plugins.odd_phrasing.voice import signed_passages

from scorer.testing import run_signal

LETTERS = (
    "Did Donald Trump really scam students?\n\n"
    "LETTERS.\n\n"
    "Donald Trump has been a participant in 3,500 lawsuits in 30 years. Analysis shows that lawsuits are one "
    "of his primary negotiating tools.\n\n"
    "Martin Litwak.\n\n"
    "Olympia, Wash.\n\n"
    "FACEBOOK.\n\n"
    "Trump is such a con artist. It amazes me that more people can't see through the lies that come out "
    "with every breath he takes.\n\n"
    "Ernie Helton.\n\n"
    "Everyone can see this guy is a fraud except his followers. He knows this Trump University scam will "
    "hurt and expose him for what he is.\n\n"
    "Mac Mittenz.\n"
)

#: The same words with no signatures: the paper's own voice.
UNSIGNED = LETTERS.replace("Ernie Helton.\n\n", "").replace("Mac Mittenz.\n", "").replace("Martin Litwak.\n\n", "")

#: Names as section headings (polnear_train:usa-today_2016-04-07_how-each-candidate-could-play): each
#: name comes back in the paragraph under it.
HEADINGS = (
    "How each candidate could play the general election.\n\n"
    "Hillary Clinton.\n\n"
    "Clinton was the U.S. senator from New York and has run a campaign built on experience in office.\n\n"
    "Bernie Sanders.\n\n"
    "Sanders has done very well in college towns and with young voters across the country this spring.\n"
)


def test_each_letter_up_to_its_signature_is_a_passage() -> None:
    passages = [LETTERS[a:b] for a, b in signed_passages(LETTERS)]
    assert len(passages) == 3
    assert passages[0].startswith("Donald Trump has been") and passages[0].endswith("Martin Litwak.")
    assert passages[1].startswith("Trump is such a con artist") and passages[1].endswith("Ernie Helton.")
    assert passages[2].startswith("Everyone can see") and passages[2].endswith("Mac Mittenz.")


@pytest.mark.parametrize("text", [UNSIGNED, HEADINGS])
def test_no_letters_page_without_signatures(text: str) -> None:
    assert signed_passages(text) == []


@pytest.mark.slow
def test_loaded_words_in_a_signed_letter_are_the_writers() -> None:
    loaded = {"con artist", "fraud"}
    signed = [f.text for f in run_signal(OddPhrasing(), LETTERS).findings if f.check == "loaded_word"]
    unsigned = [f.text for f in run_signal(OddPhrasing(), UNSIGNED).findings if f.check == "loaded_word"]
    assert not loaded & set(signed), signed
    assert loaded <= set(unsigned), unsigned


@pytest.mark.slow
def test_a_slip_in_a_signed_letter_is_still_the_editors() -> None:
    text = LETTERS.replace("one of his primary", "one of the the primary")
    doubled = [f.text for f in run_signal(OddPhrasing(), text).findings if f.check == "doubled_word"]
    assert doubled == ["the the"], doubled
