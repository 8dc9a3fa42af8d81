"""Measuring the combiner against baselines, in one harness (``misinfo-scorer evaluate``).

Three models are trained and tested the same way, so their numbers can be set side by side:

- ``signals``: the combiner exactly as ``misinfo-scorer train`` builds it (same feature exclusions,
  warning constraints, Platt calibration on grouped out-of-fold decision values);
- ``tfidf``: a TF-IDF (word 1-2 grams) + logistic regression text classifier, what most open-source
  fake-news detectors are;
- ``length``: a length-only model (log word count), the confound to beat.

Each model is calibrated the same way (Platt on out-of-fold decision values of its training
data, folds grouped so pairs never straddle a fold) and scored at the same threshold (0.5).

The functions here take a :class:`scorer.fitting.fit.Labelled`, the signals and the texts, and return
plain dicts; :func:`render_markdown` turns a report into the Markdown that the command prints.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from scorer.fitting.fit import Labelled
    from scorer.model import CombinerModel

Factory = Callable[[], Any]

#: The models of the headline table, in column order.
MODELS = ("signals", "tfidf", "length")
#: The models the signal model is compared with.
BASELINES = ("tfidf", "length")
#: Human-readable model names for the report.
MODEL_TITLES = {
    "signals": "signal combiner",
    "tfidf": "TF-IDF + logistic regression",
    "length": "length only (log word count)",
}
DEFAULT_THRESHOLD = 0.5


# --- building blocks -------------------------------------------------------------------------


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=float)


def platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt parameters ``(a, b)`` so that ``sigmoid(a * z + b)`` is calibrated on ``(z, y)``."""
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e6, max_iter=1000).fit(z.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def _take(X: Sequence[Any], idx: np.ndarray) -> list[Any]:
    return [X[i] for i in idx]


def oof_decision(
    X: Sequence[Any], y: np.ndarray, groups: Sequence[str], factory: Factory, folds: int = 5
) -> np.ndarray:
    """Out-of-fold decision values from stratified folds grouped by ``groups`` (pairs stay together)."""
    from sklearn.model_selection import StratifiedGroupKFold

    oof = np.zeros(len(y))
    cv = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=0)
    for train, test in cv.split(np.zeros(len(y)), y, groups):
        pipe = factory().fit(_take(X, train), y[train])
        oof[test] = pipe.decision_function(_take(X, test))
    return oof


def metrics(y: np.ndarray, p: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> dict[str, float]:
    """``n``, ROC-AUC (NaN with one class), accuracy and false-positive rate on credible articles."""
    from sklearn.metrics import roc_auc_score

    y = np.asarray(y)
    p = np.asarray(p, dtype=float)
    pred = p >= threshold
    credible = y == 0
    out: dict[str, float] = {
        "n": len(y),
        "accuracy": float((pred == y.astype(bool)).mean()) if len(y) else float("nan"),
        "fpr": float(pred[credible].mean()) if credible.any() else float("nan"),
    }
    out["auc"] = float(roc_auc_score(y, p)) if len(set(y.tolist())) == 2 else float("nan")
    return out


def reliability(p: np.ndarray, y: np.ndarray, bins: int = 10) -> tuple[list[dict[str, Any]], float]:
    """Reliability table (per equal-width bin: count, mean score, observed share) and the ECE."""
    edges = np.linspace(0, 1, bins + 1)
    rows: list[dict[str, Any]] = []
    ece = 0.0
    for lo, hi in itertools.pairwise(edges):
        mask = (p >= lo) & ((p < hi) if hi < 1 else (p <= hi))
        if not mask.any():
            continue
        mean_p, frac = float(p[mask].mean()), float(y[mask].mean())
        ece += mask.sum() / len(p) * abs(mean_p - frac)
        rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(mask.sum()), "mean_score": mean_p, "observed": frac})
    return rows, float(ece)


