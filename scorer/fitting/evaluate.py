"""Measuring the combiner against baselines, in one harness (``misinfo-scorer evaluate``).

Three models are trained and tested the same way, so their numbers can be set side by side:

- ``signals``: the combiner exactly as ``misinfo-scorer train`` builds it (same feature exclusions,
  warning constraints, Platt calibration on grouped out-of-fold decision values);
- ``tfidf``: a TF-IDF (word 1-2 grams) + logistic regression text classifier, what most open-source
  fake-news detectors are;
- ``length``: a length-only model (log word count), the confound to beat.

Each model is calibrated the same way (Platt on out-of-fold decision values of its training
data, folds grouped so pairs never straddle a fold) and scored at the same threshold (0.5).

The functions here take a :class:`scorer.fitting.data.Labelled`, the signals and the texts, and return
plain dicts; :func:`scorer.fitting.markdown.render_markdown` turns a report into the Markdown the command prints.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from scorer.fitting import confounds
from scorer.fitting.data import (
    DEFAULT_EXCLUDE,
    Labelled,
    combiner_columns,
    extract_signals,
    load_labelled,
    select_features,
    warning_features,
)
from scorer.fitting.metrics import (
    BAND_FPR,
    BASELINES,
    DEFAULT_THRESHOLD,
    Factory,
    auc_differences,
    bands_from_credible,
    corpus_oof_decision,
    fit_calibrated,
    fit_pipeline,
    mean_row,
    metrics,
    not_beaten,
    oof_decision,
    platt,
    reliability,
    sigmoid,
    take,
)
from scorer.fitting.pipeline import (
    DEFAULT_COMBINER,
    DEFAULT_FIT,
    check_corpora_for_fit,
    combiner_factory,
    length_variant,
    make_pipeline,
)
from scorer.model import CombinerModel, load_model
from scorer.scoring_model import prior_shift

#: The models of the headline table, in column order.
MODELS = ("signals", "tfidf", "length")

# --- the baselines ---------------------------------------------------------------------------


def tfidf_pipeline(C: float = 1.0, max_features: int = 50_000) -> Any:
    """TF-IDF (word 1-2 grams, sublinear tf, min_df 2) → logistic regression (balanced classes)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=max_features)),
            ("clf", LogisticRegression(C=C, class_weight="balanced", max_iter=2000)),
        ]
    )


def length_features(texts: Sequence[str]) -> list[dict[str, float]]:
    """The length-only model's one feature: log(1 + word count)."""
    return [{"length.log_words": float(np.log1p(len(t.split())))} for t in texts]


def length_pipeline() -> Any:
    """The length-only model: the combiner pipeline on log word count alone."""
    return make_pipeline(["length.log_words"])


def model_inputs(
    data: Labelled, signals: list[dict[str, Any]], factory: Factory, texts: Sequence[str] | None = None,
    models: Sequence[str] = MODELS, extra: Mapping[str, tuple[Sequence[Any], Factory]] | None = None,
) -> dict[str, tuple[Sequence[Any], Factory]]:
    """Each model's per-article input and pipeline factory (``extra``: more models, by name, after these)."""
    if texts is None and any(m in models for m in ("tfidf", "length")):
        texts = [a.text for a in data.articles]
    available: dict[str, Callable[[], tuple[Sequence[Any], Factory]]] = {
        "signals": lambda: (signals, factory),
        "tfidf": lambda: (list(texts or []), tfidf_pipeline),
        "length": lambda: (length_features(texts or []), length_pipeline),
    }
    unknown = [m for m in models if m not in available]
    if unknown:
        raise ValueError(f"unknown models: {unknown}")
    return {m: available[m]() for m in models} | dict(extra or {})


# --- the harness -----------------------------------------------------------------------------


