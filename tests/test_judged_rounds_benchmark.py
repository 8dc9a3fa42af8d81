"""benchmarks/judged_rounds.py: a judged round's verdicts counted against the findings the code makes now."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import judged_rounds  # noqa: E402


def _finding(aid: str, signal: str, check: str, start: int, end: int) -> dict:
    return {"id": aid, "signal": signal, "check": check, "start": start, "end": end, "text": "x"}


def _verdict(aid: str, signal: str, check: str, start: int, end: int, verdict: str) -> dict:
    return {"id": aid, "signal": signal, "check": check, "start": start, "end": end, "verdict": verdict, "why": ""}


def test_findings_are_counted_by_their_verdict_and_gone_ones_apart() -> None:
    verdicts = [
        _verdict("a", "hedged_sourcing", "vague_source", 0, 10, "right"),
        _verdict("a", "hedged_sourcing", "anonymous_source", 20, 30, "wrong"),
        _verdict("b", "odd_phrasing", "loaded_word", 5, 9, "wrong"),  # fixed since: no finding now
        _verdict("b", "odd_phrasing", "doubled_word", 40, 47, "right"),  # lost since
    ]
    findings = [
        _finding("a", "hedged_sourcing", "vague_source", 0, 10),
        _finding("a", "hedged_sourcing", "anonymous_source", 20, 30),
        _finding("a", "hedged_sourcing", "vague_source", 50, 60),  # new: nobody judged it
        _finding("b", "odd_phrasing", "loaded_word", 5, 10),  # another span: not the judged finding
    ]
    counts = judged_rounds.tally(findings, verdicts)
    assert counts["all"]["right"] == 1 and counts["all"]["wrong"] == 1 and counts["all"]["unjudged"] == 2
    assert counts["all"]["gone_wrong"] == 1 and counts["all"]["gone_right"] == 1
    assert counts["hedged_sourcing"]["unjudged"] == 1
    assert counts["odd_phrasing"]["gone_wrong"] == 1 and counts["odd_phrasing"]["gone_right"] == 1


def test_by_check_counts_each_check_apart_and_the_signal_as_before() -> None:
    verdicts = [
        _verdict("a", "hedged_sourcing", "vague_source", 0, 10, "right"),
        _verdict("a", "hedged_sourcing", "vague_source", 12, 18, "wrong"),
        _verdict("a", "hedged_sourcing", "anonymous_source", 20, 30, "wrong"),
        _verdict("b", "hedged_sourcing", "agentless_attribution", 5, 9, "wrong"),  # fixed since
    ]
    findings = [
        _finding("a", "hedged_sourcing", "vague_source", 0, 10),
        _finding("a", "hedged_sourcing", "vague_source", 12, 18),
        _finding("a", "hedged_sourcing", "anonymous_source", 20, 30),
    ]
    counts = judged_rounds.tally(findings, verdicts, by_check=True)
    assert counts["hedged_sourcing/vague_source"] == Counter({"right": 1, "wrong": 1})
    assert counts["hedged_sourcing/anonymous_source"] == Counter({"wrong": 1})
    assert counts["hedged_sourcing/agentless_attribution"] == Counter({"gone_wrong": 1})
    assert counts["hedged_sourcing"] == Counter({"right": 1, "wrong": 2, "gone_wrong": 1})
    assert not any("/" in name for name in judged_rounds.tally(findings, verdicts))


def test_the_findings_judged_right_that_are_gone_are_listed() -> None:
    verdicts = [
        _verdict("a", "hedged_sourcing", "vague_source", 0, 10, "right"),  # still made
        _verdict("a", "hedged_sourcing", "vague_source", 20, 30, "right"),  # lost
        _verdict("b", "odd_phrasing", "loaded_word", 5, 9, "wrong"),  # gone, but it was wrong
    ]
    findings = [_finding("a", "hedged_sourcing", "vague_source", 0, 10),
                _finding("a", "hedged_sourcing", "anonymous_source", 20, 30)]  # same span, another check
    assert judged_rounds.gone_right(findings, verdicts) == [verdicts[1]]


def test_a_paper_with_fewer_unread_articles_gives_all_it_has() -> None:
    articles = {f"{p}-{k}": {"publisher": p} for p in judged_rounds.PUBLISHERS for k in range(12)}
    read = {f"politico-{k}" for k in range(4)}  # 8 of Politico's 12 are left
    ids = judged_rounds.draw(articles, 7, read)
    by_paper = {p: [i for i in ids if i.startswith(p + "-")] for p in judged_rounds.PUBLISHERS}
    assert len(by_paper["politico"]) == 8 and not set(by_paper["politico"]) & read
    assert all(len(v) == judged_rounds.PER_PUBLISHER for p, v in by_paper.items() if p != "politico")
    assert ids == judged_rounds.draw(articles, 7, read)  # the seed fixes the draw


def test_a_round_is_its_ids_file_when_there_is_one(tmp_path: Path) -> None:
    verdicts = [_verdict("a", "hedged_sourcing", "vague_source", 0, 10, "right")]
    path = tmp_path / "round.verdicts.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in verdicts), encoding="utf-8")
    assert judged_rounds.round_ids(path, verdicts) == ["a"]
    (tmp_path / "round.ids").write_text("a\nb\n", encoding="utf-8")
    assert judged_rounds.round_ids(path, verdicts) == ["a", "b"]


def test_the_kept_rounds_name_their_articles_and_every_verdict_is_one_of_them() -> None:
    files = sorted((ROOT / "benchmarks" / "judged").glob("*.verdicts.jsonl"))
    assert files
    for path in files:
        verdicts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        ids = judged_rounds.round_ids(path, verdicts)
        assert len(ids) == len(set(ids))
        assert {v["id"] for v in verdicts} <= set(ids)
        assert all(v["verdict"] in ("right", "wrong") and v["start"] < v["end"] for v in verdicts)
        assert not any("text" in v for v in verdicts)  # offsets only: no article text in the repo
        if path.name.startswith("news_"):  # news_seed4001: the other news corpora, CORPUS:ID
            assert all(":" in i and not i.startswith("polnear_") for i in ids)
            continue
        if path.name.startswith("wire_"):  # wire_seed4020: TempEval-3's training documents
            assert all(i.startswith(judged_rounds.WIRE_PREFIX) for i in ids)
            continue
        if path.name.startswith("ptc_"):  # ptc_seed4031: the Propaganda Techniques Corpus
            assert all(i.startswith(judged_rounds.PTC_PREFIX) for i in ids)
            continue
        split = path.name.split("_")[1]  # polnear_train_seed3201, polnear_dev_seed3222
        assert split in judged_rounds.SPLITS
        assert all(i.startswith(f"polnear_{split}:") for i in ids)
        per_paper = Counter(i.split(":", 1)[1].split("_", 1)[0] for i in ids)
        assert set(per_paper) <= set(judged_rounds.ALL_PUBLISHERS)
        assert max(per_paper.values()) <= judged_rounds.PER_PUBLISHER
        # all there were left: the eight articles over 2,500 words, and Breitbart's last nine train articles
        if path.name not in ("polnear_train_seed3220.verdicts.jsonl", "polnear_train_seed3228.verdicts.jsonl"):
            assert len(ids) >= judged_rounds.PER_PUBLISHER  # fewer papers as each ran out of unread articles
        assert {v["id"] for v in verdicts} <= set(ids)
        assert all(v["verdict"] in ("right", "wrong") and v["start"] < v["end"] for v in verdicts)
        assert not any("text" in v for v in verdicts)  # offsets only: no article text in the repo


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "attribution_polnear").exists(),
                    reason="needs ../shared/data/attribution_polnear (PolNeAR)")
def test_each_kept_round_is_the_draw_of_its_seed() -> None:
    articles = judged_rounds.polnear_articles()
    read: set[str] = set()
    six = ("nyt", "wash-post", "usa-today", "breitbart", "huff-post", "west-journal")  # --publishers from the 8th
    later = {  # the --publishers of each later round, as the papers ran out of unread articles
        3210: judged_rounds.ALL_PUBLISHERS,
        3211: ("usa-today", "breitbart", "huff-post", "west-journal"),
        3212: ("breitbart", "huff-post", "west-journal"),
        3213: ("breitbart", "huff-post", "west-journal"),
        3214: ("huff-post", "west-journal"),
        3215: ("huff-post", "west-journal"),
        3224: ("west-journal",),  # the Western Journal's, left the same way
    }
    longer = {  # from the 16th, when most 300-1,300-word articles were read: --words 1301-2500
        3216: ("nyt", "wash-post", "politico", "huff-post", "breitbart"),
        3217: ("nyt", "wash-post", "politico", "usa-today", "huff-post"),
        3218: ("nyt", "wash-post", "politico"),
        3223: ("nyt", "wash-post"),  # the two papers' last ones, which the ten-per-outlet draws had left
    }
    shorter = {  # from the 19th: --words 100-299
        3219: ("politico", "usa-today", "breitbart", "huff-post", "west-journal"),
        3221: judged_rounds.ALL_PUBLISHERS,
    }
    long_articles = judged_rounds.polnear_articles((1301, 2500))
    short_articles = judged_rounds.polnear_articles((100, 299))
    longest_articles = judged_rounds.polnear_articles((2501, 100000))  # the 20th: --words 2501-100000
    every_length = judged_rounds.polnear_articles((1, 10**9))  # the 25th: --words 1-1000000000, all seven outlets
    last = ("breitbart", "huff-post")  # the 27th and 28th: the train split's last unread articles, every length
    for seed in (*range(3201, 3222), 3223, 3224, 3225, 3227, 3228):  # 3222 and 3226 are the dev split's, below
        path = ROOT / "benchmarks" / "judged" / f"polnear_train_seed{seed}.ids"
        ids = path.read_text(encoding="utf-8").split()
        if seed == 3225:
            drawn = judged_rounds.draw(every_length, seed, _read_before_rounds() | read, judged_rounds.ALL_PUBLISHERS)
        elif seed in (3227, 3228):
            drawn = judged_rounds.draw(every_length, seed, _read_before_rounds() | read, last)
        elif seed == 3220:
            every = judged_rounds.ALL_PUBLISHERS
            drawn = judged_rounds.draw(longest_articles, seed, _read_before_rounds() | read, every)
        elif seed in longer:
            drawn = judged_rounds.draw(long_articles, seed, _read_before_rounds() | read, longer[seed])
        elif seed in shorter:
            drawn = judged_rounds.draw(short_articles, seed, _read_before_rounds() | read, shorter[seed])
        else:
            publishers = later.get(seed, six if seed >= 3208 else judged_rounds.PUBLISHERS)
            drawn = judged_rounds.draw(articles, seed, _read_before_rounds() | read, publishers)
        assert sorted(drawn) == sorted(ids)
        read |= set(ids)
    assert set(every_length) <= _read_before_rounds() | read  # after the 28th, every train article has been read
    # the 22nd, PolNeAR's dev split: --split dev --words 1-1000000000
    dev = judged_rounds.polnear_articles((1, 10**9), "dev")
    ids = (ROOT / "benchmarks" / "judged" / "polnear_dev_seed3222.ids").read_text(encoding="utf-8").split()
    drawn = judged_rounds.draw(dev, 3222, _read_before_rounds() | read, judged_rounds.ALL_PUBLISHERS)
    assert sorted(drawn) == sorted(ids)
    assert all(i.startswith("polnear_dev:") for i in ids)
    # the 26th: the dev split's last fourteen, the same way
    read |= set(ids)
    ids = (ROOT / "benchmarks" / "judged" / "polnear_dev_seed3226.ids").read_text(encoding="utf-8").split()
    drawn = judged_rounds.draw(dev, 3226, _read_before_rounds() | read, judged_rounds.ALL_PUBLISHERS)
    assert sorted(drawn) == sorted(ids) and len(ids) == 14


#: The --news groups of each kept round of the other news corpora, by seed.
NEWS_ROUNDS = {
    4001: ["fakenewsnet_old_politifact:fake=8", "buzzfeed_webis_2016:fake=5", "fakenewsnet_politifact_defend:fake=5",
           "fakenewsnet_old_buzzfeed:fake=2", "buzzfeed_webis_2016:credible=20"],
    4002: ["buzzfeed_webis_2016:credible=30", "fakenewsnet_old_politifact:fake=10"],
    4003: ["buzzfeed_webis_2016:credible=24", "buzzfeed_webis_2016:fake=4", "fakenewsnet_politifact_defend:fake=4",
           "celebrity:fake=4", "celebrity:credible=4"],
    4004: ["buzzfeed_webis_2016:credible=20", "celebrity:fake=6", "celebrity:credible=6",
           "fakenewsnet_old_politifact:fake=8"],
    4005: ["buzzfeed_webis_2016:credible=20", "fakenewsamt:fake=6", "fakenewsamt:credible=4", "fa_kes:fake=5",
           "fa_kes:credible=5"],
    4006: ["buzzfeed_webis_2016:credible=24", "celebrity:credible=6", "fakenewsamt:fake=5", "fa_kes:credible=5"],
    4007: ["buzzfeed_webis_2016:credible=24", "fakenewsamt:fake=6", "fakenewsamt:credible=5", "fa_kes:fake=5"],
    4008: ["buzzfeed_webis_2016:credible=30", "fa_kes:credible=5", "fakenewsamt:credible=5"],
    4009: ["buzzfeed_webis_2016:credible=30", "celebrity:credible=5", "fakenewsamt:fake=5"],
    4010: ["buzzfeed_webis_2016:credible=30", "fa_kes:fake=5", "fakenewsamt:credible=5"],
    4011: ["buzzfeed_webis_2016:credible=32", "celebrity:credible=2", "fa_kes:credible=6"],
    4012: ["buzzfeed_webis_2016:credible=30", "fakenewsamt:fake=5", "fa_kes:fake=5"],
    4013: ["buzzfeed_webis_2016:credible=30", "fa_kes:fake=5", "fa_kes:credible=5"],
    4014: ["buzzfeed_webis_2016:credible=28", "fakenewsamt:credible=12"],
    4015: ["buzzfeed_webis_2016:credible=30", "fa_kes:credible=10"],
    4016: ["buzzfeed_webis_2016:credible=30", "fa_kes:credible=5", "fa_kes:fake=5"],
    4017: ["buzzfeed_webis_2016:credible=30", "fa_kes:credible=5", "fa_kes:fake=5"],
    4018: ["buzzfeed_webis_2016:credible=18", "fa_kes:credible=12", "fa_kes:fake=10"],
    4019: ["fa_kes:credible=20", "fa_kes:fake=20"],
    4030: ["fa_kes:credible=40"],
    4042: ["buzzfeed_webis_2016:fake=8", "fakenewsnet_old_buzzfeed:fake=5", "fakenewsnet_old_politifact:fake=19",
           "fakenewsnet_politifact_defend:fake=6", "celebrity:fake=8"],
    4044: ["fa_kes:fake=40"],
    4045: ["fa_kes:credible=40"],
    4046: ["fa_kes:fake=40"],
    4047: ["buzzfeed_webis_2016:fake=11", "fakenewsnet_politifact_defend:fake=15", "fakenewsnet_old_politifact:fake=2",
           "fakenewsnet_old_buzzfeed:fake=2", "celebrity:fake=2"],
    4048: ["buzzfeed_webis_2016:credible=24", "fakenewsnet_politifact_defend:credible=8",
           "fakenewsnet_old_politifact:credible=4", "fakenewsnet_old_buzzfeed:credible=4"],
    4049: ["buzzfeed_webis_2016:credible=24", "fakenewsnet_politifact_defend:credible=8", "celebrity:credible=4",
           "fakenewsnet_old_politifact:credible=4"],
    4050: ["buzzfeed_webis_2016:credible=30", "fakenewsnet_politifact_defend:credible=2", "celebrity:credible=4",
           "fakenewsnet_old_politifact:credible=4"],
    4051: ["buzzfeed_webis_2016:credible=32", "fakenewsnet_old_buzzfeed:credible=4",
           "fakenewsnet_old_politifact:credible=4"],
    4052: ["buzzfeed_webis_2016:credible=33", "fakenewsnet_old_politifact:credible=3", "celebrity:credible=4"],
    4053: ["fa_kes:credible=20", "fa_kes:fake=20"],
    4054: ["buzzfeed_webis_2016:credible=34", "fa_kes:credible=6"],
    4055: ["buzzfeed_webis_2016:credible=13", "fakenewsnet_politifact_defend:credible=12", "celebrity:credible=4"],
    4056: ["fakenewsnet_politifact_defend:credible=20"],
    4057: ["buzzfeed_webis_2016:credible=30", "celebrity:credible=15", "fakenewsnet_politifact_defend:credible=15"],
    4058: ["celebrity:fake=20", "fakenewsnet_politifact_defend:fake=20"],
    4059: ["fakenewsamt:credible=20", "fakenewsamt:fake=20"],
    4060: ["fakenewsamt:credible=20", "fakenewsamt:fake=20"],
    4061: ["fa_kes:credible=20", "fa_kes:fake=20"],
    4062: ["fa_kes:credible=20", "fa_kes:fake=20"],
    4063: ["fakenewsamt:credible=40", "fakenewsamt:fake=40"],
    4064: ["buzzfeed_webis_2016:credible=12", "buzzfeed_webis_2016:fake=3", "celebrity:credible=12",
           "celebrity:fake=17", "fakenewsnet_politifact_defend:credible=5", "fakenewsnet_politifact_defend:fake=19",
           "fakenewsnet_old_politifact:credible=3", "fakenewsnet_old_politifact:fake=9"],
    4065: ["fa_kes:credible=20", "fa_kes:fake=20"],
    4066: ["fakenewsamt:credible=40", "fakenewsamt:fake=40"],
    4067: ["fa_kes:credible=20", "fa_kes:fake=20"],
    4068: ["fakenewsamt:credible=40", "fakenewsamt:fake=40"],
    4069: ["fa_kes:credible=20", "fa_kes:fake=20"],
    4070: ["fakenewsamt:credible=40", "fakenewsamt:fake=40"],
    4071: ["fa_kes:credible=20", "fa_kes:fake=20"],
    4072: ["fakenewsamt:credible=8", "fakenewsamt:fake=13", "fakenewsnet_old_politifact:credible=1",
           "fakenewsnet_old_politifact:fake=8", "fakenewsnet_old_buzzfeed:credible=1",
           "fakenewsnet_old_buzzfeed:fake=7"],
    4073: ["fa_kes:credible=20", "fa_kes:fake=9"],
    4074: ["fa_kes:credible=40", "fa_kes:fake=40"],
    4075: ["fa_kes:credible=62", "fa_kes:fake=44"],
}

#: The --news-words of a kept news round where it is not the default (``judged_rounds.NEWS_WORDS``), by seed.
NEWS_ROUND_WORDS = {
    4047: (901, 100_000), 4048: (901, 3000), 4049: (901, 3000), 4050: (901, 3000), 4051: (901, 3000), 4052: (901, 3000),
    4054: (901, 3000), 4055: (3001, 100_000), 4056: (3001, 100_000), 4057: (40, 149),
    4058: (40, 149), 4059: (40, 149), 4060: (40, 149), 4063: (40, 149), 4064: (40, 149),
    4066: (40, 149), 4068: (40, 149), 4070: (40, 149), 4072: (40, 100_000),
    4074: (40, 149), 4075: (1, 100_000),
}


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "buzzfeed_webis_2016").exists(),
                    reason="needs ../shared/data's news corpora (buzzfeed_webis_2016 and the FakeNewsNet sets)")
def test_each_kept_news_round_is_the_draw_of_its_seed_with_the_articles_read_before_it() -> None:
    lines = (ROOT / "benchmarks" / "blind" / "read_in_precision_rounds.txt").read_text(encoding="utf-8").splitlines()
    for seed, specs in NEWS_ROUNDS.items():
        ids = (ROOT / "benchmarks" / "judged" / f"news_seed{seed}.ids").read_text(encoding="utf-8").split()
        header, read = _read_before_seed(lines, seed)
        groups = judged_rounds.news_groups(specs)
        words = NEWS_ROUND_WORDS.get(seed, judged_rounds.NEWS_WORDS)
        assert judged_rounds.draw_news(seed, read, groups, words) == ids
        assert all(words[0] <= len(a["text"].split()) <= words[1] for a in judged_rounds.news_articles(ids).values())
        assert not set(ids) & read
        assert set(lines[header + 1 : header + 1 + len(ids)]) == set(ids)  # and the round is in the read list
        articles = judged_rounds.news_articles(ids)
        assert set(articles) == set(ids)
        drawn = Counter((i.split(":", 1)[0], label) for i in ids
                        for label in [next(lab for (c, lab), _ in groups.items() if c == i.split(":", 1)[0]
                                           and _label(i) == lab)])
        assert drawn == Counter(groups)


def _read_before_seed(lines: list[str], seed: int) -> tuple[int, set[str]]:
    """The read list's header line of the round drawn with ``seed``, and every id listed before it."""
    header = next(k for k, line in enumerate(lines) if line.startswith("#") and f"seed {seed}" in line)
    return header, {line.strip() for line in lines[:header] if line.strip() and not line.startswith("#")}


