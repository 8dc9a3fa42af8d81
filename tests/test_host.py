"""The host: one parse, isolated signals, time budgets, refused findings, env switches, tracing."""

from __future__ import annotations

import pytest
from plugin_examples import (
    BadHint,
    BadOffsets,
    Crashing,
    DocKeeper,
    DocKeeper2,
    PersonReader,
    Plugin,
    Shouting,
    Sleepy,
    SlowHint,
)

from scorer.contract import Article
from scorer.host import Scorer
from scorer.readers import RecordError
from scorer.registry import build_registry

TEXT = "The MINISTRY said on Monday that the plan was VERY popular with voters across the country."


def make_scorer(*signals, model=None, **kw) -> Scorer:
    registry = build_registry(entry_points=False, extra_plugins=[("test", Plugin(*signals))])
    if model is None:
        return Scorer(registry=registry, signals_only=True, **kw)
    return Scorer(registry=registry, model=model, **kw)


def test_findings_get_signal_and_text():
    result = make_scorer(Shouting()).score(Article(id="a", text=TEXT))
    assert [f.text for f in result.findings] == ["MINISTRY", "VERY"]
    assert {f.signal for f in result.findings} == {"shouting"}
    assert result.signals == {"shouting": {"caps_words": 2.0}}
    assert result.errors == []


def test_crashing_signal_is_isolated():
    result = make_scorer(Crashing(), Shouting()).score(Article(id="a", text=TEXT))
    assert [(e.plugin, e.error) for e in result.errors] == [("crashing", "RuntimeError: boom")]
    assert result.signals["shouting"] == {"caps_words": 2.0}
    assert "crashing" not in result.signals


def test_slow_signal_is_cut_off_and_the_next_article_still_runs():
    scorer = make_scorer(Sleepy(), Shouting())
    results = list(scorer.score_many([Article(id="a", text=TEXT), Article(id="b", text=TEXT)]))
    for result in results:
        assert any(e.plugin == "sleepy" and "timed out" in e.error for e in result.errors)
        assert result.signals["shouting"] == {"caps_words": 2.0}


def test_host_refuses_findings_whose_offsets_do_not_match():
    result = make_scorer(BadOffsets()).score(Article(id="a", text=TEXT))
    assert [f.text for f in result.findings] == ["The "]
    messages = [e.error for e in result.errors]
    assert sum("finding refused" in m for m in messages) == 2
    assert any("'bad' is not a finite number" in m for m in messages)
    assert result.signals["bad_offsets"] == {"n": 2.0}


class _Noting:
    name, version = "noting", "0"

    def compute(self, article, doc):
        from scorer.contract import SignalResult

        return SignalResult(features={"n": 1}, notes=["relative dates could not be checked", ""])


def test_article_level_notes_go_to_meta_not_findings():
    result = make_scorer(_Noting()).score(Article(id="a", text=TEXT, meta={"section": "x"}))
    assert result.findings == []
    note = {"signal": "noting", "note": "relative dates could not be checked"}
    assert result.meta == {"section": "x", "notes": [note]}
    assert [e.plugin for e in result.errors] == ["noting"] and "note refused" in result.errors[0].error


def test_every_signal_gets_the_same_doc():
    DocKeeper.docs = []
    make_scorer(DocKeeper(), DocKeeper2()).score(Article(id="a", text=TEXT))
    assert len(DocKeeper.docs) == 2 and DocKeeper.docs[0] is DocKeeper.docs[1]


def test_pipeline_is_parsed_once_per_article(monkeypatch):
    scorer = make_scorer(DocKeeper(), DocKeeper2())
    calls = []
    real_pipe = scorer.nlp.pipe
    monkeypatch.setattr(scorer.nlp, "pipe", lambda texts, **kw: calls.append(list(texts)) or real_pipe(calls[-1], **kw))
    list(scorer.score_many([Article(id=str(i), text=TEXT) for i in range(3)]))
    assert calls == [[TEXT] * 3]


def test_duplicate_and_invalid_signals_are_reported_not_fatal():
    registry = build_registry(entry_points=False, extra_plugins=[("a", Plugin(Shouting())), ("b", Plugin(Shouting()))])
    assert registry.signal_names() == ["shouting"]
    assert any("already registered" in e.error for e in registry.load_errors)

    class Nameless:
        version = "1"

        def compute(self, a, d):
            return None

    registry = build_registry(entry_points=False, extra_plugins=[("c", Plugin(Nameless()))])
    assert registry.signals == [] and "Python identifier" in registry.load_errors[0].error


