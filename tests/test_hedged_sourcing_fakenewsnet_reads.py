"""hedged_sourcing: wrong findings on FakeNewsNet-style articles, fake and credible, that nobody tuned on.

Every hedged finding on 120 articles drawn from the PolitiFact and BuzzFeed FakeNewsNet collections,
PolitiFact's defended claims, BuzzFeed-Webis and the celebrity corpus (none in a tuning or marked set)
was read in its article and judged by the copy-editor protocol. The wrong ones the parse tells apart:

* an order or advice, not a claim: a verb of telling with an addressee and an infinitive
  ("Authorities have told residents to stay inside");
* a wish, not a claim: "hope" with an infinitive ("Investigators were hoping to find the torsos");
* a prospect, not anyone's judgement: a passive gerund after "of" ("the fear of being labeled a
  racist");
* the writer's own inference: a verb of seeming with a "because" clause that gives the grounds
  ("because Just Hold On saw Louis collaborate with Steve Aoki ..., it seemed ...");
* what a group thinks as the topic of a relative clause on "something" ("something conservatives
  think should be compulsory"), like "the things people say";
* the magazine People after a sentence-opening conjunction ("But People reports ...");
* what a group says in general ("people say things that women don't like") and a participle of
  believing that opens the sentence with the main clause's motive ("Believing it to be chic and
  edgy, many liberals are apt to ...").

Every sentence is quoted from a published article (the id is in the comment); each kind has a
sentence it must leave alone and a sentence of the same kind it must still flag.
"""

from __future__ import annotations

import pytest
from hedged_cases import found as _found

LEFT_ALONE = [
    # buzzfeed_webis_2016:0753: an instruction to residents, no claim passed on
    (
        "The explosion took place in a garbage can which is where two unexploded pipe bombs were later found. "
        "Authorities have told residents to stay inside their homes and away from the area the race was "
        "supposed to take place.",
        "Authorities have told",
    ),
    # fakenewsnet_old_politifact:PolitiFact_Fake_100: a wish, not a claim
    (
        "That means that whoever put them in there wanted to be able to visit them later. Investigators were "
        "hoping to find the torsos in the second barrel recovered but found nothing but women\u2019s shoes "
        "inside, all brand new in boxes withy the tags still on them.",
        "Investigators were hoping",
    ),
    # fakenewsnet_old_buzzfeed:BuzzFeed_Real_1: the fear of a label, nobody's judgement
    (
        "However, we also live in a world where political correctness is the order of the day and the fear of "
        "being labeled a racist supersedes our natural instincts towards self-preservation which, of course, "
        "includes identifying the evil-doers.",
        "being labeled",
    ),
    # celebrity:legit/197legit.txt: the critic's own inference from the grounds just given
    (
        "Is this a stretch? Absolutely. But because Just Hold On saw Louis collaborate with Steve Aoki and do "
        "his own singing, it seemed the 1D alum was channeling 2017-era Harris (who\u2019s been singing his own "
        "songs) while simultaneously maintaining the DJ\u2019s long legacy of working with big names.",
        "it seemed",
    ),
    # fakenewsnet_old_buzzfeed:BuzzFeed_Real_79: a group's view as the topic, not a source for a claim
    (
        "The Supreme Court has sided with those \u201cliberals\u201d every time the issue of free speech is tied "
        "to something conservatives think should be compulsory, like the pledge of allegiance and school "
        "prayer.",
        "conservatives think",
    ),
    # buzzfeed_webis_2016:1378: what a group says in general, a bare "things" as the object
    (
        "Real oppression is what women in the United States go through, because they have to wait a day or two "
        "before they can get an abortion and they have to pay for it themselves. And sometimes, on college "
        "campuses, people say things that women don\u2019t like.",
        "people say",
    ),
    # buzzfeed_webis_2016:1434: an opening participle of believing gives a motive, no claim
    (
        "Believing it to be chic and edgy, many liberals are apt to stomp upon the flag that greater Americans "
        "than they fought and died to defend.",
        "many liberals",
    ),
    # celebrity:fake/137fake.txt: People is the magazine
    (
        "Hemsworth was first photographed with one in August. But People reports these are just promise rings.",
        "People reports",
    ),
]


@pytest.mark.parametrize(("text", "phrase"), LEFT_ALONE, ids=[p for _, p in LEFT_ALONE])
def test_left_alone(text, phrase):
    assert not any(phrase in quote for _, quote in _found(text))


STILL_FOUND = [
    # fakenewsnet_old_politifact:PolitiFact_Fake_97: telling with a clause is a claim
    (
        "Responding officers told reporters that they assumed their visit to the house would be a quick one "
        "and that they would simply be asking the residents to keep the noise down.",
        ("vague_source", "Responding officers told"),
    ),
    # buzzfeed_webis_2016:0173 (editor_gold_dev): "hope" framing a finite clause is still a belief
    (
        "Trump falsely claimed that he had been opposed to the Iraq War from the very beginning, an easily "
        "debunked lie that Lauer was surely aware of. The debates, many Americans hoped, would be different.",
        ("vague_source", "many Americans hoped"),
    ),
    # fakenewsnet_old_buzzfeed:BuzzFeed_Real_1: an agentless passive of describing
    (
        "A second device, which has been described as a \u201cpressure cooker\u201d device similar to the "
        "device used for the Boston Marathon bombing in 2013, was found on West 27th Street between the "
        "Avenues of the Americas and Seventh Avenue.",
        ("passive_attribution", "has been described as"),
    ),
    # fakenewsnet_old_politifact:PolitiFact_Fake_22: an unnamed group arguing a claim
    (
        "The Republican war on women continues unabated. The same week that conservatives argued in the "
        "Supreme Court that employers should be able to stop their employees from getting contraception "
        "outside of the company health plan, Indiana joined the ranks of states like Texas and Florida.",
        ("vague_source", "conservatives argued"),
    ),
    # buzzfeed_webis_2016:0411: a group saying a claim, not "things"
    (
        "China signed on for the March sanctions, but its officials have repeatedly said they believe sanctions "
        "are counterproductive and experts say China historically hasn't thoroughly enforced them against North "
        "Korea.",
        ("vague_source", "experts say"),
    ),
    # buzzfeed_webis_2016:1249 (editor_gold_dev): a participle of saying after the main clause has its speaker
    (
        "Clinton\u2019s supporters have called for aggressive fact-checking during Monday\u2019s debate, saying "
        "that members of the media have failed to adequately fact-check and correct falsehoods from her "
        "Republican rival.",
        ("anonymous_source", "Clinton\u2019s supporters"),
    ),
    # fakenewsnet_old_buzzfeed:BuzzFeed_Real_89: "People" opening a sentence is people
    (
        "Privately, Obama has expressed mixed feelings, according to people close to the president. People "
        "who've spoken to him say the president wonders what he might have done differently.",
        ("vague_source", "People"),
    ),
]


@pytest.mark.parametrize(("text", "finding"), STILL_FOUND, ids=[f[1] for _, f in STILL_FOUND])
def test_still_found(text, finding):
    assert finding in _found(text)
