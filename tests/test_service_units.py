"""The service's parts without a server: signatures (against vectors from the CMSs' own code),
payload mapping, decisions, the review page's markup, the store, settings and the serve options."""

from __future__ import annotations

import argparse
import html as html_lib
import json
import re
import time

import pytest

from scorer.contract import Finding, PluginError, Result
from scorer.service.decision import Decision, Thresholds, decide
from scorer.service.settings import Settings
from scorer.service.signatures import (
    SignatureError,
    sign_contentful,
    sign_ghost,
    sign_wordpress,
    verify_contentful,
    verify_ghost,
    verify_wordpress,
)
from scorer.service.store import SQLiteResultStore, StoredResult

# -- signatures ------------------------------------------------------------------------------------
# Vectors computed with the senders' own code: Ghost's webhook-trigger.js expression
# (createHmac('sha256', secret).update(`${payload}${ts}`)), @contentful/node-apps-toolkit's
# signRequest, and the WordPress plugin's hash_hmac('sha256', "$ts.$body", $secret).

GHOST_BODY = '{"post":{"current":{"id":"g1","title":"Café – news"}}}'.encode()
GHOST_HEADER = "sha256=24617c92d391b9e9df24726db989299637d1684cdd7b616c02069c4ddad770c8, t=1700000000000"
GHOST_NOW = 1700000000000 / 1000 + 10

WP_BODY = '{"id":"wp-1","title":"Café"}'.encode()
WP_SIGNATURE = "sha256=dfafe63f7b321c19982130183b554f7c8c4e628f86b2ac5776adc3dde205dc76"

CF_BODY = '{"sys":{"id":"e1","type":"Entry"},"fields":{"title":{"en-US":"Café – news"}}}'.encode()
CF_HEADERS = {
    "X-Contentful-Topic": "ContentManagement.Entry.publish",
    "Content-Type": "application/json",
    "x-contentful-signature": "b23ad53e1e0c315f10bdb48c7ab011f586fcb9b14906dbf201f8db0a3fca8547",
    "x-contentful-signed-headers": "content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic",
    "x-contentful-timestamp": "1700000000000",
}


def test_ghost_vector_from_ghosts_own_expression():
    verify_ghost("bar-secret-123", GHOST_BODY, GHOST_HEADER, now=GHOST_NOW)
    assert sign_ghost("bar-secret-123", GHOST_BODY, 1700000000000) == GHOST_HEADER
    with pytest.raises(SignatureError, match="does not match"):
        verify_ghost("other", GHOST_BODY, GHOST_HEADER, now=GHOST_NOW)
    with pytest.raises(SignatureError, match="older than"):
        verify_ghost("bar-secret-123", GHOST_BODY, GHOST_HEADER, now=GHOST_NOW + 301)
    with pytest.raises(SignatureError, match="future"):
        verify_ghost("bar-secret-123", GHOST_BODY, GHOST_HEADER, now=GHOST_NOW - 600)
    # the timestamp is in milliseconds and appended with no separator: other readings do not verify
    import hashlib
    import hmac

    dotted = hmac.new(b"bar-secret-123", GHOST_BODY + b".1700000000000", hashlib.sha256).hexdigest()
    with pytest.raises(SignatureError):
        verify_ghost("bar-secret-123", GHOST_BODY, f"sha256={dotted}, t=1700000000000", now=GHOST_NOW)


def test_wordpress_vector():
    verify_wordpress("wp-secret", WP_BODY, WP_SIGNATURE, "1700000000", now=1700000000 + 5)
    assert sign_wordpress("wp-secret", WP_BODY, 1700000000)["X-Misinfo-Signature"] == WP_SIGNATURE
    with pytest.raises(SignatureError, match="older than"):
        verify_wordpress("wp-secret", WP_BODY, WP_SIGNATURE, "1700000000", now=1700000000 + 301)
    with pytest.raises(SignatureError, match="Unix seconds"):
        verify_wordpress("wp-secret", WP_BODY, WP_SIGNATURE, "yesterday", now=1700000000)
    with pytest.raises(SignatureError, match="missing"):
        verify_wordpress("wp-secret", WP_BODY, None, "1700000000")