def _kept_draw(lines: list[str], prefix: str, seed: int, draw: Callable[[set[str]], list[str]]) -> list[str]:
    """The ids of the kept round ``PREFIX_seedSEED``, checked to be ``draw`` of the ids read before its header in
    the read list, none of them among those, and listed right under the header."""
    ids = (ROOT / "benchmarks" / "judged" / f"{prefix}_seed{seed}.ids").read_text(encoding="utf-8").split()
    header, read = _read_before_seed(lines, seed)
    assert draw(read) == ids
    assert not set(ids) & read
    assert lines[header + 1 : header + 1 + len(ids)] == ids  # and the round is in the read list
    return ids


def _label(aid: str) -> str:
    corpus = aid.split(":", 1)[0]
    path = ROOT.parent / "shared" / "data" / corpus / "articles.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == aid:
            return row["label"]
    raise KeyError(aid)


def test_news_groups_read_corpus_label_and_count_and_refuse_anything_else() -> None:
    assert judged_rounds.news_groups(["buzzfeed_webis_2016:fake=5", "celebrity:credible=10"]) == {
        ("buzzfeed_webis_2016", "fake"): 5, ("celebrity", "credible"): 10}
    for bad in ("buzzfeed_webis_2016=5", "buzzfeed_webis_2016:fake", "buzzfeed_webis_2016:fake=five", ":fake=5"):
        with pytest.raises(ValueError, match="CORPUS:LABEL=N"):
            judged_rounds.news_groups([bad])


