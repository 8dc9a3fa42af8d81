"""Which combiner settings carry to a corpus the model never saw? Chosen inside the training corpora only.

    python benchmarks/score_nested.py --cache DIR [--out FILE] [--configs NAME,...]

Leave one corpus out over the five training corpora. For every held-out corpus, each candidate
configuration (feature groups × per-feature transform × fit × C) is scored by *inner* leave-one-corpus-out
on the four training corpora alone (mean AUC over them); the configuration with the best inner mean is
fitted on the four and scores the held-out corpus. The held-out corpus never takes part in the choice,
so the ``nested`` row is an honest figure; every configuration's own leave-one-corpus-out AUCs are
printed too, so the table shows how many were compared (reading the best of those would not be honest).

The signals come from ``misinfo-scorer train/evaluate --cache DIR`` (the same cache, no re-parse); the
generic-stylometry rows from the evaluation's own cache in the same folder. Every model here is what
``train`` can ship: a per-feature monotone transform fitted on the training articles and one weight per
feature (warning features constrained to weights >= 0), so each feature's contribution stays exact.
Length (``length.log_words``) is never a column. Held-out decision values are used uncalibrated (AUCs are
rank-based); the length guards of ``scorer.fitting.confounds`` are applied to the nested predictions.

Measured 2026-11-30 on the 3,619 articles (signals of hedged_sourcing 0.6.0, internal_contradiction 0.6.0,
odd_phrasing 0.10.0, style 0.1.1; 21 configurations): the nested choice reaches mean AUC 0.696
(buzzfeed .792, celebrity .778, fa_kes .517, fakenewsamt .633, politifact .759) against the shipped
model's 0.690 (its own row here: ``shipped | clip | corpus-average``, the 2026.11.30.4 figures). The
choice inside the training corpora took the pooled fit in three of five folds; pooled fits fail the
within-corpus length bar (max |rho| 0.28-0.56). No configuration's own leave-one-corpus-out mean reaches
0.70 but one (0.700, ``+all stylometry | log-clip | corpus-average``), and that is a best-of-21. The
length-free generic-stylometry columns (Penn-tag and punctuation rates, word length, stop words, VADER of
the whole text) add about +0.005 to +0.01 of mean AUC, within the noise of a few hundred articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

CORPORA = ("fakenewsamt", "celebrity", "buzzfeed_webis_2016", "fakenewsnet_politifact_defend", "fa_kes")
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
#: Generic-stylometry features that grow with, or depend on, the article's length (left out).
STYLOMETRY_LENGTH = ("generic_stylometry.body_words", "generic_stylometry.body_log_words",
                     "generic_stylometry.body_type_token_ratio", "generic_stylometry.title_words",
                     "generic_stylometry.title_type_token_ratio")


@dataclass
class Matrices:
    X: np.ndarray
    names: list[str]
    warn: np.ndarray
    y: np.ndarray
    corpus: np.ndarray
    words: np.ndarray
    groups: np.ndarray


def load(cache: Path) -> Matrices:
    """Signals (``train``'s columns without length) and the length-free generic-stylometry columns."""
    from scorer.contract import flatten_signals
    from scorer.features import SignalVectorizer
    from scorer.fitting.confounds import word_counts
    from scorer.fitting.data import (
        DEFAULT_EXCLUDE,
        combiner_columns,
        extract_signals,
        load_labelled,
        select_features,
        warning_features,
    )
    from scorer.fitting.stylometry import stylometry_signals

    data = load_labelled([DATA / c / "articles.jsonl" for c in CORPORA])
    raw = extract_signals(data.articles, cache)
    signals = select_features(raw, DEFAULT_EXCLUDE)
    cols = combiner_columns(signals, warning_features(), length=False)
    X1 = SignalVectorizer(cols.features, rates=cols.rates).fit_transform(signals)
    sty = stylometry_signals(data, raw, cache)
    sty = [{k: v for k, v in flatten_signals(r).items()
            if k.startswith("generic_stylometry.") and k not in STYLOMETRY_LENGTH} for r in sty]
    snames = sorted({k for r in sty for k in r})
    X2 = SignalVectorizer(snames).fit_transform(sty)
    names = list(cols.features) + snames
    warn = np.array([n in cols.warnings for n in names])
    return Matrices(np.hstack([X1, X2]), names, warn, np.asarray(data.y), np.asarray(data.corpus),
                    word_counts([a.text for a in data.articles]), np.asarray(data.groups))


# --- feature groups ----------------------------------------------------------------------------------

PROFILE = {"nouns_per_1k", "proper_nouns_per_1k", "verbs_per_1k", "adjectives_per_1k", "numbers_per_1k",
           "interjections_per_1k", "articles_per_1k", "prepositions_per_1k", "conjunctions_per_1k",
           "auxiliary_verbs_per_1k", "modal_verbs_per_1k", "negations_per_1k", "adverbs_per_1k"}


def group_of(name: str) -> str:
    signal, _, feature = name.partition(".")
    if signal == "generic_stylometry":
        if feature.startswith("title_"):
            return "gs_title"
        if feature.startswith("body_tag_"):
            return "gs_tags"
        return "gs_body"  # punctuation classes, word length, stop words, caps, pronouns, VADER
    if signal in ("hedged_sourcing", "internal_contradiction", "odd_phrasing"):
        return "evidence"
    if signal == "readability":
        return "readability"
    if feature in PROFILE or feature.endswith("_pairs_per_1k"):
        return "style_profile"
    return "style_other"


SHIPPED = ("evidence", "readability", "style_profile", "style_other")
FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "shipped": SHIPPED,
    "+tags": (*SHIPPED, "gs_tags"),
    "+tags+body": (*SHIPPED, "gs_tags", "gs_body"),
    "+all stylometry": (*SHIPPED, "gs_tags", "gs_body", "gs_title"),
    "no evidence": ("readability", "style_profile", "style_other"),
}


