"""Every finding on newspaper and partisan-site copy, judged right or wrong by readers who saw no code.

    python benchmarks/judged_rounds.py draw --seed SEED [--read benchmarks/blind/read_in_precision_rounds.txt]
        [--publishers nyt,wash-post,usa-today,breitbart,huff-post,west-journal] [--words 1301-2500] [--split dev]
    python benchmarks/judged_rounds.py draw --seed SEED --news CORPUS:LABEL=N [--news ...]
    python benchmarks/judged_rounds.py draw --seed SEED --wire N [--wire-min-words 0]
    python benchmarks/judged_rounds.py draw --seed SEED --ptc N [--ptc-split test]
    python benchmarks/judged_rounds.py tally [--show] [VERDICTS.jsonl ...]

A judged round takes 40 articles of PolNeAR's train split (10 each from the New York Times, the
Washington Post, Politico and USA Today, 300 to 1,300 words; ../shared/data/attribution_polnear; all
that are left of a paper when fewer are: the seventh round has Politico's last 8; from the eighth on,
``--publishers`` adds PolNeAR's partisan sites, Breitbart, HuffPost and the Western Journal; from the sixteenth
on, when most of the 300-1,300-word articles were read, ``--words`` takes the longer ones, then the shortest; from
the twenty-second, ``--split dev`` draws from PolNeAR's dev split, the test split left unread; a draw takes at
most ten per outlet, so an outlet's remainder waits for a later round), none read before
(``--read``), scores them with the signals alone (title and publication date given), and
gives every finding to a reader who judges it under the editor-gold protocol
(../shared/data/editor_gold_dev/PROTOCOL.md): would a copy editor query this span for the reason the
message gives? ``draw`` prints a round's ids.

Once every PolNeAR train and dev article had been read, rounds draw from the other news corpora of
../shared/data (``--news``, from the twenty-ninth round): N articles of each (corpus, label) asked for,
150-900 words, through ``blind_set.draw`` (which leaves out every article a tuning or blind set holds, the
copies of the tuning sets' articles, garbled text and the ``--read`` list); their ids keep the corpus's
(``buzzfeed_webis_2016:0123``) and the round is named ``news_seedSEED``. A round is kept
as its ids (``benchmarks/judged/NAME.ids``) and its verdicts as offsets, no text
(``benchmarks/judged/NAME.verdicts.jsonl``: id, signal, check, start, end, verdict, why).

From the forty-eighth round, ``--wire N`` draws N wire and newspaper reports of 1989-1998 (Wall Street Journal,
AP, New York Times, Xinhua, CNN, VOA and others) from TempEval-3's training documents
(../shared/data/temporal_tempeval3: TimeBank and AQUAINT; the Platinum test documents stay out), 150 words or
more, none read before; ids ``tempeval3:DOC_ID``, publication date from the document's creation time, the round
named ``wire_seedSEED``. No rule was written from these articles: they are credible copy from another decade
and other desks than every corpus the signals were tuned on. Once all of 150 words or more were read (the fiftieth
round), ``--wire-min-words 0`` draws the short ones left.
From the fifty-third round, ``--ptc N`` draws N articles of the Propaganda Techniques Corpus
(../shared/data/propaganda_ptc_semeval2020: 2017-2019 stories and columns from partisan and mainstream sites, the
kind of copy the tool is for) from its test split, whose articles nothing here ever read (the loaded-word
lexicon is built from the train split, and no rule was written from any of them); 150 words or more, none read
before; ids ``ptc:ARTICLE_ID``, the first line as the title, no publication date (the corpus gives none). The
corpus keeps one sentence per line, so paragraphs are lost: a confound for rules that read paragraph breaks.
From the fifty-fifth, with the test split read, ``--ptc-split train`` draws from the train split: its hedged and
grammar findings are as fresh, its loaded words are the lexicon's own ground (the dev split, which the loaded-word
benchmark measures on, stays unread). By the sixty-third round (``--ptc 44 --ptc-split train``) every test and train
article of 150 words or more was read; a later round of this corpus needs its dev split or its shorter articles.
The sixty-fourth (``--news`` with seed 4042) took every fake-site article of the news corpora still unread; the
sixty-fifth (``--ptc 73 --ptc-split dev``) the PTC dev split, its readers shown every finding but loaded language
(``NOT_SHOWN``), so that the split stays unread for the loaded-word benchmark. From the sixty-ninth,
``--news-words 901-100000`` draws the news corpora's articles of more than 900 words, which the dev set's 150-900
had left unread (the sixty-ninth took every such fake-site article that copies no tuning article). Every
draw leaves out the ids of every kept round (``benchmarks/judged/*.ids``) as well as the ``--read`` list.

``tally`` first gives each round as judged (every finding of the code of that day, judged blind: the
round's figure for that code) and all rounds pooled with a 95 % interval from resampling the articles; then
it scores each round's articles with the code installed now and counts, per round and per signal, the
findings a verdict covers (same check and span) as right or wrong, the findings no reader judged (new since
the round), and the judged ones gone. Once a round's wrong findings were fixed, its count against the code
of today is a tuning figure, not a blind one.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from editor_gold import article_intervals
from harness import read_jsonl, require

ROOT = Path(__file__).resolve().parents[1]
VERDICTS = ROOT / "benchmarks" / "judged"
PUBLISHERS = ("nyt", "wash-post", "politico", "usa-today")
# PolNeAR's partisan outlets, drawn from round eight on (--publishers): opinionated copy is closer to
# what the tool is for, and the mainstream papers' train articles are nearly all read.
ALL_PUBLISHERS = (*PUBLISHERS, "breitbart", "huff-post", "west-journal")
PER_PUBLISHER = 10
WORDS = (300, 1300)
#: Every length a round may draw (``--words``): what ``tally`` reads its rounds' ids from.
ANY_LENGTH = (0, 10**9)
PREFIX = "polnear_train:"
#: The splits a round may draw from (``--split``): train, then dev once train was mostly read. The test split
#: stays unread: ``hedged_sourcing_polnear.py --split test`` is measured on it once, at the end.
SPLITS = ("train", "dev")


#: odd_phrasing's loaded-language checks (its ``LOADED_LANGUAGE_CHECKS``, named here so that a draw needs no
#: spaCy) and the exclamation and capitals runs beside them, which a round on the PTC dev split does not show its
#: readers: that split is the ground the loaded-word benchmark measures on (benchmarks/odd_phrasing_loaded_language.py).
LOADED_CHECKS = frozenset({"loaded_word", "loaded_words", "rhetorical_exclamation", "scare_quotes", "name_calling",
                           "clickbait", "exclamation_run", "shouting"})
#: Per round (its file name), the checks whose findings its readers were not shown: ``tally`` leaves them out.
NOT_SHOWN = {"ptc_seed4043": LOADED_CHECKS}


def polnear_articles(words: tuple[int, int] = WORDS, split: str = "train") -> dict[str, dict]:
    """PolNeAR's ``split`` articles of its seven outlets, one record per article (the corpus repeats an
    article once per annotator), keyed by id (``polnear_train:...``, ``polnear_dev:...``), of ``words[0]``
    to ``words[1]`` words."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    prefix = f"polnear_{split}:"
    out: dict[str, dict] = {}
    for row in read_jsonl(require("attribution_polnear/polnear.jsonl")):
        if row["split"] != split or row["publisher"] not in ALL_PUBLISHERS:
            continue
        aid = prefix + row["article"]
        if aid not in out and words[0] <= len(row["text"].split()) <= words[1]:
            out[aid] = {
                "id": aid,
                "publisher": row["publisher"],
                "title": row["title"],
                "published": row["publication_date"],
                "text": row["text"],
            }
    return out


