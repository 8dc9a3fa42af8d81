"""odd_phrasing: "heartless", "narcissist"/"narcissistic", "snowflake" and "madness" in the writer's own
voice are loaded words (check ``loaded_word``).

Each was marked as loaded language every time it stood in the writer's voice in the tuning sets; outside
quotation marks in ../shared/data they judge someone nearly every time. A title ("March Madness") and a
quotation are left alone. Real passages; the article id is in the comment.
"""

from __future__ import annotations

from odd_cases import check_tests

FOUND = [
    # fakenewsnet_politifact_defend:politifact14888
    (
        "President Donald Trump and the Republicans in Washington D.C. are preparing to carry out their most "
        "heartless plan ever.",
        "heartless",
    ),
    # buzzfeed_webis_2016:0854
    (
        "Montel called him and Trump out for being a con men, shaming him for being a pastor with the nerve to "
        "support a narcissist like Trump.",
        "narcissist",
    ),
    # buzzfeed_webis_2016:0898
    (
        "They are self-entitled narcissistic materialists who care for nothing but increasing their own wealth.",
        "narcissistic",
    ),
    # fakenewsnet_politifact_defend:politifact15156
    ("Weinshenker, a liberal snowflake appointed by Clinton, was put in his place.", "snowflake"),
    # buzzfeed_webis_2016:0641
    (
        "Jesse Jackson and Hillary Clinton perpetuated the lie of Ferguson from which this madness spawned.",
        "madness",
    ),
]

LEFT_ALONE = [
    # attribution_polnear (USA Today): a type of personality, described
    (
        "He shows classic signs of grandiose narcissism. Narcissists can sometimes achieve great things. They also "
        "need to hog the spotlight.",
        "Narcissists",
    ),
    # a title, not a verdict
    ("Fans across the state are getting ready for March Madness this year.", "Madness"),
    # attribution_polnear: the speaker's word, in quotation marks
    (
        "Beck, who has in the past described Trump as “a narcissistic psychopath,” said he would not vote.",
        "narcissistic",
    ),
]

test_found, test_left_alone = check_tests("loaded_word", FOUND, LEFT_ALONE)
