"""The evaluation harness: leave-one-corpus-out beside TF-IDF and length baselines, on synthetic data."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from scorer.contract import Article
from scorer.evaluation import (
    MODELS,
    evaluate,
    leave_one_corpus_out,
    mean_row,
    not_beaten,
    oof_decision,
    render_markdown,
    tfidf_pipeline,
)
from scorer.features import SignalVectorizer
from scorer.training import Labelled, combiner_factory

FAKE_WORDS = ["shocking", "secret", "miracle", "exposed", "hoax", "outrage", "insiders", "reveal"]
REAL_WORDS = ["minister", "said", "report", "council", "budget", "according", "statement", "announced"]


def synthetic(corpora=("a", "b", "c"), n=40, seed=0, one_class=()):
    """Texts whose vocabulary gives the label away; signals where 'hedged.anonymous' does too."""
    rng = np.random.default_rng(seed)
    data = Labelled()
    signals = []
    for corpus in corpora:
        for i in range(n):
            label = 1 if corpus in one_class else i % 2
            words = list(rng.choice(FAKE_WORDS if label else REAL_WORDS, size=12))
            words += list(rng.choice(["the", "a", "of", "and", "today"], size=int(rng.integers(5, 30))))
            rng.shuffle(words)
            data.articles.append(Article(id=f"{corpus}:{i}", text=" ".join(words)))
            data.y.append(label)
            data.corpus.append(corpus)
            data.groups.append(f"{corpus}:{i // 2}")  # pairs, as in fakenewsamt
            signals.append({"hedged": {"anonymous": float(rng.poisson(1 + 3 * label))},
                            "readability": {"grade": float(rng.normal(10, 2))}})
    return data, signals


def test_loco_gives_a_row_per_corpus_with_all_three_models():
    data, signals = synthetic()
    rows = leave_one_corpus_out(data, signals, combiner_factory(signals))
    assert [r["corpus"] for r in rows] == ["a", "b", "c"]
    for row in rows:
        assert row["n"] == 40 and row["fake"] == row["credible"] == 20
        for model in MODELS:
            assert set(row[model]) == {"n", "auc", "accuracy", "fpr"}
            assert 0 <= row[model]["auc"] <= 1
        assert row["signals"]["auc"] > 0.75


def test_a_corpus_with_one_class_is_skipped():
    data, signals = synthetic(corpora=("a", "b", "c"), one_class=("c",))
    report = evaluate(data, signals, combiner_factory(signals), folds=3)
    assert [r["corpus"] for r in report["loco"]] == ["a", "b"]
    assert report["skipped"] == ["c"]
    assert report["loco_mean"]["n"] == 80
    assert "Skipped (one label only): c." in render_markdown(report)


def test_tfidf_baseline_separates_separable_texts():
    data, _ = synthetic(corpora=("a",), n=60)
    y = np.asarray(data.y)
    texts = [a.text for a in data.articles]
    z = oof_decision(texts, y, data.groups, tfidf_pipeline, folds=3)
    assert ((z > 0) == y.astype(bool)).mean() > 0.95


def test_only_the_signal_and_length_models_when_asked():
    data, signals = synthetic()
    rows = leave_one_corpus_out(data, signals, combiner_factory(signals), models=("signals", "length"))
    assert all("tfidf" not in r and "length" in r for r in rows)


def _row(corpus, signals, tfidf, length):
    def m(auc, acc):
        return {"n": 10, "auc": auc, "accuracy": acc, "fpr": 0.1}

    return {"corpus": corpus, "n": 10, "signals": m(*signals), "tfidf": m(*tfidf), "length": m(*length)}


def test_not_beaten_is_derived_from_the_numbers():
    rows = [_row("x", (0.8, 0.7), (0.9, 0.6), (0.5, 0.5)), _row("y", (0.7, 0.6), (0.6, 0.5), (0.7, 0.4))]
    found = {(f["corpus"], f["baseline"], f["metric"]) for f in not_beaten(rows)}
    assert found == {("x", "tfidf", "auc"), ("y", "length", "auc")}  # y's tie with length counts
    item = next(f for f in not_beaten(rows) if f["corpus"] == "x")
    assert item["difference"] == pytest.approx(-0.1)
    mean = mean_row(rows, MODELS)
    assert mean["n"] == 20 and mean["signals"]["auc"] == pytest.approx(0.75)
    assert {(f["corpus"], f["metric"]) for f in not_beaten([mean])} == {("mean", "auc")}
    nan_row = _row("z", (math.nan, 0.9), (0.9, 0.1), (0.9, 0.1))
    assert not not_beaten([nan_row])


def test_report_has_pooled_cv_reliability_and_renders(tmp_path):
    data, signals = synthetic()
    report = evaluate(data, signals, combiner_factory(signals), folds=3)
    assert set(report["cv"]) == set(MODELS)
    assert set(report["cv"]["signals"]["per_corpus"]) == {"a", "b", "c"}
    assert 0 <= report["ece"] <= 1 and 0 <= report["loco_ece"] <= 1
    assert sum(r["n"] for r in report["reliability"]) == 120
    text = render_markdown(report)
    assert "| **mean** | 120 |" in text
    assert "Where the signal model does not beat a baseline" in text
    json.dumps({k: v for k, v in report.items()})  # plain data


ARTICLES = [
    ("fake", "SHOCKING: insiders reveal the miracle cure doctors hide! Sources say it is all a hoax, "
             "and everyone is outraged. You won't believe what happened next."),
    ("credible", "The city council approved the budget on Tuesday, the mayor said in a statement. "
                 "\"We have balanced the books,\" said Jane Smith, the finance director, according to the minutes."),
]


def _write_corpus(path, n, seed):
    rng = np.random.default_rng(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            label, text = ARTICLES[i % 2]
            extra = " ".join(rng.choice(["Officials", "reported", "numbers", "rose", "sharply", "again"], size=6))
            fh.write(json.dumps({"id": f"{path.stem}-{i}", "text": f"{text} {extra} ({i}).", "label": label}) + "\n")


def test_cli_evaluate_prints_the_table(tmp_path, capsys):
    from scorer.cli import main

    _write_corpus(tmp_path / "one.jsonl", 10, 0)
    _write_corpus(tmp_path / "two.jsonl", 10, 1)
    out = tmp_path / "report.md"
    rc = main(["evaluate", str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl"),
               "--cache", str(tmp_path / "cache"), "--out", str(out)])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "## Leave one corpus out" in printed and "| one | 10 |" in printed and "| two | 10 |" in printed
    assert "signals AUC | tfidf AUC | length AUC" in printed
    assert out.read_text(encoding="utf-8") == printed.rstrip("\n") + "\n"


def test_cli_evaluate_with_a_fixed_model(tmp_path, capsys):
    from scorer.cli import main

    _write_corpus(tmp_path / "one.jsonl", 10, 0)
    _write_corpus(tmp_path / "two.jsonl", 10, 1)
    rc = main(["evaluate", str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl"),
               "--cache", str(tmp_path / "cache"), "--model", "models/default.skops"])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "## Fixed model `default`" in printed


def test_cli_evaluate_missing_corpus(tmp_path, capsys):
    from scorer.cli import main

    assert main(["evaluate", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such corpus file" in capsys.readouterr().err


# --- SignalVectorizer and scikit-learn's transformer contract ---------------------------------


@parametrize_with_checks([SignalVectorizer()])
def test_signal_vectorizer_sklearn_contract(estimator, check):
    check(estimator)


def test_signal_vectorizer_on_arrays_is_the_identity():
    X = np.array([[1.0, np.nan], [3.0, 4.0]])
    vec = SignalVectorizer().fit(X)
    assert vec.n_features_in_ == 2
    np.testing.assert_array_equal(vec.transform(X), X)
    assert vec.get_feature_names_out().tolist() == ["x0", "x1"]
    named = SignalVectorizer(features=["a.x", "b.y"]).fit(X)
    assert named.get_feature_names_out().tolist() == ["a.x", "b.y"]
    with pytest.raises(ValueError):
        SignalVectorizer(features=["a.x"]).fit(X)


def test_signal_vectorizer_fitted_on_dicts_keeps_dict_behaviour():
    vec = SignalVectorizer().fit([{"a": {"x": 1}}, {"b.y": 2}])
    assert not hasattr(vec, "n_features_in_")
    assert vec.get_feature_names_out().tolist() == ["a.x", "b.y"]
    # the matrix the dicts vectorise to passes through
    np.testing.assert_array_equal(vec.transform(np.array([[1.0, 2.0]])), [[1.0, 2.0]])
    with pytest.raises(ValueError):
        vec.transform(np.array([[1.0, 2.0, 3.0]]))
    # refitting on arrays, then on dicts, leaves no stale array state
    vec.fit(np.ones((3, 4)))
    assert vec.n_features_in_ == 4
    vec.fit([{"c": {"z": 1}}])
    assert not hasattr(vec, "n_features_in_") and vec.get_feature_names_out().tolist() == ["c.z"]
    assert vec.transform(iter([{"c.z": 5}])).tolist() == [[5.0]]
