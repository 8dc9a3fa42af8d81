"""hedged_sourcing, ``talk.py``: talk, news and posts nobody owns, with real sentences.

Every sentence is quoted from a published article (buzzfeed_webis_2016, celebrity,
fakenewsnet_politifact_defend, PolNeAR test); the id is in the comment. Each kind has sentences
it must flag and sentences it must leave alone.
"""

from __future__ import annotations

import pytest
from hedged_cases import found as _found
from hedged_cases import hedged

from scorer.testing import run_signal

FOUND = [
    # --- rumour going round ---
    # celebrity:legit/053legit.txt
    (
        "Over the past few weeks, rumors have made the rounds that Shelton is cheating on his wife, possibly "
        "with actress Lindsay Sporrer, with whom he attended Usher's birthday party.",
        "rumour",
        "rumors have made the rounds that",
    ),
    # buzzfeed_webis_2016:1382
    (
        "As word began circulating that Combetta had been caught red-handed asking how to illegally forge "
        "Hillary’s e-mails, the man known as ‘stonetear’ began deleting his messages on the forum.",
        "rumour",
        "word began circulating that",
    ),
    # buzzfeed_webis_2016:1580
    (
        "There has been a lot of speculation surrounding the shooting death of Keith Scott at the hands of "
        "Charlotte police.",
        "rumour",
        "There has been a lot of speculation",
    ),
    # buzzfeed_webis_2016:0723 (credible)
    (
        "Over the last few weeks, there has been a lot of speculation about Mrs. Clinton’s health and whether "
        "she is physically capable of serving as president.",
        "rumour",
        "there has been a lot of speculation",
    ),
    # buzzfeed_webis_2016:1392
    (
        "There has been a theory floating around that Hillary Clinton is just a robot disguised as a human.",
        "rumour",
        "There has been a theory",
    ),
    # celebrity:legit/071legit.txt (credible)
    (
        "It was recently claimed that Sean Penn he is selling his Malibu home in order to begin again with his "
        "longtime love and rumoured fiance, Charlize Theron.",
        "rumour",
        "rumoured fiance",
    ),
    # --- emergence ---
    # fakenewsnet_politifact_defend:politifact13720
    (
        "It has emerged that trade and bilateral visa deals have been discussed by Trump and Ghanaian Diplomats "
        "in the States.",
        "agentless_attribution",
        "It has emerged that",
    ),
    # fakenewsnet_politifact_defend:politifact15109
    (
        "A lot of questions have come up about the former first lady, starting when Barack Obama was still the "
        "president and continuing on now as the two live very separate lives.",
        "agentless_attribution",
        "A lot of questions have come up",
    ),
    # --- an expletive "there" that is said to be ---
    # celebrity:legit/236legit.txt
    (
        "There’s also said to be a few modern additions, including an octagonal coffee table and some fluffy cushions.",
        "passive_attribution",
        "There’s also said to",
    ),
    # --- a crowd that wonders, speculates, comes forward, is worried ---
    # celebrity:legit/193legit.txt
    (
        "Many people have started wondering what the release of this new poppy offering means for Drake, who "
        "is only a few months removed from his last chart-topping effort on the Billboard 200.",
        "vague_source",
        "Many people have started wondering",
    ),
    # celebrity:fake/130fake.txt
    (
        "There's a lot to unpack, which has led to both fans and haters speculating that her upcoming album, "
        "Reputation, addresses her side of the story.",
        "vague_source",
        "both fans and haters speculating",
    ),
    # celebrity:legit/205legit.txt
    (
        "In fact, some were even worried the actor would back out of The Batman entirely after Affleck stepped "
        "down as director.",
        "vague_source",
        "some were even worried",
    ),
    # fakenewsnet_politifact_defend:politifact14750
    (
        "Well, her story continues to be corroborated, as witnesses have come forward saying the Washington "
        "Post, a paper that has officially endorsed Jones, has actually been bribing people to dig up dirt on "
        "Moore!",
        "vague_source",
        "witnesses have come forward saying",
    ),
    # --- a website's crowd ---
    # celebrity:fake/130fake.txt
    (
        "According to Twitter, this might be the real image Swift is ready to bring back.",
        "vague_source",
        "According to Twitter",
    ),
    # buzzfeed_webis_2016:0770
    (
        "According users on Reddit, Combetta asked for assistance in July 2014 from Reddit users on how to "
        "purge emails.",
        "vague_source",
        "According users on Reddit",
    ),
    # --- an outlet's unsourced "has learned" ---
    # celebrity:fake/148fake.txt
    (
        "The ENQUIRER has also learned Michelle, 51, has likely had more than just liposuction at such military "
        "facilities.",
        "agentless_attribution",
        "The ENQUIRER has also learned",
    ),
    # --- outlets nobody names ---
    # buzzfeed_webis_2016:1622
    (
        "While his name has yet to be officially confirmed by police, media outlets have discovered that the "
        "shooter’s vehicle was owned by a 46-year-old attorney by the name of Nathan Desai.",
        "unidentified_report",
        "media outlets have discovered",
    ),
    # --- an unnamed source in a free relative ---
    # fakenewsnet_politifact_defend:politifact13720
    (
        "He also signed an executive order on Monday barring federal funds from organizations that promote "
        "abortion around the world, including the International Planned Parenthood Federation, in what "
        "activists say is the president’s first major pro-life action while in office.",
        "vague_source",
        "in what activists say",
    ),
    # buzzfeed_webis_2016:1096
    (
        "In what aides billed as a swan song for the Big Dog, Clinton touted his organization as “a profound "
        "advance in the conduct and impact of modern philanthropy.”",
        "vague_source",
        "In what aides billed as",
    ),
    # --- an unnamed group voicing a stance ---
    # buzzfeed_webis_2016:0093
    (
        "Republicans expressed frustration that Holt did not ask any questions about the Clinton Foundation or "
        "the Benghazi attacks while challenging Trump on his record on the Iraq War and real estate career.",
        "vague_source",
        "Republicans expressed frustration",
    ),
    # buzzfeed_webis_2016:1349 (credible)
    (
        "Republican insiders in interviews have expressed doubt about Trump’s willingness to inject larger sums "
        "of his own cash into the race.",
        "anonymous_source",
        "Republican insiders in interviews have expressed doubt",
    ),
    # --- many or most of a crowd holding a view ---
    # buzzfeed_webis_2016:0781
    ("However, most people still don’t believe what she has to say.", "vague_source", "most people still don’t"),
    (
        "She is well aware of the fact that many people think this about her and question the veracity of her "
        "healthy status.",
        "vague_source",
        "many people think",
    ),
    # --- a proof or record nobody made ---
    # buzzfeed_webis_2016:1433
    (
        "The UN was a noble experiment, but one that has long been proven to be a failed one.",
        "passive_attribution",
        "has long been proven to",
    ),
    # fakenewsnet_politifact_defend:politifact14516
    (
        "All of that will now be sent overseas to Syria to “help” people in refugee camps, which have been "
        "repeatedly identified as breeding grounds for ISIS recruitment.",
        "passive_attribution",
        "have been repeatedly identified as",
    ),
]


