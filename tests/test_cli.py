"""The command line, driven as a user drives it: real processes, real files, real distributions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "article.txt"


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "scorer", *args],
        input=input, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=cwd, timeout=300,
    )


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.mark.slow
def test_score_the_example_article():
    proc = run("score", "--published", "2025-06-10", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    (result,) = lines(proc.stdout)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert result["id"] == "article"
    assert 0 <= result["score"] <= 1 and result["band"] in {"low", "medium", "high"}
    assert result["contributions"] and result["model"]["name"] == "default"
    signals = {f["signal"] for f in result["findings"]}
    assert {"hedged_sourcing", "odd_phrasing"} <= signals
    assert all(text[f["start"]:f["end"]] == f["text"] for f in result["findings"])
    assert all(f["check"] for f in result["findings"]), "every built-in finding names its check"
    assert result["errors"] == []


@pytest.mark.slow
def test_base_rate_moves_scores_and_bands_together():
    plain = run("score", "--published", "2025-06-10", str(EXAMPLE))
    shifted = run("score", "--published", "2025-06-10", "--base-rate", "0.05", str(EXAMPLE))
    assert plain.returncode == shifted.returncode == 0, plain.stderr + shifted.stderr
    (a,), (b,) = lines(plain.stdout), lines(shifted.stdout)
    assert b["score"] < a["score"]  # fewer fakes expected: a lower probability of this one being fake
    assert b["band"] == a["band"]  # thresholds move with the scores: each band keeps its false-positive rate
    assert [c["feature"] for c in b["contributions"]] == [c["feature"] for c in a["contributions"]]
    bad = run("score", "--base-rate", "1.5", str(EXAMPLE))
    assert bad.returncode == 2 and "--base-rate" in bad.stderr and bad.stdout == ""


@pytest.mark.slow
def test_jsonl_gives_one_line_per_input_line_in_order(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "one", "text": "Officials said the bridge would reopen next week."}) + "\n"
        + "{not json\n"
        + json.dumps({"text": "A second article without an id. Experts say it matters."}) + "\n"
        + json.dumps({"id": "one", "text": "A repeated id."}) + "\n"
        + json.dumps({"id": "x", "published": "yesterday", "text": "Bad date."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    proc = run("score", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    results = lines(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in results] == ["one", "in.jsonl:2", "in.jsonl:3", "one#2", "x"]
    assert "not valid JSON" in results[1]["errors"][0]["error"] and results[1]["score"] is None
    assert results[2]["score"] is not None
    assert "ISO 8601" in results[4]["errors"][0]["error"]
    assert "5 records" in proc.stderr


@pytest.mark.slow
def test_stdin_plain_text_and_jsonl():
    proc = run("score", "-", input="Sources say the the minister will resign. " * 5)
    assert proc.returncode == 0, proc.stderr
    (result,) = lines(proc.stdout)
    assert result["id"] == "stdin" and any(f["text"] == "the the" for f in result["findings"])
    proc = run("score", input='{"id": "j1", "text": "It is widely believed that the plan failed."}\n')
    assert [r["id"] for r in lines(proc.stdout)] == ["j1"]


@pytest.mark.slow
def test_pretty_output_names_the_reasons():
    proc = run("score", "--pretty", "--published", "2025-06-10", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "score: " in proc.stdout and "why:" in proc.stdout and "[odd_phrasing/" in proc.stdout


def test_run_level_failures_exit_non_zero_with_one_line():
    proc = run("score", "--published", "not-a-date", str(EXAMPLE))
    assert proc.returncode == 2 and "ISO 8601" in proc.stderr
    proc = run("score", "--model", "/nonexistent/model.skops", str(EXAMPLE))
    assert proc.returncode == 2 and proc.stderr.strip().splitlines()[-1].startswith("misinfo-scorer: no model file")


@pytest.mark.slow
def test_missing_input_file_is_an_error_record_not_a_crash(tmp_path):
    proc = run("score", str(tmp_path / "missing.txt"), str(EXAMPLE))
    assert proc.returncode == 0
    results = lines(proc.stdout)
    assert len(results) == 2 and "no such file" in results[0]["errors"][0]["error"]


@pytest.mark.slow
def test_plugins_lists_builtins():
    proc = run("plugins", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = {r["name"]: r for r in json.loads(proc.stdout)["signals"]}
    for name in ("hedged_sourcing", "internal_contradiction", "odd_phrasing", "readability"):
        assert rows[name]["origin"] == "built-in"


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory) -> Path:
    """The README's example plugin, installed by pip as a real distribution into its own folder."""
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--target", str(target), str(REPO / "examples" / "shouting-plugin")],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert list(target.glob("misinfo_scorer_shouting-0.1.0.dist-info/entry_points.txt"))
    return target


@pytest.mark.slow
def test_the_example_plugins_own_tests_pass_through_the_host(plugin_site):
    """The example's tests use misinfo-scorer's pytest fixtures, against the installed distribution."""
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=REPO / "examples" / "shouting-plugin", env={**os.environ, "PYTHONPATH": str(plugin_site)},
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout


@pytest.mark.slow
def test_third_party_distribution_is_discovered(plugin_site):
    env = {"PYTHONPATH": str(plugin_site)}
    proc = run("plugins", env=env)
    assert "shouting" in proc.stdout and "misinfo-scorer-shouting 0.1.0" in proc.stdout
    proc = run("score", input="The MINISTRY said the plan was VERY popular with voters in the capital.", env=env)
    (result,) = lines(proc.stdout)
    shouting = [f for f in result["findings"] if f["signal"] == "shouting"]
    assert [f["text"] for f in shouting] == ["MINISTRY", "VERY"]
    assert result["signals"]["shouting"]["caps_words"] == 2
    # the env switch that turns it off
    proc = run("score", input="The MINISTRY said so.", env={**env, "MISINFO_SCORER_DISABLE_PLUGINS": "shouting"})
    assert "shouting" not in lines(proc.stdout)[0]["signals"]
