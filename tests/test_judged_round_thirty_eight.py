"""Judged round thirty-eight (seed 4010, docs/accuracy.md): 30 credible buzzfeed_webis_2016 articles, 5 fa_kes fakes
and 5 credible fakenewsamt articles on the code of hedged_sourcing 0.33.18 and odd_phrasing 0.39.15; 25 of 35
findings right as judged (hedged_sourcing 13/21, odd_phrasing 10/12, internal_contradiction 2/2). Fixed after it
(hedged_sourcing 0.33.19, odd_phrasing 0.39.16), each beside a passage the same rule must keep:

- an embedded Facebook post, as a scraped copy keeps it, is the poster's words (``scorer.embedded_posts``: "I'm so
  livid!! We all know Racism is alive and well ... Posted by Etonde Maloke on Tuesday, September 20, 2016"), like a
  tweet's; an article's byline ("Posted by Frank Wilkenmeyer on 19 Sep 2016") is no signature;
- common knowledge of the writer's own feelings ("Everybody knows how much I dislike Cops") is their own
  experience, as a hedge of it already was;
- the lede's actor, what they did told first and what they said in a participle, is named as the next sentence
  opens ("A cafeteria worker in a Pennsylvania school district just quit her job, saying ... Stacy Koltiska turned
  in her resignation letter ...").

Left alone, judged wrong: a quoted article's passage pasted without quotation marks ("The word was that ...
according to numerous fact-checkers"); "reportedly" with a letter "obtained by KNTV" in the next sentence (the
tuning sets' readers mark it); "Members of the union wrote a letter"; "family members say" for the victim's family.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

from scorer.embedded_posts import embedded_posts

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

POST = (
    "“When said acts of racism happen at your school, it is infuriating and heart breaking.” I’m so livid!! We all "
    "know Racism is alive and well (whether you like to admit it not). When said acts of racism happen… Posted by "
    "Etonde Maloke on\xa0Tuesday, September 20, 2016 The University of North Dakota posted a statement to Twitter."
)

LEFT_ALONE = [
    # (buzzfeed_webis_2016:0878, judged wrong)
    (POST, "We all know"),
    # (buzzfeed_webis_2016:1582, judged wrong)
    (
        "He offered to bring me 100 miles further to Detroit because they towed the vehicle. Everybody knows how "
        "much I dislike Cops but I am truly Greatful for this Guy.",
        "Everybody knows",
    ),
    # (buzzfeed_webis_2016:1605, judged wrong)
    (
        "A cafeteria worker in a Pennsylvania school district just quit her job, saying the district’s new lunch "
        "policy is morally bankrupt. Stacy Koltiska turned in her resignation letter after being forced to throw "
        "away a child’s hot meal in front of a full cafeteria.",
        "A cafeteria worker",
    ),
]

STILL_FOUND = [
    ("We all know Racism is alive and well, and the school knows it too.", "We all know"),
    ("Everyone knows that he lied about the money.", "Everyone knows"),
    (
        "A cafeteria worker in a Pennsylvania school district just quit her job, saying the new lunch policy is "
        "morally bankrupt. The district has not commented.",
        "A cafeteria worker",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_a_facebook_post_is_an_embedded_post() -> None:
    posts = embedded_posts(POST)
    assert len(posts) == 1
    assert "I’m so livid!!" in POST[posts[0].start : posts[0].signed]
    assert POST[posts[0].signed : posts[0].end].startswith("Posted by Etonde Maloke")


def test_a_byline_is_no_post_signature() -> None:
    text = "Posted by Frank Wilkenmeyer on 19 Sep 2016\n\nWe’ve all seen campaign promises go horribly wrong."
    assert embedded_posts(text) == ()


def test_the_posts_exclamations_are_the_posters() -> None:
    assert not found_by("exclamation_run", POST)
    assert found_by("exclamation_run", "The school did nothing!! It is a disgrace.") == ["!!"]