@pytest.mark.parametrize(("text", "check", "words"), FOUND, ids=[w for _, _, w in FOUND])
def test_talk_nobody_owns_is_flagged(text, check, words):
    found = _found(text)
    assert any(c == check and (words in t or t in words) for c, t in found), found


def test_messages_say_the_kind_and_why():
    text = next(t for t, _, w in FOUND if w == "According to Twitter")
    finding = next(f for f in run_signal(hedged(), text).findings if "Twitter" in f.text)
    assert finding.message.startswith("Vague source:")
    assert "users of a website" in finding.message
    text = next(t for t, _, w in FOUND if w == "It has emerged that")
    finding = next(f for f in run_signal(hedged(), text).findings if "emerged" in f.text)
    assert "without saying who made it" in finding.message


NOT_FOUND = [
    # celebrity:legit/048legit.txt: "the word" is a word, not word going round
    (
        'But some fans took the word "thing" as "crush," and from there, the two New York rappers were '
        "romantically entangled in people's fantasies.",
        "word",
    ),
    # celebrity:fake/213fake.txt: denied rumours, and a photo that emerged is no claim
    (
        "On Thursday, photos emerged of Justin Bieber walking around LA with a suspicious stain on his pants.",
        "emerged",
    ),
    # buzzfeed_webis_2016:1591: a hedge on a website's crowd ("may have") is hypothetical
    ("Twitter may have figured out the answer…do you see it?", "Twitter"),
    # fakenewsnet_politifact_defend:politifact14273: the newspaper is named for the claim
    (
        "According to Minneapolis’ local newspaper, the Star-Tribune, the hotline was set up as a way to "
        "target Trump supporters.",
        "According",
    ),
    # buzzfeed_webis_2016:0870: a crowd described by a relative clause is the topic, not a source
    (
        "Although Ogborn’s plan to attack Houston was thwarted before it could cause a tragedy, Matt Pearce’s "
        "tweet struck a chord with many people who are disappointed the media is more likely to push a story "
        "when it advances a criminal narrative.",
        "disappointed",
    ),
    # fakenewsnet_politifact_defend:politifact810: the proof is placed ("in places like New Orleans")
    (
        "So choice and competition amongst schools is one of the key elements that's already been proven in "
        "places in like New Orleans and New York City.",
        "proven",
    ),
    # buzzfeed_webis_2016:0549 (marked): "there is evidence that ..." is no finding any more. It flagged 14
    # times on the judged rounds and marked tuning articles and was right once: mostly the writer's lead-in
    # to evidence given next or an argument of their own, as in the three below
    ("First of all, there is evidence the birth certificate presented was altered.", "there is evidence"),
    # polnear (judged wrong): the poll that gives the evidence follows
    (
        "There is some evidence that most Sanders supporters have already fallen in line behind Clinton. In a "
        "poll released Sunday, just 8 percent of Democrats said they would vote for Trump.",
        "There is some evidence",
    ),
    # ptc (judged wrong): the columnist's own argument
    (
        "There is far more evidence that Russiagate is a conspiracy than there is evidence that it is a "
        "Trump-Putin conspiracy.",
        "There is far more evidence",
    ),
    # buzzfeed_webis_2016:0256: "no evidence" denies, it does not claim
    (
        "There is no evidence for Trump's claim that US officials have allowed Americans who fought with "
        "terrorist groups in Syria to escape punishment when they returned home.",
        "evidence",
    ),
    # buzzfeed_webis_2016:0028: what the outlet learned is sourced in the next sentence
    (
        "Concerns about New York and New Jersey bombing suspect Ahmad Khan Rahami's intentions were raised to "
        "authorities by his father and a neighbor more than once over the past years, ABC News has learned. "
        'Two years ago, Rahami\'s father told the FBI that his son was interacting with "bad people" overseas.',
        "learned",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_FOUND, ids=[w for _, w in NOT_FOUND])
def test_owned_or_not_talk_is_not_flagged(text, words):
    assert not any(words in t for _, t in _found(text)), _found(text)
