"""hedged_sourcing: decisions taken per cue or per construction on every marked tuning article, not per
wording: "supposedly" is a hedge cue, not a finding (readers queried 3 of its 9), and a spokesman named
at the end of "<group> of <organisation> spokesman <full name>" is a named source whatever noun the
parser took for the subject. Real sentences; source ids in the comments (corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from hedged_cases import found, hedged

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def test_supposedly_counts_as_a_hedge_cue_and_is_no_finding() -> None:
    # fakenewsnet_politifact_defend:politifact13496: the writer's doubt, with no source withheld
    text = (
        "Plus, many of the original stories didn\u2019t include statements from CNN or RCN, the cable company "
        "that supposedly aired the porn."
    )
    result = run_signal(hedged(), text)
    assert not [f for f in result.findings if f.text.lower() == "supposedly"]
    assert result.features["hedge_cues"] >= 1


def test_reportedly_and_allegedly_are_still_findings() -> None:
    # celebrity:fake/093fake.txt (marked by its reader); a constructed news sentence
    assert ("agentless_attribution", "reportedly") in found(
        "Jamie Dornan was reportedly furious with Johnson after the premiere."
    )
    assert ("agentless_attribution", "allegedly") in found("Rahami allegedly planted bombs in New York and New Jersey.")


def test_a_spokesman_named_after_his_organisation_is_a_named_source() -> None:
    # buzzfeed_webis_2016:0183: the parser makes "Veterans" the subject and hangs the name under "of"
    text = (
        "Davidson, who won a special election to replace John Boehner and is a supporter of Donald Trump, has "
        "drawn a storm of criticism ever since. Veterans of Foreign Wars spokesman Joe Davis slammed Davidson "
        "for insulting the men and women who have served this country."
    )
    assert not [f for f in found(text) if f[0] == "vague_source"]


def test_officials_close_to_a_named_man_are_still_vague() -> None:
    # the same shape with the name as the principal, not the speaker (constructed from the case above)
    assert ("vague_source", "Some officials close to Mayor John Smith said") in found(
        "Some officials close to Mayor John Smith said the plan was dead."
    )