def test_contentful_vector_from_node_apps_toolkit():
    verify_contentful("a" * 64, "POST", "/hooks/contentful", CF_HEADERS, CF_BODY, ttl=0)
    signed = sign_contentful("a" * 64, "POST", "/hooks/contentful",
                             {k: v for k, v in CF_HEADERS.items() if not k.startswith("x-contentful-")}, CF_BODY,
                             1700000000000)
    assert signed["x-contentful-signature"] == CF_HEADERS["x-contentful-signature"]
    assert signed["x-contentful-signed-headers"] == CF_HEADERS["x-contentful-signed-headers"]
    # header names are case- and space-insensitive
    messy = {f"  {k.upper()} ": v for k, v in CF_HEADERS.items()}
    verify_contentful("a" * 64, "POST", "/hooks/contentful", messy, CF_BODY, ttl=0)
    for method, path, headers, body in [
        ("GET", "/hooks/contentful", CF_HEADERS, CF_BODY),
        ("POST", "/hooks/contentful?x=1", CF_HEADERS, CF_BODY),
        ("POST", "/hooks/contentful", {**CF_HEADERS, "X-Contentful-Topic": "ContentManagement.Entry.save"}, CF_BODY),
        ("POST", "/hooks/contentful", CF_HEADERS, CF_BODY + b" "),
    ]:
        with pytest.raises(SignatureError):
            verify_contentful("a" * 64, method, path, headers, body, ttl=0)
    with pytest.raises(SignatureError, match="older than 30"):
        verify_contentful("a" * 64, "POST", "/hooks/contentful", CF_HEADERS, CF_BODY, ttl=30,
                          now=1700000000000 / 1000 + 31)
    unsigned_ts = {**CF_HEADERS, "x-contentful-signed-headers": "content-type,x-contentful-topic"}
    with pytest.raises(SignatureError, match="must include"):
        verify_contentful("a" * 64, "POST", "/hooks/contentful", unsigned_ts, CF_BODY, ttl=0)


# -- payload mapping ---------------------------------------------------------------------------------


def test_ghost_post_maps_to_an_article():
    from scorer.service.hooks.common import Ignored
    from scorer.service.hooks.ghost import article_from_ghost

    payload = {"post": {"current": {
        "id": "6a1", "uuid": "u", "title": "T", "plaintext": "Plain words.", "html": "<p>Plain words.</p>",
        "published_at": "2024-07-15T10:00:00.000Z", "updated_at": "2024-07-16T09:00:00.000Z",
        "url": "https://b.example/t/", "status": "scheduled", "authors": [{"name": "Ann"}, {"name": "Bo"}],
        "tags": [{"name": "World"}]}, "previous": {"status": "draft"}}}
    article, key = article_from_ghost(payload)
    assert (article.id, article.text, article.title, article.published) == ("6a1", "Plain words.", "T",
                                                                            "2024-07-15T10:00:00.000Z")
    assert article.authors == ["Ann", "Bo"] and article.url == "https://b.example/t/"
    assert article.meta["cms"] == "ghost" and article.meta["tags"] == ["World"]
    assert key == "ghost:6a1:2024-07-16T09:00:00.000Z"
    payload["post"]["current"]["status"] = "draft"
    assert isinstance(article_from_ghost(payload), Ignored)
    page = {"page": {"current": {"id": "p1", "html": "<p>A page.</p>", "primary_author": {"name": "Cy"}}}}
    article, _ = article_from_ghost(page)
    assert article.text == "A page." and article.authors == ["Cy"] and article.meta["kind"] == "page"


