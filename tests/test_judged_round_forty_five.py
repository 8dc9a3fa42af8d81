"""Judged round forty-five (seed 4017, docs/accuracy.md): 30 credible buzzfeed_webis_2016 articles and 10 fa_kes
reports (5 credible, 5 fake), on the code of hedged_sourcing 0.33.23 and odd_phrasing 0.39.22; 33 of 37 findings
right as judged (hedged_sourcing 15/18, odd_phrasing 18/19). Fixed after it (hedged_sourcing 0.33.24), each beside
a passage the same rule must keep:

- staff at a named outlet stand for its published work ("Writers at Quartz have noted that ...");
- one anonymous source, one query: "spoke on condition of anonymity because he was not authorized to speak"
  is flagged once;
- a source given part of a name ("A witness named Ahmad") stays a finding, with a message that says only part
  of a name is given (the old one said no name was).

Left alone, judged wrong: "stupid" in a tweet pasted without its signature after the same words were quoted.
"""

from __future__ import annotations

import pytest
from hedged_cases import found, hedged, passage_tests

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (buzzfeed_webis_2016:0869, judged wrong)
    (
        "The New York Times has joined a number of other major print media publications in denouncing Donald Trump "
        "as a liar. Writers at Quartz have noted that in at least five articles in the New York Times on Sept. 17, "
        "the words lie and false appeared in headlines.",
        "Writers at",
    ),
    # (fa_kes:1924058191, judged wrong): the second phrase of one source's anonymity
    (
        'An official with Fatah al-Sham Front said all those in the car were "martyred." The man who spoke on '
        "condition of anonymity because he was not authorized to speak to the media said it was not clear if "
        "members of his group were targeted.",
        "not authorized to speak",
    ),
]

STILL_FOUND = [
    # the same sentence keeps its first anonymity phrase
    (
        'An official with Fatah al-Sham Front said all those in the car were "martyred." The man who spoke on '
        "condition of anonymity because he was not authorized to speak to the media said it was not clear if "
        "members of his group were targeted.",
        "spoke on condition of anonymity",
    ),
    # staff with no outlet named
    ("Some writers have noted that the words lie and false appeared in headlines.", "Some writers"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_part_of_a_name_is_said_to_be_part_of_a_name() -> None:
    # (fa_kes:1924058103, judged wrong for its message)
    text = (
        "The casualties included women and children. A witness named Ahmad who suffered a head wound due to the "
        "blast described the moment the bomber struck."
    )
    assert found(text) == [("anonymous_source", "A witness")]
    (finding,) = run_signal(hedged(), text).findings
    assert "only part of a name" in finding.message
