"""Which features and which combiner make a score that is evidence rather than article length?

    python benchmarks/score_experiments.py --cache DIR [--processes 2] [--limit N] [--nested] [--out FILE]
    python benchmarks/score_experiments.py --cache TRAIN_CACHE --domain [--limit N] [--out FILE]

Leave-one-corpus-out on the five training corpora (each corpus held out in turn, the model trained
on the other four), for feature sets × combiners beside the baselines:

- feature sets: ``shipped`` (today's signal features, counts as they are, the shipped exclusions);
  ``evidence`` (the same features with every count that grows with length turned into a rate per
  1,000 words); ``style`` (the style signal); ``evidence+style``; each with and without the one
  declared length feature ``length.log_words``;
- combiners: ``linear`` (today's: ClippedScaler + sign-constrained logistic regression, C=0.02) and
  ``additive`` (``scorer.additive``: per-feature piecewise-linear shapes, warning shapes monotone);
- baselines: ``tfidf`` (the evaluation's TF-IDF + LR), ``stylometry`` (generic stylometry of the
  Horne & Adali 2017 / Pérez-Rosas et al. 2018 kind + readability, standardised, plain LR) and
  ``length`` (log words alone).

Reported per model: held-out AUC per corpus and their mean (the issue's bar: mean ≥ 0.72 and at or
above TF-IDF on 3 of 5), AUC inside pooled length quintiles (bar: every quintile ≥ 0.62), Spearman of
the held-out score with log words inside each corpus (bar: |ρ| ≤ 0.25 in each), and AUC on
length-matched fake/credible pairs inside each corpus (bar: ≥ 0.65). Then, for the evidence
features: what each signal adds (ablations) and each feature's length correlation and per-corpus AUC.

Features are computed once per article by the registered signals (``benchmarks/feature_cache.py``,
the same cache as ``misinfo-scorer train --cache``), in ``--processes`` processes; with a warm
cache the whole run is model fitting only. AUCs are rank-based, so held-out decision values are used
without calibration; ``--calibration`` adds the held-out ECE of the chosen models (Platt on grouped
folds, with and without a prior shift to the held-out corpus's share of fakes), as ``evaluate`` does.

``--nested`` chooses the additive combiner's settings inside each training set (leave one of the four
training corpora out), so the held-out corpus never takes part in the choice; without it the fixed
defaults below are used.

``--domain`` compares instead, on ``train``'s own columns without length (read from ``train``'s signal
cache), today's linear model with combiners from the domain-generalisation literature that know each
training article's corpus while fitting (:class:`Domain`): corpus-balanced sample weights, invariant
feature selection (a feature's direction must agree across the training corpora), one intercept per
training corpus, per-corpus models averaged, and a choice among them; every choice is made inside
the four training corpora. Per-corpus standardisation is not among them: the shipped model scores
one article alone. Measured 2026-11-30 on the 3,619 articles: none lifts the held-out mean AUC by
0.01 (today 0.684; corpus intercepts 0.687, per-corpus average 0.686, +0.003 and +0.001 with 95%
intervals spanning 0), but the intercepts and the average pass the quintile (Q2 0.635 / 0.639) and
within-corpus length bars (max |ρ| 0.11 / 0.12) that today's model fails (0.612, 0.29).
"""

from __future__ import annotations

import argparse
import fnmatch
import math
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from feature_cache import article_key, cached_signals
from harness import DATA

from scorer.additive import additive_pipeline
from scorer.contract import flatten_signals

CORPORA = ("fakenewsamt", "celebrity", "buzzfeed_webis_2016", "fakenewsnet_politifact_defend", "fa_kes")
EVIDENCE_PLUGINS = ("hedged_sourcing", "internal_contradiction", "odd_phrasing", "readability")
STYLE_PLUGINS = ("style", "length")
BASELINE_MODULES = ("generic_stylometry",)
LENGTH = "length.log_words"
#: Integer-valued evidence features that are not counts of things in the text.
NOT_COUNTS = ("odd_phrasing.typography_as_convention", "internal_contradiction.date_spread_days")
#: Counts whose rate the signal already reports: the count is dropped rather than turned into a rate.
HAS_RATE = {"hedged_sourcing.hedge_cues": "hedged_sourcing.hedge_cues_per_1k",
            "odd_phrasing.findings": "odd_phrasing.findings_per_1k_words"}