def test_only_the_train_and_dev_splits_are_drawn_from() -> None:
    with pytest.raises(ValueError, match="split"):
        judged_rounds.polnear_articles(split="test")


def _read_before_rounds() -> set[str]:
    """The ids read in the rounds before the newspaper ones (the file's first block)."""
    lines = (ROOT / "benchmarks" / "blind" / "read_in_precision_rounds.txt").read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("#") and "PolNeAR" in line)
    return {line.strip() for line in lines[:first] if line.strip() and not line.startswith("#")}


def test_as_judged_pools_the_rounds_verdicts_with_an_interval() -> None:
    first = (["a", "b"], [_verdict("a", "hedged_sourcing", "vague_source", 0, 5, "right"),
                          _verdict("b", "odd_phrasing", "loaded_word", 0, 5, "wrong")])
    second = (["c"], [_verdict("c", "hedged_sourcing", "anonymous_source", 0, 5, "right")])
    pooled = judged_rounds.as_judged([first, second])
    assert pooled["all"][:2] == (2, 3)
    assert pooled["hedged_sourcing"][:2] == (2, 2) and pooled["hedged_sourcing"][2] == (1.0, 1.0)
    low, high = pooled["all"][2]
    assert 0.0 <= low < 2 / 3 < high <= 1.0


