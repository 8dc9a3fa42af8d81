"""The review page in a real browser (headless Debian chromium through playwright): highlights exist,
are visible and coloured, overlapping findings render, and hostile article text stays text.

Skipped when playwright or /usr/bin/chromium is missing (``apt-get install chromium``); playwright's
own browser downloads are never used.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright import sync_api

from scorer.contract import Article, Finding, Result
from scorer.fitting.demo import demo_model
from scorer.service import Settings, create_app
from scorer.service.testing import StubScorer, running_server

CHROMIUM = os.environ.get("MISINFO_SCORER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

pytestmark = [
    pytest.mark.allow_hosts(["127.0.0.1"]),
    pytest.mark.slow,
    pytest.mark.skipif(not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)),
                       reason=f"chromium not found at {CHROMIUM} (apt-get install chromium)"),
]

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
HOSTILE = ('Breaking: <script>document.title="pwned"</script> officials said <img src=x onerror="alert(1)"> '
           "that the plan &amp; the vote were close.")


class OverlapScorer(StubScorer):
    """Stub scorer: three overlapping findings on the hostile text (the real signals rarely overlap)."""

    def result_for(self, a: Article) -> Result:
        t = a.text
        s = t.find("officials")
        if s < 0:  # the pool's warm-up article
            return Result(id=a.id, score=0.1, band="low")
        findings = [
            Finding(s, s + len("officials said"), "vague source <b>bold</b>", 0.6, "hedged_sourcing",
                    t[s:s + len("officials said")]),
            Finding(s + 10, s + 60, 'contradiction "quoted"', 0.9, "internal_contradiction", t[s + 10:s + 60]),
            Finding(0, len(t), "whole text", 0.2, "custom_signal", t),
        ]
        return Result(id=a.id, score=0.42, band="medium", findings=findings)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def visible_marks(page: Any) -> list[dict[str, Any]]:
    return page.eval_on_selector_all(
        "mark.finding",
        """els => els.map(e => {
            const s = getComputedStyle(e), r = e.getBoundingClientRect();
            return {bg: s.backgroundColor, image: s.backgroundImage, w: r.width, h: r.height,
                    visible: s.visibility !== 'hidden' && s.display !== 'none', title: e.title,
                    ids: e.dataset.findings, text: e.textContent};
        })""",
    )


def test_review_page_highlights_findings_in_chromium(browser, tmp_path_factory):
    from scorer.host import Scorer

    model = demo_model()
    app = create_app(Settings(db=":memory:"), scorer_factory=lambda n: [Scorer(model=model) for _ in range(n)])
    with running_server(app) as base:
        r = httpx.post(base + "/v1/score", json={"id": "page-1", "text": ARTICLE, "published": "2025-06-10"},
                       timeout=180)
        assert r.status_code == 200, r.text
        findings = r.json()["findings"]
        assert findings
        page = browser.new_page(viewport={"width": 1400, "height": 1200})
        page.goto(base + r.json()["review_url"])
        shot = tmp_path_factory.mktemp("screens") / "review.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        marks = visible_marks(page)
        assert len(marks) >= len(findings)
        for m in marks:
            assert m["visible"] and m["w"] > 0 and m["h"] > 0
            assert m["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), m
            assert m["title"]
        # every finding's exact text is inside the marks that carry its number
        for n, f in enumerate(findings, start=1):
            marked = "".join(m["text"] for m in marks if str(n) in m["ids"].split())
            assert marked == f["text"]
        assert page.locator("#finding-1").is_visible()
        page.close()


def test_overlapping_findings_and_hostile_text(browser):
    app = create_app(Settings(db=":memory:"), scorer_factory=lambda n: [OverlapScorer() for _ in range(n)])
    with running_server(app) as base:
        r = httpx.post(base + "/v1/score", json={"id": "x<y>", "text": HOSTILE, "title": "<i>T</i>"})
        assert r.status_code == 200
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + r.json()["review_url"])
        assert dialogs == [] and page.title() == "Review: <i>T</i>"
        assert page.locator("article script, article img").count() == 0
        assert page.inner_text("#article-text").replace("123", "").startswith("Breaking: <script>")
        marks = visible_marks(page)
        # the whole-text finding covers everything, so the text is cut at every boundary
        assert "".join(m["text"] for m in marks) == HOSTILE
        overlaps = [m for m in marks if len(m["ids"].split()) > 1]
        assert overlaps and all(m["image"].startswith("repeating-linear-gradient") for m in overlaps)
        triple = [m for m in marks if m["ids"] == "1 2 3"]
        assert triple and "vague source <b>bold</b>" in triple[0]["title"] and '"quoted"' in triple[0]["title"]
        for n in (1, 2, 3):
            marked = "".join(m["text"] for m in marks if str(n) in m["ids"].split())
            finding = r.json()["findings"][n - 1]
            assert marked == finding["text"]
        page.close()
