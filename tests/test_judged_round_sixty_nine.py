"""Judged round sixty-nine (seed 4047, docs/accuracy.md): the 32 fake-site articles of more than 900 words that no
round or marked set had read (buzzfeed_webis_2016, the FakeNewsNet collections, celebrity), on the code of
hedged_sourcing 0.33.43, internal_contradiction 0.15.4 and odd_phrasing 0.39.39. Fixed after it, each beside a
passage the same rule must keep finding:

- every signal that reads the writer's voice: an article that prints someone's remarks whole ("Full text: Jeff
  Flake on Trump speech transcript" / "Prepared remarks for Sen. Jeff Flake, who delivered a speech ..."), six
  findings in the senator's words (``scorer.block_quotes.printed_remarks``; tests/test_block_quotes.py);
- odd_phrasing: HTML tags left in the plain text ('style="max-height:640px;max-width:360px;"', read as a missing
  space twice) and a related story's headline linked in square brackets between two sentences ("[NRA host
  taunts Parkland teens: ...]"): page furniture, not the writer's prose.

Left alone, judged wrong: quotations the corpus's lost paragraph breaks run into the writer's text ("Turley
explained:" and a column pasted after it; a Yahoo News article quoted whole after "via Yahoo News:“"); an email
printed after its header ("From: ... Subject: ..."), signed with its link; a lede group whose named member speaks
in the next sentence; a list of defendants each "allegedly" doing something; "there is ample evidence" summing
up sources the article gave before.
"""

from __future__ import annotations

import pytest
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

SLIPS_LEFT_ALONE = [
    # (fakenewsnet_politifact_defend:politifact15606, judged wrong twice)
    ('Purdue said it was better for patients.”<img src="https://media.8ch.net/file_store/b4a605f1.jpeg" '
     'style="max-height:640px;max-width:360px;"><span style="margin-top:15px;font-size:12px;">Credit: the '
     "photographer</span> The couple died later.", "missing_space"),
    # (fakenewsnet_politifact_defend:politifact15187, judged wrong)
    ("In the real image, González is ripping apart a gun-range target.[NRA host taunts Parkland teens: ‘No one would "
     "know your names’ if classmates were still alive]The doctored image mushroomed across social media.",
     "missing_preposition"),
]

SLIPS_STILL_FOUND = [
    # the same slip in the prose around the tag
    ('It was better for patients.”<img src="a.jpeg" style="max-height:640px;"> He said,that was all.',
     "missing_space", "said,that"),
    # square brackets inside a sentence are the writer's own words: an editor's insertion still read
    ("He said [the the] plan was fine and the senate agreed.", "doubled_word", "the the"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