#: TempEval-3's training splits (``--wire``); its Platinum test documents are the timex benchmark's.
WIRE_SPLITS = ("train_timebank", "train_aquaint")
WIRE_PREFIX = "tempeval3:"
WIRE_MIN_WORDS = 150


def wire_articles(min_words: int = WIRE_MIN_WORDS) -> dict[str, dict]:
    """TempEval-3's training documents of ``min_words`` words or more, keyed by id (``tempeval3:DOC_ID``),
    in the shape :func:`polnear_articles` gives (publisher: the source the document id opens with)."""
    out: dict[str, dict] = {}
    for row in read_jsonl(require("temporal_tempeval3/tempeval3.jsonl")):
        if row["split"] not in WIRE_SPLITS or len(row["text"].split()) < min_words:
            continue
        aid = WIRE_PREFIX + row["doc_id"]
        value = (row.get("dct") or {}).get("value") or ""
        out[aid] = {
            "id": aid,
            "publisher": row["doc_id"][:3].lower(),
            "title": row.get("title") or None,
            "published": value[:10] or None,
            "text": row["text"],
        }
    return out


def draw_wire(seed: int, read: set[str], count: int, min_words: int = WIRE_MIN_WORDS) -> list[str]:
    """``count`` unread TempEval-3 training documents of ``min_words`` words or more (:func:`wire_articles`),
    seeded, in the drawn order."""
    pool = sorted(i for i in wire_articles(min_words) if i not in read)
    if len(pool) < count:
        sys.exit(f"only {len(pool)} unread TempEval-3 training documents, {count} asked for")
    return random.Random(seed).sample(pool, count)


