"""Read again after judged round sixty-eight (docs/accuracy.md, session 48): the PTC rounds' wrong findings that
the code of hedged_sourcing 0.33.42 still made. One kind fixed, each beside a passage the same rule must keep
finding:

- hedged_sourcing: an unnamed group whose sentence quotes words ("Gun-control advocates believe that the
  government "capitulated" too soon", "friends described him as “one of the guys.”") that the next sentence gives,
  inside a quotation, to a named speaker. The quoted words are that speaker's, so the claim has its owner.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (ptc:773748383, judged wrong)
        "They lost many lower court rulings. Gun-control advocates believe that the government \"capitulated\" too "
        "soon. J. Adam Skaggs, the chief counsel for the Giffords Law Center to Prevent Gun Violence, said the "
        "administration “capitulated in a case it had won at every step of the way.”",
        "Gun-control advocates believe",
    ),
    (  # (ptc:701939679, judged wrong)
        "Kweis graduated from Alexandria’s Thomas Edison High School in 2007, where friends described him as “one of "
        "the guys.” “He wasn’t someone who was an outcast or something like that — he was one of the guys,” Harrison "
        "Weinhold told CBS News in March 2016.",
        "friends described",
    ),
]

STILL_FOUND = [
    (  # the next sentence's named speaker says something else: the group's words stay unowned
        "Gun-control advocates believe that the government \"capitulated\" too soon. J. Adam Skaggs, the chief "
        "counsel for the Giffords Law Center, said the ruling “will put guns in dangerous hands.”",
        "Gun-control advocates believe",
    ),
    (  # the same words, but nobody named says them: an unnamed speaker's quotation
        "Friends described him as “one of the guys.” “He was one of the guys,” a classmate said.",
        "Friends described",
    ),
    (  # the words come back in the writer's own voice, not in a quotation (a named speaker saying the claim again
        # in its words is tests/test_judged_round_eighty_three.py's rule)
        "Critics say the plan is \"a disaster waiting to happen.\" It is a disaster waiting to happen, and Senator "
        "Jane Smith voted for it on Monday.",
        "Critics say",
    ),
    (  # too short a phrase to be the same words: a common pair repeated by chance
        "Analysts said the deal was \"a mess.\" Anand Menon, a professor at King's College London, said "
        "“it was a mess from the start, and nobody stopped it.”",
        "Analysts said",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
