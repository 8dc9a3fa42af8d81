"""Embedded posts (scorer.embedded_posts): tweets and Instagram posts pasted into articles, as scraped.

The texts are excerpts of real articles (ids in the comments), kept as collected: no line breaks, runs of
spaces where paragraphs were, dashes garbled by a wrong decoding in one publisher's copies.
"""

from __future__ import annotations

import pytest

from scorer.embedded_posts import embedded_posts, post_ranges


def _posted(text: str) -> list[str]:
    return [text[p.start : p.signed].strip() for p in embedded_posts(text)]


def test_a_tweet_byline_with_its_date_after_the_writers_introducing_colon() -> None:
    # buzzfeed_webis_2016:0743
    text = (
        "Read more: The Seattle Times Here is some of the reaction on Twitter: #CascadeMallShooting suspect "
        "is most likely? — Jorge Herrera (@AmericanMex067) September 24, 2016  Annnnndddddd it's another Islamic "
        "Terrorist!"
    )
    (post,) = embedded_posts(text)
    assert text[post.start : post.signed].strip() == "#CascadeMallShooting suspect is most likely?"
    assert text[post.signed : post.end] == "— Jorge Herrera (@AmericanMex067) September 24, 2016"


def test_the_writers_sentence_that_reports_the_post_is_the_writers() -> None:
    # buzzfeed_webis_2016:0649: the hedge "sources tell them" is the writer's, before the colon
    text = (
        "Local Charlotte, NC news station WSOCTV is reporting that sources tell them dash cameras captured "
        "Keith Scott getting out of car and coming towards officers with a gun in his hand: #BREAKING: Sources "
        "tell Channel 9 dash camera video shows #KeithScott getting out car, coming toward officers with gun in "
        "his hand pic.twitter.com/GGuM2Ow3wk — WSOCTV (@wsoctv) September 21, 2016"
    )
    (posted,) = _posted(text)
    assert posted.startswith("#BREAKING: Sources tell Channel 9")


def test_a_dash_garbled_by_a_wrong_decoding_signs_a_tweet_too() -> None:
    # buzzfeed_webis_2016:0220
    text = (
        "Dean, who is now a contributor for\u00a0MSNBC, tweeted last night: Notice Trump sniffing all the time. "
        "Coke user? \u00e2\u0080\u0094 Howard Dean (@GovHowardDean) September 27, 2016"
    )
    assert _posted(text) == ["Notice Trump sniffing all the time. Coke user?"]


def test_a_post_of_at_most_a_tweets_length_not_counting_its_links() -> None:
    # buzzfeed_webis_2016:0127: the paragraph starts further back than a tweet's length; the post is the
    # first sentence within it, the pic.twitter.com link not counted
    text = (
        "Trump Jr. posted a image of a bowl of Skittles and asked if anyone would eat them if he said three "
        "were poisoned. Somehow, that’s what the Syrian immigrant “problem” is like. This image says it "
        "all. Let’s end the politically correct agenda that doesn’t put America first. #trump2016 "
        "pic.twitter.com/9fHwog7ssN — Donald Trump Jr. (@DonaldJTrumpJr) September 19, 2016"
    )
    (posted,) = _posted(text)
    assert posted.startswith("Somehow, that’s what the Syrian immigrant")
    assert posted.endswith("#trump2016 pic.twitter.com/9fHwog7ssN")


def test_a_reply_starts_with_the_handle_it_answers() -> None:
    # buzzfeed_webis_2016:0127: the writer's sentence, then the reply, in one scraped paragraph
    text = (
        "Well, Twitter users were not amused and promptly ripped Tiny Hands Jr. a new one. . @DonaldJTrumpJr "
        "is this funny to you you sick piece of shit? pic.twitter.com/2qZbyrTENl — Rawan (@rawan) September "
        "20, 2016  how about this? wanna laugh about this? @DonaldJTrumpJr pic.twitter.com/aMTIaVHjey — Rawan "
        "(@rawan) September 20, 2016"
    )
    first, second = _posted(text)
    assert first.startswith(". @DonaldJTrumpJr is this funny to you")
    assert second.startswith("how about this?")  # from the end of the post before it
    # fakenewsnet_politifact_defend:politifact14749: a reply glued to the writer's colon
    text = (
        "Sean Hannity ripped into the media frenzy over the Judge Moore scandal on his show last night. The left "
        "is calling for his head today:.@seanhannity EVERYONE deserves the presumption of innocence before "
        "proven guilty. Not to mention these allegations coming out days before an election!#RoyMooreChildMolester "
        "pic.twitter.com/SEAC7GP0TU — Shell Covfefe🇺🇸 (@MichelleRMed) November 10, 2017When a reporter has"
    )
    assert _posted(text)[0].startswith(".@seanhannity EVERYONE deserves the presumption of innocence")


