"""Fitting the combiner on labelled corpora: weights, calibration, bands, and the report its card shows.

- the combiner is fitted on everything (impute → standardise and clip (ClippedScaler) → logistic regression);
- Platt calibration is fitted on out-of-fold decision values from grouped folds, so paired
  articles (a fake and the credible story it was written from) never straddle a fold;
- band thresholds come from the out-of-fold scores of the credible articles;
- leave-one-corpus-out evaluation trains on all corpora but one and tests on it, with a
  length-only model measured in the same run as the baseline to beat (the harness is
  ``scorer.fitting.evaluate``; ``misinfo-scorer evaluate`` adds a TF-IDF text baseline).

:func:`train` is the whole of ``misinfo-scorer train``: corpora in, model file (and card) out.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from scorer.fitting.card import model_card
from scorer.fitting.data import (
    DEFAULT_EXCLUDE,
    Labelled,
    combiner_columns,
    extract_signals,
    load_labelled,
    select_features,
    signal_versions,
    warning_features,
)
from scorer.fitting.evaluate import evaluate as run_evaluation
from scorer.fitting.metrics import (
    bands_from_credible,
    fit_pipeline,
    metrics,
    oof_decision,
    platt,
    reliability,
    sigmoid,
)
from scorer.fitting.pipeline import (
    DEFAULT_CLIP,
    DEFAULT_COMBINER,
    DEFAULT_FIT,
    Factory,
    check_corpora_for_fit,
    combiner_factory,
    length_variant,
)
from scorer.model import CombinerModel, save_model
from scorer.registry import build_registry


def fit_combiner(
    data: Labelled,
    signals: list[dict[str, Any]],
    version: str,
    warnings: Iterable[str] = (),
    evaluate: bool = True,
    raw_signals: list[dict[str, Any]] | None = None,
    combiner: str = DEFAULT_COMBINER,
    length: bool = True,
    fit_by: str = DEFAULT_FIT,
    signal_versions: Mapping[str, str] | None = None,
) -> tuple[CombinerModel, dict[str, Any]]:
    """Fit the shipped model on all data and measure it; returns the model and its report.

    Counts enter as rates per 1,000 words and length only as ``length.log_words``
    (:func:`scorer.fitting.data.combiner_columns`).

    :param warnings: declared warning features: weights >= 0 (linear) or shapes that never fall (additive).
    :param combiner: ``linear`` or ``additive`` (``scorer.fitting.pipeline.COMBINERS``).
    :param length: False leaves ``length.log_words`` out of the model.
    :param fit_by: ``pooled`` (one fit on every article) or ``corpus-average`` (one fit per corpus of
        ``data.corpus``, weights and intercepts averaged into one linear model; its C factor chosen
        leaving one training corpus out). Every fit here (the model, its out-of-fold calibration, the
        evaluation's held-out fits) is made the same way.
    :raises ValueError: ``corpus-average`` with fewer than three corpora, or with the additive combiner.
    :param evaluate: also run the evaluation harness (signal and length models: leave-one-corpus-out,
        confound guards, calibration options) for the model card.
    :param raw_signals: every signal before exclusions, for the encoding-damage guard (default: ``signals``).
    :param signal_versions: the version of each signal the features came from (name → version); the
        model keeps them so a host running other versions can say so (``scorer.drift``).
    """
    y = np.asarray(data.y)
    warnings = tuple(warnings)
    check_corpora_for_fit(fit_by, data.corpus)
    columns = combiner_columns(signals, warnings, length)
    factory = combiner_factory(signals, columns.warnings, combiner, columns.features, columns.rates, fit_by=fit_by)
    pipe = fit_pipeline(factory, signals, y, data.corpus)
    oof = oof_decision(signals, y, data.groups, factory, corpus=data.corpus)
    a, b = platt(oof, y)
    p_oof = sigmoid(a * oof + b)
    table, ece = reliability(p_oof, y)
    credible = y == 0
    bands = bands_from_credible(p_oof[credible])
    bands_table = [
        {"band": label, "threshold": thr, "fpr": float((p_oof[credible] >= thr).mean()),
         "recall": float((p_oof[~credible] >= thr).mean())}
        for thr, label in bands if thr > 0
    ]
    report: dict[str, Any] = {
        "trained": dt.date.today().isoformat(),
        "counts": {c: {"fake": int(((np.asarray(data.corpus) == c) & (y == 1)).sum()),
                       "credible": int(((np.asarray(data.corpus) == c) & (y == 0)).sum())}
                   for c in sorted(set(data.corpus))},
        "dropped": dict(data.dropped),
        "cv": metrics(y, p_oof),
        "cv_per_corpus": {
            c: metrics(y[np.asarray(data.corpus) == c], p_oof[np.asarray(data.corpus) == c])
            for c in sorted(set(data.corpus))
        },
        "reliability": table,
        "ece": ece,
        "bands": bands_table,
        "calibration": [a, b],
        "coefficients": _weights(pipe, signals),
        "combiner": combiner,
        "fit": fit_by,
        "length_feature": length,
        "rates": dict(columns.rates),
        "left_out": dict(columns.left_out),
        "signal_versions": dict(signal_versions or {}),
    }
    report["base_rate"] = float(y.mean())
    report["clip"] = DEFAULT_CLIP
    report["largest_contribution"] = _largest_contribution(pipe, signals, a)
    if fit_by == "corpus-average":
        report["corpus_average"] = corpus_average_report(pipe)
    if evaluate:
        extra: dict[str, tuple[list[dict[str, Any]], Factory]] = {}
        # the card reports the model with and without the length feature, whichever is shipped
        variant, variant_factory = length_variant(signals, warnings, combiner, length, fit_by)
        extra[variant] = (signals, variant_factory)
        report["evaluation"] = run_evaluation(data, signals, factory, models=("signals", "length"),
                                              raw_signals=raw_signals, extra=extra)
        report["loco"] = report["evaluation"]["loco"]
    model = CombinerModel(pipe, (a, b), name="default", version=version, trained=report["trained"],
                          bands=bands, card={"ece": ece, "cv_auc": report["cv"]["auc"],
                                                "base_rate": report["base_rate"],
                                                "signal_versions": dict(signal_versions or {})})
    return model, report


def corpus_average_report(pipe: Any, top: int = 10) -> dict[str, Any]:
    """What the card says of a corpus-average fit: the corpora averaged, the chosen C factor and each
    candidate's mean AUC leaving one training corpus out, and each corpus's own standardised weights of
    the ``top`` largest averaged ones (where the corpora agree, and where the average hides a split)."""
    clf = pipe.named_steps["clf"]
    names = pipe.named_steps["vectorize"].get_feature_names_out().tolist()
    order = np.argsort(-np.abs(clf.coef_[0]), kind="stable")[:top]
    return {
        "corpora": list(clf.corpora_),
        "factor": float(clf.C_factor_),
        "factors": {f"{f:g}": s for f, s in clf.C_scores_.items()},
        "skipped": list(clf.skipped_corpora_),
        "fallback": clf.fallback_,
        "intercepts": dict(zip(clf.corpora_, clf.corpus_intercept_.tolist(), strict=True)),
        "weights": [{"feature": names[j], "average": float(clf.coef_[0, j]),
                     "per_corpus": dict(zip(clf.corpora_, clf.corpus_coef_[:, j].tolist(), strict=True))}
                    for j in order],
    }


def _weights(pipe: Any, signals: list[dict[str, Any]]) -> list[tuple[str, float]]:
    """Per feature, largest first: the standardised weight (linear), or for the additive combiner the
    signed range of its shape over the training articles (how far it moves the log-odds from its lowest
    to its highest value; negative when it falls)."""
    steps = pipe.named_steps
    names = steps["vectorize"].get_feature_names_out().tolist()
    if "scale" in steps:
        weights = steps["clf"].coef_[0].tolist()
    else:
        X = steps["impute"].transform(steps["vectorize"].transform(signals))
        terms = steps["clf"].contributions(X)
        lo, hi = X.argmin(axis=0), X.argmax(axis=0)
        cols = np.arange(X.shape[1])
        weights = (terms[hi, cols] - terms[lo, cols]).tolist()
    return sorted(zip(names, weights, strict=True), key=lambda t: -abs(t[1]))


def _largest_contribution(pipe: Any, signals: list[dict[str, Any]], a: float) -> dict[str, Any]:
    """The largest single-feature contribution (calibrated log-odds) over the training articles, and
    the bound the robust scaling puts on any one feature (``2 · clip · |a · w|``)."""
    steps = pipe.named_steps
    if "scale" not in steps:  # additive: each shape is bounded by the sum of its rises
        X = steps["impute"].transform(steps["vectorize"].transform(signals))
        terms = a * steps["clf"].contributions(X)
        names = steps["vectorize"].get_feature_names_out()
        r, j = np.unravel_index(int(np.abs(terms).argmax()), terms.shape)
        spans = np.array([float(np.abs(rises).sum()) for rises in steps["clf"].rises_]) * abs(a)
        k = int(spans.argmax())
        rise = terms.max(axis=0) - np.median(terms, axis=0)
        m = int(rise.argmax())
        return {"feature": str(names[j]), "contribution": float(terms[r, j]),
                "p99": float(np.quantile(np.abs(terms).max(axis=1), 0.99)),
                "bound": float(spans[k]), "bound_feature": str(names[k]),
                "rise": float(rise[m]), "rise_feature": str(names[m])}
    Z = steps["scale"].transform(steps["impute"].transform(steps["vectorize"].transform(signals)))
    terms = a * Z * steps["clf"].coef_[0]
    names = steps["vectorize"].get_feature_names_out()
    r, j = np.unravel_index(int(np.abs(terms).argmax()), terms.shape)
    clip = getattr(steps["scale"], "clip", None)
    weights = a * steps["clf"].coef_[0]
    # how far each feature can push the score up from its typical (median) value: what one
    # unusual count, e.g. a single rare warning, can add at most
    typical = steps["scale"].transform(steps["impute"].statistics_.reshape(1, -1))[0]
    rise = np.where(weights > 0, weights * (clip - typical), -weights * (typical + clip)) if clip else weights * np.nan
    k = int(np.nanargmax(rise)) if clip else 0
    return {"feature": str(names[j]), "contribution": float(terms[r, j]),
            "p99": float(np.quantile(np.abs(terms).max(axis=1), 0.99)),
            "bound": float(2 * clip * np.abs(weights).max()) if clip else float("nan"),
            "bound_feature": str(names[int(np.abs(weights).argmax())]),
            "rise": float(rise[k]), "rise_feature": str(names[k])}


def train(
    corpora: Sequence[Path],
    output: Path,
    *,
    card: Path | None = None,
    cache: Path | None = None,
    version: str | None = None,
    exclude: Iterable[str] = (),
    combiner: str = DEFAULT_COMBINER,
    length: bool = True,
    fit_by: str = DEFAULT_FIT,
) -> tuple[CombinerModel, dict[str, Any]]:
    """Extract signals from labelled corpora, fit and measure the combiner, write it (and its card).

    :param corpora: labelled JSONL files (article fields plus ``label``).
    :param output: the ``.skops`` file to write; its compiled form is written beside it.
    :param card: where to write the model card, if anywhere.
    :param cache: a folder to cache extracted signals in between runs.
    :param version: the model version (default: today's date).
    :param exclude: globs of features to leave out, besides :data:`~scorer.fitting.data.DEFAULT_EXCLUDE`.
    :param combiner: ``linear`` or ``additive``.
    :param length: False leaves the one length feature (``length.log_words``) out of the model.
    :param fit_by: ``pooled`` or ``corpus-average`` (one model per corpus file, averaged).
    :raises FileNotFoundError: a corpus file does not exist.
    :raises ValueError: ``corpus-average`` with fewer than three corpora, or with the additive combiner.
    """
    paths = [Path(p) for p in corpora]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"no such corpus file: {', '.join(missing)}")
    data = load_labelled(paths)
    check_corpora_for_fit(fit_by, data.corpus)  # before the signals are extracted
    print(f"training on {len(data.articles)} articles; dropped {dict(data.dropped)}", file=sys.stderr)
    registry = build_registry()
    signals = extract_signals(data.articles, cache, registry=registry)
    version = version or dt.date.today().strftime("%Y.%m.%d")
    excluded = dict(DEFAULT_EXCLUDE)
    excluded.update({p: "excluded on the command line" for p in exclude})
    warnings = warning_features(registry)
    model, report = fit_combiner(data, select_features(signals, excluded), version, warnings, raw_signals=signals,
                                 combiner=combiner, length=length, fit_by=fit_by,
                                 signal_versions=signal_versions(registry))
    report["warnings"] = sorted(warnings)
    report["excluded"] = excluded
    report["options"] = _options(exclude, combiner, length, fit_by)
    save_model(model, output)
    if card is not None:
        card.write_text(model_card(report, [portable(str(p)) for p in corpora], version), encoding="utf-8")
    return model, report


def portable(path: str) -> str:
    """A corpus path as the card shows it: relative to the shared data folder when it is one."""
    parts = Path(path).parts
    if "shared" in parts:
        return str(Path("..", *parts[parts.index("shared"):]))
    return path


def _options(exclude: Iterable[str], combiner: str, length: bool, fit_by: str = DEFAULT_FIT) -> dict[str, str]:
    """The command-line options this training used, for the card's Reproduce lines: ``train`` takes
    all of them, ``evaluate`` the combiner, the fit and the length switch."""
    common = ((f" --combiner {combiner}" if combiner != "linear" else "")
              + (f" --fit {fit_by}" if fit_by != DEFAULT_FIT else "") + ("" if length else " --no-length"))
    return {"train": "".join(f" --exclude '{g}'" for g in exclude) + common, "evaluate": common}
