"""The corpus-average fit (``train --fit corpus-average``): one sign-constrained logistic regression per
training corpus, weights and intercepts averaged into one linear model; the corpus of each training
article reaches every fit the harness makes; the model file and its compiled form are the usual ones."""

from __future__ import annotations

import math
import warnings
from typing import ClassVar

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.utils.estimator_checks import parametrize_with_checks

from scorer.compiled import load_compiled
from scorer.contract import Article
from scorer.features import SignalVectorizer
from scorer.fitting import FITS
from scorer.fitting.data import Labelled
from scorer.fitting.evaluate import evaluate
from scorer.fitting.fit import _options, fit_combiner
from scorer.fitting.metrics import fit_pipeline, oof_decision
from scorer.linear import C_FACTORS, FIT_BY, SignConstrainedLogisticRegression
from scorer.model import TRUSTED_TYPES, load_model, save_model


@parametrize_with_checks([SignConstrainedLogisticRegression(fit_by="corpus-average")])
def test_sklearn_estimator_contract(estimator, check):
    check(estimator)


def corpora_matrix(seed: int = 0, n: int = 120) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Three corpora of different sizes; column 0 separates the classes everywhere, column 1 is a
    'warning' that points the wrong way in corpus c, column 2 is noise."""
    rng = np.random.default_rng(seed)
    X, y, corpus = [], [], []
    for name, size, slope in (("a", n, 1.0), ("b", 2 * n, 0.5), ("c", n // 2, -1.5)):
        Xc = rng.normal(size=(size, 3))
        yc = (1.5 * Xc[:, 0] + slope * Xc[:, 1] + rng.normal(scale=0.7, size=size) > 0).astype(int)
        X.append(Xc)
        y.append(yc)
        corpus += [name] * size
    return np.vstack(X), np.concatenate(y), np.asarray(corpus)


def per_corpus(X, y, corpus, C, nonnegative=None):
    return [SignConstrainedLogisticRegression(C=C, class_weight="balanced", nonnegative=nonnegative)
            .fit(X[corpus == c], y[corpus == c]) for c in ("a", "b", "c")]


def test_one_factor_the_weights_are_the_mean_of_per_corpus_fits():
    X, y, corpus = corpora_matrix()
    model = SignConstrainedLogisticRegression(C=0.1, class_weight="balanced", fit_by="corpus-average",
                                              C_factors=(1.0,)).fit(X, y, corpus=corpus)
    fits = per_corpus(X, y, corpus, C=0.1 * 3)  # C × factor × number of corpora
    np.testing.assert_allclose(model.coef_[0], np.mean([f.coef_[0] for f in fits], axis=0), atol=1e-10)
    np.testing.assert_allclose(model.intercept_[0], np.mean([f.intercept_[0] for f in fits]), atol=1e-10)
    np.testing.assert_allclose(model.corpus_coef_, np.vstack([f.coef_[0] for f in fits]), atol=1e-10)
    assert model.corpora_ == ["a", "b", "c"] and model.C_factor_ == 1.0 and model.fallback_ == ""
    # every corpus one vote: the pooled fit, dominated by the larger corpus b, is another model
    pooled = SignConstrainedLogisticRegression(C=0.1, class_weight="balanced").fit(X, y)
    assert not np.allclose(pooled.coef_, model.coef_, atol=1e-2)


def test_the_factor_is_chosen_leaving_one_training_corpus_out():
    X, y, corpus = corpora_matrix(seed=1)
    model = SignConstrainedLogisticRegression(C=0.02, class_weight="balanced",
                                              fit_by="corpus-average").fit(X, y, corpus=corpus)
    assert set(model.C_scores_) == set(C_FACTORS)
    for factor in C_FACTORS:  # each candidate's score, recomputed by hand
        aucs = []
        for held in ("a", "b", "c"):
            others = [c for c in ("a", "b", "c") if c != held]
            coef = np.mean([SignConstrainedLogisticRegression(C=0.02 * factor * 2, class_weight="balanced")
                            .fit(X[corpus == c], y[corpus == c]).coef_[0] for c in others], axis=0)
            aucs.append(roc_auc_score(y[corpus == held], X[corpus == held] @ coef))
        assert model.C_scores_[factor] == pytest.approx(np.mean(aucs), abs=1e-9)
    best = max(C_FACTORS, key=lambda f: model.C_scores_[f])
    assert model.C_factor_ == best
    fits = per_corpus(X, y, corpus, C=0.02 * best * 3)
    np.testing.assert_allclose(model.coef_[0], np.mean([f.coef_[0] for f in fits], axis=0), atol=1e-10)


def test_warning_weights_stay_non_negative():
    X, y, corpus = corpora_matrix(seed=2)
    free = SignConstrainedLogisticRegression(C=1.0, class_weight="balanced", fit_by="corpus-average")
    free.fit(X, y, corpus=corpus)
    assert free.corpus_coef_[2, 1] < 0 < free.corpus_coef_[0, 1]  # corpus c pulls the warning negative
    model = SignConstrainedLogisticRegression(C=1.0, class_weight="balanced", nonnegative=[1],
                                              fit_by="corpus-average").fit(X, y, corpus=corpus)
    assert (model.corpus_coef_[:, 1] >= 0).all() and model.coef_[0, 1] >= 0
    assert model.corpus_coef_[2, 1] == 0.0  # pinned at the bound in corpus c, not averaged below it


def test_one_corpus_falls_back_to_the_pooled_fit_and_says_why():
    X, y, corpus = corpora_matrix(seed=3)
    a = corpus == "a"
    with pytest.warns(UserWarning, match="falls back to the pooled fit: 1 training corpus holds both classes"):
        model = SignConstrainedLogisticRegression(C=0.5, fit_by="corpus-average").fit(X[a], y[a], corpus=corpus[a])
    pooled = SignConstrainedLogisticRegression(C=0.5).fit(X[a], y[a])
    np.testing.assert_allclose(model.coef_, pooled.coef_)
    assert "nothing to average" in model.fallback_ and model.corpora_ == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no corpus at all (scikit-learn's own checks): the pooled fit, stated
        model = SignConstrainedLogisticRegression(fit_by="corpus-average").fit(X, y)
    assert model.fallback_ == "no corpus given for the training rows"


def test_a_corpus_with_one_class_is_left_out_of_the_average():
    X, y, corpus = corpora_matrix(seed=4)
    keep = (corpus != "c") | (y == 1)  # corpus c keeps only its fakes
    model = SignConstrainedLogisticRegression(fit_by="corpus-average", C_factors=(1.0,))
    model.fit(X[keep], y[keep], corpus=corpus[keep])
    assert model.corpora_ == ["a", "b"] and model.skipped_corpora_ == ["c"]
    with pytest.raises(ValueError, match="corpus names 3 rows"):
        model.fit(X, y, corpus=["a", "b", "c"])
    with pytest.raises(ValueError, match="fit_by must be one of"):
        SignConstrainedLogisticRegression(fit_by="median").fit(X, y)


def test_the_fits_the_command_line_offers_are_the_estimators():
    assert FITS == FIT_BY


def test_a_model_file_written_before_fit_by_loads_as_pooled(tmp_path):
    """An archive whose estimator state predates ``fit_by`` and ``C_factors`` loads as the pooled fit."""
    import skops.io as sio

    X, y, _ = corpora_matrix(seed=5)
    model = SignConstrainedLogisticRegression().fit(X, y)
    del model.fit_by, model.C_factors  # the state a model file written before these parameters holds
    path = tmp_path / "old.skops"
    sio.dump(model, path)
    loaded = sio.load(path, trusted=sio.get_untrusted_types(file=path))
    assert loaded.get_params()["fit_by"] == "pooled"
    np.testing.assert_allclose(loaded.decision_function(X), SignConstrainedLogisticRegression().fit(X, y)
                               .decision_function(X))


def test_the_shipped_model_names_its_fit():
    clf = load_model("models/default.skops").pipeline.named_steps["clf"]
    assert clf.get_params()["fit_by"] in FIT_BY and "SignConstrainedLogisticRegression" in repr(clf)


# --- the corpus reaches every fit of the harness -------------------------------------------------


def synthetic(corpora=("a", "b", "c", "d"), n=60, seed=0) -> tuple[Labelled, list[dict]]:
    """A warning count and a free feature whose link with the label differs by corpus."""
    rng = np.random.default_rng(seed)
    data = Labelled()
    signals = []
    for k, name in enumerate(corpora):
        for i in range(n):
            label = i % 2
            signals.append({
                "internal_contradiction": {"contradictions_per_1k_words": float(rng.gamma(2.0, 1.0 + label))},
                "readability": {"grade": float(rng.normal(10 + (k - 1.5) * label, 2))},
            })
            data.y.append(label)
            data.corpus.append(name)
            data.groups.append(f"{name}:{i // 2}")
            data.articles.append(Article(id=f"{name}:{i}", text=" ".join(["word"] * int(rng.integers(50, 900)))))
    return data, signals


class Recording(SignConstrainedLogisticRegression):
    """Records the corpora each fit was given (None: none reached it)."""

    seen: ClassVar[list[tuple[str, ...] | None]] = []

    def fit(self, X, y, sample_weight=None, corpus=None):
        Recording.seen.append(None if corpus is None else tuple(sorted(set(corpus))))
        return super().fit(X, y, sample_weight=sample_weight, corpus=corpus)


def recording_factory() -> Pipeline:
    names = ["internal_contradiction.contradictions_per_1k_words", "readability.grade"]
    return Pipeline([("vectorize", SignalVectorizer(names)),
                     ("clf", Recording(fit_by="corpus-average", nonnegative=[0], C_factors=(1.0,)))])


@pytest.mark.slow
def test_every_fit_of_the_evaluation_gets_its_training_corpora():
    data, signals = synthetic()
    Recording.seen = []
    report = evaluate(data, signals, recording_factory, models=("signals",))
    assert Recording.seen and None not in Recording.seen
    everything = ("a", "b", "c", "d")
    for held in everything:  # each held-out fit (and its calibration folds) averages the other three
        others = tuple(c for c in everything if c != held)
        assert Recording.seen.count(others) >= 6  # the fit and its 5 calibration folds
    assert Recording.seen.count(everything) >= 5  # the pooled out-of-fold table
    assert [r["corpus"] for r in report["loco"]] == list(everything)


@pytest.mark.slow
def test_fit_pipeline_hands_the_corpus_only_to_a_step_that_takes_it():
    from sklearn.linear_model import LogisticRegression

    data, signals = synthetic()
    y = np.asarray(data.y)
    Recording.seen = []
    fit_pipeline(recording_factory, signals, y, data.corpus)
    assert Recording.seen == [("a", "b", "c", "d")]

    def plain() -> Pipeline:
        return Pipeline([("vectorize", SignalVectorizer(["readability.grade"])), ("clf", LogisticRegression())])

    assert fit_pipeline(plain, signals, y, data.corpus).predict(signals[:2]).shape == (2,)
    # without the corpora a corpus-average fit is only the pooled one
    z_with = oof_decision(signals, y, data.groups, recording_factory, corpus=data.corpus)
    z_without = oof_decision(signals, y, data.groups, recording_factory)
    assert not np.allclose(z_with, z_without)


# --- train: the shipped model, its card, its files -----------------------------------------------


@pytest.fixture(scope="module")
def averaged():
    data, signals = synthetic(seed=5)
    return fit_combiner(data, signals, version="t", warnings={"internal_contradiction.contradictions_per_1k_words"},
                        evaluate=False, fit_by="corpus-average")


@pytest.mark.slow
def test_the_shipped_model_is_one_linear_model_in_the_usual_files(averaged, tmp_path):
    model, report = averaged
    clf = model.pipeline.named_steps["clf"]
    np.testing.assert_allclose(clf.coef_[0], clf.corpus_coef_.mean(axis=0))
    assert clf.corpora_ == ["a", "b", "c", "d"] and report["fit"] == "corpus-average"
    assert report["corpus_average"]["factor"] in C_FACTORS
    path = tmp_path / "m.skops"
    save_model(model, path)  # raises if the archive held a type the loader does not trust
    loaded = load_model(path)
    assert type(loaded.pipeline.named_steps["clf"]) is SignConstrainedLogisticRegression
    assert "scorer.linear.SignConstrainedLogisticRegression" in TRUSTED_TYPES
    compiled = load_compiled(path)
    assert compiled is not None
    _, signals = synthetic(seed=6, n=10)
    for row in signals:
        explained = compiled.explain(row)
        reference = model.explain(row)
        assert explained.score == pytest.approx(reference.score, abs=1e-12)
        logit = math.log(reference.score / (1 - reference.score))
        assert sum(c.contribution for c in reference.contributions) + reference.intercept == pytest.approx(logit)


@pytest.mark.slow
def test_the_card_records_the_fit_in_its_model_section_and_reproduce_lines(averaged):
    from scorer.fitting.card import model_card

    _, report = averaged
    report = dict(report, options=_options([], "linear", False, "corpus-average"))
    card = model_card(report, ["a.jsonl", "b.jsonl"], "t")
    model_section = card.split("## Model\n", 1)[1].split("## Training data", 1)[0]
    assert "Fit: **corpus average** (`--fit corpus-average`)" in model_section
    assert f"C = 0.02 × {report['corpus_average']['factor']:g} × 4" in model_section
    assert "| feature | average | a | b | c | d |" in model_section
    train_line, evaluate_line = (line for line in card.split("## Reproduce", 1)[1].splitlines()
                                 if line.startswith("misinfo-scorer"))
    assert train_line.endswith("--version-tag t --fit corpus-average --no-length")
    assert evaluate_line.endswith("--out models/EVALUATION.md --fit corpus-average --no-length")
    pooled = _options([], "linear", True)
    assert "--fit" not in pooled["train"] + pooled["evaluate"]


def test_too_few_corpora_or_the_additive_combiner_is_a_clear_error():
    data, signals = synthetic(corpora=("a", "b"))
    with pytest.raises(ValueError, match="needs at least 3 corpora; got 2 \\(a, b\\)"):
        fit_combiner(data, signals, version="t", evaluate=False, fit_by="corpus-average")
    data, signals = synthetic()
    with pytest.raises(ValueError, match="averages linear models: use it with --combiner linear"):
        fit_combiner(data, signals, version="t", evaluate=False, fit_by="corpus-average", combiner="additive")


@pytest.mark.slow
def test_the_commands_take_the_fit(tmp_path, capsys):
    import argparse

    from scorer.cli import main
    from scorer.fitting.commands import add_evaluate_parser, add_train_parser

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    add_train_parser(sub)
    add_evaluate_parser(sub)
    assert parser.parse_args(["train", "c.jsonl", "-o", "m.skops"]).fit_by == "pooled"
    assert parser.parse_args(["evaluate", "c.jsonl", "--fit", "corpus-average"]).fit_by == "corpus-average"
    with pytest.raises(SystemExit):
        parser.parse_args(["train", "c.jsonl", "-o", "m.skops", "--fit", "median"])
    corpus = tmp_path / "only.jsonl"
    corpus.write_text('{"id": "1", "text": "The council met.", "label": "credible"}\n'
                      '{"id": "2", "text": "Insiders reveal the hoax.", "label": "fake"}\n', encoding="utf-8")
    for command in (["train", str(corpus), "-o", str(tmp_path / "m.skops")], ["evaluate", str(corpus)]):
        assert main([*command, "--fit", "corpus-average"]) == 2
        assert "needs at least 3 corpora; got 1 (only)" in capsys.readouterr().err
    assert not (tmp_path / "m.skops").exists()


def test_the_evaluation_report_says_how_the_signal_combiners_were_fitted():
    from scorer.fitting.markdown import _intro

    report = {"models": ["signals"], "threshold": 0.5, "counts": {}, "dropped": {}}
    assert "corpus-average" not in "\n".join(_intro(report))
    assert "fitted `--fit corpus-average`" in "\n".join(_intro(dict(report, fit="corpus-average")))
