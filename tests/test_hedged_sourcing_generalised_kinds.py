"""hedged_sourcing 0.5: kinds found on fresh articles, each in its general form, with real sentences.

Every sentence is quoted from a published article (buzzfeed_webis_2016, celebrity,
fakenewsnet_politifact_defend, PolNeAR train); the id is in the comment. Each kind has sentences
it must flag and sentences it must leave alone.
"""

from __future__ import annotations

import pytest
from hedged_cases import found as _found
from hedged_cases import hedged

from scorer.testing import run_signal

# --- a definite description that refers back to an unnamed source ("claims the friend") ---

# celebrity:fake/018fake.txt
KARDASHIAN_FRIEND = (
    "Two and a half years after she and Kanye West wed in a multimillion-dollar affair at a 16th century "
    'Italian fortress, "she wants a divorce," a Kardashian friend claims in the new issue of Us Weekly. '
    '"It will take some time before she can do anything," claims the friend, alleging that she\'s trying to '
    'build a case for full custody of kids North, 3, and Saint, 12 months, "but she doesn\'t want to stay married."'
)
# buzzfeed_webis_2016:1212 (two sentences of the article, a paragraph apart)
CAMPAIGN_STAFFER = (
    "According to a congressional leadership staffer familiar with the intelligence briefings on Page’s trip "
    "to Russia, “the meetings did happen and that’s been established as a fact.” “It’s not just did he met with "
    "them or not, but now looking into the bigger question of what the hell is going on?” said the staffer."
)
# buzzfeed_webis_2016:0028
NEIGHBOR = (
    'A neighbor told the authorities he overheard Rahami\'s father calling his son a "terrorist," according '
    "to a U.S. official. In addition, the neighbor said Rahami’s father had expressed concern his son may be in "
    "contact with people overseas who were collecting explosives, ABC news was told."
)

# buzzfeed_webis_2016:1273 (two sentences of the article, a quotation apart)
PERSON_WITH_KNOWLEDGE = (
    "Reines has, according to one person with direct knowledge of his involvement, participated in as many as a "
    "half-dozen mock debates and more relaxed moot-court sessions, peppering the candidate with lines cribbed from "
    "Trump’s primary debates and personal attacks meant to keep the candidate off balance. “Nothing is really "
    "off-limits,” the person told POLITICO."
)


@pytest.mark.parametrize(
    ("text", "anaphor"),
    [
        (KARDASHIAN_FRIEND, "the friend"),
        (CAMPAIGN_STAFFER, "the staffer"),
        (NEIGHBOR, "the neighbor said"),
        (PERSON_WITH_KNOWLEDGE, "the person told"),
    ],
    ids=["claims the friend", "said the staffer", "the neighbor said", "the person told"],
)
def test_definite_description_of_an_unnamed_source_is_flagged(text, anaphor):
    findings = run_signal(hedged(), text).findings
    again = [f for f in findings if anaphor in f.text and f.text.lower().startswith("the")]
    assert again, [(f.check, f.text) for f in findings]
    assert again[0].check == "anonymous_source"
    assert "refers back to the unnamed source" in again[0].message


def test_definite_description_without_an_unnamed_antecedent_is_not_flagged():
    # buzzfeed_webis_2016:0028, the second sentence alone: nobody unnamed was introduced as "a neighbor"
    text = NEIGHBOR.split(". In addition, ")[1]
    assert not any("neighbor" in t for _, t in _found("In addition, " + text))


def test_the_person_described_again_is_someone_else():
    # the 1273 passage with the person described by a relative clause: the topic, not the source taken up
    text = PERSON_WITH_KNOWLEDGE.replace("the person told POLITICO", "the person who hired him told POLITICO")
    assert not any("the person" in t for _, t in _found(text))
    # and without the unnamed person introduced before, "the person" takes up nobody
    assert not any("person" in t for _, t in _found("“Nothing is really off-limits,” the person told POLITICO."))


# --- the same kinds in new wordings ---

