"""hedged_sourcing 0.7: who says what, with real sentences.

Each kind comes from the findings and misses of 256 blind-marked articles, grouped by cause, and
each rule is a rule of attribution, not of one wording. Every sentence is quoted from a published
article (the id is in the comment). Each kind has sentences it must flag and sentences it must
leave alone.
"""

from __future__ import annotations

import pytest
from hedged_cases import found as _found

FOUND = [
    # buzzfeed_webis_2016:0294: the speaker between two commas, which the parser hangs on the subject
    (
        "Clinton, an aide said Tuesday, will propose an economy that \"welcomes people with disabilities, "
        'values their work, rewards them fairly, and treats them with respect."',
        "anonymous_source",
        "an aide said",
    ),
    # buzzfeed_webis_2016:0649: a named station relays what unnamed sources tell it
    (
        "Local Charlotte, NC news station WSOCTV is reporting that sources tell them dash cameras captured Keith "
        "Scott getting out of car and coming towards officers with a gun in his hand.",
        "anonymous_source",
        "sources tell",
    ),
    # celebrity:fake/038fake.txt
    (
        "Indeed, as Radar previously reported, insiders claim that the Shelton and Stefani signed a contract that "
        "gave them a significant bonus to keep the love alive all season long!",
        "anonymous_source",
        "insiders claim",
    ),
    # celebrity:fake/039fake.txt: an unnamed source's claim told as an event is still its claim
    (
        "The latest updates on her wedding plans come after another source told OKMagazine.com that Lindsay has "
        "been feuding with her parents, Dina Lohan and Michael Lohan, over her nuptials!",
        "anonymous_source",
        "another source told",
    ),
    # celebrity:fake/116fake.txt: a source noun, then a capitalised adverb and its speech verb (no name)
    (
        "To Sel, they are because like JAY and Bey, a Selena insider EXCLUSIVELY tells HollywoodLife.com that "
        "she’s “just so crazy in love with Justin.”",
        "anonymous_source",
        "a Selena insider EXCLUSIVELY tells",
    ),
    # celebrity:fake/097fake.txt: "apparently" stays a hedge in the reporter's voice
    (
        "The second plane was apparently used to transport the First Lady so that she didn't have to travel "
        "with her Presidential spouse!",
        "hedge_in_own_voice",
        "apparently",
    ),
    # celebrity:fake/168fake.txt: commenters passing judgement with "say" are a vague source
    (
        "Some commenters say that Hart should be honest with himself and start an open marriage if that is not "
        "already the case.",
        "vague_source",
        "Some commenters say",
    ),
    # celebrity:legit/008legit.txt: the object of quoting is the speaker
    (
        '"Brad thinks the request is off the wall and irrational," the magazine quoted the source as saying.',
        "anonymous_source",
        "the source",
    ),
    # buzzfeed_webis_2016:0861
    (
        "Bloomberg cites an unnamed source who was in the room when the meeting was held.",
        "anonymous_source",
        "an unnamed source",
    ),
    # buzzfeed_webis_2016:0054: citing a document makes the document the source
    (
        "The reason for that, the senators claimed, citing media reports, is that dozens of former and current "
        "Wells Fargo employees have come forward.",
        "unidentified_report",
        "media reports",
    ),
    # celebrity:legit/094legit.txt: a publication nobody names
    (
        'A magazine claimed in its latest issue that the 29-year-old had "baby on the way."',
        "unidentified_report",
        "A magazine claimed",
    ),
    # fakenewsnet_politifact_defend:politifact14384: an unowned report with a weak cue and a clause
    (
        "Reports last week indicated that House Judiciary chairman Bob Goodlatte was preparing to subpoena Strzok.",
        "unidentified_report",
        "Reports",
    ),
    # fakenewsnet_politifact_defend:politifact15135: a group complaining that ...
    (
        "Some residents also complained that a man open carrying a handgun made them feel uncomfortable.",
        "vague_source",
        "Some residents also complained",
    ),
    # buzzfeed_webis_2016:0307: a publication's "has learned" hides who told it (talk.py's one policy
    # for an outlet's "has learned")
    (
        "CNN has learned the Pentagon is now considering setting up new remote bases well outside Mosul as hubs "
        "from which US forces can operate.",
        "agentless_attribution",
        "CNN has learned",
    ),
    # buzzfeed_webis_2016:1040 (credible): "has critics saying" cites them
    (
        "But the latest chaos in Syria has critics saying he may be trying too hard this time.",
        "vague_source",
        "critics saying",
    ),
    # buzzfeed_webis_2016:1375: a plural unnamed group with no named member given
    (
        "Hillary’s own associates and friends say that she is corrupt beyond belief.",
        "anonymous_source",
        "Hillary’s own associates",
    ),
]