#: Fixed settings of the additive combiner (without --nested) and the grid --nested chooses from.
ADDITIVE = {"n_knots": 5, "C": 0.05, "smoothness": 3.0}
ADDITIVE_GRID = [{"n_knots": k, "C": c, "smoothness": 3.0} for k in (2, 3, 5) for c in (0.05, 0.5)]
#: The feature set and combiner the ablations start from (the recommended model).
ABLATION_BASE = "evidence+style"
#: Parts of the style signal, by feature name, for the ablations.
STYLE_PARTS = {
    "headline": lambda k: k.startswith("style.title_"),
    "voice (pronouns by person)": lambda k: k.split(".")[-1].startswith(
        ("first_person", "second_person", "third_person", "impersonal")),
    "emphasis (capitals, ! ?, superlatives, comparatives, adverbs)": lambda k: k.split(".")[-1] in {
        "all_caps_words_per_1k", "exclamation_marks_per_1k", "question_marks_per_1k", "superlatives_per_1k",
        "comparatives_per_1k", "adverbs_per_1k"},
    "sentiment (VADER)": lambda k: "sentiment" in k or k.endswith("_sentence_share"),
    "function words and part-of-speech profile": lambda k: k.split(".")[-1] in {
        "nouns_per_1k", "proper_nouns_per_1k", "verbs_per_1k", "adjectives_per_1k", "numbers_per_1k",
        "interjections_per_1k", "articles_per_1k", "prepositions_per_1k", "conjunctions_per_1k",
        "auxiliary_verbs_per_1k", "modal_verbs_per_1k", "negations_per_1k"} or k.endswith("_pairs_per_1k"),
    "quotation density and lexical diversity": lambda k: k in {"style.quoted_word_share",
                                                                "style.lexical_diversity_mtld"},
}
#: Models whose held-out calibration --calibration measures.
CALIBRATED = ("evidence+style linear", "evidence+style additive", "evidence+style+length linear")
#: Largest difference in log words between the two articles of a length-matched pair (about ±10%).
from scorer.fitting.confounds import MATCH_CALIPER  # noqa: E402  (the package's, for the report)

Factory = Callable[[], Any]


# --- data ------------------------------------------------------------------------------------------


def load(limit: int, seed: int = 0) -> Any:
    """The five corpora (``scorer.fitting.data.load_labelled``), optionally a seeded sample per corpus."""
    from scorer.fitting.data import load_labelled

    paths = [DATA / c / "articles.jsonl" for c in CORPORA]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"corpora not found: {missing} (../shared/data ships beside the repo)")
    data = load_labelled(paths)
    if not limit:
        return data
    rng = np.random.default_rng(seed)
    keep: list[int] = []
    corpus = np.asarray(data.corpus)
    for c in CORPORA:
        idx = np.flatnonzero(corpus == c)
        keep += sorted(rng.choice(idx, size=min(limit, len(idx)), replace=False).tolist())
    return subset(data, keep)


def subset(data: Any, keep: Sequence[int]) -> Any:
    """The articles of ``data`` at the indices ``keep``, in that order."""
    from scorer.fitting.data import Labelled

    out = Labelled(dropped=data.dropped)
    for i in keep:
        out.articles.append(data.articles[i])
        out.y.append(data.y[i])
        out.corpus.append(data.corpus[i])
        out.groups.append(data.groups[i])
    return out


def words_of(texts: Sequence[str]) -> np.ndarray:
    return np.asarray([len(t.split()) for t in texts], dtype=float)


# --- feature sets --------------------------------------------------------------------------------


def excluded(name: str) -> bool:
    from scorer.fitting.data import DEFAULT_EXCLUDE

    return any(fnmatch.fnmatchcase(name, p) for p in DEFAULT_EXCLUDE)


def count_features(rows: Sequence[dict[str, float]]) -> list[str]:
    """Evidence features that are counts (integer-valued everywhere, not in :data:`NOT_COUNTS`)."""
    names = sorted({k for r in rows for k in r})
    return [n for n in names if n not in NOT_COUNTS
            and all(float(r[n]).is_integer() for r in rows if n in r)]


def as_rates(rows: Sequence[dict[str, float]], words: np.ndarray, counts: Sequence[str]) -> list[dict[str, float]]:
    """Each count turned into a rate per 1,000 words (``<name>_per_1k``); counts with a rate already dropped."""
    counts = set(counts)
    out = []
    for row, n in zip(rows, words, strict=True):
        new: dict[str, float] = {}
        for k, v in row.items():
            if k in HAS_RATE:
                continue
            if k in counts:
                new[f"{k}_per_1k"] = 1000.0 * v / n if n else 0.0
            else:
                new[k] = v
        out.append(new)
    return out


def feature_sets(evidence: Sequence[Any], style: Sequence[Any], words: np.ndarray
                 ) -> tuple[dict[str, list[dict[str, float]]], list[str]]:
    """Every feature set by name (flat ``signal.feature`` rows), and the evidence counts converted."""
    flat_ev = [{k: v for k, v in flatten_signals(r).items() if not excluded(k)} for r in evidence]
    flat_style = [flatten_signals(r) for r in style]
    counts = count_features(flat_ev)
    rates = as_rates(flat_ev, words, counts)
    sty = [{k: v for k, v in r.items() if k.startswith("style.")} for r in flat_style]
    length = [{LENGTH: r[LENGTH]} if LENGTH in r else {} for r in flat_style]
    stylometry = [{k: v for k, v in r.items() if k.startswith("generic_stylometry.")}
                  | {k: v for k, v in e.items() if k.startswith("readability.")}
                  for r, e in zip(flat_style, flat_ev, strict=True)]
    sets = {
        "shipped": flat_ev,
        "evidence": rates,
        "style": sty,
        "evidence+style": [a | b for a, b in zip(rates, sty, strict=True)],
        "length": length,
        "stylometry": stylometry,
    }
    for name in ("evidence", "style", "evidence+style"):
        sets[f"{name}+length"] = [a | b for a, b in zip(sets[name], length, strict=True)]
    return sets, counts


