"""How much of each corpus's fake/credible label can a text model find when it is trained on that corpus itself?

    python benchmarks/in_corpus_ceiling.py [--folds 5] [--seed 0] [--corpora fa_kes,celebrity,...]

For each training corpus (../shared/data/<corpus>/articles.jsonl, loaded as ``misinfo-scorer train``
loads them: empty and repeated texts dropped, a fake and the credible article it was made from in one
fold group), a TF-IDF model (the baseline of ``misinfo-scorer evaluate``: word 1-2 grams, logistic
regression) is cross-validated *inside* the corpus, folds by article group, and its out-of-fold AUC is
printed over all articles and over fake/credible pairs matched on length (the pairs ``evaluate`` uses,
``scorer.fitting.confounds.matched_pairs``), beside log length alone.

This is not a model the scorer ships: it has seen the corpus's own topics, outlets and period, which a score
meant for corpora it never saw must not lean on. It is a ceiling. Where even it stays near 0.5, the labels are
not in the words (FA-KES labels an article by whether its casualty counts, date and place agree with a
monitoring group's database, not by how it is written), and no held-out figure on that corpus can be asked
of a text-only score.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from harness import DATA
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict

from scorer.fitting.confounds import matched_pairs
from scorer.fitting.data import load_labelled
from scorer.fitting.evaluate import tfidf_pipeline

CORPORA = ("fakenewsamt", "celebrity", "buzzfeed_webis_2016", "fakenewsnet_politifact_defend", "fa_kes")


def auc(y: np.ndarray, score: np.ndarray) -> float:
    """ROC AUC, NaN when one class is missing."""
    return float(roc_auc_score(y, score)) if len(set(y.tolist())) == 2 else float("nan")


def ceiling(path: Path, folds: int, seed: int) -> dict[str, float]:
    """Out-of-fold AUC of the TF-IDF baseline inside one corpus, on all articles and on length-matched pairs."""
    data = load_labelled([path])
    y = np.asarray(data.y)
    texts = [a.text for a in data.articles]
    loglen = np.log1p(np.array([len(t.split()) for t in texts], dtype=float))
    cv = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    score = cross_val_predict(tfidf_pipeline(), texts, y, groups=list(data.groups), cv=cv,
                              method="predict_proba")[:, 1]
    pairs = matched_pairs(y, loglen)
    return {
        "articles": len(y), "fake": int(y.sum()), "pairs": len(pairs) // 2,
        "tfidf": auc(y, score), "tfidf_matched": auc(y[pairs], score[pairs]),
        "length": max(auc(y, loglen), 1 - auc(y, loglen)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated corpus folders of ../shared/data")
    args = ap.parse_args()
    print(f"TF-IDF trained and tested inside each corpus ({args.folds}-fold by article group, seed {args.seed})")
    print(f"{'corpus':32s} {'articles':>8s} {'fake':>5s} {'pairs':>5s} {'AUC':>6s} {'matched':>8s} {'length':>7s}")
    for corpus in args.corpora.split(","):
        row = ceiling(DATA / corpus / "articles.jsonl", args.folds, args.seed)
        print(f"{corpus:32s} {row['articles']:8d} {row['fake']:5d} {row['pairs']:5d} {row['tfidf']:6.3f} "
              f"{row['tfidf_matched']:8.3f} {row['length']:7.3f}")


if __name__ == "__main__":
    main()