def test_strapi_and_contentful_bodies():
    from scorer.service.hooks.contentful import article_from_contentful
    from scorer.service.hooks.richtext import contentful_text, strapi_blocks_text
    from scorer.service.hooks.strapi import article_from_strapi

    blocks = [{"type": "heading", "level": 2, "children": [{"type": "text", "text": "Head"}]},
              {"type": "paragraph", "children": [{"type": "text", "text": "One "},
                                                 {"type": "link", "url": "u", "children": [{"type": "text",
                                                                                             "text": "link"}]},
                                                 {"type": "text", "text": "."}]}]
    assert strapi_blocks_text(blocks) == "Head\n\nOne link."
    article, key = article_from_strapi({"event": "entry.publish", "model": "post", "entry": {
        "id": 4, "title": "T", "body": "<p>Some <b>HTML</b>.</p>", "locale": "en",
        "updatedAt": "2024-01-01T00:00:00Z"}}, ("entry.publish",), ("content", "body"))
    assert article.id == "strapi-post-4" and article.text.split() == ["Some", "HTML", "."]
    assert article.language == "en" and article.html is not None
    assert key == "strapi:post:4:2024-01-01T00:00:00Z"

    doc = {"nodeType": "document", "content": [
        {"nodeType": "heading-1", "content": [{"nodeType": "text", "value": "Title"}]},
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": "See "},
                                              {"nodeType": "hyperlink", "content": [{"nodeType": "text",
                                                                                      "value": "this"}]},
                                              {"nodeType": "text", "value": " now."}]},
        {"nodeType": "unordered-list", "content": [
            {"nodeType": "list-item", "content": [{"nodeType": "paragraph", "content": [
                {"nodeType": "text", "value": "item"}]}]}]}]}
    assert contentful_text(doc) == "Title\n\nSee this now.\n\nitem"
    article, key = article_from_contentful(
        {"sys": {"id": "e9", "revision": 2, "publishedAt": "2024-02-02T00:00:00Z"},
         "fields": {"title": {"en-US": "T", "de-DE": "D"}, "body": {"en-US": doc}}},
        "ContentManagement.Entry.publish", "en-US", ("body",))
    assert article.id == "contentful-e9" and article.title == "T" and article.published == "2024-02-02T00:00:00Z"
    assert key == "contentful:e9:publish:2"


# -- decisions ---------------------------------------------------------------------------------------


def result(score, severities=()):
    findings = [Finding(0, 1, f"m{i}", s, "sig", "x") for i, s in enumerate(severities)]
    return Result(id="r", score=score, findings=findings)


@pytest.mark.parametrize(
    ("thresholds", "res", "expected"),
    [
        (Thresholds(), result(0.2), "publish"),
        (Thresholds(), result(0.5), "review"),
        (Thresholds(), result(0.95), "hold"),
        (Thresholds(), result(0.2, [0.9]), "review"),
        (Thresholds(review_severity=None), result(0.2, [0.9]), "publish"),
        (Thresholds(hold_severity=0.8), result(0.2, [0.85]), "hold"),
        (Thresholds(hold_score=None), result(0.99), "review"),
        (Thresholds(review_score=None, hold_score=None, review_severity=None), result(0.99, [1.0]), "publish"),
        (Thresholds(), Result(id="r", errors=[PluginError("model", "missing")]), "review"),
        (Thresholds(unscored="hold"), Result(id="r", errors=[PluginError("language", "not English")]), "hold"),
    ],
)
def test_decide(thresholds, res, expected):
    decision = decide(res, thresholds)
    assert decision.decision == expected
    assert bool(decision.reasons) == (expected != "publish")


def test_decision_only_gets_stricter():
    d = Decision()
    d.escalate("hold", "a")
    d.escalate("review", "b")
    assert d.decision == "hold" and d.reasons == ["a", "b"]
    with pytest.raises(ValueError):
        Thresholds(unscored="maybe")
    with pytest.raises(ValueError):
        Thresholds(hold_score=1.5)


# -- the review page ---------------------------------------------------------------------------------


def test_highlight_escapes_and_handles_overlaps():
    from scorer.service.review import highlight

    text = "<b>Officials</b> said & more"
    findings = [Finding(0, 15, "m1 <x>", 0.5, "a", text[0:15]), Finding(3, 20, 'm2 "q"', 0.5, "b", text[3:20]),
                Finding(50, 60, "off the end", 0.5, "c", "")]
    html = highlight(text, findings)
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert html.count("<mark") == 3  # [0,3) a; [3,15) a+b; [15,20) b
    assert 'data-findings="1 2"' in html and "repeating-linear-gradient" in html
    assert "m1 &lt;x&gt;" in html and "m2 &quot;q&quot;" in html
    plain = re.sub(r"<sup.*?</sup>", "", re.sub(r"<mark[^>]*>|</mark>", "", html))
    assert html_lib.unescape(plain) == text


def test_review_page_is_self_contained():
    from scorer.service.review import render_review

    res = Result(id="p<1>", score=0.81, band="high", findings=[Finding(0, 4, "msg", 0.9, "odd_phrasing", "Text")])
    body = {"decision": "review", "decision_reasons": ["<because>"], **res.to_dict()}
    page = render_review(body, "Text here", "Title <x>", time.time(), "javascript:alert(1)")
    assert "<script" not in page.lower() and "http" not in page.replace('href="#', "")
    assert "Title &lt;x&gt;" in page and "&lt;because&gt;" in page and 'href="javascript' not in page
    assert "0.81" in page and "high" in page


