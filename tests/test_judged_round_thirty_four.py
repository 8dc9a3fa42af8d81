"""Judged round thirty-four (seed 4006, docs/accuracy.md): 24 credible buzzfeed_webis_2016 articles, 6 credible
celebrity ones, 5 fakenewsamt fakes and 5 credible fa_kes reports on the code of hedged_sourcing 0.33.16 and
odd_phrasing 0.39.12; 48 of 54 findings right as judged (hedged_sourcing 36/42, odd_phrasing 10/10,
internal_contradiction 2/2). Fixed after it (hedged_sourcing 0.33.17), beside a passage the same rule must keep:

- a passive of belief inside what an institution is said to state, whatever its determiner ("gas believed to be
  chlorine was dropped ..., a hospital and a civil defence group said"): the institution holds the belief.

Left alone, judged wrong: a "reportedly" beside a named outlet's report in the sentence before or an "According
to an interview with peoplepets.com" after it (the tuning sets' readers marked all four such findings there); a
source named in the next sentence's speaker with its comma lost ("... wounded 25 others Ibrahim Abu Leys told
Anadolu Agency"); "a mixed breed suspected to be a hybrid of Poodle-Maltese".
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (fa_kes:1919191753, judged wrong)
    (
        "At least four people died and many suffered breathing difficulties when gas believed to be chlorine was "
        "dropped alongside barrel bombs on a neighbourhood of the Syrian city of Aleppo on Wednesday, a hospital "
        "and a civil defence group said.",
        "believed to",
    ),
]

STILL_FOUND = [
    (
        "At least four people died and many suffered breathing difficulties when gas believed to be chlorine was "
        "dropped alongside barrel bombs on a neighbourhood of the Syrian city of Aleppo on Wednesday.",
        "believed to",
    ),
    ("The hospital said on Wednesday that gas was dropped, and doctors said it is believed to be chlorine.",
     "doctors said"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
