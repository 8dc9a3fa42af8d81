"""What enters the combiner (counts as rates, length only as length.log_words), the additive combiner
as a shipped model (exact explanations, skops without pickle, compiled form), and the length measures
of the evaluation (within-corpus Spearman, length-matched pairs)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from scorer.compiled import load_compiled
from scorer.fitting.confounds import length_independence, matched_pairs
from scorer.fitting.data import HAS_RATE, Labelled, combiner_columns
from scorer.fitting.fit import fit_combiner
from scorer.model import CombinerModel, load_model, save_model
from scorer.scoring_model import with_rates
from scorer.shapes import CompiledAdditive

ROW = {
    "hedged_sourcing": {"anonymous": 2.0, "anonymous_share": 0.5, "agentless": 1.0, "hedge_cues": 3.0},
    "internal_contradiction": {"date_expressions": 4.0, "date_spread_days": 30.0},
    "readability": {"words_per_sentence": 20.0},
    "style": {"exclamation_marks_per_1k": 1.0},
    "length": {"log_words": math.log1p(500)},
}


def test_counts_become_rates_and_length_enters_once() -> None:
    cols = combiner_columns([ROW], warnings={"hedged_sourcing.agentless", "hedged_sourcing.anonymous_share"})
    assert cols.rates == {"hedged_sourcing.agentless_per_1k_words": "hedged_sourcing.agentless",
                          "internal_contradiction.date_expressions_per_1k_words":
                              "internal_contradiction.date_expressions"}
    assert "hedged_sourcing.anonymous" in cols.left_out and "hedged_sourcing.hedge_cues" in cols.left_out
    assert set(HAS_RATE) & set(cols.features) == set()
    # a spread in days, a share, a readability measure and a style rate stay as they are
    for kept in ("internal_contradiction.date_spread_days", "hedged_sourcing.anonymous_share",
                 "readability.words_per_sentence", "style.exclamation_marks_per_1k", "length.log_words"):
        assert kept in cols.features
    # the rate of a declared warning count is a warning
    assert cols.warnings == {"hedged_sourcing.agentless_per_1k_words", "hedged_sourcing.anonymous_share"}
    without = combiner_columns([ROW], length=False)
    assert "length.log_words" not in without.features and "length.log_words" in without.left_out
    assert without.rates == cols.rates  # the rates still read the length


def test_rate_is_count_per_thousand_words() -> None:
    flat = {"a.count": 4.0, "length.log_words": math.log1p(500)}
    assert with_rates(flat, {"a.count_per_1k_words": "a.count"})["a.count_per_1k_words"] == pytest.approx(8.0)
    assert "a.count_per_1k_words" not in with_rates({"a.count": 4.0}, {"a.count_per_1k_words": "a.count"})


def synthetic(n: int = 300, seed: int = 0) -> tuple[Labelled, list[dict]]:
    """A warning count drives the label through its rate; article length differs by class too."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    signals = []
    for label in y:
        words = float(rng.integers(200, 1500))
        rate = rng.gamma(2.0, 1.0 + 2.0 * label)
        signals.append({
            "internal_contradiction": {"contradictions": round(rate * words / 1000)},
            "readability": {"grade": float(rng.normal(10, 2))},
            "length": {"log_words": math.log1p(words)},
        })
    data = Labelled(y=y.tolist(), corpus=["a" if i % 2 else "b" for i in range(n)], groups=[str(i) for i in range(n)])
    data.articles = [None] * n  # type: ignore[list-item]
    return data, signals


@pytest.fixture(scope="module")
def additive() -> tuple[CombinerModel, dict]:
    data, signals = synthetic()
    return fit_combiner(data, signals, version="t", warnings={"internal_contradiction.contradictions"},
                        evaluate=False, combiner="additive")


def test_additive_model_explains_exactly(additive: tuple[CombinerModel, dict]) -> None:
    model, report = additive
    assert report["combiner"] == "additive" and report["cv"]["auc"] > 0.7
    assert "internal_contradiction.contradictions_per_1k_words" in model.feature_names
    row = {"internal_contradiction": {"contradictions": 6}, "readability": {"grade": 9.0},
           "length": {"log_words": math.log1p(800)}}
    explained = model.explain(row)
    logit = explained.intercept + sum(c.contribution for c in explained.contributions)
    assert 1 / (1 + math.exp(-logit)) == pytest.approx(explained.score, abs=1e-12)
    assert explained.score == pytest.approx(float(model.predict_proba([row])[0]), abs=1e-12)
    rate = next(c for c in explained.contributions if c.feature.endswith("_per_1k_words"))
    assert rate.value == pytest.approx(7.5)


def test_a_warning_rate_never_lowers_the_additive_score(additive: tuple[CombinerModel, dict]) -> None:
    model, _ = additive
    base = {"readability": {"grade": 10.0}, "length": {"log_words": math.log1p(1000)}}
    scores = [model.explain({**base, "internal_contradiction": {"contradictions": k}}).score for k in range(12)]
    assert all(b >= a - 1e-12 for a, b in itertools.pairwise(scores))
    assert scores[-1] > scores[0]


