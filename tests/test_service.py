"""The HTTP service, driven through a real HTTP client against uvicorn on 127.0.0.1.

Two servers: ``real`` scores with the real pipeline and signals and a small demo model (scores are
real numbers, not meaningful ones); ``fake`` swaps the Scorer for a stub so decisions, time budgets,
back-pressure and failures can be provoked on purpose.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scorer.contract import Article, Finding, PluginError, Result
from scorer.fitting.demo import demo_model
from scorer.service import Settings, create_app
from scorer.service.decision import Thresholds
from scorer.service.live_server import StubScorer, running_server
from scorer.service.signatures import sign_contentful, sign_ghost, sign_wordpress

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1"]), pytest.mark.slow]

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
API_KEY = "test-api-key"
SECRETS = {"ghost_secret": "ghost-secret", "wordpress_secret": "wp-secret", "strapi_token": "strapi-token",
           "contentful_secret": "c" * 64}


def wait_for(fn: Callable[[], Any], timeout: float = 30.0, step: float = 0.1) -> Any:
    """Poll ``fn`` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = fn()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"condition not met within {timeout} s")


# -- the real server -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model():
    return demo_model()


@pytest.fixture(scope="module")
def real(tmp_path_factory, model) -> Iterator[dict[str, Any]]:
    from scorer.host import Scorer

    def factory(n: int) -> list[Scorer]:
        first = Scorer(model=model)
        return [first, *(Scorer(model=model, nlp=first.nlp) for _ in range(n - 1))]

    db = tmp_path_factory.mktemp("service") / "results.sqlite3"
    settings = Settings(db=str(db), api_key=API_KEY, max_body_bytes=256 * 1024, max_text_chars=20_000,
                        max_batch=10, thresholds=Thresholds(review_score=0.5, hold_score=0.9), **SECRETS)
    app = create_app(settings, scorer_factory=factory)
    with running_server(app) as base:
        client = httpx.Client(base_url=base, timeout=60, headers={"Authorization": f"Bearer {API_KEY}"})
        wait_for(lambda: client.get("/readyz").status_code == 200, timeout=180, step=0.25)
        yield {"base": base, "client": client, "db": db, "app": app}
        client.close()


@pytest.fixture
def client(real) -> httpx.Client:
    return real["client"]


