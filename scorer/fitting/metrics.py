"""Measures shared by fitting and evaluation: calibration (Platt on grouped out-of-fold decision
values), ROC-AUC, accuracy, false-positive rate, reliability tables, and the paired bootstrap of AUC
differences."""

from __future__ import annotations

import inspect
import itertools
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from scorer.fitting.data import Labelled

Factory = Callable[[], Any]

#: The models the signal model is compared with.
BASELINES = ("tfidf", "stylometry", "length")
DEFAULT_THRESHOLD = 0.5


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=float)


def platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt parameters ``(a, b)`` so that ``sigmoid(a * z + b)`` is calibrated on ``(z, y)``."""
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e6, max_iter=1000).fit(z.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def take(X: Sequence[Any], idx: np.ndarray) -> list[Any]:
    """The items of ``X`` at positions ``idx``."""
    return [X[i] for i in idx]


def fit_pipeline(factory: Factory, X: Sequence[Any], y: np.ndarray, corpus: Sequence[str] | None = None) -> Any:
    """``factory()`` fitted on ``X, y``. The training rows' corpora reach the final step when its ``fit``
    takes ``corpus`` (the corpus-average fit of ``scorer.linear``); other models never see them."""
    pipe = factory()
    return pipe.fit(list(X), y, **corpus_fit_params(pipe, corpus))


def corpus_fit_params(estimator: Any, corpus: Sequence[str] | None) -> dict[str, Any]:
    """The fit parameters that hand ``corpus`` to an estimator's (or a pipeline's last step's) ``fit``,
    or none when it takes no corpus."""
    if corpus is None:
        return {}
    steps = getattr(estimator, "steps", None)
    final = steps[-1][1] if steps else estimator
    if "corpus" not in inspect.signature(final.fit).parameters:
        return {}
    return {f"{steps[-1][0]}__corpus" if steps else "corpus": list(corpus)}


def oof_decision(
    X: Sequence[Any], y: np.ndarray, groups: Sequence[str], factory: Factory, folds: int = 5,
    corpus: Sequence[str] | None = None,
) -> np.ndarray:
    """Out-of-fold decision values from stratified folds grouped by ``groups`` (pairs stay together).

    :param corpus: each row's corpus, for a fit that uses it (:func:`fit_pipeline`).
    """
    from sklearn.model_selection import StratifiedGroupKFold

    oof = np.zeros(len(y))
    cv = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=0)
    for train, test in cv.split(np.zeros(len(y)), y, groups):
        pipe = fit_pipeline(factory, take(X, train), y[train], None if corpus is None else take(corpus, train))
        oof[test] = pipe.decision_function(take(X, test))
    return oof


#: Share of credible articles allowed at or above each band's threshold (its false-positive rate).
BAND_FPR = (("high", 0.02), ("medium", 0.15))


def bands_from_credible(credible_scores: np.ndarray) -> tuple[tuple[float, str], ...]:
    """Band thresholds set so that a known share of credible articles reaches each band.

    ``high`` is reached by 2% of credible articles (out-of-fold), ``medium`` by 15%: the band
    says how unusual a score is for credible reporting, whatever the training mix.
    """
    bands = [(round(float(np.quantile(credible_scores, 1 - fpr)), 3), label) for label, fpr in BAND_FPR]
    return (*bands, (0.0, "low"))


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
    X: Sequence[Any], y: np.ndarray, groups: Sequence[str], factory: Factory, folds: int = 5,
    corpus: Sequence[str] | None = None,
) -> Callable[[Sequence[Any]], np.ndarray]:
    """Fit on all of ``X``, Platt-calibrate on grouped out-of-fold decisions; returns ``predict_proba``.

    :param corpus: each row's corpus, for a fit that uses it (:func:`fit_pipeline`).
    """
    pipe = fit_pipeline(factory, X, y, corpus)
    a, b = platt(oof_decision(X, y, groups, factory, folds, corpus), y)

    def predict(X_new: Sequence[Any]) -> np.ndarray:
        return sigmoid(a * np.asarray(pipe.decision_function(list(X_new)), dtype=float) + b)

    return predict


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


def corpus_oof_decision(X: Sequence[Any], y: np.ndarray, corpora: Sequence[str], factory: Factory) -> np.ndarray:
    """Decision values of each corpus from a model trained on the other corpora (leave-one-corpus-out);
    NaN for a corpus whose others hold only one label (nothing to fit)."""
    names = np.asarray(corpora)
    z = np.full(len(y), np.nan)
    for c in sorted(set(names.tolist())):
        test, train = np.flatnonzero(names == c), np.flatnonzero(names != c)
        if len(set(y[train].tolist())) < 2:
            continue
        pipe = fit_pipeline(factory, take(X, train), y[train], names[train].tolist())
        z[test] = pipe.decision_function(take(X, test))
    return z
