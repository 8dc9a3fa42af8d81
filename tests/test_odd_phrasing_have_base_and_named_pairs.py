"""odd_phrasing: a base form after "have" ("has be offered", "have grow", "has spend"), and two people
joined by "and" with a verb for one ("Meghan, 35, and Harry, 32, seems").

A base form after an auxiliary "have" was judged only where the tagger called it a past form; it is judged
now when it stands right after "have" (only adverbs and "not" between), and "be" is judged on its own ("has
be offered": the form is "been"). A pronoun subject that follows a noun ("the only two we have show that")
opens a relative clause without "that", where the word after "have" is the main verb. Two persons joined
by "and" take a plural verb; a coordinated subject that makes one thing ("research and development is") is
never judged, because both names must be persons (by NER, or each with an age). Real passages; the article
id is in the comment.
"""

from __future__ import annotations

from odd_cases import check_tests, odd

from scorer.testing import run_signal

PARTICIPLE_SLIPS = [
    # buzzfeed_webis_2016:0308
    (
        "Sen. Lindsey Graham and others have suggested that Rahami be detained by the military as an enemy "
        "combatant, in part so he would not have be read his Miranda rights.",
        "have be",
    ),
    # fakenewsnet_old_buzzfeed (fake): Snowden
    ("He currently resides in Russia, this is where he has be offered asylum for one year.", "has be"),
    # fa_kes
    ("The three others among the dead had not be identified yet.", "had not be"),
    # celebrity (credible)
    (
        "Over the last few months, fans of the actor's take on the Gotham vigilante have grow increasingly "
        "worried about whether Affleck would return.",
        "have grow",
    ),
    # buzzfeed_webis_2016:0735
    (
        "The attacks gave Trump a good opening to reiterate that Hillary has spend hundreds of millions of "
        "campaign dollars on vicious attack ads on TV.",
        "has spend",
    ),
]

PARTICIPLES_LEFT_ALONE = [
    # liar: "we have" is a relative clause; "show" is the main verb
    ("The only two (Donald Trump tax returns) we have show that he hasnt paid a penny in taxes.", "have show"),
    ("The only two returns we have show that he paid nothing.", "have show"),
    # participles the same as the base form, "have to", "had better"
    ("They would have come home early if the roads had been open.", "have come"),
    ("You have to be there by noon.", "have to be"),
    ("He had better be careful next time.", "had better be"),
    ("Where you have drive-up daiquiri shops, you have trouble.", "have drive"),
]

NAMED_PAIRS = [
    # celebrity:legit/036legit.txt
    (
        "Meghan, 35, and Harry, 32, seems to be moving relatively quickly after getting together mid-last year.",
        "Meghan, 35, and Harry, 32, seems",
    ),
    ("Kim Kardashian and Kanye West was spotted in Paris on Tuesday.", "Kim Kardashian and Kanye West was"),
]

NAMED_PAIRS_LEFT_ALONE = [
    # buzzfeed_webis_2016:1042: the second name runs on into a foundation's name, "studies" its verb
    (
        "The Dr. Miriam and Sheldon G. Adelson Medical Research Foundation studies medical marijuana in its "
        "facility in Tel Aviv.",
        "studies",
    ),
    # buzzfeed_webis_2016:1172: "campaigns" is a noun
    (
        "There were no talking points or fact sheets, as there had been in the Romney, McCain and Bush campaigns.",
        "campaigns",
    ),
    # liar: the parser split the sentence after "Sens."; "part" is the subject
    (
        "A major part of the climate change bill sponsored by Sens. John Kerry and Joe Lieberman was "
        "essentially written by BP.",
        "Lieberman was",
    ),
    # one thing made of two, and the distributive
    ("Research and development is costly for small firms.", "development is"),
    ("Each of Smith and Jones is to blame for the loss.", "Jones is"),
    ("Donald Trump and Hillary Clinton are tied in the latest poll.", "Clinton are"),
]


test_base_form_after_have_found, test_base_form_after_have_left_alone = check_tests(
    "wrong_participle", PARTICIPLE_SLIPS, PARTICIPLES_LEFT_ALONE
)
test_two_people_with_a_verb_for_one_found, test_two_names_left_alone = check_tests(
    "subject_verb_agreement", NAMED_PAIRS, NAMED_PAIRS_LEFT_ALONE
)


def test_be_after_have_names_been() -> None:
    (finding,) = run_signal(odd(), "This is where he has be offered asylum for a year.").findings
    assert "'been'" in finding.message