#: The Propaganda Techniques Corpus (``--ptc``): its test split first, read by nothing here before.
PTC_PREFIX = "ptc:"
PTC_SPLITS = ("test", "dev", "train")
PTC_MIN_WORDS = 150


def ptc_articles(splits: Iterable[str] = PTC_SPLITS, min_words: int = 0) -> dict[str, dict]:
    """The Propaganda Techniques Corpus's articles of ``splits`` and ``min_words`` words or more, keyed by id
    (``ptc:ARTICLE_ID``), in the shape :func:`polnear_articles` gives: the first line is the title, the text
    what follows the blank line after it (the corpus gives no publication date)."""
    out: dict[str, dict] = {}
    for row in read_jsonl(require("propaganda_ptc_semeval2020/ptc.jsonl")):
        title, sep, body = row["text"].partition("\n\n")
        if not sep:
            title, body = "", row["text"]
        if row["split"] not in splits or len(body.split()) < min_words:
            continue
        aid = PTC_PREFIX + row["article_id"]
        out[aid] = {"id": aid, "publisher": "ptc_" + row["split"], "title": title.strip() or None,
                    "published": None, "text": body}
    return out


def draw_ptc(seed: int, read: set[str], count: int, split: str = "test") -> list[str]:
    """``count`` unread articles of ``split`` of the Propaganda Techniques Corpus (:func:`ptc_articles`,
    ``PTC_MIN_WORDS`` words or more), seeded, in the drawn order."""
    pool = sorted(i for i in ptc_articles((split,), PTC_MIN_WORDS) if i not in read)
    if len(pool) < count:
        sys.exit(f"only {len(pool)} unread PTC {split} articles, {count} asked for")
    return random.Random(seed).sample(pool, count)


def judged_ids(folder: Path = VERDICTS) -> set[str]:
    """Every id an earlier round read (``NAME.ids`` in ``folder``): a draw leaves them out as well as ``--read``'s."""
    out: set[str] = set()
    for path in sorted(folder.glob("*.ids")):
        out.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.startswith("#"))
    return out


#: The news corpora's article length a round draws (``--news-words``): the dev set's, until the sixty-ninth round.
NEWS_WORDS = (150, 900)


def news_groups(specs: Iterable[str]) -> dict[tuple[str, str], int]:
    """``--news`` values (``buzzfeed_webis_2016:fake=5``) as counts per (corpus, label)."""
    groups: dict[tuple[str, str], int] = {}
    for spec in specs:
        key, sep, count = spec.rpartition("=")
        corpus, colon, label = key.partition(":")
        if not (sep and colon and corpus and label and count.isdigit()):
            raise ValueError(f"expected CORPUS:LABEL=N such as buzzfeed_webis_2016:fake=5, got {spec!r}")
        groups[(corpus, label)] = int(count)
    return groups


def draw_news(
    seed: int, read: set[str], groups: dict[tuple[str, str], int], words: tuple[int, int] = NEWS_WORDS
) -> list[str]:
    """A round of the other news corpora: ``groups``' counts per (corpus, label) of ``words`` words, drawn by
    ``blind_set.draw`` (see the module's docstring), in its shuffled order."""
    from blind_set import draw as draw_set

    corpora = tuple(dict.fromkeys(corpus for corpus, _ in sorted(groups)))
    return [a["id"] for a in draw_set(seed, 0, corpora, read=frozenset(read), groups_wanted=groups, words=words)]


