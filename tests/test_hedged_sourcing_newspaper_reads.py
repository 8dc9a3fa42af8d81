"""hedged_sourcing: wrong findings that readers judged on mainstream newspaper copy (two judged rounds of
40 PolNeAR train-split articles each from the New York Times, the Washington Post, Politico and USA
Today; docs/accuracy.md), each with the real passage, beside the findings the same rules must keep.

Left alone: a time clause that dates another event by questions arising ("after questions arose about
Mr. Carson's grasp"); a survey or research owned by an institution the article names ("A survey by the
organization", "Research conducted for the Women's Media Center", which the parser reads as a main
verb); a decision on a proposal ("several states have recently rejected bills"), an act on the record;
a comparative correlative ("the more voters fear the candidate"), a general rule; an act joined by a
semicolon to a clause the parser hung on it ("...; others have shared Gülenist material"); a group's
claim that a named member's quotation of several sentences illustrates ("Some Democrats argued ...",
then '"... So I think ...," said Sen. Tom Udall'). From a third round: polls whose named one follows a
colon ("Early polls show ...: A Quinnipiac University poll ... found"), "regard him with distaste" (an
attitude; "regard him as" stays a judgement), a quarrel inside a group ("lawmakers accused each other"),
and "considered" with an adjective and no weasel adverb or superlative, or "it is considered" with an
infinitive: a status or a norm ("jobs that are considered "inherently governmental"", "considered too
dangerous to release", "it is considered good manners to"), none of 4 such findings right in the tuning
sets and that round; with a noun phrase ("has long been considered a top contender") it stays a finding.
From the fifth, sixth and seventh rounds: a term explained ("what economists call spending"); an unnamed adviser
named with the same role by the next speaker ("Jason Furman, who leads ... Council of Economic
Advisers, said"); an announced plan ("announced plans to sue"), an act; "the two lawmakers" after two
names given together; "there is also evidence" cited in the next sentence ("According to the same poll");
a group whose claim goes on
("they say") before a named member is quoted; and a headline (and its deck) copied into the text, which
summarises the story the body sources (0 of 4 such findings right).
"""

from __future__ import annotations

import pytest
from hedged_cases import hedged, passage_tests

from scorer.testing import run_signal

