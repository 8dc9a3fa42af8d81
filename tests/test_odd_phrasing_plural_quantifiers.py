"""odd_phrasing 0.35.0: "numerous", "multiple" and "few" want a plural noun, as "several" and "many" do
(check ``determiner_noun_agreement``); a singular that is a modifier shared with a plural after "and" is
no slip. And "amount of" before things that are counted, where "number of" belongs (check ``wrong_word``)."""

from __future__ import annotations

import pytest
from odd_cases import found

pytestmark = pytest.mark.slow  # every parametrized case parses text with the spaCy pipeline

FOUND = [
    # (celebrity:fake/227fake.txt, marked by the tuning set's reader)
    ("For the past few year, Robert has starred in a string of box office duds.", "few year"),
    ("The company has received numerous complaint since the recall.", "numerous complaint"),
    ("He has multiple source inside the agency.", "multiple source"),
]

LEFT_ALONE = [
    # (fa_kes, credible): a singular modifier shared with the plural after "and"
    "Syria opposes numerous extremist and terrorist groups such as the Islamic State.",
    "For the past few years, Robert has starred in a string of box office duds.",
    "A few hundred people came.",
    "Multiple sclerosis affects the nerves.",
    "Few people came to the rally.",
]


@pytest.mark.parametrize(("text", "span"), FOUND)
def test_finds_a_singular_after_a_plural_quantifier(text: str, span: str) -> None:
    assert ("determiner_noun_agreement", span) in found(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_leaves_plurals_and_shared_modifiers_alone(text: str) -> None:
    assert not [f for f in found(text) if f[0] == "determiner_noun_agreement"]


AMOUNT_FOUND = [
    # (celebrity:fake/234fake.txt, marked by the tuning set's reader)
    ("Comedy Central has roasted a good amount of celebrities, including Justin Bieber.", "amount of celebrities"),
    # (fakenewsnet_politifact_defend:politifact13942, marked): modifiers between
    (
        "The regulation aims to drastically reduce the amount of annual motorcycle fatalities in the United States.",
        "amount of annual motorcycle fatalities",
    ),
    # (fakenewsnet_politifact_defend, marked): an irregular plural
    ("However, due to the large amount of men unwilling to openly admit it, the figure is low.", "amount of men"),
]

AMOUNT_LEFT_ALONE = [
    "No amount of excuses will change that.",  # an idiom that takes a plural
    "The amount of funds raised was small.",  # money
    "The company said the holders represent 52% of the face amount of the debentures.",  # (TempEval-3) a value
    "That loophole explains the amount of the loans that were given.",  # (PolNeAR, NYT) money lent
    "The amount of money is huge.",
    "The army destroyed a car packed with large amounts of explosives.",  # matter
]


@pytest.mark.parametrize(("text", "span"), AMOUNT_FOUND)
def test_finds_amount_of_a_counted_plural(text: str, span: str) -> None:
    assert ("wrong_word", span) in found(text)


@pytest.mark.parametrize("text", AMOUNT_LEFT_ALONE)
def test_leaves_amounts_of_money_and_matter_alone(text: str) -> None:
    assert not [f for f in found(text) if f[0] == "wrong_word" and "amount" in f[1]]