@pytest.mark.slow
def test_additive_model_file_loads_trusted_and_compiles(additive: tuple[CombinerModel, dict], tmp_path) -> None:
    model, _ = additive
    path = tmp_path / "m.skops"
    save_model(model, path)
    assert path.read_bytes()[:2] == b"PK"  # a skops (zip) archive, loaded below with the trusted list only
    loaded = load_model(path)
    compiled = load_compiled(path)
    assert isinstance(compiled, CompiledAdditive)
    row = {"internal_contradiction": {"contradictions": 3}, "length": {"log_words": math.log1p(300)}}
    a, b, c = model.explain(row), loaded.explain(row), compiled.explain(row)
    assert a.score == pytest.approx(b.score, abs=1e-12) and a.score == pytest.approx(c.score, abs=1e-9)
    assert {x.feature: x.contribution for x in a.contributions} == pytest.approx(
        {x.feature: x.contribution for x in c.contributions}, abs=1e-9)


def test_linear_model_without_length() -> None:
    data, signals = synthetic()
    model, report = fit_combiner(data, signals, version="t", evaluate=False, length=False)
    assert "length.log_words" not in model.feature_names and report["length_feature"] is False
    assert "internal_contradiction.contradictions_per_1k_words" in model.feature_names


def test_matched_pairs_and_length_measures() -> None:
    y = np.array([1, 1, 1, 0, 0, 0])
    loglen = np.log1p(np.array([100, 200, 5000, 105, 190, 20]))
    pairs = matched_pairs(y, loglen)
    assert pairs.tolist() == [0, 1, 3, 4]  # the 5,000- and 20-word articles have no match
    corpus = np.array(["c"] * 200)
    rng = np.random.default_rng(0)
    yy = np.repeat([1, 0], 100)
    words = np.concatenate([rng.integers(100, 400, 100), rng.integers(300, 600, 100)]).astype(float)
    out = length_independence(yy, corpus, words, {"length": -np.log1p(words), "noise": rng.random(200)})
    assert out["models"]["length"]["spearman"]["c"] == pytest.approx(-1.0)
    assert abs(out["models"]["noise"]["spearman"]["c"]) < 0.25
    assert out["pairs"]["c"] > 10
    # on length-matched pairs a length-only score separates little, however well it does overall
    assert abs(out["models"]["length"]["matched"]["c"] - 0.5) < 0.15


def test_train_and_evaluate_take_the_combiner_options() -> None:
    import argparse

    from scorer.fitting.commands import add_evaluate_parser, add_train_parser

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    add_train_parser(sub)
    add_evaluate_parser(sub)
    args = parser.parse_args(["train", "c.jsonl", "-o", "m.skops", "--combiner", "additive", "--no-length"])
    assert (args.combiner, args.length) == ("additive", False)
    args = parser.parse_args(["evaluate", "c.jsonl", "--no-stylometry"])
    assert (args.combiner, args.length, args.stylometry) == ("linear", True, False)
    with pytest.raises(SystemExit):
        parser.parse_args(["train", "c.jsonl", "-o", "m.skops", "--combiner", "forest"])


@pytest.mark.parametrize("combiner", ["linear", "additive"])
def test_the_card_describes_the_combiner_it_ships(combiner: str) -> None:
    from scorer.fitting.card import model_card

    data, signals = synthetic(seed=1)
    _, report = fit_combiner(data, signals, version="t", warnings={"internal_contradiction.contradictions"},
                            evaluate=False, combiner=combiner)
    card = model_card(report, ["a", "b"], "t")
    model_section = card.split("## Model\n", 1)[1].split("## Training data", 1)[0]
    big = report["largest_contribution"]
    assert f"**{big['bound']:.2f}**" in model_section and f"`{big['bound_feature']}`" in model_section
    if combiner == "additive":
        assert "AdditiveLogisticRegression" in model_section and "sum of its segments' rises" in model_section
        assert "ClippedScaler" not in model_section and "Why the clip" not in model_section
    else:
        assert "ClippedScaler" in model_section and "Why the clip" in model_section
        assert "AdditiveLogisticRegression" not in model_section


def test_the_cards_reproduce_lines_carry_the_options_it_was_trained_with(tmp_path) -> None:
    """A card whose Reproduce command leaves out --no-length rebuilds another model."""
    from scorer.fitting.card import model_card
    from scorer.fitting.fit import _options

    data, signals = synthetic(seed=1)
    _, report = fit_combiner(data, signals, version="t", warnings=set(), evaluate=False, combiner="additive",
                             length=False)
    report["options"] = _options(["style.*"], "additive", False)
    reproduce = model_card(report, ["a.jsonl"], "t").split("## Reproduce", 1)[1]
    train_line, evaluate_line = (line for line in reproduce.splitlines() if line.startswith("misinfo-scorer"))
    assert train_line.endswith("--version-tag t --exclude 'style.*' --combiner additive --no-length")
    assert evaluate_line.endswith(
        "--model models/default.skops --out models/EVALUATION.md --combiner additive --no-length"
    )
    report["options"] = _options([], "linear", True)
    reproduce = model_card(report, ["a.jsonl"], "t").split("## Reproduce", 1)[1]
    assert "--no-length" not in reproduce and "--combiner" not in reproduce