def fit_calibrated(
    X: Sequence[Any], y: np.ndarray, groups: Sequence[str], factory: Factory, folds: int = 5
) -> Callable[[Sequence[Any]], np.ndarray]:
    """Fit on all of ``X``, Platt-calibrate on grouped out-of-fold decisions; returns ``predict_proba``."""
    pipe = factory().fit(list(X), y)
    a, b = platt(oof_decision(X, y, groups, factory, folds), y)

    def predict(X_new: Sequence[Any]) -> np.ndarray:
        return sigmoid(a * np.asarray(pipe.decision_function(list(X_new)), dtype=float) + b)

    return predict


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
    from scorer.fitting.fit import make_pipeline

    return make_pipeline(["length.log_words"])


def model_inputs(
    data: Labelled, signals: list[dict[str, Any]], factory: Factory, texts: Sequence[str] | None = None,
    models: Sequence[str] = MODELS,
) -> dict[str, tuple[Sequence[Any], Factory]]:
    """Each model's per-article input and pipeline factory."""
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
    return {m: available[m]() for m in models}


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
            predict = fit_calibrated(_take(X, train), y[train], _take(groups, train), make, folds)
            p = predict(_take(X, test))
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


def mean_row(rows: list[dict[str, Any]], models: Sequence[str]) -> dict[str, Any]:
    """The unweighted mean over held-out corpora of each model's metrics (``n`` is the total)."""
    out: dict[str, Any] = {"corpus": "mean", "n": sum(r["n"] for r in rows)}
    for m in models:
        out[m] = {"n": out["n"]}
        for k in ("auc", "accuracy", "fpr"):
            values = [r[m][k] for r in rows if not math.isnan(r[m][k])]
            out[m][k] = float(np.mean(values)) if values else float("nan")
    return out


def not_beaten(
    rows: list[dict[str, Any]], model: str = "signals", baselines: Sequence[str] = BASELINES,
    keys: Sequence[str] = ("auc", "accuracy"),
) -> list[dict[str, Any]]:
    """Every (corpus, baseline, metric) where ``model`` is not better than the baseline.

    Higher is better for AUC and accuracy, lower for FPR. Ties count as "not better". NaNs are skipped.
    """
    found = []
    for row in rows:
        for base in baselines:
            if base not in row or model not in row:
                continue
            for key in keys:
                ours, theirs = row[model][key], row[base][key]
                if math.isnan(ours) or math.isnan(theirs):
                    continue
                worse = ours >= theirs if key == "fpr" else ours <= theirs
                if worse:
                    found.append({"corpus": row["corpus"], "baseline": base, "metric": key,
                                  model: ours, "baseline_value": theirs, "difference": ours - theirs})
    return found


#: Resamples for the paired bootstrap of AUC differences (seeded: the same data give the same intervals).
BOOTSTRAP = 1000