def ablation_groups() -> list[tuple[str, Callable[[str], bool] | None, Callable[[str], bool] | None]]:
    """(label, features to drop, features to keep alone) for each ablation of the base model."""
    groups: list[tuple[str, Callable[[str], bool] | None, Callable[[str], bool] | None]] = [
        ("all (base)", lambda k: False, None)]
    for signal in ("hedged_sourcing", "internal_contradiction", "odd_phrasing", "readability", "style"):
        groups.append((f"without {signal}", partial(_in_signal, signal), None))
        groups.append((f"{signal} alone", None, partial(_in_signal, signal)))
    for part, test in STYLE_PARTS.items():
        groups.append((f"without style: {part}", test, None))
    return groups


def _in_signal(signal: str, name: str) -> bool:
    return name.startswith(signal + ".")


def warnings_for(names: Sequence[str], declared: set[str]) -> set[str]:
    """Declared warning features, and the rates made from declared warning counts."""
    return {n for n in names if n in declared or (n.endswith("_per_1k") and n[: -len("_per_1k")] in declared)}


# --- models --------------------------------------------------------------------------------------


def names_of(rows: Sequence[dict[str, float]]) -> list[str]:
    return sorted({k for r in rows for k in r})


def linear_factory(rows: Sequence[dict[str, float]], declared: set[str]) -> Factory:
    from scorer.fitting.pipeline import make_pipeline

    names = names_of(rows)
    return partial(make_pipeline, names, tuple(warnings_for(names, declared)))


def additive_factory(rows: Sequence[dict[str, float]], declared: set[str], **settings: Any) -> Factory:
    names = names_of(rows)
    return partial(additive_pipeline, names, tuple(warnings_for(names, declared)), **(ADDITIVE | settings))


class Nested:
    """A factory whose settings are chosen on the training data alone: for each candidate in ``grid``,
    the mean AUC of leaving one training corpus out; the best is fitted on all the training data."""

    def __init__(self, rows: Sequence[dict[str, float]], declared: set[str], corpora: Sequence[str],
                 grid: Sequence[dict[str, Any]]) -> None:
        self.rows, self.declared, self.corpora, self.grid = rows, declared, np.asarray(corpora), grid
        self.chosen: list[dict[str, Any]] = []

    def fit_predict(self, train: np.ndarray, test: np.ndarray, y: np.ndarray) -> np.ndarray:
        from sklearn.metrics import roc_auc_score

        best, best_auc = self.grid[0], -1.0
        inner = self.corpora[train]
        for settings in self.grid:
            make = additive_factory(self.rows, self.declared, **settings)
            aucs = []
            for c in sorted(set(inner.tolist())):
                tr, te = train[inner != c], train[inner == c]
                if len(set(y[te].tolist())) < 2:
                    continue
                z = make().fit(take(self.rows, tr), y[tr]).decision_function(take(self.rows, te))
                aucs.append(roc_auc_score(y[te], z))
            if np.mean(aucs) > best_auc:
                best, best_auc = settings, float(np.mean(aucs))
        self.chosen.append(best)
        make = additive_factory(self.rows, self.declared, **best)
        return np.asarray(make().fit(take(self.rows, train), y[train]).decision_function(take(self.rows, test)))


def take(X: Sequence[Any], idx: np.ndarray) -> list[Any]:
    return [X[int(i)] for i in idx]


def loco(X: Sequence[Any], make: Factory | Nested | Domain, y: np.ndarray, corpus: np.ndarray) -> np.ndarray:
    """Held-out decision values: each corpus scored by a model trained on the others."""
    z = np.full(len(y), np.nan)
    for c in sorted(set(corpus.tolist())):
        test, train = np.flatnonzero(corpus == c), np.flatnonzero(corpus != c)
        if isinstance(make, (Nested, Domain)):
            z[test] = make.fit_predict(train, test, y)
        else:
            z[test] = np.asarray(make().fit(take(X, train), y[train]).decision_function(take(X, test)), dtype=float)
    return z


# --- domain generalisation: combiners that know each training article's corpus -------------------

#: The feature set the domain-generalisation combiners start from: ``train``'s own columns without the
#: length feature (``combiner_columns``), i.e. the shipped model (``train --no-length``).
DOMAIN_BASE = "signals"
#: The methods ``--domain`` compares (see :class:`Domain`), each beside today's ``signals linear``.
DOMAIN_METHODS = ("balanced", "sqrt-balanced", "invariant", "invariant balanced", "intercepts", "average",
                  "average C chosen", "nested")
#: Multiples of C=0.02 the ``average C chosen`` method chooses among inside the training corpora.
AVERAGE_C_GRID = (0.25, 1.0, 4.0)
#: Candidates the ``invariant`` method chooses among inside the training corpora: in how many training
#: corpora a feature's univariate AUC must lie on its majority side of 0.5 (``any``: every feature kept).
INVARIANT_GRID = ("any", "all but one", "all")
#: Candidates the ``nested`` method chooses among inside the training corpora.
NESTED_METHODS = ("pooled", "balanced", "intercepts", "average")


def signal_rows(signals: Sequence[Any]) -> tuple[list[dict[str, float]], list[str], dict[str, str]]:
    """Rows, columns and count → rate map exactly as ``train --no-length`` builds them from every
    installed signal (``extract_signals``)."""
    from scorer.fitting.data import DEFAULT_EXCLUDE, combiner_columns, select_features, warning_features

    rows = select_features(list(signals), DEFAULT_EXCLUDE)
    cols = combiner_columns(rows, warning_features(), length=False)
    return rows, cols.features, cols.rates


