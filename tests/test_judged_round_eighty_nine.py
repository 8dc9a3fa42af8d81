"""Judged rounds eighty-nine to ninety-two (seeds 4067 and 4069: 40 FA-KES articles of 150-900 words each; 4068 and
4070: 80 fakenewsamt articles of fewer than 150 words each), docs/accuracy.md, on hedged_sourcing 0.33.52 and
odd_phrasing 0.39.47. Fixed after them, each beside a passage the same rule must keep finding:

- hedged_sourcing: an unnamed source that shares its verb with a named co-source ("the observatory and a security
  source said"); "According to report" (its article dropped) right after a named source's report; a passive in a
  sentence that closes on a named speaker, the comma lost ("were reported to be in critical condition the network
  added"); a proper noun the parser made the object of "said" ("without causing more deaths said Barazi"); an
  instruction ("cautioned interviewers to be careful"); officials of a body whose name ends in what it is ("Desoto
  Speedway officials");
- odd_phrasing: a loaded word in a sentence that closes on its speaker's verb ("..., the Coalition added");
  "treason" naming the charge ("federal treason charges"); "utter" on a virtue ("utter transparency"); a weekday
  before a noun, its comma lost ("On Tuesday regime shelling").

Left alone, judged wrong: "warnings from the international community" (the same words judged right in another
round); "Fans and sponsors ... denounced the move" and "endorsed and praised by Native American activists" (a
group's reaction: the rule for "Critics slammed the plan" stands); "One analyst warned" with the analyst named a
sentence on (the parser makes the name the object of "on CNNs website"); "the Syrian Observatory ... said reliable
sources reported" (an unnamed source relayed by a named one is still queried); "a tribal member ... said in a
statement that was read out" in a video; the state-run agency "citing military officials"; the sarcastic
"evidently deaf"; "a pernicious 'skills gap'" in what "the U.S. Chamber of Commerce reports that" and "a statement
expressing its 'appreciation'" (tried: taking "reports that", "stated that", "expressing" and the like for reported
speech cost seven loaded words judged right in earlier rounds, the writer's own beside a speaker's, for three).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import slip_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1924058038, judged wrong)
        "The Syrian Observatory for Human Rights said 12 people died. In rare good news a 10-year-old girl shot in "
        "the besieged town of Madaya was evacuated to a Damascus hospital where she was in a stable condition the "
        "observatory and a security source said.",
        "a security source",
    ),
    (  # (fa_kes:1926479085, judged wrong)
        "The Syrian Network for Human Rights said in a report released today that ISIS had forced at least 33000 "
        "residents out of their homes in the town of Abu Hamam. According to report ISIS has executed around 367 "
        "people in the town while 240 more have gone missing.",
        "According to report",
    ),
    (  # (fa_kes:1924058064, judged wrong)
        "The activist-operated Idlib News network which gave a lower toll of 17 people killed said the strikes hit "
        "as the children were gathered outside the school complex. It said the death toll could rise as some of "
        "the wounded were reported to be in critical condition the network added.",
        "were reported to",
    ),
    (  # (fa_kes:1923848300, judged wrong)
        "Barazi had earlier reported a toll of eight while the Syrian Observatory for Human Rights gave a death toll "
        "of 12. A second car bomb exploded in another district of the city wounding three people but without causing "
        "more deaths said Barazi. Homs has seen some of the worst violence in Syrias more than three-year-old civil "
        "war.",
        "more deaths",
    ),
    (  # (fa_kes:1962495634, judged wrong)
        "Doctors who treated the chemical weapons attack victims cautioned interviewers to be careful about asking "
        "questions regarding who was responsible for the deadly assault.",
        "Doctors",
    ),
    (  # (fakenewsamt:legit/sports20.legit.txt, judged wrong)
        "Sprint car veteran David Steele has died during a race in Florida. Desoto Speedway officials said in a "
        "Facebook post on Saturday night that track owners and staff were saddened by the crash.",
        "Desoto Speedway officials",
    ),
]

STILL_FOUND = [
    (  # the co-source is unnamed too
        "A girl was evacuated to a hospital where she was in a stable condition, witnesses and a security source "
        "said.",
        "a security source",
    ),
    (  # the sentence before names no report
        "Officials met on Monday to discuss the town. According to report ISIS has executed around 367 people in the "
        "town.",
        "According to report",
    ),
    (  # an indefinite report is another one
        "The Syrian Network for Human Rights said in a report released today that ISIS had forced residents out of "
        "their homes. According to a report ISIS has executed around 367 people in the town.",
        "According to a report",
    ),
    (  # the network speaks in the next sentence, of something else
        "It said the death toll could rise as some of the wounded were reported to be in critical condition. The "
        "network added that the strikes had hit a school.",
        "were reported to",
    ),
    (  # a claim, no instruction
        "Doctors who treated the victims cautioned that the gas was sarin.",
        "Doctors",
    ),
    (  # a party's officials: a camp, not a body
        "Republican officials said in a post on Saturday night that the crash was caused by the rain.",
        "Republican officials",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)

SLIPS_LEFT_ALONE = [
    # (fa_kes:1926479043, judged wrong)
    ("Responsibility for this heinous crime lies with the international community as world leaders continue to "
     "ignore these war crimes thus risk further fueling the conflict the Coalition added.", "loaded_word"),
    # (fakenewsamt:fake/polit36.fake.txt, judged wrong)
    ("If found guilty the Clintons face federal treason charges, and could face the death penalty.", "loaded_word"),
    # (fakenewsamt:fake/sports31.fake.txt, judged wrong)
    ('Eight of the jailed policemen were sentenced for giving what their solicitors term "kind and tactful" '
     "descriptions in open court, rather than the utter transparency the regulations now require.", "loaded_word"),
    # (fa_kes:1924058067, judged wrong)
    ("On Tuesday regime shelling on the Mesraba area also in Eastern Ghouta killed three civilians including one "
     "child the observatory said.", "missing_article"),
]

SLIPS_STILL_FOUND = [
    ("Responsibility for this heinous crime lies with the world leaders who continue to ignore these war crimes.",
     "loaded_word", "heinous"),
    ("The plan is treason, plain and simple, and every voter in the state deserves to know it before the election.",
     "loaded_word", "treason"),
    ("This is just the latest example of the Trump administration's utter disregard for everyday people in our "
     "country.", "loaded_word", "utter"),
    ("Officials said that the new budget ignores what Obama administration has promised to voters in the state.",
     "missing_article", "Obama administration"),
]

test_slips_left_alone, test_slips_still_found = slip_tests(SLIPS_LEFT_ALONE, SLIPS_STILL_FOUND)