# --- transforms (fitted on training rows) ------------------------------------------------------------


def fit_transform(kind: str, Xtr: np.ndarray) -> Any:
    """A per-feature monotone transform fitted on ``Xtr`` (median-imputed); returns ``apply(X)``."""
    from sklearn.impute import SimpleImputer

    from scorer.features import ClippedScaler

    imp = SimpleImputer(strategy="median", keep_empty_features=True).fit(Xtr)
    T = imp.transform(Xtr)
    if kind in ("clip", "log-clip"):  # clip: the shipped ClippedScaler (standardise, clip at 5); log-clip
        # takes log1p of the columns non-negative in training first
        sc = ClippedScaler(clip=5.0, log=kind == "log-clip").fit(T)
        return lambda X: sc.transform(imp.transform(X))
    if kind == "rank":  # empirical CDF (piecewise linear between training quantiles), centred, scaled
        from sklearn.preprocessing import QuantileTransformer

        qt = QuantileTransformer(n_quantiles=100, output_distribution="uniform").fit(T)
        return lambda X: (qt.transform(imp.transform(X)) - 0.5) * np.sqrt(12.0)
    raise ValueError(kind)


# --- fits --------------------------------------------------------------------------------------------


def fit_predict(fit: str, C: float, Ztr: np.ndarray, ytr: np.ndarray, ctr: np.ndarray, nonneg: list[int],
                Zte: np.ndarray) -> np.ndarray:
    from scorer.linear import SignConstrainedLogisticRegression

    sw = None
    by = "pooled"
    if fit == "corpus-average":
        by = "corpus-average"
    elif fit == "corpus-balanced":  # each (corpus, class) cell weighs the same
        sw = np.ones(len(ytr))
        for c in set(ctr.tolist()):
            for k in (0, 1):
                m = (ctr == c) & (ytr == k)
                sw[m] = 1.0 / max(m.sum(), 1)
        sw *= len(sw) / sw.sum()
    clf = SignConstrainedLogisticRegression(C=C, class_weight="balanced", nonnegative=nonneg, fit_by=by)
    clf.fit(Ztr, ytr, sample_weight=sw, corpus=ctr.tolist() if by != "pooled" else None)
    return np.asarray(clf.decision_function(Zte), dtype=float)


