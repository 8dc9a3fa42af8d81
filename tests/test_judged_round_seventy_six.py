"""Judged rounds seventy-six (seed 4054: the last 34 credible buzzfeed_webis_2016 articles of 901 to 3,000 words
and 6 fa_kes reports of that length) and seventy-seven (seed 4055: 29 credible articles of more than 3,000 words),
docs/accuracy.md, on the code after rounds seventy-three to seventy-five. Fixed after them, each beside a passage
the same rule must keep finding:

- hedged_sourcing: "A top aide to Donald Trump's presidential campaign said ..." followed by a quotation its
  named speaker with the same role says ("Trump aide Jason Miller said in a statement"); "the report’s authors
  write" (the authors of a document given before); "no one in the probe is known to have received full immunity"
  (what the record lacks); "He is also seen as the moderator who will be the toughest" after "is seen as
  favorable with 58% of those polled" (the same poll's next answer);
- odd_phrasing: "a lot of it’s depreciation, which is a wonderful charge" ("a lot of it is", not "its").

Left alone, judged wrong: "reportedly" and "according to reports" beside a sentence naming the outlet (the
tuning sets' readers mark the same); a Supreme Court opinion printed in capitals; a magazine interview whose
questions lost their italics; a lede's group whose named members speak later; "incent", a real but rare verb.
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (buzzfeed_webis_2016:1186, judged wrong)
        "A top aide to Donald Trump's presidential campaign said word of the additional immunity grants "
        "underscored the recklessness of Clinton's conduct. “Revelations that three additional individuals, "
        "including Cheryl Mills, were granted immunity are shocking,” Trump aide Jason Miller said in a statement.",
        "A top aide",
    ),
    (  # (buzzfeed_webis_2016:1281, judged wrong)
        "Trump cited a Pew Center on the States report from 2012. “Voter registration in the United States largely "
        "reflects its 19th-century origins,” the report’s authors write.",
        "the report’s authors write",
    ),
    (  # (buzzfeed_webis_2016:1186, judged wrong)
        "The immunity deals for the two appear to be broader than those given to Mills and Samuelson, although no "
        "one in the probe is known to have received full immunity.",
        "is known to",
    ),
    (  # (buzzfeed_webis_2016:0951, judged wrong)
        "ANDERSON COOPER of CNN, who will co-host the second presidential debate, is seen as favorable with 58% of "
        "those polled -- by far the most popular moderator. He is also seen as the moderator who will be the "
        "toughest and least biased.",
        "is also seen as",
    ),
]

STILL_FOUND = [
    (  # the quotation's speaker has another role: the aide stays unnamed
        "A top aide to Donald Trump's presidential campaign said word of the immunity grants underscored the "
        "recklessness of Clinton's conduct. “Revelations that three additional individuals were granted immunity "
        "are shocking,” Trump spokesman Jason Miller said in a statement.",
        "A top aide",
    ),
    (  # no quotation opens the next sentence
        "A top aide to the campaign said the grants underscored the recklessness of Clinton's conduct. Trump aide "
        "Jason Miller later flew to Ohio.",
        "A top aide",
    ),
    (  # whose aides, the senator's, are not a document given before
        "The senator's aides write that the system is outdated.",
        "The senator's aides write",
    ),
    (  # somebody is known to have received it: by whom is it known?
        "Two men in the probe are known to have received full immunity.",
        "are known to",
    ),
    (  # no poll before
        "The senator spoke on Monday. He is also seen as the candidate who will be the toughest.",
        "is also seen as",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fakenewsnet_politifact_defend:politifact13244, judged wrong)
    ("But I have a write-off, a lot of it’s depreciation, which is a wonderful charge.", "missing_apostrophe"),
]

SLIPS_STILL_FOUND = [
    ("The company lost some of it's best engineers.", "missing_apostrophe", "it's best"),
    ("The firm said in it's report that sales fell.", "missing_apostrophe", "it's report"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