FOUND = [
    # buzzfeed_webis_2016:1095: a vague group judging what the relative clause is about
    (
        "Trump also attempted to blame his opponent, Hillary Clinton, for starting the rumor, another claim "
        "independent fact checkers have debunked.",
        "vague_source",
        "independent fact checkers have debunked",
    ),
    # buzzfeed_webis_2016:1388: "officials agree" with its clause
    (
        "He bashed Trump while lauding Hillary as some kind of savior, while never mentioning the men and women "
        "who were injured in explosions that officials agree were terror-related.",
        "vague_source",
        "officials agree",
    ),
    # fakenewsnet_politifact_defend:politifact14887: the group's own "saying" does not hide it
    (
        "Many retailers are against the idea of taxing imports, saying it will force them to raise prices.",
        "vague_source",
        "Many retailers",
    ),
    # PolNeAR train, huff-post 2016-01-28
    (
        "Republican politicians and their allies in the conservative movement speak in one consistent voice, "
        "arguing that the Obama agenda has been not just a failure, but a catastrophe.",
        "vague_source",
        "Republican politicians",
    ),
    # celebrity:fake/030fake.txt: the claim comes first, the agentless passive after the comma
    (
        'Brad Pitt "lunged" at his son Maddox during a flight on a private jet as the teen tried to defend his '
        "mum Angelina Jolie, it has been claimed.",
        "passive_attribution",
        "it has been claimed",
    ),
    # celebrity:legit/161legit.txt
    (
        "The Queen has no intention of stepping aside for Prince Charles and remains committed to her duty to "
        "the nation, it has been reported.",
        "passive_attribution",
        "it has been reported",
    ),
    # buzzfeed_webis_2016:1245: a reduced passive of judging with a weasel adverb
    (
        "Palmer, widely regarded as one of golf’s greatest stars, died Sunday in Pittsburgh at the age of 87.",
        "passive_attribution",
        "widely regarded as",
    ),
    # buzzfeed_webis_2016:1141 and celebrity:fake/188fake.txt: criticism with an adverb of degree, nobody's
    (
        "A large social media backlash ensued, and he was heavily criticized for likening refugees to the fruit candy.",
        "passive_attribution",
        "was heavily criticized for",
    ),
    (
        "Tom and Taylor Swift dated last summer and were heavily criticized for their public displays of affection.",
        "passive_attribution",
        "were heavily criticized for",
    ),
    # celebrity:fake/033fake.txt and celebrity:legit/140legit.txt: "the word is that"
    ("The word here is that Robyn [Rihanna] is pregnant.", "rumour", "The word here is"),
    ("Word on the street is that he's flying commercial to the event.", "rumour", "Word on the street is"),
    # celebrity:legit/004legit.txt: claims that surface "about" something (sentence-initial "Many" is no name)
    (
        "Many claims have surfaced about a possible bun in the oven since then, but the couple has been quick "
        "to deny the claims.",
        "agentless_attribution",
        "Many claims have surfaced",
    ),
    # celebrity:fake/030fake.txt: reports placed in a country, owned by nobody
    (
        "According to reports in the US, the 52-year-old is now to be at the centre of a probe by LA County "
        "Department of Children and Family Services and has been questioned by investigators along with Jolie.",
        "unidentified_report",
        "According to reports in the US",
    ),
    # buzzfeed_webis_2016:0469: an embedded tweet's link runs on into the next sentence, whose opening
    # capital is no name of the polls' owner (the link stays out of the span)
    (
        "Looks like @BernieSanders campaign bought sponsored @Snapchat geotag filter at @HillaryClinton event "
        "pic.twitter.com/Yk6ZEMLUH1 Recent polls suggest Clinton has failed to gain the kind of enthusiasm that "
        "drove younger voters to the polls four and eight years ago.",
        "unidentified_report",
        "Recent polls suggest",
    ),
]


@pytest.mark.parametrize(("text", "check", "words"), FOUND, ids=[w for _, _, w in FOUND])
def test_general_form_is_flagged(text, check, words):
    found = _found(text)
    assert any(c == check and (words in t or t in words) for c, t in found), found


