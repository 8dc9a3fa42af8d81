"""Judged rounds seventy-eight (seed 4056: 20 credible fakenewsnet_politifact_defend articles of more than 3,000
words) and seventy-nine (seed 4057: 60 credible articles of fewer than 150 words), docs/accuracy.md, on
hedged_sourcing 0.33.48 and odd_phrasing 0.39.44. Round seventy-eight gave 6 of 57 right: two speeches printed whole
that no title rule read ("Hillary Clinton Transcript: Read Full Text of Clinton Campaign Launch", "Obama’s Health
Care Speech to Congress"; tests/test_block_quotes.py) and a law professor's list of voter-impersonation cases, each
"allegedly" or "apparently" and each with its numbered note. Fixed after it, each beside a passage the same rule
must keep finding:

- hedged_sourcing: a hedge in a sentence that carries a numbered note ("... in Catskill, NY.[1]"): the note cites
  the source;
- odd_phrasing: a word a transcript marks "(ph)" ("where we embalk (ph) ourselves"), written as it sounded, as
  "[sic]" already was.

Left alone, judged wrong: the people a list of cases is about ("People do not commit this crime"); "Law
enforcement agents believe" with the note that cites their file.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

# (fakenewsnet_politifact_defend:politifact11208, judged wrong), two of its cases
_CASES = (
    "May 2014: Ben Hodzic allegedly voted at the polls in the name of his brother in the Catskill School District "
    "Board of Education election in Catskill, NY.[1] Nov. 2012: A vote was apparently cast at the polls in the name "
    "of Angela Cooney in the general election in San Diego, CA; there is an Angela Cooney listed as dying 4 years "
    "earlier.[5] It is not clear whether the two are the same person."
)

# the same article: a note that closes an entry running on a sentence or two past the hedged one, or after a space
_ENTRIES = (
    "Nov. 2012: Linda Earlette Wells apparently voted at the polls in the general election in Germantown, MD, in the "
    "name of her mother, who had died in June 2011. She used her mother’s ID to cast the ballot.[32] June 2007: A "
    "homeless man was allegedly paid $10 to use the name of Kevin Logan to vote in Hoboken, NJ. After a challenge by "
    "a local resident, the effort failed. [41] It is not clear how a law requiring voters to show ID could stop it."
)

LEFT_ALONE = [
    (_CASES, "allegedly"),
    (_CASES, "apparently"),
    (_ENTRIES, "apparently"),
    (_ENTRIES, "allegedly"),
]

STILL_FOUND = [
    (  # no note
        "May 2014: Ben Hodzic allegedly voted at the polls in the name of his brother in Catskill, NY.",
        "allegedly",
    ),
    (  # a note on another sentence
        "Ben Hodzic voted in Catskill, NY.[1] In Worcester, Mark Atlas apparently voted in the name of someone else.",
        "apparently",
    ),
    (  # a note in the next paragraph
        "In Worcester, Mark Atlas apparently voted in the name of someone else.\n\nBen Hodzic voted in Catskill, "
        "NY.[1]",
        "apparently",
    ),
    (  # a note three sentences on closes another entry
        "In Worcester, Mark Atlas apparently voted in the name of someone else. He was 40. He lived alone. Ben "
        "Hodzic voted in Catskill, NY.[1]",
        "apparently",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fakenewsnet_politifact_defend:politifact11709, judged wrong)
    ("Not only in theater, in Syria and Iraq and other places where we embalk (ph) ourselves in toppling dictators "
     "without having any idea what comes next.", "misspelling"),
]

SLIPS_STILL_FOUND = [
    ("Not only in theater, in Syria and Iraq and other places where we embalk ourselves in toppling dictators "
     "without having any idea what comes next.", "misspelling", "embalk"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
