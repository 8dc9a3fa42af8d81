"""Judged rounds seventy-four (seed 4052: 40 more credible articles of more than 900 words) and seventy-five
(seed 4053: 40 FA-KES articles, 20 credible and 20 fake), docs/accuracy.md, on hedged_sourcing 0.33.47 with the
survey-panel rule of tests/test_judged_round_seventy_three.py, internal_contradiction 0.15.4 and odd_phrasing
0.39.43. Fixed after them, each beside a passage the same rule must keep finding:

- hedged_sourcing: teasers for other stories (a sidebar of timestamped items, a "Related:"/"Also read:" list;
  ``scorer.furniture``, tests/test_furniture.py); "at least one expert said ..." followed by the expert's words
  and name ("..., said Tim Mattice, executive director of the Elections Center"); a prospect ("Neither party wants
  to risk being blamed for a shutdown"); a share of a polled public after a poll's finding ("polling has found
  that ... Most of each candidates' supporters say ..."); "sources" in a relative clause on the speaker when the
  commas are lost ("The Observatory which monitors violence in Syria through sources on the ground said ...").

Left alone, judged wrong: a lede's group whose members are named paragraphs later ("Officials in Pennsylvania and
Ohio tell CNN"); "criticized by members of his own party" before the members are named; witnesses a named speaker
cites ("Kerry cited eyewitnesses who said"); "rants" for a singer's outbursts (judged right in six other rounds).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (buzzfeed_webis_2016:0419 and :0454, judged wrong)
        "But at least one expert said that state elections directors have been dealing with technological threats "
        "for a long time. \"The state and local election officials, this whole notion of security is not new to "
        "them this is something they deal with every day,\" said Tim Mattice, executive director of the Elections "
        "Center.",
        "at least one expert said",
    ),
    (  # (buzzfeed_webis_2016:1314, judged wrong)
        "Neither party wants to risk being blamed for a shutdown just weeks before the presidential election.",
        "being blamed for",
    ),
    (  # (buzzfeed_webis_2016:0000, judged wrong)
        "In instant reactions, at least, polling has found that debates typically reinforce preconceived notions "
        "rather than change them. Most of each candidates' supporters say it's their candidate who won, and "
        "precious few say their minds were changed.",
        "Most of each candidates' supporters say",
    ),
    (  # (fa_kes:1926479318, judged wrong)
        "The Observatory which monitors violence in Syria through sources on the ground said fighting raged inside "
        "the air base on Sunday.",
        "sources",
    ),
]

STILL_FOUND = [
    (  # nobody named after it: the expert stays unnamed
        "But at least one expert said that state elections directors have been dealing with technological threats "
        "for a long time. The state has twelve such directors.",
        "at least one expert said",
    ),
    (  # blamed, not a prospect
        "Neither party wanted a shutdown, but the Republicans were blamed for it.",
        "were blamed for",
    ),
    (  # the sentence before tells of no poll
        "The senator spoke in Ohio on Monday. Most of his supporters say he won the debate.",
        "Most of his supporters say",
    ),
    (  # a share of officials is no polled public
        "A poll found that debates reinforce notions. Most of the officials said the debate was rigged.",
        "Most of the officials said",
    ),
    (  # the sources are the subject
        "Sources on the ground said fighting raged inside the air base on Sunday.",
        "Sources",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_a_sidebar_teaser_is_left_alone_and_the_story_is_not() -> None:
    from hedged_cases import found

    # buzzfeed_webis_2016:1194, its sidebar shortened to three of its fifty items
    text = (
        "11/19/16, 10:01 AM CET BY Michael Crowley and Nahal Toosi Diplomats say the president-elect already has "
        "a playbook to undermine the global body. 11/19/16, 5:25 AM CET BY Michael Kruse Flynn, Bannon represent "
        "‘Islamophobic’ thinking of the type rejected by Bush and Obama, critics say. 11/17/16, 2:11 PM CET BY "
        "Esther King Nigel Farage’s party stands accused of breaking rules on spending EU funds. Iceland Foods has "
        "800 stores around Britain. Critics say the company was reckless."
    )
    words = [w for _, w in found(text)]
    assert not any("Diplomats" in w or w == "critics say" for w in words), words
    assert any(w.startswith("Critics") for w in words), words


def test_a_sidebar_teasers_sources_do_not_count_in_the_features() -> None:
    from scorer import Article, Scorer

    story = "Iceland Foods has 800 stores around Britain. Critics say the company was reckless."
    sidebar = (
        "11/19/16, 10:01 AM CET BY Michael Crowley and Nahal Toosi Diplomats say the president-elect already has "
        "a playbook to undermine the global body. 11/19/16, 5:25 AM CET BY Michael Kruse Flynn, Bannon represent "
        "‘Islamophobic’ thinking of the type rejected by Bush and Obama, critics say. 11/17/16, 2:11 PM CET BY "
        "Esther King Nigel Farage’s party stands accused of breaking rules on spending EU funds. "
    )
    host = Scorer(signals_only=True)
    texts = (story, sidebar + story)
    alone, with_sidebar = (host.score(Article(id=t[:9], text=t)).signals["hedged_sourcing"] for t in texts)
    assert with_sidebar["vague"] == alone["vague"] == 1
    assert with_sidebar["attributions"] == alone["attributions"]
