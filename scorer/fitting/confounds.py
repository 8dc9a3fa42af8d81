"""Confound guards for the evaluation: length, publisher and encoding damage.

The data READMEs name three ways a model can score well without reading the writing:

- **length**: in several corpora fake and credible articles differ in length (the politifact
  corpus's credible pages include long transcripts). :func:`length_strata` measures each model's
  AUC inside word-count quintiles, where length can no longer separate the classes, and
  :func:`length_correlation` how closely the signal score follows log length.
- **publisher**: in buzzfeed_webis_2016 the mainstream publishers are almost all credible, so a
  model that recognises a publisher's house style scores well. :func:`publisher_holdout` holds
  out one publisher at a time inside a corpus (training on every other corpus and the corpus's
  other publishers) and reports the AUC inside each publisher, which publisher identity cannot
  explain.
- **encoding damage**: mojibake comes from one publisher's crawl. :func:`encoding_damage`
  reports the AUC of that feature alone per corpus and whether the combiner uses it.

Every function returns plain dicts; :func:`scorer.fitting.markdown.render_confounds` turns them into Markdown.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from scorer.contract import flatten_signals
from scorer.fitting.metrics import fit_pipeline

if TYPE_CHECKING:
    from scorer.fitting.data import Labelled

Factory = Callable[[], Any]

#: Smallest count of each class for an AUC to be reported in a stratum or a publisher.
MIN_PER_CLASS = 5
ENCODING_FEATURE = "odd_phrasing.encoding_damage"


def _auc(y: np.ndarray, score: np.ndarray, min_per_class: int = MIN_PER_CLASS) -> float:
    """ROC-AUC, or NaN when either class has fewer than ``min_per_class`` members or scores are NaN."""
    from sklearn.metrics import roc_auc_score

    ok = ~np.isnan(score)
    y, score = y[ok], score[ok]
    if min(int((y == 1).sum()), int((y == 0).sum())) < min_per_class:
        return float("nan")
    return float(roc_auc_score(y, score))


def word_counts(texts: Sequence[str]) -> np.ndarray:
    """Whitespace word count of each text."""
    return np.asarray([len(t.split()) for t in texts], dtype=float)


def _strata(words: np.ndarray, quantiles: int) -> tuple[np.ndarray, np.ndarray]:
    """Quantile edges of ``words`` and the stratum (0-based) of each value."""
    edges = np.unique(np.quantile(words, np.linspace(0, 1, quantiles + 1)))
    if len(edges) < 2:
        return np.array([words.min(), words.max()]), np.zeros(len(words), dtype=int)
    return edges, np.clip(np.searchsorted(edges, words, side="right") - 1, 0, len(edges) - 2)


def length_strata(
    y: np.ndarray, corpus: np.ndarray, words: np.ndarray, preds: Mapping[str, np.ndarray], quantiles: int = 5
) -> dict[str, Any]:
    """AUC of each model's held-out predictions inside word-count quantiles.

    Held-out predictions of different corpora come from different models and sit on different base
    rates, so AUCs are computed inside each corpus and then averaged (weighted by the articles that
    count); a stratum-corpus cell needs ``MIN_PER_CLASS`` articles of each class.

    :param preds: model name → held-out probability per article (NaN where not predicted).
    :returns: ``pooled``: one row per quantile of word count over all corpora (range, n, share fake,
        each model's corpus-averaged AUC, and ``corpora`` used); ``per_corpus``: corpus → model → AUC
        per quantile of that corpus's own word counts (so every corpus has all its strata), with
        ``edges`` per corpus.
    """
    edges, stratum = _strata(words, quantiles)
    corpora = sorted(set(corpus.tolist()))
    pooled = []
    for s in range(len(edges) - 1):
        m = stratum == s
        row: dict[str, Any] = {"stratum": s + 1, "words": f"{int(edges[s])}–{int(edges[s + 1])}",
                               "n": int(m.sum()), "fake_share": float(y[m].mean()) if m.any() else float("nan")}
        used: set[str] = set()
        for name, p in preds.items():
            aucs, weights = [], []
            for c in corpora:
                cell = m & (corpus == c)
                auc = _auc(y[cell], p[cell])
                if not math.isnan(auc):
                    aucs.append(auc)
                    weights.append(int(cell.sum()))
                    used.add(c)
            row[name] = float(np.average(aucs, weights=weights)) if aucs else float("nan")
        row["corpora"] = len(used)
        pooled.append(row)
    per_corpus: dict[str, Any] = {}
    for c in corpora:
        in_c = corpus == c
        c_edges, c_stratum = _strata(words[in_c], quantiles)
        per_corpus[c] = {"edges": [int(e) for e in c_edges]}
        for name, p in preds.items():
            per_corpus[c][name] = [_auc(y[in_c][c_stratum == s], p[in_c][c_stratum == s])
                                   for s in range(len(c_edges) - 1)]
    return {"edges": edges.tolist(), "pooled": pooled, "per_corpus": per_corpus, "models": list(preds)}


def length_correlation(
    y: np.ndarray, corpus: np.ndarray, words: np.ndarray, score: np.ndarray
) -> list[dict[str, Any]]:
    """Spearman correlation of a held-out score with log word count, pooled and per corpus, beside the
    AUC that log length alone reaches on the same articles (oriented either way: max(AUC, 1-AUC))."""
    from scipy.stats import spearmanr

    rows = []
    loglen = np.log1p(words)
    for name, m in [("all", np.ones(len(y), dtype=bool)),
                    *[(c, corpus == c) for c in sorted(set(corpus.tolist()))]]:
        m = m & ~np.isnan(score)
        if m.sum() < 3:
            continue
        rho = float(spearmanr(score[m], loglen[m]).statistic)
        auc = _auc(y[m], loglen[m], 1)
        rows.append({"set": name, "n": int(m.sum()), "spearman": rho,
                     "length_auc": max(auc, 1 - auc) if not math.isnan(auc) else auc})
    return rows


#: Largest difference in log words between the two articles of a length-matched pair (about ±10%).
MATCH_CALIPER = 0.1


def matched_pairs(y: np.ndarray, loglen: np.ndarray, caliper: float = MATCH_CALIPER) -> np.ndarray:
    """Indices (sorted) of fake/credible pairs matched on log words: greedy, closest pair first, each
    article used once, the two at most ``caliper`` apart. On these, length cannot separate the classes."""
    fake, cred = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
    if not len(fake) or not len(cred):
        return np.zeros(0, dtype=int)
    d = np.abs(loglen[fake][:, None] - loglen[cred][None, :])
    order = np.argsort(d, axis=None, kind="stable")
    used_f: set[int] = set()
    used_c: set[int] = set()
    keep: list[int] = []
    for flat in order:
        i, j = divmod(int(flat), len(cred))
        if d[i, j] > caliper:
            break
        if i in used_f or j in used_c:
            continue
        used_f.add(i)
        used_c.add(j)
        keep += [int(fake[i]), int(cred[j])]
    return np.asarray(sorted(keep), dtype=int)


def length_independence(
    y: np.ndarray, corpus: np.ndarray, words: np.ndarray, preds: Mapping[str, np.ndarray],
    caliper: float = MATCH_CALIPER,
) -> dict[str, Any]:
    """For each model's held-out predictions, inside each corpus: Spearman of the score with log words
    (pooled over corpora it hides the within-corpus slope), and the AUC on fake/credible pairs matched on
    length (:func:`matched_pairs`), with their means over corpora.

    :returns: ``pairs`` (corpus → number of matched pairs) and ``models`` (name → ``spearman`` and
        ``matched``, each corpus → value, plus ``matched_mean`` and ``max_abs_spearman``).
    """
    from scipy.stats import spearmanr

    loglen = np.log1p(words)
    corpora = sorted(set(corpus.tolist()))
    pairs = {c: np.flatnonzero(corpus == c)[matched_pairs(y[corpus == c], loglen[corpus == c], caliper)]
             for c in corpora}
    out: dict[str, Any] = {"caliper": caliper, "pairs": {c: len(p) // 2 for c, p in pairs.items()}, "models": {}}
    for name, p in preds.items():
        rho: dict[str, float] = {}
        matched: dict[str, float] = {}
        for c in corpora:
            m = (corpus == c) & ~np.isnan(p)
            rho[c] = float(spearmanr(p[m], loglen[m]).statistic) if m.sum() >= 3 else float("nan")
            idx = pairs[c][~np.isnan(p[pairs[c]])]
            matched[c] = _auc(y[idx], p[idx])
        finite = [v for v in matched.values() if not math.isnan(v)]
        rhos = [abs(v) for v in rho.values() if not math.isnan(v)]
        out["models"][name] = {"spearman": rho, "matched": matched,
                               "matched_mean": float(np.mean(finite)) if finite else float("nan"),
                               "max_abs_spearman": max(rhos) if rhos else float("nan")}
    return out


def publishers(data: Labelled, min_publishers: int = 3) -> dict[str, np.ndarray]:
    """Corpora whose articles carry a publisher (``source``) with at least ``min_publishers`` values and
    both labels: corpus → the publisher of each of its articles (None elsewhere)."""
    corpus = np.asarray(data.corpus)
    source = np.asarray([a.source if a is not None else None for a in data.articles], dtype=object)
    y = np.asarray(data.y)
    out = {}
    for c in sorted(set(corpus.tolist())):
        m = corpus == c
        names = {s for s in source[m] if s}
        if len(names) >= min_publishers and len(set(y[m].tolist())) == 2 and all(source[m]):
            out[c] = source
    return out


def publisher_holdout(
    data: Labelled, inputs: Mapping[str, tuple[Sequence[Any], Factory]], loco_auc: Mapping[str, Mapping[str, float]],
) -> list[dict[str, Any]]:
    """Leave one publisher out inside each corpus that names its publishers.

    For each publisher P of corpus C, every model is trained on all articles except P's and scores
    P's articles (decision values: AUC needs no calibration). Reported per corpus and model:

    - ``loco``: the leave-one-corpus-out AUC on C (C entirely unseen), for reference;
    - ``pooled``: AUC over C's articles, each scored with its publisher held out: a model can still
      rank publishers against each other here;
    - ``within``: the mean AUC inside each publisher with at least ``MIN_PER_CLASS`` articles of each
      class, where publisher identity explains nothing; and ``survives`` = (within - 0.5) / (loco - 0.5);
    - ``publisher_only``: the AUC of scoring each article by its publisher's share of fake articles,
      the article itself left out (what publisher identity alone gives);
    - per publisher: n, fakes, and each model's AUC.
    """
    y = np.asarray(data.y)
    corpus = np.asarray(data.corpus)
    rows = []
    for c, source in publishers(data).items():
        in_c = corpus == c
        names = sorted({str(s) for s in source[in_c]})
        scores = {m: np.full(len(y), np.nan) for m in inputs}
        pub_only = np.full(len(y), np.nan)
        per_pub = []
        for pub in names:
            test = np.flatnonzero(in_c & (source == pub))
            train = np.flatnonzero(~(in_c & (source == pub)))
            entry: dict[str, Any] = {"publisher": pub, "n": len(test), "fake": int(y[test].sum())}
            for m, (X, make) in inputs.items():
                pipe = fit_pipeline(make, [X[int(i)] for i in train], y[train], corpus[train].tolist())
                scores[m][test] = np.asarray(pipe.decision_function([X[int(i)] for i in test]), dtype=np.float64)
                entry[m] = _auc(y[test], scores[m][test])
            per_pub.append(entry)
        # publisher identity alone: each article gets its publisher's share of fakes, leaving the
        # article itself out (a held-out publisher has no share of its own to learn from)
        for i in np.flatnonzero(in_c):
            same = in_c & (source == source[i])
            same[i] = False
            pub_only[i] = y[same].mean() if same.any() else np.nan
        row: dict[str, Any] = {"corpus": c, "n": int(in_c.sum()), "publishers": per_pub,
                               "publisher_only": _auc(y[in_c], pub_only[in_c], 1)}
        for m in inputs:
            pooled = _auc(y[in_c], scores[m][in_c], 1)
            within = [p[m] for p in per_pub if not math.isnan(p[m])]
            loco = loco_auc.get(c, {}).get(m, float("nan"))
            mean_within = float(np.mean(within)) if within else float("nan")
            row[m] = {"loco": loco, "pooled": pooled, "within": mean_within, "publishers_used": len(within),
                      # a ratio to a LOCO AUC near chance says nothing
                      "survives": (mean_within - 0.5) / (loco - 0.5) if loco >= 0.55 and within else float("nan")}
        rows.append(row)
    return rows


def encoding_damage(
    y: np.ndarray, corpus: np.ndarray, raw_signals: Sequence[Mapping[str, Any]], model_features: Sequence[str],
) -> dict[str, Any]:
    """AUC of the encoding-damage feature alone per corpus, its rate per class, and whether the
    combiner's feature list contains it."""
    values = np.asarray([flatten_signals(r).get(ENCODING_FEATURE, np.nan) for r in raw_signals], dtype=float)
    rows = []
    for name, m in [("all", np.ones(len(y), dtype=bool)),
                    *[(c, corpus == c) for c in sorted(set(corpus.tolist()))]]:
        v = values[m]
        hit = v > 0
        rows.append({
            "set": name, "n": int(m.sum()),
            "auc": _auc(y[m], v, 1),
            "fake_with_damage": float(hit[y[m] == 1].mean()) if (y[m] == 1).any() else float("nan"),
            "credible_with_damage": float(hit[y[m] == 0].mean()) if (y[m] == 0).any() else float("nan"),
        })
    return {"feature": ENCODING_FEATURE, "in_model": ENCODING_FEATURE in set(model_features),
            "computed": bool((~np.isnan(values)).any()), "rows": rows}


__all__ = [
    "encoding_damage",
    "length_correlation",
    "length_strata",
    "publisher_holdout",
    "publishers",
    "word_counts",
]