@pytest.mark.parametrize(("text", "check", "words"), FOUND, ids=[f[2] for f in FOUND])
def test_unnamed_source_is_flagged(text, check, words):
    found = _found(text)
    assert any(c == check and words in t for c, t in found), found


LEFT_ALONE = [
    # celebrity:fake/065fake.txt: the report's owner follows "from"
    (
        "Eventually, she will have to find a successor, and according to a report from Radar Online, that "
        "successor will be Sarah Jessica Parker.",
        "a report owned by a named outlet",
    ),
    # buzzfeed_webis_2016:0577: the owner is in the participle, not in a clause of what it says
    (
        "According to a report released by Dr. Neta Crawford, professor of political science at Brown University, "
        "spending by the United States Departments of Defense, State, Homeland Security and Veterans Affairs has "
        "grown.",
        "a report released by a named scholar",
    ),
    # celebrity:legit/140legit.txt: People the magazine, after a comma
    (
        "One lucky bidder will have the chance to have a private dinner with Jack and Rose at the NYC restaurant of "
        "their choosing sometime in October or November, People reports .",
        "People is a magazine",
    ),
    # buzzfeed_webis_2016:0580: found as objects are found, no finding reported
    (
        "The latest bomb scare comes just one day after two other bombs exploded and three more were found by "
        "authorities before they could be detonated.",
        "a thing found, not a finding",
    ),
    # fakenewsnet_politifact_defend:politifact13823: an indirect question says what is open
    (
        "No one else was injured. It wasn’t immediately known how long Thomas had been out of prison and living in "
        "the halfway house.",
        "an indirect question",
    ),
    # celebrity:legit/236legit.txt: an announcement is a public act of the party concerned
    (
        "It was announced in January that the Duke and Duchess of Cambridge will be moving to London later this "
        "year, settling in the capital for the long term from Autumn.",
        "an announcement",
    ),
    # celebrity:fake/213fake.txt: the writer's comment on the reader's own experience
    (
        "Apparently, we're all supposed to ignore the fact that Iggy and Odell have clearly been dating for like "
        "six months.",
        "'we' is the hedged clause's subject",
    ),
    # celebrity:legit/012legit.txt: the group's members are named in the next sentence
    (
        "Other designers, meanwhile, have publicly said they would refuse to provide her outfit. They include Tom "
        "Ford, Marc Jacobs and Sophie Theallet.",
        "members listed next",
    ),
    # celebrity:legit/168legit.txt: a post shown as a reaction
    (
        "One person wrote, “Ok!!! We see you with cute shape.. just had a baby where?” with a laughing emoji.",
        "a member of the public's post",
    ),
    # fakenewsnet_politifact_defend:politifact14556: how it looked to the writer
    (
        "The cat was still crying for help as the individual was seemingly eating around the vital spots "
        "prolonging it's death.",
        "'seemingly' is an impression, a hedge cue only",
    ),
    # celebrity:legit/140legit.txt: People the magazine, after a closing quotation mark
    (
        'She was in attendance to receive the award in honor of her “innovative approach to making Paris a model '
        'for sustainable urban living and design,” People adds.',
        "People is a magazine after a quotation",
    ),
    # fakenewsnet_politifact_defend:politifact13836: a directive, no appeal to what everyone knows
    (
        "Share this and make sure everyone knows that the traitor was caught and will answer for his crimes!!!",
        "make sure everyone knows",
    ),
    # fakenewsnet_politifact_defend:politifact15544 (as scraped, no space after the full stops): the
    # unnamed engineer is named in the next sentence
    (
        "An undercover investigation by Project Veritas has uncovered mass political bias at the highest levels "
        "of Twitter.One of Twitter's senior engineers has admitted to hacking the president's private data and "
        'leaking it to the Department of Justice to "help with their little investigation."The high-level '
        'engineer, Clay Haynes, a self-confessed "bleeding-heart liberal," boasted to covert investigators that '
        "his team can access all activity of every user on the site, and can even retrieve deleted messages.",
        "named later",
    ),
    # buzzfeed_webis_2016:1564: a quotation in single marks
    (
        "Say: ‘I gave you this, intentional or not, I gave it to you. I understand that this is something that "
        "will affect you for the rest of your life and future relationships. What can make this right?’",
        "inside a quotation in single marks",
    ),
    # celebrity:fake/031fake.txt: a named outlet's bare frame before a comma reports the clause it hangs on
    (
        "theJasmineBRAND.com exclusively reports, Usher has allegedly been cast on the upcoming season of Dancing "
        "With the Stars.",
        "a hedge inside a named outlet's frame",
    ),
    # buzzfeed_webis_2016:1506: the same frame opened by "as"
    (
        "As The Daily Caller reports, it’s unclear exactly why they tried to throw the photographer on the fire, "
        "or why it failed, but the livestream apparently later captured police providing assistance to the "
        "unnamed photographer, indicated he was unharmed.",
        "a hedge inside a named outlet's as-frame",
    ),
    # buzzfeed_webis_2016:0762: the source's name follows its noun (the parser hangs "called" on the noun)
    (
        "The Kurdish news source BasNews reported that ISIS has recently opened a child jihadi training center in "
        "Mosul called the “Cubs of the Caliphate,” where tiny children are brainwashed with ISIS ideology, taught "
        "suicide tactics, and receive instruction on combat training",
        "a source named right after its noun",
    ),
    # fakenewsnet_politifact_defend:politifact13982: a time clause, no source
    (
        "Recently, Republican Ohio Gov. John Kasich vetoed the so-called “heartbeat bill,” a measure that would "
        "have banned all abortions after about six weeks of pregnancy, or before many women even know that they "
        "are pregnant.",
        "a group in a time clause",
    ),
]