def test_review_page_labels_each_finding_with_its_check_and_quotes_the_other_side():
    from scorer.contract import Span
    from scorer.service.review import render_review

    text = "It rained on Monday. Last month it was dry."
    res = Result(id="x", score=0.5, band="medium", findings=[
        Finding(21, 31, "m", 0.9, check="relative_vs_date", related=Span(13, 19)).anchored("ic", text),
        Finding(0, 2, "third party", 0.5).anchored("other", text),
    ])
    page = render_review(res.to_dict(), text, "T", time.time(), None)
    assert page.count('class="check"') == 1 and ">relative vs date</span>" in page
    assert "against characters 13–19" in page and "<q>Monday</q>" in page


def test_review_page_says_which_features_the_deployment_set_aside():
    from scorer.service.review import render_review

    model = {"name": "default", "version": "v", "neutral_features": "style.title_capitalised_share,style.title_words"}
    page = render_review(Result(id="x", score=0.3, band="low", model=model).to_dict(), "Text", "T", time.time())
    assert "set aside here as house style: style.title_capitalised_share, style.title_words" in page
    plain = render_review(Result(id="x", score=0.3, band="low", model={"name": "d", "version": "v"}).to_dict(),
                          "Text", "T", time.time())
    assert "set aside" not in plain


# -- store, settings, options ---------------------------------------------------------------------------


def test_sqlite_store(tmp_path):
    store = SQLiteResultStore(tmp_path / "sub" / "r.sqlite3")
    assert store.latest("a") is None
    store.save(StoredResult("a", {"v": 1}, "text one", source="ghost", key="k1"))
    store.save(StoredResult("a", {"v": 2}, "text two", title="T", url="u", source="ghost"))
    latest = store.latest("a")
    assert latest.body == {"v": 2} and latest.text == "text two" and latest.source == "ghost"
    assert store.by_key("k1").body == {"v": 1}
    store.close()
    other = SQLiteResultStore(tmp_path / "sub" / "r.sqlite3")  # a second process sees the same results
    assert other.latest("a").body == {"v": 2}


def test_an_api_result_never_replaces_a_cms_result_for_the_same_id(tmp_path):
    """Issue 17, item 15: results are kept per source; an API call with a Ghost post's id (sent by any web
    page to an open service on loopback) left the post's stored decision at 'publish' instead of 'review'."""
    store = SQLiteResultStore(tmp_path / "r.sqlite3")
    store.save(StoredResult("6650a1", {"decision": "review"}, "t", source="ghost", key="ghost:6650a1:1"))
    store.save(StoredResult("6650a1", {"decision": "publish"}, "t", source="api"))
    assert store.latest("6650a1").body == {"decision": "review"} and store.latest("6650a1").source == "ghost"
    assert store.latest("6650a1", "api").body == {"decision": "publish"}
    assert store.latest("6650a1", "wordpress") is None
    store.save(StoredResult("only-api", {"v": 1}, "t", source="api"))
    assert store.latest("only-api").source == "api"  # no CMS result: the API's


def _owner(pid: int, start: str | None, host: str | None = None, token: str = "t0") -> str:
    import socket

    return f"{host or socket.gethostname()}:{pid}:{start or '-'}:{token}"


def test_owner_gone_tells_a_dead_or_restarted_process_from_a_live_one():
    import os
    import subprocess
    import sys

    from scorer.service.deliveries import _start_time, owner_gone, owner_id

    me = owner_id()
    assert not owner_gone(me, me)
    assert owner_gone(me.rsplit(":", 1)[0] + ":another", me)  # same pid, another incarnation (container restart)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = _owner(child.pid, _start_time(child.pid))
        assert not owner_gone(live, me)
        assert owner_gone(_owner(child.pid, "1"), me)  # the pid was reused by a process started later
        assert not owner_gone(_owner(child.pid, "1", host="elsewhere"), me)  # another host: its lease decides
    finally:
        child.kill()
        child.wait()
    assert owner_gone(live, me)
    assert owner_gone("not an owner id", me)
    assert os.getpid() != child.pid


