"""The service against the bodies and links a hostile client sends: a 4xx with a reason, never a 500.

A stub scorer stands in for spaCy (the bodies are refused before anything is scored); the server
is real uvicorn on loopback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorer.contract import Article, Result
from scorer.service import Settings, create_app
from scorer.service.bodies import BadInput, parse_json
from scorer.service.live_server import StubScorer, running_server
from scorer.service.signatures import sign_ghost, sign_wordpress

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1"])]

API_KEY = "robust-key"
DIGITS = b'{"id": "n", "text": "Officials said the bridge would reopen.", "n": ' + b"1" * 5000 + b"}"
JSON = {"Content-Type": "application/json"}


class LowScorer(StubScorer):
    def result_for(self, article: Article) -> Result:
        return Result(id=article.id, score=0.1, band="low")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    settings = Settings(db=":memory:", api_key=API_KEY, ghost_secret="ghost-secret", wordpress_secret="wp-secret",
                        strapi_token="strapi-token")
    with running_server(create_app(settings, scorer_factory=lambda n: [LowScorer() for _ in range(n)])) as url:
        yield url


def post(url: str, body: bytes, **headers: str) -> httpx.Response:
    return httpx.post(url, content=body, headers={**JSON, **headers}, timeout=30)


@pytest.mark.slow
def test_a_5000_digit_number_is_400_on_every_json_endpoint(base):
    auth = {"Authorization": f"Bearer {API_KEY}"}
    answers = {
        "/v1/score": post(base + "/v1/score", DIGITS, **auth),
        "/v1/score/batch": post(base + "/v1/score/batch", b"[" + DIGITS + b"]", **auth),
        "/hooks/wordpress": post(base + "/hooks/wordpress", DIGITS, **sign_wordpress("wp-secret", DIGITS)),
        "/hooks/strapi": post(base + "/hooks/strapi", DIGITS, Authorization="Bearer strapi-token"),
        "/hooks/ghost": post(base + "/hooks/ghost", DIGITS,
                             **{"X-Ghost-Signature": sign_ghost("ghost-secret", DIGITS)}),
    }
    for path, r in answers.items():
        assert r.status_code == 400, (path, r.status_code, r.text)
        assert "cannot be read" in r.json()["detail"], path
    # and the server is still there
    assert httpx.get(base + "/healthz").status_code == 200


@pytest.mark.parametrize("expires", ["%C2%B2", "%D9%A3%D9%A3", "9" * 5000, "-1", "1e9", ""])
def test_a_review_link_with_a_strange_expiry_is_refused_not_a_500(base, expires):
    r = httpx.get(f"{base}/review/some-article?expires={expires}&sig=00", timeout=30)
    assert r.status_code == 403, (expires, r.status_code, r.text)


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
json_text = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=25,
).map(json.dumps)


@pytest.mark.slow
@FUZZ
@given(body=st.one_of(
    st.binary(max_size=200),
    json_text.map(str.encode),
    st.integers(min_value=1, max_value=20_000).map(lambda n: b'{"a": ' + b"7" * n + b"}"),
    st.integers(min_value=1, max_value=3000).map(lambda n: b"[" * n + b"]" * n),
    st.text(max_size=50).map(lambda t: json.dumps(t).encode().replace(b"\\u", b"\\ud800\\u")),
))
def test_fuzz_parse_json_answers_every_body_or_refuses_it_with_bad_input(body):
    try:
        parse_json(body)
    except BadInput as exc:
        assert exc.status == 400 and exc.detail