@dataclass(frozen=True)
class Config:
    features: str
    transform: str
    fit: str
    C: float

    @property
    def name(self) -> str:
        return f"{self.features} | {self.transform} | {self.fit} | C={self.C:g}"


def run(M: Matrices, cfg: Config, train: np.ndarray, test: np.ndarray) -> np.ndarray:
    groups = set(FEATURE_SETS[cfg.features])
    cols = np.array([group_of(n) in groups for n in M.names])
    Xtr, Xte = M.X[train][:, cols], M.X[test][:, cols]
    apply = fit_transform(cfg.transform, Xtr)
    nonneg = [int(i) for i in np.flatnonzero(M.warn[cols])]
    return fit_predict(cfg.fit, cfg.C, apply(Xtr), M.y[train], M.corpus[train], nonneg, apply(Xte))


def oof(M: Matrices, cfg: Config, rows: np.ndarray, folds: int = 5) -> np.ndarray:
    """Grouped out-of-fold decision values of ``rows`` (pairs never straddle a fold), as ``train`` makes them."""
    from sklearn.model_selection import StratifiedGroupKFold

    z = np.zeros(len(rows))
    cv = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=0)
    for tr, te in cv.split(np.zeros(len(rows)), M.y[rows], M.groups[rows]):
        z[te] = run(M, cfg, rows[tr], rows[te])
    return z


def calibration(M: Matrices, cfg: Config) -> dict[str, Any]:
    """What the card and the evaluation report of a configuration's calibration and bands: pooled
    out-of-fold ECE and the ``high`` band (2% of credible out-of-fold scores) with its recall on fakes;
    held out (leave one corpus out, Platt on the training corpora's grouped out-of-fold values), the
    ECE with the prior shift to each held-out corpus's share of fakes, and the high band's FPR and recall."""
    from scorer.fitting.metrics import platt, reliability, sigmoid
    from scorer.scoring_model import prior_shift

    every = np.arange(len(M.y))
    z = oof(M, cfg, every)
    a, b = platt(z, M.y)
    p = sigmoid(a * z + b)
    high = float(np.quantile(p[M.y == 0], 0.98))
    out: dict[str, Any] = {"oof_ece": reliability(p, M.y)[1], "high": high,
                           "high_recall_oof": float((p[M.y == 1] >= high).mean())}
    shifted = np.full(len(M.y), np.nan)
    held_high = np.zeros(len(M.y), dtype=bool)
    for c in sorted(set(M.corpus.tolist())):
        test, train = np.flatnonzero(M.corpus == c), np.flatnonzero(M.corpus != c)
        zt = oof(M, cfg, train)
        a, b = platt(zt, M.y[train])
        pt = sigmoid(a * zt + b)
        thr = float(np.quantile(pt[M.y[train] == 0], 0.98))
        ph = sigmoid(a * run(M, cfg, train, test) + b)
        held_high[test] = ph >= thr
        shifted[test] = prior_shift(ph, M.y[train].mean(), M.y[test].mean())
    out["heldout_ece_prior_shift"] = reliability(shifted, M.y)[1]
    out["heldout_high_fpr"] = float(held_high[M.y == 0].mean())
    out["heldout_high_recall"] = float(held_high[M.y == 1].mean())
    return out


def auc(y: np.ndarray, z: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, z))