def corpus_class_weights(corpus: np.ndarray, y: np.ndarray, power: float = 1.0) -> np.ndarray:
    """Sample weights under which every (corpus, class) cell weighs the same (``power`` 1), or weighs
    the square root of its size (``power`` 0.5, halfway to the pooled fit); mean weight 1."""
    w = np.ones(len(y))
    for c in set(corpus.tolist()):
        for k in (0, 1):
            m = (corpus == c) & (y == k)
            if m.any():
                w[m] = 1.0 / m.sum() ** power
    return w * len(w) / w.sum()


def sign_agreement(Z: np.ndarray, y: np.ndarray, corpus: np.ndarray) -> np.ndarray:
    """Per feature, how many corpora agree with the majority side of 0.5 of its univariate AUC
    (fake-high); a feature constant in a corpus counts as disagreeing there."""
    from scipy.stats import rankdata

    sides = []
    for c in sorted(set(corpus.tolist())):
        m = corpus == c
        yc, Zc = y[m], Z[m]
        n1 = yc.sum()
        n0 = len(yc) - n1
        ranks = np.apply_along_axis(rankdata, 0, Zc)
        a = (ranks[yc == 1].sum(axis=0) - n1 * (n1 + 1) / 2) / (n1 * n0)
        sides.append(np.where(Zc.std(axis=0) > 0, np.sign(a - 0.5), 0.0))
    S = np.vstack(sides)
    return np.maximum((S > 0).sum(axis=0), (S < 0).sum(axis=0))


class Domain:
    """Today's linear combiner (``make_pipeline``: impute → ClippedScaler → sign-constrained logistic
    regression, C=0.02), fitted with each training article's corpus known. The shipped model scores one
    article alone, so the corpus is used only while fitting; every method yields one linear model.

    - ``pooled``: today's fit (every article weighs the same; classes balanced).
    - ``balanced`` / ``sqrt-balanced``: sample weights making each (corpus, class) weigh the same, or
      the square root of its size (buzzfeed holds 1,488 of the 3,619 articles).
    - ``invariant``: keep only features whose univariate AUC lies on the same side of 0.5 in the
      training corpora (all of them, or all but one), chosen inside the training corpora; with
      ``balanced`` weights on top for ``invariant balanced``.
    - ``intercepts``: one intercept per training corpus (conditional logistic regression stratified by
      corpus), so the weights learn only differences inside a corpus, not between corpora whose share
      of fakes and style differ; the shipped intercept is their mean (calibration resets it anyway).
    - ``average``: one model per training corpus on the pooled scaling (C × the number of corpora, so a
      corpus of average size is penalised as in the pooled fit), weights averaged: every corpus has
      one vote, and a weight whose sign flips between corpora shrinks.
    - ``average C chosen``: ``average`` with C times one of :data:`AVERAGE_C_GRID`, chosen inside the
      training corpora.
    - ``nested``: the method among :data:`NESTED_METHODS` with the best mean AUC leaving one training
      corpus out at a time, refitted on all training corpora.
    """

    def __init__(self, rows: Sequence[dict[str, float]], features: Sequence[str], rates: dict[str, str],
                 declared: set[str], corpora: Sequence[str], method: str) -> None:
        self.rows, self.features, self.rates, self.method = rows, list(features), rates, method
        self.warnings = tuple(f for f in self.features if f in declared or rates.get(f) in declared)
        self.corpora = np.asarray(corpora)
        self.chosen: list[str] = []
        self._front: dict[tuple[int, ...], tuple[Any, np.ndarray]] = {}

    def front(self, train: np.ndarray) -> tuple[Any, np.ndarray]:
        """Vectorize → impute → scale fitted on ``train`` (cached per training set), and its matrix."""
        key = tuple(train.tolist())
        if key not in self._front:
            from scorer.fitting.pipeline import make_pipeline

            pipe = make_pipeline(self.features, self.warnings, rates=self.rates)[:-1]
            Z = pipe.fit_transform(take(self.rows, train))
            self._front = {key: (pipe, Z)} | dict(list(self._front.items())[:8])
        return self._front[key]

    def fit(self, train: np.ndarray, y: np.ndarray, method: str) -> Callable[[np.ndarray], np.ndarray]:
        """``method`` fitted on the articles ``train``; returns the decision function on indices."""
        from scorer.fitting.pipeline import DEFAULT_C
        from scorer.linear import SignConstrainedLogisticRegression

        pipe, Z = self.front(train)
        yt, ct = y[train], self.corpora[train]
        nonneg = [i for i, f in enumerate(self.features) if f in self.warnings]
        keep = np.arange(Z.shape[1])
        weights = None
        if method in ("invariant", "invariant balanced"):  # the agreement rule chosen inside the training corpora
            suffix = method.removeprefix("invariant")
            return self.fit(train, y, self.choose(train, y, [f"invariant {r}{suffix}" for r in INVARIANT_GRID]))
        if method.startswith("invariant "):
            k = len(set(ct.tolist()))
            need = {"any": 0, "all but one": k - 1, "all": k}[method.removeprefix("invariant ").removesuffix(
                " balanced")]
            keep = np.flatnonzero(sign_agreement(Z, yt, ct) >= need)
            if method.endswith(" balanced"):
                weights = corpus_class_weights(ct, yt)
        elif method == "balanced":
            weights = corpus_class_weights(ct, yt)
        elif method == "sqrt-balanced":
            weights = corpus_class_weights(ct, yt, power=0.5)
        elif method == "nested":
            return self.fit(train, y, self.choose(train, y, NESTED_METHODS))
        elif method == "average C chosen":
            return self.fit(train, y, self.choose(train, y, [f"average C×{f:g}" for f in AVERAGE_C_GRID]))
        sub = [keep.tolist().index(i) for i in nonneg if i in keep]
        if method == "intercepts":
            names = sorted(set(ct.tolist()))
            onehot = (ct[:, None] == np.asarray(names)[None, :]).astype(float) * INTERCEPT_SCALE
            clf = SignConstrainedLogisticRegression(C=DEFAULT_C, class_weight="balanced", nonnegative=sub)
            clf.fit(np.hstack([Z[:, keep], onehot]), yt, sample_weight=weights)
            coef = clf.coef_[0][: len(keep)]
            b = float(clf.intercept_[0] + np.mean(clf.coef_[0][len(keep):]) * INTERCEPT_SCALE)
        elif method.startswith("average"):
            factor = float(method.split("×")[1]) if "×" in method else 1.0
            coefs, bs = [], []
            names = sorted(set(ct.tolist()))
            for c in names:
                m = ct == c
                clf = SignConstrainedLogisticRegression(C=DEFAULT_C * factor * len(names), class_weight="balanced",
                                                        nonnegative=sub).fit(Z[m][:, keep], yt[m])
                coefs.append(clf.coef_[0])
                bs.append(clf.intercept_[0])
            coef, b = np.mean(coefs, axis=0), float(np.mean(bs))
        else:
            clf = SignConstrainedLogisticRegression(C=DEFAULT_C, class_weight="balanced", nonnegative=sub)
            clf.fit(Z[:, keep], yt, sample_weight=weights)
            coef, b = clf.coef_[0], float(clf.intercept_[0])
        return lambda idx: pipe.transform(take(self.rows, idx))[:, keep] @ coef + b

    def choose(self, train: np.ndarray, y: np.ndarray, candidates: Sequence[str]) -> str:
        """The candidate with the best mean AUC leaving one training corpus out at a time."""
        inner = self.corpora[train]
        best, best_auc = candidates[0], -1.0
        for cand in candidates:
            aucs = []
            for c in sorted(set(inner.tolist())):
                tr, te = train[inner != c], train[inner == c]
                aucs.append(auc(y[te], self.fit(tr, y, cand)(te)))
            if np.mean(aucs) > best_auc:
                best, best_auc = cand, float(np.mean(aucs))
        self.chosen.append(f"{best} ({best_auc:.3f})")
        return best

    def fit_predict(self, train: np.ndarray, test: np.ndarray, y: np.ndarray) -> np.ndarray:
        return np.asarray(self.fit(train, y, self.method)(test))