def news_articles(ids: Iterable[str]) -> dict[str, dict]:
    """The records of ``ids`` from their news corpora (``CORPUS:...``), keyed by id, in the shape
    :func:`polnear_articles` gives."""
    wanted: dict[str, set[str]] = {}
    for aid in ids:
        wanted.setdefault(aid.split(":", 1)[0], set()).add(aid)
    out: dict[str, dict] = {}
    wire = wanted.pop(WIRE_PREFIX.rstrip(":"), set())
    if wire:
        out |= {aid: a for aid, a in wire_articles(min_words=0).items() if aid in wire}
    ptc = wanted.pop(PTC_PREFIX.rstrip(":"), set())
    if ptc:
        out |= {aid: a for aid, a in ptc_articles().items() if aid in ptc}
    for corpus, corpus_ids in sorted(wanted.items()):
        for row in read_jsonl(require(f"{corpus}/articles.jsonl")):
            if row["id"] in corpus_ids:
                published = row.get("published")
                out[row["id"]] = {
                    "id": row["id"],
                    "publisher": corpus,
                    "title": row.get("title"),
                    "published": None if published in (None, "None", "") else published,
                    "text": row["text"],
                }
    return out


def draw(
    articles: dict[str, dict], seed: int, read: set[str], publishers: tuple[str, ...] = PUBLISHERS
) -> list[str]:
    """``PER_PUBLISHER`` unread ids per paper (all that are left when fewer are), in the papers' order, seeded."""
    rng = random.Random(seed)
    ids: list[str] = []
    for publisher in publishers:
        pool = sorted(i for i, a in articles.items() if a["publisher"] == publisher and i not in read)
        ids += rng.sample(pool, min(PER_PUBLISHER, len(pool)))
    return ids


def tally(findings: Iterable[dict], verdicts: Iterable[dict], by_check: bool = False) -> dict[str, Counter]:
    """Per signal (and ``all``; with ``by_check`` per ``signal/check`` as well): ``right``, ``wrong`` and
    ``unjudged`` findings. A finding is judged when a verdict has its article, check and span; a verdict no
    finding has any more is ``gone_right`` or ``gone_wrong`` (a fix, or a loss, since the round)."""
    judged = {(v["id"], v["check"], v["start"], v["end"]): v for v in verdicts}
    seen: set[tuple] = set()
    counts: dict[str, Counter] = {"all": Counter()}
    for f in findings:
        key = (f["id"], f["check"], f["start"], f["end"])
        verdict = judged.get(key)
        outcome = "unjudged" if verdict is None else verdict["verdict"]
        for name in _tally_keys(f["signal"], f["check"], by_check):
            counts.setdefault(name, Counter())[outcome] += 1
        seen.add(key)
    for key, verdict in judged.items():
        if key not in seen:
            for where in _tally_keys(verdict.get("signal", "all"), verdict["check"], by_check):
                counts.setdefault(where, Counter())["gone_" + verdict["verdict"]] += 1
    return counts


def _tally_keys(signal: str, check: str, by_check: bool) -> set[str]:
    """The counts a finding or verdict adds to: ``all``, its signal, and with ``by_check`` its ``signal/check``."""
    keys = {"all", signal}
    if by_check and signal != "all":
        keys.add(f"{signal}/{check}")
    return keys


def as_judged(rounds: list[tuple[list[str], list[dict]]]) -> dict[str, tuple[int, int, tuple[float, float] | None]]:
    """Per signal (and ``all``): right and judged findings over the rounds' verdicts, and the 95 % interval of
    the share from resampling the rounds' articles (an article's findings move together)."""
    ids = [i for round_ids_, _ in rounds for i in round_ids_]
    index = {aid: k for k, aid in enumerate(ids)}
    signals = sorted({v["signal"] for _, verdicts in rounds for v in verdicts})
    hits = {name: [0] * len(ids) for name in ["all", *signals]}
    totals = {name: [0] * len(ids) for name in ["all", *signals]}
    for _, verdicts in rounds:
        for v in verdicts:
            for name in ("all", v["signal"]):
                totals[name][index[v["id"]]] += 1
                hits[name][index[v["id"]]] += v["verdict"] == "right"
    bounds = article_intervals(hits, totals)
    return {name: (sum(hits[name]), sum(totals[name]), bounds.get(name)) for name in totals}


