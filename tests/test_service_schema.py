"""Property-based run of every operation in the OpenAPI schema: whatever a client sends, no 5xx.

Schemathesis generates requests from /openapi.json (valid ones and, for bodies, invalid ones) against
the real service on 127.0.0.1. The example count is bounded so the run stays around a minute.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from scorer.fitting.demo import demo_model
from scorer.service import Settings, create_app
from scorer.service.live_server import running_server

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1"]), pytest.mark.slow]

API_KEY = "schema-key"
EXAMPLES = 25  # per operation


@pytest.fixture(scope="module")
def service_url(tmp_path_factory) -> Iterator[str]:
    import httpx

    from scorer.host import Scorer

    model = demo_model()

    def factory(n: int) -> list[Scorer]:
        first = Scorer(model=model)
        return [first, *(Scorer(model=model, nlp=first.nlp) for _ in range(n - 1))]

    settings = Settings(db=str(tmp_path_factory.mktemp("schema") / "r.sqlite3"), api_key=API_KEY,
                        ghost_secret="g", wordpress_secret="w", strapi_token="s", contentful_secret="c" * 64,
                        max_text_chars=5_000, max_body_bytes=64 * 1024, time_budget=30)
    with running_server(create_app(settings, scorer_factory=factory)) as base:
        deadline = 180
        import time

        start = time.monotonic()
        while httpx.get(base + "/readyz").status_code != 200:
            assert time.monotonic() - start < deadline, "the service did not become ready"
            time.sleep(0.25)
        yield base


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_server_errors(service_url, mode):
    """Every generated request, for every operation, gets a response below 500.

    (Operations are iterated here rather than with ``schemathesis.pytest.from_fixture``, whose lazy
    loader does not run under pytest 9.)
    """
    api = schemathesis.openapi.from_url(service_url + "/openapi.json")
    failures: list[str] = []
    operations = 0
    for item in api.get_all_operations():
        operation = item.ok()
        operations += 1

        @given(case=operation.as_strategy(generation_mode=GenerationMode(mode)))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:
            response = case.call(base_url=service_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=60)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}")

        try:
            run()
        except Unsatisfiable:
            # nothing to make invalid (no parameters, no body): only the positive run applies
            assert mode == "negative", f"{operation.label}: no valid request could be generated"
    assert operations >= 11
    assert not failures, "\n".join(failures[:20])


def _json_values():
    from hypothesis import strategies as st

    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
    return st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                        | st.dictionaries(st.text(max_size=12), children, max_size=5), max_leaves=20)


def _payloads():
    """Arbitrary JSON, and JSON shaped like each CMS's payload with arbitrary values inside."""
    from hypothesis import strategies as st

    v = _json_values()
    ghost = st.fixed_dictionaries({"post": st.fixed_dictionaries({"current": st.dictionaries(
        st.sampled_from(["id", "uuid", "title", "html", "plaintext", "published_at", "updated_at", "url",
                         "status", "authors", "primary_author", "tags"]), v | st.text(max_size=200))})})
    strapi = st.fixed_dictionaries({"event": st.sampled_from(["entry.publish", "entry.update"]), "model": v,
                                    "entry": st.dictionaries(st.sampled_from(
                                        ["id", "documentId", "title", "content", "body", "publishedAt",
                                         "updatedAt", "locale", "author"]), v | st.text(max_size=200))})
    contentful = st.fixed_dictionaries({"sys": st.dictionaries(st.sampled_from(
        ["id", "revision", "updatedAt", "publishedAt", "contentType"]), v), "fields": st.dictionaries(
        st.sampled_from(["title", "body", "content", "publishDate"]), st.dictionaries(
            st.sampled_from(["en-US", "de"]), v | st.text(max_size=200)) | v)})
    article = st.dictionaries(st.sampled_from(["id", "text", "html", "title", "published", "authors", "meta",
                                               "language", "wordpress"]), v | st.text(max_size=200))
    return v | ghost | strapi | contentful | article


def test_signed_webhooks_never_fail_on_odd_payloads(service_url):
    """Past the signature check, whatever JSON a CMS (or a compromised one) sends gets a 2xx or 4xx."""
    import json
    import time

    import httpx

    from scorer.service.signatures import sign_contentful, sign_ghost, sign_wordpress

    failures: list[str] = []
    client = httpx.Client(base_url=service_url, timeout=60)

    @given(payload=_payloads())
    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(payload) -> None:
        body = json.dumps(payload).encode()
        topic = "ContentManagement.Entry.publish"
        requests = {
            "ghost": {"X-Ghost-Signature": sign_ghost("g", body)},
            "wordpress": sign_wordpress("w", body),
            "strapi": {"Authorization": "Bearer s"},
            "contentful": {"X-Contentful-Topic": topic,
                           **sign_contentful("c" * 64, "POST", "/hooks/contentful", {"x-contentful-topic": topic},
                                             body, int(time.time() * 1000))},
        }
        for hook, headers in requests.items():
            r = client.post(f"/hooks/{hook}", content=body, headers={"Content-Type": "application/json", **headers})
            if r.status_code >= 500 or r.status_code == 401:
                failures.append(f"{hook} {body[:120]!r} -> {r.status_code}: {r.text[:200]}")

    run()
    client.close()
    assert not failures, "\n".join(failures[:20])
