"""Judged round seventy (seed 4048, docs/accuracy.md): 40 credible articles of more than 900 words from the news
corpora (buzzfeed_webis_2016's Politico, CNN and ABC copy, the FakeNewsNet collections), on the code of
hedged_sourcing 0.33.44, internal_contradiction 0.15.4 and odd_phrasing 0.39.40; 56 of 105 findings right as
judged, the lowest of any news round. Fixed after it, each beside a passage the same rule must keep finding:

- hedged_sourcing: "Polls consistently show ..." followed by one of those polls, named, telling what it found;
  "Sater was alleged to have told ..." after "the plaintiff alleged that Sater threatened ..." in the sentence
  before (the same verb, its owner given, the same person alleged about);
- hedged_sourcing, after round seventy-one (seed 4049, kept as a measure: 92 of 104 right): a guess aloud as an
  indirect question ("fans speculated whether the entire album would be a vindictive screed");
- every signal that reads the writer's voice: the White House's transcripts, titled "Statement by the President"
  or "Remarks by the President on ..." (``scorer.block_quotes.printed_remarks``; tests/test_block_quotes.py).

Left alone, judged wrong: a group that is what the sentence narrates ("some aides thought it would make her
look silly", "Gun rights advocates thought that Heller ... would encourage courts"); a group whose named members
the article quotes later ("workers said ... Ahmad Samadi, 26, a site foreman"); a documented public criticism told
in the passive ("he was criticized for not taking enough control"); the anonymous respondents of a named survey
panel ("Insiders in both parties agree", the POLITICO Caucus); an interview's inline turns ("Graeme Wood: ...").
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (buzzfeed_webis_2016:1306, judged wrong)
        "Polls consistently show Americans view the country as on the wrong track and the economy as either stuck "
        "in the mud or getting worse. A POLITICO-Harvard T.H. Chan School of Public Health poll out this week showed "
        "that 56 percent of voters think the economy is bad.",
        "Polls consistently show",
    ),
    (  # (fakenewsnet_politifact_defend:politifact11989, judged wrong)
        "In a 2007 lawsuit filed in state court against the Trump/Bayrock Organization, the plaintiff alleged that "
        "Sater threatened one of the Arizona partners in the deal, a man named Earnest Mennes. Sater was alleged to "
        "have told Mennes he would call in a relative.",
        "was alleged to",
    ),
    (  # (celebrity:legit/152legit.txt, round seventy-one, judged wrong)
        "With an album title like Reputation, fans speculated whether the entire album would be a vindictive screed "
        "aimed at Swift's enemies.",
        "fans speculated",
    ),
]

STILL_FOUND = [
    (  # what the fans guess is a claim passed on
        "Fans speculated that the entire album would be a vindictive screed aimed at Swift's enemies.",
        "Fans speculated",
    ),
    (  # the next sentence is about something else: the polls stay unnamed
        "Polls consistently show Americans view the country as on the wrong track. The economy grew by two percent "
        "last year, the Commerce Department said.",
        "Polls consistently show",
    ),
    (  # the plaintiff alleged something about somebody else: who alleges this is not given
        "The plaintiff alleged that the firm broke the rules. Sater was alleged to have told Mennes he would call "
        "in a relative.",
        "was alleged to",
    ),
    (  # the same verb before, but its subject is an unnamed group
        "Critics alleged that Sater threatened a partner. Sater was alleged to have told Mennes he would call in a "
        "relative.",
        "was alleged to",
    ),
]

test_hedged_left_alone, test_hedged_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
