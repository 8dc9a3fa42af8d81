"""Judged round thirty-six (seed 4008, docs/accuracy.md): 30 credible buzzfeed_webis_2016 articles, 5 credible
fa_kes reports and 5 credible fakenewsamt articles on the code of hedged_sourcing 0.33.17 and odd_phrasing 0.39.13;
24 of 31 findings right as judged (hedged_sourcing 10/15, odd_phrasing 13/15, internal_contradiction 1/1). Fixed
after it (hedged_sourcing 0.33.18, odd_phrasing 0.39.14), each beside a passage the same rule must keep:

- "went on to state that" is "continued to state that": its clause is the speaker's, so a passive inside what a
  named speaker went on to state is theirs ("He went on to state that their credentials were revoked once it was
  discovered that ..."), and "Critics went on to say that" is a vague source, no longer a hypothetical;
- a role, then a name with its comma lost, before the verb ("A local civil defence official Leys al-Faris said"):
  the parser makes both subjects; the name speaks;
- a relative clause after the second of a pair "between" two nouns may belong to the noun the pair hangs on ("A
  fragile ceasefire between Bashar al Assads regime and Syrian opposition forces that was brokered by the US").

Left alone, judged wrong: "has long angered many civil rights activists" (the writer speaking for a crowd's
feelings; no marked example either way); "so many protesters say they have taken to the streets"; a lede's
unnamed officer named a sentence later by another title ("A police officer in Louisiana ... Lt. Derrick
Stafford"); "(Dumb question, I know…", the writer on their own question.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    # (buzzfeed_webis_2016:0604, judged wrong)
    (
        "According to Roth, at least three of these new citizens acquired aviation or transportation worker "
        "credentials. He went on to state that their credentials were revoked once it was discovered that they had "
        "been given citizenship mistakenly.",
        "it was discovered",
    ),
    # (fa_kes:1924058083, judged wrong)
    (
        "Air raids carried out by Syrian regime and Russian warplanes in Idlib killed at least 39 civilians on "
        "Sunday. A local civil defence official Leys al-Faris said a Syrian regimes warplane launched an air strike "
        "on a market in the rebel-held province.",
        "A local civil defence official",
    ),
]

STILL_FOUND = [
    ("Critics went on to say that the plan was a failure.", "Critics"),
    (
        "Their credentials were revoked once it was discovered that they had been given citizenship mistakenly.",
        "it was discovered",
    ),
    ("A local civil defence official said a warplane launched an air strike on a market.", "A local civil defence"),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_a_relative_clause_after_a_pair_between_two_nouns() -> None:
    # (fa_kes:1924058091, judged wrong)
    text = (
        "A fragile ceasefire between Bashar al Assads regime and Syrian opposition forces that was brokered by the "
        "US and Russia last week has ended with no word of a renewed truce on Monday."
    )
    assert not found_by("subject_verb_agreement", text)


def test_a_relative_clause_after_a_coordinated_noun_still_agrees_with_it() -> None:
    # (buzzfeed_webis_2016:0830, credible pool: a real slip the first version of the rule lost)
    text = (
        "The only thing that matters to them is the justification for rioting and the race-baiting tactics that "
        "keeps black people and white people at odds."
    )
    assert found_by("subject_verb_agreement", text) == ["tactics that keeps"]
