"""The review page in a real browser (headless Debian chromium through playwright): highlights exist,
are visible and coloured, overlapping findings render, and hostile article text stays text.

Skipped when playwright or /usr/bin/chromium is missing (``apt-get install chromium``); playwright's
own browser downloads are never used.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright import sync_api

from scorer.contract import Article, Finding, Result
from scorer.fitting.demo import demo_model
from scorer.service import Settings, create_app
from scorer.service.live_server import StubScorer, running_server

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


class PlainScorer(StubScorer):
    """A chosen score and no findings; carries the extracted text for HTML input, as the real scorer does."""

    def result_for(self, a: Article) -> Result:
        return Result(id=a.id, score=0.93, band="high", text=a.text if a.from_html else None)


@pytest.fixture(scope="module")
def plain_server() -> Iterator[str]:
    app = create_app(Settings(db=":memory:"), scorer_factory=lambda n: [PlainScorer() for _ in range(n)])
    with running_server(app) as base:
        yield base


# Three paragraphs from examples/article.txt, as a CMS sends them: HTML.
PARAGRAPHS = ARTICLE.strip().split("\n\n")[:3]


def line_tops(page: Any, needles: list[str]) -> list[float]:
    """The top of the rendered line where each needle (a piece of the article text) starts."""
    return page.evaluate(
        """needles => {
            const root = document.getElementById('article-text');
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const nodes = []; let all = '';
            for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
            return needles.map(needle => {
                const at = all.indexOf(needle);
                const [node, offset] = nodes.filter(([n, o]) => o <= at).pop();
                const range = document.createRange();
                range.setStart(node, at - offset); range.setEnd(node, at - offset + 1);
                return range.getBoundingClientRect().top;
            });
        }""",
        needles,
    )


def test_html_sourced_paragraphs_are_spaced_as_paragraphs(browser, plain_server):
    """Issue 16, item 7: text extracted from HTML separates paragraphs with one newline, which the page
    drew as consecutive lines with no space between paragraphs."""
    html = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    r = httpx.post(plain_server + "/v1/score", json={"id": "html-1", "html": html}, timeout=60)
    assert r.status_code == 200, r.text
    assert "\n\n" not in r.json()["text"] and r.json()["text"].count("\n") == 2
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    page.goto(plain_server + r.json()["review_url"])
    line = float(page.evaluate("parseFloat(getComputedStyle(document.getElementById('article-text')).lineHeight)"))
    # the last words of a paragraph and the first of the next: one line apart plus a paragraph's space
    for before, after in pairwise(PARAGRAPHS):
        last_top, next_top = line_tops(page, [before[-8:], after[:12]])
        assert next_top - last_top > 1.4 * line, (before[-8:], after[:12], next_top - last_top, line)
    assert page.inner_text("#article-text").count("\n") >= 2  # the newlines themselves are still there
    page.close()


def test_decision_and_score_come_first_on_a_phone(browser, plain_server):
    """Issue 16, item 7: at phone width the decision and the score fell below the whole article."""
    r = httpx.post(plain_server + "/v1/score", json={"id": "phone-1", "text": ARTICLE}, timeout=60)
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page.goto(plain_server + r.json()["review_url"])
    decision = page.locator("section.decision").bounding_box()
    score = page.locator("p.score").bounding_box()
    article = page.locator("#article-text").bounding_box()
    assert decision["y"] + decision["height"] <= article["y"] and score["y"] < article["y"]
    assert score["y"] + score["height"] < 844  # on the first screen
    assert decision["width"] <= 390 and article["width"] <= 390  # nothing wider than the phone
    findings = page.locator("#details").bounding_box()
    assert findings["y"] >= article["y"] + article["height"] - 1  # the details follow the text
    wide = browser.new_page(viewport={"width": 1400, "height": 1000})
    wide.goto(plain_server + r.json()["review_url"])
    text, side = wide.locator("#article-text").bounding_box(), wide.locator("section.decision").bounding_box()
    assert side["x"] > text["x"] + text["width"] and abs(side["y"] - text["y"]) < 5  # beside the text, at the top
    page.close()
    wide.close()