def _fast_auc(y: np.ndarray, p: np.ndarray) -> float:
    """ROC-AUC by ranks (ties averaged), NaN without both classes: what ``roc_auc_score`` gives,
    without its input checks, for the thousands of resamples a bootstrap needs."""
    from scipy.stats import rankdata

    pos = y == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if not n_pos or not n_neg:
        return float("nan")
    ranks = rankdata(p)
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def auc_differences(
    data: Labelled, preds: dict[str, np.ndarray], model: str = "signals", baselines: Sequence[str] = BASELINES,
    resamples: int = BOOTSTRAP, seed: int = 0,
) -> list[dict[str, Any]]:
    """``model``'s held-out AUC minus each baseline's, per held-out corpus and for their mean, with a
    95% paired bootstrap interval (articles resampled inside each corpus, both models scored on the same
    resample), so a gap smaller than the noise of a few hundred articles is not read as a result.

    :param preds: held-out (leave-one-corpus-out) probabilities per model, NaN where not held out.
    """
    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    rng = np.random.default_rng(seed)
    held = sorted(c for c in set(data.corpus) if not np.isnan(preds[model][corpora == c]).any())
    out: list[dict[str, Any]] = []
    for base in (b for b in baselines if b in preds):
        per: dict[str, np.ndarray] = {}
        point: dict[str, float] = {}
        for corpus in held:
            idx = np.flatnonzero(corpora == corpus)
            yc, pm, pb = y[idx], preds[model][idx], preds[base][idx]
            point[corpus] = _fast_auc(yc, pm) - _fast_auc(yc, pb)
            draws = rng.integers(0, len(idx), size=(resamples, len(idx)))
            per[corpus] = np.array([_fast_auc(yc[d], pm[d]) - _fast_auc(yc[d], pb[d]) for d in draws])
        for corpus in held:
            lo, hi = np.nanpercentile(per[corpus], [2.5, 97.5])
            out.append({"corpus": corpus, "baseline": base, "difference": point[corpus],
                        "low": float(lo), "high": float(hi)})
        if held:
            mean_draws = np.nanmean(np.vstack([per[c] for c in held]), axis=0)
            lo, hi = np.nanpercentile(mean_draws, [2.5, 97.5])
            out.append({"corpus": "mean", "baseline": base, "difference": float(np.mean(list(point.values()))),
                        "low": float(lo), "high": float(hi)})
    return out


def pooled_cv(
    data: Labelled, inputs: dict[str, tuple[Sequence[Any], Factory]], folds: int = 5
) -> dict[str, dict[str, Any]]:
    """Grouped k-fold out-of-fold metrics on the pooled corpora, per model (Platt fitted on the OOF values,
    as the shipped model's card reports them), overall and per corpus."""
    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    out: dict[str, dict[str, Any]] = {}
    for name, (X, make) in inputs.items():
        z = oof_decision(X, y, data.groups, make, folds)
        a, b = platt(z, y)
        p = sigmoid(a * z + b)
        out[name] = {
            "all": metrics(y, p),
            "per_corpus": {c: metrics(y[corpora == c], p[corpora == c]) for c in sorted(set(data.corpus))},
            "p": p,
        }
    return out


def corpus_oof_decision(X: Sequence[Any], y: np.ndarray, corpora: Sequence[str], factory: Factory) -> np.ndarray:
    """Decision values of each corpus from a model trained on the other corpora (leave-one-corpus-out)."""
    names = np.asarray(corpora)
    z = np.zeros(len(y))
    for c in sorted(set(names.tolist())):
        test, train = np.flatnonzero(names == c), np.flatnonzero(names != c)
        z[test] = factory().fit(_take(X, train), y[train]).decision_function(_take(X, test))
    return z


#: Calibration options compared on held-out corpora, in report order.
CALIBRATIONS = {
    "grouped folds (shipped)": "Platt on out-of-fold decision values from 5 grouped folds of the training corpora",
    "corpus folds": "Platt on leave-one-corpus-out decision values among the training corpora "
                    "(calibrates to how scores move on an unseen corpus)",
    "grouped folds + prior shift": "the shipped calibration moved to the held-out corpus's true share of fakes "
                                   "(`CombinerModel.for_base_rate`): what a newsroom gets once it knows its base rate",
}


