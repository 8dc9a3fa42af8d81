"""The Wagtail integration's logic (integrations/wagtail/misinfo_scorer_wagtail/core.py and runtime.py),
with stand-in page objects: no Django or Wagtail needed."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from scorer.contract import ArticleError, Finding, Result
from scorer.service.decision import Thresholds
from scorer.service.store import SQLiteResultStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "integrations" / "wagtail"))

from misinfo_scorer_wagtail.core import (
    Config,
    blocking_decision,
    delivery_key,
    page_body,
    page_to_article,
    reference_date,
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
    article = page_to_article(p, Config(), now=dt.datetime(2025, 6, 1, tzinfo=dt.UTC))  # scheduled for 10 June
    assert article.id == "wagtail-12" and article.title == "Council vote"
    assert "The council met on Monday." in article.text and "Officials said the vote was close." in article.text
    assert article.published.startswith("2025-06-10") and article.authors == ["Ann Writer"]
    assert article.language == "en" and article.url == "https://news.example/council-vote/"
    assert article.meta == {"cms": "wagtail", "page_id": 12, "content_type": "newspage",
                            "reference_date": article.published}


def test_plain_text_richtext_and_reference_date():
    p = page(body="Plain text body.", first_published_at=dt.datetime(2024, 1, 2, tzinfo=dt.UTC))
    assert page_body(p, ("body",)) == ("Plain text body.", None)
    assert page_to_article(p, Config()).published.startswith("2024-01-02")
    now = dt.datetime(2030, 5, 5, tzinfo=dt.UTC)
    rich = page(body=RichText('<p>Rich <a linktype="page" id="3">link</a>.</p>'))
    article = page_to_article(rich, Config(), now=now)
    assert "Rich" in article.text and "link" in article.text and "linktype" not in article.text
    assert article.published.startswith("2030-05-05")
    assert page_to_article(SimpleNamespace(pk=1, title="Home"), Config()) is None  # a page type with no body


@pytest.mark.parametrize(
    ("first_published", "go_live", "expected"),
    [
        (None, None, "2026-03-01"),  # published now
        (None, "2026-04-15", "2026-04-15"),  # scheduled: the date it will go live
        (None, "2026-02-01", "2026-03-01"),  # a go-live date already past: it goes live now
        ("2024-05-02", None, "2024-05-02"),  # an edit of a live page: it keeps its first publication date
        ("2024-05-02", "2026-04-15", "2024-05-02"),  # a scheduled edit of a live page: the same
    ],
)
def test_the_reference_date_is_the_date_the_page_will_carry(first_published, go_live, expected):
    def utc(day):
        return dt.datetime.fromisoformat(day).replace(hour=9, tzinfo=dt.UTC) if day else None

    p = page(body="Last month the council met.", first_published_at=utc(first_published), go_live_at=utc(go_live))
    assert reference_date(p, now=utc("2026-03-01")).date().isoformat() == expected
    assert page_to_article(p, Config(), now=utc("2026-03-01")).published.startswith(expected)


@pytest.mark.parametrize("body", ["", "   ", RichText("<p></p>"), RichText("<p> </p><p><br></p>")])
def test_an_empty_body_is_an_error_not_nothing_to_score(body):
    """Issue 16, item 9: the hook must be able to warn that the page could not be scored."""
    with pytest.raises(ArticleError):
        page_to_article(page(body=body), Config())


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
    import misinfo_scorer_wagtail.wagtail_hooks  # noqa: F401
    import wagtail  # noqa: F401  (in the test extra: the suite installs it, so this never skips)


# -- a real Wagtail project, driven through its admin views ---------------------------------------------
# The project is written into a temporary folder and run in its own process (Django's settings are
# global). The admin views are driven with Django's test client the way a browser drives them: the
# form is read from the rendered create/edit page, filled in and posted with the button's action. The
# scorer is the real one (shipped model, built-in signals); the thresholds decide hold or publish, so
# the tests do not depend on the score the example article gets.

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")

SITE_FILES = {
    "newsroom_settings.py": '''
from pathlib import Path

BASE = Path(__file__).resolve().parent
SECRET_KEY = "test-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [
    "news", "misinfo_scorer_wagtail",
    "wagtail.contrib.forms", "wagtail.contrib.redirects", "wagtail.embeds", "wagtail.sites", "wagtail.users",
    "wagtail.snippets", "wagtail.documents", "wagtail.images", "wagtail.search", "wagtail.admin", "wagtail",
    "modelcluster", "taggit", "django_filters",
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
ROOT_URLCONF = "newsroom_urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request", "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages"]},
}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(BASE / "site.sqlite3")}}
USE_TZ = True
TIME_ZONE = "UTC"
STATIC_URL = "/static/"
STATIC_ROOT = str(BASE / "static")
WAGTAIL_SITE_NAME = "Newsroom"
WAGTAILADMIN_BASE_URL = "http://localhost"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class _NoMigrations(dict):  # tables straight from the models (Wagtail's 200 migrations take a while)
    def __contains__(self, item):
        return True

    def __getitem__(self, item):
        return None


MIGRATION_MODULES = _NoMigrations()
MISINFO_SCORER = {"BODY_FIELDS": ["intro", "body"], "DB": str(BASE / "results.sqlite3")}
''',
    "newsroom_urls.py": '''
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [path("admin/", include(wagtailadmin_urls)), path("", include(wagtail_urls))]
''',
    "news/__init__.py": "",
    "news/models.py": '''
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class NewsPage(Page):
    intro = models.CharField(max_length=250, blank=True)
    body = RichTextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
''',
    "news/templates/news/news_page.html": '''{% load wagtailcore_tags %}<h1>{{ page.title }}</h1>
<p>{{ page.intro }}</p>{{ page.body|richtext }}''',
}

DRIVER = r'''
import datetime as dt
import json
import sqlite3
import sys

# First, as after a plain `pip install` with lxml >= 5.2 and no lxml_html_clean: importing
# lxml.html.clean (justext, under trafilatura) fails. Undone after that scenario.
sys.modules["lxml_html_clean"] = None
sys.modules["lxml.html.clean"] = None

import django

django.setup()

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import querydict_from_html, rich_text

import scorer.host
from news.models import NewsPage

call_command("migrate", run_syncdb=True, verbosity=0)
Locale.objects.create(language_code="en")
root = Page.add_root(instance=Page(title="Root", slug="root"))
home = root.add_child(instance=Page(title="Home", slug="home"))
Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
admin = Client(raise_request_exception=False)
admin.force_login(editor)

scorings = []
_score = scorer.host.Scorer.score


def counting_score(self, article, *args, **kwargs):
    scorings.append(article.id)
    return _score(self, article, *args, **kwargs)


scorer.host.Scorer.score = counting_score
DB = settings.MISINFO_SCORER["DB"]
HOLD = {**settings.MISINFO_SCORER, "THRESHOLDS": {"HOLD_SCORE": 0.0}}  # anything with a score is held
PASS = {**settings.MISINFO_SCORER, "THRESHOLDS": {"REVIEW_SCORE": None, "HOLD_SCORE": None, "REVIEW_SEVERITY": None}}
ARTICLE = sys.argv[1]
PARAGRAPHS = [p for p in ARTICLE.split("\n\n") if p.strip()]


def html(paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def submit(url, action, fields):
    """Read the admin form as a browser would, fill it in and press the button (``action``)."""
    form = querydict_from_html(admin.get(url).content.decode(), form_id="page-edit-form")
    for name, value in fields.items():
        form[name] = value
    if action:
        form[action] = "1"
    return admin.post(url, form)


def create(slug, body, action="action-publish", go_live_at=None):
    fields = {"title": slug.replace("-", " ").title(), "slug": slug, "intro": "", "body": rich_text(body)}
    if go_live_at is not None:
        fields["go_live_at"] = go_live_at.strftime("%Y-%m-%d %H:%M")
    return submit(reverse("wagtailadmin_pages:add", args=("news", "newspage", home.pk)), action, fields)


def edit(page, body, action="action-publish"):
    return submit(reverse("wagtailadmin_pages:edit", args=(page.pk,)), action, {"body": rich_text(body)})


def observe(slug, response=None):
    page = NewsPage.objects.get(slug=slug)
    public = Client().get(f"/{slug}/")
    with sqlite3.connect(DB) as conn:
        try:
            rows = conn.execute("SELECT body FROM results WHERE article_id = ? ORDER BY seq",
                                (f"wagtail-{page.pk}",)).fetchall()
        except sqlite3.OperationalError:  # nothing was ever stored
            rows = []
    latest = page.get_latest_revision()
    out = {
        "live": page.live, "has_unpublished_changes": page.has_unpublished_changes,
        "first_published_at": page.first_published_at.isoformat() if page.first_published_at else None,
        "scheduled": bool(latest and latest.approved_go_live_at),
        "latest_revision_body": latest.as_object().body if latest else None,
        "public_status": public.status_code, "public_text": public.content.decode(errors="replace"),
        "scorings": scorings.count(f"wagtail-{page.pk}"), "stored": [json.loads(r[0]) for r in rows],
    }
    if response is not None:
        out["status"] = response.status_code
        out["location"] = response.get("Location")
        out["messages"] = [[m.level_tag, str(m)] for m in get_messages(response.wsgi_request)]
        out["error_page"] = response.content.decode(errors="replace")[:2000] if response.status_code >= 500 else ""
    return out


out = {}
today = timezone.now()
with override_settings(MISINFO_SCORER=HOLD):
    out["no_lxml_clean"] = observe("broken-env", create("broken-env", html(PARAGRAPHS)))
del sys.modules["lxml_html_clean"], sys.modules["lxml.html.clean"]  # a failed import leaves nothing else behind

# publishing first: the thresholds in force when the scorer is first built must not stick
with override_settings(MISINFO_SCORER=PASS):
    out["create_publish"] = observe("create-publish", create("create-publish", html(PARAGRAPHS)))
    in_a_month = today + dt.timedelta(days=30)
    response = create("scheduled", html(PARAGRAPHS), go_live_at=in_a_month)
    out["scheduled"] = observe("scheduled", response)
    out["scheduled"]["go_live_at"] = NewsPage.objects.get(slug="scheduled").go_live_at.isoformat()
    real_now = timezone.now
    timezone.now = lambda: real_now() + dt.timedelta(days=31)  # a month later, the scheduler runs:
    call_command("publish_scheduled", verbosity=0)
    timezone.now = real_now
    out["scheduled_went_live"] = observe("scheduled")

    create("republished", html(PARAGRAPHS[:3]))
    NewsPage.objects.filter(slug="republished").update(first_published_at=dt.datetime(2024, 5, 2, 9, tzinfo=dt.UTC))
    response = edit(NewsPage.objects.get(slug="republished"), html(PARAGRAPHS))
    out["republished"] = observe("republished", response)

with override_settings(MISINFO_SCORER=HOLD):
    out["create_hold"] = observe("create-hold", create("create-hold", html(PARAGRAPHS)))
    response = create("schedule-hold", html(PARAGRAPHS), go_live_at=in_a_month)
    out["create_schedule_hold"] = observe("schedule-hold", response)
    create("draft-then-hold", html(PARAGRAPHS[:2]), action=None)  # "Save draft"
    response = edit(NewsPage.objects.get(slug="draft-then-hold"), html(PARAGRAPHS))
    out["edit_hold_draft"] = observe("draft-then-hold", response)

with override_settings(MISINFO_SCORER=PASS):
    create("live-then-hold", html(PARAGRAPHS[:2]))
with override_settings(MISINFO_SCORER=HOLD):
    response = edit(NewsPage.objects.get(slug="live-then-hold"), html(PARAGRAPHS))
    out["edit_hold_live"] = observe("live-then-hold", response)

with override_settings(MISINFO_SCORER=HOLD):
    create("empty-body", html(PARAGRAPHS[:1]), action=None)
    response = edit(NewsPage.objects.get(slug="empty-body"), "<p></p><p> </p>")
    out["edit_empty_body"] = observe("empty-body", response)
    stored_body = NewsPage.objects.get(slug="empty-body").get_latest_revision().as_object().body
    out["edit_empty_body"]["submitted_body"] = stored_body
print(json.dumps(out))
'''

def run_site(tmp: Path) -> dict:
    for name, text in SITE_FILES.items():
        target = tmp / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.lstrip("\n"), encoding="utf-8")
    (tmp / "driver.py").write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom_settings",
           "PYTHONPATH": os.pathsep.join([str(tmp), str(REPO / "integrations" / "wagtail")])}
    proc = subprocess.run([sys.executable, str(tmp / "driver.py"), ARTICLE], cwd=tmp, env=env,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-6000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> dict:
    return run_site(tmp_path_factory.mktemp("wagtail-site"))


def messages_of(case: dict, level: str) -> list[str]:
    return [text for lvl, text in case["messages"] if level in lvl]


@pytest.mark.slow
def test_a_hold_from_the_create_view_leaves_the_page_a_draft(site):
    """Issue 16, item 1: Add page → Publish with a held article left the page live (its URL served the text)."""
    case = site["create_hold"]
    assert case["status"] == 302 and re.fullmatch(r"/admin/pages/\d+/edit/", case["location"]), case["error_page"]
    assert messages_of(case, "error") and messages_of(case, "error")[0].startswith("misinfo-scorer: hold")
    assert case["live"] is False and case["public_status"] == 404
    assert case["has_unpublished_changes"] and case["first_published_at"] is None
    assert "Harbour city water supply" in case["latest_revision_body"]  # the editor's text is kept as a draft
    assert case["scorings"] == 1 and [s["decision"] for s in case["stored"]] == ["hold"]


@pytest.mark.slow
def test_a_hold_stops_scheduling_and_the_edit_views_publish(site):
    scheduled = site["create_schedule_hold"]
    assert scheduled["status"] == 302 and messages_of(scheduled, "error")
    assert scheduled["live"] is False and not scheduled["scheduled"] and scheduled["public_status"] == 404
    draft = site["edit_hold_draft"]
    assert draft["status"] == 302 and draft["live"] is False and draft["public_status"] == 404
    live = site["edit_hold_live"]  # a live page keeps its published version; the held edit waits as a draft
    assert live["status"] == 302 and live["live"] is True and live["has_unpublished_changes"]
    assert live["public_status"] == 200 and "Harbour city water supply" in live["public_text"]
    assert "We are not in a crisis" not in live["public_text"]
    assert "We are not in a crisis" in live["latest_revision_body"]


@pytest.mark.slow
def test_each_publish_is_scored_once_with_the_date_the_page_carries(site):
    """Issue 16, item 2: the hook (before publishing, 'now') and the publish signal (after,
    first_published_at) made different keys, so every first publish was scored twice."""
    case = site["create_publish"]
    assert case["scorings"] == 1 and len(case["stored"]) == 1
    assert case["status"] == 302 and case["live"] is True and case["public_status"] == 200
    (result,) = case["stored"]
    assert result["decision"] == "publish" and result["meta"]["reference_date"][:10] == case["first_published_at"][:10]
    scheduled, went_live = site["scheduled"], site["scheduled_went_live"]
    assert scheduled["live"] is False and scheduled["scheduled"] and scheduled["public_status"] == 404
    (result,) = scheduled["stored"]  # dated the day it will go live, not today
    assert result["meta"]["reference_date"][:16] == scheduled["go_live_at"][:16]
    last_month = [f["message"] for f in result["findings"] if f.get("check") == "relative_vs_date"]
    assert all(f"published {scheduled['go_live_at'][:10]}" in m for m in last_month)
    assert went_live["live"] is True and went_live["public_status"] == 200
    assert went_live["scorings"] == 1 and len(went_live["stored"]) == 1  # scored when scheduled, not again
    republished = site["republished"]
    assert republished["scorings"] == 2 and len(republished["stored"]) == 2  # two publishes
    assert republished["first_published_at"].startswith("2024-05-02")
    assert republished["stored"][-1]["meta"]["reference_date"].startswith("2024-05-02")  # the date it carries


@pytest.mark.slow
def test_an_unscorable_page_publishes_with_a_warning(site):
    """Issue 16, item 9: a rich-text body with no text raised 'the HTML holds no text' outside any guard: 500."""
    case = site["edit_empty_body"]
    assert case["status"] == 302, case["error_page"]
    assert case["live"] is True and case["public_status"] == 200
    assert any("could not score this page" in m for m in messages_of(case, "warning"))
    assert case["scorings"] == 0


@pytest.mark.slow
def test_a_broken_html_extractor_does_not_turn_a_publish_into_a_500(site):
    """Issue 16, item 8: with lxml >= 5.2 and no lxml_html_clean (a plain pip install), extracting the
    rich-text body raised ImportError in the hook: every publish answered 500."""
    case = site["no_lxml_clean"]
    assert case["status"] == 302, case["error_page"]
    assert case["live"] is True and case["public_status"] == 200
    warning = " ".join(messages_of(case, "warning"))
    assert "could not score this page" in warning and "lxml.html.clean" in warning
