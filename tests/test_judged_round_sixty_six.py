"""Judged round sixty-six (seed 4044, docs/accuracy.md): 40 fake reports of fa_kes (Syrian war copy that lost its
apostrophes and most of its punctuation on collection), on the code of hedged_sourcing 0.33.41, internal_contradiction
0.15.4 and odd_phrasing 0.39.38; 39 of 48 findings right as judged. Fixed after it, each beside a passage the same
rule must keep finding:

- hedged_sourcing: an unnamed source before a verb whose named speaker follows it ("to identify the source says
  Winfield": the source is what is identified, Winfield speaks).
- odd_phrasing: "which chemical it is is difficult" (an indirect question as the subject); "Ill see" ("I'll" with
  its apostrophe lost, no name); "the two organizations positions" (a possessive without its apostrophe, no measure).

Left alone, judged wrong: a named and an unnamed source on one verb the parser split ("YPG spokesman Redur Xelil
and Turkish security sources told Reuters"); "reportedly" before a speaker the parser lost ("... eastern Syria
UNICEF has said"); a resident named two sentences on; "activists in the Syrian Revolution General Commission" (an
affiliation, which the protocol still queries); residents' own experience ("Residents also described searching in
vain for fuel").
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1926479349, judged wrong)
        "While lot of fingers have been pinpointed after the attack three indications are mandatory to know in order "
        "to identify the source says Winfield. They are: the agent itself.",
        "the source says",
    ),
]

STILL_FOUND = [
    (  # a name before the verb is a quotation's word the parser took for a speaker (celebrity:fake/028fake.txt, marked)
        '"Melania," a family source alleges in the new issue of Us Weekly, "does not keep hidden from everyone."',
        "a family source alleges",
    ),
    (  # an unnamed source alone on its verb
        "The source says the attack came from the north.",
        "The source says",
    ),
    (
        "Officials said the talks had failed.",
        "Officials said",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fa_kes:1926479349, judged wrong)
    ("The symptoms pointed to a chemical attack but exactly which chemical it is is difficult to decide, says the "
     "expert.", "doubled_word"),
    # (fa_kes:1926479330, judged wrong)
    ("After Aleppo Ill see what the rest of the group is doing if there are any preparations.",
     "subject_verb_agreement"),
    # (fa_kes:1926479222, judged wrong)
    ("Army units have killed many ISIS terrorists as they continued their operations against the two organizations "
     "positions in various areas.", "number_noun_agreement"),
]

SLIPS_STILL_FOUND = [
    ("The plan, which is is bad, failed.", "doubled_word", "is is"),
    ("Yesterday Hillary Clinton look tired at the rally.", "subject_verb_agreement", "Clinton look"),
    ("He served a ten years sentence for fraud.", "number_noun_agreement", "a ten years sentence"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
