"""odd_phrasing: "grandstand", "gloat", "babbling", "whine", "snidely", a sarcastic "shocker", "ill-gotten",
"womanizing", "slush fund" and a masked "sh-t" in the writer's own voice are loaded words (check
``loaded_word``).

Each was marked as loaded language every time it stood in the writer's voice in the tuning sets, and in
the credible pool of `../shared/data` its own-voice uses are partisan judgements too. The verbs count as
verbs only where a noun has a plain sense ("the engine's whine"), and "gloating over" is not the literal
"smeared over" the charged-word guard looks for. Quoted uses are the speaker's. Real passages; the article
id is in the comment.
"""

from __future__ import annotations

from odd_cases import check_tests

FOUND = [
    # buzzfeed_webis_2016:1492
    (
        "“The world is watching and we cannot continue to ignore these killings,” she grandstanded with the "
        "caucus standing in solidarity.",
        "grandstanded",
    ),
    # buzzfeed_webis_2016:0156
    ("They settled for grandstanding.", "grandstanding"),
    # buzzfeed_webis_2016:0515
    (
        "Before taking off to Raleigh, a smiling candidate walked to the back of the plane to gloat to reporters "
        "about a great evening.",
        "gloat",
    ),
    # fakenewsnet_politifact_defend:politifact14310
    ("He was openly gloating over the rise in premature deaths of white males.", "gloating"),
    # buzzfeed_webis_2016:0929
    ("Donald Trump was repeatedly obnoxious and vapid in his babbling responses.", "babbling"),
    # buzzfeed_webis_2016:1509
    ("He didn't support the police either. Big shocker there.", "shocker"),
    # buzzfeed_webis_2016:0182
    ("After the interview, conservatives took to Twitter to whine.", "whine"),
    # buzzfeed_webis_2016:1565
    ("“Nobody should be fooled!” she snidely added in a voice so loud that even the deaf could hear.", "snidely"),
    # buzzfeed_webis_2016:0898, celebrity:fake/097fake.txt, buzzfeed_webis_2016:1391, :0756
    ("The oligarchs are constantly looking to funnel their ill-gotten gains out of the country.", "ill-gotten"),
    ("The marriage continues to fall apart in the wake of the president's womanizing.", "womanizing"),
    ("Who cares if $1 million went to their personal slush fund?", "slush fund"),
    ("Vote to send these terrorist pieces of sh-t back to where they belong.", "sh-t"),
]

LEFT_ALONE = [
    ("The engine's whine grew louder as the plane climbed.", "whine"),
    ("The car smeared with mud came to a halt.", "smeared"),
    # a speaker's word, quoted
    ("Kerry said it was “time to end the grandstanding and do the real work.”", "grandstanding"),
]


test_found, test_left_alone = check_tests("loaded_word", FOUND, LEFT_ALONE)
