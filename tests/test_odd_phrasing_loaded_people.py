"""odd_phrasing: loaded language aimed at people, in the article's own voice.

- an adjective of character in an epithet for someone the article names ("the arrogant woman left the
  White House", "the bigoted billionaire"), not said of a type ("look like a calculating, hypocritical
  politician") nor as a predicate someone argues ("Clinton suggested Sanders was being hypocritical");
- the voice reader: an opening single mark typed for an apostrophe ("Trump’ deplorable ‘s character")
  opens no quotation, so the writer's words after it stay the writer's; a headline in single marks
  (‘Hillary for Prison 2016’) is still a quotation;
- a superlative kept as a feature only does not hide a loaded word it overlaps.

Every sentence is quoted from a real article (ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from misinfo_scorer_plugins.odd_phrasing.person_judgements import judges_a_person
from misinfo_scorer_plugins.odd_phrasing.voice import in_single_quotes, marked_ranges

from scorer.nlp import load_pipeline
from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # the signal tests parse text with the spaCy pipeline

PERSON = "a verdict on a person's character in the writer's own voice"


def loaded_words(text: str) -> list[tuple[str, str]]:
    """(text, message) of each ``loaded_word`` finding."""
    return [(f.text, f.message) for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]


FOUND = [
    # fakenewsnet_politifact_defend:politifact15109 (fake)
    (
        "Many have felt that Michelle’s behavior in the final months of being the first lady was strange, even "
        "for her, and has only gotten more alarming since the arrogant woman left the White House, but "
        "perpetually tries to remain as the center of everyone’s attention.",
        "arrogant",
    ),
    # fakenewsnet_old_politifact:PolitiFact_Real_54 (labelled credible; a partisan blog's own voice)
    (
        "Scott’s wife, Belinda Scott, prayed over Trump as those around him laid hands on the bigoted "
        "billionaire, making sure Satan knew they were serious, dammit:",
        "bigoted",
    ),
    # buzzfeed_webis_2016:0202 (dev4): a judgement of temper, on a person noun ("mogul")
    (
        "Some of you may not know who Johnston is, but he is the author behind\xa0so he knows quite a bit about "
        "who the erratic business mogul is and isn’t.",
        "erratic",
    ),
    # fakenewsnet_politifact_defend:politifact14273 (train)
    (
        "Of course, the rabid liberals controlling the city have little regard for the Constitution or the "
        "rights of Americans, as they are using their position to establish a soft version of anti-blasphemy "
        "laws.",
        "rabid",
    ),
    # buzzfeed_webis_2016:1406 (dev3)
    (
        "These whiny rich football players, who have been free to play their sport and get wealthy off it, hate "
        "the country and the fans who empowered them to live a privileged life.",
        "whiny",
    ),
]


@pytest.mark.parametrize(("text", "word"), FOUND)
def test_a_judgement_of_a_named_persons_character_is_found(text: str, word: str) -> None:
    findings = loaded_words(text)
    assert [t for t, _ in findings] == [word]
    assert PERSON in findings[0][1]


def test_an_organisations_name_takes_a_verdict_on_its_peoples_character() -> None:
    # buzzfeed_webis_2016:0724 (dev): the sentence's finding is the three-term one (``loaded_words``); the
    # person reader takes "evil" on the party's name (a conjoined "corrupt" hangs on "evil", not the name)
    text = (
        "If Trump is to win, and Hillary the Horrible to be defeated, we cannot allow the evil and corrupt "
        "National Democratic Party to commit fraud, which this author believes they will do with reckless "
        "abandon if not watched with a very sharp eye by the Conservative Pro-American public."
    )
    doc = load_pipeline()(text)
    assert judges_a_person(doc, text.index("evil"))
    assert not judges_a_person(doc, text.index("reckless"))


NOT_FOUND = [
    # PolNeAR politico_2016-02-11_things-to-watch-in-tonight-s-deb (credible): a type, what an attack aims at
    "Should she once again look to level him with a few roundhouse punches designed to make him look like a "
    "calculating, hypocritical politician?",
    # PolNeAR wash-post_2016-02-10_after-a-big-loss-clinton-looks-f (credible): a predicate someone argues
    'Clinton suggested Sanders was being hypocritical because he accepted "about $200,000" from Wall Street '
    "firms through the Democratic Senatorial Campaign Committee.",
    # fakenewsnet_politifact_defend:politifact810 (credible): a state towards something, in a speaker's words
    "The important point here is, though, the American people have become so cynical about our politics, "
    "because all they see is a tit- for-tat and back-and-forth.",
    # fakenewsnet_politifact_defend:politifact6730 (credible): a candidate's speech printed without marks
    "What he’s going to do, by the way, is try and vilify me as someone who’s been successful, or who’s, you "
    "know, closed businesses or laid people off, and is an evil bad guy.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_type_a_predicate_or_a_state_is_left_alone(text: str) -> None:
    assert not [t for t, m in loaded_words(text) if PERSON in m]


# buzzfeed_webis_2016:0874 (fake): "‘s" typed for "’s" opened a quotation that ran to the next ’ of the
# line ("Trump’s heinous speech"), some 340 characters on, and hid "his ignorant comments" as quoted
APOSTROPHE = (
    "Trump’ deplorable ‘s character is on display for all to see, and his ignorant comments have done him no "
    "favors in helping to win over a key constituency he needs to win if he hopes to capture the White House. "
    "Despite North Carolina being the state with the 7th largest black population, there is willy-nilly a black "
    "face in the entire crowd. Watch all of Trump’s heinous speech below, if you must."
)


def test_an_opening_mark_typed_for_an_apostrophe_opens_no_quotation() -> None:
    assert marked_ranges(APOSTROPHE) == []
    assert "ignorant" in [t for t, _ in loaded_words(APOSTROPHE)]


def test_a_headline_in_single_marks_is_still_a_quotation() -> None:
    # buzzfeed_webis_2016:1375 (fake)
    text = (
        "And Trump has capitalized on it brilliantly. ‘Hillary for Prison 2016’ has become the theme of the Grand "
        "Old Party – Americans see what the Hildabeast is… the most corrupt politician to ever run for office in "
        "our country."
    )
    start = text.index("‘")
    assert marked_ranges(text) == [(start, text.index("’") + 1)]


def test_straight_single_quotes_read_from_voice() -> None:
    # buzzfeed_webis_2016:0421 (credible, mainstream): a historical insult quoted in straight single marks
    text = (
        "1800: 'That hideous hermaphroditical character' The first race of the new century was a rematch of the "
        "1796 contest, pitting President John Adams, a Federalist, against Thomas Jefferson."
    )
    at, later = text.index("hideous"), text.index("rematch")
    assert in_single_quotes(text, 0, len(text), at, at + len("hideous"))
    assert not in_single_quotes(text, 0, len(text), later, later + len("rematch"))


def test_a_superlative_kept_as_a_feature_does_not_hide_a_loaded_word() -> None:
    # buzzfeed_webis_2016:1375 (fake): "the most corrupt politician to ever" is a feature-only superlative
    text = "Americans see what the Hildabeast is… the most corrupt politician to ever run for office in our country."
    findings = loaded_words(text)
    assert [t for t, _ in findings] == ["Hildabeast is… the most corrupt"]
