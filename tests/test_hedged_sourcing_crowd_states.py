"""hedged_sourcing: a crowd's feeling told by the writer (``crowd_states.py``), documents whose
owner was read from their claim, "according to exit polls", "..., with one source telling", and
"agreed to" an act, with real sentences.

Every sentence is quoted from a published article (buzzfeed_webis_2016, celebrity, fakenewsamt,
fakenewsnet_politifact_defend, fakenewsnet_old_politifact); the id is in the comment. Each kind
has sentences it must flag and sentences it must leave alone.
"""

from __future__ import annotations

import pytest
from hedged_cases import found as _found

FOUND = [
    # --- many or most of a crowd feeling something, told as a fact ---
    # fakenewsnet_politifact_defend:politifact13942
    (
        "Many are not surprised by the regulation as politicians have been asking for stricter safety "
        "features to be implemented on motorcycles for the past several decades.",
        "vague_source",
        "Many are not surprised",
    ),
    # fakenewsnet_politifact_defend:politifact15109
    (
        "Much of the country is happy to have her and her husband out of politics and wish that she’d slip "
        "into obscurity, but she refuses.",
        "vague_source",
        "Much of the country is happy",
    ),
    # buzzfeed_webis_2016:1591
    ("There is one thing that has baffled many.", "vague_source", "baffled many"),
    # buzzfeed_webis_2016:0824 (credible)
    ("Many, predictably, were outraged.", "vague_source", "Many, predictably, were outraged"),
    # buzzfeed_webis_2016:1142 (credible)
    (
        "Use of the proactive technique, promoted by former New York Mayor Michael Bloomberg, has long "
        "angered many civil rights activists.",
        "vague_source",
        "angered many civil rights activists",
    ),
    # buzzfeed_webis_2016:0617 (credible)
    (
        "Now many are less than thrilled to know what was quietly passing through their state.",
        "vague_source",
        "many are less than thrilled",
    ),
    # --- a view of most of a crowd whose quantifier hangs on an adjective ---
    # buzzfeed_webis_2016:0646
    (
        "And no doubt most traditional Americans feel exactly the same way.",
        "vague_source",
        "most traditional Americans feel",
    ),
    # --- exit polls: nobody's in particular ---
    # buzzfeed_webis_2016:0252
    (
        "Younger voters overwhelmingly backed President Barack Obama in 2012 -- giving him a 29 point lead "
        "over Republican nominee Mitt Romney, according to exit polls.",
        "unidentified_report",
        "according to exit polls",
    ),
    # buzzfeed_webis_2016:0238 (credible)
    (
        "While the African American vote remained steady from 2008 to 2012, a notable share of white voters "
        "shifted from Obama -- he won 31% of the white vote in 2012, down from 35% in 2008 according to exit "
        "polls.",
        "unidentified_report",
        "according to exit polls",
    ),
    # --- a document whose claim names someone is not owned by them ---
    # celebrity:legit/010legit.txt
    (
        'Possible new "Twilight" film can see Kristen Stewart reprising her role as Bella Swan, with a new '
        "report claiming that she did not drop movie plans with former beau, Robert Pattinson (Edward Cullen).",
        "unidentified_report",
        "a new report claiming",
    ),
    # buzzfeed_webis_2016:0536 (credible)
    (
        "The paper cites a recent poll that shows Arizonians oppose both a border wall and deportations as "
        "solutions for illegal immigration.",
        "unidentified_report",
        "a recent poll",
    ),
    # --- "..., with one source telling X that": the source of an absolute clause speaks ---
    # buzzfeed_webis_2016:1267 (credible)
    (
        "Trump's transition team, which is led by New Jersey Gov. Chris Christie, is rapidly expanding, with "
        "one source telling POLITICO that nearly 100 people are now involved in the effort.",
        "anonymous_source",
        "one source telling",
    ),
]


@pytest.mark.parametrize(("text", "check", "span"), FOUND)
def test_found(text, check, span):
    assert (check, span) in _found(text)


LEFT_ALONE = [
    # a crowd the relative clause describes: the topic, not a source
    # (fakenewsnet_old_politifact:PolitiFact_Real_73)
    (
        "Although Ogborn’s plan to attack Houston was thwarted before it could cause a tragedy, Matt Pearce’s "
        "tweet struck a chord with many people who are disappointed the media is more likely to push a story "
        "when it advances a criminal narrative that fits a profitable “news-worthy formula”.",
        "vague_source",
    ),
    # a document the writer calls false is what the article debunks
    # (fakenewsnet_politifact_defend:politifact13468)
    (
        "A fabricated news story claiming Hollywood actor Denzel Washington had praised US President-elect "
        "Donald Trump is being shared widely on Facebook.",
        "agentless_attribution",
    ),
    # "agreed to" an act: a commitment, no claim agreed with (buzzfeed_webis_2016:0692, credible)
    (
        "A University of Houston professor agreed to distribute “emotional first-aid kits” to students, "
        "apparently not realizing it was a satirical ploy by James O’Keefe.",
        "anonymous_source",
    ),
]


@pytest.mark.parametrize(("text", "check"), LEFT_ALONE)
def test_left_alone(text, check):
    assert not [f for f in _found(text) if f[0] == check]
