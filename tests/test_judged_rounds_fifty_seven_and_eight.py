"""Judged rounds fifty-seven and fifty-eight (seeds 4035 and 4036, docs/accuracy.md): 80 articles of the Propaganda
Techniques Corpus's train split (``judged_rounds.py draw --ptc 40 --ptc-split train``), on the code of
hedged_sourcing 0.33.35 and odd_phrasing 0.39.33; 78 of 143 and 95 of 137 findings right as judged. Fixed after
them, each beside a passage the same rule must keep finding:

- hedged_sourcing: an informant named in apposition ("The informant, Douglas Campbell, said"); a term glossed
  ("what political analysts call the “optics”": "the" before a quoted term names it); what people show of
  themselves ("analysts ... have shown a glaring failure to understand"); a passive judgement whose judges the
  parser hung inside its "as" phrase ("denounced as nativists by party elites": the judges are classified,
  a vague group still found); the book or document a claim is in ("In it, Jews are described as" after the book,
  "in Friday's criminal complaint, investigators say"); a reduced passive of questioning ("when questioned by
  lawmakers"); a crowd that does not know something ("many people don't know about the ship"); "self-evidently";
  "Apparently, Solomon has learned that" (the named learner in the clause); "affirm" as a verb of saying, so
  what a named person affirms holds the rumour he tells of; "responded by pointing out that" (the one who
  responded speaks, so what Kavanaugh points out holds "even her friends said").
- odd_phrasing: a plural noun in a subject list read as a verb ("Symptoms, sounds and sensations"); an
  exclamative "how many ... is Francis"; a year cut short ("a Sept. 28 ’17 LifeSiteNews article"); a mandative
  subjunctive after an infinitive ("require that all seminaries to which we send men to study be vigilant"); a
  work's title after the outlet ("editorial in The Washington Post, "The Next Mideast Wars,""); a term quoted
  alone and glossed ("the “terna” or list of three candidates"); a surname joined to a person's name ("Harding
  and Collyns").

Left alone, judged wrong: passages the original pages set as block quotations (a named outlet's or person's text
after "Politico reports:", "The first version read:", a reprinted letter), which the corpus keeps as plain lines
(an HTML page's ``<blockquote>`` is read as such, ``scorer/block_quotes.py``); sarcasm ("It is 'hateful conduct',
apparently, to ..."); sources named in a later sentence; charged words readers took for fair description of grave
crimes ("abominable crimes, like genocide"); the King James Bible's spellings in a quoted passage; "Solar flares
have been known to cause power grid failures" (the idiom for "sometimes do": a judged round of PolNeAR took
"Chinese local governments have been known to fib" for an unsourced charge, so it stays).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (ptc:729368012, judged wrong)
        "The informant, Douglas Campbell, said in the statement obtained by The Hill that he was told by Russian "
        "nuclear executives that Moscow had hired the American lobbying firm.",
        "The informant",
    ),
    (  # (ptc:703698295, judged wrong)
        "Perhaps the most astonishing aspect of this little incident is just how completely blind the US bishops are "
        "to what political analysts call the “optics”.",
        "political analysts call",
    ),
    (  # (ptc:999001619, judged wrong)
        "Despite all this, even analysts critical of the Guardian’s behaviour have shown a glaring failure to "
        "understand that its latest coverage represents not an aberration by the paper but decisively fits with a "
        "pattern.",
        "even analysts",
    ),
    (  # (ptc:770156851, judged wrong)
        "While GOP grass roots have begged for measures to control our bleeding southern border, they were "
        "regularly denounced as nativists by party elites, many of whom are now backing Trump’s wall.",
        "were regularly denounced as",
    ),
    (  # (ptc:728169864, judged wrong)
        "The book is a version of the Quran that was banned by the Los Angeles public school system, in February "
        "2002, for containing numerous anti-Semitic commentaries.\nIn it, Jews are described as: “arrogant,” "
        "“jealous,” “selfish,” and “under divine displeasure.”",
        "are described as",
    ),
    (  # (ptc:727634031, judged wrong)
        "But in Friday's criminal complaint, investigators say Haig and an associate also claimed they sold to "
        "Paddock other ammunition at a Las Vegas gun show in August.",
        "investigators say",
    ),
    (  # (ptc:762160164, judged wrong)
        "And when questioned by lawmakers about the possibility of granting Iran any kind of access to the U.S. "
        "financial system, Obama-era officials never volunteered that the specific license had been issued two "
        "months earlier.",
        "lawmakers",
    ),
    (  # (ptc:700662577, judged wrong)
        "A giant government-owned hospital ship, the USNS Comfort, arrived in Puerto Rico weeks ago to help out, but "
        "many people don’t know about the ship.",
        "many people",
    ),
    (  # (ptc:697454736, judged wrong)
        "A moral catastrophe is self-evidently underway and it is not possible honestly to deny its cause.",
        "evidently",
    ),
    (  # (ptc:709732928, judged wrong)
        "Apparently, Solomon has learned that the FBI informant has evidence of the push for nuclear fuel deals.",
        "Apparently",
    ),
    (  # (ptc:790720714, judged wrong: Kavanaugh is the one who says her friends said so)
        "Kavanaugh even responded by pointing out that even her friends said they don't recall such an incident.",
        "even her friends",
    ),
    (  # (ptc:782086447, judged wrong)
        "In the letter, Father Ramsey affirms that there was a recurring rumor in the seminary that the Archbishop "
        "shared his bed with seminarians.",
        "recurring rumor",
    ),
]

STILL_FOUND = [
    (  # an informant nobody names
        "The informant said in a statement that he was told by Russian executives that Moscow had hired the firm.",
        "The informant",
    ),
    (  # a vague group calling something a name is a verdict of theirs
        "Political analysts call the plan a disaster for the party.",
        "Political analysts call",
    ),
    (  # analysts showing what they found
        "Analysts have shown that the decline began in 2010.",
        "Analysts have shown",
    ),
    (  # "is known to" passes on what someone knows
        "He is known to have fled the country in 2010.",
        "is known to",
    ),
    (  # the judges the parser hung on the complement are a vague group: that is the finding
        "The plan was denounced as reckless by critics.",
        "critics",
    ),
    (  # an unnamed report is no document the article brought up
        "In a report, critics say the plan failed.",
        "critics say",
    ),
    (  # questioned as a doubt cast on a claim
        "The claims have been questioned by experts.",
        "experts",
    ),
    (  # a crowd's view
        "Most people still don't believe what she has to say.",
        "Most people",
    ),
    (  # the hedge with nobody named in its clause
        "Apparently, the informant has evidence of the push for nuclear fuel deals.",
        "Apparently",
    ),
    (  # the ones who respond by saying are the speakers, here an unnamed group
        "Critics responded by saying that the plan would fail.",
        "Critics",
    ),
    (  # the name a vague group gives with an adjective is a verdict (a kept test of an earlier round)
        "Plastic bags end up in the ocean, playing what environmental activists call a significant role in climate "
        "change.",
        "environmental activists call",
    ),
    (  # officials who affirm are an unnamed source
        "Officials affirmed that the bridge would reopen next week.",
        "Officials affirmed",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


SLIPS_LEFT_ALONE = [  # judged wrong, now left alone: (text, check)
    # (ptc:758469195)
    ("Symptoms, sounds and sensations reportedly varied dramatically from person to person, according to The "
     "Associated Press.", "subject_verb_comma"),
    # (ptc:782086447)
    ("And how many other evil pastors is Francis still continuing to prop up in their active destruction of the "
     "Church!", "subject_verb_agreement"),
    # (ptc:697454736)
    ("Then in a Sept. 28 ‘17 LifeSiteNews article, he states that the generous response is owed to God.",
     "number_noun_agreement"),
    # (ptc:780414700)
    ("I will continue to require (with our men and our funds) that all seminaries to which we send men to study "
     "be vigilant that seminarians are protected from sexual predators.", "verb_form"),
    # (ptc:700461600)
    ("Sunday's editorial in The Washington Post, \"The Next Mideast Wars,\" raises the crucial questions now "
     "before us.", "scare_quotes"),
    # (ptc:729578579)
    ("The nuncio has prepared the triad [the “terna” or list of three candidates].", "misspelling"),
    # (ptc:999001621)
    ("If the sources lied to Harding and Collyns, the most logical explanation is that the story is false.",
     "misspelling"),
]


SLIPS_STILL_FOUND = [  # the same checks still find the slip: (text, check, words)
    ("The woman, sounds like she is tired.", "subject_verb_comma", "woman, sounds"),
    ("The report says the program are failing.", "subject_verb_agreement", "program are"),
    ("They waited three hour for the bus.", "number_noun_agreement", "three hour"),
    ("He is one of the most unpleasant people to ever hold be a public servant.", "verb_form", "hold be"),
    ("The National Democratic Party, a “powerful hate group,” held a rally.", "scare_quotes",
     "The National Democratic Party, a “powerful hate group,”"),
    ("He went to the libary and the store.", "misspelling", "libary"),
    # (polnear_train:west-journal_2015-12-21_revealed-what-isis-propaganda-vi, judged right: quoted, no gloss)
    ("They state their goal is to expand “califphate” and also address the lines.", "misspelling", "califphate"),
    # (fakenewsamt:fake/sports34.fake.txt, judged right: a country beside others, no person)
    ("He joined others, including players from Hurngary, France, and Brazil.", "misspelling", "Hurngary"),
]

test_judged_wrong_and_now_left_alone, test_the_same_checks_still_find_the_slip = slip_tests(
    SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND
)