def _loco(
    data: Labelled, inputs: dict[str, tuple[Sequence[Any], Factory]], folds: int = 5
) -> tuple[list[dict[str, Any]], dict[str, np.ndarray]]:
    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    groups = list(data.groups)
    rows: list[dict[str, Any]] = []
    preds = {name: np.full(len(y), np.nan) for name in inputs}
    for held in sorted(set(data.corpus)):
        test = np.flatnonzero(corpora == held)
        train = np.flatnonzero(corpora != held)
        if len(set(y[test].tolist())) < 2 or len(set(y[train].tolist())) < 2:
            continue  # AUC needs both classes in the test corpus; fitting needs both in training
        row: dict[str, Any] = {"corpus": held, "n": len(test), "fake": int(y[test].sum()),
                               "credible": int((y[test] == 0).sum())}
        for name, (X, make) in inputs.items():
            predict = fit_calibrated(take(X, train), y[train], take(groups, train), make, folds,
                                     corpora[train].tolist())
            p = predict(take(X, test))
            preds[name][test] = p
            row[name] = metrics(y[test], p)
        rows.append(row)
    return rows, preds


def leave_one_corpus_out(
    data: Labelled, signals: list[dict[str, Any]], factory: Factory, texts: Sequence[str] | None = None,
    models: Sequence[str] = MODELS,
) -> list[dict[str, Any]]:
    """Train on all corpora but one, test on it, for each model; one row per held-out corpus.

    A corpus whose articles all carry one label is skipped (no AUC, no FPR to speak of). Each row
    holds ``corpus``, ``n``, ``fake``, ``credible`` and, per model, the dict of :func:`metrics`.

    :param factory: builds the signal combiner's pipeline (as ``train`` does).
    :param texts: the article texts for the text baselines (default: ``data.articles``' texts).
    :param models: which of ``signals``, ``tfidf``, ``length`` to measure.
    """
    rows, _ = _loco(data, model_inputs(data, signals, factory, texts, models))
    return rows


def pooled_cv(
    data: Labelled, inputs: dict[str, tuple[Sequence[Any], Factory]], folds: int = 5
) -> dict[str, dict[str, Any]]:
    """Grouped k-fold out-of-fold metrics on the pooled corpora, per model (Platt fitted on the OOF values,
    as the shipped model's card reports them), overall and per corpus."""
    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    out: dict[str, dict[str, Any]] = {}
    for name, (X, make) in inputs.items():
        z = oof_decision(X, y, data.groups, make, folds, data.corpus)
        a, b = platt(z, y)
        p = sigmoid(a * z + b)
        out[name] = {
            "all": metrics(y, p),
            "per_corpus": {c: metrics(y[corpora == c], p[corpora == c]) for c in sorted(set(data.corpus))},
            "p": p,
        }
    return out


#: Calibration options compared on held-out corpora, in report order.
CALIBRATIONS = {
    "grouped folds (shipped)": "Platt on out-of-fold decision values from 5 grouped folds of the training corpora",
    "corpus folds": "Platt on leave-one-corpus-out decision values among the training corpora "
                    "(calibrates to how scores move on an unseen corpus)",
    "grouped folds + prior shift": "the shipped calibration moved to the held-out corpus's true share of fakes "
                                   "(`CombinerModel.for_base_rate`): what a newsroom gets once it knows its base rate",
}


@dataclass(frozen=True)
class HeldOutFit:
    """The signal model fitted without one corpus, and its calibrated scores there.

    ``shipped`` is the held-out corpus scored the way a shipped model scores (Platt on grouped
    out-of-fold decision values of the training corpora); ``corpus_folds`` the same decision values
    calibrated on leave-one-corpus-out values among the training corpora (None when that cannot be
    fitted); ``credible_oof`` the training corpora's credible articles scored out of fold with the
    shipped calibration, from which ``train`` would set the bands.
    """

    corpus: str
    test: np.ndarray
    shipped: np.ndarray
    corpus_folds: np.ndarray | None
    credible_oof: np.ndarray


