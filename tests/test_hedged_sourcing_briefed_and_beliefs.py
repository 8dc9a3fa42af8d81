"""hedged_sourcing: "people briefed on", a formula after its claim, "there have been reports", and an
unnamed crowd's belief.

* "briefed" is a word of anonymity as written: the lemmatiser makes it the verb "brief", so "two
  officials briefed on the case" used to be found as "two officials" and "people briefed on the meetings
  said" as a vague "people".
* A sourcing formula after its claim whose speech verb the parser hung on the formula's last noun
  ("..., people briefed on the meetings confirmed to Politico.") is found as the formula.
* "There have been (numerous) reports of/that" is an unidentified report, as "there are reports that"
  is; not "there have been few reports of clashes".
* A crowd in a state of belief with a claim for its content ("some Democrats are concerned that ...",
  "many Republican strategists are concerned that ..."): a share of a group the source lexicon calls
  vague speaks for the claim. Not a worry about a thing ("Some residents were worried about the
  flooding"), and not "few".
* A group's claim that the next sentence illustrates with a named member's quotation is no finding
  when the wire opens that quotation with ``''`` too; nor when the next sentence names members as the
  example ("Chaffetz and Rep. Bob Goodlatte, for example, earlier asked ..."), unless the name is the one
  the group is about ("Kerry's defenders insist ... For instance, ... Kerry walked away").
* A party's bare plural in an aside after its claim (", Democrats believe.") is a vague source.
* No finding for "how people think" as the object of another verb, nor for a bare "Some" right after a
  sentence about a poll (its respondents).

Real passages; the article id is in the comment.
"""

from __future__ import annotations

from hedged_cases import found, hedged, passage_tests

from scorer.testing import run_signal

LEFT_ALONE = [
    # polnear-style wire copy: a feeling about a thing, not a claim
    ("Some residents were worried about the flooding that hit the valley last spring.", "Some residents"),
    # "few reports" says there is little to report, not that a report says so
    (
        "After the raids began IS withdrew from several of its positions and there have been few reports of "
        "active clashes involving the group.",
        "there have been few reports",
    ),
    # an adjective that is not a state of belief
    ("Some Democrats are angry about the vote.", "Some Democrats"),
]

STILL_FOUND = [
    # buzzfeed_webis_2016:1403
    (
        "There have been multiple reports of the drug being used on the streets, with the results being "
        "bodies of people completely strung out.",
        "There have been multiple reports",
    ),
    # buzzfeed_webis_2016:1170
    (
        "But some Democrats are concerned that rising anxieties about terrorism could benefit Trump.",
        "some Democrats are concerned",
    ),
    # buzzfeed_webis_2016:1031
    (
        "With polling in many battlegrounds suggesting the race is tight, many Republican strategists are "
        "concerned that Trump's lack of commercial spending could pose problems as the contest enters its "
        "final seven weeks.",
        "many Republican strategists are concerned",
    ),
    # the bare quantifier, with a belief of its own
    ("Some remained skeptical that he would follow through.", "Some remained skeptical"),
]



def test_briefed_is_a_formula_of_anonymity() -> None:
    # buzzfeed_webis_2016:0050
    text = (
        "The U.S. Attorney's Office in Manhattan is investigating Anthony Weiner's alleged sexting with a "
        "minor, according to two officials briefed on the case."
    )
    assert ("anonymous_source", "two officials briefed on the case") in found(text)


def test_people_briefed_are_anonymous_not_vague() -> None:
    text = "Obama has met with Sanders, people briefed on the meetings said. The weather was fine."
    assert found(text) == [("anonymous_source", "people briefed on the meetings said")]


def test_a_brief_statement_is_no_anonymity() -> None:
    text = "The senator, in a brief statement, said the bill would pass."
    assert found(text) == []


def test_formula_after_its_claim_with_the_verb_hung_inside() -> None:
    # fakenewsnet_politifact_defend:politifact15514
    text = (
        "Obama has met with Sens. Bernie Sanders and Elizabeth Warren, people briefed on the meetings "
        "confirmed to Politico. The weather was fine."
    )
    assert found(text) == [("anonymous_source", "people briefed on the meetings")]


def test_crowd_message_names_the_crowd_only() -> None:
    # celebrity: the source in the message is the crowd, not "some were even"
    text = "In fact, some were even worried the actor would back out of The Batman entirely."
    (finding,) = run_signal(hedged(), text).findings
    assert "'some' points to an unnamed group" in finding.message


# A group's claim illustrated at once by a named member: the wires' '' opens the quotation as “ does.
NAMED_MEMBER_NEXT = [
    # polnear_train:nyt_2016-02-08_twitter-takes-bigger-steps-to-th
    (
        "Experts said that content related to extremism, in particular, was difficult to parse outside of "
        "acts of extreme violence.  ''It's one thing to say you won't accept a beheading video on a site,'' "
        "said Faiza Patel, co-director of the Liberty and National Security Program at New York University's "
        "Brennan Center for Justice.",
        "Experts said",
    ),
    # the same with typeset quotation marks (the rule as it stood)
    (
        "Experts said that content related to extremism, in particular, was difficult to parse outside of "
        "acts of extreme violence. “It's one thing to say you won't accept a beheading video on a site,” "
        "said Faiza Patel, co-director of the Liberty and National Security Program at New York University's "
        "Brennan Center for Justice.",
        "Experts said",
    ),
    # polnear_train:wash-post_2016-09-07_republican-seeks-new-clinton-inq: the example names them, acting
    (
        "Republican legislators have questioned that determination, waging an aggressive campaign to get the "
        "FBI to release more information about the probe. Chaffetz and Rep. Bob Goodlatte (R-Va.), for "
        "example, earlier asked the U.S. attorney in D.C. whether Clinton committed perjury.",
        "Republican legislators have questioned",
    ),
]


