"""Judged round thirty-nine (seed 4011, docs/accuracy.md): 32 credible buzzfeed_webis_2016 articles, the last 2
unread credible celebrity ones and 6 credible fa_kes reports on the code of hedged_sourcing 0.33.19 and odd_phrasing
0.39.16; 39 of 49 findings right as judged (hedged_sourcing 29/37, odd_phrasing 8/10, internal_contradiction 2/2).
Fixed after it (hedged_sourcing 0.33.20, odd_phrasing 0.39.17), each beside a passage the same rule must keep:

- a feeling expressed with no clause claims nothing ("Several students expressed frustration over the extent to
  which the Constitution factors into political debates"); with one it does ("Republicans expressed frustration
  that Holt did not ask"), and doubt or concern are judgements ("insiders have expressed doubt about ...");
- "one of the most vocal of the Trump family": a word right after "most" is an adjective used as a head, not a
  singular noun (a slip has its adjective between: "one of the most famous singer").

Left alone, judged wrong: an unnamed source whose named counterpart speaks in the next sentence ("local civil
defense sources said ... A civil defense official in Idlib Leys el-Faris told"; the marked sets' readers query
that form), and that name run into "in Idlib" without its comma; a link's headline left in the text ("Lawmakers
say Russia behind hacks"); "His critics often sneeringly say he is a reality TV star", which the columnist grants;
"758 were considered likely voters based on a probability turnout model"; "following a report that" with The
Washington Post named later; "you are a xenophobe" mocking the critics' label.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (buzzfeed_webis_2016:0548, judged wrong)
    (
        "Several students expressed frustration over the extent to which the Constitution factors into political "
        "debates because it includes limitations on the powers of government.",
        "Several students",
    ),
]

STILL_FOUND = [
    ("Republicans expressed frustration that Holt did not ask any questions about the Clinton Foundation.",
     "Republicans"),
    ("Republican insiders in interviews have expressed doubt about Trump's willingness to inject larger sums.",
     "Republican insiders"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_a_superlative_adjective_after_one_of() -> None:
    # (buzzfeed_webis_2016:0764, judged wrong)
    text = "Eric has been one of the most vocal of the Trump family, outside of Donald of course."
    assert not found_by("number_noun_agreement", text)


def test_a_singular_noun_after_one_of_is_still_a_slip() -> None:
    text = "She is one of the most famous singer in the world."
    assert found_by("number_noun_agreement", text) == ["one of the most famous singer"]
