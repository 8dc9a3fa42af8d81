"""Judged round fifty-three (seed 4031, docs/accuracy.md): 40 articles of the Propaganda Techniques Corpus's test
split (``judged_rounds.py draw --ptc 40``; 2018-2019 stories and columns on Brexit and the Mueller inquiry from
partisan and mainstream sites, one sentence per line), on the code of hedged_sourcing 0.33.31 and odd_phrasing
0.39.29; 49 of 68 findings right as judged (hedged_sourcing 23/34, odd_phrasing 24/31, internal_contradiction 2/3).
Fixed after it, each beside a passage the same rule must keep:

- hedged_sourcing: a decision on a deal ("Lawmakers rejected her deal"); a passive judgement whose judge
  follows the quoted words ("described as “a type of fascism” by the Speaker of the House of Commons"); talk of
  an open question ("speculation over whether Mueller ... would produce any indictments"); a sentence explaining
  why the source just given is unnamed ("That person ... was not authorized to discuss the probe and asked for
  anonymity");
- odd_phrasing: "May"/"Will" opening a sentence before a past form (Theresa May); "'s" + a modal after a noun
  (an elliptical possessive: "the special counsel's would not be the last word"); "a brief heads-up"; a British
  plural verb after "electorate";
- internal_contradiction: a word made from a name ("Leaver MPs" beside "Leave").

Left alone, judged wrong: "reportedly" before "The Seattle Times first reported that ..." (readers of the
marked sets queried both such cases there); a quotation the corpus's one-sentence lines cut in two (its speaker
two lines on); an anonymous official quoted by named papers, the label in scare quotes; "are also known to"
backed by named cases after it; "is seen as too pro-EU for the ERG's liking"; "it emerged"; "Democrats also
expressed concern" with Pelosi and Schumer named before; "It gets worse though:" before a quotation.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction
from odd_cases import slip_tests

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (ptc:830821478, judged wrong)
        "Lawmakers rejected her deal for a second time on Tuesday night in a defeat which was only marginally better "
        "than in January when it suffered the worst defeat in parliamentary history.",
        "Lawmakers rejected",
    ),
    (  # (ptc:815858385, judged wrong)
        "Goddard, whose actions were described as “a type of fascism” by the Speaker of the House of Commons, had "
        "challenged the MP for the Leave-supporting constituency of Broxtowe.",
        "were described as",
    ),
    (  # (ptc:833024696, judged wrong)
        "The filing of Mueller’s report came after weeks of intense speculation over whether Mueller, a former FBI "
        "director who has remained invisible while the investigation plodded ahead, would produce any indictments "
        "or evidence that would support the impeachment of Trump.",
        "intense speculation",
    ),
    (  # (ptc:832948083, judged wrong: the official of the sentence before, flagged there)
        "A Justice Department official confirmed that no further indictments were recommended.\nThat person, who "
        "described the document as “comprehensive,” was not authorized to discuss the probe and asked for anonymity.",
        "not authorized to discuss",
    ),
]

STILL_FOUND = [
    (  # judged wrong in the round (ptc:833028932), but readers of the marked sets queried "reportedly" before an
        # outlet's report in the next sentence both times it came up (a celebrity report before "RadarOnline.com
        # reports that ...", and once in a blind set), so it stays
        "The FBI has reportedly joined a criminal investigation of the certification process for Boeing's 737 Max 8 "
        "jets, two of which have crashed since October, killing 346 people.\nThe Seattle Times first reported that "
        "the bureau is assisting federal aviation investigators in a federal grand jury probe based in Washington, "
        "DC, looking into the process.",
        "reportedly",
    ),
    (  # a verdict on a claim, not a decision on a deal
        "Critics rejected the claim that the deal would protect jobs.",
        "Critics rejected",
    ),
    (  # a judgement nobody is named for
        "His actions were described as “a type of fascism” in the debate that followed.",
        "were described as",
    ),
    (  # talk that asserts something
        "There is intense speculation that the pair have split.",
        "intense speculation",
    ),
    (  # a question of who, in talk of a plan (polnear_train:wash-post_2016-06-27, judged right)
        "Among aides, there is chatter about who might staff such an organization, which might resemble Democracy "
        "for America.",
        "there is chatter",
    ),
    (  # a speaking verb, not a request for anonymity (fa_kes:1924058103, judged right; commas stripped)
        "The casualties included women and children said local sources speaking on condition of anonymity due to "
        "security concerns.",
        "speaking on condition of anonymity",
    ),
    (  # the same official, flagged where the claim is made
        "A Justice Department official confirmed that no further indictments were recommended.\nThat person, who "
        "described the document as “comprehensive,” was not authorized to discuss the probe and asked for anonymity.",
        "A Justice Department official",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


SLIPS_LEFT_ALONE = [  # judged wrong, now left alone: (text, check)
    # (ptc:817176202, ptc:830821478: Theresa May, one sentence per line)
    ("The talks had stalled.\nMay sought to negotiate the Brexit plan with the EU.", "verb_form"),
    ("May revealed in July last year that Trump told her the best way forward would be to sue the EU.",
     "verb_form"),
    # (ptc:832948083)
    ("As Mueller’s probe has wound down, Democrats have increasingly shifted their focus to their own "
     "investigations, ensuring the special counsel’s would not be the last word on the matter.", "verb_form"),
    ("The White House did receive a brief heads-up on the report’s arrival Friday.", "determiner_noun_agreement"),
    # (ptc:817147979, a London writer)
    ("Rather, it is an elective oligarchy whereby the electorate are offered an opportunity every few years to "
     "choose between competing parts of the elite.", "subject_verb_agreement"),
]


SLIPS_STILL_FOUND = [  # the same checks still find the slip: (text, check, words)
    ("The talks had stalled.\nWe may sought a new deal.", "verb_form", "may sought"),
    ("But there's may not be any money left for the schools.", "verb_form", "'s may"),
    ("She bought a brief heads of lettuce.", "determiner_noun_agreement", "a brief heads"),
    ("The report says the program are failing.", "subject_verb_agreement", "program are"),
]

test_judged_wrong_and_now_left_alone, test_the_same_checks_still_find_the_slip = slip_tests(
    SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND
)


def _name_spellings(text: str) -> list[str]:
    return [f.text for f in run_signal(InternalContradiction(), text).findings if f.check == "name_spelling"]


def test_a_word_made_from_a_name_is_no_second_spelling() -> None:
    # (ptc:817147979, the sentences with "Leave" quoted)
    text = (
        "With a Leaver PM and a Leaver-dominated Cabinet, there would still have been a potential problem.\n"
        "Leave voters might well punish Remainer MPs in Leave constituencies.\n"
        "Significant numbers of Leave MPs have embraced the idea.\n"
        "That applies just as much to Remainer MPs as Leaver MPs."
    )
    assert _name_spellings(text) == []


def test_a_name_used_three_times_and_once_misspelt_is_still_found() -> None:
    text = (
        "Lafarge built the plant in 2010. Lafarge said it paid the fees. Lafarge has since sold the site. "
        "Critics say Lefarge knew of the payments."
    )
    assert _name_spellings(text) != []