NOT_FOUND = [
    # the writer's bare "we know (that)": readers queried none of its 13 uses over the seven marked sets
    # (hedged_sourcing 0.17.0); celebrity:fake/023fake.txt (dev8) and celebrity:fake/026fake.txt (dev9)
    (
        "We know that their romance is totally getting under the Biebs' skin, as he took to Instagram.",
        "the writer's 'we know'",
    ),
    (
        "Although it is shocking to know about being no one to be with her every Saturday, we know that she once "
        "secretly dated Nicholas Hoult and Chris Martin.",
        "the writer's 'we know' (dev9)",
    ),
    # PolNeAR train, nyt 2016-06-26: the facts known are given right there
    (
        "We know their average age (63), their marital status (90 percent are married, 6 percent divorced), "
        "their most common alma mater (Harvard) and even their most common sign under the Chinese zodiac (the "
        "snake).",
        "what 'we know' is listed with its figures",
    ),
    # buzzfeed_webis_2016:0958 (outside its quotation marks here): the source is given
    (
        "We know from the former head of the Counterterrorism Center, Mike Olsen, that the language that Mr. "
        "Trump has used is giving aid and comfort to our adversaries.",
        "'we know from' a named source",
    ),
    # buzzfeed_webis_2016:0060 and :0325: what a thing is called, not a judgement
    (
        'On Thursday, the group won the Right Livelihood Award, often described as the "Alternative Nobel."',
        "a name in quotation marks",
    ),
    (
        'The term "Parexit" is a reference to a political withdrawal along the lines of the UK\'s vote to leave '
        'the European Union, commonly called the "Brexit."',
        "a name in quotation marks",
    ),
    # fakenewsnet_politifact_defend:politifact14749 and buzzfeed_webis_2016:1255: "deemed" reports a ruling
    # by whoever decides the matter (a court, a pollster), a status rather than an opinion
    (
        "Ms. McCrummen was convicted of a crime punishable by up to six months of imprisonment for writing a hot "
        "check that was deemed worthless.",
        "a ruling: deemed worthless",
    ),
    (
        "Of the 802 respondents, 729 were deemed likely to vote in November’s general election.",
        "a ruling: deemed likely to vote",
    ),
    # buzzfeed_webis_2016:0399: the critics are named as the agent
    (
        "That dialogue -- about race, about refugees and about immigrants -- has been harshly criticized by "
        "Clinton and Trump detractors as racist.",
        "the agent is given",
    ),
]


@pytest.mark.parametrize(("text", "why"), NOT_FOUND, ids=[w for _, w in NOT_FOUND])
def test_general_form_is_left_alone(text, why):
    found = _found(text)
    assert not [f for f in found if f[0] in ("common_knowledge", "passive_attribution")], found


def test_a_relative_clause_on_its_own_subject_judges_nothing():
    # fakenewsamt:legit/edu11.legit.txt: "hail from" is where people come from; the noun is the
    # relative clause's subject, not what it judges (contrast "a claim fact checkers have debunked")
    text = (
        "Colleges and universities are pushing back against President Donald Trump's immigration-limiting "
        "executive order, promising to protect students and faculty even as they struggle to fully comprehend "
        "what the order means for community members who hail from the seven predominantly Muslim countries to "
        "which it specifically applies."
    )
    assert _found(text) == []


def test_a_group_given_with_a_named_member_is_no_vague_source():
    # buzzfeed_webis_2016:0173 (an editor_gold_dev article; a guard for "conservative" joining the
    # role lexicon): the group is named through its member, though the tagger calls "Trump" a verb
    text = (
        "While Democrats are demanding the truth be the focal point of the night, conservatives – including "
        "Trump himself – are telling moderators that they should not worry about what is a lie and what isn’t."
    )
    assert _found(text) == []
    # fakenewsnet_old_politifact:PolitiFact_Fake_22: without a member, a group stating a claim stays vague
    # ("Conservatives thought this Supreme Court term would be different", judged wrong in a newspaper
    # round, is the writer's generalisation: tests/test_hedged_sourcing_political_camps.py)
    assert _found(
        "The same week that conservatives argued in the Supreme Court that employers should be able to stop "
        "their employees from getting contraception outside of the company health plan, Indiana joined them."
    ) == [("vague_source", "conservatives argued")]


def test_a_tweet_link_is_not_part_of_the_source_phrase():
    # buzzfeed_webis_2016:0469: the phrase an editor reads starts after the embedded tweet's link
    text = next(t for t, _, w in FOUND if w == "Recent polls suggest")
    assert ("unidentified_report", "Recent polls suggest") in _found(text)
