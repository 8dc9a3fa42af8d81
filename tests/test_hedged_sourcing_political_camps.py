"""hedged_sourcing: a political camp in the bare plural is the writer's generalisation, not a source.

"Liberals know that ...", "Conservatives thought this Supreme Court term would be different": the
writer speaks about a side of politics, and readers queried 1 of 5 such vague_source findings in the
tuning sets and none of 2 in the judged newspaper rounds. Counted or qualified ("Some liberals say",
"Social conservatives say"), or stating a claim or a verdict ("conservatives argued ... that", "Liberals
call Ryan cowardly"), the camp stands in for a source and is still found. Real passages; the
article id is in the comment.
"""

from __future__ import annotations

from hedged_cases import passage_tests

LEFT_ALONE = [
    # fakenewsnet_politifact_defend:politifact15579
    (
        "Liberals know that an armed population will not willingly become slaves.",
        "Liberals",
    ),
    # buzzfeed_webis_2016:0185
    ("Someone had to say it. Okay, liberals have been saying it for years.", "liberals"),
    # polnear_train:nyt_2016-06-29_the-perfect-term-for-conservativ
    ("Conservatives thought this Supreme Court term would be different.", "Conservatives"),
    # polnear_train:usa-today_2015-12-01_for-gop-a-golden-opportunity-to-
    (
        'Ronald Reagan was known for his hatred of what he called the Soviet "Evil Empire." Conservatives '
        "still praise his refusal to accept the geopolitical status quo.",
        "Conservatives",
    ),
]

STILL_FOUND = [
    # polnear_train:wash-post_2016-03-10_after-hour-filibuster-missouri-s
    (
        "Social conservatives say the bills are necessary to protect faith-based organizations and "
        "faith-driven businesses from being forced to condone a practice that clashes with their religion.",
        "Social conservatives say",
    ),
    # polnear_test:wash-post_2016-10-19_so-guess-who-s-the-demogorgon-in: a verdict pinned on someone
    (
        "Liberals call Ryan cowardly because he won't formally un-endorse Trump, but he has left no doubt "
        "about his contempt for his party's nominee.",
        "Liberals call",
    ),
    # fakenewsnet_old_politifact:PolitiFact_Fake_22: a claim the camp states
    (
        "The same week that conservatives argued in the Supreme Court that employers should be able to stop "
        "their employees from getting contraception outside of the company health plan, Indiana joined them.",
        "conservatives argued",
    ),
    # the counted camp, in the same words
    ("Some liberals say that an armed population will not willingly become slaves.", "Some liberals"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
