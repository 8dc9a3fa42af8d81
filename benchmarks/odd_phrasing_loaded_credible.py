"""Loaded-language findings on credible reporting: how many, and how many are right when read.

    python benchmarks/odd_phrasing_loaded_credible.py [--set other] [--limit N] [--sample 50] [--seed 0]

Runs the odd_phrasing signal over credible articles and prints the loaded-language
findings (checks ``loaded_word``, ``loaded_words``, ``rhetorical_exclamation``, ``scare_quotes`` and
``name_calling``, ``clickbait``; ``--checks`` picks some) per article and per 1,000 words, then a seeded
sample of ``--sample`` findings with their context. HAND_READ holds the verdicts of the sample read
by hand (True = the wording really is charged in the article's own voice, which a copy editor would
query even in a credible article); findings not in it are printed as unread.

``--set mainstream`` (default): the ``test`` half of ``odd_phrasing_loaded_language.credible_split``
(mainstream buzzfeed_webis_2016 articles with odd ids, PolNeAR dev and test from the NYT, the
Washington Post, Politico and USA Today). The ``fit`` half chose the words; this half's findings were
read while the guards were written, so its figure is not blind.
``--set fit``: the ``fit`` half (it chose the charged words of ``loaded_word``; the rhetoric checks
``rhetorical_exclamation``, ``scare_quotes`` and ``name_calling`` were never run on it before their read).
``--set fnn_old`` (FakeNewsNet old release, credible; many partisan) and ``--set tempeval3`` (wire news):
never used for the loaded-language checks; read blind for odd_phrasing 0.8.0's new findings.
``--set other``: the credible articles of celebrity, fakenewsamt, fakenewsnet_politifact_defend and
fa_kes (editor_gold_dev's left out), read only after the words and guards were fixed.
"""

from __future__ import annotations

import argparse
import random
import sys

from misinfo_scorer_plugins.odd_phrasing import LOADED_LANGUAGE_CHECKS
from odd_phrasing_common import read_jsonl, require, run_signal_on
from odd_phrasing_loaded_language import credible_split

LOADED_CHECKS = tuple(sorted(LOADED_LANGUAGE_CHECKS))
OTHER_CORPORA = ("celebrity", "fakenewsamt", "fakenewsnet_politifact_defend", "fa_kes")


def fnn_old_credible() -> list[str]:
    """The credible articles of FakeNewsNet's old release (BuzzFeed and PolitiFact parts) longer than 200
    characters, any whose text starts as an editor_gold_dev article's left out."""
    gold = {r["text"][:200] for r in read_jsonl(require("editor_gold_dev/articles.jsonl"))}
    return [
        r["text"]
        for corpus in ("fakenewsnet_old_buzzfeed", "fakenewsnet_old_politifact")
        for r in read_jsonl(require(f"{corpus}/articles.jsonl"))
        if r["label"] == "credible" and r["text"][:200] not in gold and len(r["text"]) > 200
    ]


def tempeval3_texts() -> list[str]:
    """The wire and broadcast news of TempEval-3 (TimeBank, AQUAINT, Platinum)."""
    return [r["text"] for r in read_jsonl(require("temporal_tempeval3/tempeval3.jsonl"))]


def other_credible() -> list[str]:
    """The credible articles of ``OTHER_CORPORA``, editor_gold_dev's left out."""
    gold = {r["id"] for r in read_jsonl(require("editor_gold_dev/articles.jsonl"))}
    return [
        r["text"]
        for corpus in OTHER_CORPORA
        for r in read_jsonl(require(f"{corpus}/articles.jsonl"))
        if r["label"] == "credible" and r["id"] not in gold
    ]


