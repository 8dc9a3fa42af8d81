"""Judged round sixty-four (seed 4042, docs/accuracy.md): the last 46 unread fake-site articles of the news corpora
(buzzfeed_webis_2016, the three FakeNewsNet collections, celebrity), on the code of hedged_sourcing 0.33.39 and
odd_phrasing 0.39.36; 119 of 133 findings right as judged. Fixed after it, each beside a passage the same rule must
keep finding:

- hedged_sourcing: "Considering ..." opening a sentence means "given", it has no speaker; a rumoured thing someone
  was asked about is the question's topic; "zero evidence" is no evidence; a capitalised name as what something "is
  considered" is an official designation; a yes/no question asks and claims nothing.
- odd_phrasing: "What this signals is" (a pronoun, not a determiner); "these two split" (a number standing for two
  people before a verb); "revulsed" (a verb formed back from "revulsion"); a loaded word inside single quotation
  marks that hold an apostrophe ("a ‘lizard’s shit’"); and from round sixty-two, a term quoted alone that the web
  has seen ("a divided “munus”").

Left alone, judged wrong: a joke the writer flags ("High treason! (Kidding.)"); a law's own words reported ("Shariah
law states that homosexuality is an abominable form of sexual sin"); a relative clause whose antecedent is the
earlier plural ("the states throughout the country that protect"); a block quotation introduced by a line too long
to read as an introduction ("Media Matters goes on to talk about ... :"); "allegedly" sourced a paragraph later.

Tried and dropped: a passage introduced by "X reports:" read on past the blank line after it, in text set in
paragraphs. Over every judged round it took one right finding (anonymous whistleblowers in a quoted Fox News
report, which relays them) and no wrong one.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (celebrity:fake/116fake.txt, judged wrong)
        "Yeah, calling for these two split seems a bit harsh for a social media slip-up, right? Considering how "
        "much Selena is “in love” with Justin, perhaps her fans could relax a bit?",
        "her fans",
    ),
    (  # (celebrity:fake/137fake.txt, judged wrong)
        "(Her mother Tish Cyrus made the same point when asked about a rumored Miley-Liam elopement in June, too.)",
        "rumored Miley-Liam elopement",
    ),
    (  # (fakenewsnet_old_buzzfeed:BuzzFeed_Fake_1, judged wrong)
        "Leaked emails have shown that some Clinton Foundation donors have gotten meetings with Clinton and that "
        "others were turned down. There is zero evidence of pay to play.",
        "There is zero evidence",
    ),
    (  # (buzzfeed_webis_2016:0828, judged wrong)
        "The entire region is considered a High Intensity Drug Trafficking Area due to large amounts of meth, "
        "heroin, cocaine and marijuana smuggled through the state by Mexican traffickers.",
        "is considered",
    ),
    (  # (fakenewsnet_politifact_defend:politifact13468, judged wrong: a reader's checklist run together)
        "Things to ask yourself before you share a claim. Is this the source I think it is?Has this been reported "
        "anywhere else?Is there more than one piece of evidence for this claim?",
        "this been reported",
    ),
]

STILL_FOUND = [
    (  # a participle whose subject is the main clause's speaker
        "Critics attacked the plan, saying it would cost jobs.",
        "Critics attacked",
    ),
    (  # a rumoured thing told as news, not asked about
        "Cyrus was spotted at dinner with her rumored new boyfriend on Friday.",
        "rumored new boyfriend",
    ),
    (  # a judgement passed off as common ground: a common noun phrase, and an adverb
        "He is considered a top contender for the job.",
        "is considered",
    ),
    (
        "The senator is widely considered a Rising Star of the party.",
        "is widely considered",
    ),
    (  # the statement after the question, and a question that opens with no auxiliary
        "Has it been reported that the mayor quit? It has been reported that the mayor quit.",
        "It has been reported",
    ),
    (
        "Why do experts say the vaccine is dangerous?",
        "experts say",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (ptc:730389374 in round sixty-three, judged wrong)
    ("What this signals is a change of heart among the bishops.", "determiner_noun_agreement"),
    # (celebrity:fake/116fake.txt, judged wrong)
    ("Yeah, calling for these two split seems a bit harsh for a social media slip-up, right?",
     "number_noun_agreement"),
    # (fakenewsnet_politifact_defend:politifact15540, judged wrong)
    ("According to the article, a handful of her workers are gay, and many others are revulsed by Sanders’ "
     "treatment of this emergency.", "misspelling"),
    # (ptc:738207834 in round sixty-two, judged wrong: a term quoted alone that the web has seen)
    ("Gone is all that rubbish from Ganswein about there being a divided “munus” – with an active member and a "
     "contemplative member.", "misspelling"),
    # (fakenewsnet_old_politifact:PolitiFact_Fake_19, judged wrong)
    ("Trump went on further to describe the actions of the outgoing president as that of a ‘lizard’s shit’.",
     "loaded_word"),
]

SLIPS_STILL_FOUND = [
    ("What this findings show is unclear.", "determiner_noun_agreement", "this findings"),
    # (polnear_train huff-post, judged right)
    ("Thus, Erdogan decided to play all this cards with Russia, the US, Iran, and the Gulf States.",
     "determiner_noun_agreement", "this cards"),
    ("We saw three data center in Ohio.", "number_noun_agreement", "three data center"),
    ("The goverment said it would act.", "misspelling", "goverment"),
    # (a PolNeAR Western Journal round, judged right: quoted alone, but no word the web has seen)
    ("They state their goal is to expand “califphate” and also address the territories.", "misspelling",
     "califphate"),
    ("Trump went on further to describe the actions of the outgoing president as that of a lizard’s shit.",
     "loaded_word", "shit"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
