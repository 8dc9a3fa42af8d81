"""odd_phrasing 0.35.0: "numerous", "multiple" and "few" want a plural noun, as "several" and "many" do
(check ``determiner_noun_agreement``); a singular that is a modifier shared with a plural after "and" is
no slip."""

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