#: Verdicts of the hand-read sample, keyed by the finding's text and the 30 characters before it.
#: ``--set mainstream``: all 16 findings of odd_phrasing at 231b78b, read while its guards were
#: written (not blind): 14 right. Wrong: a blame reported ("blame Buchanan for being a Southern
#: lackey") and a candidate's speech printed without quotation marks ("We must abandon foolish
#: skirmishes").
HAND_READ: dict[str, bool] = {
    "t five years perpetuating the [smear]": True,
    "The statement is so patently [absurd]": True,
    "night's Clinton-Trump debate [Blatantly]": True,
    "he had used similar terms to [smear]": True,
    "a decision by longtime Trump [hater]": True,
    "Buchanan for being a Southern [lackey]": False,
    "has (until his recent birther [nonsense]": True,
    "the primary and whose life of [shameless]": True,
    "it is to Washington’s studied [cowardice]": True,
    "tual defense. We must abandon [foolish]": False,
    '" Clinton retorted when asked [blatantly]': True,
    "bination of insult comedy and [monster-truck rally, despite the flagrant abuse of facts and unsettling "
    "whiff of menace]": True,
    "d contrasting it with Trump's [utter]": True,
    "with that. But don't let the [absurdity]": True,
    "a subsidiary that it's almost [laughable]": True,
    "ble goals. How we resolve the [disgraceful]": True,
    # ``--set other``: all 25 findings of odd_phrasing at 231b78b, read blind (the words and guards
    # were fixed before): 13 right (0.52). Wrong: interview answers printed without double
    # quotation marks (3), literal senses ("smears of blood", "a hysterical woman", "creepy little girl",
    # "my ass"), someone's own view or fans' speculation reported ("laughable to her", "fans
    # speculated whether ... vindictive"), an executive order's "malevolent purposes", and the
    # three-term sentence check on a headline quote and on "a devastating civil war ... brutality".
    # The literal senses, the view and the speculation are guarded since (tests quote the sentences).
    "have fought bravely against a [ruthless]": True,
    "for all program will end the [disgrace]": True,
    "ication of Women in Media is '[Absurd and Disturbing' Jennifer Aniston Reveals Secret to Happy Marriage, "
    "Professional Success In July, Aniston, 47, wrote in the Huffington Post that she and her husband, 44, also "
    "an actor, are relentlessly]": False,
    "oe Kardashian has no time for [haters]": True,
    "izens. Such a charge would be [laughable]": True,
    "e that Trump vowed to oppose, [hell-bent]": True,
    "h. Syria has been locked in a [devastating civil war since early 2011 initiated by the Assad regime which "
    "cracked down on pro-democracy protests that began as part of the Arab Spring uprisings with unexpected "
    "brutality and disproportionate]": False,
    "fine all the time. Isn’t it [dishonest]": False,
    "o not trivial are the equally [pernicious]": True,
    "d States immigration laws for [malevolent]": False,
    "as 8 years old, he engaged in [despicable]": True,
    "cool. He wouldn't get near my [ass]": False,
    "an American president borrow [despotic]": True,
    'w a bigger audience" trope is [bullshit]': True,
    "which John occasionally did; [utter]": False,
    "and on. This feedback loop is [disgraceful]": True,
    "dust except for speckles and [smears]": False,
    "remain unfilled because of a [pernicious]": True,
    "r the entire album would be a [vindictive]": False,
    "ith scenes from The Exorcist, [creepy]": False,
    "one’s idea of a sex symbol is [laughable]": False,
    "pt to distract from the Trump [fiasco]": True,
    "ood and dust. They ran past a [hysterical]": False,
    "only could just stop with the [stupid]": False,
    "e with her new-born baby? How [absurd]": True,
    # odd_phrasing 0.8.0, the rhetoric checks (rhetorical_exclamation, scare_quotes, name_calling) and
    # "call" read as convening: every new finding on all three sets (mainstream, other, fit), read
    # blind. In the first run "call" gave two wrong loaded_word findings, a judgement the parse hangs on
    # the object ("called allegations against their forces illogical"); guarded since (tests quote them).
    ", because of her limitations. [That’s so awful!]": True,
    "egations against their forces [illogical]": False,
    "photo shoot disrespectful and [obscene]": False,
    # ``--set fit --checks rhetorical_exclamation,scare_quotes,name_calling``: 3 findings, 0 right, all
    # a campaign's nicknames in quotation marks mentioned as its coinage; a mock name in quotation
    # marks is now only a byname ("Hillary the Horrible"), which leaves none (fitted; tests quote them).
    "ngling facts. Hillary Clinton [(“Crooked Hillary”]": False,
    'nst him ("Low energy" Jeb Bush[, "Little Marco"]': False,
    'ed to describe his competition[: "Lyin\' Ted."]': False,
    # ``--set fnn_old`` (207 articles): the one new finding (loaded_word after the "call" change) was
    # wrong, a bare noun after "calling" read as convening; guarded since (test quotes it).
    "ation shies away from calling [liars liars]": False,
}


def key(text: str, start: int, end: int) -> str:
    """The verdict key of a finding: its text and the 30 characters before it, spaces normalised."""
    return " ".join(f"{text[max(0, start - 30) : start]}[{text[start:end]}]".split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        default="mainstream",
        choices=("mainstream", "other", "fit", "fnn_old", "tempeval3"),
        help="which credible set",
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--sample", type=int, default=50, help="findings to print for reading")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--checks", default=",".join(LOADED_CHECKS), help="comma-separated checks to count and read")
    args = parser.parse_args()
    texts = {
        "mainstream": lambda: credible_split("test"),
        "fit": lambda: credible_split("fit"),
        "other": other_credible,
        "fnn_old": fnn_old_credible,
        "tempeval3": tempeval3_texts,
    }[args.set]()
    if args.limit:
        texts = texts[: args.limit]
    checks = tuple(args.checks.split(","))
    found: list[tuple[str, int, int, str]] = []
    words = 0
    for doc, result in run_signal_on(texts, n_process=args.processes):
        words += sum(1 for t in doc if t.is_alpha)
        text = doc.text
        found += [(text, f.start, f.end, f.message) for f in result.findings if f.check in checks]
    n = len(texts)
    print(
        f"credible ({args.set}): {n} articles, {words} words; loaded findings {len(found)}: "
        f"{len(found) / n:.3f} per article, {1000 * len(found) / words:.3f} per 1,000 words"
    )
    sample = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    right = read = 0
    for text, start, end, message in sample:
        verdict = HAND_READ.get(key(text, start, end))
        if verdict is not None:
            read += 1
            right += verdict
        mark = {True: "right", False: "WRONG", None: "unread"}[verdict]
        context = " ".join(text[max(0, start - 120) : end + 80].split())
        print(f"- [{mark}] {key(text, start, end)}\n    {context}\n    {message}")
    if read:
        print(f"hand-read sample: {right}/{read} right ({right / read:.2f}); {len(sample) - read} unread")
    else:
        print(f"hand-read sample: none of the {len(sample)} read yet", file=sys.stderr)


if __name__ == "__main__":
    main()
