"""odd_phrasing: a run of exclamation marks that closes a sign-off is warmth, not pitch.

Readers left "Please say a prayer for him in the comments below!!" and "We love you, Carrie!!" unmarked
(tuning sets, buzzfeed_webis_2016:1471 and :1575); over every article of ../shared/data with such a run,
the guard removes 3 of 16 findings on credible copy (all sign-offs) and none of 37 on fake. A run on a
claim, even in an order to the reader, stays. Real passages; the article id is in the comment.
"""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

LEFT_ALONE = [
    # buzzfeed_webis_2016:1471
    "We are heartbroken to hear about Glen, but happy that he still loves to be around his family! Please say "
    "a prayer for him in the comments below!!",
    # buzzfeed_webis_2016:1575
    "She has never let her fame and success get in the way of showing love, kindness and gratefulness to "
    "everyone. Watch the amazing moment below!  We love you, Carrie!!",
    # buzzfeed_webis_2016 (credible, a Blue Bell story): a share request
    "Share this with everyone you know!!",
    # fakenewsnet_politifact_defend:politifact14750: the next sentence runs on with no space, so the parse
    # makes one sentence of both and its root is not "Visit"
    "Please give him our most generous support right now. Visit RoyMoore.org now!!Like a club or a sword or "
    "a sharp arrow is one who gives false testimony against his neighbor.",
]

STILL_FOUND = [
    # fakenewsnet_politifact_defend:politifact13836: an order that carries the claim
    "As you can see, he had also died the gray in his hair to help mask his appearance. It didn’t work. Share "
    "this and make sure everyone knows that the traitor was caught and will answer for his crimes!!!",
    # buzzfeed_webis_2016:1565
    "You can watch a snippet of the video below, just a tip, don’t watch it in front of your kids, lest they go "
    "to sleep tonight complaining about the “Hillary bogeywoman” hiding in their closets:  That is one "
    "frightening old lady!!",
    # a thanks to God is relief at a claim, not a wish to someone
    "Thank God Trump won!!",
    # an order whose object is a claim
    "See how they lie to you every day!!!",
]


def _runs(text: str) -> list[str]:
    return [f.text for f in run_signal(OddPhrasing(), text).findings if f.check == "exclamation_run"]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_a_sign_off_run_is_left_alone(text: str) -> None:
    assert _runs(text) == []


@pytest.mark.parametrize("text", STILL_FOUND)
def test_a_run_on_a_claim_is_found(text: str) -> None:
    assert _runs(text)