LEFT_ALONE = [
    # polnear_train:nyt_2016-01-12_evangelical-iowans-flock-to-cruz
    (
        "Mr. Cruz has benefited recently from the decline of Ben Carson, who briefly led Iowa polls thanks to "
        "evangelical support, then saw those voters swing to Mr. Cruz after questions arose about Mr. Carson's "
        "grasp of foreign policy.",
        "questions arose",
    ),
    # polnear_train:nyt_2016-05-27_clinton-faces-tight-primary-with
    (
        "A poll released on Wednesday night by the Public Policy Institute of California showed Mrs. Clinton "
        "leading Mr. Sanders among likely voters, 46 percent to 44 percent. A survey by the organization in "
        "March found Mrs. Clinton with a lead of 48 percent to 41 percent over Mr. Sanders.",
        "A survey",
    ),
    # polnear_train:usa-today_2016-06-22_clinton-coverage-highlights-tv-g
    (
        "Unfortunately, this is a historic pattern. Research conducted for the Women's Media Center showed "
        "that men reported 65% of U.S. political stories in 2014.",
        "Research",
    ),
    # polnear_train:wash-post_2016-03-10_after-hour-filibuster-missouri-s
    (
        "That lesson appears to be reverberating nationally as several states have recently rejected bills "
        "painted as anti-gay or anti-transgender.",
        "several states",
    ),
    # polnear_train:usa-today_2016-02-18_bleak-outlook-for-bloomberg-inde
    (
        "The more politics gets polarized, the more voters fear the candidate at the pole furthest from them.",
        "voters",
    ),
    # polnear_train:usa-today_2015-11-20_campaign-cash-tied-to-turkish-gr
    (
        "Some of the donors were employed by Gulen-linked schools or non-profit organizations; others have "
        "shared Gulenist material on their social media accounts or have been reported as participants in "
        "Gulen-organized events.",
        "others",
    ),
    # polnear_train:nyt_2016-05-31_trampling-latinos-sen (third round)
    (
        "Early polls show voters in the area resoundingly rejecting Mr. Trump: A Quinnipiac University poll "
        "this month found Mr. Trump about even with Mrs. Clinton statewide, but losing a band of southeastern "
        "counties, including Miami-Dade and Broward, by 38 percentage points.",
        "Early polls",
    ),
    # the same article
    ("Some voters who were once intrigued by Mr. Trump now regard him with distaste.", "Some voters"),
    # polnear_train:wash-post_2016-06-29_attempt-to-fund (third round)
    (
        "Congressional efforts to fight the Zika virus failed Tuesday, as lawmakers accused each other of "
        "playing politics with a looming public health crisis.",
        "lawmakers",
    ),
    # polnear_train:wash-post_2016-03-30 (third round): a status named by a policy term
    (
        "Federal labor organizations have long campaigned against having private contractors do jobs that are "
        'considered "inherently governmental."',
        "considered",
    ),
    # polnear_train:politico_2016-02-23 (third round): a status
    (
        "She urged Obama not to close the prison until there was a way to house detainees who can't be tried "
        "because evidence against them was gathered through torture, but who are considered too dangerous to "
        "release.",
        "considered",
    ),
    # buzzfeed_webis_2016:1405 (tuning sets, unmarked): a norm
    ("It is considered good manners to exchange some sort of pleasantry.", "considered"),
    # polnear_train:wash-post_2015-12-12_misinformation- (fourth round): no source is cited
    (
        "Trump never cited a source for his claim in November that Obama wants to take in as many as 250,000 "
        "Syrian refugees.",
        "a source",
    ),
    # polnear_train:politico_2016-06-21_sanders-anti-superdelegate-push-
    (
        "Some Democrats argued that Republicans might have been well served by having superdelegates this "
        "year.\n\n“They might have been able to prevent Trump. So I think that superdelegates play a big "
        "role,” said Sen. Tom Udall of New Mexico, who supports eliminating half the party’s superdelegates.",
        "Some Democrats",
    ),
    # polnear_train:nyt_2015-11-24_momentum-builds-to-ta (fifth round): a term explained
    (
        "But other Republicans would also move, if less directly, toward taxing consumption (what economists "
        "call spending) and away from taxing income.",
        "economists",
    ),
    # polnear_train:nyt_2016-02-03_tax-overhaul-remains- (fifth round): the adviser named in the next sentence
    (
        "In a speech, a top adviser for President Obama explained why: Potential benefits are not worth the "
        "immense political trouble. Jason Furman, who leads Mr. Obama's Council of Economic Advisers, said that "
        "a commission appointed by President George W. Bush estimated in 2005 that a fundamental tax overhaul "
        "would add less than 1 percent to the economy.",
        "a top adviser",
    ),
    # polnear_train:wash-post_2016-01-07_germany-targets-a-surge-o (sixth round): the group goes on ("they
    # say"), then a named member is quoted
    (
        "Facebook officials say they are reviewing posts more stringently and using legal opinions and language "
        "experts. Sometimes, they say, it means parsing whether posts containing common insults are framed in a "
        "way that could be potentially illegal.\n\n\"We've looked at our general rules and understand that very "
        "specific forms of language may constitute hate speech,\" said Richard Allan, Facebook's vice president "
        "of public policy in Europe.",
        "Facebook officials",
    ),
    # polnear_train:politico_2016-07-11_republicans-ask-doj-to-inv (seventh round): counted back to two names
    (
        "Oversight Committee Chairman Jason Chaffetz (R-Utah) and Judiciary Committee Chairman Bob Goodlatte "
        "(R-Va.) sent the referral to the U.S. attorney. FBI Director James Comey said there is no precedent "
        "for prosecuting such a case. The two lawmakers, however, argue that \u201cthere is precedent for "
        "prosecution,\" citing an instance in which a Marine was found guilty.",
        "The two lawmakers",
    ),
    # polnear_train:wash-post_2016-09-04_clinton-s-standing-among- (seventh round): the evidence cited next
    (
        "Just 18 percent of registered Hispanic voters have a favorable view of Trump in a new Washington "
        "Post-ABC News poll.\n\nBut there is also evidence that Clinton's standing with Hispanic voters may be "
        "weakening. According to the same poll, Clinton's favorability among Hispanics fell in August.",
        "there is also evidence",
    ),
    # celebrity (a credible article): a related story's headline linked into the text
    (
        "Trump said he respects women.\n\n[In wake of debate, multiple women accuse Trump of sexual advances]\n\n"
        "A spokeswoman for NBC Universal declined to comment.",
        "multiple women",
    ),
    # no charge: "of" names where the mayor is mayor of
    ("Critics accused the mayor of Boston on Monday, and he left.", "Critics"),
    # polnear_train:wash-post_2016-02-19_gowdy-promises-benghazi-p (sixth round): an act, no claim
    (
        "The next month, a former Republican committee staffer announced plans to sue the panel.",
        "a former Republican committee staffer",
    ),
]