def calibration_options(data: Labelled, X: Sequence[Any], factory: Factory, folds: int = 5) -> dict[str, Any]:
    """Held-out calibration of the signal model under each of :data:`CALIBRATIONS`.

    Leave one corpus out; for each option, the held-out predictions are pooled and their
    reliability table and ECE reported, with the ECE per held-out corpus.
    """
    from scorer.model import prior_shift

    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    preds = {name: np.full(len(y), np.nan) for name in CALIBRATIONS}
    for held in sorted(set(data.corpus)):
        test, train = np.flatnonzero(corpora == held), np.flatnonzero(corpora != held)
        if len(set(y[test].tolist())) < 2 or len(set(corpora[train].tolist())) < 2:
            continue
        Xtr = _take(X, train)
        z_test = np.asarray(factory().fit(Xtr, y[train]).decision_function(_take(X, test)), dtype=float)
        a, b = platt(oof_decision(Xtr, y[train], _take(data.groups, train), factory, folds), y[train])
        shipped = sigmoid(a * z_test + b)
        preds["grouped folds (shipped)"][test] = shipped
        a2, b2 = platt(corpus_oof_decision(Xtr, y[train], corpora[train].tolist(), factory), y[train])
        preds["corpus folds"][test] = sigmoid(a2 * z_test + b2)
        preds["grouped folds + prior shift"][test] = prior_shift(shipped, y[train].mean(), y[test].mean())
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
) -> dict[str, Any]:
    """The whole evaluation as a plain dict (see :func:`render_markdown`).

    :param signals: the signal features the combiner is trained on (after exclusions).
    :param raw_signals: all signals, for ``fixed_model`` (default: ``signals``).
    """
    y = np.asarray(data.y)
    inputs = model_inputs(data, signals, factory, texts, models)
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
        report["calibration_options"] = calibration_options(data, signals, factory, folds)
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
    from scorer.fitting import confounds

    y = np.asarray(data.y)
    corpora = np.asarray(data.corpus)
    words = confounds.word_counts([a.text for a in data.articles])
    loco_auc = {r["corpus"]: {m: r[m]["auc"] for m in inputs} for r in rows}
    features = [str(n) for n in factory().named_steps["vectorize"].features or []]
    return {
        "length": confounds.length_strata(y, corpora, words, preds),
        "length_correlation": confounds.length_correlation(y, corpora, words, preds["signals"]),
        "publisher": confounds.publisher_holdout(
            data, {m: inputs[m] for m in publisher_models if m in inputs}, loco_auc),
        "encoding": confounds.encoding_damage(y, corpora, raw_signals, features),
    }


# --- Markdown ----------------------------------------------------------------------------------


def _f(x: float) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def _metrics_table(title_col: str, named: list[tuple[str, dict[str, float]]]) -> list[str]:
    lines = [f"| {title_col} | n | ROC-AUC | accuracy | FPR on credible |", "|---|---|---|---|---|"]
    lines += [f"| {name} | {m['n']} | {_f(m['auc'])} | {_f(m['accuracy'])} | {_f(m['fpr'])} |" for name, m in named]
    return lines


def _reliability_table(rows: list[dict[str, Any]]) -> list[str]:
    lines = ["| score bin | n | mean score | share fake |", "|---|---|---|---|"]
    lines += [f"| {r['bin']} | {r['n']} | {r['mean_score']:.3f} | {r['observed']:.3f} |" for r in rows]
    return lines


