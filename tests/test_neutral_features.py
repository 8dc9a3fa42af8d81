"""A deployment sets a feature aside (a house style such as headlines in title case): it contributes 0 and
the score is exactly what the other features give, on the command line, in the service and in the API."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from scorer.contract import Article, Contribution
from scorer.model import load_for_scoring
from scorer.neutral_features import NeutralFeatures, neutralise, parse_names
from scorer.scoring_model import Explained

TITLE_CASE = "style.title_capitalised_share"
STORY = ("Officials said on Monday that the city council will close the public pool for the summer. "
         "Mayor Denise Okafor said repairs would cost $2 million, and the council will meet again next week. ")


def test_parse_names_reads_a_comma_list_or_a_list():
    assert parse_names(" c.d, a.b ,,a.b") == ("a.b", "c.d")
    assert parse_names(["a.b", " ", "e.f,c.d"]) == ("a.b", "c.d", "e.f")
    assert parse_names(None) == ()


def test_neutralise_takes_exactly_the_features_share_out_of_the_log_odds():
    explained = Explained(score=1 / (1 + math.exp(-(0.5 + 0.8 - 0.3))), intercept=0.5,
                          contributions=[Contribution("a", 1.0, 0.8), Contribution("b", 2.0, -0.3)])
    out = neutralise(explained, frozenset({"a"}))
    assert out.score == pytest.approx(1 / (1 + math.exp(-(0.5 - 0.3))))
    assert [(c.feature, c.contribution) for c in out.contributions] == [("b", -0.3), ("a", 0.0)]
    assert out.contributions[1].value == 1.0  # the value is still shown: only its weight is set aside


def test_the_shipped_model_scores_a_title_case_headline_as_its_sentence_case_twin_when_set_aside():
    from scorer.host import Scorer

    model = load_for_scoring()
    plain, aside = Scorer(model=model), Scorer(model=model, neutral_features=[TITLE_CASE])
    title = "Council Votes To Close The Public Pool For The Summer"
    twin = "Council votes to close the public pool for the summer"
    a, b = (plain.score(Article(id=i, text=STORY, title=t)) for i, t in (("t", title), ("s", twin)))
    c, d = (aside.score(Article(id=i, text=STORY, title=t)) for i, t in (("t", title), ("s", twin)))
    assert a.score > b.score + 0.02  # the house style alone moves the shipped model
    assert c.score == pytest.approx(d.score, abs=1e-9)  # set aside, only the words count
    assert {x.feature: x.contribution for x in c.contributions}[TITLE_CASE] == 0.0
    assert c.model["neutral_features"] == TITLE_CASE and "neutral_features" not in a.model
    # exact: the log-odds lose the feature's share and nothing else
    share = {x.feature: x.contribution for x in a.contributions}[TITLE_CASE]
    assert math.log(c.score / (1 - c.score)) == pytest.approx(math.log(a.score / (1 - a.score)) - share, abs=1e-9)


def test_an_unknown_feature_is_refused_when_the_scorer_is_built():
    with pytest.raises(ValueError, match=r"no such model feature to set aside: style\.title_case"):
        NeutralFeatures(load_for_scoring(), ["style.title_case"])


def test_base_rate_and_neutral_features_compose():
    from scorer.host import Scorer

    scorer = Scorer(neutral_features=[TITLE_CASE], base_rate=0.05)
    result = scorer.score(Article(id="x", text=STORY, title="Council Votes To Close The Pool"))
    assert result.model["neutral_features"] == TITLE_CASE and result.score is not None


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "scorer", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def test_the_command_line_sets_features_aside_by_flag_or_environment(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": STORY, "title": "Council Votes To Close The Pool"}) + "\n")
    by_flag = run_cli("score", str(path), "--neutral-feature", TITLE_CASE, "--workers", "1")
    by_env = run_cli("score", str(path), "--workers", "1", env={"MISINFO_SCORER_NEUTRAL_FEATURES": TITLE_CASE})
    for proc in (by_flag, by_env):
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout)
        assert result["model"]["neutral_features"] == TITLE_CASE
        assert {c["feature"]: c["contribution"] for c in result["contributions"]}[TITLE_CASE] == 0.0


def test_the_command_line_refuses_an_unknown_feature_before_scoring(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": STORY}) + "\n")
    out = tmp_path / "out.jsonl"
    proc = run_cli("score", str(path), "--neutral-feature", "style.nope", "-o", str(out))
    assert proc.returncode == 2 and "no such model feature to set aside: style.nope" in proc.stderr
    assert not out.exists()


def test_the_service_reads_them_from_its_environment():
    from scorer.service.settings import Settings

    settings = Settings.from_env({"MISINFO_SCORER_NEUTRAL_FEATURES": f"{TITLE_CASE}, style.title_words"})
    assert settings.neutral_features == ("style.title_capitalised_share", "style.title_words")
    assert Settings.from_json(settings.to_json()) == settings


def test_serve_refuses_an_unknown_feature_before_it_starts():
    proc = run_cli("serve", "--neutral-feature", "style.nope", "--port", "0")
    assert proc.returncode == 2 and "no such model feature to set aside: style.nope" in proc.stderr