def grid(names: Sequence[str] | None) -> list[Config]:
    transforms = ("clip", "log-clip", "rank")
    out = [Config(fs, tr, "corpus-average", 0.02)
           for fs in ("shipped", "+tags", "+tags+body", "+all stylometry") for tr in transforms]
    out += [Config(fs, tr, "pooled", 0.02) for fs in ("shipped", "+tags+body") for tr in transforms]
    out += [Config(fs, "log-clip", "corpus-balanced", 0.02) for fs in ("shipped", "+tags+body")]
    out += [Config("no evidence", "log-clip", "corpus-average", 0.02)]
    if names:
        out = [c for c in out if c.name in names]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--configs", help="configuration names joined by ';' (default: the whole grid)")
    ap.add_argument("--calibrate", action="store_true",
                    help="only the calibration and bands of each of --configs (no leave-one-corpus-out table)")
    args = ap.parse_args(argv)
    from scorer.fitting import confounds

    M = load(args.cache)
    if args.calibrate:
        for cfg in grid(args.configs.split(";") if args.configs else None):
            print(cfg.name, json.dumps(calibration(M, cfg)), flush=True)
        return 0
    configs = grid(args.configs.split(";") if args.configs else None)
    corpora = sorted(set(M.corpus.tolist()))
    outer: dict[str, np.ndarray] = {c.name: np.full(len(M.y), np.nan) for c in configs}
    inner: dict[str, dict[str, float]] = {c.name: {} for c in configs}
    nested = np.full(len(M.y), np.nan)
    chosen: dict[str, str] = {}
    t0 = time.time()
    for held in corpora:
        test, train = np.flatnonzero(M.corpus == held), np.flatnonzero(M.corpus != held)
        for cfg in configs:
            aucs = []
            for c in sorted(set(M.corpus[train].tolist())):
                itr, ite = train[M.corpus[train] != c], train[M.corpus[train] == c]
                aucs.append(auc(M.y[ite], run(M, cfg, itr, ite)))
            inner[cfg.name][held] = float(np.mean(aucs))
            outer[cfg.name][test] = run(M, cfg, train, test)
            print(f"[{time.time() - t0:6.0f}s] {held}: {cfg.name}: inner {np.mean(aucs):.3f} "
                  f"outer {auc(M.y[test], outer[cfg.name][test]):.3f}", file=sys.stderr, flush=True)
        best = max(configs, key=lambda c: inner[c.name][held])
        chosen[held] = best.name
        nested[test] = outer[best.name][test]
    results: dict[str, Any] = {"configs": {}, "chosen": chosen}
    preds = {**outer, "nested": nested}
    lengths = confounds.length_independence(M.y, M.corpus, M.words, preds)
    strata = confounds.length_strata(M.y, M.corpus, M.words, preds)
    for name, z in preds.items():
        per = {c: auc(M.y[M.corpus == c], z[M.corpus == c]) for c in corpora}
        results["configs"][name] = {
            "loco": per, "mean": float(np.mean(list(per.values()))),
            "inner": inner.get(name, {}),
            "quintiles": [row[name] for row in strata["pooled"]],
            "max_abs_rho": lengths["models"][name]["max_abs_spearman"],
            "matched": lengths["models"][name]["matched"],
            "matched_mean": lengths["models"][name]["matched_mean"],
        }
    short = {"buzzfeed_webis_2016": "buzz", "celebrity": "celeb", "fa_kes": "fakes", "fakenewsamt": "amt",
             "fakenewsnet_politifact_defend": "polit"}
    print("| configuration | " + " | ".join(short[c] for c in corpora)
          + " | mean | min quintile | max abs rho | matched mean |")
    print("|---" * (len(corpora) + 5) + "|")
    for name, r in results["configs"].items():
        print(f"| {name} | " + " | ".join(f"{r['loco'][c]:.3f}" for c in corpora)
              + f" | {r['mean']:.3f} | {min(r['quintiles']):.3f} | {r['max_abs_rho']:.3f} | {r['matched_mean']:.3f} |")
    print("chosen inside the training corpora:", json.dumps(chosen, indent=1))
    if args.out:
        args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