#: How much larger a corpus-intercept column is than 1, so the L2 penalty barely touches the intercepts.
INTERCEPT_SCALE = 10.0


# --- measures ------------------------------------------------------------------------------------


def auc(y: np.ndarray, s: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, s)) if len(set(y.tolist())) == 2 else float("nan")


def measures(y: np.ndarray, corpus: np.ndarray, words: np.ndarray, preds: dict[str, np.ndarray]) -> dict[str, Any]:
    """Per model: LOCO AUC per corpus and mean, length quintiles, Spearman with log words per corpus,
    length-matched AUC per corpus."""
    from scipy.stats import spearmanr

    from scorer.fitting.confounds import length_strata, matched_pairs

    loglen = np.log1p(words)
    corpora = sorted(set(corpus.tolist()))
    strata = length_strata(y, corpus, words, preds)
    pairs = {c: np.flatnonzero(corpus == c)[matched_pairs(y[corpus == c], loglen[corpus == c])] for c in corpora}
    out: dict[str, Any] = {"strata": strata, "pairs": {c: len(p) // 2 for c, p in pairs.items()}, "models": {}}
    for name, z in preds.items():
        per = {c: auc(y[corpus == c], z[corpus == c]) for c in corpora}
        rho = {c: float(spearmanr(z[corpus == c], loglen[corpus == c]).statistic) for c in corpora}
        matched = {c: auc(y[p], z[p]) for c, p in pairs.items()}
        out["models"][name] = {
            "auc": per, "mean": float(np.mean(list(per.values()))),
            "quintiles": [row[name] for row in strata["pooled"]],
            "spearman": rho, "matched": matched, "matched_mean": float(np.mean(list(matched.values()))),
        }
    return out


def bars(m: dict[str, Any], tfidf: dict[str, float]) -> dict[str, bool]:
    """The issue's bars for one model's measures."""
    return {
        "mean ≥ 0.72": m["mean"] >= 0.72,
        "≥ tfidf on 3/5": sum(m["auc"][c] >= tfidf[c] for c in m["auc"]) >= 3,
        "quintiles ≥ 0.62": all(q >= 0.62 for q in m["quintiles"] if not math.isnan(q)),
        "|ρ| ≤ 0.25": all(abs(r) <= 0.25 for r in m["spearman"].values()),
        "matched ≥ 0.65": m["matched_mean"] >= 0.65,
    }


# --- per-feature and per-signal reports ----------------------------------------------------------


def feature_table(rows: Sequence[dict[str, float]], y: np.ndarray, corpus: np.ndarray, words: np.ndarray
                  ) -> list[dict[str, Any]]:
    """Each feature alone: AUC per corpus (fake-high), and Spearman with log words inside each corpus."""
    from scipy.stats import spearmanr

    loglen = np.log1p(words)
    corpora = sorted(set(corpus.tolist()))
    out = []
    for name in names_of(rows):
        x = np.array([r.get(name, np.nan) for r in rows], dtype=float)
        entry: dict[str, Any] = {"feature": name, "auc": {}, "rho": {}}
        for c in corpora:
            m = (corpus == c) & ~np.isnan(x)
            if m.sum() < 10 or np.nanstd(x[m]) == 0:
                entry["auc"][c], entry["rho"][c] = float("nan"), float("nan")
                continue
            entry["auc"][c] = auc(y[m], x[m])
            entry["rho"][c] = float(spearmanr(x[m], loglen[m]).statistic)
        out.append(entry)
    return out


# --- report --------------------------------------------------------------------------------------


def f3(x: float) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def _gap(d: dict[str, Any]) -> str:
    sure = "†" if d["low"] > 0 or d["high"] < 0 else ""
    return f"{d['difference']:+.3f}{sure} [{d['low']:+.3f}, {d['high']:+.3f}]"


def render(report: dict[str, Any], corpora: list[str], command: str) -> str:
    res = report["measures"]
    models = list(res["models"])
    tfidf = res["models"]["tfidf"]["auc"] if "tfidf" in res["models"] else {}
    short = {"buzzfeed_webis_2016": "buzzfeed", "fakenewsnet_politifact_defend": "politifact",
             "fakenewsamt": "fakenewsamt", "celebrity": "celebrity", "fa_kes": "fa_kes"}
    lines = ["# Score experiments: leave one corpus out", "", f"Articles: {report['n']} "
             f"({', '.join(f'{c} {n}' for c, n in report['counts'].items())}).", ""]
    lines += ["## Held-out AUC per corpus", "",
              "| model | " + " | ".join(short.get(c, c) for c in corpora) + " | mean | ≥ tfidf |",
              "|---|" + "---|" * (len(corpora) + 2)]
    for m in models:
        r = res["models"][m]
        wins = sum(r["auc"][c] >= tfidf[c] for c in corpora) if tfidf else 0
        lines.append(f"| {m} | " + " | ".join(f3(r["auc"][c]) for c in corpora)
                     + f" | **{f3(r['mean'])}** | {wins}/5 |")
    edges = [row["words"] for row in res["strata"]["pooled"]]
    lines += ["", "## Length", "",
              "AUC inside pooled word-count quintiles (mean of within-corpus AUCs, as `evaluate` reports them); "
              "Spearman of the held-out score with log words inside each corpus; AUC on fake/credible pairs "
              f"matched on length inside each corpus (|Δ log words| ≤ {MATCH_CALIPER}; pairs: "
              + ", ".join(f"{short.get(c, c)} {n}" for c, n in res["pairs"].items()) + ").", "",
              "| model | " + " | ".join(f"Q{i + 1} ({e})" for i, e in enumerate(edges)) + " | "
              + " | ".join(f"ρ {short.get(c, c)}" for c in corpora) + " | "
              + " | ".join(f"matched {short.get(c, c)}" for c in corpora) + " | matched mean |",
              "|---|" + "---|" * (len(edges) + 2 * len(corpora) + 1)]
    for m in models:
        r = res["models"][m]
        lines.append(f"| {m} | " + " | ".join(f3(q) for q in r["quintiles"]) + " | "
                     + " | ".join(f"{r['spearman'][c]:+.2f}" for c in corpora) + " | "
                     + " | ".join(f3(r["matched"][c]) for c in corpora) + f" | {f3(r['matched_mean'])} |")
    if tfidf:
        lines += ["", "## The issue's bars", "", "| model | " + " | ".join(bars(res["models"][models[0]], tfidf))
                  + " |", "|---|" + "---|" * 5]
        for m in models:
            b = bars(res["models"][m], tfidf)
            lines.append(f"| {m} | " + " | ".join("yes" if v else "no" for v in b.values()) + " |")
    if report.get("differences"):
        lines += ["", "## Against the baselines and today's model, with 95% paired bootstrap intervals", "",
                  "Each cell: held-out AUC minus the baseline's [95% interval]; † where the interval excludes 0.", "",
                  "| model | baseline | " + " | ".join(short.get(c, c) for c in corpora) + " | mean |",
                  "|---|---|" + "---|" * (len(corpora) + 1)]
        for m, rows in report["differences"].items():
            for base in dict.fromkeys(d["baseline"] for d in rows):
                cells = {d["corpus"]: d for d in rows if d["baseline"] == base}
                lines.append(f"| {m} | {base} | " + " | ".join(
                    _gap(cells[c]) if c in cells else "–" for c in [*corpora, "mean"]) + " |")
    if report.get("calibration"):
        lines += ["", "## Held-out calibration (ECE, pooled over held-out corpora)", "",
                  "| model | " + " | ".join(next(iter(report["calibration"].values()))) + " |",
                  "|---|" + "---|" * len(next(iter(report["calibration"].values())))]
        for m, opts in report["calibration"].items():
            lines.append(f"| {m} | " + " | ".join(f3(o["ece"]) for o in opts.values()) + " |")
    if report.get("nested"):
        lines += ["", "## Settings chosen inside each training set (--nested, --domain)", ""]
        for m, chosen in report["nested"].items():
            # one choice per held-out corpus, in the order leave-one-corpus-out visits them (sorted)
            lines.append(f"- {m}: " + "; ".join(f"{c}: {s}" for c, s in zip(sorted(corpora), chosen, strict=False)))
    if report.get("ablations"):
        lines += ["", f"## What each signal adds ({ABLATION_BASE}, linear combiner)", "",
                  "| signal | " + " | ".join(short.get(c, c) for c in corpora) + " | mean |",
                  "|---|" + "---|" * (len(corpora) + 1)]
        for name, r in report["ablations"].items():
            lines.append(f"| {name} | " + " | ".join(f3(r[c]) for c in corpora)
                         + f" | {f3(float(np.mean([r[c] for c in corpora])))} |")
    if report.get("features"):
        lines += ["", "## Each feature alone", "",
                  "AUC per corpus (above 0.5: higher in fakes) and the mean Spearman with log words inside "
                  "the corpora. `consistent`: the same side of 0.5 by at least 0.03 in at least 4 corpora.", "",
                  "| feature | " + " | ".join(short.get(c, c) for c in corpora) + " | mean ρ(length) | consistent |",
                  "|---|" + "---|" * (len(corpora) + 2)]
        for e in report["features"]:
            aucs = [e["auc"][c] for c in corpora]
            up = sum(a >= 0.53 for a in aucs if not math.isnan(a))
            down = sum(a <= 0.47 for a in aucs if not math.isnan(a))
            rhos = [r for r in e["rho"].values() if not math.isnan(r)]
            lines.append(f"| `{e['feature']}` | " + " | ".join(f3(a) for a in aucs)
                         + f" | {np.mean(rhos) if rhos else float('nan'):+.2f} | "
                         + ("fake ↑" if up >= 4 else "fake ↓" if down >= 4 else "") + " |")
    lines += ["", "## Reproduce", "```", command, "```", "", f"Run time {report['seconds']:.0f} s "
              "(a shared, loaded machine: not a speed figure)."]
    return "\n".join(lines) + "\n"


Candidates = dict[str, tuple[Sequence[Any], Any]]


def feature_candidates(data: Any, sets: dict[str, list[dict[str, float]]], declared: set[str], nested: bool
                       ) -> Candidates:
    """The baselines and every feature set × combiner (the default comparison)."""
    from scorer.fitting.evaluate import tfidf_pipeline
    from scorer.fitting.stylometry import stylometry_pipeline

    candidates: Candidates = {
        "tfidf": ([a.text for a in data.articles], tfidf_pipeline),
        "stylometry": (sets["stylometry"], partial(stylometry_pipeline, sets["stylometry"])),
        "length": (sets["length"], linear_factory(sets["length"], declared)),
        "shipped linear": (sets["shipped"], linear_factory(sets["shipped"], declared)),
    }
    for fs in ("evidence", "evidence+length", "style", "style+length", "evidence+style", "evidence+style+length"):
        candidates[f"{fs} linear"] = (sets[fs], linear_factory(sets[fs], declared))
        candidates[f"{fs} additive"] = (sets[fs], additive_factory(sets[fs], declared))
    if nested:
        for fs in ("evidence+style",):
            candidates[f"{fs} additive nested"] = (sets[fs], partial(Nested, sets[fs], declared, data.corpus,
                                                                      ADDITIVE_GRID))
    return candidates


def domain_candidates(data: Any, cache: Path, declared: set[str], cached_only: bool
                      ) -> tuple[Any, Candidates, dict[str, list[dict[str, float]]]]:
    """``--domain``: today's model (``signals linear``, train's own columns without length, read from
    train's own signal cache) and each domain-generalisation method of :class:`Domain`, beside the
    TF-IDF and length baselines."""
    from scorer.fitting.data import extract_signals
    from scorer.fitting.evaluate import length_features, tfidf_pipeline
    from scorer.fitting.pipeline import make_pipeline

    if cached_only:
        raise SystemExit("--domain reads train's signal cache (misinfo-scorer train --cache); drop --cached-only")
    rows, features, rates = signal_rows(extract_signals(data.articles, cache))
    texts = [a.text for a in data.articles]
    length = length_features(texts)
    warn = tuple(f for f in features if f in declared or rates.get(f) in declared)
    candidates: Candidates = {
        "tfidf": (texts, tfidf_pipeline),
        "length": (length, linear_factory(length, declared)),
        "signals linear": (rows, partial(make_pipeline, features, warn, rates=rates)),
    }
    for method in DOMAIN_METHODS:
        candidates[f"signals {method}"] = (rows, partial(Domain, rows, features, rates, declared, data.corpus,
                                                         method))
    return data, candidates, {"length": length}


# --- main ----------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", required=True, help="feature cache folder (shared with train --cache)")
    parser.add_argument("--processes", type=int, default=2, help="processes for features not cached yet")
    parser.add_argument("--limit", type=int, default=0, help="a seeded sample of N articles per corpus")
    parser.add_argument("--models", default="", help="comma-separated model names (default: all)")
    parser.add_argument("--nested", action="store_true", help="choose additive settings inside each training set")
    parser.add_argument("--calibration", action="store_true", help="held-out ECE of the additive models")
    parser.add_argument("--domain", action="store_true",
                        help="domain-generalisation combiners (corpus-balanced weights, invariant features, "
                        "corpus intercepts, per-corpus averaging) beside today's model (signals linear)")
    parser.add_argument("--ablations", action="store_true", help="drop / keep one signal at a time")
    parser.add_argument("--features", action="store_true", help="each feature alone, per corpus")
    parser.add_argument("--cached-only", action="store_true",
                        help="use only the articles whose features are cached already (while iterating)")
    parser.add_argument("--preds", help="an .npz of held-out decision values: models found there are not refitted, "
                        "and every model's values are saved back (delete it after changing a model or feature)")
    parser.add_argument("--out", help="also write the Markdown report here")
    args = parser.parse_args()
    started = time.time()

    from scorer.fitting.data import warning_features

    data = load(args.limit)
    cache = Path(args.cache)
    declared = warning_features()
    runners: set[str] = set()
    if args.domain:
        if args.ablations or args.features or args.nested or args.calibration:
            parser.error("--domain compares combiners on train's features alone: without --ablations, --features, "
                         "--nested, --calibration")
        data, candidates, sets = domain_candidates(data, cache, declared, args.cached_only)
        runners = {name for name in candidates if name.startswith("signals ") and name != "signals linear"}
    else:
        compute = not args.cached_only
        evidence = cached_signals(data.articles, cache, EVIDENCE_PLUGINS, processes=args.processes, compute=compute)
        style = cached_signals(data.articles, cache, STYLE_PLUGINS, BASELINE_MODULES, processes=args.processes,
                               compute=compute)
        if args.cached_only:
            keep = [i for i, (e, s) in enumerate(zip(evidence, style, strict=True)) if e is not None and s is not None]
            data = subset(data, keep)
            evidence, style = [evidence[i] for i in keep], [style[i] for i in keep]
        sets, counts = feature_sets(evidence, style, words_of([a.text for a in data.articles]))
        print(f"{len(data.y)} articles; counts turned into rates: {', '.join(counts)}", file=sys.stderr)
        candidates = feature_candidates(data, sets, declared, args.nested)
        runners = {name for name in candidates if name.endswith("nested")}
    y = np.asarray(data.y)
    corpus = np.asarray(data.corpus)
    present = [c for c in CORPORA if (corpus == c).any()]
    texts = [a.text for a in data.articles]
    words = words_of(texts)
    wanted = [m.strip() for m in args.models.split(",") if m.strip()]
    if wanted:
        unknown = set(wanted) - set(candidates)
        if unknown:
            raise SystemExit(f"unknown models: {sorted(unknown)}; known: {sorted(candidates)}")
        candidates = {m: candidates[m] for m in candidates if m in wanted}

    preds: dict[str, np.ndarray] = {}
    nested: dict[str, list[dict[str, Any]]] = {}
    saved: dict[str, np.ndarray] = {}
    if args.preds and Path(args.preds).is_file():
        with np.load(args.preds) as stored:
            if "keys" in stored and stored["keys"].tolist() == [article_key(a) for a in data.articles]:
                saved = {k: stored[k] for k in stored.files if k != "keys"}
    for name, (X, make) in candidates.items():
        t0 = time.time()
        if name in saved:
            preds[name] = saved[name]
        elif name in runners:
            runner = make()
            preds[name] = loco(X, runner, y, corpus)
            if runner.chosen:
                nested[name] = runner.chosen
        else:
            preds[name] = loco(X, make, y, corpus)
        print(f"  {name}: mean AUC {np.mean([auc(y[corpus == c], preds[name][corpus == c]) for c in present]):.3f}"
              f" ({time.time() - t0:.0f} s)", file=sys.stderr)

    if args.preds:
        np.savez(args.preds, keys=np.asarray([article_key(a) for a in data.articles]), **(saved | preds))
    report: dict[str, Any] = {
        "n": len(y), "counts": {c: int((corpus == c).sum()) for c in present},
        "measures": measures(y, corpus, words, preds), "nested": nested,
    }
    bases = [b for b in ("tfidf", "stylometry", "shipped linear", "signals linear") if b in preds]
    if bases:
        from scorer.fitting.metrics import auc_differences

        report["differences"] = {
            m: auc_differences(data, preds, model=m, baselines=[b for b in bases if b != m])
            for m in preds if m not in ("tfidf", "stylometry", "length", "shipped linear", "signals linear")}
    if args.calibration:
        from scorer.fitting.evaluate import calibration_options

        report["calibration"] = {
            m: calibration_options(data, candidates[m][0], candidates[m][1])  # type: ignore[arg-type]
            for m in candidates if m in CALIBRATED}
    if args.ablations:
        base = sets[ABLATION_BASE]
        report["ablations"] = {}
        for label, drop, alone in ablation_groups():
            rows = [{k: v for k, v in r.items() if (alone(k) if alone else not drop(k))} for r in base]
            z = loco(rows, linear_factory(rows, declared), y, corpus)
            report["ablations"][label] = {c: auc(y[corpus == c], z[corpus == c]) for c in present}
            print(f"  {label}: {np.mean(list(report['ablations'][label].values())):.3f}", file=sys.stderr)
    if args.features:
        report["features"] = feature_table(
            [a | b for a, b in zip(sets["evidence"], sets["style"], strict=True)], y, corpus, words)
    report["seconds"] = time.time() - started
    command = "python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]])
    text = render(report, present, command)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
