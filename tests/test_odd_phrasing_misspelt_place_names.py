"""odd_phrasing: a misspelt name that the web has seen a little ("Philadephia", "Hydrabad", "Quaran").

A capitalised word was called a misspelt name only when the web had (nearly) never seen it (zipf below
1.0). Slips of well-known names are written often enough to sit a little above that; up to 1.5 they are
found, while names of their own one letter from a common word ("Belieber", "Monsey", "Tatler", "Whaley's",
"Baghdadi", at 1.6 and above) stay out. Real passages; the corpus is in the comment.
"""

from __future__ import annotations

from odd_cases import check_tests

SLIPS = [
    # fakenewsnet_politifact_defend (credible)
    (
        "In elections in 2006, 2007, 2008, 2010, and 2011, votes were cast in-person in Philadephia, PA, by an "
        "individual named Joseph Cheeseboro.",
        "Philadephia",
    ),
    # fakenewsnet_old_buzzfeed (fake)
    (
        "The list of drug manufacturers: Ranbaxy; Cipla of Mumbai, India; Matrix Labs of Hydrabad, India; Aspen "
        "Pharmacare of Johannesburg, South Africa.",
        "Hydrabad",
    ),
    # buzzfeed_webis_2016 (fake)
    ("It is not really shocking at all. The BBC journalist narrated as Robert defaced the Quaran!", "Quaran"),
    # fa_kes (credible): a dateline glued to the sentence
    ("Published April 2 2017 Oposition sources claimed on Sunday that Russian jets hit a town.", "Oposition"),
]

LEFT_ALONE = [
    # celebrity (credible): the fans' own name
    ("Justin Bieber shocked the Belieber community worldwide yesterday when he abruptly canceled.", "Belieber"),
    # attribution_polnear: a town
    ("Rachel Berg, a philanthropist from Monsey, New York, said the speeches had moved her.", "Monsey"),
    # celebrity (credible): a magazine
    ("She's US-born, used to be a fashion editor at Tatler and she's got Wintour's seal of approval.", "Tatler"),
    # buzzfeed_webis_2016 (credible): a bar
    (
        "Rep. Debbie Wasserman Schultz had a 50th birthday party last night at Whaley’s in Navy Yard.",
        "Whaley",
    ),
    # fakenewsnet_politifact_defend (credible): a surname
    ("The problem also is that Baghdadi has said he is going to put terrorist operatives in.", "Baghdadi"),
]

test_misspelt_names_are_found, test_names_of_their_own_are_left_alone = check_tests(
    "misspelling", SLIPS, LEFT_ALONE
)
