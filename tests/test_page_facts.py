"""An article given as an HTML page takes its headline and publication date from the page's markup.

Without its headline a page loses the title features the model weighs most, so the same story scored
from a crawled page and from a CMS (which sends the title) would differ; and a date the text merely
mentions must never become the reference every relative date is checked against.
"""

from __future__ import annotations

import json

import pytest

from scorer.contract import Article
from scorer.html import PageFacts, page_facts
from scorer.readers.records import RawRecord

BODY = (
    "<p>The city council voted on Tuesday to close the public pool for the summer, citing repair costs.</p>"
    "<p>On March 3, 2015 the council had promised to keep it open, the mayor recalled at the meeting.</p>"
)


def page(head: str = "", body: str = BODY) -> str:
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_a_page_gives_its_open_graph_headline_before_its_title_element():
    html = page("<title>Council closes pool | The Daily Planet</title>"
                "<meta property='og:title' content='Council closes pool for the summer'>")
    article = Article.from_dict({"id": "p1", "html": html})
    assert article.title == "Council closes pool for the summer"
    assert article.text.startswith("The city council voted")


def test_the_title_element_loses_the_sites_name():
    article = Article.from_dict({"id": "p2", "html": page("<title>Council closes pool | The Daily Planet</title>")})
    assert article.title == "Council closes pool"


def test_a_fragments_first_heading_is_no_headline():
    # what a CMS sends is the body: its headings are subheadings
    fragment = "<h2>Background</h2>" + BODY + "<h2>Related</h2><p>More stories from the council.</p>"
    assert page_facts(fragment).title is None
    assert Article.from_dict({"id": "f1", "html": fragment}).title is None


@pytest.mark.parametrize("head", [
    "<title>Council closes pool",                     # never closed: the parser reads the page into the title
    "<title>" + "Council closes pool again " * 20 + "</title>",  # longer than any headline
])
def test_a_title_that_cannot_be_a_headline_is_left_out(head):
    assert page_facts(page(head)).title is None


def test_the_records_own_title_and_date_come_first():
    html = page("<title>Page title</title><meta property='article:published_time' content='2016-10-02T10:00:00Z'>")
    article = Article.from_dict({"id": "p3", "html": html, "title": "CMS title", "published": "2016-10-05"})
    assert (article.title, article.published) == ("CMS title", "2016-10-05")


@pytest.mark.parametrize("head, body, expected", [
    ("<meta property='article:published_time' content='2016-10-02T10:00:00Z'>", BODY, "2016-10-02"),
    ("<link rel='canonical' href='https://example.org/2016/10/02/council-pool'>", BODY, "2016-10-02"),
    ("", "<time datetime='2016-10-02'>Oct. 2</time>" + BODY, "2016-10-02"),
    # the text mentions 2015-03-03 and a "posted" line: neither is markup, so the page is undated
    ("", "<p>Posted October 2, 2016</p>" + BODY, None),
])
def test_the_date_comes_from_markup_never_from_a_date_the_text_mentions(head, body, expected):
    assert page_facts(page(head, body)).published == expected
    assert Article.from_dict({"id": "d", "html": page(head, body)}).published == expected


def test_the_pages_own_date_comes_before_the_runs_published_default():
    dated = page("<meta property='article:published_time' content='2016-10-02'>")
    undated = page("<title>Council closes pool</title>")
    assert RawRecord({"html": dated}, "x.html", published="2020-01-01").to_article().published == "2016-10-02"
    assert RawRecord({"html": undated}, "y.html", published="2020-01-01").to_article().published == "2020-01-01"
    assert RawRecord({"text": "Plain.", "published": "2019-05-05"}, "z", published="2020-01-01").to_article(
    ).published == "2019-05-05"


def test_a_page_whose_markup_cannot_be_read_is_scored_without_it(monkeypatch):
    def broken(html: str) -> PageFacts:
        raise ValueError("metadata parser failed")

    monkeypatch.setattr("scorer.contract.page_facts", broken)
    article = Article.from_dict({"id": "b", "html": page("<title>Council closes pool</title>")})
    assert article.title is None and article.text.startswith("The city council voted")


def test_a_crawled_page_is_scored_with_its_headline(tmp_path):
    """The command line over a WARC-like input: the style signal reads the page's headline."""
    from scorer.cli import main

    html = page("<title>SHOCKING: You Won't Believe What The Council Did! | Daily Planet</title>")
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "w1", "html": html}) + "\n" + json.dumps({"id": "w2", "html": BODY}) + "\n")
    out = tmp_path / "results.jsonl"
    assert main(["score", str(path), "--published", "2016-10-02", "-o", str(out)]) == 0
    results = [json.loads(line) for line in out.read_text().splitlines()]
    titled, fragment = results
    assert titled["signals"]["style"]["title_exclamation"] == 1.0
    assert titled["signals"]["style"]["title_all_caps_share"] > 0
    assert "title_words" not in fragment["signals"]["style"]  # no headline: the model takes it as typical
    # the result says which headline it read, as it gives the text its offsets refer to
    assert titled["title"] == "SHOCKING: You Won't Believe What The Council Did!" and "title" not in fragment
    assert titled["text"].startswith("The city council voted")


def test_a_result_round_trips_its_title():
    from scorer.contract import Result

    result = Result(id="r", text="Body.", title="Headline")
    assert Result.from_dict(result.to_dict()) == result
    assert "title" not in Result(id="t").to_dict()  # an article given as text: the caller knows its title


def test_pretty_output_names_the_headline_read_from_a_page():
    from scorer.contract import Result
    from scorer.pretty import format_result

    assert "headline: Council closes pool" in format_result(Result(id="p", text="Body.", title="Council closes pool"))
    assert "headline:" not in format_result(Result(id="t"))


def test_a_page_without_html_or_body_tags_is_still_a_page():
    # "<title>...</title><p>..." is a page: wrapped as a body fragment, its title would open the text
    article = Article.from_dict({"id": "t", "html": "<title>Council closes pool | Planet</title>" + BODY})
    assert article.title == "Council closes pool" and article.text.startswith("The city council voted")
