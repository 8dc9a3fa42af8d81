"""Judged rounds ninety-three (seed 4071: 40 more FA-KES articles of 150-900 words) and ninety-four (seed 4072: the
last unread fakenewsamt articles and the older FakeNewsNet collections), docs/accuracy.md, on hedged_sourcing 0.33.53
and odd_phrasing 0.39.48. Fixed after them, each beside a passage the same rule must keep finding:

- hedged_sourcing: "that account" whose demonstrative the parser made a mark ("A resident of Homs corroborated that
  account saying ..."); a police notice's description of a wanted person ("Burks is described as an African-American
  male, medium brown skin, six feet two inches tall");
- odd_phrasing: two plurals after "the" and a figure, the first a possessive without its apostrophe ("a list of the
  48 victims names"), no measure.

Left alone, judged wrong: "missing apostrophe" in texts stored without any apostrophes ("childrens hospital",
"victims bodies"; three such findings were judged right in earlier rounds); "YouTube footage and first-hand
eyewitness accounts report" with a named activist quoted next; "are loosely branded as the Free Syrian Army"; a
first-person post the article gives in its author's own words ("Apparently", "This asshole", "my charade"); a
charged word in a passage "Here is more from Conservative Review:" introduces; "nefarious groups, such as terrorists
and drug cartels"; "People confirmed" (the magazine, sentence-initial like the common noun).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1923848211, judged wrong)
        "The Britain-based Syrian Observatory for Human Rights said 40 people were killed and 120 were wounded when "
        "rockets struck an arms depot. A resident of Homs corroborated that account saying he heard blasts for more "
        "than an hour after the first explosion.",
        "account",
    ),
    (  # (fakenewsnet_old_politifact:PolitiFact_Fake_52, judged wrong)
        "Authorities in New York City are offering up to $100,000 for information leading to the arrest of "
        "31-year-old Isaac Don Burks. Burks is described as an African-American male, medium brown skin, six feet "
        "two inches tall, weighing 185 pounds.",
        "is described as",
    ),
]

STILL_FOUND = [
    (  # an account nobody owns
        "A resident of Homs said an account circulating online claimed the depot had been hit twice.",
        "an account",
    ),
    (  # a judgement, not a description of someone sought
        "Burks is described as a brilliant man with a troubled past who never settled anywhere for long.",
        "is described as",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fa_kes:1918398778, judged wrong)
    ("The opposition forces freed 150 civilians. A field hospital documented a list of the 48 victims names in the "
     "village on Saturday.", "number_noun_agreement"),
]

SLIPS_STILL_FOUND = [
    ("The company signed a 10 years contract with the city to run the buses on every route in the county.",
     "number_noun_agreement", "a 10 years contract"),
    ("Officials said the 48 hours delay had cost the airline millions of dollars in lost bookings last month.",
     "number_noun_agreement", "the 48 hours delay"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