def test_an_instagram_caption() -> None:
    # buzzfeed_webis_2016:0026
    text = (
        "He's fighting for you and won't ever quit. Thanks for your trust! #trump2016 #maga #makeamericagreatagain "
        "#basketofdeplorables A photo posted by "
        "Donald Trump Jr. (@donaldjtrumpjr) on Sep 10, 2016 at 7:18pm PDT  Donald Trump Jr. has been "
        "actively involved in his father's campaign."
    )
    (post,) = embedded_posts(text)
    assert text[post.start : post.signed].strip().startswith("He's fighting for you")
    assert text[post.signed : post.end] == (
        "A photo posted by Donald Trump Jr. (@donaldjtrumpjr) on Sep 10, 2016 at 7:18pm PDT"
    )
    assert not any(s <= text.index("actively") < e for s, e in post_ranges(text))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # buzzfeed_webis_2016:0136: "Fact check:" opens the tweet, it introduces nothing of the writer's
        (
            "@ABCPolitics @realDonaldTrump Did your universe not have that whole Slavery thing? — Mirror Donald "
            "Trump (@MirrorTrump) September 20, 2016  Fact check: used to be enslaved, then lacked basic civil "
            "rights for 100 years. https://t.co/qLkNcd1GwH — Matthew Yglesias (@mattyglesias) September 20, 2016",
            "Fact check: used to be enslaved, then lacked basic civil rights for 100 years. https://t.co/qLkNcd1GwH",
        ),
        # buzzfeed_webis_2016:0770: the post's own "BREAKING:" is kept, the writer's "reported:" is not
        (
            "As the Gateway Pundit reported: BREAKING: Citizen Journalist breaks HUGE Clinton email story "
            "#MAGA https://t.co/m5fYUmibpT — Rep. Steven Smith (@RepStevenSmith) September 19, 2016",
            "BREAKING: Citizen Journalist breaks HUGE Clinton email story #MAGA https://t.co/m5fYUmibpT",
        ),
        # buzzfeed_webis_2016:0707: a colon after a handle is the post's ("@chucktodd reports—here are ...:")
        (
            "Here are the new additions to Trump’s SCOTUS list. Donald Trump will release an expanded list of "
            "potential SCOTUS picks later today, @chucktodd reports—here are the new additions: "
            "pic.twitter.com/P7TdYwUYSb — Alexandra Jaffe (@ajjaffe) September 23, 2016",
            "Here are the new additions to Trump’s SCOTUS list. Donald Trump will release an expanded list of "
            "potential SCOTUS picks later today, @chucktodd reports—here are the new additions: "
            "pic.twitter.com/P7TdYwUYSb",
        ),
    ],
)
def test_a_posts_own_colon_does_not_cut_it(text: str, post: str) -> None:
    assert _posted(text)[-1] == post


@pytest.mark.parametrize(
    "text",
    [
        # buzzfeed_webis_2016:1315: a handle in the writer's own sentence
        "He came to the spin room, and then spoke to Hannity live from the press filing center. Maggie Haberman "
        "(@maggieNYT) pointed out that “she can’t remember last time, if ever, a general election candidate went "
        "to the spin room.”",
        # buzzfeed_webis_2016:1058: a newsletter's own attribution, two hyphens and no date
        "Donald Sussman gave $2 million to Priorities. SKITTLES UPDATE -- Yoni Appelbaum (@YAppelbaum): “A "
        "picture of a British candy, taken by a Cypriot refugee.”",
        # fakenewsnet_old_buzzfeed:BuzzFeed_Fake_34: a forwarded e-mail's header, an address is no handle
        "—\u200a— Forwarded message\u200a—\u200a— Begin forwarded message: *From:* Josh Schwerin "
        "<joshschwerin@gmail.com> *Date:* March 7, 2015 at 6:33:44 PM EST",
    ],
)
def test_not_posts(text: str) -> None:
    assert embedded_posts(text) == ()


