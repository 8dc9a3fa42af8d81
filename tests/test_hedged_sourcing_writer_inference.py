"""hedged_sourcing 0.8: an evidential that reports how something looked, the writer's own
conclusion or the speaker's own view is no unnamed source.

"Apparently" and "it seems" hedge in the reporter's voice when they pass on what someone told the
writer ("Apparently, the duo is 'just friends' right now"). They pass on nothing when they describe
how a person looked in passing (a participle or adjective set off as a modifier: "a young man
apparently loitering", "Hillary, apparently unaware that ...,"), read a person's mind ("Apparently,
Trump forgot ..."), give the speaker's own view ("It seems to me that ...") or draw the writer's
conclusion from what was just said ("..., so apparently his strategy was ..."). Every sentence is
quoted from a published article (the id is in the comment) unless marked otherwise; each kind has
sentences it must flag and sentences it must leave alone.
"""

from __future__ import annotations

import pytest
from hedged_cases import found as _found
from hedged_cases import hedged

from scorer.testing import run_signal

LEFT_ALONE = [
    # buzzfeed_webis_2016:0546: a participle on a noun says how the man looked to the victim
    (
        "He describes walking by a young man apparently loitering next to his apartment complex, and thought "
        "nothing of it until he unlocked his door.",
        "participle on a noun",
    ),
    # polnear_test:huff-post_2016-10-14_donald-trump-jr-women-who-can-t-: the writer's reading of a quote
    (
        "\u201cYou should go maybe teach kindergarten,\u201d he said, apparently suggesting that teachers "
        "aren\u2019t part of the workforce.",
        "participle clause on another verb",
    ),
    # buzzfeed_webis_2016:1385: an adjective set off by commas after its noun
    (
        "Hillary, apparently unaware that bombings are caused by bombs, replied \u201cWell I think it\u2019s "
        "important to know the facts about any incident like this.\u201d",
        "aside between commas",
    ),
    # buzzfeed_webis_2016:0765: the writer's conclusion from the sentence's own first half
    (
        "His lawsuit went nowhere, so apparently his strategy in that particular case was that if you can\u2019t "
        "beat them in the courts: bomb them instead.",
        "so apparently",
    ),
    # buzzfeed_webis_2016:0874: what a person forgot is the writer's reading of his mind
    (
        "Apparently, Trump forgot the ancient times of less than 60 years ago, where black people were "
        "dehumanized, beaten, and shot with fire hoses.",
        "what someone forgot",
    ),
    # buzzfeed_webis_2016:0580: so is what a group is beginning to understand
    (
        "After days of pretending that the bombings were not the work of Islamic terrorists it seems that New "
        "York\u2019s liberals are finally beginning to understand the truth.",
        "what someone understands",
    ),
    # buzzfeed_webis_2016:0955 (an interview answer): "to me" owns the view
    ("It seems to me that a 9/11-style attack is impractical.", "it seems to me"),
    # buzzfeed_webis_2016:0550
    ("It appears to me that DHS needs to be renamed the Department of Homeland IN-Security.", "it appears to me"),
    # the same inference with an expletive "it": "so it seems" concludes, it passes nothing on
    (
        "The lawsuit was dismissed in March, so it seems that the company will not have to pay the fine.",
        "so it seems",
    ),
]


@pytest.mark.parametrize(("text", "why"), LEFT_ALONE, ids=[w[1] for w in LEFT_ALONE])
def test_how_it_looked_or_the_writers_conclusion_is_left_alone(text, why):
    assert _found(text) == []


FOUND = [
    # celebrity:fake/097fake.txt: inside the finite verb group, the hedge passes a claim on
    (
        "The second plane was apparently used to transport the First Lady so that she didn't have to travel "
        "with her Presidential spouse!",
        "apparently",
    ),
    # buzzfeed_webis_2016:0179
    (
        "Luckey has apparently been banned from Twitter, but that doesn\u2019t mean that Nimble America is gone.",
        "apparently",
    ),
    # celebrity:fake/193fake.txt: sentence-initial "Apparently," passes on what the writer heard
    ('Apparently, the duo is "just friends" right now, but you never know with the rapper.', "Apparently"),
]

#: An expletive "it" with a verb of appearance: readers queried 12 of 18 on the marked tuning articles,
#: mostly the writer's own inference, so it counts as a hedge cue (a feature) and is no finding.
APPEARANCE = [
    # celebrity:fake/126fake.txt
    "But it seems that Kim Kardashian's rush to regain her svelte frame has had an unwanted effect on her hair.",
    # fakenewsnet_politifact_defend:politifact15304
    "Reuters claims that around 130,000 horses are slaughtered each year in Canada and Mexico \u2014 and it "
    "seems the United States wants a huge chunk of that business, as well.",
    # celebrity:fake/003fake.txt
    "It seems like their romantic trip is helping them get closer than ever - and we are ALL for that!",
    # celebrity:legit/192legit.txt (the writer's inference from the photos just described)
    "Now it seems that the family has something else to celebrate given Joaquin\u2019s impressive performance "
    "in high school so far.",
    # a celebrity news item (tests/test_signal_hedged_sourcing.py kept it as a finding before)
    "For now it sounds like Chelsea is only interested in collaborating with the Fight Club hunk professionally.",
]


#: "Evidently" draws the writer's own conclusion from evidence at hand; readers judged 2 of its 9 findings
#: on the judged news rounds right, so it is a hedge cue (a feature) and no finding.
EVIDENTLY = [
    # buzzfeed_webis_2016:1506 (the livestream that showed him rescued is described before)
    "He was evidently unharmed, but that could have cost him his life.",
    # buzzfeed_webis_2016 (an opinion piece on Black Lives Matter)
    "The Black Lives Matter movement claims that racism is endemic among the country\u2019s law enforcement "
    "agencies \u2014 and Hillary Clinton evidently agrees.",
    # buzzfeed_webis_2016: sentence-initial, the writer's sarcastic conclusion
    "Evidently, they would rather this article read, \u201cInnocent woman slain in her home.\u201d",
]


@pytest.mark.parametrize(("text", "words"), FOUND, ids=[f[1] + str(i) for i, f in enumerate(FOUND)])
def test_an_evidential_that_passes_a_claim_on_is_flagged(text, words):
    assert ("hedge_in_own_voice", words) in _found(text)


@pytest.mark.parametrize("text", APPEARANCE, ids=[f"appearance{i}" for i in range(len(APPEARANCE))])
def test_it_seems_is_a_hedge_cue_not_a_finding(text):
    result = run_signal(hedged(), text)
    assert not [f for f in result.findings if f.check == "hedge_in_own_voice"]
    assert result.features["hedge_cues"] >= 1


@pytest.mark.parametrize("text", EVIDENTLY, ids=[f"evidently{i}" for i in range(len(EVIDENTLY))])
def test_evidently_is_a_hedge_cue_not_a_finding(text):
    result = run_signal(hedged(), text)
    assert not [f for f in result.findings if f.check == "hedge_in_own_voice"]
    assert result.features["hedge_cues"] >= 1
