"""hedged_sourcing: a passive of belief without its auxiliary, whatever the parser made of it.

"a man believed to be the gunman" was found; "believed to have been sent by ..." was not, because the
"to" clause's head is "sent" (with "have been" as its auxiliaries), not "be" or "have"; nor was such a
participle after a comma that the parser made a conjunct of the main verb, with no subject of its own
("15,000 documents recovered by the FBI, believed to have been sent ..."). An errand after the verb ("said
to cost billions") and a finite verb with its own subject stay alone. Real passages; the article id is in the
comment.
"""

from __future__ import annotations

from hedged_cases import passage_tests

FOUND = [
    # buzzfeed_webis_2016:0441
    (
        "The State Department has appraised approximately 15,000 documents recovered by the FBI, believed to "
        "have been sent by or to former Secretary Clinton while she was in office.",
        "believed to",
    ),
    # buzzfeed_webis_2016:1040
    (
        "The first big blow came Saturday after an apparently errant U.S. airstrike believed to have killed "
        "dozens of Syrian government soldiers.",
        "believed to",
    ),
    # fa_kes:1962495686
    (
        "He uploaded photographs showing a huge cache of rifles and rocket-propelled grenade launchers, all "
        "thought to have been seized by the Kurdish fighters.",
        "thought to",
    ),
    # the form that was found before
    ("Police arrested a man, believed to be the gunman, on Tuesday.", "believed to"),
]

LEFT_ALONE = [
    # an errand, not a state: who said it is not the question
    ("He criticised the plan, said to cost billions.", "said to"),
    # a finite verb with its own subject and "and"
    ("He was sorry, and said to be leaving soon.", "said to"),
    ("She believed him to have been at home.", "believed"),
]

test_left_alone, test_found = passage_tests(LEFT_ALONE, FOUND)
