"""Judged round sixty-five (seed 4043, docs/accuracy.md): the Propaganda Techniques Corpus's dev split, 73 articles, on
the code of hedged_sourcing 0.33.40, internal_contradiction 0.15.3 and odd_phrasing 0.39.37, its loaded-language
findings not shown to the readers (the split stays the loaded-word benchmark's ground); 74 of 117 findings right
as judged (hedged_sourcing 39/76). Fixed after it, each beside a passage the same rule must keep finding:

- hedged_sourcing: "is best described as" (the writer's own wording); a court filing said to be filed ("In an
  affidavit filed in support of a criminal complaint, an FBI special agent wrote"); "allegedly" inside what "the
  documents" claim; an official whose institution, named in full, said it with the same verb in the sentence
  before ("the Justice Department announced ... A senior Justice Department official announced").
- internal_contradiction: a name spelled another way inside a post the article embeds, when the post's form is
  the rarer (the poster's slip); a post that spells it better still shows the writer's.
- odd_phrasing: "as he could regarding" (a modal that ends its clause, then a participle that is a preposition);
  "For Britain leader Anne Marie Waters" (a party's name).

Left alone, judged wrong: "apparently" as the writer's sarcasm or inference (the protocol lists it as a hedge to
query, and the marked sets' readers do); evidence claimed in the writer's argument ("There is far more evidence
that Russiagate is a conspiracy"); a police statement or a sheriff's account printed as plain text; "experts say"
before an expert named in the next sentence; a passive's agent the parser hung on another noun ("was accused of
being secretly Russian during the 2016 election by the Washington Post").
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction
from odd_cases import slip_tests

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (ptc:777785889, judged wrong)
        "Two males from Georgia are in custody after TCSO served a search warrant at a makeshift residence that is "
        "best described as a “compound” in Amalia, NM.",
        "is best described as",
    ),
    (  # (ptc:784143418, judged wrong)
        "In an affidavit filed in support of a criminal complaint, an FBI special agent wrote that Leveille’s "
        "13-year-old son told investigators that his mother’s boyfriend, Siraj Ibn Wahhaj, 40, wanted to “get an "
        "army together” and train them for jihad.",
        "an FBI special agent wrote",
    ),
    (  # (ptc:778358096, judged wrong)
        "The documents claim Siraj Ibn Wahhaj and his co-defendants conducted weapons training at the camp where they "
        "were found Friday with 11 children in allegedly “third world” conditions.",
        "allegedly",
    ),
    (  # (ptc:832917532, judged wrong)
        "Special counsel Robert Mueller will not recommend any more indictments as part of his investigation, the "
        "Justice Department announced Friday evening. A senior Justice Department official announced the development "
        "shortly after the special counsel submitted its final report to U.S. Attorney General William Barr.",
        "A senior Justice Department official",
    ),
]

STILL_FOUND = [
    (  # a judgement passed off as common ground
        "The senator is often described as a maverick.",
        "is often described as",
    ),
    (  # a filing nobody says was filed
        "In an affidavit, an FBI special agent wrote that the boy had been trained.",
        "an FBI special agent wrote",
    ),
    (  # what critics claim is theirs, and they are unnamed
        "Critics claim the men conducted weapons training in allegedly squalid conditions.",
        "Critics claim",
    ),
    (  # another institution spoke before, and the same one with another verb
        "The White House announced a new plan. A senior Justice Department official announced the development "
        "shortly after.",
        "A senior Justice Department official",
    ),
    (
        "The Justice Department said on Friday it would appeal. A senior Justice Department official announced the "
        "development shortly after.",
        "A senior Justice Department official",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (ptc:832913316, judged wrong)
    ("During his January confirmation hearings, Barr testified that he would “provide as much transparency” as he "
     "could regarding Mueller’s report.", "verb_form"),
    # (ptc:763412406, judged wrong)
    ("Among those in attendance were UKIP leader Gerard Batten, For Britain leader Anne Marie Waters and Dutch "
     "opposition leader Geert Wilders.", "country_for_adjective"),
]

SLIPS_STILL_FOUND = [
    ("The firm will including new staff in the plan.", "verb_form", "will including"),
    ("He met Russia President Vladimir Putin on Monday.", "country_for_adjective", "Russia President"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)

_WAHHAJ = (
    "Siraj Ibn Wahhaj was arrested on Friday. Police said Wahhaj had been training children. Wahhaj denied it. "
    "His son Abdul-Ghani Wahhaj is missing.\n"
)


def _names(text: str) -> list[str]:
    return [f.text for f in run_signal(InternalContradiction(), text).findings if f.check == "name_spelling"]


def test_a_name_spelled_another_way_inside_an_embedded_post_is_the_posters() -> None:
    # (ptc:778094905, judged wrong)
    posted = (
        "So it is too early to say if it Abdul-Ghani Wahajj who would have celebrated his 4th birthday yesterday.\n"
        "https://t.co/e1RQbzDY8y — Ashley Homrich (@AshleyNewsATL) August 7, 2018\nDeputies gave no more details."
    )
    assert _names(_WAHHAJ + posted) == []
    written = "So it is too early to say if it is Abdul-Ghani Wahajj who would have celebrated his 4th birthday.\n"
    assert _names(_WAHHAJ + written) == ["Ghani Wahajj"]


def test_a_post_that_spells_the_name_better_still_shows_the_writers_slip() -> None:
    # (buzzfeed_webis_2016:0930, judged right): the writer's "Hilary" against the tweet's "Hillary"
    text = (
        "Many took to Twitter after the debate with Hilary Clinton. But few were as spot-on as host Jerry Springer: "
        "Hillary Clinton belongs in the White House. Donald Trump belongs on my show. — Jerry Springer "
        "(@jerryspringer) September 27, 2016\nThe end."
    )
    assert _names(text) == ["Hillary Clinton"]