def render_markdown(report: dict[str, Any], command: str | None = None) -> str:
    """The evaluation report as Markdown."""
    models: list[str] = report["models"]
    thr = report["threshold"]
    lines = ["# misinfo-scorer evaluation", ""]
    lines += ["Models, each trained and measured by the same harness (Platt calibration on grouped "
              f"out-of-fold decision values of its training data; threshold {thr}):", ""]
    lines += [f"- `{m}`: {MODEL_TITLES.get(m, m)}" for m in models]
    lines += ["", "## Data", "| corpus | fake | credible |", "|---|---|---|"]
    lines += [f"| {c} | {n['fake']} | {n['credible']} |" for c, n in report["counts"].items()]
    dropped = ", ".join(f"{v} {k}" for k, v in report["dropped"].items()) or "none"
    lines += ["", f"Dropped before evaluation: {dropped}.", ""]

    lines += ["## Leave one corpus out", "",
              "Each model is trained on all corpora but one and tested on the held-out corpus. "
              f"Accuracy and FPR (share of credible articles scored ≥ {thr}) at the default threshold.", ""]
    if report["loco"]:
        head = ["held-out corpus", "n"]
        for label in ("AUC", "acc.", "FPR"):
            head += [f"{m} {label}" for m in models]
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for row in [*report["loco"], report["loco_mean"]]:
            name = f"**{row['corpus']}**" if row["corpus"] == "mean" else row["corpus"]
            cells = [name, str(row["n"])]
            for key in ("auc", "accuracy", "fpr"):
                best = _best([row[m][key] for m in models], lower=key == "fpr")
                cells += [f"**{_f(row[m][key])}**" if i == best else _f(row[m][key]) for i, m in enumerate(models)]
            lines.append("| " + " | ".join(cells) + " |")
        lines += ["", "Best per metric in bold (mean: unweighted over held-out corpora)."]
    else:
        lines.append("No corpus could be held out (each needs both labels, and the rest both labels too).")
    if report["skipped"]:
        lines += ["", f"Skipped (one label only): {', '.join(report['skipped'])}."]

    if "not_beaten" in report:
        lines += ["", "### Where the signal model does not beat a baseline", "",
                  "Computed from the table above (AUC and accuracy; ties count; FPR is left out because "
                  "at a fixed threshold it trades off against recall):", ""]
        if report["not_beaten"]:
            for item in report["not_beaten"]:
                lines.append(
                    f"- {item['corpus']}: {item['metric']} {_f(item['signals'])} vs {item['baseline']} "
                    f"{_f(item['baseline_value'])} ({item['difference']:+.3f})"
                )
        else:
            lines.append("- nowhere: the signal model is ahead of every baseline on every held-out corpus.")

    if report.get("auc_differences"):
        lines += ["", "### How sure: AUC differences with bootstrap intervals", "",
                  f"Signal model's held-out AUC minus each baseline's, with a 95% paired bootstrap interval "
                  f"({BOOTSTRAP} resamples of the articles inside each held-out corpus; for the mean, the "
                  "per-corpus resamples averaged). An interval that spans 0 is a gap the data cannot tell "
                  "from noise.", "",
                  "| held-out corpus | baseline | signals − baseline AUC | 95% interval | verdict |",
                  "|---|---|---|---|---|"]
        for d in report["auc_differences"]:
            verdict = "signals better" if d["low"] > 0 else "baseline better" if d["high"] < 0 else "undecided"
            name = f"**{d['corpus']}**" if d["corpus"] == "mean" else d["corpus"]
            lines.append(f"| {name} | {d['baseline']} | {d['difference']:+.3f} | "
                         f"[{d['low']:+.3f}, {d['high']:+.3f}] | {verdict} |")

    lines += ["", "## Pooled, grouped 5-fold cross-validation", "",
              "All corpora together; folds grouped so a fake and the credible article it was written from "
              "never straddle a fold. Within-distribution figures: a model can learn a corpus's publishers "
              "and format here, so these overstate what carries to new sources.", ""]
    head = ["set", *[f"{m} AUC" for m in models], *[f"{m} acc." for m in models], *[f"{m} FPR" for m in models]]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    cv = report["cv"]
    names = ["all", *report["counts"]]
    for name in names:
        per = {m: cv[m]["all"] if name == "all" else cv[m]["per_corpus"][name] for m in models}
        cells = [name]
        for key in ("auc", "accuracy", "fpr"):
            cells += [_f(per[m][key]) for m in models]
        lines.append("| " + " | ".join(cells) + " |")

    if "ece" in report:
        lines += ["", "## Calibration of the signal model", "",
                  f"Expected calibration error, pooled out-of-fold (10 bins): **{report['ece']:.3f}**."]
        if "loco_ece" in report:
            lines.append(f"On held-out corpora (leave-one-corpus-out predictions pooled): "
                         f"**{report['loco_ece']:.3f}**.")
        lines += ["", "Pooled out-of-fold:", "", *_reliability_table(report["reliability"])]
        if "loco_reliability" in report:
            lines += ["", "Held-out corpora:", "", *_reliability_table(report["loco_reliability"])]

    if report.get("calibration_options"):
        opts = report["calibration_options"]
        corpora = sorted({c for o in opts.values() for c in o["per_corpus"]})
        lines += ["", "### Calibration options on held-out corpora", "",
                  "Leave one corpus out, the held-out predictions pooled. Most of the held-out error is the "
                  "class mix: the corpora run from "
                  + ", ".join(f"{c} {n['fake'] / max(1, n['fake'] + n['credible']):.0%}"
                              for c, n in report["counts"].items())
                  + " fake, and a probability calibrated to the training mix cannot know a new corpus's mix.", ""]
        lines += [f"- **{name}**: {CALIBRATIONS[name]}" for name in opts]
        head = ["option", "held-out ECE", *[f"ECE {c}" for c in corpora]]
        lines += ["", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for name, o in opts.items():
            lines.append("| " + " | ".join([name, f"**{o['ece']:.3f}**",
                                            *[_f(o["per_corpus"].get(c, float("nan"))) for c in corpora]]) + " |")
        for name, o in opts.items():
            lines += ["", f"Reliability, {name}:", "", *_reliability_table(o["reliability"])]

    from scorer.fitting.confounds import render_confounds

    confound_lines = render_confounds(report)
    if confound_lines:
        lines += ["", *confound_lines]

    if "fixed_model" in report:
        fm = report["fixed_model"]
        lines += ["", f"## Fixed model `{fm['name']}` {fm['version']} (no retraining)", ""]
        lines += _metrics_table("corpus", [("all", fm["all"]), *fm["per_corpus"].items()])

    if command:
        lines += ["", "## Reproduce", "```", command, "```"]
    return "\n".join(lines) + "\n"


def _best(values: list[float], lower: bool) -> int | None:
    valid = [(v, i) for i, v in enumerate(values) if not math.isnan(v)]
    if len(valid) < 2:
        return None
    return (min(valid) if lower else max(valid))[1]


# --- the command -------------------------------------------------------------------------------


def evaluate_command(args: argparse.Namespace) -> int:
    """``misinfo-scorer evaluate``: the leave-one-corpus-out table of the combiner and two baselines."""
    from scorer.errors import CLIError
    from scorer.fitting.fit import (
        DEFAULT_EXCLUDE,
        combiner_factory,
        extract_signals,
        load_labelled,
        select_features,
        warning_features,
    )

    paths = [Path(p) for p in args.corpora]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise CLIError(f"no such corpus file: {', '.join(missing)}")
    fixed = None
    if args.model:
        from scorer.model import load_model

        try:
            fixed = load_model(args.model)
        except FileNotFoundError as exc:
            raise CLIError(str(exc)) from exc
    data = load_labelled(paths)
    if len(set(data.y)) < 2:
        raise CLIError("the corpora need both labels (fake and credible) to be evaluated")
    print(f"evaluating on {len(data.articles)} articles; dropped {dict(data.dropped)}", file=sys.stderr)
    raw = extract_signals(data.articles, Path(args.cache) if args.cache else None)
    signals = select_features(raw, DEFAULT_EXCLUDE)
    factory = combiner_factory(signals, warning_features())
    report = evaluate(data, signals, factory, fixed_model=fixed, raw_signals=raw)
    command = "misinfo-scorer evaluate " + " ".join(args.corpora)
    if args.model:
        command += f" --model {args.model}"
    text = render_markdown(report, command)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


__all__ = [
    "BASELINES",
    "BOOTSTRAP",
    "CALIBRATIONS",
    "MODELS",
    "auc_differences",
    "calibration_options",
    "confound_report",
    "corpus_oof_decision",
    "evaluate",
    "evaluate_command",
    "fit_calibrated",
    "fixed_model_metrics",
    "leave_one_corpus_out",
    "length_features",
    "mean_row",
    "metrics",
    "not_beaten",
    "oof_decision",
    "platt",
    "pooled_cv",
    "reliability",
    "render_markdown",
    "sigmoid",
    "tfidf_pipeline",
]
