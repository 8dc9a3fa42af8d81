"""Real articles from ../shared/data through every built-in signal: offsets always match their text.

Skipped when ../shared/data is absent (a fresh clone has no shared data).
"""

from __future__ import annotations

import json
import random

import pytest

from scorer.contract import Article
from scorer.host import Scorer

pytestmark = pytest.mark.slow  # a scorer over real articles from every corpus

CORPORA = [
    "fakenewsamt", "celebrity", "buzzfeed_webis_2016", "fakenewsnet_old_buzzfeed",
    "fakenewsnet_old_politifact", "fakenewsnet_politifact_defend", "fa_kes",
]
PER_CORPUS = 15


def sample_articles(shared_data, corpus: str) -> list[Article]:
    with (shared_data / corpus / "articles.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows = [r for r in rows if (r.get("text") or "").strip()]
    random.Random(corpus).shuffle(rows)
    out = []
    for r in rows[:PER_CORPUS]:
        published = r.get("published") if isinstance(r.get("published"), str) else None
        try:
            out.append(Article.from_dict({"id": r["id"], "text": r["text"], "published": published}))
        except Exception:
            out.append(Article.from_dict({"id": r["id"], "text": r["text"]}))
    return out


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer()


@pytest.mark.parametrize("corpus", CORPORA)
def test_offsets_match_on_real_articles(shared_data, scorer, corpus):
    articles = sample_articles(shared_data, corpus)
    results = list(scorer.score_many(articles))
    assert len(results) == len(articles)
    n_findings = 0
    for article, result in zip(articles, results, strict=True):
        assert [e for e in result.errors if e.plugin != "language"] == [], (article.id, result.errors)
        for f in result.findings:
            assert article.text[f.start:f.end] == f.text, (article.id, f)
            n_findings += 1
        assert result.score is None or 0 <= result.score <= 1
    assert n_findings > 0, f"no finding at all on {len(articles)} {corpus} articles"


def test_english_check_passes_every_labelled_article(shared_data):
    """The language gate must not turn away real English news (it runs on every article)."""
    from scorer.language import detect_language

    refused = []
    for corpus in CORPORA:
        with (shared_data / corpus / "articles.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if (r.get("text") or "").strip() and detect_language(r["text"]) == "other":
                    refused.append(r["id"])
    assert len(refused) <= 3, refused[:10]