def held_out_fits(data: Labelled, X: Sequence[Any], factory: Factory, folds: int = 5) -> list[HeldOutFit]:
    """Leave one corpus out and fit the signal model as ``train`` would, once per held-out corpus.

    A corpus is skipped when it holds one label only, or when fewer than two corpora are left to
    train on.
    """
    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    fits: list[HeldOutFit] = []
    for held in sorted(set(data.corpus)):
        test, train = np.flatnonzero(corpora == held), np.flatnonzero(corpora != held)
        if len(set(y[test].tolist())) < 2 or len(set(corpora[train].tolist())) < 2:
            continue
        Xtr = take(X, train)
        fitted_on = corpora[train].tolist()
        pipe = fit_pipeline(factory, Xtr, y[train], fitted_on)
        z_test = np.asarray(pipe.decision_function(take(X, test)), dtype=float)
        z_oof = oof_decision(Xtr, y[train], take(data.groups, train), factory, folds, fitted_on)
        a, b = platt(z_oof, y[train])
        corpus_p = None
        z_corpus = corpus_oof_decision(Xtr, y[train], fitted_on, factory)
        fitted = ~np.isnan(z_corpus)
        if len(set(y[train][fitted].tolist())) == 2:
            a2, b2 = platt(z_corpus[fitted], y[train][fitted])
            corpus_p = sigmoid(a2 * z_test + b2)
        fits.append(HeldOutFit(corpus=held, test=test, shipped=sigmoid(a * z_test + b), corpus_folds=corpus_p,
                               credible_oof=sigmoid(a * z_oof[y[train] == 0] + b)))
    return fits


def calibration_options(
    data: Labelled, X: Sequence[Any], factory: Factory, folds: int = 5, fits: Sequence[HeldOutFit] | None = None,
) -> dict[str, Any]:
    """Held-out calibration of the signal model under each of :data:`CALIBRATIONS`.

    Leave one corpus out; for each option, the held-out predictions are pooled and their
    reliability table and ECE reported, with the ECE per held-out corpus.

    :param fits: the held-out fits of :func:`held_out_fits`, when already made.
    """
    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    preds = {name: np.full(len(y), np.nan) for name in CALIBRATIONS}
    for fit in fits if fits is not None else held_out_fits(data, X, factory, folds):
        test, train = fit.test, np.flatnonzero(corpora != fit.corpus)
        preds["grouped folds (shipped)"][test] = fit.shipped
        if fit.corpus_folds is not None:
            preds["corpus folds"][test] = fit.corpus_folds
        preds["grouped folds + prior shift"][test] = prior_shift(fit.shipped, y[train].mean(), y[test].mean())
    out: dict[str, Any] = {}
    for name, p in preds.items():
        held = ~np.isnan(p)
        if not held.any():
            continue
        table, ece = reliability(p[held], y[held])
        per = {c: reliability(p[held & (corpora == c)], y[held & (corpora == c)])[1]
               for c in sorted(set(corpora[held].tolist()))}
        # no pooled AUC: across corpora it would reward knowing each corpus's base rate
        out[name] = {"ece": ece, "per_corpus": per, "reliability": table}
    return out


def held_out_bands(data: Labelled, fits: Sequence[HeldOutFit]) -> list[dict[str, Any]]:
    """The bands on corpora the model never saw: what a newsroom unlike the training corpora gets.

    For each held-out fit, the band thresholds are set from the training corpora's out-of-fold
    credible scores, exactly as ``train`` sets the shipped model's (:func:`bands_from_credible`),
    and applied to the held-out corpus: the share of its credible articles that reach each band (the
    false-positive rate the band promises to keep at :data:`BAND_FPR`) and the share of its fakes
    (recall). A prior shift moves scores and thresholds alike, so these hold at any base rate.

    Returns one row per held-out corpus and a last row ``all`` (the held-out articles pooled, each
    scored against its own fit's thresholds): ``corpus``, ``credible``, ``fake`` and per band
    ``{"threshold", "fpr", "recall"}`` (``threshold`` is None on the pooled row).
    """
    y = np.asarray(data.y)
    rows: list[dict[str, Any]] = []
    pooled: dict[str, list[np.ndarray]] = {label: [] for label, _ in BAND_FPR}
    pooled_y: list[np.ndarray] = []
    for fit in fits:
        yt = y[fit.test]
        row: dict[str, Any] = {"corpus": fit.corpus, "credible": int((yt == 0).sum()), "fake": int(yt.sum())}
        for threshold, label in bands_from_credible(fit.credible_oof):
            if threshold <= 0:
                continue
            reached = fit.shipped >= threshold
            row[label] = {"threshold": threshold, "fpr": float(reached[yt == 0].mean()),
                          "recall": float(reached[yt == 1].mean())}
            pooled[label].append(reached)
        pooled_y.append(yt)
        rows.append(row)
    if rows:
        yy = np.concatenate(pooled_y)
        row = {"corpus": "all", "credible": int((yy == 0).sum()), "fake": int(yy.sum())}
        for label, _ in BAND_FPR:
            reached = np.concatenate(pooled[label])
            row[label] = {"threshold": None, "fpr": float(reached[yy == 0].mean()),
                          "recall": float(reached[yy == 1].mean())}
        rows.append(row)
    return rows