def test_words_takes_a_low_high_range_and_refuses_anything_else() -> None:
    import argparse

    assert judged_rounds._word_range("1301-2500") == (1301, 2500)
    for bad in ("2500-1301", "1301", "a-b", "-5"):
        with pytest.raises(argparse.ArgumentTypeError):
            judged_rounds._word_range(bad)


#: The size and shortest length of each kept round of TempEval-3 wire copy (``--wire N --wire-min-words W``), by seed.
WIRE_ROUNDS = {4020: (60, 150), 4021: (60, 150), 4022: (58, 150), 4023: (78, 0)}


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "temporal_tempeval3").exists(),
                    reason="needs ../shared/data/temporal_tempeval3 (TempEval-3's TimeBank and AQUAINT documents)")
def test_each_kept_wire_round_is_the_draw_of_its_seed_with_the_articles_read_before_it() -> None:
    lines = (ROOT / "benchmarks" / "blind" / "read_in_precision_rounds.txt").read_text(encoding="utf-8").splitlines()
    every = judged_rounds.wire_articles(min_words=0)
    for seed, (count, min_words) in WIRE_ROUNDS.items():
        ids = _kept_draw(lines, "wire", seed,
                         lambda read, s=seed, c=count, w=min_words: judged_rounds.draw_wire(s, read, c, w))
        assert len(ids) == count
        assert set(ids) <= set(every)  # training documents only
        assert all(len(every[i]["text"].split()) >= min_words for i in ids)
        articles = judged_rounds.news_articles(ids)
        assert set(articles) == set(ids)
        assert all(a["published"] and a["text"] for a in articles.values())


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "temporal_tempeval3").exists(),
                    reason="needs ../shared/data/temporal_tempeval3")