def test_a_tweet_kept_as_markup() -> None:
    # polnear_train:huff-post_2015-12-02_democrats-call-for-action: PolNeAR keeps tweets as elements
    text = (
        'Sanders wrote: <tweet pic="" author="BernieSanders" timestamp="1449075600">This sickening and senseless '
        'gun violence must stop.</tweet>. Then a tweet signed the usual way: Wow. — Ann Doss Helms '
        "(@anndosshelms) September 23, 2016"
    )
    assert _posted(text) == ["This sickening and senseless gun violence must stop.", "Wow."]
    (markup, _) = embedded_posts(text)
    assert text[markup.signed : markup.end] == "</tweet>"
    assert _posted("He said <tweet> once, with no closing tag.") == []


def test_results_are_cached_per_text() -> None:
    text = "Glad to see you got your fifteen minutes — Dick N. Bimbos (@Crapplefratz) September 23, 2016"
    assert embedded_posts(text) is embedded_posts(text)


def test_a_signature_alone_on_its_line_signs_the_lines_above_it_back_to_the_post_before() -> None:
    # ptc:813494037 (one sentence per line): readers judged "has no shame", "started of" and "Shameful!" the
    # tweeters' words
    text = (
        "However, a host of Londoners rushed to Twitter to accuse their mayor of \"politicising\" the celebrations.\n"
        "I cannot believe this event has been politicised.\n"
        "This man has no shame.\n"
        "Just resign.\n"
        "— wayne campbell (@campbs177) 31 December 2018\n"
        "Thanks a lot Sadiq Khan you ruined the fireworks display by talking about Europe.\n"
        "You have started of the new year by talking about relationships with the European Union.\n"
        "— Mitchell T Cannon (@MitchellTCanno1) 1 January 2019\n"
        "The UK voted to leave the EU in June 2016 via a nationwide referendum."
    )
    assert _posted(text) == [
        "I cannot believe this event has been politicised.\nThis man has no shame.\nJust resign.",
        "Thanks a lot Sadiq Khan you ruined the fireworks display by talking about Europe.\n"
        "You have started of the new year by talking about relationships with the European Union.",
    ]  # not the writer's line that introduces them, nor the writer's line after the last


def test_a_signature_alone_on_its_line_reaches_back_no_further_than_a_post_is_long() -> None:
    writer = "The minister defended the plan in a long statement on Monday, and critics were quick to answer it. " * 3
    text = writer.strip() + "\nThis is a disgrace.\n— A Critic (@critic) 1 January 2019"
    assert _posted(text) == ["This is a disgrace."]


def test_a_signature_alone_on_its_line_stops_at_the_writers_line_that_names_the_poster() -> None:
    # ptc:695108099: "Another source told Laura Loomer" is the writer's anonymous source, not the tweet
    text = (
        "The individual who posted the receipt appears to have deleted it from his Facebook page.\n"
        "Another source told Laura Loomer that the gunman actually checked in on September 25.\n"
        "Source who works at the hotel said he had the suite since Sep. 25th.\n"
        "Why did police lie and say he checked in on Sep. 28th?\n"
        "— Laura Loomer (@LauraLoomer) October 4, 2017"
    )
    assert _posted(text) == [
        "Source who works at the hotel said he had the suite since Sep. 25th.\n"
        "Why did police lie and say he checked in on Sep. 28th?"
    ]


def test_a_signature_line_opened_by_the_posts_link_signs_only_the_line_above() -> None:
    # ptc:787759779: "she's allegedly a Dem donor" and "What a surprise!" above the tweet are the writer's
    text = (
        "And, to no one's surprise, she's allegedly a Dem donor.\n"
        "What a surprise!\n"
        "Debra Katz, the lawyer representing the woman, has donated thousands of dollars to the DNC!\n"
        "pic.twitter.com/WK5XYTlcqL — Jacob Wohl (@JacobAWohl) September 17, 2018"
    )
    assert _posted(text) == [
        "Debra Katz, the lawyer representing the woman, has donated thousands of dollars to the DNC!\n"
        "pic.twitter.com/WK5XYTlcqL"
    ]