def test_an_accepted_delivery_is_kept_until_its_result_is_saved(tmp_path):
    """Issue 16, item 5 and issue 17, item 14: an accepted delivery is committed with its article and stays
    unfinished until its result is stored; a process that finds it held by a dead process takes it over,
    and a redelivery after the crash is scored instead of refused as a duplicate for 10 minutes."""
    store = SQLiteResultStore(tmp_path / "r.sqlite3")
    article = {"id": "p1", "text": "Officials said so."}
    alive, dead = (lambda owner: False), (lambda owner: True)
    assert store.accept("ghost:p1:1", "ghost", article, "A", alive, 600.0)
    assert not store.accept("ghost:p1:1", "ghost", article, "A", alive, 600.0)  # Ghost's retry, A still on it
    assert not store.accept("ghost:p1:1", "ghost", article, "B", alive, 600.0)  # another live worker's
    assert store.delivery_state("ghost:p1:1") == ("pending", 0)
    assert store.take_unfinished("B", alive, 600.0) == []
    assert store.accept("ghost:p1:1", "ghost", article, "B", alive, 0.0)  # A's lease ran out
    (taken,) = store.take_unfinished("C", dead, 600.0)  # B died: C takes over on its start
    assert (taken.key, taken.source, taken.article, taken.attempts) == ("ghost:p1:1", "ghost", article, 1)
    assert store.take_unfinished("D", dead, 600.0)[0].attempts == 2
    assert store.attempt("ghost:p1:1", "D") == 3 and store.attempt("ghost:p1:1", "not the owner") == 3
    store.save(StoredResult("p1", {"v": 1}, "t", source="ghost", key="ghost:p1:1"))
    assert store.delivery_state("ghost:p1:1") == ("done", 3)
    assert not store.accept("ghost:p1:1", "ghost", article, "E", dead, 0.0)  # done: a repeat is a duplicate
    assert store.take_unfinished("E", dead, 0.0) == []
    assert store.accept("ghost:p2:1", "ghost", article, "A", alive, 600.0)
    store.give_up("ghost:p2:1", "RuntimeError: broken")
    assert store.delivery_state("ghost:p2:1") == ("failed", 0)
    assert store.take_unfinished("B", dead, 0.0) == []  # given up: not resumed again ...
    assert store.accept("ghost:p2:1", "ghost", article, "B", alive, 600.0)  # ... but a redelivery is scored


def test_a_result_checked_before_its_post_existed_is_taken_once(tmp_path):
    store = SQLiteResultStore(tmp_path / "r.sqlite3")
    store.save_unattached("wordpress-new:x", StoredResult("wp-new-1", {"v": 1}, "t", source="wordpress"))
    assert store.latest("wp-new-1") is None  # not an article's result
    assert store.take_unattached("wordpress-new:x").body == {"v": 1}
    assert store.take_unattached("wordpress-new:x") is None


def test_the_store_replaces_the_old_claims_table(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:  # the layout of earlier versions: claims without a payload
        conn.execute("CREATE TABLE deliveries (key TEXT PRIMARY KEY, claimed_at REAL NOT NULL)")
        conn.execute("INSERT INTO deliveries VALUES ('ghost:p:1', 0)")
    store = SQLiteResultStore(path)
    assert store.accept("ghost:p:1", "ghost", {"id": "p", "text": "t"}, "A", lambda o: False, 600.0)


def test_settings_from_env_and_json():
    env = {"MISINFO_SCORER_API_KEY": "k", "MISINFO_SCORER_DB": "x.db", "MISINFO_SCORER_HOLD_SCORE": "off",
           "MISINFO_SCORER_REVIEW_SCORE": "0.3", "MISINFO_SCORER_MAX_TEXT_CHARS": "99"}
    s = Settings.from_env(env, threads=3, thresholds={"review_severity": 0.7})
    assert (s.api_key, s.db, s.threads, s.max_text_chars) == ("k", "x.db", 3, 99)
    assert s.thresholds == Thresholds(review_score=0.3, hold_score=None, review_severity=0.7)
    assert Settings.from_json(s.to_json()) == s
    assert s.redacted()["api_key"] == "set" and "k" not in json.dumps(s.redacted()["api_key"])


def test_serve_options():
    from scorer.service.serve_command import add_serve_parser, settings_from_args

    parser = argparse.ArgumentParser(prog="misinfo-scorer")
    add_serve_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve", "--port", "9001", "--workers", "2", "--db", "r.db", "--hold-score", "off",
                              "--review-score", "0.6", "--hold-severity", "0.95", "--unscored", "hold"])
    assert (args.command, args.port, args.workers) == ("serve", 9001, 2)
    s = settings_from_args(args)
    assert s.db == "r.db" and s.thresholds == Thresholds(review_score=0.6, hold_score=None, hold_severity=0.95,
                                                         unscored="hold")
    with pytest.raises(SystemExit):
        parser.parse_args(["serve", "--review-score", "2"])
    assert settings_from_args(parser.parse_args(["serve", "--base-rate", "0.05"])).base_rate == 0.05
    assert Settings.from_env({"MISINFO_SCORER_BASE_RATE": "0.1"}).base_rate == 0.1
    for bad in ("0", "1", "-0.2", "lots"):
        with pytest.raises(SystemExit):
            parser.parse_args(["serve", "--base-rate", bad])


