"""A model knows which signal versions computed its features, and the host says when others run."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import pytest
from test_model import synthetic

from scorer.drift import Drift, trained_versions, version_drift
from scorer.fitting.card import model_card
from scorer.fitting.fit import fit_combiner
from scorer.model import load_for_scoring, save_model


def test_a_changed_or_missing_signal_is_drift_and_a_new_one_is_not():
    trained = {"hedged_sourcing": "0.7.0", "odd_phrasing": "0.10.1", "style": "0.1.1"}
    running = {"hedged_sourcing": "0.8.0", "style": "0.1.1", "shouting": "0.1.0"}
    assert version_drift(trained, running) == [
        Drift("hedged_sourcing", "0.7.0", "0.8.0"),
        Drift("odd_phrasing", "0.10.1", None),
    ]
    assert "retrained" in Drift("hedged_sourcing", "0.7.0", "0.8.0").message()
    assert "not installed" in Drift("odd_phrasing", "0.10.1", None).message()
    assert version_drift(trained, trained) == []


def test_a_model_that_records_no_versions_is_never_reported():
    class Bare:
        def __init__(self) -> None:
            self.card = {"ece": 0.1}

    assert trained_versions(Bare()) == {} and trained_versions(object()) == {}
    assert version_drift(trained_versions(Bare()), {"hedged_sourcing": "9.9"}) == []


def test_fit_keeps_the_versions_in_the_model_the_report_and_the_card(tmp_path):
    data, signals = synthetic(n=200)
    versions = {"hedged_sourcing": "0.7.0", "readability": "0.2.0"}
    model, report = fit_combiner(data, signals, version="t", evaluate=False, signal_versions=versions)
    assert model.card["signal_versions"] == versions and report["signal_versions"] == versions
    report.update(warnings=[], excluded={}, options={"train": "", "evaluate": ""})
    card = model_card(report, ["a.jsonl", "b.jsonl"], "t")
    assert "Features computed by the signals hedged_sourcing 0.7.0, readability 0.2.0." in card
    # both persisted forms keep them: the skops archive and the compiled JSON the host scores with
    path = tmp_path / "m.skops"
    save_model(model, path)
    assert trained_versions(load_for_scoring(path)) == versions
    assert json.loads(path.with_suffix(".compiled.json").read_text())["card"]["signal_versions"] == versions


@pytest.mark.slow
def test_the_host_warns_once_when_the_installed_signals_are_not_the_models(caplog):
    from scorer.host import Scorer
    from scorer.registry import build_registry

    registry = build_registry()
    model = load_for_scoring(None)
    model.card = {**model.card, "signal_versions": {"hedged_sourcing": "0.0.1", "gone": "1.0"}}
    running = {s.name: s.version for s in registry.signals}
    with caplog.at_level(logging.WARNING, logger="scorer.host"):
        first = Scorer(registry=registry, model=model)
        Scorer(registry=registry, model=model)  # a pool builds several: one warning each, not one per scorer
    assert first.drift == [Drift("gone", "1.0", None), Drift("hedged_sourcing", "0.0.1", running["hedged_sourcing"])]
    warned = [r.getMessage() for r in caplog.records if "0.0.1" in r.getMessage()]
    assert len(warned) == 1 and f"hedged_sourcing {running['hedged_sourcing']} is installed" in warned[0]
    model.card = {**model.card, "signal_versions": running}
    assert Scorer(registry=registry, model=model).drift == []


@pytest.mark.slow
def test_plugins_shows_the_version_each_signal_had_when_the_model_was_trained(tmp_path):
    data, signals = synthetic(n=200)
    model, _ = fit_combiner(data, signals, version="t", evaluate=False,
                            signal_versions={"hedged_sourcing": "0.0.1", "retired_signal": "2.0"})
    save_model(model, tmp_path / "m.skops")
    proc = subprocess.run([sys.executable, "-m", "scorer", "plugins", "--json", "--model", str(tmp_path / "m.skops")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    rows = {r["name"]: r for r in out["signals"]}
    assert rows["hedged_sourcing"]["model_trained_with"] == "0.0.1"
    assert rows["odd_phrasing"]["model_trained_with"] == ""
    assert out["model_signals_not_installed"] == {"retired_signal": "2.0"}
    table = subprocess.run([sys.executable, "-m", "scorer", "plugins", "--model", str(tmp_path / "m.skops")],
                           capture_output=True, text=True, timeout=300)
    line = next(x for x in table.stdout.splitlines() if x.startswith("hedged_sourcing"))
    assert "0.0.1" in line and line.endswith("(differs)")
    assert "retired_signal 2.0, which is not installed" in table.stderr