def test_wire_rounds_leave_the_platinum_test_documents_and_short_ones_out() -> None:
    every = judged_rounds.wire_articles(min_words=0)
    assert len(every) == 183 + 73  # TimeBank and AQUAINT, not the 20 Platinum documents
    assert not any(aid.startswith("tempeval3:nyt_2013") for aid in every)
    kept = judged_rounds.wire_articles()
    assert kept and all(len(a["text"].split()) >= judged_rounds.WIRE_MIN_WORDS for a in kept.values())
    assert len(kept) < len(every)


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "temporal_tempeval3").exists(),
                    reason="needs ../shared/data/temporal_tempeval3")
def test_after_the_fifty_first_round_no_wire_document_is_left_to_draw() -> None:
    lines = (ROOT / "benchmarks" / "blind" / "read_in_precision_rounds.txt").read_text(encoding="utf-8").splitlines()
    read = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert set(judged_rounds.wire_articles(min_words=0)) <= read
    with pytest.raises(SystemExit, match="only 0 unread"):
        judged_rounds.draw_wire(4024, read, 1, min_words=0)


#: The size and split of each kept round of the Propaganda Techniques Corpus (``--ptc N --ptc-split S``), by seed.
PTC_ROUNDS = {4031: (40, "test"), 4032: (45, "test"), 4033: (40, "train"), 4034: (40, "train"), 4035: (40, "train"),
              4036: (40, "train"), 4037: (40, "train"), 4038: (40, "train"),
              4039: (40, "train"), 4040: (40, "train"), 4041: (44, "train"), 4043: (73, "dev")}


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "propaganda_ptc_semeval2020").exists(),
                    reason="needs ../shared/data/propaganda_ptc_semeval2020 (the Propaganda Techniques Corpus)")
