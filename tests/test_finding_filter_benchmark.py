"""benchmarks/hedged_sourcing_finding_filter.py: the rows a learned filter would read, and what dropping costs."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import hedged_sourcing_finding_filter as bench  # noqa: E402


def test_one_row_per_finding_with_the_context_the_filter_reads() -> None:
    text = (
        "Officials said the bridge would reopen on Monday. Mayor Ana Ruiz said crews had finished the repairs.\n\n"
        "The council met on Tuesday."
    )
    rows = list(bench.finding_rows([{"id": "a", "text": text}]))
    assert [(r["check"], text[r["start"] : r["end"]]) for r in rows] == [("vague_source", "Officials said")]
    row = rows[0]
    assert row["named_next"] and not row["named_previous"] and not row["named_same"]
    assert row["first_sentence"] and row["lede"] and row["paragraph_first"] and not row["paragraph_last"]
    assert row["head_lemma"] == "official" and row["head_plural"] and row["cue_lemma"] == "say"
    assert row["cue_clause"] and not row["inside_quotation"]


def test_rare_lemmas_are_pooled_and_every_row_has_the_same_numeric_features() -> None:
    rows = [{"cue_lemma": "say", "head_lemma": "official"}] * 15 + [{"cue_lemma": "pinpoint", "head_lemma": "x"}]
    frequent = bench.frequent_values(rows)
    assert frequent == {"cue_lemma": {"say"}, "head_lemma": {"official"}}
    row = {name: 0 for name in bench.NUMERIC} | {
        "sentence_tokens": 200, "span_tokens": 2, "hedged": 3, "named": 0, "check": "vague_source", "via": "subject",
        "head_det": "", "head_pos": "NOUN", "head_dep": "nsubj", "cue_lemma": "pinpoint", "head_lemma": "official",
    }
    out = bench.features(row, frequent)
    assert out["cue_lemma=OTHER"] == 1.0 and out["head_lemma=official"] == 1.0
    assert out["sentence_tokens"] == 2.0  # capped at 80 tokens
    assert set(bench.NUMERIC) <= set(out)


def test_dropping_the_lowest_stops_before_the_share_of_right_ones_is_exceeded() -> None:
    y = [0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]  # 10 right, 2 wrong
    scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.96, 0.97]
    assert bench.drop_lowest(y, scores, 0.10) == (2, 1)  # one right may go: both wrong ones go with it
    assert bench.drop_lowest(y, scores, 0.0) == (1, 0)  # no right may go: only the wrong one below it
    assert bench._source("polnear_nyt_12") == "polnear"
    assert bench._source("tempeval3:wsj_0973") == "wire"
    assert bench._source("buzzfeed_webis_2016:0001") == "news"