@pytest.mark.parametrize(("text", "why"), LEFT_ALONE, ids=[w[1] for w in LEFT_ALONE])
def test_attribution_with_a_named_owner_or_no_claim_is_left_alone(text, why):
    assert _found(text) == []


def test_a_verb_inside_the_quotation_is_the_speakers_word():
    """celebrity:fake/011fake.txt: only the source that speaks is flagged, not the friends its quotation
    goes on about."""
    text = (
        '"All his friends can tell he really likes J.Lo [but] in the beginning they thought this may just be a '
        'fling," a source said. His "friends are slowly thinking this may actually be a great match."'
    )
    assert _found(text) == [("anonymous_source", "a source said")]


def test_named_member_quoted_next_covers_a_plural_unnamed_group():
    """buzzfeed_webis_2016:0381: the supporters are illustrated at once by a named congressman."""
    text = (
        "Washington (CNN)Donald Trump's supporters on Capitol Hill said Thursday they know the stakes are high for "
        "Monday night's debate and could set the tone for the sprint to Election Day. \"Donald Trump knows, the "
        'team knows that Monday night is going to be not necessarily make or break," said Rep. Chris Collins, a '
        "New York Republican, as he walked out of what could be the final meeting of Trump's congressional "
        "supporters."
    )
    assert _found(text) == []


def test_a_named_speaker_given_next_for_the_same_claim():
    """PolNeAR dev nyt_2016-09-19_old-hands-help-russia-navigate-u: "That was what Liz Wahl said" gives
    the group's complaint a named speaker; without that sentence the group stands as a vague source."""
    group = "Several former RT journalists have complained they weren't given such a free hand."
    named = (
        " That was what Liz Wahl said when she resigned from the network in dramatic fashion after Russia seized "
        "Crimea from Ukraine in 2014."
    )
    assert _found(group) == [("vague_source", "Several former RT journalists have complained")]
    assert _found(group + named) == []


def test_a_sentence_explaining_anonymity_is_no_second_finding():
    """buzzfeed_webis_2016:0580: the officials are flagged where they speak, not again where the
    article says why they are unnamed."""
    text = (
        "Law enforcement officials told the Associated Press that at least 5 men were being questioned. The two "
        "officials spoke on condition of anonymity because they were not authorized to talk about an ongoing "
        "investigation."
    )
    found = _found(text)
    assert [t for _, t in found] == ["Law enforcement officials told"], found


#: hedged_sourcing 0.33.61: a bare capitalised "People" that reports in the singular, or confirms or reports a
#: piece of news, is the magazine (judged wrong twice as a vague crowd on celebrity copy).
MAGAZINE = [
    # celebrity:legit (judged round): the magazine confirms the birth
    "People confirmed that actor Benedict Cumberbatch and his girlfriend, Sophie Hunter, welcomed a son, Hal "
    "Auden Cumberbatch on March 18th.",
    # celebrity: "reports" agrees with one magazine, not with a crowd
    "People reports these are just promise rings, not engagement rings.",
]
CROWD = [
    ("People say the mayor is corrupt.", "People say"),
    ("Many people confirmed that the shop had closed.", "Many people confirmed"),
    # tempeval3 (judged right): people of a place
    (
        "People in Fort Pierce said the last time anyone paid this much attention to the mosque was in the 1990s.",
        "People in Fort Pierce said",
    ),
]


@pytest.mark.parametrize("text", MAGAZINE, ids=["confirmed", "reports"])
def test_people_the_magazine_is_a_named_outlet(text):
    assert not [f for f in _found(text) if f[0] == "vague_source"]


@pytest.mark.parametrize(("text", "words"), CROWD, ids=[w for _, w in CROWD])
def test_people_as_a_crowd_stays_vague(text, words):
    assert ("vague_source", words) in _found(text)
