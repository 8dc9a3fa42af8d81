"""hedged_sourcing: what researchers or investigators came upon is an event, not a finding passed on; nor
is the writer's guess at what a group expected.

"Investigators found", "researchers discovered" credit an unnamed group with a claim when what they
found is one: a clause ("the researchers found that areas hardest hit by trade shocks were ..."), the
main clause after "as" ("as the experts concluded, English was ..."), or evidence, a link, signs. When
the object is a thing they came upon ("the site where investigators found the five suspicious devices",
"Investigators late last year identified another 953 cases"), the article tells what happened and
nobody's claim rests on them: readers of the tuning sets queried neither such sentence (0 of 2), and the
credible pool held one more.

"viewers probably expected sharp questions" is the writer's guess at what viewers wanted, not a claim
of theirs (read on the credible pool); a guess at what experts agree on still invokes an authority.

Every sentence is quoted from a published article (the id is in the comment).
"""

from __future__ import annotations

from hedged_cases import passage_tests

LEFT_ALONE = [
    # buzzfeed_webis_2016:1377: devices found at a site
    (
        "Undercover agents and members of the FBI\u2019s Joint Terrorism Task Force were taking part in the raid "
        "above a chicken restaurant. The home was roughly one mile from the site where investigators found the "
        "five suspicious devices in a backpack, one of which exploded, outside a train station.",
        "investigators found",
    ),
    # buzzfeed_webis_2016:0595: cases an audit's investigators identified
    (
        "Special interest countries are those places the government has identified as posing national security "
        "problems to the U.S. WHAT\u2019S EVEN MORE UNBELIEVABLE: Investigators late last year identified another "
        "953 cases that also seemed suspicious.",
        "Investigators",
    ),
    # buzzfeed_webis_2016:1436: weaknesses found in cars
    (
        "In the past, DARPA researchers found weaknesses that would let a hacker shut down the brakes on some "
        "cars, while other research teams have found a simple text message can be enough to gain access to your "
        "car\u2019s computer.",
        "DARPA researchers found",
    ),
    # buzzfeed_webis_2016:1310: the writer's guess at what viewers expected
    (
        "For some debate watchers, that\u2019s what they want their moderators to do: say \"go\" and let them "
        "run. But it also left some gaps where viewers probably expected sharp questions.",
        "viewers probably expected",
    ),
    # fakenewsnet_politifact_defend:politifact13973: "others" are stories, and the report is one of them
    (
        "Some of his Trump stories are true, some are highly slanted and others are totally false, like one this "
        "summer reporting that \u201cthe Mexican government announced they will close their borders to Americans in "
        "the event that Donald Trump is elected President of the United States.\u201d",
        "others",
    ),
]

STILL_FOUND = [
    # buzzfeed_webis_2016:1393: the experts' conclusion is the main clause after "as"
    (
        "Perhaps the most bizarre finding of all was the \u201cmaternal language\u201d that linguistics experts say "
        "was noted in the letter. Not only this, but the misspellings that were included in the letter appeared "
        "to have been placed there on purpose, so suspicion would point to a person for whom English is not their "
        "native language. But as the experts concluded, English was the first language of whomever wrote the "
        "letter.",
        "the experts concluded",
    ),
    # attribution_polnear (PolNeAR, a New York Times article): a conclusion given as a clause
    (
        "Moreover, even if the plan is upheld, some experts have concluded that Mr. Obama is likely to leave "
        "office without establishing policies sufficient to ensure the country will meet the pledge he offered "
        "in Paris.",
        "some experts have concluded",
    ),
    # fakenewsnet_politifact_defend:politifact15307: a reconstruction is a claim, whatever its object
    (
        "There is no map available. Historians have pieced together several of the stops, however, and Tracey "
        "Place \u2014 along with just about every other building that houses a public official in DC \u2014 is on "
        "the list.",
        "Historians have pieced",
    ),
    # attribution_polnear (PolNeAR, a New York Times abstract): the object carries the finding in a that-clause
    (
        "Liberal and conservative economists are finding agreement that value-added tax systems encourage "
        "savings, investment and economic growth.",
        "economists are finding",
    ),
    # buzzfeed_webis_2016:1515: "others" are witnesses, and they speak
    (
        "Witnesses gave conflicting accounts about who shot him, with some insisting they saw police gun him "
        "down with rubber bullets, while others said he was killed by a fellow protester.",
        "others said",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