def round_ids(path: Path, verdicts: list[dict]) -> list[str]:
    """The round's articles: its ``.ids`` file beside the verdicts (articles with no finding then are
    in the round too), else the articles the verdicts name."""
    listed = path.with_name(path.name.removesuffix(".verdicts.jsonl") + ".ids")
    if listed.exists():
        return [line.strip() for line in listed.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(v["id"] for v in verdicts))


def score(articles: list[dict]) -> list[dict]:
    """Every finding of the signals on ``articles`` (no combiner), as dicts with the article id."""
    from scorer import Article, Scorer

    host = Scorer(signals_only=True)
    objs = [Article(id=a["id"], text=a["text"], title=a.get("title"), published=a.get("published")) for a in articles]
    return [
        {"id": art.id, "signal": f.signal, "check": f.check, "start": f.start, "end": f.end, "text": f.text}
        for art, result in zip(objs, host.score_many(objs), strict=True)
        for f in result.findings
    ]


def _line(name: str, c: Counter) -> str:
    judged = c["right"] + c["wrong"]
    share = f"{c['right'] / judged:.2f}" if judged else "-"
    return (
        f"  {name:24s} right {c['right']:3d} of {judged:3d} judged ({share}); unjudged {c['unjudged']}; "
        f"since the round gone {c['gone_wrong']} wrong, {c['gone_right']} right"
    )


