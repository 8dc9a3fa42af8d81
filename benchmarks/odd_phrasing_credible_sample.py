"""odd_phrasing on credible articles: a seeded random sample of findings, read by hand.

    python benchmarks/odd_phrasing_credible_sample.py [--articles 300] [--sample 50] [--seed 1] [--processes 2]

Draws ``--articles`` credible ARTICLES at random (``--seed``, default 1) from every labelled corpus in
../shared/data except LIAR (statements, not articles), the hand-marked editor_gold_dev set and
the two fakenewsnet_old copies (they overlap buzzfeed_webis_2016), runs the signal, and prints
findings per article, per check, and a random sample (seed 0) of ``--sample`` findings with their
context. With the defaults and odd_phrasing 0.4.0 the sample is the one read by hand below
(HAND_READ, in print order: True = a copy editor would query it); with ``--seed 2`` and 0.5.0 it is
the one in HAND_READ_05 (keyed by article, check and text, so a later version's sample is graded
where it repeats a finding read before, and the rest is shown unread). A finding is right when the
text really has the slip it names (a real misspelling, a real agreement error) or the wording really is loaded in the
article's own voice, even when the article is credible.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from odd_phrasing_common import DATA, read_jsonl, run_signal_on

SKIP = ("liar", "editor_gold_dev", "fakenewsnet_old_buzzfeed", "fakenewsnet_old_politifact")

#: The hand-read verdicts for the default run (300 articles, sample of 50), in print order, for
#: odd_phrasing 0.4.0: 28/50 = 0.56. Wrong: 9 of the 10 paragraph-level unbalanced_quote findings
#: (transcripts and quotations that run on; read conservatively), findings inside quoted speech and
#: embedded posts (shouting, "!?", a space before "?", a loaded word after a garbled "—"), a
#: ranking reported as such ("rated one of the worst presidents in history"), "fama PR",
#: "demining", "hanging chads", "Monmouth's 400 sample", "a f---ing", "For our Future" (a PAC's
#: name), a misparsed subject ("the cash from ... backers is"), and a newspaper's view reported
#: ("damning", "slammed", "so-called"). The 0.4 checks alone: 14/21 = 0.67.
HAND_READ: list[bool] = [
    True,
    True,
    True,
    False,
    False,
    True,
    True,
    False,
    False,
    True,
    False,
    False,
    False,
    True,
    False,
    True,
    True,
    False,
    False,
    True,
    False,
    False,
    True,
    True,
    True,
    False,
    True,
    False,
    True,
    False,
    True,
    True,
    True,
    False,
    True,
    False,
    False,
    True,
    True,
    True,
    True,
    True,
    False,
    False,
    False,
    True,
    True,
    False,
    True,
    True,
]


#: The hand-read verdicts for ``--seed 2`` (300 other credible articles), odd_phrasing 0.5.0:
#: (article id, check, finding text) -> right. Read before shouting and superlatives became features
#: only and before the collective-noun and "in terms similar to" fixes: 37/50 = 0.74. Wrong: capitals
#: as layout (warning banners, a press release's title), a headline's " ." and a transcript's "(can/can't ?)",
#: "duo are" (British usage), "in terms similar to", a reporter's name, "Reported" in a title-case
#: credit line, "kills 16 outside bakery" (a headline), fair superlatives ("the most successful artists
#: of all time", "the greatest heroes in comic book history", "the most devastating lines in
#: presidential debate history"). The sample overlaps the seed-1 articles in a few (same pool).
HAND_READ_05: dict[tuple[str, str, str], bool] = {
    ("buzzfeed_webis_2016:0822", "shouting", "GRAPHIC VIDEO OF AN OFFICER’S DEATH BELOW"): False,  # 1
    ("celebrity:legit/140legit.txt", "space_before_punctuation", "People ,"): True,  # 2
    ("fa_kes:1962495668", "number_noun_agreement", "75 terrorist"): True,  # 3
    ("buzzfeed_webis_2016:1310", "run_together", 'pleading,"This'): True,  # 4
    ("buzzfeed_webis_2016:0309", "missing_word", "in terms similar"): False,  # 5
    ("celebrity:legit/037legit.txt", "wrong_participle", "had already began"): True,  # 6
    ("buzzfeed_webis_2016:1620", "misspelling", "recentl"): True,  # 7
    ("buzzfeed_webis_2016:0074", "a_an", "a interview"): True,  # 8
    ("buzzfeed_webis_2016:1437", "loaded_word", "stupid"): True,  # 9
    ("buzzfeed_webis_2016:0822", "shouting", "AUDIO OF A MAN’S LAST MOMENTS ON EARTH"): False,  # 10
    ("celebrity:legit/131legit.txt", "confusable", "Neither Minaj or"): True,  # 11
    (
        "buzzfeed_webis_2016:0938",
        "sensational_superlative",
        "the worst debate performance in presidential history",
    ): True,  # 12
    ("buzzfeed_webis_2016:1435", "loaded_word", "despicable"): True,  # 13
    ("buzzfeed_webis_2016:0938", "doubled_word", "and and"): True,  # 14
    ("buzzfeed_webis_2016:0787", "exclamation_run", "!!!"): True,  # 15
    ("celebrity:legit/139legit.txt", "sensational_superlative", "the most iconic girlband of all time"): True,  # 16
    ("fa_kes:1962495668", "misspelling", "nore"): True,  # 17
    ("buzzfeed_webis_2016:0773", "loaded_word", "idiot"): True,  # 18
    (
        "fakenewsnet_politifact_defend:politifact979",
        "shouting",
        "BY THE PRESIDENTON A NEW STRATEGY FOR AFGHANISTAN AND",
    ): False,  # 19
    ("celebrity:legit/140legit.txt", "space_before_punctuation", "Winslet ?"): True,  # 20
    ("buzzfeed_webis_2016:0773", "loaded_word", "stupidity"): True,  # 21
    ("buzzfeed_webis_2016:1179", "doubled_word", "a “a"): True,  # 22
    ("buzzfeed_webis_2016:0812", "shouting", "BECAUSE THEY ARE TRUE"): True,  # 23
    ("buzzfeed_webis_2016:1476", "loaded_word", "nefarious"): True,  # 24
    ("buzzfeed_webis_2016:0071", "doubled_word", "for for"): True,  # 25
    ("fa_kes:1926479313#3", "misspelling", "terroris"): True,  # 26
    ("buzzfeed_webis_2016:0094", "doubled_word", "what what"): True,  # 27
    ("buzzfeed_webis_2016:1593", "loaded_word", "morons"): True,  # 28
    ("buzzfeed_webis_2016:0289", "doubled_word", "the the"): True,  # 29
    ("buzzfeed_webis_2016:0938", "space_before_punctuation", "asked ,"): True,  # 30
    ("buzzfeed_webis_2016:0737", "space_before_punctuation", "Lee ,"): True,  # 31
    ("fa_kes:1965511105", "space_before_punctuation", "Alawites ."): False,  # 32
    ("buzzfeed_webis_2016:0735", "space_before_punctuation", "stuff ?"): True,  # 33
    ("celebrity:legit/195legit.txt", "exclamation_run", "?!"): True,  # 34
    ("fakenewsamt:legit/sports30.legit.txt", "subject_verb_agreement", "duo are"): False,  # 35
    ("celebrity:legit/193legit.txt", "sensational_superlative", "the most successful artists of all time"): False,  # 36
    ("buzzfeed_webis_2016:0938", "loaded_word", "unhinged"): True,  # 37
    ("celebrity:legit/140legit.txt", "space_before_punctuation", "reports ."): True,  # 38
    ("celebrity:legit/037legit.txt", "doubled_word", "the the"): True,  # 39
    ("fakenewsnet_politifact_defend:politifact377", "space_before_punctuation", "content ,"): True,  # 40
    ("fakenewsnet_politifact_defend:politifact377", "space_before_punctuation", "t ?"): False,  # 41
    ("buzzfeed_webis_2016:1167", "misspelling", "Hefling"): False,  # 42
    ("buzzfeed_webis_2016:0584", "stray_capital", "Reported"): False,  # 43
    ("buzzfeed_webis_2016:1612", "misspelling", "intially"): True,  # 44
    ("buzzfeed_webis_2016:0735", "doubled_word", "the the"): True,  # 45
    (
        "fakenewsamt:legit/entmt32.legit.txt",
        "sensational_superlative",
        "the greatest heroes in comic book history",
    ): False,  # 46
    ("buzzfeed_webis_2016:0812", "loaded_word", "idiots"): True,  # 47
    (
        "buzzfeed_webis_2016:0460",
        "sensational_superlative",
        "the most devastating lines in presidential debate history",
    ): False,  # 48
    ("buzzfeed_webis_2016:0878", "exclamation_run", "!!"): True,  # 49
    ("fa_kes:1923848176", "number_noun_agreement", "16 outside bakery"): False,  # 50
    # read after the silencing (0.5.0 as committed): 9 of these 12 right; whole sample 43/50 = 0.86
    ("buzzfeed_webis_2016:1437", "loaded_word", "leftist"): True,
    ("buzzfeed_webis_2016:1092", "wrong_way_quote", "have.“"): True,
    ("buzzfeed_webis_2016:1620", "determiner_noun_agreement", "each candidates"): True,
    ("buzzfeed_webis_2016:0064", "loaded_word", "stupid"): True,
    ("celebrity:legit/044legit.txt", "misspelling", "escpaed"): True,
    ("buzzfeed_webis_2016:1605", "exclamation_run", "!!!"): False,  # a pasted Facebook post
    ("buzzfeed_webis_2016:0495", "space_before_punctuation", "passport !"): False,  # a quoted tweet
    ("fa_kes:1965495376", "misspelling", "souce"): True,
    ("fakenewsamt:legit/entmt34.legit.txt", "subject_verb_agreement", "Banks was"): False,  # a name
    ("buzzfeed_webis_2016:0812", "loaded_word", "sucks"): True,
    ("fakenewsnet_politifact_defend:politifact513", "space_before_punctuation", "content ,"): True,
    ("buzzfeed_webis_2016:0773", "loaded_word", "morons"): True,
    # loaded_word findings of 0.5.1, ALL of them in --seed 7 --articles 600 (not only the sample of 50),
    # hand-read: 34/35 right; the wrong one is a speech transcript printed without quotation marks.
    # Borderline, counted right: 'Crooked Hillary' (the writer mimics the epithet), 'vile tone', 'smug',
    # 'rapacious' (a writer's judgement in analysis or history; an editor would still ask).
    # Dropped before this read: 'crook(s)', 'crackpot(s)' (0 of 5 right).
    ("buzzfeed_webis_2016:1559", "loaded_word", "crappy"): True,
    ("buzzfeed_webis_2016:1233", "loaded_word", "Crooked Hillary"): True,
    ("buzzfeed_webis_2016:1053", "loaded_word", "cowardice"): True,
    ("buzzfeed_webis_2016:1126", "loaded_word", "rapacious"): True,
    ("buzzfeed_webis_2016:1518", "loaded_word", "morons"): True,
    ("buzzfeed_webis_2016:0905", "loaded_word", "stooges"): True,
    ("buzzfeed_webis_2016:0821", "loaded_word", "idiot"): True,
    ("buzzfeed_webis_2016:0583", "loaded_word", "Leftist loon"): True,
    ("buzzfeed_webis_2016:0868", "loaded_word", "scoundrels"): True,
    ("buzzfeed_webis_2016:0583", "loaded_word", "lunatics"): True,
    ("buzzfeed_webis_2016:0823", "loaded_word", "moron"): True,
    ("buzzfeed_webis_2016:0805", "loaded_word", "morons"): True,
    ("buzzfeed_webis_2016:0421", "loaded_word", "vile"): True,
    ("buzzfeed_webis_2016:0825", "loaded_word", "Cowards"): True,
    ("buzzfeed_webis_2016:0583", "loaded_word", "leftist"): True,
    ("buzzfeed_webis_2016:0823", "loaded_word", "idiots"): True,
    ("buzzfeed_webis_2016:1518", "loaded_word", "stupidity"): True,
    ("buzzfeed_webis_2016:0582", "loaded_word", "leftist"): True,
    ("fakenewsnet_politifact_defend:politifact13477", "loaded_word", "hell-bent"): True,
    ("fakenewsnet_politifact_defend:politifact810", "loaded_word", "despicable"): False,
    ("buzzfeed_webis_2016:0108", "loaded_word", "whining"): True,
    ("buzzfeed_webis_2016:0823", "loaded_word", "degenerates"): True,
    ("buzzfeed_webis_2016:0768", "loaded_word", "stupid"): True,
    ("buzzfeed_webis_2016:0754", "loaded_word", "douchebags"): True,
    ("buzzfeed_webis_2016:0768", "loaded_word", "self-righteous"): True,
    ("buzzfeed_webis_2016:0561", "loaded_word", "sellout"): True,
    ("buzzfeed_webis_2016:0223", "loaded_word", "stupidity"): True,
    ("buzzfeed_webis_2016:1525", "loaded_word", "nauseating"): True,
    ("buzzfeed_webis_2016:1200", "loaded_word", "baloney"): True,
    ("buzzfeed_webis_2016:0868", "loaded_word", "vile"): True,
    ("buzzfeed_webis_2016:0103", "loaded_word", "asshole"): True,
    ("buzzfeed_webis_2016:0760", "loaded_word", "HORROR"): True,
    ("buzzfeed_webis_2016:1338", "loaded_word", "smug"): True,
    ("buzzfeed_webis_2016:1520", "loaded_word", "Hildabeast"): True,
}


#: Every finding of the checks new in odd_phrasing 0.8.0 (doubled modal or verb, modal typo, noun
#: after "to", words run together, modal + -ing form) on 2,286 credible articles of this pool (seed 14,
#: editor_gold_dev ids left out), read in two rounds. First 1,200 articles, read while the checks
#: were written: 4 of 9 right; the wrong ones made guards. Then 1,100 never read before: 2 of 6
#: right ("theyalso", "conflictsince"); the four wrong ones made guards too (fitted). With every
#: guard the 2,286 articles give 4 new findings, all right. Findings the signal drops as a speaker's
#: words in a transcript are not listed.
HAND_READ_08: dict[tuple[str, str, str], bool] = {
    # first round (fitted)
    ("buzzfeed_webis_2016:0552", "verb_form", "to layout"): True,
    ("buzzfeed_webis_2016:0947", "verb_form", "would ushering"): True,
    ("buzzfeed_webis_2016:0056", "misspelling", "atelevision"): True,
    ("fakenewsnet_politifact_defend:politifact13469", "misspelling", "timethat"): True,
    ("celebrity:legit/171legit.txt", "misspelling", "afterparty"): False,  # a closed compound
    ("buzzfeed_webis_2016:1047", "verb_form", "to sunset"): False,  # "sunsetting" is attested
    ("celebrity:legit/060legit.txt", "verb_form", "to slag"): False,  # a British verb
    ("fakenewsnet_politifact_defend:politifact13244", "verb_form", "to upstate"): False,  # "upstate New York"
    ("buzzfeed_webis_2016:0996", "doubled_word", "sent along an email he sent"): False,  # a relative clause
    # second round, blind
    ("buzzfeed_webis_2016:0143", "misspelling", "theyalso"): True,
    ("fa_kes:1924058121", "misspelling", "conflictsince"): True,
    ("buzzfeed_webis_2016:0825", "misspelling", "Anywho"): False,  # slang
    ("buzzfeed_webis_2016:1315", "misspelling", "leadall"): False,  # newsroom jargon
    ("buzzfeed_webis_2016:0735", "verb_form", "to moderator"): False,  # "As to moderator Holt"
    ("buzzfeed_webis_2016:1620", "verb_form", "to moderator"): False,  # "up to moderator Lester Holt"
}


#: The hand-read verdicts for the default run (300 articles, seed 1, sample of 50), odd_phrasing 0.15.0,
#: (article id, check, finding text) -> right; 6 of the 50 repeat findings read before (HAND_READ_05,
#: HAND_READ_08, all right), the 44 here are new: 31/44 right, whole sample 37/50 = 0.74. Wrong: ten
#: loaded words in one article (buzzfeed 0885) that quotes Drew Magary's GQ column whole without
#: quotation marks ("Couldn't have said it better ourselves"): 'idiot', 'Fuck', 'moron', 'fucking',
#: 'fuck you, and fuck', 'sociopath', 'hissy fit', 'FUCK', 'bastard', and 'smug' (the "Smug Pepe" meme in
#: the column's list); a listicle subhead's "he said" run into the quotation it heads (',” Cruz said');
#: 'times which constitutes' ("which" stands for "the use of chlorine gas"); and 'handles.Momoa' (the scraped
#: remnant of an embedded tweet glued on: layout). Borderline, counted right: 'he sand' (a real slip,
#: "sang", named as agreement), 'wussy' (the writer voices the candidate's view), the unclosed inner
#: quotation ('‘Oh, Hillary could be a problem …”').
HAND_READ_15: dict[tuple[str, str, str], bool] = {
    ("buzzfeed_webis_2016:1270", "abbreviation", "U.S"): True,  # 1
    ("buzzfeed_webis_2016:0524", "confusable", "he session"): True,  # 2
    ("buzzfeed_webis_2016:1442", "subject_verb_agreement", "he sand"): True,  # 4 "while he sang the song"
    ("buzzfeed_webis_2016:0885", "loaded_word", "idiot"): False,  # 5 Magary's column, quoted
    ("buzzfeed_webis_2016:0885", "loaded_word", "Fuck"): False,  # 6 Magary's column, quoted
    ("fakenewsnet_politifact_defend:politifact6932", "verb_form", "would now wants"): True,  # 7
    (
        "buzzfeed_webis_2016:1531",
        "loaded_word",
        "bullshit, it’s no surprise that everything that comes out of the mouth of one of their founding mothers"
        " is completely asinine",
    ): True,  # 8
    ("buzzfeed_webis_2016:0885", "loaded_word", "moron"): False,  # 9 Magary's column, quoted
    ("buzzfeed_webis_2016:1202", "doubled_word", "a “a"): True,  # 11
    ("buzzfeed_webis_2016:0444", "doubled_attribution", '," he told'): True,  # 12 'he said, "...," he told CNN'
    ("buzzfeed_webis_2016:0885", "loaded_word", "fucking"): False,  # 13 Magary's column, quoted
    ("buzzfeed_webis_2016:1531", "missing_verb", "should black communities"): True,  # 15 "should be"
    ("buzzfeed_webis_2016:0785", "misspelling", "sametime"): True,  # 17
    # 18: "lays into his wussy opponents": the writer voices Thompson's view (counted like 'Crooked Hillary')
    ("fakenewsnet_politifact_defend:politifact98", "loaded_word", "wussy"): True,  # 18
    ("buzzfeed_webis_2016:1442", "abbreviation", "U.S"): True,  # 19
    ("buzzfeed_webis_2016:0885", "loaded_word", "fuck you, and fuck"): False,  # 20 Magary's column, quoted
    ("buzzfeed_webis_2016:1531", "loaded_word", "shit"): True,  # 22
    ("buzzfeed_webis_2016:1322", "loaded_word", "preposterous"): True,  # 23
    ("buzzfeed_webis_2016:1045", "loaded_word", "nonsense"): True,  # 24 "his recent birther nonsense"
    ("buzzfeed_webis_2016:0830", "rhetorical_exclamation", "What a heartbreaking story."): True,  # 25 sarcasm
    ("buzzfeed_webis_2016:0885", "loaded_word", "sociopath"): False,  # 26 Magary's column, quoted
    # 28: the inner quotation is never closed ('…’”' was meant); the mark is the writer's
    ("buzzfeed_webis_2016:1173", "mismatched_quotes", "‘Oh, Hillary could be a problem …”"): True,  # 28
    ("fa_kes:1926479274", "doubled_word", "the the"): True,  # 29
    ("buzzfeed_webis_2016:0814", "loaded_word", "absolutely ludicrous"): True,  # 30
    ("buzzfeed_webis_2016:0219", "loaded_word", "tantrum"): True,  # 31
    # 32: '7. ... Trump is “utterly amoral,” he said' is the listicle's subhead, not an attribution
    ("buzzfeed_webis_2016:1208", "doubled_attribution", ",” Cruz said"): False,  # 32
    # 33: "at obnoxious Twitter handle with a smug Pepe The Nazi frog": the meme's name, in Magary's list
    ("buzzfeed_webis_2016:0885", "loaded_word", "smug"): False,  # 33
    ("fakenewsamt:legit/edu09.legit.txt", "doubled_word", "the The"): True,  # 34 "in the The Washington Post"
    ("buzzfeed_webis_2016:0735", "loaded_word", "nonsense"): True,  # 35
    # 36: "known the use of the chlorine gas four times which constitutes": 'which' is the use, singular
    ("fa_kes:1926479261", "subject_verb_agreement", "times which constitutes"): False,  # 36
    ("buzzfeed_webis_2016:0885", "loaded_word", "hissy fit"): False,  # 37 Magary's column, quoted
    ("fa_kes:1962495708", "number_noun_agreement", "50 member"): True,  # 38
    ("buzzfeed_webis_2016:0214", "wrong_way_quote", "”We’ve"): True,  # 39 Kelly's words, the writer's mark
    # 40: "Twitter handles.Momoa and Wan's Twitter ." is what the scrape left of an embedded tweet: layout
    ("celebrity:legit/230legit.txt", "run_together", "handles.Momoa"): False,  # 40
    ("buzzfeed_webis_2016:0236", "doubled_word", "birth certificate birth certificate"): True,  # 41
    ("buzzfeed_webis_2016:1434", "loaded_word", "disgrace"): True,  # 42
    ("buzzfeed_webis_2016:0916", "loaded_word", "absurdly"): True,  # 43
    ("buzzfeed_webis_2016:0219", "loaded_word", "rant"): True,  # 44
    ("buzzfeed_webis_2016:0136", "loaded_word", "wacky, deplorable"): True,  # 45
    ("fakenewsnet_politifact_defend:politifact6932", "doubled_word", "to to"): True,  # 46
    ("buzzfeed_webis_2016:0214", "loaded_word", "bullshit"): True,  # 47
    ("buzzfeed_webis_2016:0885", "loaded_word", "FUCK"): False,  # 48 Magary's column, quoted
    ("buzzfeed_webis_2016:0885", "loaded_word", "bastard"): False,  # 49 Magary's column, quoted
    ("buzzfeed_webis_2016:1415", "clickbait", "will astound you"): True,  # 50
}


#: The hand-read verdicts for the default run with odd_phrasing 0.38.0: 29 of the 50 repeat findings read
#: before (19 right), the 21 here are new: 20/21 right, whole sample 39/50 = 0.78. Wrong: "blatantly obvious"
#: (an idiom of emphasis, not a judgement of anyone's conduct). Counted right: a slip inside a quotation is
#: still a slip ("the first fact-check opporutnity"), and two attributions of one quotation ("He added: '...,'
#: he said"; "And then, she said, '...,' Nicole said").
HAND_READ_38: dict[tuple[str, str, str], bool] = {
    ("fakenewsamt:legit/biz28.legit.txt", "doubled_word", 'a "a'): True,  # 2
    ("buzzfeed_webis_2016:0735", "loaded_word", "hit pieces"): True,  # 4
    ("buzzfeed_webis_2016:0561", "wrong_word_form", "Democrat spin"): True,  # 5
    ("buzzfeed_webis_2016:0830", "loaded_word", "race-baiting"): True,  # 11
    ("buzzfeed_webis_2016:0214", "loaded_word", "hypocrite"): True,  # 12
    ("buzzfeed_webis_2016:1234", "misspelling", "opporutnity"): True,  # 16
    ("celebrity:legit/016legit.txt", "misspelling", "Tthe"): True,  # 17
    ("buzzfeed_webis_2016:1045", "hyphen", "eighty one"): True,  # 18
    ("buzzfeed_webis_2016:0561", "loaded_word", "lapdog and sellout"): True,  # 20
    ("buzzfeed_webis_2016:0214", "name_calling", "Trump’s puppet"): True,  # 22
    ("buzzfeed_webis_2016:1531", "loaded_word", "ignorant"): True,  # 24
    ("buzzfeed_webis_2016:0411", "doubled_word", "the the"): True,  # 25
    ("fakenewsnet_politifact_defend:politifact627", "doubled_attribution", ",” he said"): True,  # 26
    ("buzzfeed_webis_2016:1415", "rhetorical_exclamation", "THIS IS SO HEARTBREAKING!"): True,  # 30
    ("celebrity:legit/185legit.txt", "doubled_attribution", '," Nicole said'): True,  # 36
    ("buzzfeed_webis_2016:0735", "wrong_participle", "has spend"): True,  # 38
    ("buzzfeed_webis_2016:0922", "loaded_word", "blatantly"): False,  # 39 "blatantly obvious"
    ("buzzfeed_webis_2016:0830", "subject_verb_agreement", "tactics that keeps"): True,  # 41
    ("buzzfeed_webis_2016:0219", "loaded_word", "whined"): True,  # 43
    ("buzzfeed_webis_2016:0513", "doubled_word", "to to"): True,  # 45
    ("fa_kes:1926479313", "misspelling", "terroris"): True,  # 46
}


#: The hand-read verdicts for the default run with odd_phrasing 0.39.8 and 0.39.9: the sample moves with the
#: findings; with 0.39.8 (103 findings) 40 of its 50 had been read (29 right) and 10 were new, 7 right. Wrong:
#: "absolutely destructive" (advice that anger harms problem solving, nothing sensational), "blame Buchanan for
#: being a Southern lackey" (the Northerners' charge, reported: 0.39.9 leaves "for being" after a verb of blame
#: alone) and a word of Drew Magary's column, which buzzfeed_webis_2016:0885 reprints without quotation marks
#: (read as quoted, as before; a reader of the judged rounds counted them the article's own, since it adopts
#: them). With 0.39.9 (102 findings) four more were new, three right ("sleazy", "shills", "a labor unions"):
#: whole sample 39/50 = 0.78; of the 11 wrong, 6 are that column.
HAND_READ_40: dict[tuple[str, str, str], bool] = {
    ("buzzfeed_webis_2016:1236", "wrong_way_quote", "‘84"): True,  # 1
    ("buzzfeed_webis_2016:1480", "loaded_word", "dumb"): True,  # 17
    ("buzzfeed_webis_2016:0785", "loaded_word", "absolutely destructive"): False,  # 18
    ("buzzfeed_webis_2016:0411", "missing_article", "Obama administration"): True,  # 25
    ("buzzfeed_webis_2016:1364", "wrong_way_quote", "”The"): True,  # 26
    ("buzzfeed_webis_2016:1005", "loaded_word", "lackey"): False,  # 27
    ("fa_kes:1926479261", "loaded_word", "outrageous"): True,  # 35
    ("buzzfeed_webis_2016:1125", "loaded_word", "blatantly"): True,  # 39 "blatantly sexist questions"
    ("fa_kes:1962495694", "subject_verb_agreement", "fighters who raids"): True,  # 40
    ("buzzfeed_webis_2016:0885", "loaded_word", "asshole"): False,  # 49 Magary's column, quoted
    ("buzzfeed_webis_2016:0885", "loaded_word", "hateful"): False,  # 7 (0.39.9) Magary's column, quoted
    ("buzzfeed_webis_2016:1532", "loaded_word", "sleazy"): True,  # 30 (0.39.9)
    ("buzzfeed_webis_2016:0916", "loaded_word", "shills"): True,  # 37 (0.39.9)
    ("buzzfeed_webis_2016:0368", "determiner_noun_agreement", "a labor unions"): True,  # 41 (0.39.9)
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1, help="seed of the article draw (1: the 0.4.0 read)")
    args = parser.parse_args()

    pool = []
    for path in sorted(DATA.glob("*/articles.jsonl")):
        if path.parent.name in SKIP:
            continue
        pool += [r for r in read_jsonl(path) if r.get("label") == "credible" and (r.get("text") or "").strip()]
    if not pool:
        raise SystemExit(f"benchmark data not found under {DATA} (../shared/data ships beside the repo)")
    random.Random(args.seed).shuffle(pool)
    rows = pool[: args.articles]
    found: list[tuple[str, str, str, tuple[str, str, str]]] = []
    checks: Counter[str] = Counter()
    words = 0
    results = run_signal_on([r["text"] for r in rows], n_process=args.processes)
    for (doc, result), row in zip(results, rows, strict=True):
        words += sum(1 for t in doc if t.is_alpha)
        for f in result.findings:
            checks[f.check] += 1
            context = row["text"][max(0, f.start - 80) : f.end + 60].replace("\n", " / ")
            what = f"[{f.check}] {row['text'][f.start : f.end]!r}: {f.message}"
            found.append((row["id"], what, context, (row["id"], f.check, row["text"][f.start : f.end])))
    print(
        f"{len(rows)} credible articles, {words} words: {len(found)} findings = "
        f"{len(found) / max(len(rows), 1):.3f} per article, {1000 * len(found) / max(words, 1):.2f} per 1,000 words"
    )
    print("by check:", ", ".join(f"{k} {n}" for k, n in checks.most_common()))
    shown = random.Random(0).sample(found, min(args.sample, len(found)))
    version = OddPhrasing.version
    old = len(HAND_READ) == len(shown) and (args.articles, args.sample, args.seed, version) == (300, 50, 1, "0.4.0")
    read = HAND_READ_05 | HAND_READ_08 | HAND_READ_15 | HAND_READ_38 | HAND_READ_40
    verdicts = [HAND_READ[n] if old else read.get(key) for n, (*_, key) in enumerate(shown)]
    print(f"\nrandom sample of {len(shown)} findings (seed 0), {sum(v is not None for v in verdicts)} read by hand:")
    per_check: dict[str, list[int]] = {}
    for n, ((art, what, context, key), verdict) in enumerate(zip(shown, verdicts, strict=True)):
        mark = "" if verdict is None else (" [right]" if verdict else " [WRONG]")
        print(f"- {n + 1:2d}{mark} {art} {what}\n    ...{context}...")
        if verdict is not None:
            tally = per_check.setdefault(key[1], [0, 0])
            tally[0] += verdict
            tally[1] += 1
    graded = [v for v in verdicts if v is not None]
    if graded:
        print(f"hand-read precision: {sum(graded)}/{len(graded)} = {sum(graded) / len(graded):.2f}")
        print("per check:", ", ".join(f"{c} {r}/{t}" for c, (r, t) in sorted(per_check.items())))


if __name__ == "__main__":
    main()
