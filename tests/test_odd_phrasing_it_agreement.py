"""odd_phrasing: "it" with a bare verb, and a pronoun's bare verb after "that" under a verb of saying or
finding.

"it" stood outside the pronoun agreement check because it is often the subject of a small clause ("thought
it appropriate", "made it happen"); it is checked now where no verb (or "to", "let") stands right before it,
and never with "be" ("whether it be science or medicine"). A bare verb after "that" was always read as a
mandative subjunctive ("demanded that he resign"); under a verb of saying or finding ("revealed that",
"said that") the clause is a statement and its verb must agree. Real passages; the article id is in the
comment.
"""

from __future__ import annotations

from odd_cases import check_tests

SLIPS = [
    # buzzfeed_webis_2016:1391
    (
        "The organization's IRS filings revealed that it spend just short of $91.3 million in 2014.",
        "it spend",
    ),
    # buzzfeed_webis_2016:0774
    ("It's a cartoon and it raise a very valid question about the school board.", "it raise"),
    # a statement after a verb of saying takes an agreeing verb
    ("The coach said that he go to practice every morning before work.", "he go"),
]

LEFT_ALONE = [
    # buzzfeed_webis_2016:0555: the subjunctive
    ("The establishment of any field of study, whether it be science or medicine, resists change.", "it be"),
    # small clauses after a verb
    ("They made it happen last year.", "it happen"),
    ("We thought it appropriate to leave early.", "it appropriate"),
    ("Let it go.", "it go"),
    # mandative clauses keep their bare verb
    ("Officials demanded that he resign at once.", "he resign"),
    ("He argued that he be allowed to stay in the country.", "he be"),
]


test_slip_found, test_left_alone = check_tests("subject_verb_agreement", SLIPS, LEFT_ALONE)
