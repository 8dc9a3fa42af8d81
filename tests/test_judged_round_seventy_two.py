"""Judged round seventy-two (seed 4050, docs/accuracy.md): 40 more credible articles of more than 900 words, on the
code of hedged_sourcing 0.33.47, internal_contradiction 0.15.4 and odd_phrasing 0.39.42 (every fix of the session
but the two below); 112 of 126 findings right as judged. Fixed after it, each beside a passage the same rule must
keep finding:

- odd_phrasing: "the full might of the government machine" (the modal's word as a noun, a determiner after
  "of", not "might of known"); "... tails I break even.’ ”Mr. Frank said" (a ” after a space that closes a
  quotation still open in the paragraph, not one opened the wrong way).

Left alone, judged wrong: groups the sentence narrates ("Some Jews feared", "viewers knew"); a lede's group whose
named members speak paragraphs later ("Loyalists say", "critics saying"); a historical label's owner ("in what
opponents called a corrupt bargain"); one election's exit polls.
"""

from __future__ import annotations

import pytest
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

SLIPS_LEFT_ALONE = [
    # (buzzfeed_webis_2016:0957, judged wrong)
    ("As he faced defeat, Gudkov told POLITICO he had battled the full might of the government machine, but said "
     "that the result was down to the passivity of Russian democrats.", "misused_phrase"),
    # (fakenewsnet_politifact_defend:politifact986, judged wrong)
    ("“There are going to be federal tax dollars buying up some of the bad paper,” Mr. Frank said. “They should "
     "accept some compensation guidelines, particularly to get rid of the perverse incentives where it’s ‘heads I "
     "win, tails I break even.’ ”Mr. Frank said Democrats were also thinking about the debt limit.",
     "wrong_way_quote"),
]

SLIPS_STILL_FOUND = [
    ("I might of known he would come back to the town.", "misused_phrase", "might of"),
    ("He should of told the committee about the loans.", "misused_phrase", "should of"),
    # no quotation open before it: the closing mark opens one
    ("The minister said on Monday, ”The coalition will hold.”", "wrong_way_quote", "”The"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
