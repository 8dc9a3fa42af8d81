"""Judged rounds eighty (seed 4058: 40 fake-site articles of fewer than 150 words, celebrity and
fakenewsnet_politifact_defend) and eighty-one (seed 4059: 40 fakenewsamt articles, 20 credible and 20 fake),
docs/accuracy.md, on the code after round seventy-eight. Fixed after them, each beside a passage the same rule must
keep finding:

- hedged_sourcing: "according to a new report" followed by a sentence that opens "According to Radar Online";
  "according to a new study out Wednesday from the Brookings Institution's Brown Center" (the owner the parser
  hangs on "according"); "In an interview with co-founder Steve Wozniak, it was revealed that ...";
- odd_phrasing: an excerpt cut off mid-word ("since news broke of their unlik..", "Accordi.."); "whois", the
  domain lookup, read as "who is" run together; '“...,” an insider dishes,' read as "an" before a plural noun.

Left alone, judged wrong: a slideshow's label ("Rumored rift!"); "lefties" for left-handed people; "never, never"
for emphasis in a quotation whose commas the corpus lost; "a former Leftist" as someone's own past.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (celebrity:fake/175fake.txt, judged wrong)
        "Actress and former Modern Family star wants to get pregnant as soon as possible, according to a new report."
        "\n\nAccording to Radar Online, Winter “feels she’s done a lot of living in her young years.”",
        "according to a new report",
    ),
    (  # (fakenewsamt:legit/edu22.legit.txt, judged wrong)
        "That's according to a new study out Wednesday from the Brookings Institution's Brown Center on Education "
        "Policy. Researcher Tom Loveless surveyed foreign exchange students.",
        "according to a new study",
    ),
    (  # (fakenewsamt:fake/tech005.fake.txt, judged wrong)
        "In an interview with co-founder Steve Wozniak, it was revealed that Jobs always had a particular fondness "
        "for the color.",
        "it was revealed",
    ),
]

STILL_FOUND = [
    (  # the next sentence's "According to" is a person's friends, not an outlet
        "She wants to get pregnant, according to a new report. According to Winter's friends, she feels young.",
        "according to a new report",
    ),
    (  # "one report", one of several; the next sentence names a person for another claim (polnear_train, right)
        "G4S receives, according to one report, $234 million in security contracts from DHS. According to Paul "
        "Sperry of Counter Jihad, the firm has been quietly moving van loads of illegal aliens.",
        "according to one report",
    ),
    (  # no owner after the study
        "That's according to a new study out Wednesday, from what we hear.",
        "according to a new study",
    ),
    (  # an interview, but whose?
        "In an interview, it was revealed that Jobs always had a particular fondness for the color.",
        "it was revealed",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (celebrity:fake/110fake.txt, judged wrong twice)
    ("The faux couple has been spotted out and about all over the world since news broke of their unlik..\n",
     "doubled_full_stop"),
    ("The faux couple has been spotted out and about all over the world since news broke of their unlik..\n",
     "misspelling"),
    # (fakenewsnet_politifact_defend:politifact13957 and :politifact13893, judged wrong)
    ("In case of trademark issues please contact the domain owner directly (contact information can be found in "
     "whois).", "misspelling"),
    # (celebrity:fake/187fake.txt, judged wrong)
    ("“Whenever Chris is there, Justin makes a beeline for him,” an insider dishes, “but Chris kinda blows him off.”",
     "determiner_noun_agreement"),
]

SLIPS_STILL_FOUND = [
    ("He stopped.. Then he went on.", "doubled_full_stop", "stopped.."),
    # a whole word with two stops at a paragraph's end is no cut-off excerpt (ptc:761969692, judged right)
    ("The vote was delayed by two weeks..\nThen the council met again.", "doubled_full_stop", "weeks.."),
    ("He joined a labor unions after the strike.", "determiner_noun_agreement", "a labor unions"),
    ("Contact information can be found in thereport.", "misspelling", "thereport"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