def stored_rows(db: Path, article_id: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM results WHERE article_id = ?", (article_id,)).fetchone()[0]


def test_score_one_article(client):
    r = client.post("/v1/score", json={"id": "s1", "text": ARTICLE, "published": "2025-06-10"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert 0 <= body["score"] <= 1 and body["band"] in {"low", "medium", "high"}
    assert body["findings"] and all(ARTICLE[f["start"]:f["end"]] == f["text"] for f in body["findings"])
    assert body["decision"] in {"publish", "review", "hold"} and body["decision_reasons"]
    assert next(iter(body)) == "decision"
    expected = "hold" if body["score"] >= 0.9 else "review" if body["score"] >= 0.5 else None
    if expected:
        assert body["decision"] == expected
    assert body["review_url"].startswith("/review/s1?source=api&expires=")
    assert {"signals", "contributions", "model", "errors", "meta"} <= set(body)


def test_html_article_carries_its_text(client):
    html = "<p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p>"
    body = client.post("/v1/score", json={"id": "h1", "html": html, "published": "2025-06-10"}).json()
    assert body["text"] and all(body["text"][f["start"]:f["end"]] == f["text"] for f in body["findings"])


def test_a_whole_html_page_gives_its_headline_and_date(client):
    paragraphs = "<p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p>"
    page = ("<html><head><title>Harbour water at risk | The Planet</title>"
            "<meta property='article:published_time' content='2025-06-10T08:00:00Z'></head>"
            f"<body>{paragraphs}</body></html>")
    body = client.post("/v1/score", json={"id": "h2", "html": page}).json()
    assert body["title"] == "Harbour water at risk"
    assert not any("could not be checked" in n["note"] for n in body["meta"].get("notes", []))  # dated


def test_batch_one_result_per_item_with_errors_per_item(client):
    items = [{"id": "b1", "text": ARTICLE}, {"id": "b2", "title": "no text"}, 42,
             {"id": "b4", "text": ARTICLE, "published": "last week"}, {"text": ARTICLE}]
    r = client.post("/v1/score/batch", json=items)
    assert r.status_code == 200, r.text
    out = r.json()
    assert [o["id"] for o in out] == ["b1", "b2", "item-2", "b4", "item-4"]
    assert out[0]["score"] is not None and out[4]["score"] is not None
    for bad in (out[1], out[2], out[3]):
        assert bad["score"] is None and bad["errors"][0]["plugin"] == "input" and bad["decision"] == "review"
    assert "ISO 8601" in out[3]["errors"][0]["error"]
    assert client.post("/v1/score/batch", json=[]).json() == []
    assert client.post("/v1/score/batch", json={"id": "x"}).status_code == 422
    assert client.post("/v1/score/batch", json=[{"text": "x"}] * 11).status_code == 413


def test_stored_result_and_404(client):
    assert client.get("/v1/results/never-scored").status_code == 404
    scored = client.post("/v1/score", json={"id": "st/1", "text": ARTICLE}).json()
    r = client.get("/v1/results/st/1")
    assert r.status_code == 200
    stored = r.json()
    assert stored["score"] == scored["score"] and stored["findings"] == scored["findings"]
    assert stored["decision"] == scored["decision"] and stored["scored_from"] == "api"


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 400, "malformed JSON"),
        (b"", 400, "empty"),
        (b"\xff\xfe{}", 400, "UTF-8"),
        (b'{"text": "\\ud800 lone"}', 400, "surrogate"),
        (b"[1, 2]", 422, "JSON object"),
        (json.dumps({"title": "no text"}).encode(), 422, "'text'"),
        (json.dumps({"text": 5}).encode(), 422, "text"),
        (json.dumps({"text": "x", "published": "soon"}).encode(), 422, "ISO 8601"),
        (json.dumps({"text": "x", "authors": {"a": 1}}).encode(), 422, "authors"),
        (json.dumps({"html": "<p></p>"}).encode(), 422, "no text"),
    ],
)
def test_bad_input_gets_a_clear_4xx(client, body, status, words):
    r = client.post("/v1/score", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == status, r.text
    assert words in r.json()["detail"]


def test_oversized_body_is_413_and_the_server_keeps_serving(client):
    r = client.post("/v1/score", content=b"x" * (256 * 1024 + 1))
    assert r.status_code == 413 and "limit" in r.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        for _ in range(40):
            yield b" " * 16384

    r = client.post("/v1/score", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert client.get("/healthz").status_code == 200


def test_text_length_limit(client):
    r = client.post("/v1/score", json={"id": "long", "text": "word " * 5000})
    assert r.status_code == 413 and "limit is 20000" in r.json()["detail"]


def test_api_key(real):
    base = real["base"]
    body = {"id": "k1", "text": ARTICLE}
    assert httpx.post(base + "/v1/score", json=body).status_code == 401
    assert httpx.get(base + "/v1/results/k1", headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = httpx.post(base + "/v1/score", json=body, headers={"X-API-Key": API_KEY}, timeout=60)
    assert r.status_code == 200
    assert httpx.get(base + "/v1/results/k1", headers={"Authorization": f"Bearer {API_KEY}"}).status_code == 200
    # operational endpoints stay open for probes and scrapers
    assert httpx.get(base + "/healthz").status_code == 200
    assert httpx.get(base + "/metrics").status_code == 200


def test_review_page_needs_the_key_or_a_signed_link(real, client):
    url = client.post("/v1/score", json={"id": "rv1", "text": ARTICLE}).json()["review_url"]
    base = real["base"]
    assert httpx.get(base + "/review/rv1").status_code == 403
    assert httpx.get(base + url.replace("sig=", "sig=0")).status_code == 403
    page = httpx.get(base + url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.text.count("<mark") >= 1
    assert client.get("/review/not-scored").status_code == 404


# -- webhooks ----------------------------------------------------------------------------------------


def ghost_payload(post_id: str, updated: str, status: str = "published", html_only: bool = False) -> bytes:
    post: dict[str, Any] = {
        "id": post_id, "uuid": f"u-{post_id}", "title": "Officials fear", "status": status,
        "html": "<p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p>",
        "published_at": "2025-06-10T10:00:00.000Z", "updated_at": updated,
        "url": f"http://blog.example/{post_id}", "authors": [{"name": "Ann Writer"}],
    }
    if not html_only:
        post["plaintext"] = ARTICLE
    return json.dumps({"post": {"current": post, "previous": {}}}).encode()


def post_ghost(base: str, payload: bytes, signature: str) -> httpx.Response:
    return httpx.post(base + "/hooks/ghost", content=payload,
                      headers={"Content-Type": "application/json", "X-Ghost-Signature": signature})


def test_ghost_signed_hook_is_acknowledged_fast_and_scored_in_the_background(real, client):
    payload = ghost_payload("g1", "2025-06-10T10:00:00.000Z")
    t0 = time.perf_counter()
    r = post_ghost(real["base"], payload, sign_ghost("ghost-secret", payload))
    assert r.status_code == 202 and time.perf_counter() - t0 < 2.0, r.text
    assert r.json()["status"] == "accepted" and r.json()["result_url"] == "/v1/results/g1"
    stored = wait_for(lambda: (x := client.get("/v1/results/g1")).status_code == 200 and x.json())
    assert stored["score"] is not None and stored["scored_from"] == "ghost"
    assert stored["meta"]["cms"] == "ghost" and stored["meta"]["updated_at"] == "2025-06-10T10:00:00.000Z"


def test_ghost_html_only_post_is_scored_from_its_html(real, client):
    payload = ghost_payload("g-html", "2025-06-10T10:00:00.000Z", html_only=True)
    assert post_ghost(real["base"], payload, sign_ghost("ghost-secret", payload)).status_code == 202
    stored = wait_for(lambda: (x := client.get("/v1/results/g-html")).status_code == 200 and x.json())
    assert stored["text"] and stored["findings"]


@pytest.mark.parametrize(
    ("make_signature", "why"),
    [
        (lambda p: f"sha256={'0' * 64}, t={int(time.time() * 1000)}", "forged"),
        (lambda p: sign_ghost("another-secret", p), "wrong secret"),
        (lambda p: sign_ghost("ghost-secret", p, t_ms=int((time.time() - 600) * 1000)), "stale"),
        (lambda p: sign_ghost("ghost-secret", p + b" "), "body changed"),
        (lambda p: "sha256=abc", "malformed"),
        (lambda p: "", "missing"),
    ],
)
def test_ghost_rejects_bad_signatures(real, make_signature, why):
    payload = ghost_payload("g-bad", "2025-06-10T10:00:00.000Z")
    r = post_ghost(real["base"], payload, make_signature(payload))
    assert r.status_code == 401, why
    assert "Ghost signature rejected" in r.json()["detail"]


def test_ghost_retries_are_scored_once(real, client):
    payload = ghost_payload("g-retry", "2025-06-10T11:00:00.000Z")
    statuses = [post_ghost(real["base"], payload, sign_ghost("ghost-secret", payload)).status_code for _ in range(3)]
    assert statuses == [202, 200, 200]
    wait_for(lambda: client.get("/v1/results/g-retry").status_code == 200)
    time.sleep(0.5)
    assert stored_rows(real["db"], "g-retry") == 1
    edited = ghost_payload("g-retry", "2025-06-10T12:00:00.000Z")  # post.published.edited: a new version
    assert post_ghost(real["base"], edited, sign_ghost("ghost-secret", edited)).status_code == 202
    wait_for(lambda: stored_rows(real["db"], "g-retry") == 2)


def test_ghost_draft_and_non_post_events_are_acknowledged_and_ignored(real):
    for payload in (ghost_payload("g-draft", "2025-06-10T10:00:00.000Z", status="draft"),
                    json.dumps({"tag": {"current": {"id": "t1"}}}).encode(),
                    json.dumps({"post": {"current": {}, "previous": {"id": "x"}}}).encode()):
        r = post_ghost(real["base"], payload, sign_ghost("ghost-secret", payload))
        assert r.status_code == 200 and r.json()["status"] == "ignored", r.text
    bad = b"{oops"
    assert post_ghost(real["base"], bad, sign_ghost("ghost-secret", bad)).status_code == 400


def post_wordpress(base: str, body: dict[str, Any], secret: str = "wp-secret", timestamp: int | None = None,
                   raw: bytes | None = None) -> httpx.Response:
    data = raw if raw is not None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json", **sign_wordpress(secret, data, timestamp)}
    if raw is not None and body:
        data = json.dumps(body).encode()  # signature made for ``raw``, body swapped: a tampered request
    return httpx.post(base + "/hooks/wordpress", content=data, headers=headers, timeout=60)


WP_POST = {"id": "wp-7", "html": "<!-- wp:paragraph --><p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p>",
           "title": "Officials fear", "published": "2025-06-10T09:00:00", "url": "https://news.example/?p=7",
           "authors": ["Ann Writer"],
           "wordpress": {"post_id": 7, "status": "publish", "modified_gmt": "2025-06-10 09:00:00", "site": "x"}}


def test_wordpress_signed_request_gets_the_result_and_decision(real):
    r = post_wordpress(real["base"], WP_POST)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["decision"] in {"publish", "review", "hold"} and body["id"] == "wp-7"
    assert body["meta"]["wordpress"]["post_id"] == 7 and body["meta"]["cms"] == "wordpress"
    again = post_wordpress(real["base"], WP_POST)
    assert again.status_code == 200 and again.headers.get("x-misinfo-duplicate") == "1"
    assert again.json()["score"] == body["score"]
    assert stored_rows(real["db"], "wp-7") == 1


def test_wordpress_rejects_forgery_and_replay(real):
    base = real["base"]
    assert post_wordpress(base, WP_POST, secret="wrong").status_code == 401
    old = post_wordpress(base, WP_POST, timestamp=int(time.time()) - 3600)  # a captured request, replayed
    assert old.status_code == 401 and "older than" in old.json()["detail"]
    future = post_wordpress(base, WP_POST, timestamp=int(time.time()) + 3600)
    assert future.status_code == 401
    tampered = post_wordpress(base, {**WP_POST, "title": "changed"}, raw=json.dumps(WP_POST).encode())
    assert tampered.status_code == 401
    r = httpx.post(base + "/hooks/wordpress", json=WP_POST)
    assert r.status_code == 401 and "missing" in r.json()["detail"]


def test_strapi_token_and_publish_events(real, client):
    base = real["base"]
    blocks = [{"type": "paragraph", "children": [{"type": "text", "text": p}]} for p in ARTICLE.split("\n\n")]
    payload = {"event": "entry.publish", "model": "article", "createdAt": "2025-06-10T10:00:00.000Z",
               "entry": {"id": 3, "documentId": "doc3", "title": "Officials fear", "content": blocks,
                         "publishedAt": "2025-06-10T10:00:00.000Z", "updatedAt": "2025-06-10T10:00:00.000Z"}}
    auth = {"Authorization": "Bearer strapi-token"}
    assert httpx.post(base + "/hooks/strapi", json=payload).status_code == 401
    assert httpx.post(base + "/hooks/strapi", json=payload, headers={"Authorization": "Bearer no"}).status_code == 401
    r = httpx.post(base + "/hooks/strapi", json=payload, headers=auth)
    assert r.status_code == 202 and r.json()["id"] == "strapi-article-doc3", r.text
    stored = wait_for(lambda: (x := client.get("/v1/results/strapi-article-doc3")).status_code == 200 and x.json())
    assert stored["score"] is not None and stored["meta"]["cms"] == "strapi"
    assert httpx.post(base + "/hooks/strapi", json=payload, headers=auth).json()["status"] == "duplicate"
    other = httpx.post(base + "/hooks/strapi", json={**payload, "event": "entry.delete"}, headers=auth)
    assert other.status_code == 200 and other.json()["status"] == "ignored"


def contentful_entry(entry_id: str, revision: int) -> dict[str, Any]:
    doc = {"nodeType": "document", "data": {}, "content": [
        {"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": p, "marks": [], "data": {}}]}
        for p in ARTICLE.split("\n\n")]}
    return {"metadata": {"tags": []},
            "sys": {"type": "Entry", "id": entry_id, "revision": revision, "updatedAt": "2025-06-10T10:00:00.000Z",
                    "publishedAt": "2025-06-10T10:00:00.000Z", "contentType": {"sys": {"id": "news"}}},
            "fields": {"title": {"en-US": "Officials fear"}, "body": {"en-US": doc}}}


def post_contentful(base: str, body: bytes, topic: str, secret: str = "c" * 64, age_ms: int = 0,
                    path: str = "/hooks/contentful") -> httpx.Response:
    headers = {"Content-Type": "application/vnd.contentful.management.v1+json", "X-Contentful-Topic": topic}
    signed = sign_contentful(secret, "POST", path, {"x-contentful-topic": topic}, body,
                             timestamp_ms=int(time.time() * 1000) - age_ms)
    return httpx.post(base + "/hooks/contentful", content=body, headers={**headers, **signed})


def test_contentful_request_signing(real, client):
    base = real["base"]
    body = json.dumps(contentful_entry("cf1", 3)).encode()
    r = post_contentful(base, body, "ContentManagement.Entry.publish")
    assert r.status_code == 202, r.text
    stored = wait_for(lambda: (x := client.get("/v1/results/contentful-cf1")).status_code == 200 and x.json())
    assert stored["findings"] and stored["meta"]["content_type"] == "news"
    assert post_contentful(base, body, "ContentManagement.Entry.publish", secret="d" * 64).status_code == 401
    stale = post_contentful(base, body, "ContentManagement.Entry.publish", age_ms=60_000)
    assert stale.status_code == 401 and "older than 30" in stale.json()["detail"]
    wrong_path = post_contentful(base, body, "ContentManagement.Entry.publish", path="/elsewhere")
    assert wrong_path.status_code == 401
    ignored = post_contentful(base, body, "ContentManagement.Entry.delete")
    assert ignored.status_code == 200 and ignored.json()["status"] == "ignored"


def test_hooks_without_a_configured_secret_are_off():
    app = create_app(Settings(db=":memory:"), scorer_factory=lambda n: [FakeScorer() for _ in range(n)])
    with running_server(app) as base:
        for hook in ("ghost", "wordpress", "strapi", "contentful"):
            r = httpx.post(f"{base}/hooks/{hook}", json={})
            assert r.status_code == 403 and "set MISINFO_SCORER_" in r.json()["detail"]


# -- operations ----------------------------------------------------------------------------------------


def test_health_ready_metrics_openapi(real, client):
    base = real["base"]
    assert httpx.get(base + "/healthz").json() == {"status": "ok", "detail": {}}
    ready = httpx.get(base + "/readyz").json()
    assert ready["status"] == "ready" and ready["detail"]["model"]["version"] == "demo"
    assert ready["detail"]["signal_drift"] == []  # the demo model records no signal versions
    client.post("/v1/score", json={"id": "m1", "text": ARTICLE})
    metrics = httpx.get(base + "/metrics").text
    for name in ("misinfo_scorer_http_requests_total", "misinfo_scorer_http_request_duration_seconds_bucket",
                 "misinfo_scorer_score_bucket", "misinfo_scorer_decisions_total",
                 "misinfo_scorer_webhook_deliveries_total", "misinfo_scorer_articles_scored_total"):
        assert name in metrics, name
    assert 'route="/v1/score",status="200"' in metrics
    schema = httpx.get(base + "/openapi.json").json()
    assert {"/v1/score", "/v1/score/batch", "/v1/results/{article_id}", "/hooks/ghost", "/hooks/wordpress",
            "/hooks/strapi", "/hooks/contentful", "/healthz", "/readyz", "/metrics",
            "/review/{article_id}"} <= set(schema["paths"])


def test_concurrent_clients_get_no_errors(real):
    results: list[int] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        with httpx.Client(base_url=real["base"], timeout=60, headers={"X-API-Key": API_KEY}) as c:
            for j in range(3):
                status = c.post("/v1/score", json={"id": f"c{i}-{j}", "text": ARTICLE}).status_code
                with lock:
                    results.append(status)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 24


# -- the stub server: decisions, budgets, back-pressure, failures ---------------------------------------


class FakeScorer(StubScorer):
    """Scores from the article's own fields: ``meta.fake_score``, ``meta.fake_severity``, ``meta.sleep``;
    text containing BOOM raises (a bug in scoring, not a bad article)."""

    def __init__(self, model_error: str | None = None) -> None:
        self.model_error = model_error
        if model_error:
            self.model = None

    def result_for(self, a: Article) -> Result:
        if "BOOM" in a.text:
            raise RuntimeError("scorer bug")
        time.sleep(float(a.meta.get("sleep", 0)))
        if self.model_error:
            return Result(id=a.id, errors=[PluginError("model", self.model_error)])
        findings = []
        if "fake_severity" in a.meta:
            findings.append(Finding(0, 4, "stub finding", float(a.meta["fake_severity"]), "stub", a.text[:4]))
        score = float(a.meta.get("fake_score", 0.1))
        return Result(id=a.id, score=score, band="high" if score >= 0.7 else "low", findings=findings)


@pytest.fixture(scope="module")
def fake() -> Iterator[str]:
    settings = Settings(db=":memory:", threads=1, time_budget=1.0, max_pending=3,
                        thresholds=Thresholds(review_score=0.5, hold_score=0.9, review_severity=0.8,
                                              hold_severity=0.95))
    with running_server(create_app(settings, scorer_factory=lambda n: [FakeScorer() for _ in range(n)])) as base:
        wait_for(lambda: httpx.get(base + "/readyz").status_code == 200)
        yield base


@pytest.mark.parametrize(
    ("meta", "decision"),
    [
        ({"fake_score": 0.1}, "publish"),
        ({"fake_score": 0.5}, "review"),
        ({"fake_score": 0.95}, "hold"),
        ({"fake_score": 0.1, "fake_severity": 0.85}, "review"),
        ({"fake_score": 0.1, "fake_severity": 0.97}, "hold"),
        ({"fake_score": 0.6, "fake_severity": 0.97}, "hold"),
    ],
)
def test_decision_follows_the_thresholds(fake, meta, decision):
    body = httpx.post(fake + "/v1/score", json={"id": "d", "text": "Some text here.", **meta}).json()
    assert body["decision"] == decision, body["decision_reasons"]
    assert (decision == "publish") == (body["decision_reasons"] == [])


def test_api_is_open_without_a_key(fake):
    assert httpx.post(fake + "/v1/score", json={"id": "open", "text": "x"}).status_code == 200


@pytest.mark.parametrize("content_type", [None, "text/plain", "text/plain;charset=UTF-8",
                                          "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])
@pytest.mark.parametrize("path", ["/v1/score", "/v1/score/batch"])
def test_the_open_api_takes_json_only(fake, path, content_type):
    """Issue 17, item 15: a web page an editor opens may POST text/plain (or a form) to a loopback service
    without the browser asking first; the open API scored it."""
    body = json.dumps({"id": "csrf", "text": "x"} if path == "/v1/score" else [{"id": "csrf", "text": "x"}])
    headers = {"Content-Type": content_type} if content_type else {}
    r = httpx.post(fake + path, content=body.encode(), headers=headers)
    assert r.status_code == 415 and "application/json" in r.json()["detail"], r.text
    ok = httpx.post(fake + path, content=body.encode(), headers={"Content-Type": "application/json; charset=utf-8"})
    assert ok.status_code == 200


def test_an_api_call_does_not_replace_a_cms_posts_decision(tmp_path):
    """Issue 17, item 15: results are stored under the source that sent them."""
    class ByTitle(StubScorer):  # the score is the title, so the Ghost post and the API call differ
        def result_for(self, a: Article) -> Result:
            score = float(a.title or 0.1)
            return Result(id=a.id, score=score, band="medium" if score >= 0.5 else "low")

    app = create_app(Settings(db=str(tmp_path / "r.sqlite3"), ghost_secret="ghost-secret"),
                     scorer_factory=lambda n: [ByTitle() for _ in range(n)])
    with running_server(app) as base:
        post: dict[str, Any] = {"id": "6650a1", "title": "0.6", "status": "published", "plaintext": "Some text.",
                                "updated_at": "2025-06-10T10:00:00.000Z"}
        payload = json.dumps({"post": {"current": post}}).encode()
        assert post_ghost(base, payload, sign_ghost("ghost-secret", payload)).status_code == 202
        stored = wait_for(lambda: (x := httpx.get(base + "/v1/results/6650a1")).status_code == 200 and x.json())
        assert stored["decision"] == "review" and stored["scored_from"] == "ghost"
        api = httpx.post(base + "/v1/score", json={"id": "6650a1", "text": "Some text.", "title": "0.1"}).json()
        assert api["decision"] == "publish" and api["review_url"] == "/review/6650a1?source=api"
        after = httpx.get(base + "/v1/results/6650a1").json()
        assert after["decision"] == "review" and after["scored_from"] == "ghost"
        assert httpx.get(base + "/v1/results/6650a1?source=api").json()["decision"] == "publish"
        ghost_page = httpx.get(base + "/review/6650a1").text
        assert "Decision: review · already live" in ghost_page and "Ghost published it before" in ghost_page
        assert "Decision: publish" in httpx.get(base + api["review_url"]).text


def test_an_open_api_is_logged_as_a_warning_at_start(caplog):
    caplog.set_level("WARNING", logger="scorer.service")
    for key, warned in ((None, True), ("k", False)):
        caplog.clear()
        app = create_app(Settings(db=":memory:", api_key=key),
                         scorer_factory=lambda n: [FakeScorer() for _ in range(n)])
        with running_server(app):
            pass
        open_api = [r for r in caplog.records if "MISINFO_SCORER_API_KEY is not set" in r.getMessage()]
        assert bool(open_api) == warned and all(r.levelname == "WARNING" for r in open_api)


def test_time_budget_gives_504_and_the_result_is_stored_later(fake):
    r = httpx.post(fake + "/v1/score", json={"id": "slow", "text": "slow article", "sleep": 1.6}, timeout=30)
    assert r.status_code == 504 and "time budget" in r.json()["detail"]
    assert httpx.get(fake + "/healthz").status_code == 200
    wait_for(lambda: httpx.get(fake + "/v1/results/slow").status_code == 200, timeout=10)


def test_too_much_queued_work_gets_503_with_retry_after(fake):
    statuses: list[httpx.Response] = []

    def one(i: int) -> None:
        statuses.append(httpx.post(fake + "/v1/score", json={"id": f"q{i}", "text": "x", "sleep": 0.8}, timeout=30))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
        time.sleep(0.02)
    for t in threads:
        t.join()
    busy = [r for r in statuses if r.status_code == 503]
    assert busy and all(r.headers.get("retry-after") for r in busy), [r.status_code for r in statuses]
    assert {r.status_code for r in statuses} <= {200, 503, 504}
    time.sleep(1.0)
    assert httpx.post(fake + "/v1/score", json={"id": "after", "text": "x"}).status_code == 200


def test_a_failing_request_does_not_stop_the_service(fake):
    r = httpx.post(fake + "/v1/score", json={"id": "boom", "text": "BOOM"})
    assert r.status_code == 500 and "still running" in r.json()["detail"]
    assert httpx.post(fake + "/v1/score", json={"id": "fine", "text": "fine"}).status_code == 200


def test_readiness_lists_signals_the_model_was_not_trained_with_and_stays_ready():
    from scorer.drift import Drift

    class Drifted(FakeScorer):
        def __init__(self) -> None:
            super().__init__()
            self.drift = [Drift("hedged_sourcing", "0.7.0", "0.8.0")]

    app = create_app(Settings(db=":memory:"), scorer_factory=lambda n: [Drifted() for _ in range(n)])
    with running_server(app) as base:
        ready = wait_for(lambda: (x := httpx.get(base + "/readyz")).json()["detail"]["loaded"] and x)
        assert ready.status_code == 200
        (message,) = ready.json()["detail"]["signal_drift"]
        assert "hedged_sourcing 0.8.0 is installed" in message and "0.7.0" in message


def test_missing_model_is_not_ready_but_still_answers():
    app = create_app(Settings(db=":memory:"), scorer_factory=lambda n: [FakeScorer("no model file") for _ in range(n)])
    with running_server(app) as base:
        ready = wait_for(lambda: (x := httpx.get(base + "/readyz")).json()["detail"]["loaded"] and x)
        assert ready.status_code == 503 and "no model file" in str(ready.json()["detail"]["problems"])
        body = httpx.post(base + "/v1/score", json={"id": "nm", "text": "x"}).json()
        assert body["score"] is None and body["decision"] == "review"
        assert "could not be scored" in body["decision_reasons"][0]