def fixed_model_metrics(model: CombinerModel, data: Labelled, signals: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """A fitted model scored, without retraining, on every corpus (and all of them together)."""
    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    p = model.predict_proba(list(signals))
    return {
        "name": model.name,
        "version": model.version,
        "all": metrics(y, p),
        "per_corpus": {c: metrics(y[corpora == c], p[corpora == c]) for c in sorted(set(data.corpus))},
    }


def evaluate(
    data: Labelled,
    signals: list[dict[str, Any]],
    factory: Factory,
    texts: Sequence[str] | None = None,
    models: Sequence[str] = MODELS,
    folds: int = 5,
    fixed_model: CombinerModel | None = None,
    raw_signals: Sequence[Mapping[str, Any]] | None = None,
    extra: Mapping[str, tuple[Sequence[Any], Factory]] | None = None,
) -> dict[str, Any]:
    """The whole evaluation as a plain dict (see :func:`render_markdown`).

    :param extra: more models measured the same way, by name: input rows and pipeline factory (the
        signal model without its length feature, the generic-stylometry baseline).
    :param signals: the signal features the combiner is trained on (after exclusions).
    :param raw_signals: all signals, for ``fixed_model`` (default: ``signals``).
    """
    y = np.asarray(data.y)
    inputs = model_inputs(data, signals, factory, texts, models, extra)
    models = list(inputs)
    rows, preds = _loco(data, inputs, folds)
    report: dict[str, Any] = {
        "models": list(models),
        "threshold": DEFAULT_THRESHOLD,
        "counts": {c: {"fake": int(((np.asarray(data.corpus) == c) & (y == 1)).sum()),
                       "credible": int(((np.asarray(data.corpus) == c) & (y == 0)).sum())}
                   for c in sorted(set(data.corpus))},
        "dropped": dict(data.dropped),
        "loco": rows,
        "loco_mean": mean_row(rows, models) if rows else None,
        "skipped": sorted(set(data.corpus) - {r["corpus"] for r in rows}),
    }
    baselines = [b for b in BASELINES if b in models]
    if "signals" in models:
        report["not_beaten"] = not_beaten([*rows, *([report["loco_mean"]] if rows else [])],
                                          baselines=baselines)
    if "signals" in models and baselines and rows:
        report["auc_differences"] = auc_differences(data, preds, baselines=baselines)
    cv = pooled_cv(data, inputs, folds)
    report["cv"] = {m: {"all": v["all"], "per_corpus": v["per_corpus"]} for m, v in cv.items()}
    if "signals" in models:
        table, ece = reliability(cv["signals"]["p"], y)
        report["reliability"], report["ece"] = table, ece
        held = ~np.isnan(preds["signals"])
        if held.any():
            table, ece = reliability(preds["signals"][held], y[held])
            report["loco_reliability"], report["loco_ece"] = table, ece
    if "signals" in models:
        report.update(confound_report(data, inputs, preds, rows, raw_signals or signals, factory))
        fits = held_out_fits(data, signals, factory, folds)
        report["calibration_options"] = calibration_options(data, signals, factory, folds, fits=fits)
        report["held_out_bands"] = held_out_bands(data, fits)
    if fixed_model is not None:
        report["fixed_model"] = fixed_model_metrics(fixed_model, data, raw_signals or signals)
    return report


def confound_report(
    data: Labelled, inputs: dict[str, tuple[Sequence[Any], Factory]], preds: dict[str, np.ndarray],
    rows: list[dict[str, Any]], raw_signals: Sequence[Mapping[str, Any]], factory: Factory,
    publisher_models: Sequence[str] = ("signals", "length"),
) -> dict[str, Any]:
    """The confound guards of :mod:`scorer.fitting.confounds` on leave-one-corpus-out predictions.

    :param publisher_models: the models refitted for the publisher hold-out (TF-IDF is left out by
        default: one fit per publisher would dominate the run time).
    """
    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    words = confounds.word_counts([a.text for a in data.articles])
    loco_auc = {r["corpus"]: {m: r[m]["auc"] for m in inputs} for r in rows}
    features = [str(n) for n in factory().named_steps["vectorize"].features or []]
    return {
        "length": confounds.length_strata(y, corpora, words, preds),
        "length_correlation": confounds.length_correlation(y, corpora, words, preds["signals"]),
        "length_independence": confounds.length_independence(y, corpora, words, preds),
        "publisher": confounds.publisher_holdout(
            data, {m: inputs[m] for m in publisher_models if m in inputs}, loco_auc),
        "encoding": confounds.encoding_damage(y, corpora, raw_signals, features),
    }


def evaluate_corpora(
    corpora: Sequence[Path], *, cache: Path | None = None, model: Path | None = None,
    combiner: str = DEFAULT_COMBINER, length: bool = True, stylometry: bool = True, fit_by: str = DEFAULT_FIT,
    exclude: Sequence[str] = (),
) -> dict[str, Any]:
    """The whole of ``misinfo-scorer evaluate``: read labelled corpora, extract signals, and measure the
    signal model beside the TF-IDF and length baselines (see :func:`evaluate`).

    :param model: a fitted ``.skops`` model to score every corpus with as well, without retraining.
    :param combiner: the signal model's combiner (``linear`` or ``additive``), as ``train`` takes it.
    :param length: False leaves ``length.log_words`` out of the signal model; the model the other way
        is measured too (``signals_no_length`` or ``signals_with_length``).
    :param stylometry: measure the generic-stylometry baseline (one more parse of each article, cached).
    :param fit_by: ``pooled`` or ``corpus-average`` (one model per training corpus, averaged), as ``train``
        takes it; each held-out fit averages the training corpora's models (the length variant's too).
    :param exclude: globs of features left out of the signal model besides the default ones, as ``train --exclude``.
    :raises FileNotFoundError: a corpus file or the model file does not exist.
    :raises ValueError: the corpora do not hold both labels, or too few corpora for ``corpus-average``.
    """
    paths = [Path(p) for p in corpora]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"no such corpus file: {', '.join(missing)}")
    fixed = load_model(model) if model is not None else None
    data = load_labelled(paths)
    if len(set(data.y)) < 2:
        raise ValueError("the corpora need both labels (fake and credible) to be evaluated")
    check_corpora_for_fit(fit_by, data.corpus)
    print(f"evaluating on {len(data.articles)} articles; dropped {dict(data.dropped)}", file=sys.stderr)
    raw = extract_signals(data.articles, cache)
    signals = select_features(raw, [*DEFAULT_EXCLUDE, *exclude])
    declared = warning_features()
    columns = combiner_columns(signals, declared, length)
    factory = combiner_factory(signals, columns.warnings, combiner, columns.features, columns.rates, fit_by=fit_by)
    extra: dict[str, tuple[Sequence[Any], Factory]] = {}
    variant, variant_factory = length_variant(signals, declared, combiner, length, fit_by)
    extra[variant] = (signals, variant_factory)
    if stylometry:
        from scorer.fitting.stylometry import stylometry_pipeline, stylometry_signals

        rows = stylometry_signals(data, raw, cache)
        extra["stylometry"] = (rows, partial(stylometry_pipeline, rows))
    report = evaluate(data, signals, factory, fixed_model=fixed, raw_signals=raw, extra=extra)
    report["fit"] = fit_by
    return report
