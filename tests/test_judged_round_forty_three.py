"""Judged round forty-three (seed 4015, docs/accuracy.md): 30 credible buzzfeed_webis_2016 articles and 10 credible
fa_kes reports, on the code of hedged_sourcing 0.33.21 and odd_phrasing 0.39.20; 43 of 52 findings right as
judged (hedged_sourcing 23/31, odd_phrasing 19/20, internal_contradiction 1/1). Fixed after it (hedged_sourcing
0.33.22), each beside a passage the same rule must keep:

- "allegedly" or "purportedly" hedging what a recording a name released or ran shows ("The Islamic State group
  has released a new video purporting to show ... allegedly for spying"; hedged_sourcing 0.33.25: only with its
  owner named, so "Videos posted online purportedly show yellow gas", judged right in an earlier round, and "a
  video posted online on 4 July purportedly showing", judged wrong here, stay findings); "apparently" stays a
  finding, the writer's own inference ("she was apparently familiar with", marked in a tuning set);
- evidence of a concrete kind the writer states ("There is other physical evidence linking Rahami to the
  devices"), while bare "there is evidence the ..." still passed on an unnamed source (until hedged_sourcing
  0.33.61, which flags no "there is evidence" at all: tests/test_hedged_sourcing_talk.py);
- talk about who did it ("there has been much speculation about who may be responsible") claims nothing; talk
  about when passes on the event ("growing speculation about when they will make it down the aisle", marked).

Left alone, judged wrong: "apparently as a result of being beaten" of troops in a video; an official named in
the next sentence ("according to a local civil defense official
... Ibrahim Abu Leith told Anadolu Agency"; the marked sets' readers query that form); "Investigators added" for a
documentary's team two of whom were named before; "was accused of" for a well-known controversy; loaded words in
a pasted excerpt without quotation marks.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (fa_kes:1915433682, judged wrong): the video is the source
    # (fa_kes:1915433685, in the credible pool): a named channel ran it
    (
        "Syrian troops entered the town of Zabadani from the western Jamaiyat district Sunday. Hezbollahs al-Manar "
        "TV ran exclusive footage purportedly showing Hezbollah fighters in the town.",
        "purportedly",
    ),
    (
        "The Islamic State group has released a new video purporting to show the killing of two Syrian activists "
        "in the militants stronghold of Raqqa allegedly for spying on the extremists.",
        "allegedly",
    ),
    # (buzzfeed_webis_2016:1377, judged wrong; buzzfeed_webis_2016:0883, judged wrong in round 41)
    (
        "Rahami is the man captured on surveillance footage planting the bombs. There is other physical evidence "
        "linking Rahami to the devices that have gone off or been found in New York and New Jersey.",
        "There is other physical evidence",
    ),
    (
        "Police officers are rarely convicted of wrongdoing in cases involving police officers, even when there is "
        "video evidence of lawbreaking.",
        "there is video evidence",
    ),
    # (buzzfeed_webis_2016:1431, judged wrong)
    (
        "To this day, no charges have been filed in the case and there has been much speculation about who may be "
        "responsible.",
        "speculation",
    ),
]

STILL_FOUND = [
    # (celebrity:fake/135fake.txt, marked): no recording in the sentence
    (
        "Princess Charlotte Casiraghi of Monaco, reported Australian magazine New Idea. The two allegedly made "
        "their public appearance as a couple last week as they attended a wedding.",
        "allegedly",
    ),
    # (fa_kes:1962495691, judged right in an earlier round): nobody named posted the videos
    (
        "This indicates that poisoning substances were used in the attack local journalist Nawrouz Uthman "
        "reported. Videos posted online purportedly show yellow gas rising over Sheikh Maqsood neighborhood in "
        "Aleppo.",
        "purportedly",
    ),
    # (fa_kes:1915433682, judged wrong in this round): posted online by nobody named, so it stays
    (
        "This follows the release of a video posted online on 4 July purportedly showing Islamic State fighters "
        "killing 25 Syrian soldiers in the historic town of Palmyra in central Syria.",
        "purportedly",
    ),
    # (celebrity:fake/076fake.txt, marked): talk about when presupposes the wedding
    (
        "The pair have enjoyed a two-year engagement but growing speculation about when they will make it down "
        "the aisle continues to dog the couple.",
        "speculation",
    ),
    # (a tuning set, marked): the writer's own inference from a video
    (
        "In the video, the girl begs the white officers to call “Zack” who was a black officer she was apparently "
        "familiar with.",
        "apparently",
    ),
    # a rumour with a claim in it
    (
        "There has been much speculation about a split between the two stars after they were seen apart.",
        "speculation",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
