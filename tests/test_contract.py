"""The public types round-trip through JSON and refuse what the contract forbids."""

from __future__ import annotations

import json

import pytest

from scorer.contract import (
    Article,
    ArticleError,
    Contribution,
    Finding,
    OffsetError,
    PluginError,
    Result,
    Span,
    content_id,
    parse_published,
)


def test_article_round_trip_keeps_unknown_fields_in_meta():
    data = {
        "id": "a1", "text": "Body.", "title": "T", "published": "2024-07-15T09:30:00+02:00",
        "url": "https://example.org/a1", "source": "example", "authors": ["A. Writer"],
        "language": "en", "section": "world", "tags": ["x"],
    }
    article = Article.from_dict(json.loads(json.dumps(data)))
    assert article.meta == {"section": "world", "tags": ["x"]}
    assert article.published_date.isoformat() == "2024-07-15"
    assert Article.from_dict(article.to_dict()) == article
    assert article.to_dict() == data


def test_article_id_falls_back_to_default_then_content_hash():
    assert Article.from_dict({"text": "x"}, default_id="file.jsonl:3").id == "file.jsonl:3"
    assert Article.from_dict({"text": "same"}).id == content_id("same") == Article.from_dict({"text": "same"}).id
    assert Article.from_dict({"text": "same"}).id != Article.from_dict({"text": "other"}).id


def test_article_from_html_extracts_text():
    html = "<html><body><article><p>First paragraph of the story.</p><p>Second one.</p></article></body></html>"
    article = Article.from_dict({"id": "h", "html": html})
    assert "First paragraph of the story." in article.text
    assert "<p>" not in article.text
    assert article.from_html


@pytest.mark.parametrize("depth", [300, 1500])
def test_article_from_html_nested_deeper_than_libxml2_reads_by_default_keeps_its_text(depth):
    # a generator's unclosed <div>s or nested <blockquote>s: past 255 levels libxml2 stops reading the page
    story = "<p>The council voted on Tuesday to close the bridge.</p><p>Repairs begin in May.</p>"
    html = "<div>" * depth + story + "</div>" * depth
    article = Article.from_dict({"id": "deep", "html": html})
    assert "The council voted on Tuesday to close the bridge." in article.text
    assert "Repairs begin in May." in article.text


def test_article_from_html_with_no_text_is_refused():
    with pytest.raises(ArticleError, match="holds no text"):
        Article.from_dict({"id": "x", "html": "<div><span></span></div>" + "<div>" * 300})


@pytest.mark.parametrize(
    "data, message",
    [
        ({"id": "x"}, "neither 'text' nor 'html'"),
        ({"id": "x", "text": 5}, "'text' must be a string"),
        ({"id": "x", "text": "t", "published": "last Tuesday"}, "ISO 8601"),
        ({"id": "x", "text": "t", "published": 20240101}, "ISO 8601"),
        ({"id": "x", "text": "t", "title": ["a"]}, "'title' must be a string"),
        ([1, 2], "JSON object"),
    ],
)
def test_bad_articles_get_clear_errors(data, message):
    with pytest.raises(ArticleError, match=message):
        Article.from_dict(data)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-07-15", "2024-07-15"),
        ("2024-07-15T23:30:00-05:00", "2024-07-15"),
        ("2024-07-15T08:00:00Z", "2024-07-15"),
        (None, None),
    ],
)
def test_parse_published(value, expected):
    got = parse_published(value)
    assert (got.isoformat() if got else None) == expected


def test_finding_anchored_fills_text_and_checks_offsets():
    text = "Sources say the the plan failed."
    f = Finding(start=12, end=19, message="doubled word").anchored("odd_phrasing", text)
    assert (f.signal, f.text) == ("odd_phrasing", "the the")
    with pytest.raises(OffsetError, match="not inside"):
        Finding(start=10, end=99, message="m").anchored("s", text)
    with pytest.raises(OffsetError, match="not inside"):
        Finding(start=5, end=5, message="empty").anchored("s", text)
    with pytest.raises(OffsetError, match="does not match"):
        Finding(start=0, end=7, message="m", text="Experts").anchored("s", text)
    with pytest.raises(OffsetError, match="severity"):
        Finding(start=0, end=7, message="m", severity=3).anchored("s", text)


def test_finding_check_and_related_span_round_trip():
    text = "On Tuesday, May 5, 2015, the mayor spoke. Last month, on 3 May 2015, he resigned."
    f = Finding(start=42, end=52, message="m", check="relative_vs_date", related=Span(12, 23)).anchored("ic", text)
    assert f.related is not None and f.related.text == "May 5, 2015"
    data = json.loads(json.dumps(f.to_dict()))
    assert data["check"] == "relative_vs_date"
    assert data["related"] == {"start": 12, "end": 23, "text": "May 5, 2015"}
    assert Finding.from_dict(data) == f
    plain = Finding(start=0, end=2, message="m").anchored("third_party", text)
    assert plain.to_dict()["check"] == "" and "related" not in plain.to_dict()
    with pytest.raises(OffsetError, match="related span"):
        Finding(start=0, end=2, message="m", related=Span(70, 999)).anchored("s", text)
    with pytest.raises(OffsetError, match="related text"):
        Finding(start=0, end=2, message="m", related=Span(0, 2, "no")).anchored("s", text)


def test_result_round_trip():
    result = Result(
        id="h03", score=0.81234, band="high",
        findings=[Finding(0, 10, "msg", 0.9, "internal_contradiction", "Last month")],
        signals={"internal_contradiction": {"contradictions": 1.0, "anchored_share": 0.5}},
        contributions=[Contribution("internal_contradiction.contradictions", 1.0, 0.42)],
        model={"name": "default", "version": "2026.12.0"},
        errors=[PluginError("slow", "timed out")],
        meta={"section": "world"},
    )
    data = json.loads(json.dumps(result.to_dict()))
    assert data["score"] == 0.8123
    assert data["signals"]["internal_contradiction"] == {"contradictions": 1, "anchored_share": 0.5}
    assert "text" not in data
    again = Result.from_dict(data)
    assert again.to_dict() == data
    assert set(data) == {"id", "score", "band", "findings", "signals", "contributions", "model", "errors", "meta"}


def test_failed_result_has_null_score_and_reason():
    data = Result.failed("x", "input", "line 3 is not valid JSON").to_dict()
    assert data["score"] is None and data["errors"] == [{"plugin": "input", "error": "line 3 is not valid JSON"}]


def test_pretty_text_names_the_check_and_the_other_side():
    from scorer.pretty import format_result

    text = "It rained on Monday. Last month it was dry."
    res = Result(id="x", findings=[
        Finding(21, 31, "m", 0.9, check="relative_vs_date", related=Span(13, 19)).anchored("ic", text),
        Finding(0, 2, "plain", 0.5).anchored("other", text),
    ])
    out = format_result(res)
    assert "[ic/relative_vs_date] 21-31 “Last month”" in out and "against 13-19 “Monday”" in out
    assert "[other] 0-2 “It”" in out
