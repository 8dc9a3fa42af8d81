"""odd_phrasing 0.39.19: a word the web has never seen, one dropped, added or swapped letter from a word
less common than the usual bar ("oustretched", "appaluding", "airstike", corrections at zipf 2.5-3.0).

Below zipf 3.0 a correction counted only for known slips; a never-seen word with a letter dropped, doubled
or swapped is a typing slip far more often than a coinage. A replaced letter still needs the usual bar:
rare real words and deliberate forms sit one letter from other rare words ("indictees" and "inductees",
"gaggled" is "gaggle" + "d"). Real passages; the corpus is in the comment.
"""

from __future__ import annotations

from misinfo_scorer_plugins.odd_phrasing.spelling import _replaced_letter
from odd_cases import check_tests

SLIPS = [
    # buzzfeed_webis_2016 (fake), marked in a tuning set
    (
        "At least two witnesses to the shooting said Olango was shot with his hands oustretched, and was unarmed.",
        "oustretched",
    ),
    # fakenewsnet_old_politifact (credible)
    (
        "Among those appaluding Obama's decision was Sen. Jeff Flake, an Arizona Republican who has long advocated "
        "for an end to the embargo.",
        "appaluding",
    ),
    # buzzfeed_webis_2016 (credible)
    (
        "A little Syrian boy who was rescued from a building that had been hit by an airstike was shown on the "
        "evening news.",
        "airstike",
    ),
]

LEFT_ALONE = [
    # buzzfeed_webis_2016 (credible): press-corps usage, "gaggle" + "d"
    (
        "Buoyant from the prior night, the former secretary of state gaggled with reporters on her plane, offering "
        "a verbal shrug.",
        "gaggled",
    ),
    # fa_kes (credible): a real word one replaced letter from "inductees"
    (
        "The officers are expected to be added to a UN list of possible war crime indictees, the monitor said.",
        "indictees",
    ),
]

test_unseen_slips_are_found, test_rare_words_are_left_alone = check_tests("misspelling", SLIPS, LEFT_ALONE)


def test_replaced_letter_is_one_substitution_only() -> None:
    assert _replaced_letter("indictees", "inductees")
    assert not _replaced_letter("airstike", "airstrike")  # a dropped letter
    assert not _replaced_letter("appaluding", "applauding")  # two letters swapped
    assert not _replaced_letter("gaggled", "gagged")


def test_a_run_of_letters_longer_than_any_word_gets_no_correction() -> None:
    from misinfo_scorer_plugins.odd_phrasing.spelling import EDIT_MAX_LENGTH, best_correction

    # a scraped blob (base64, a hash) is one long "word": Norvig's edits of 20,000 letters took seconds
    assert best_correction("x" * (EDIT_MAX_LENGTH + 1)) is None
    found = best_correction("goverment")
    assert found is not None and found[0] == "government"
