"""The Wagtail integration's logic (integrations/wagtail/misinfo_scorer_wagtail/core.py and runtime.py),
with stand-in page objects: no Django or Wagtail needed."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from scorer.contract import Finding, Result
from scorer.service.decision import Thresholds
from scorer.service.store import SQLiteResultStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "integrations" / "wagtail"))

from misinfo_scorer_wagtail.core import (
    Config,
    blocking_decision,
    delivery_key,
    page_body,
    page_to_article,
)
from misinfo_scorer_wagtail.runtime import PageScorer


class StreamValue:
    """Like Wagtail's StreamValue: renders to HTML."""

    def __init__(self, html: str) -> None:
        self.html = html

    def render_as_block(self) -> str:
        return self.html


class RichText:
    def __init__(self, html: str) -> None:
        self.html = html

    def __html__(self) -> str:
        return self.html


class Owner:
    username = "ann"

    def get_full_name(self) -> str:
        return "Ann Writer"


def page(**fields):
    base = dict(pk=12, title="Council vote", go_live_at=None, first_published_at=None, owner=Owner(),
                locale=SimpleNamespace(language_code="en-gb"), content_type=SimpleNamespace(model="newspage"),
                full_url="https://news.example/council-vote/")
    return SimpleNamespace(**{**base, **fields})


def test_page_with_streamfield_and_intro_becomes_an_article():
    p = page(intro="The council met on Monday.", body=StreamValue("<p>Officials said the vote was close.</p>"),
             go_live_at=dt.datetime(2025, 6, 10, 9, 0, tzinfo=dt.UTC))
    article = page_to_article(p, Config())
    assert article.id == "wagtail-12" and article.title == "Council vote"
    assert "The council met on Monday." in article.text and "Officials said the vote was close." in article.text
    assert article.published.startswith("2025-06-10") and article.authors == ["Ann Writer"]
    assert article.language == "en" and article.url == "https://news.example/council-vote/"
    assert article.meta == {"cms": "wagtail", "page_id": 12, "content_type": "newspage"}


def test_plain_text_richtext_and_reference_date():
    p = page(body="Plain text body.", first_published_at=dt.datetime(2024, 1, 2, tzinfo=dt.UTC))
    assert page_body(p, ("body",)) == ("Plain text body.", None)
    assert page_to_article(p, Config()).published.startswith("2024-01-02")
    now = dt.datetime(2030, 5, 5, tzinfo=dt.UTC)
    rich = page(body=RichText('<p>Rich <a linktype="page" id="3">link</a>.</p>'))
    article = page_to_article(rich, Config(), now=now)
    assert "Rich" in article.text and "link" in article.text and "linktype" not in article.text
    assert article.published.startswith("2030-05-05")
    assert page_to_article(page(), Config()) is None  # nothing to score


def test_unreachable_site_url_and_missing_owner_do_not_fail():
    class NoSite(SimpleNamespace):
        @property
        def full_url(self):
            raise RuntimeError("no Site configured")

    p = NoSite(pk=1, title="T", body="Text.", owner=None, go_live_at=None, first_published_at=None)
    article = page_to_article(p, Config())
    assert article.url is None and article.authors == []


@pytest.mark.parametrize(
    ("decision", "override", "blocked"),
    [("hold", False, True), ("hold", True, False), ("review", False, False), ("publish", False, False)],
)
def test_blocking_decision(decision, override, blocked):
    body = {"decision": decision, "decision_reasons": ["score 0.95 is at or above the hold threshold 0.90"],
            "score": 0.95, "band": "high",
            "findings": [{"text": "a senior official", "message": "Anonymous source"}]}
    block = blocking_decision(body, Config(), can_override=override)
    assert (block is not None) == blocked
    if block:
        assert "hold" in block.message and "0.95" in block.message and "a senior official" in block.message


def test_config_from_django_setting():
    config = Config.from_setting({"BODY_FIELDS": ["body"], "THRESHOLDS": {"HOLD_SCORE": 0.8, "REVIEW_SCORE": None},
                                  "BLOCK_ON": ["hold", "review"], "DB": "x.db"})
    assert config.body_fields == ("body",) and config.block_on == ("hold", "review") and config.db == "x.db"
    assert config.thresholds == Thresholds(hold_score=0.8, review_score=None)


class CountingScorer:
    def __init__(self, score: float) -> None:
        self.calls = 0
        self.value = score

    def score(self, article):
        self.calls += 1
        return Result(id=article.id, score=self.value, band="high",
                      findings=[Finding(0, 3, "m", 0.5, "s", article.text[:3])])


def test_page_scorer_decides_stores_and_scores_the_same_content_once(tmp_path):
    scorer = CountingScorer(0.95)
    store = SQLiteResultStore(tmp_path / "r.sqlite3")
    ps = PageScorer(Config(), scorer=scorer, store=store)
    article = page_to_article(page(body="Officials said so."), Config())
    body = ps.score(article)
    assert body["decision"] == "hold" and body["score"] == 0.95
    assert ps.score(article)["decision"] == "hold" and scorer.calls == 1  # the signal after the hook
    stored = store.latest("wagtail-12")
    assert stored.source == "wagtail" and stored.text == "Officials said so." and stored.key == delivery_key(article)
    edited = page_to_article(page(body="Officials said otherwise."), Config())
    ps.score(edited)
    assert scorer.calls == 2


def test_hooks_module_needs_wagtail():
    pytest.importorskip("wagtail", reason="Wagtail is not installed; the hook layer is exercised in a Wagtail site")
    import misinfo_scorer_wagtail.wagtail_hooks  # noqa: F401
