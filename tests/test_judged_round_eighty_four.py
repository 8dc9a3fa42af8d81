"""Judged rounds eighty-four (seed 4062: 40 FA-KES articles of 150-900 words, 20 credible and 20 fake), eighty-five
(seed 4063: 80 fakenewsamt articles of fewer than 150 words) and eighty-six (seed 4064: the last 80 short articles
of the other news corpora), docs/accuracy.md, on hedged_sourcing 0.33.50 and odd_phrasing 0.39.46. Fixed after
them, each beside a passage the same rule must keep finding (hedged_sourcing):

- "reportedly" in a sentence that closes on a named speaker when the name is followed by "group" or the verb by a
  weekday ("... the Syrian Observatory for Human Rights group said on Saturday.", commas stripped);
- "reportedly" in a sentence that closes on an unnamed speaker, whose own finding queries the claim ("rockets
  which were reportedly preparing to attack Turkey security sources said on Monday");
- "the same source said" when the speaker a few sentences before is named.

Left alone, judged wrong: activists "at" or "from" a named network ("Activists at the Local Coordinating
Committees said"); a speaker named in the sentence after next; "a witness named Ahmad"; an Observatory that "quoted
trusted sources"; "childrens agency" in a text stored without apostrophes (three such findings were judged right
before); "both teachers and their students agree"; reports named in the sentence before or as a "blind item" next;
"Bronde" (a hair colour).
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (fa_kes:1923848206, judged wrong)
        "At least 20 Syrian people including 10 civilians are reportedly killed by air strikes in the province of "
        "Latakia AFP Saturday 10 Aug 2013 Air strikes by the Syrian military killed at least 20 people in the "
        "northwestern province of Latakia overnight the Syrian Observatory for Human Rights group said on Saturday.",
        "reportedly",
    ),
    (  # (fa_kes:1924058166, judged wrong)
        "Turkish artillery and coalition jets hit 33 weapons emplacements including Katyusha rockets which were "
        "reportedly preparing to attack Turkey security sources said on Monday on the condition of anonymity due to "
        "restrictions on speaking with the media.",
        "reportedly",
    ),
    (  # (fa_kes:1924058212, judged wrong)
        'Observatory chief Rami Abdel Rahman said "dozens" of Islamist rebels were also killed. In retaliation for '
        "the latest deadly Ghouta shelling rebels fired rockets on Damascus killing three civilians Friday the same "
        "source said.",
        "the same source said",
    ),
]

STILL_FOUND = [
    (  # the unnamed speaker's claim is another clause
        "The rebels reportedly fired the rockets, and officials say the town will be rebuilt next year.",
        "reportedly",
    ),
    (  # the speaker does not close the sentence
        "Rockets were reportedly fired at the town before security sources said the army had withdrawn.",
        "reportedly",
    ),
    (  # the same unnamed source as before
        "Security sources said the convoy was hit. In retaliation rebels fired rockets on Damascus killing three "
        "civilians Friday the same source said.",
        "the same source said",
    ),
    (  # the nearest speaker before is unnamed; "he" in the quotation is nobody's attribution
        # (celebrity:fake/069fake.txt, marked)
        "It's causing a lot of unrest, a source told Us Weekly. Kendall's reportedly causing so much tension. "
        '"The other day, Harry and Niall almost came to blows when Niall confronted Harry when he showed up late for '
        'a meeting," the same source said.',
        "the same source said",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
