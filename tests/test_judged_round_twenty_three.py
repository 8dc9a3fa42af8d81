"""Judged rounds twenty-three to twenty-six (docs/accuracy.md): rounds twenty-three (seed 3223) and twenty-four
(seed 3224) read the last of PolNeAR train's longer articles on the code of hedged_sourcing 0.29.0, 46 of 55
findings right as judged; twenty-five (seed 3225, the short train articles left) and twenty-six (seed 3226, the
dev split's last fourteen), on the same code, 23 of 30. Fixed after them (hedged_sourcing 0.30.0), each rule with
its real passage beside one the same rule must keep:

- journalists at work are not sources ("described to him by a Post reporter", "A reporter for Agence
  France-Presse called it 'absolute chaos'", "stories by other journalists");
- a report noun that holds no claim ("to recommend stories by ...", "amid dire warnings from medical experts
  about Zika"), unlike one a sentence draws on ("based on accounts from law enforcement officials");
- a view the writer states to answer it ("While liberals dismissed him as ..., the truth was ...");
- an "-ing" phrase that picks out whom the sentence is about ("investors expecting a big deal ... may want to
  think twice");
- "continue" with an infinitive is aspect, not speech ("Trump's supporters continue to show signs of ..."), and
  the infinitive speaks for the subject when it is a cue ("Officials continue to say that ...", newly found);
- a passive judgement whose own clause names the examiner ("When PolitiFact examined the senator's statement, it
  was labeled 'Mostly True'"); "was accused of" right after "According to a ... complaint filed by ...";
- talk of a rumour a named speaker takes up in the same word within two sentences ("stoked speculation ...
  'there's been a lot of speculation about that,' said ... Michael Leavitt").

Found from the tuning sets' misses in the same release: unnamed senators and congressmen ("Democratic senators
said", "said one Republican senator"), "Some have insinuated that ...", with a count of people the article names
together later left alone ("six senators have slammed ..." ... "written by Patrick Leahy, ... and Elizabeth
Warren"), and so a lede's teaser whose people the next sentence names by title ("one GOP congressman is blaming
... North Carolina GOP Congressman Robert Pittenger had ...").

Left as they are, with the reason in docs/accuracy.md: a group with one named member quoted next ("at least
some of the likely beneficiaries ... took issue ... said Erin Clark", judged right more often than wrong in
earlier rounds), "after revelations that" (a public event; "amid reports that" was judged right twice), "State's
reviewers had said" (an institution's staff; "Trump's advisers say" is the classic vague source), an abstract's
"Research suggests" named far on, readers' letters, and an ironic "apparently".
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

HEDGED_LEFT_ALONE = [
    # polnear_train:wash-post_2016-01-16_ex-cia-chief-in-benghazi-breaks-
    (
        "Bob said he was familiar with the contents of the book but had not seen the movie, which opened Friday. "
        "Scenes from the film were described to him by a Post reporter.",
        "a Post reporter",
    ),
    # polnear_train:wash-post_2016-07-15_truck-attack-in-france-kills-at-
    (
        'Police urged people not to spread rumors or broadcast shocking videos of the scene.\n\nA reporter for '
        'Agence France-Presse called it "absolute chaos."',
        "A reporter for Agence France-Presse",
    ),
    # polnear_train:nyt_2016-06-17_as-its-rivals-pair-up-will-twitt
    (
        "I can't say my own Twitter use has been all that prolific, even though I sometimes use it to comment on my "
        "column and to recommend stories by other journalists.",
        "other journalists",
    ),
    # polnear_train:wash-post_2016-06-29_attempt-to-fund-zika-fight-dies-
    (
        "The inaction came amid dire warnings from medical experts about Zika, which can cause devastating birth "
        "defects in babies whose mothers are infected while pregnant.",
        "medical experts",
    ),
    # polnear_train:west-journal_2016-07-28_obama-claims-hillary-most-qualif
    (
        "While liberals dismissed him as a Hollywood actor, the truth was he was a successful two-term governor of "
        "the most populous state in the country, California.",
        "liberals",
    ),
    # polnear_train:nyt_2016-06-17_as-its-rivals-pair-up-will-twitt
    (
        "But investors expecting a big deal at a LinkedIn premium in the next few months may want to think twice.",
        "investors",
    ),
    # polnear_dev:wash-post_2016-09-29_the-real-trump-showed-up-at-deba
    (
        "Her support among millennials still lags below what she wants and Trump's supporters continue to show "
        "signs of greater enthusiasm.",
        "supporters",
    ),
    # polnear_train:nyt_2016-02-22_the-party-of-bush-yields-warily-
    (
        "Still, in a sign of how Mr. Trump's opponents continue to tread gingerly around him, Mr. Rubio declined to "
        "assail him aggressively on Sunday.",
        "opponents",
    ),
    # polnear_dev:west-journal_2016-09-26_popular-website-shows-bias-when-
    (
        "When PolitiFact examined the senator’s statement, it was labeled “Mostly True.”",
        "was labeled",
    ),
    # a page's furniture the parse joins to the next sentence: "Continued" with no "to" is no aspect verb
    (
        "He wants to win. Story Continued Below Some analysts credit the president's March 2014 appearance with "
        "helping boost enrollment.",
        "Story",
    ),
    # the same furniture before an -ing form (1,100 credible articles)
    (
        "On Thursday, two former political aides to Rep. Joe Heck (R-Nev.) questioned Cortez Masto’s emphasis on "
        "her ethnicity, responding to a Washington Post story highlighting the former attorney general as one of "
        "the prominent Hispanic candidates running for federal office this fall. Story Continued Below Thomas "
        "McAllister, a former political director to Heck who is Hispanic, called her appeals to be elected as the "
        "first Latina in the Senate “BS,” deeming her “as Mexican as I am” on social media, then questioning why "
        "she doesn’t speak Spanish fluently.",
        "Story",
    ),
    # a count of people named together later (the dev set's buzzfeed_webis_2016:0061, unmarked there)
    (
        "In a letter shared with ABC News, six senators have slammed Wells Fargo bank for its use of forced "
        'arbitration clauses. "It might be part of a more widespread problem," according to the six senators. The '
        "letter was written by Patrick Leahy (D-VT), Sherrod Brown (D-OH), Dick Durbin (D-IL), Al Franken (D-MN), "
        "Richard Blumenthal (D-CT) and Elizabeth Warren (D-MA).",
        "senators",
    ),
    # a lede's teaser the next sentence names by title (1,100 credible articles, judged wrong blind)
    (
        "We are heading into yet another day of unrest in Charlotte, North Carolina, and one GOP congressman is "
        "blaming the victims of systemic racism. North Carolina GOP Congressman Robert Pittenger had some "
        "extraordinary opinions to express here, but he swears he is not racist.",
        "congressman",
    ),
    (
        '(CNN)Two Republican senators are expressing concern over what they said was a "rush" to process new '
        "citizens ahead of the presidential election. In the letter to Jeh Johnson, Sens. Chuck Grassley of Iowa "
        "and Ron Johnson of Wisconsin specifically suggested that the rush was political.",
        "senators",
    ),
    # polnear_dev:nyt_2016-09-12_visa-program-up-for-renewal-amid
    (
        "According to a 52-count civil complaint filed by the federal Securities and Exchange Commission and a "
        '15-count complaint by Vermont, the developers engaged in a "massive eight-year fraudulent scheme" in which '
        'they "systematically looted" millions of dollars from the foreign investors. Mr. Quiros was accused of '
        "using $50 million for personal expenses including a luxury condominium at Trump Place in New York.",
        "was accused of",
    ),
    # polnear_train:wash-post_2016-03-03_push-inside-gop-to-upend-trump
    (
        "The emergence of Romney as a leading Trump antagonist stoked speculation that he might offer himself as a "
        "consensus candidate at the convention. But loyalists were adamant that he has no plans to run.\n\n"
        '"Over time, there\'s been a lot of speculation about that," said former Utah governor Michael Leavitt, a '
        "Romney confidant.",
        "stoked speculation",
    ),
]

HEDGED_FOUND = [
    # the source is the official; the reporter is only who heard it
    ("A senior official told a Post reporter that the deal was off.", "A senior official"),
    # a report noun a sentence draws on holds the claim (judged right in an earlier round)
    (
        "Tashfeen Malik, one of the attackers, based on accounts from law enforcement officials, reported that she "
        "had talked openly about jihad.",
        "law enforcement officials",
    ),
    # "while" without an answer from the writer: two views side by side
    ("While critics say the plan will fail, supporters argue it will work.", "critics"),
    # the group speaks: "said" is the cue, whatever the -ing phrase picks out
    ("Investors expecting a big deal said the price was too low.", "Investors"),
    # the infinitive under "continue" speaks
    ("Officials continue to say that the plant is safe.", "Officials"),
    # a tense, not an -ing phrase picking out a group (the same parse: 1,100 credible articles)
    (
        "Ahead of Tuesday's procedural vote to end Senate debate on the package, aides were predicting the parties "
        "would remain largely united.",
        "aides",
    ),
    # the sentence's clause is the report's (1,100 credible articles)
    (
        "In another report from the same source dated January 17, 2017, it states that the actor has told the singer "
        "to follow her heart.",
        "the same source",
    ),
    # an "-ing" form under an aspect verb speaks too (1,100 credible articles)
    (
        "But some tabloid sites start alleging that the two may not be as solid as people think.",
        "some tabloid sites",
    ),
    # senators, unnamed, are a vague group like lawmakers (marked on a tuning set)
    ("Restraint is preferable to an aggressive posture right out of the gate, Democratic senators said.", "senators"),
    ("“I don’t think endorsements matter,” said one Republican senator.", "senator"),
    # the unnamed senator's words are quoted, not a teaser: another senator named next is another senator
    ("A Republican senator said the bill is dead. Sen. John Thune disagreed with that.", "A Republican senator"),
    # a role noun before a capitalised word is no title (1,100 credible articles)
    (
        "But US officials from President Barack Obama on down have warned about Russia efforts to interfere in the "
        "election through hacking. Two arrested for hacking US officials Director of National Intelligence James "
        "Clapper has been one of the more forward-leaning.",
        "US officials",
    ),
    # "insinuate" credits a claim like "suggest" (marked on a tuning set)
    ("Some have insinuated that Parker's race played a role in his banishment.", "Some have insinuated"),
    # named later, but not as many as counted
    ("In a letter, six senators have slammed Wells Fargo bank. The bank was fined by Patrick Leahy and Sherrod "
     "Brown.", "six senators"),
    # two unnamed people are not any two names joined later (1,100 credible articles)
    ("The plan was dropped, two people familiar with the meeting said. Later, Clinton and Trump met in New York.",
     "two people familiar with the meeting"),
    # the examiner is not named
    ("When the paper examined the claim, it was labeled false.", "was labeled"),
    # no legal record cited just before
    (
        "The company's chief executive resigned last year. Mr. Quiros was accused of using $50 million for personal "
        "expenses.",
        "was accused of",
    ),
    # the named speaker does not take the rumour up
    (
        'The move stoked speculation that he might run in the fall. "I have no idea what he will do," said Mike '
        "Smith, a longtime friend.",
        "stoked speculation",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(HEDGED_LEFT_ALONE, HEDGED_FOUND)