@pytest.mark.slow
def test_the_service_scorers_share_one_model_moved_to_the_base_rate():
    from scorer.contract import Article
    from scorer.fitting.demo import demo_model
    from scorer.service.pool import default_factory

    model = demo_model()
    model.card["base_rate"] = 0.5
    text = "Officials said the plan was popular. Sources believe it will pass, experts say."
    plain = default_factory(model, None)(1)[0].score(Article(id="a", text=text))  # type: ignore[arg-type]
    scorers = default_factory(model, None, base_rate=0.05)(2)  # type: ignore[arg-type]
    assert scorers[1].model is scorers[0].model  # moved once, shared
    moved = [s.score(Article(id="a", text=text)) for s in scorers]
    assert moved[0].score == moved[1].score < plain.score
    assert moved[0].band == plain.band  # the thresholds moved with the scores


def test_a_review_link_with_a_non_ascii_digit_expiry_is_refused_not_a_500():
    """``expires=²`` passed str.isdigit and then int() raised (issue 17, item 13)."""
    from starlette.requests import Request

    from scorer.service.auth import review_allowed

    scope = {"type": "http", "method": "GET", "path": "/review/a", "headers": [],
             "query_string": b"expires=%C2%B2&sig=00"}
    assert not review_allowed(Request(scope), Settings(api_key="k"), "a")


@pytest.mark.parametrize(
    ("source", "meta", "decision", "says"),
    [
        ("ghost", {"status": "published"}, "hold", "already live"),
        ("ghost", {}, "review", "already live"),
        ("ghost", {"status": "scheduled"}, "hold", "scheduled, not held"),
        ("strapi", {"event": "entry.publish"}, "hold", "already live"),
        ("contentful", {"action": "publish"}, "hold", "already live"),
        ("contentful", {"action": "save"}, "hold", None),
        ("wordpress", {"wordpress": {"event": "wp_insert_post_data", "status": "publish"}}, "hold", None),
        ("wordpress", {"wordpress": {"event": "wp_after_insert_post", "status": "publish"}}, "review", "already live"),
        ("wordpress", {"wordpress": {"event": "wp_after_insert_post", "status": "pending"}}, "hold", None),
        ("wagtail", {"live": True}, "hold", "already live"),
        ("wagtail", {}, "hold", None),
        ("api", {}, "hold", None),
        ("ghost", {"status": "published"}, "publish", None),
    ],
)
def test_the_review_page_says_when_a_post_is_already_live(source, meta, decision, says):
    """Issue 16, item 7: 'Decision: hold' on a Ghost post that is already live read as if it were held."""
    from scorer.service.review import render_review

    body = {"decision": decision, "decision_reasons": ["score 0.95 is at or above the hold threshold 0.90"],
            **Result(id="p", score=0.95, band="high", meta=meta).to_dict()}
    page = render_review(body, "Officials said so.", source=source)
    heading = re.search(r"<h2[^>]*>(Decision: [^<]*)</h2>", page).group(1)
    if says is None:
        assert heading == f"Decision: {decision}" and 'class="state"' not in page
    else:
        assert heading == f"Decision: {decision} · {says}" and 'class="state"' in page
        if says == "already live":
            assert "This post is already live." in page and "Unpublish it" in page