def test_each_kept_ptc_round_is_the_draw_of_its_seed_with_the_articles_read_before_it() -> None:
    lines = (ROOT / "benchmarks" / "blind" / "read_in_precision_rounds.txt").read_text(encoding="utf-8").splitlines()
    for seed, (count, split) in PTC_ROUNDS.items():
        ids = _kept_draw(lines, "ptc", seed,
                         lambda read, s=seed, c=count, sp=split: judged_rounds.draw_ptc(s, read, c, sp))
        assert len(ids) == count
        articles = judged_rounds.news_articles(ids)
        assert set(articles) == set(ids)
        assert all(a["title"] and len(a["text"].split()) >= judged_rounds.PTC_MIN_WORDS for a in articles.values())
        assert all(a["publisher"] == "ptc_" + split for a in articles.values())


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "propaganda_ptc_semeval2020").exists(),
                    reason="needs ../shared/data/propaganda_ptc_semeval2020")
def test_ptc_articles_split_the_title_off_and_keep_offsets_into_the_body() -> None:
    every = judged_rounds.ptc_articles()
    assert len(every) == 536  # train, dev and test
    some = next(iter(every.values()))
    assert some["published"] is None and "\n\n" not in some["text"][:1] and some["title"]
    test = judged_rounds.ptc_articles(("test",), judged_rounds.PTC_MIN_WORDS)
    assert test and all(a["publisher"] == "ptc_test" for a in test.values())
    with pytest.raises(SystemExit, match="unread PTC test"):
        judged_rounds.draw_ptc(1, set(test), 1)


def test_a_draw_leaves_out_every_id_an_earlier_round_read(tmp_path: Path) -> None:
    (tmp_path / "news_seed1.ids").write_text("a:1\n\na:2\n", encoding="utf-8")
    (tmp_path / "ptc_seed2.ids").write_text("# a comment\nptc:3\n", encoding="utf-8")
    (tmp_path / "news_seed1.verdicts.jsonl").write_text('{"id": "a:9"}\n', encoding="utf-8")
    assert judged_rounds.judged_ids(tmp_path) == {"a:1", "a:2", "ptc:3"}
    kept = judged_rounds.judged_ids()
    assert "ptc:999000154" in kept  # round sixty-three's first article


def test_a_round_that_hid_checks_from_its_readers_has_no_verdict_on_them() -> None:
    for name, hidden in judged_rounds.NOT_SHOWN.items():
        path = judged_rounds.VERDICTS / f"{name}.verdicts.jsonl"
        verdicts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert verdicts and not [v for v in verdicts if v["check"] in hidden]
    from misinfo_scorer_plugins.odd_phrasing import LOADED_LANGUAGE_CHECKS

    assert judged_rounds.NOT_SHOWN["ptc_seed4043"] >= LOADED_LANGUAGE_CHECKS
