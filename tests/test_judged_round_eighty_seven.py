"""Judged rounds eighty-seven (seed 4065: 40 more FA-KES articles of 150-900 words) and eighty-eight (seed 4066: 80
more fakenewsamt articles of fewer than 150 words), docs/accuracy.md, on hedged_sourcing 0.33.51 and odd_phrasing
0.39.46. Fixed after them, each beside a passage the same rule must keep finding:

- hedged_sourcing: a person's full name run in after the role and its place, the commas lost ("Another resident of
  Deir al-Zor Abdullah al-Noami said"); a passive whose named agent follows its complement ("is considered a
  terrorist group by the Syrian government and Russia"); a group's name for itself ("Perry fans call themselves
  'KatyCats'"); a lede's person named two sentences on with the same role in apposition ("A 5th grade teacher in
  Charlotte ... Barry White Jr., an English teacher at ...");
- odd_phrasing: two articles where the second opens a new phrase whose comma was lost ("wearing a balaclava the
  same outfit", "seized a daily earlier the Syrian government and activists said").

Left alone, judged wrong: "according to a pro-opposition civil defense source" before "Ibrahim Abu Leys told
Anadolu Agency" (a bare name telling an outlet is as often someone else); "according to residents near the area
and the Syrian Observatory" (the parser hangs the Observatory on the place); "It said the strike was believed to";
"welcomed by some Syrian rebels who believed"; "reportedly" before a named quotation paragraphs on; researchers
whose institute is named two sentences on; "People confirmed" (the magazine); a survey's "Executives noted".
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1926479354, judged wrong)
        "They are halting theft and punishing thieves. Another resident of Deir al-Zor Abdullah al-Noami said that "
        "four al-Sheitaat towns had fallen.",
        "Another resident",
    ),
    (  # (fa_kes:1915433695, judged wrong)
        "Jaish al-Islam like the al-Qaida affiliate is considered a terrorist group by the Syrian government and "
        "Russia.",
        "is considered",
    ),
    (  # (fakenewsamt:legit/entmt26.legit.txt, judged wrong)
        'News of her death inspired the hashtag #RIPKatycatKatie -- Perry fans call themselves "KatyCats" -- and '
        "Perry herself took notice.",
        "Perry fans",
    ),
    (  # (fakenewsamt:legit/edu26.legit.txt, judged wrong)
        "A 5th grade teacher in Charlotte, North Carolina knows education alone is not necessarily enough to get his "
        "students excited for class. So he is using personalized handshakes instead. Barry White Jr., an English "
        "teacher at Ashley Park PreK-8 School, has a special handshake with each of his students.",
        "A 5th grade teacher",
    ),
]

STILL_FOUND = [
    (  # the name is the object of "of": whose friend, not who
        "A friend of Donald Trump said the talks had failed.",
        "A friend",
    ),
    (  # a place, no name
        "Another resident of Deir al-Zor said that four towns had fallen.",
        "Another resident",
    ),
    (  # the agent is a crowd
        "The plan is considered a mistake by many in Washington.",
        "many",
    ),
    (  # a bare name telling an outlet, no quotation: as often someone else
        "A senior official said the talks had failed. Donald Trump told Fox News the talks were going well.",
        "A senior official",
    ),
    (  # the named person has another role
        "A 5th grade teacher in Charlotte knows education alone is not enough to excite his students. So he is "
        "using handshakes instead. Barry White Jr., the school's principal, praised the idea.",
        "A 5th grade teacher",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fa_kes:1965511127, judged wrong)
    ('"This is Peter Edward Kassig a US citizen of your country" said a black militant wearing a balaclava the same '
     "outfit worn by the man who beheaded two American journalists.", "doubled_word"),
    # (fa_kes:1924058125, judged wrong)
    ("Government forces repelled a renewed assault forcing opposition forces to retreat from positions they seized a "
     "daily earlier the Syrian government and activists said.", "doubled_word"),
]

SLIPS_STILL_FOUND = [
    ("He faced a nearly insurmountable a lead in the polls after the debate on Monday night in Ohio.", "doubled_word",
     "a nearly insurmountable a"),
    ("She is a very a good teacher who worked in the town for many years before she left.", "doubled_word",
     "a very a"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