def test_group_without_a_named_quotation_next_is_found() -> None:
    text = (
        "Experts said that content related to extremism was difficult to parse. The company, which declined "
        "to comment, said nothing more."
    )
    assert ("vague_source", "Experts said") in found(text)


PRECISION_LEFT_ALONE = [
    # buzzfeed_webis_2016:1422: what people think is what the verb acts on, nobody is cited
    (
        "I mean, how do you expect to influence how people think when they are allowed to teach their own "
        "children?",
        "people think",
    ),
    # buzzfeed_webis_2016:1468: after "According to the poll", "Some" are its respondents
    (
        "According to the poll, there could be a number of factors. Some stated the absence of Brady and "
        "Peyton was enough to get them to stop watching the games, while a healthy third of the poll said "
        "that the actions of Colin Kaepernick played a major role in their decision to not watch.",
        "Some stated",
    ),
]

PARTY_AND_STILL_FOUND = [
    # buzzfeed_webis_2016:1052: a party's bare plural in an aside after its claim
    (
        "Donald Trump's more tightly scripted campaign of late could backfire on him when he squares off "
        "against Clinton on Monday in Hempstead, New York, Democrats believe.",
        "Democrats believe",
    ),
    ("And the protests, Republicans say, may mean more trouble, especially if they continue.", "Republicans say"),
    # the poll is what they doubt, not where they come from
    (
        "Justice led the race at 46 percent in the MetroNews poll. Many doubt the veracity of the MetroNews "
        "poll, which has varied wildly when measured against election results in recent years.",
        "Many doubt",
    ),
    # a "what" free relative whose group judges stays ("in what activists say is")
    (
        "Trump signed an order on Monday barring federal funds from organizations that promote abortion "
        "around the world, in what activists say is the president's first major pro-life action.",
        "what activists say",
    ),
    # a misparse that hangs the attribution on a "how" inside the quotation it follows
    (
        '"Kim was shocked at the Beyonce news and she was totally checking it out and seeing how many people '
        'like the post," an insider told Radar.',
        "an insider",
    ),
]

test_left_alone, test_still_found = passage_tests(
    LEFT_ALONE + NAMED_MEMBER_NEXT + PRECISION_LEFT_ALONE, STILL_FOUND + PARTY_AND_STILL_FOUND
)


def test_party_position_is_no_aside() -> None:
    # the party's position is the news, said up front
    assert found("Democrats say the bill is a giveaway to the rich.") == []


def test_example_about_the_groups_own_subject_keeps_the_group() -> None:
    # buzzfeed_webis_2016:1040: the example is about Kerry, not by one of his defenders
    text = (
        "Kerry's defenders insist he is not naive, despite his professed faith in the power of negotiations. "
        "For instance, at least twice during the marathon talks that led to the nuclear deal, Kerry walked away."
    )
    assert any("defenders" in w for _, w in found(text)), found(text)


QUOTATION_REMARK = "The quotation it supports cannot be checked either."


def _messages(text: str) -> list[str]:
    return [f.message for f in run_signal(hedged(), text).findings]


def test_a_named_speakers_quotation_is_not_called_unchecked() -> None:
    # the quotation after the unnamed source is given by a named speaker: the remark would be false
    text = (
        "A senior official said the talks had stalled. “We are nowhere near a deal at this point,” said John "
        "Smith, the mediator."
    )
    (message,) = _messages(text)
    assert message.startswith("Anonymous source") and QUOTATION_REMARK not in message


def test_an_unnamed_speakers_quotation_is_still_called_unchecked() -> None:
    text = (
        "A senior official said the talks had stalled. “We are nowhere near a deal at this point,” the official "
        "added."
    )
    assert QUOTATION_REMARK in _messages(text)[0]


def test_a_named_subject_near_a_quotation_is_not_its_speaker() -> None:
    # fakenewsnet_politifact_defend:politifact14814: "Nucera slammed his head" is no speaker of the quotation
    # (the article has "Officers said", which since 0.33.16 reads like "police said": counted, they stay unnamed)
    text = (
        "Some officers said the 18-year-old wasn't resisting when Nucera slammed his head, but had “stopped walking "
        "for a moment to loudly complain.” The use of force wasn't reported."
    )
    assert QUOTATION_REMARK in _messages(text)[0]


def test_a_named_speaker_in_the_sentence_before_is_not_the_quotations() -> None:
    # celebrity: "Betty White is telling pals" ends before the friend's quotation opens
    text = (
        "Betty White is telling pals she's closing up shop.  “She feels she can live to 100 and has other "
        "things she wants to do with her life,” a friend says."
    )
    assert any(QUOTATION_REMARK in m for m in _messages(text))
