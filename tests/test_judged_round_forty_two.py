"""Judged round forty-two (seed 4014, docs/accuracy.md): 28 credible buzzfeed_webis_2016 articles and the last 12
unread credible fakenewsamt ones, on the code of hedged_sourcing 0.33.20 and odd_phrasing 0.39.19; 33 of 41
findings right as judged (hedged_sourcing 22/28, odd_phrasing 10/12, internal_contradiction 1/1). Fixed after it
(hedged_sourcing 0.33.21, odd_phrasing 0.39.20), each beside a passage the same rule must keep:

- one unnamed person who introduces, with a colon, an embedded post signed by its poster ("according to a user
  on Twitter: ... — Quake Gyan (@QuakeDawg) September 26, 2016"); a group stays a finding ("The left is calling
  for his head today:" and one reply);
- an unnamed source that gives its own screen name ("one commenter calling himself “VarnstarkBittlewater”");
- "allegedly" inside what a named person, or "he"/"she"/"who" standing for one, claims in the same sentence;
- "we've all heard" a side's known line ("the talking point", "the slogan"), which is theirs, not news passed on;
- a group's verb under the writer's own "I think" / "I bet": a guess about the topic, not a source;
- odd_phrasing: initials tagged PERSON are a team or a school ("eviscerating U.C.L.A."); "destructive" after an
  intensifier judges effects, not anyone ("absolutely destructive to use").

Left alone, judged wrong: "amid concerns that" with "EU regulators" the sentence's subject.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (buzzfeed_webis_2016:0830, judged wrong): the post names its poster
    (
        "This also coincides with Scott’s previous convictions for assault with a deadly weapon. Here’s definitive "
        "proof of Scott holding the gun, according to a user on Twitter: Can we put the debate to rest now? "
        "pic.twitter.com/aniW2yxwje — Quake Gyan (@QuakeDawg) September 26, 2016  And a more detailed analysis of "
        "the newest video by political commentator and popular YouTuber, Mark Dice.",
        "according to a user on Twitter",
    ),
    # (buzzfeed_webis_2016:0196, judged wrong): a screen name
    (
        "You might be wondering how a group of people can be so racist and…deplorable. Fortunately, one of them "
        "hopped out of the basket to inform you. “What’s wrong with being a racist?” one commenter calling himself "
        "“VarnstarkBittlewater” asks when someone remarks that the comments got quite, quite racist.",
        "one commenter",
    ),
    # (buzzfeed_webis_2016:1452, judged wrong): the girl who claims it is the one alleging
    (
        "According to that sourcelink, Weiner carried out a months-long online sexual relationship with a "
        "15-year-old girl. She claims he asked her to dress up in “school-girl” outfits and allegedly “pressed her "
        "to engage in ‘rape fantasies.'”",
        "allegedly",
    ),
    # (buzzfeed_webis_2016:0837, judged wrong): a side's line, quoted as theirs
    (
        "In case it wasn’t clear enough already, Black Lives Matter truly is an anti-police group. We’ve all heard "
        "the talking point before, that they’re “anti-police brutality, not anti-police” but their actions betray "
        "them.",
        "We’ve all heard",
    ),
    # (buzzfeed_webis_2016:0672, judged wrong): the writer's guess about the group
    (
        "It doesn’t matter how close it sounds to you, inside, they’re laughing at the way you say their name. And "
        "I think most of these people understand that their names might be difficult for others – such as in "
        "America – to pronounce.",
        "most of these people",
    ),
]

STILL_FOUND = [
    # the same source with no post after it
    (
        "Here’s definitive proof of Scott holding the gun, according to a user on Twitter. Can we put the debate "
        "to rest now?",
        "according to a user on Twitter",
    ),
    # (fakenewsnet_politifact_defend:politifact14749, marked): a group, and one reply posted by one of them
    (
        "Sean Hannity ripped into the media frenzy over the Judge Moore scandal on his show last night. The left is "
        "calling for his head today:.@seanhannity EVERYONE deserves the presumption of innocence before proven "
        "guilty. Not to mention these allegations coming out days before an election!#RoyMooreChildMolester "
        "pic.twitter.com/SEAC7GP0TU — Shell Covfefe🇺🇸 (@MichelleRMed) November 10, 2017",
        "The left",
    ),
    # (celebrity:fake/135fake.txt, marked): nobody in the sentence claims it
    (
        "Princess Charlotte Casiraghi of Monaco, reported Australian magazine New Idea. The two allegedly made "
        "their public appearance as a couple last week as they attended a wedding.",
        "allegedly",
    ),
    # (celebrity:fake/016fake.txt-like hearsay, written here): news passed on by "we've heard"
    ("Now, we've heard that Jennifer Aniston has struggled to get pregnant for years.", "we've heard"),
    # (buzzfeed_webis_2016:1594, judged right): no "I think" before the group
    (
        "The problem with that is, Justin Theroux refused to indulge them with a juicy, scandalous answer. It’s no "
        "secret that most people expect Aniston to be pleased that the man who cheated on her is splitting up.",
        "most people expect",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_initials_tagged_as_a_person_are_a_team() -> None:
    # (fakenewsamt:legit/sports17.legit.txt, judged wrong)
    text = (
        "Such was the case for Kentucky on Friday night at FedEx Forum. Fox, a freshman guard, was halfway through "
        "eviscerating U.C.L.A. in a South regional semifinal of the N.C.A.A. tournament."
    )
    assert not found_by("loaded_word", text)


def test_a_person_figuratively_destroyed_is_still_loaded() -> None:
    text = "In the second debate he obliterated Jeb Bush, and the crowd loved every minute of it."
    assert found_by("loaded_word", text) == ["obliterated Jeb Bush"]


def test_destructive_after_an_intensifier_judges_effects() -> None:
    # (buzzfeed_webis_2016:0785, judged wrong)
    text = (
        "When has anger ever been the method of problem solving? Anger is a good method to get the motivation to "
        "problem solve…but is absolutely destructive to use while fixing what needs to be fixed."
    )
    assert not found_by("loaded_word", text)


def test_a_loaded_word_after_an_intensifier_is_still_loaded() -> None:
    # (a tuning set, fakenewsnet_politifact_defend, marked)
    text = (
        "At 2:00 this afternoon, Friday, September 1, the GFS model spit out its projection of Hurricane IRMA’s "
        "path over the next 12 days. This model shows the utterly terrifying projected path of Hurricane IRMA "
        "coming right up the east coast."
    )
    assert found_by("loaded_word", text) == ["utterly terrifying"]
