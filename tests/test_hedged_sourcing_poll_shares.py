"""hedged_sourcing: a group given as a share in per cent is a poll's answer, not a source.

Read on the credible pool (buzzfeed_webis_2016 mainstream, fakenewsamt legit, celebrity legit and the
fakenewsnet credible articles, dev and blind sets left out): "Overall, 55 percent of insiders said Trump
met expectations" (a POLITICO Caucus survey) and "It found more than a third (35%) of amateur sports
people say ..." (a BBC poll) were anonymous and vague sources. The figure says somebody counted the
answers, so the group is what a poll measured; whoever ran the poll is the source, and the sentence
around it names or hedges that separately. A share in words ("most people expect", "many Democrats
said") has no figure and still stands.

Every sentence is quoted from a published article (the id is in the comment).
"""

from __future__ import annotations

from hedged_cases import passage_tests

LEFT_ALONE = [
    # buzzfeed_webis_2016:1300: the share of a survey's insiders, in per cent
    (
        "Insiders were more mixed on Trump, on the other hand. Overall, 55 percent of insiders said Trump met "
        "expectations: 40 percent of Democrats and 68 percent of Republicans.",
        "insiders said",
    ),
    # fakenewsamt:legit/sports12.legit.txt: the parser hangs "of" on "found"; the words still give the share
    (
        "Drug use at every level of sport is \"fast becoming a crisis\" according to UK Anti-Doping - "
        "responding to a BBC poll into doping in amateur sport. It found more than a third (35%) of amateur "
        "sports people say they personally know someone who has doped and 8% said they had taken steroids.",
        "amateur sports people say",
    ),
]

STILL_FOUND = [
    # buzzfeed_webis_2016:1061: a group with no figure
    (
        "But with 48 days left in this contest \u2014 and voters in focus groups still expressing concern about "
        "what they view as inside dealing for foundation donors seeking special access \u2014 many Democrats "
        "said they were baffled by the former president\u2019s decision to carry on with the conference at all.",
        "many Democrats said",
    ),
    # buzzfeed_webis_2016:1594: a share in words, no poll anywhere near
    (
        "It\u2019s no secret that most people expect Aniston to be pleased that the man who cheated on her is "
        "splitting from the woman with whom he had the fling.",
        "most people expect",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
