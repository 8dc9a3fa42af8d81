"""hedged_sourcing: unnamed sources in an absolute "with" phrase whose reported clause the parser hung elsewhere.

"..., with sources telling POLITICO it is setting up ..." and "..., with sources confirming to US Weekly that
the musician spent ...": the -ing verb speaks for the sources, but the parser hangs the clause it reports on
"with" or on the noun, so the verb seemed to report nothing and no source was seen. A verb after the -ing
verb whose own subject or "that" follows it with no punctuation between is that clause
(``detect.with_phrase_clause``). A comma closes the phrase: "With polling ... suggesting the race is tight,
many Republican strategists are concerned" keeps its main clause to itself.

Every sentence is quoted from a published article (the id is in the comment).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.hedged_sourcing.detect import with_phrase_clause

from scorer.nlp import load_pipeline

#: buzzfeed_webis_2016:1154
POLITICO = (
    "The Trump transition, which is being led by New Jersey Gov. Chris Christie, is rapidly expanding its pool of "
    "policy advisers, with sources telling POLITICO it is setting up a series of policy-specific teams on issues "
    "like financial services, taxes and energy."
)
#: celebrity:legit/133legit.txt
US_WEEKLY = (
    "On Friday night, the Canadian crooner and Ventura were seen arrived at French Montana's birthday party "
    "together in Los Angeles, with sources confirming to US Weekly that the musician spent the majority of the "
    "night cosying up to Bieber's former love interest."
)
#: buzzfeed_webis_2016:1031
POLLING = (
    "With polling in many battlegrounds suggesting the race is tight, many Republican strategists are concerned "
    "that Trump’s lack of commercial spending could pose problems as the contest enters its final seven weeks."
)

LEFT_ALONE = [
    # celebrity:legit/142legit.txt: a named husband speaking in the "with" phrase
    (
        "Ohanian took to Instagram to celebrate, with Ohanian telling his wife, “I will always have bad jokes that "
        "make your eyes roll.”",
        "Ohanian telling",
    ),
]

STILL_FOUND = [(POLITICO, "sources telling"), (US_WEEKLY, "sources confirming")]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [(POLITICO, "telling", True), (US_WEEKLY, "confirming", True), (POLLING, "suggesting", False)],
    ids=["clause-on-with", "clause-on-noun", "comma-closes-the-phrase"],
)
def test_with_phrase_clause(text: str, verb: str, expected: bool) -> None:
    doc = load_pipeline()(text)
    token = next(t for t in doc if t.text == verb)
    assert with_phrase_clause(token) is expected