#: The same constructions where the rules still find an unnamed source.
FOUND = [
    ("Subsequent questions have emerged about the figures the charity gave.", "questions have emerged"),
    ("A survey found that most voters distrust both candidates.", "A survey"),
    ("Critics have rejected the claim that the wall would pay for itself.", "Critics"),
    ("Many voters fear that the election will be rigged.", "voters"),
    ("The magazine quoted a source as saying the couple had split.", "a source"),
    # buzzfeed_webis_2016:1417 (marked in the tuning sets): a ranking passed off as common ground
    (
        "The CHAI program to help AIDS victims is considered one of the Clinton Foundation's most important "
        "contributions.",
        "is considered",
    ),
    ("He is widely considered the most corrupt official in the state.", "widely considered"),
    # polnear_train:politico_2016-02-23 and nyt (third round, judged right)
    ("Since Charleston's Navy base has long been considered a top contender, there was no risk.", "considered"),
    (
        "Hawaii Five-0, the 1960s procedural that CBS revived in 2010, is considered a case study of that model.",
        "considered",
    ),
    ("It is considered that the war was a mistake.", "It is considered"),
    # buzzfeed_webis_2016:0994: "it" is a country here, not an infinitive's stand-in
    (
        "Jordan is a close ally in an increasingly volatile Middle East. It also is considered an important "
        "partner in the battle against Islamist militants.",
        "is considered",
    ),
    ("Early polls show voters in the area resoundingly rejecting Mr. Trump.", "Early polls"),
    ("Some voters regard him as a liar who cannot be trusted with the economy.", "Some voters"),
    ("Critics have accused Clinton of playing politics with the crisis.", "Critics"),
    ("Some of the donors were employed by the schools; others said that the money came from friends.", "others"),
    (
        "Some Democrats argued that Republicans might have been well served by having superdelegates this "
        "year.\n\nAnother problem for those looking to kill the two-tiered system is money.",
        "Some Democrats",
    ),
    ("Critics call the plan a giveaway to the rich.", "Critics"),
    (
        "Facebook officials say they are reviewing posts more stringently and using legal opinions and language "
        "experts. Sometimes, they say, it means parsing whether posts containing common insults are framed in a "
        "way that could be potentially illegal.\n\nThe company did not say how many posts it had removed.",
        "Facebook officials",
    ),
    ("Two officials said the plan was dead. The two officials said the White House would drop it.", "The two"),
    # buzzfeed_webis_2016:1600 (credible): with an article and an adjective the name is a verdict
    (
        "Plastic bags end up in the ocean, playing what environmental activists call a significant role in "
        "climate change.",
        "environmental activists call",
    ),
    # the parser hangs "of" on a common-noun object: "accused [the senator of lying]"
    ("Critics accused the senator of lying about the deal.", "Critics accused"),
    ("Opponents accused the company of fraud.", "Opponents accused"),
    (
        "In a speech, a top adviser for President Obama explained why: Potential benefits are not worth the "
        "immense political trouble. Jason Furman, the chairman, said that the overhaul would add little.",
        "a top adviser",
    ),
    ("A former Republican committee staffer announced that the panel had ignored his warnings.", "staffer"),
]

#: polnear_train:politico_2016-07-06_atlantic-city-officials-we and usa-today_2016-04-29_right-wing-parties
#: (sixth round): a headline copied into the text summarises what the body sources.
HEADLINES = [
    (
        "Atlantic City officials welcome Trump-Clinton fight over their misfortune",
        "Atlantic City officials welcome Trump-Clinton fight over their misfortune.\n\nATLANTIC CITY — Hillary "
        "Clinton descended on this struggling seaside town on Wednesday. Mayor Don Guardian said he welcomed "
        "the attention.",
        "Atlantic City officials",
    ),
    (
        "Right-wing parties threaten to jam EU's mainstream; Liberal politicians fear 'Europe is disintegrating.'",
        "Right-wing parties threaten to jam EU's mainstream; \nLiberal politicians fear 'Europe is "
        "disintegrating.'\n\nAfter decades of backing mainstream politicians, European voters are increasingly "
        "empowering right-wing parties. \"Europe is disintegrating,\" said Sophie in 't Veld, a Dutch member of "
        "the European Parliament.",
        "Liberal politicians",
    ),
]


@pytest.mark.parametrize(("title", "text", "words"), HEADLINES)
def test_headline_copy_left_alone(title: str, text: str, words: str) -> None:
    checks = [f.text for f in run_signal(hedged(), text, title=title).findings]
    assert not [w for w in checks if words in w or w in words], checks
    # the same sentence in the body, without the headline above it, is a finding
    body = [f.text for f in run_signal(hedged(), text).findings]
    assert any(words in w or w in words for w in body), body


test_left_alone, test_found = passage_tests(LEFT_ALONE, FOUND)
