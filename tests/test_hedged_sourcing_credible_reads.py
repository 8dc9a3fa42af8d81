"""Hedged sourcing as read on real credible articles: a wording repeated through an article is listed
every time; phrasal verbs and "the things people say" attribute nothing.

fakenewsnet_politifact_defend:politifact11208 (a law professor's list of voter-impersonation cases)
says "A vote was apparently cast ..." more than twenty times. Each is a different claim (a different
voter) that an editor must check on its own, as the six readers of the second blind set did ("reportedly"
five times in celebrity:fake/093fake.txt, every one marked), so each is listed; an earlier cap of
three per wording hid two of those five.
"""

from __future__ import annotations

from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing

from scorer.testing import run_signal

# five of its entries, as published
CASES = (
    "2012: A vote was apparently cast at the polls in the name of Angela Cooney in the general election in "
    "San Diego, CA; there is an Angela Cooney listed as dying 4 years earlier.\n"
    "2012: A vote was apparently cast at the polls in the name of Evan Dixon in the general election in San "
    "Diego, CA; there is an Evan Dixon listed as dying 11 years earlier.\n"
    "2012: A vote was apparently cast at the polls in the name of Alejandro Guerrero in the general election "
    "in San Diego, CA; there is an Alejandro Guerrero listed as dying 5 years earlier.\n"
    "2008: A vote was apparently cast at the polls in the name of Forrest Downie in the general election in "
    "San Diego, CA; there is a Forrest Downie listed as dying 3 years earlier.\n"
    "2008: A vote was apparently cast at the polls in the name of Scott Hagloch in the general election in "
    "San Diego, CA; there is a Scott Hagloch listed as dying 2 years earlier.\n"
)


def test_a_repeated_hedge_is_listed_every_time() -> None:
    listed = [f for f in run_signal(HedgedSourcing(), CASES).findings if f.text == "apparently"]
    assert len(listed) == 5
    assert all("more time" not in f.message for f in listed)


def test_phrasal_verbs_and_things_people_say_are_not_attributions() -> None:
    """fakenewsnet_old_politifact:PolitiFact_Real_92 (credible): neither sentence attributes a claim."""
    for text in (
        "He said the kind of things regular politicians say: “The history books are closing on the failed "
        "politicians of yesterday.”",
        "Joe Kilsheimer, the mayor of a central Florida suburb, has a younger brother who was written off by "
        "doctors as a hopeless case when he was a baby.",
    ):
        assert run_signal(HedgedSourcing(), text).findings == [], text


def test_an_unnamed_group_saying_something_is_still_a_vague_source() -> None:
    """fakenewsnet_old_politifact:PolitiFact_Real_82 (credible)."""
    text = (
        "While many in Washington’s diplomatic community say they have a clearer sense of how Clinton, as "
        "opposed to Trump, would want to respond, doubts are growing."
    )
    assert [f.check for f in run_signal(HedgedSourcing(), text).findings] == ["vague_source"]


def test_defense_lawyers_in_a_named_case_are_counsel_on_the_record() -> None:
    """fakenewsnet_old_buzzfeed:BuzzFeed_Real_69 (credible, AP): the counsel of the named defendant, who
    filed the letter; 'prosecutors' is never a finding either."""
    text = (
        "Federal prosecutors are pushing back against a demand by defense lawyers that New York and New Jersey "
        "bombing suspect Ahmad Rahami be arraigned immediately on federal charges he is facing. Defense lawyers "
        'contend that Rahami has been "without the benefit of counsel" since his arrest.'
    )
    assert run_signal(HedgedSourcing(), text).findings == []
