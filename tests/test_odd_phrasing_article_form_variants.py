"""odd_phrasing: a capitalised word the web has never seen, one keystroke from a word the same article
writes correctly ("According to Politco" after "Politico's"; "St. Cloud, Minnetota" after "Minnesota").

The article's own spelling is the evidence, so the word is judged even beside another capitalised word
("Operation Eurphrates Shield") and when the correct form is a name of middling frequency. Left alone: two
spellings of a rare transliteration (both forms rare on the web), a possessive that lost its apostrophe
("Syrias" beside "Syrian"), and a person's name spelt two ways, which the contradiction signal reports.
Real passages, shortened; the corpus is in the comment.
"""

from __future__ import annotations

from odd_cases import check_tests

FOUND = [
    # fakenewsnet_old_buzzfeed (fake)
    (
        "Donald Trump lied 87 times, according to Politico's fact-check. According to Politco, Donald Trump "
        "accumulated 87 lies in one week.",
        "Politco",
    ),
    # buzzfeed_webis_2016 (credible)
    (
        "The attack in Minnesota shocked the town. A man said to be affiliated with ISIS stabbed nine people at "
        "a mall in St. Cloud, Minnetota.",
        "Minnetota",
    ),
    # fa_kes (credible)
    (
        "The Euphrates Shield operation will go on, Cavusoglu said. Turkey is determined to push ahead with the "
        "offensive in northern Syria dubbed Operation Eurphrates Shield.",
        "Eurphrates",
    ),
    # fakenewsamt (credible)
    (
        "Facebook Messenger users can now show how they feel about messages. Like the emoji available on the "
        "social network, the Messeger Reactions announced Thursday come in seven kinds.",
        "Messeger",
    ),
    # fa_kes:1919191742 (credible): "Observatory" three times, once a common noun's capital the contradiction
    # signal does not count as a name, so it reports nothing and the slip is this signal's
    (
        "The British-based Syrian Observatory for Human Rights said 48 were killed. The attack is among the "
        "deadliest in the city for years the British-based Syrian Obervatory for Human Rights said. The "
        "Observatory relies on a network of activists. Said the Observatory: the toll may rise.",
        "Obervatory",
    ),
    # fakenewsnet_politifact_defend (fake)
    (
        "The Democrats are desperate. This is a last-ditch, hail mary pass effort from the Democats to slander "
        "a man they have hated for years.",
        "Democats",
    ),
]

LEFT_ALONE = [
    # fa_kes (fake): two transliterations of a town, both rare on the web
    (
        "Villagers have now fled to the nearby cities of Hassake or Qamishli. Some of the hostages are with Arab "
        "Sheiks in Hassakeh city.",
        "Hassake",
    ),
    # fa_kes (credible): a collection that stripped its apostrophes
    ("Syrian forces advanced on Sunday. Assad has rallied Syrias minorities behind his regime.", "Syrias"),
    # buzzfeed_webis_2016 (credible): a person's surname spelt two ways is a contradiction finding
    (
        "Beth Wilkinson, a lawyer for Mills, spoke on Friday. \"Because of the confusion,\" Wilkinsion added, "
        "\"we asked for the immunity.\"",
        "Wilkinsion",
    ),
]

test_article_form_slips_are_found, test_other_variants_are_left_alone = check_tests(
    "misspelling", FOUND, LEFT_ALONE
)