def test_non_english_and_empty_articles_get_null_scores():
    scorer = make_scorer(Shouting())
    german = (
        "Der Bundeskanzler hat am Montag in Berlin erklärt, dass die Regierung die Steuern nicht erhöhen "
        "werde. Die Opposition kritisierte die Entscheidung scharf und forderte eine Debatte im Bundestag."
    )
    results = list(scorer.score_many([
        Article(id="de", text=german),
        Article(id="fr", text=TEXT, language="fr"),
        Article(id="en", text=TEXT, language="en-GB"),
        Article(id="empty", text="   "),
        RecordError(id="bad.jsonl:2", error="line 2 is not valid JSON"),
    ]))
    assert [r.id for r in results] == ["de", "fr", "en", "empty", "bad.jsonl:2"]
    assert results[0].score is None and "does not look like English" in results[0].errors[0].error
    assert "declared as 'fr'" in results[1].errors[0].error
    assert results[2].signals == {"shouting": {"caps_words": 2.0}}
    assert "empty" in results[3].errors[0].error
    assert results[4].errors[0].error == "line 2 is not valid JSON"


@pytest.mark.slow
def test_env_switches_select_entry_point_plugins(monkeypatch):
    monkeypatch.setenv("MISINFO_SCORER_LOAD_PLUGINS", "")
    assert build_registry().signals == []
    monkeypatch.setenv("MISINFO_SCORER_LOAD_PLUGINS", "odd_phrasing")
    assert build_registry().signal_names() == ["odd_phrasing"]
    monkeypatch.delenv("MISINFO_SCORER_LOAD_PLUGINS")
    monkeypatch.setenv("MISINFO_SCORER_DISABLE_PLUGINS", "odd_phrasing,readability")
    names = build_registry().signal_names()
    assert "odd_phrasing" not in names and "readability" not in names and "hedged_sourcing" in names


def test_builtins_come_from_the_entry_point_group():
    registry = build_registry()
    origins = {s.name: s.origin for s in registry.signals}
    for name in ("hedged_sourcing", "internal_contradiction", "odd_phrasing", "readability"):
        assert origins[name] == "built-in"
    assert registry.load_errors == []


def test_trace_prints_hook_calls(monkeypatch, capsys):
    monkeypatch.setenv("MISINFO_SCORER_TRACE_PLUGINS", "1")
    build_registry(entry_points=False, extra_plugins=[("test", Plugin(Shouting()))])
    err = capsys.readouterr().err
    assert "register_signals(register) -> [test]" in err


def test_missing_model_is_reported_on_each_result(tmp_path):
    scorer = make_scorer(Shouting(), model=tmp_path / "nope.skops")
    result = scorer.score(Article(id="a", text=TEXT))
    assert result.score is None
    assert any(e.plugin == "model" and "no model file" in e.error for e in result.errors)


@pytest.mark.parametrize("budget", [0.2])
def test_host_budget_applies_to_signals_without_their_own(budget):
    class Slow(Sleepy):
        name = "slow"
        timeout = None

    result = make_scorer(Slow(), budget=budget).score(Article(id="a", text=TEXT))
    assert "budget of 0.2 s" in result.errors[0].error


PEOPLE = [
    "Denise Okafor, the chair of the authority, said on Monday that reserves were low. It rained.",
    "It rained all week. Senator John Smith said the plant would close.",
    "Nothing happened here at all.",
]


def test_entity_sentences_are_prefetched_once_per_batch(monkeypatch):
    import scorer.entities as entities

    runs: list[int] = []
    real = entities._run_ner
    monkeypatch.setattr(
        entities, "_run_ner", lambda ner, work, batch_size=64: (runs.append(len(work)), real(ner, work, batch_size))
    )
    scorer = make_scorer(PersonReader())
    assert scorer.skipped_components == ("ner",)
    results = list(scorer.score_many([Article(id=str(i), text=t) for i, t in enumerate(PEOPLE)]))
    assert [r.signals["person_reader"]["person_tokens"] for r in results] == [2.0, 2.0, 0.0]
    assert runs == [2]  # one NER run, over the two documents that asked for sentences
    assert all(r.errors == [] for r in results)


@pytest.mark.parametrize(
    ("signal", "reason"),
    [(BadHint(), "entity_sentences ValueError: no idea"), (SlowHint(), "entity_sentences timed out")],
)
def test_a_failing_entity_sentences_is_reported_and_compute_still_runs(signal, reason):
    result = make_scorer(signal).score(Article(id="a", text=PEOPLE[0]))
    assert [e.plugin for e in result.errors] == [signal.name]
    assert result.errors[0].error.startswith(reason)
    assert result.signals[signal.name] == {"person_tokens": 2.0}  # entities read on demand instead