def _word_range(text: str) -> tuple[int, int]:
    """ "1301-2500" as (1301, 2500)."""
    low, sep, high = text.partition("-")
    if not (sep and low.isdigit() and high.isdigit() and int(low) <= int(high)):
        raise argparse.ArgumentTypeError(f"expected LOW-HIGH word counts such as 1301-2500, got {text!r}")
    return int(low), int(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="print a new round's ids")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--read", type=Path, default=ROOT / "benchmarks" / "blind" / "read_in_precision_rounds.txt",
                   help="ids read before, one per line (# comments); every earlier round's ids "
                        "(benchmarks/judged/*.ids) are left out as well")
    d.add_argument("--publishers", default=",".join(PUBLISHERS),
                   help=f"comma-separated PolNeAR publishers to draw from (of {', '.join(ALL_PUBLISHERS)})")
    d.add_argument("--words", type=_word_range, default=WORDS, metavar="LOW-HIGH",
                   help=f"article length in words, both ends included (default {WORDS[0]}-{WORDS[1]})")
    d.add_argument("--split", choices=SPLITS, default="train",
                   help="PolNeAR split to draw from (dev from the twenty-second round)")
    d.add_argument("--news", action="append", default=[], metavar="CORPUS:LABEL=N",
                   help="draw N articles of this news corpus and label instead of PolNeAR's (repeatable; "
                        "from the twenty-ninth round)")
    d.add_argument("--news-words", type=_word_range, default=NEWS_WORDS, metavar="LOW-HIGH",
                   help=f"with --news: article length in words, both ends included (default {NEWS_WORDS[0]}-"
                        f"{NEWS_WORDS[1]}; longer ones from the 69th round)")
    d.add_argument("--wire", type=int, metavar="N",
                   help="draw N TempEval-3 training documents (wire copy of 1989-1998) instead (from the 48th round)")
    d.add_argument("--wire-min-words", type=int, default=WIRE_MIN_WORDS, metavar="W",
                   help=f"with --wire: documents of W words or more (default {WIRE_MIN_WORDS}; 0 from the 51st round)")
    d.add_argument("--ptc", type=int, metavar="N",
                   help="draw N articles of the Propaganda Techniques Corpus instead (from the 53rd round)")
    d.add_argument("--ptc-split", choices=PTC_SPLITS, default="test",
                   help="with --ptc: the corpus's split to draw from (default test)")
    t = sub.add_parser("tally", help="score the judged rounds' articles and count the verdicts")
    t.add_argument("verdicts", type=Path, nargs="*", help="verdict files (default: benchmarks/judged/*)")
    t.add_argument("--show", action="store_true", help="list every wrong and unjudged finding and every right one gone")
    t.add_argument("--by-check", action="store_true",
                   help="count each signal's checks apart as well (signal/check), pooled over the rounds")
    args = parser.parse_args()
    if args.command == "draw":
        read = {line.strip() for line in args.read.read_text(encoding="utf-8").splitlines()}
        read = {r for r in read if r and not r.startswith("#")} | judged_ids()
        if args.ptc:
            print("\n".join(draw_ptc(args.seed, read, args.ptc, args.ptc_split)))
            return
        if args.wire:
            print("\n".join(draw_wire(args.seed, read, args.wire, args.wire_min_words)))
            return
        if args.news:
            try:
                groups = news_groups(args.news)
            except ValueError as err:
                sys.exit(str(err))
            print("\n".join(draw_news(args.seed, read, groups, args.news_words)))
            return
        articles = polnear_articles(args.words, args.split)
        publishers = tuple(p.strip() for p in args.publishers.split(",") if p.strip())
        unknown = set(publishers) - set(ALL_PUBLISHERS)
        if unknown:
            sys.exit(f"unknown publishers: {', '.join(sorted(unknown))} (known: {', '.join(ALL_PUBLISHERS)})")
        print("\n".join(draw(articles, args.seed, read, publishers)))
        return
    articles = {aid: a for split in SPLITS for aid, a in polnear_articles(ANY_LENGTH, split).items()}
    files = args.verdicts or sorted(VERDICTS.glob("*.verdicts.jsonl"))
    rounds = []
    for path in files:
        verdicts = list(read_jsonl(path))
        rounds.append((round_ids(path, verdicts), verdicts))
    articles |= news_articles(i for ids, _ in rounds for i in ids if not i.startswith("polnear_"))
    print("as judged (each round blind to the code it was judged on):")
    for path, (ids, verdicts) in zip(files, rounds, strict=True):
        right = sum(v["verdict"] == "right" for v in verdicts)
        print(f"  {path.name}: {len(ids)} articles, {right} of {len(verdicts)} findings right")
    for name, (right, judged, bounds) in as_judged(rounds).items():
        interval = f" [{bounds[0]:.2f}, {bounds[1]:.2f}]" if bounds else ""
        if judged:
            print(f"  pooled {name:24s} {right} of {judged} = {right / judged:.2f}{interval}")
    print("against the code installed now:")
    pooled: dict[str, Counter] = {}
    for path, (ids, verdicts) in zip(files, rounds, strict=True):
        missing = [i for i in ids if i not in articles]
        if missing:
            sys.exit(f"{path}: {len(missing)} ids in neither PolNeAR's {' or '.join(SPLITS)} split nor their "
                     f"news corpus, e.g. {missing[0]}")
        hidden = NOT_SHOWN.get(path.name.removesuffix(".verdicts.jsonl"), frozenset())
        found = [f for f in score([articles[i] for i in ids]) if f["check"] not in hidden]
        counts = tally(found, verdicts, by_check=args.by_check)
        print(f"{path.name}: {len(ids)} articles")
        for name in sorted(counts, key=lambda n: (n != "all", n)):
            if "/" not in name:
                print(_line(name, counts[name]))
            pooled.setdefault(name, Counter()).update(counts[name])
        if args.show:
            judged = {(v["id"], v["check"], v["start"], v["end"]): v for v in verdicts}
            for f in found:
                v = judged.get((f["id"], f["check"], f["start"], f["end"]))
                if v is None or v["verdict"] == "wrong":
                    why = "unjudged" if v is None else "wrong: " + v["why"]
                    print(f"    {f['id']}  {f['check']}: {f['text']!r}  ({why})")
            for v in gone_right(found, verdicts):
                print(f"    {v['id']}  {v['check']}: gone, was right ({v['why']})")
    if len(files) > 1 or args.by_check:
        print("pooled:")
        for name in sorted(pooled, key=lambda n: (n != "all", n)):
            print(_line(name, pooled[name]))


def gone_right(found: Iterable[dict], verdicts: Iterable[dict]) -> list[dict]:
    """The verdicts of findings judged right that the code installed now no longer makes (same id, check
    and span): what a change to the signals lost."""
    still = {(f["id"], f["check"], f["start"], f["end"]) for f in found}
    return [v for v in verdicts if v["verdict"] == "right" and (v["id"], v["check"], v["start"], v["end"]) not in still]


if __name__ == "__main__":
    main()
