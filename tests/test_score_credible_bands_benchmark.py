"""benchmarks/score_credible_bands.py: the share of credible articles at each band, overall and per outlet."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bands():
    sys.path.insert(0, str(ROOT / "benchmarks"))  # the script imports judged_rounds beside it
    path = ROOT / "benchmarks" / "score_credible_bands.py"
    spec = importlib.util.spec_from_file_location("score_credible_bands", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_credible_bands"] = module
    spec.loader.exec_module(module)
    return module


def test_shares_overall_and_per_outlet(bands):
    report = bands.band_shares(["high", "low", "medium", "low"], ["nyt", "nyt", "breitbart", "breitbart"])
    assert report["articles"] == 4
    assert report["share"] == {"high": 0.25, "medium": 0.25, "low": 0.5}
    assert report["outlets"]["nyt"] == {"articles": 2, "high": 0.5, "medium_or_above": 0.5}
    assert report["outlets"]["breitbart"] == {"articles": 2, "high": 0.0, "medium_or_above": 0.5}


def test_an_article_without_a_score_counts_in_no_band(bands):
    report = bands.band_shares([None, "low"], ["usa-today", "usa-today"])
    assert report["share"] == {"high": 0.0, "medium": 0.0, "low": 0.5}
    assert report["outlets"]["usa-today"]["medium_or_above"] == 0.0


def test_reads_polnear_once_per_article(bands, shared_data):
    articles = bands.credible_articles()
    assert len({a["id"] for a in articles}) == len(articles) == 924
    assert {a["publisher"] for a in articles} == {
        "nyt", "wash-post", "politico", "usa-today", "huff-post", "breitbart", "west-journal"}


@pytest.mark.slow
def test_a_model_scores_the_signals_as_the_scorer_does(bands):
    from scorer import Article, Scorer

    article = Article(
        id="a", text="Sources say the senator lied. Experts believe the deal is dead, a senior official said.",
        title="SHOCKING: the senator LIED", published="2016-10-01",
    )
    scorer = Scorer()
    result = scorer.score(article)
    features = Scorer(signals_only=True).score(article).signals
    assert bands.model_band(scorer, features) == (result.score, result.band)
