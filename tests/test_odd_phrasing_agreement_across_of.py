"""odd_phrasing 0.39.21: a singular subject whose verb agreed with the plural of an "of" phrase after it ("An
initial scan of the messages appear"), and agreement checked in a clause a reporting verb closes ("..., the
report found").

An "of" phrase gives the verb its number after a part, an amount, a container or a group ("a number of cases
rise", "a bowl of skittles are", "a large section of people have", "the rest of the players were"); after any
other singular common noun the verb takes the noun's number. A clause before "the report found" or "he said" is
a statement, as one after "he said that" is, never a bare subjunctive. Real passages; the corpus is in the comment.
"""

from __future__ import annotations

from odd_cases import check_tests

SLIPS = [
    # buzzfeed_webis_2016 (credible)
    (
        "An initial scan of the messages appear to show chatter mostly regarding event planning details, such as "
        "requesting an appearance.",
        "scan of the messages appear",
    ),
    # buzzfeed_webis_2016 (credible), the clause closed by its reporting verb
    (
        "Support for minor party candidates tend to fall when the leaves do, the pollster said.",
        "Support for minor party candidates tend",
    ),
]

LEFT_ALONE = [
    # fakenewsnet_politifact_defend (fake), a tuning set: a part of a group
    (
        "In California, where Facebook is based, a large section of people have already begun protesting against "
        "this move.",
        "section of people have",
    ),
    # a container and the rest of a group give the number
    ("A bowl of skittles are on the table, the clerk said.", "bowl of skittles are"),
    ("The rest of the players were happy with the result, he said.", "rest of the players were"),
    # a verb of perceiving takes a bare infinitive ("saw the value ... start")
    ("Residents saw the value of homes in those surrounding areas start to climb.", "value of homes"),
]

test_across_of_slips_are_found, test_parts_and_groups_are_left_alone = check_tests(
    "subject_verb_agreement", SLIPS, LEFT_ALONE
)
