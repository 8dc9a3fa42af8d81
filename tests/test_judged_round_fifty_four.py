"""Judged round fifty-four (seed 4032, docs/accuracy.md): the last 45 articles of 150 words or more of the
Propaganda Techniques Corpus's test split (``judged_rounds.py draw --ptc 45``), on the code of hedged_sourcing
0.33.32 and odd_phrasing 0.39.30 (after round fifty-three's fixes); 64 of 98 findings right as judged
(hedged_sourcing 32/50, odd_phrasing 30/45, internal_contradiction 2/3). Fixed after it, each beside a passage the
same rule must keep:

- hedged_sourcing: a Brexit camp in the bare plural ("Brexiteers fear the EU will ...", as "Liberals know");
  "considering" + an act ("advisors are considering making approval ... 'subject to' ..."); a passive credited
  in its sentence ("Thanks to Paul Sperry over at Real Clear Investigations, it was revealed ...");
- odd_phrasing: a name before its homograph ("Theresa May may resign"); a country after "in" ("In Syria
  President Bashar al-Assad is reasserting control"); a name after "watch"/"let"/"make" ("Watch Viktor Orban
  smile"); a label someone else gives ("After labeling Trump a traitor"), a word mentioned ("look up the word
  traitor"), "resigning in disgrace"; tweets signed on a line of their own (``scorer.embedded_posts``);
- internal_contradiction: a word made from a name with "-y" ("Brexity" beside "Brexit").

Left alone, judged wrong: sources named in the next sentence or paragraphs later ("Leading Brexit campaigners
have said", "May's allies", "May's supporters have argued", "it has been revealed" before "Scotland Yard
confirmed to The Telegraph"); a survey whose makers the article names later; groups that are the story's topic
("Some Canadian Yellow Vesters have denounced", "an anonymous forum user", "even lawmakers who think it's a good
idea", "Remain supporters accusing her"); "Democrats also expressed concern" with Pelosi and Schumer named around
it (the same AP copy as round fifty-three's); "I heard" with "came from Tony Mangan"; "apparently" before its
evidence; "leftist" as a label; words inside a quotation the corpus's one-sentence lines cut in two.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction
from odd_cases import slip_tests

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (ptc:813949697, judged wrong)
        "Brexiteers fear the EU will unreasonably demand the backstop continues so EU law continues to apply in "
        "Northern Ireland.",
        "Brexiteers fear",
    ),
    (  # (ptc:814403543, judged wrong)
        "The prime minister’s advisors are considering making approval of the deal “subject to” May’s Government "
        "obtaining assurances that the Irish backstop will be temporary.",
        "advisors are considering",
    ),
    (  # (ptc:833039623, judged wrong; a caption run into the sentence, as the corpus has it)
        "Ear-splitting shrieking of the 90%-media supported loony left Thanks to Paul Sperry over at Real Clear "
        "Investigations, it was revealed only days before delivery of Mueller’s Special Counsel Report that dirty "
        "dossier writer, Christopher Steele is still on the payroll.",
        "it was revealed",
    ),
]

STILL_FOUND = [
    (  # a camp said to state a claim
        "Brexiteers argued that the deal was a betrayal of the referendum.",
        "Brexiteers argued",
    ),
    (  # holding a view, not weighing an act
        "Her advisers consider the deal a disaster.",
        "Her advisers consider",
    ),
    (  # a gerund that is what is judged (ptc:789615291)
        "Especially after the recent charges, politicians consider bucking the narrative to be as politically "
        "suicidal as proposing to reform Social Security.",
        "politicians consider",
    ),
    (  # thanks to no one who can be asked
        "Thanks to the leak, it was revealed that Steele is still on the payroll.",
        "it was revealed",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

#: The lines before "Watch Viktor Orban smile" in ptc:829815104, which give the parser the name.
_ORBAN = (
    "Mario Draghi at the European Central Bank did his part, going full dove for the rest of 2019 to keep markets "
    "from imploding.\nAnd if Brexit is settled on WTO terms that opens up their worst nightmare going forward.\n"
    "Watch Viktor Orban smile the smile of the just at that point."
)


SLIPS_LEFT_ALONE = [  # judged wrong, now left alone: (text, check)
    # (ptc:814403543, ptc:829267754)
    ("Prime Minister Theresa May may again push back the final House of Commons vote on her EU Withdrawal "
     "Agreement.", "doubled_word"),
    ("Theresa May may resign first, or not.", "doubled_word"),
    # (ptc:813601978)
    ("In Syria President Bashar al-Assad is reasserting control after Trump's shock announcement of a US troop "
     "withdrawal from the country.", "country_for_adjective"),
    (_ORBAN, "subject_verb_agreement"),
    # (ptc:833036489, ptc:830359136, ptc:813552066)
    ("After labeling Trump a traitor the audience the clapped in approval.", "loaded_word"),
    ("And yet, look up the word traitor in the dictionary.", "loaded_word"),
    ("He could ask why few senior members of the Trump administration seem able to hang on to their jobs for "
     "more than a matter of months before resigning in disgrace or quitting.", "loaded_word"),
    # (ptc:813494037: a tweet signed on a line of its own)
    ("However, a host of Londoners rushed to Twitter to accuse their mayor of politicising the celebrations.\n"
     "I cannot believe this event has been politicised.\nThis man has no shame.\nJust resign.\n"
     "— wayne campbell (@campbs177) 31 December 2018", "loaded_word"),
]


SLIPS_STILL_FOUND = [  # the same checks still find the slip: (text, check, words)
    ("He said the the report was late.", "doubled_word", "the the"),
    ("The the report was late.", "doubled_word", "The the"),
    ("He met Syria President Bashar al-Assad on Monday.", "country_for_adjective", "Syria President"),
    ("In the debate, Donald Trump look scary.", "subject_verb_agreement", "Trump look"),
    ("Blair is a traitor.", "loaded_word", "traitor"),
    ("He is a disgrace to the office.", "loaded_word", "disgrace"),
]

test_judged_wrong_and_now_left_alone, test_the_same_checks_still_find_it = slip_tests(
    SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND
)


def test_a_word_made_from_a_name_with_y_is_no_second_spelling() -> None:
    # (ptc:830274102: "Brexity" in a speaker's quotation, "Brexit" throughout)
    text = (
        "Brexit was meant to be delivered by March. Brexit is now delayed. The Brexit deal failed again.\n"
        "\"This is as Brexity as it's going to get for them,\" Masterton said."
    )
    found = [f.text for f in run_signal(InternalContradiction(), text).findings if f.check == "name_spelling"]
    assert found == []
