"""Judged round twenty-nine (seed 4001, docs/accuracy.md): the first round of the other news corpora, 40
political articles (20 fake from the FakeNewsNet collections and buzzfeed_webis_2016, 20 credible from
buzzfeed_webis_2016) on the code of hedged_sourcing 0.33.9 and odd_phrasing 0.39.4; 57 of 62 findings right
as judged. Fixed after it (hedged_sourcing 0.33.10, odd_phrasing 0.39.5), each beside a passage the same rule
must keep:

- a name, then its role with the closing comma lost, then the verb: the name is the speaker ("Frank Parlato,
  a former NXIVM publicist-turned-whistleblower told the New York Post that ..."), not an aside ("Clinton, an
  insider said, is planning to run");
- "what makes pirate pirate": the idiom repeats its noun;
- a word quoted inside what someone bragged of is the bragger's word ("bragged about the attack and how he
  got his “hits” in"), not scare quotes.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (fakenewsnet_politifact_defend:politifact15334, judged wrong: the name is the speaker's)
    (
        "Bronfman made a statement on her website denying the accusations against Raniere. Frank Parlato, a "
        "former NXIVM publicist-turned-whistleblower told the New York Post that Bronfman is among the harshest "
        "leaders in the organization.",
        "publicist-turned-whistleblower told",
    ),
    ("Jo Bam, a confidant of the star, said the couple split in March.", "a confidant of the star"),
]

STILL_FOUND = [
    # no name before the role
    (
        "A former NXIVM publicist-turned-whistleblower told the New York Post that Bronfman is among the harshest "
        "leaders in the organization.",
        "publicist-turned-whistleblower told",
    ),
    # an aside inside the named person's sentence: the role speaks of her, unnamed
    ("Bronfman, a source told the Post, is the harshest leader.", "a source told"),
    ("Clinton, an insider said, is planning to run.", "an insider said"),
    ("Clinton, an insider said Tuesday, will run for the Senate next year.", "an insider said"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


ODD_LEFT_ALONE = [
    # (fakenewsnet_politifact_defend:politifact14211, judged wrong: a forum post's idiom)
    ("And exactly why its better I work in the background and not meddle what makes pirate pirate.", "doubled_word"),
    ("It was the values that made America America, he told the crowd.", "doubled_word"),
    # (buzzfeed_webis_2016:0817, judged wrong: the attacker's own word for what he boasted of)
    ("This idiot bragged about the attack and how he got his “hits” in.", "scare_quotes"),
]

ODD_STILL_FOUND = [
    ("He makes the the rules for everyone.", "doubled_word", "the the"),
    ("These “people” are protesting in the streets again.", "scare_quotes", "These “people”"),
    ("This idiot bragged about the attack.", "loaded_word", "idiot"),
]


@pytest.mark.parametrize(("text", "check"), ODD_LEFT_ALONE)
def test_odd_phrasing_leaves_alone(text: str, check: str) -> None:
    assert not found_by(check, text)


@pytest.mark.parametrize(("text", "check", "words"), ODD_STILL_FOUND)
def test_odd_phrasing_still_finds(text: str, check: str, words: str) -> None:
    assert words in found_by(check, text)


# From the tuning sets' misses read in the same session (hedged_sourcing 0.33.11): the parser makes the first of
# two modifiers the subject and the role noun they share its conjunct (buzzfeed_webis_2016:0518, marked).
SHARED_HEAD_FOUND = [
    (
        "Law enforcement and election officials said in August that hackers had breached databases for election "
        "systems in Arizona and Illinois.",
        "Law enforcement and election officials said",
    ),
    ("Education and health officials said the schools would stay closed.", "Education and health officials said"),
]
SHARED_HEAD_LEFT_ALONE = [
    # a named institution and its own people: "police and prosecutors" stays as it was
    ("Police and prosecutors said the man had fled to Mexico.", "prosecutors"),
    # two things, not a group of people
    ("Law enforcement and election security remain a concern, the report said.", "election security"),
]

test_shared_head_left_alone, test_shared_head_found = passage_tests(SHARED_HEAD_LEFT_ALONE, SHARED_HEAD_FOUND)
