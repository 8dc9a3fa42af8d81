"""odd_phrasing: a word stretched for emphasis is loaded language when it carries a verdict ("Soooo
embarrassing", "a RAAAAAAACIST"), not when it is an interjection or a word of degree or length
("PHEEEEWWWW", "Riiiiiight", "a loooong time", "WAAAAAAAAAYYYY wrong"). Check ``rhetorical_exclamation``.
Real passages; the corpus is in the comment.
"""

from __future__ import annotations

from odd_cases import check_tests

FOUND = [
    # buzzfeed_webis_2016 (fake)
    ("Soooo embarrassing for Hillary, Clinton. In Delaware, Ohio, Clinton spoke to a nearly empty room.", "Soooo"),
    # buzzfeed_webis_2016:1419 (fake)
    ("Translation: Donald Trump is a RAAAAAAACIST!  But here’s the thing.", "RAAAAAAACIST"),
]

LEFT_ALONE = [
    # fakenewsnet_politifact_defend (fake)
    ("The comments were found not to be true. PHEEEEEWWWW, that would have been too much to handle.", "PHEEEEEWWWW"),
    # fakenewsnet_politifact_defend (fake)
    (
        "Well…at least a leader of Mexico is admitting what’s been going on for a loooong time.",
        "loooong",
    ),
    # fakenewsnet_politifact_defend (fake)
    ("The models can turn out to be wrong. Sometimes even WAAAAAAAAAYYYY wrong.", "WAAAAAAAAAYYYY"),
    # buzzfeed_webis_2016:0824 (credible)
    ("Riiiiiight. So he’s all for teaching freedom of speech, but only his own.", "Riiiiiight"),
]

test_stretched_verdicts_are_found, test_stretched_interjections_are_left_alone = check_tests(
    "rhetorical_exclamation", FOUND, LEFT_ALONE
)
