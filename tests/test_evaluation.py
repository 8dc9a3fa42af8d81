"""The evaluation harness: leave-one-corpus-out beside TF-IDF and length baselines, on synthetic data."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from scorer.contract import Article
from scorer.features import ClippedScaler, SignalVectorizer
from scorer.fitting.data import Labelled
from scorer.fitting.evaluate import MODELS, evaluate, held_out_fits, leave_one_corpus_out, tfidf_pipeline
from scorer.fitting.markdown import render_markdown
from scorer.fitting.metrics import _fast_auc, auc_differences, mean_row, not_beaten, oof_decision
from scorer.fitting.pipeline import combiner_factory

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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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
    assert "| held-out corpus | baseline | signals − baseline AUC | 95% interval | verdict |" in text
    assert {d["corpus"] for d in report["auc_differences"]} == {"a", "b", "c", "mean"}
    json.dumps({k: v for k, v in report.items()})  # plain data


def test_fast_auc_is_sklearns_auc_with_ties():
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 200)
    p = np.round(rng.random(200) + 0.3 * y, 1)  # coarse: many ties
    assert _fast_auc(y, p) == pytest.approx(roc_auc_score(y, p))
    assert math.isnan(_fast_auc(np.ones(5), np.arange(5.0)))


@pytest.mark.slow
def test_auc_differences_have_intervals_that_separate_a_real_gap_from_noise():
    data, _ = synthetic(corpora=("a", "b"), n=200)
    y = np.asarray(data.y)
    rng = np.random.default_rng(1)
    signals = np.clip(0.5 + 0.4 * (y - 0.5) + rng.normal(0, 0.2, len(y)), 0, 1)  # informative
    preds = {
        "signals": signals,
        "length": rng.random(len(y)),  # chance
        "tfidf": np.clip(signals + rng.normal(0, 0.05, len(y)), 0, 1),  # about as good as signals
    }
    rows = auc_differences(data, preds, resamples=300)
    assert {(r["corpus"], r["baseline"]) for r in rows} == {
        (c, b) for c in ("a", "b", "mean") for b in ("tfidf", "length")
    }
    for r in rows:
        assert r["low"] <= r["difference"] <= r["high"]
        if r["baseline"] == "length":
            assert r["low"] > 0  # a real gap: the interval excludes 0
        else:
            assert r["low"] < 0 < r["high"]  # two equally good models: undecided
    assert rows == auc_differences(data, preds, resamples=300)  # seeded


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


@pytest.mark.slow
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


@pytest.mark.slow
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


@parametrize_with_checks([ClippedScaler(), ClippedScaler(clip=None, log=True)])
def test_clipped_scaler_sklearn_contract(estimator, check):
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


# --- confound guards and calibration options ---------------------------------------------------


def with_publishers_and_damage(data, signals, seed=1):
    """Give corpus 'a' four publishers and every row an encoding-damage feature that tracks 'b''s labels."""
    rng = np.random.default_rng(seed)
    raw = []
    for i, (article, corpus, label, row) in enumerate(zip(data.articles, data.corpus, data.y, signals, strict=True)):
        if corpus == "a":
            article.source = ["north", "south", "east", "west"][(i // 2) % 4]  # a pair per publisher
        damage = float(label == 1 and corpus == "b" and rng.random() < 0.8)
        raw.append({**row, "odd_phrasing": {"encoding_damage": damage}})
    return raw


@pytest.mark.slow
def test_confound_tables_and_calibration_options_in_the_report():
    data, signals = synthetic(n=60)
    raw = with_publishers_and_damage(data, signals)
    report = evaluate(data, signals, combiner_factory(signals), folds=3, raw_signals=raw)

    strata = report["length"]["pooled"]
    assert 2 <= len(strata) <= 5 and sum(r["n"] for r in strata) == 180
    assert all(set(r) >= {"stratum", "words", "n", "fake_share", "corpora", *MODELS} for r in strata)
    assert set(report["length"]["per_corpus"]) == {"a", "b", "c"}
    assert all(len(v["signals"]) == len(v["edges"]) - 1 for v in report["length"]["per_corpus"].values())
    assert [r["set"] for r in report["length_correlation"]] == ["all", "a", "b", "c"]

    (pub,) = report["publisher"]
    assert pub["corpus"] == "a" and [p["publisher"] for p in pub["publishers"]] == ["east", "north", "south", "west"]
    assert set(pub) >= {"signals", "length", "publisher_only"} and "tfidf" not in pub
    assert pub["signals"]["within"] > 0.75  # the label-bearing feature works inside every publisher
    assert pub["signals"]["publishers_used"] == 4

    enc = report["encoding"]
    assert enc["in_model"] is False and enc["computed"] is True
    by_set = {r["set"]: r for r in enc["rows"]}
    assert by_set["b"]["auc"] > 0.8 and by_set["a"]["auc"] == pytest.approx(0.5)

    opts = report["calibration_options"]
    assert list(opts) == ["grouped folds (shipped)", "corpus folds", "grouped folds + prior shift"]
    assert all(0 <= o["ece"] <= 1 and set(o["per_corpus"]) == {"a", "b", "c"} for o in opts.values())

    bands = report["held_out_bands"]
    assert [r["corpus"] for r in bands] == ["a", "b", "c", "all"]
    fits = {f.corpus: f for f in held_out_fits(data, signals, combiner_factory(signals), folds=3)}
    y = np.asarray(data.y)
    for row in bands[:-1]:
        fit = fits[row["corpus"]]
        assert row["credible"] == row["fake"] == 30
        # each threshold is the training corpora's out-of-fold credible quantile, as train sets it
        assert row["high"]["threshold"] == round(float(np.quantile(fit.credible_oof, 0.98)), 3)
        assert row["medium"]["threshold"] == round(float(np.quantile(fit.credible_oof, 0.85)), 3)
        yt = y[fit.test]
        for label in ("high", "medium"):
            reached = fit.shipped >= row[label]["threshold"]
            assert row[label]["fpr"] == pytest.approx(reached[yt == 0].mean())
            assert row[label]["recall"] == pytest.approx(reached[yt == 1].mean())
        assert row["medium"]["recall"] > row["medium"]["fpr"]  # the label-bearing feature carries over
        assert row["high"]["fpr"] <= row["medium"]["fpr"] and row["high"]["recall"] <= row["medium"]["recall"]
    pooled = bands[-1]
    assert pooled["credible"] == pooled["fake"] == 90 and pooled["high"]["threshold"] is None
    assert pooled["medium"]["recall"] == pytest.approx(np.mean([r["medium"]["recall"] for r in bands[:-1]]))

    text = render_markdown(report)
    assert "### Bands on held-out corpora" in text
    assert "| held-out corpus | credible | fake | high: threshold | high: FPR | high: recall |" in text
    for header in ("| stratum | words | n | share fake | corpora | signals AUC | tfidf AUC | length AUC |",
                   "| corpus | model | Q1 |",
                   "| set | n | ρ(score, log length) | length-alone AUC |",
                   "| model | LOCO AUC | publisher held out, pooled AUC | within-publisher AUC | publishers | "
                   "survives |",
                   "| publisher | n | fake | signals AUC | length AUC |",
                   "| set | n | AUC alone | fake with damage | credible with damage |",
                   "| option | held-out ECE | ECE a | ECE b | ECE c |"):
        assert header in text, header
    assert "`odd_phrasing.encoding_damage` alone" in text and "**not** in the combiner's features" in text
    json.dumps(report)  # plain data


def test_encoding_damage_shows_when_a_model_uses_it():
    from scorer.fitting.confounds import encoding_damage

    y = np.array([0, 1, 0, 1])
    corpus = np.array(["a"] * 4)
    raw = [{"odd_phrasing": {"encoding_damage": v}} for v in (0.0, 2.0, 0.0, 1.0)]
    used = encoding_damage(y, corpus, raw, ["odd_phrasing.encoding_damage"])
    assert used["in_model"] is True and used["rows"][0]["auc"] == 1.0
    assert encoding_damage(y, corpus, [{}] * 4, [])["computed"] is False


def test_length_strata_auc_is_nan_without_enough_of_each_class():
    from scorer.fitting.confounds import length_strata

    y = np.array([0] * 10 + [1] * 10)
    words = np.arange(20, dtype=float)  # length separates the classes completely
    strata = length_strata(y, np.array(["a"] * 20), words, {"signals": words.copy()}, quantiles=2)
    assert [r["n"] for r in strata["pooled"]] == [10, 10]
    assert all(math.isnan(r["signals"]) and r["corpora"] == 0 for r in strata["pooled"])  # one class per stratum
    assert all(math.isnan(a) for a in strata["per_corpus"]["a"]["signals"])


def test_length_strata_average_auc_inside_corpora():
    from scorer.fitting.confounds import length_strata

    # two corpora, each perfectly ranked inside itself, but corpus b's scores all sit below corpus a's
    y = np.array([0, 1] * 10 + [0, 1] * 10)
    corpus = np.array(["a"] * 20 + ["b"] * 20)
    score = np.concatenate([np.tile([0.6, 0.9], 10), np.tile([0.1, 0.4], 10)])
    words = np.full(40, 100.0)
    strata = length_strata(y, corpus, words, {"signals": score}, quantiles=1)
    assert strata["pooled"][0]["signals"] == 1.0 and strata["pooled"][0]["corpora"] == 2


@pytest.mark.slow
def test_cli_train_writes_a_card_with_the_new_sections(tmp_path, capsys):
    from scorer.cli import main
    from scorer.features import ClippedScaler
    from scorer.model import load_model

    _write_corpus(tmp_path / "one.jsonl", 12, 0)
    _write_corpus(tmp_path / "two.jsonl", 12, 1)
    model_path, card = tmp_path / "m.skops", tmp_path / "card.md"
    rc = main(["train", str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl"), "-o", str(model_path),
               "--card", str(card), "--cache", str(tmp_path / "cache"), "--version-tag", "t"])
    assert rc == 0
    model = load_model(model_path)
    assert isinstance(model.pipeline.named_steps["scale"], ClippedScaler)
    assert model.base_rate == pytest.approx(0.5)
    text = card.read_text(encoding="utf-8")
    for section in ("## Bands", "| band | score ≥ | FPR on credible | recall on fake |",
                    "## Base rate: read the score against your own mix", "precision at 5% fake",
                    "for_base_rate(0.05)", "## Confounds", "### Confound: article length",
                    "### Confound: publisher", "### Confound: encoding damage", "Why the clip"):
        assert section in text, section
    both_ways = "| held-out corpus | with length AUC | without length AUC | difference |"
    assert both_ways in text and "the shipped model has it" in text

    # shipped without the length feature, the card still shows the model both ways
    rc = main(["train", str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl"), "-o", str(tmp_path / "n.skops"),
               "--card", str(card), "--cache", str(tmp_path / "cache"), "--version-tag", "t", "--no-length"])
    assert rc == 0
    text = card.read_text(encoding="utf-8")
    assert both_ways in text and "the shipped model does not have it" in text
    assert "length.log_words" not in load_model(tmp_path / "n.skops").feature_names


@pytest.mark.slow
def test_cli_evaluate_leaves_excluded_features_out_of_the_signal_model(tmp_path, capsys, monkeypatch):
    """`evaluate --exclude` measures the model without a feature, as `train --exclude` fits it."""
    import scorer.fitting.evaluate as ev
    from scorer.cli import main

    seen: list[list[str]] = []
    real = ev.select_features

    def recording(raw, exclude):
        kept = real(raw, exclude)
        seen.append(sorted({name for row in kept for name in row}))
        return kept

    monkeypatch.setattr(ev, "select_features", recording)
    _write_corpus(tmp_path / "one.jsonl", 10, 0)
    _write_corpus(tmp_path / "two.jsonl", 10, 1)
    rc = main(["evaluate", str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl"), "--no-stylometry",
               "--cache", str(tmp_path / "cache"), "--exclude", "readability.*"])
    assert rc == 0
    assert seen and not any(name.startswith("readability.") for name in seen[0])
    assert any(name.startswith("style.") for name in seen[0])  # only what the glob names goes
    assert "--exclude readability.*" in capsys.readouterr().out
