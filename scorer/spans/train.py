"""Fit a span detector on marked articles: cross-validated threshold, skops archive, weight table, card.

The steps, for one :class:`~scorer.spans.candidate.SpanTask`:

1. parse every marked article once with the scorer's pipeline and ask the task for its candidates;
2. a candidate is positive when it overlaps a mark of the task's category (the way the editor-gold
   benchmark counts a finding);
3. out-of-fold probabilities by article (``GroupKFold``; no article is judged by a model that saw it),
   for each regularisation strength in a small grid, keeping the one with the best average precision;
4. the threshold: the lowest probability at which the out-of-fold findings still reach the target
   precision (findings that overlap a mark / findings), so the detector's precision is set before it
   ships, on articles it was not fitted to;
5. a final fit on every article, written as the skops archive (model of record) and its weight table
   (``<name>.spans.json``, what the signal loads), with a Markdown card.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from scorer.spans.candidate import Candidate, SpanTask
from scorer.spans.detector import SpanDetector, detector_filename
from scorer.spans.marks import MarkedArticle

#: regularisation strengths tried (inverse L2 penalty of the logistic regression)
C_GRID = (0.03, 0.1, 0.3, 1.0)
#: fewest out-of-fold findings a threshold must keep for its precision to count
MIN_SUPPORT = 20
#: the threshold of a detector that reaches no target precision: above every probability, so it reports nothing
NEVER = 1.01
#: every type a span-detector archive may contain beyond skops' defaults
TRUSTED_TYPES = [
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.Pipeline",
]


@dataclass
class Labelled:
    """The candidates of every article with their labels and the article each came from."""

    candidates: list[Candidate]
    labels: np.ndarray
    groups: np.ndarray
    #: per candidate, the indices (into ``marks``) of the marks it overlaps
    covers: list[list[int]]
    #: number of marks of the task's category over all articles
    n_marks: int


def overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    """True when two character spans share at least one character."""
    return span[0] < other[1] and other[0] < span[1]


def label(task: SpanTask, articles: Sequence[MarkedArticle], docs: Sequence[Any]) -> Labelled:
    """The task's candidates on every article, labelled by the marks of its category."""
    cands: list[Candidate] = []
    labels: list[int] = []
    groups: list[int] = []
    covers: list[list[int]] = []
    n_marks = 0
    for i, (art, doc) in enumerate(zip(articles, docs, strict=True)):
        marks = art.spans(task.category)
        base = n_marks
        n_marks += len(marks)
        for cand in task.candidates(doc):
            hit = [base + j for j, m in enumerate(marks) if overlaps((cand.start, cand.end), m)]
            cands.append(cand)
            labels.append(int(bool(hit)))
            groups.append(i)
            covers.append(hit)
    return Labelled(cands, np.array(labels, dtype=int), np.array(groups, dtype=int), covers, n_marks)


def make_pipeline(c: float) -> Any:
    """DictVectorizer → L2 logistic regression."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("features", DictVectorizer(sparse=True)),
        ("model", LogisticRegression(C=c, max_iter=2000)),
    ])


def out_of_fold(data: Labelled, c: float, folds: int) -> np.ndarray:
    """Each candidate's probability from a model fitted without its article."""
    from sklearn.model_selection import GroupKFold

    rows = [dict(cand.features) for cand in data.candidates]
    proba = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=folds).split(rows, data.labels, data.groups):
        pipe = make_pipeline(c).fit([rows[i] for i in train], data.labels[train])
        proba[test] = pipe.predict_proba([rows[i] for i in test])[:, 1]
    return proba


@dataclass(frozen=True)
class Operating:
    """Precision and recall of the findings at or above one threshold."""

    threshold: float
    findings: int
    right: int
    marks_found: int
    n_marks: int

    @property
    def precision(self) -> float:
        return self.right / self.findings if self.findings else 0.0

    @property
    def recall(self) -> float:
        return self.marks_found / self.n_marks if self.n_marks else 0.0


def operating_point(data: Labelled, proba: np.ndarray, threshold: float) -> Operating:
    """Findings, right findings and marks found when candidates at or above ``threshold`` are reported."""
    keep = proba >= threshold
    found = {m for k, cov in zip(keep, data.covers, strict=True) if k for m in cov}
    return Operating(threshold, int(keep.sum()), int(data.labels[keep].sum()), len(found), data.n_marks)


def choose_threshold(data: Labelled, proba: np.ndarray, precision: float) -> Operating:
    """The lowest threshold whose findings reach ``precision`` (with at least MIN_SUPPORT of them).

    When no threshold reaches it, :data:`NEVER`: the detector reports nothing (a threshold just above the
    out-of-fold probabilities would not do, since the final fit on every article scores new articles higher).
    """
    best = Operating(NEVER, 0, 0, 0, data.n_marks)
    for t in np.unique(proba)[::-1]:
        op = operating_point(data, proba, float(t))
        if op.findings >= MIN_SUPPORT and op.precision >= precision:
            best = op
    return best


def average_precision(labels: np.ndarray, proba: np.ndarray) -> float:
    """Average precision of a ranking (0 when there is no positive)."""
    from sklearn.metrics import average_precision_score

    return float(average_precision_score(labels, proba)) if labels.any() else 0.0


def fit_detector(
    task: SpanTask,
    articles: Sequence[MarkedArticle],
    docs: Sequence[Any],
    *,
    precision: float = 0.85,
    folds: int = 5,
    sources: Sequence[str] = (),
) -> tuple[Any, SpanDetector, dict[str, Any]]:
    """Fit the task's detector; returns the scikit-learn pipeline, its weight table and a report.

    :raises ValueError: the task produced no candidate, or none or all of them are positive.
    """
    data = label(task, articles, docs)
    if not data.candidates or data.labels.min() == data.labels.max():
        raise ValueError(f"{task.name}: need both positive and negative candidates (got {len(data.candidates)})")
    grid = {c: out_of_fold(data, c, folds) for c in C_GRID}
    scores = {c: average_precision(data.labels, p) for c, p in grid.items()}
    c_best = max(scores, key=lambda c: scores[c])
    op = choose_threshold(data, grid[c_best], precision)
    pipe = make_pipeline(c_best).fit([dict(cand.features) for cand in data.candidates], data.labels)
    names = pipe.named_steps["features"].get_feature_names_out()
    coef = pipe.named_steps["model"].coef_[0]
    weights = {str(n): float(w) for n, w in zip(names, coef, strict=True) if w != 0.0}
    cover_any = {m for cov in data.covers for m in cov}
    report = {
        "task": task.name,
        "category": task.category,
        "description": task.description,
        "trained_on": list(sources),
        "articles": len(articles),
        "marks": data.n_marks,
        "marks_with_a_candidate": len(cover_any),
        "candidates": len(data.candidates),
        "positive_candidates": int(data.labels.sum()),
        "C": c_best,
        "average_precision_by_C": {str(c): round(s, 4) for c, s in scores.items()},
        "target_precision": precision,
        "threshold": op.threshold,
        "cv_findings": op.findings,
        "cv_precision": round(op.precision, 4),
        "cv_recall": round(op.recall, 4),
        "curve": [
            {"threshold": round(float(t), 3), **_op_dict(operating_point(data, grid[c_best], float(t)))}
            for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
        ],
    }
    detector = SpanDetector(
        name=task.name,
        version=dt.date.today().strftime("%Y.%m.%d"),
        weights=weights,
        intercept=float(pipe.named_steps["model"].intercept_[0]),
        threshold=op.threshold,
        card={k: report[k] for k in ("category", "trained_on", "articles", "marks", "threshold",
                                     "cv_precision", "cv_recall", "cv_findings")},
    )
    return pipe, detector, report


def _op_dict(op: Operating) -> dict[str, Any]:
    return {"findings": op.findings, "precision": round(op.precision, 3), "recall": round(op.recall, 3)}


def card_markdown(report: dict[str, Any], detector: SpanDetector, command: str, top: int = 25) -> str:
    """The detector's model card: data, cross-validated operating point, curve and largest weights."""
    out = io.StringIO()
    w = out.write
    w(f"# Span detector `{report['task']}` ({detector.version})\n\n{report['description']}\n\n")
    w(f"Reproduce: `{command}`\n\n")
    w("## Data\n")
    w(f"- Trained on: {', '.join(report['trained_on']) or '-'} ({report['articles']} articles, "
      f"{report['marks']} marks of `{report['category']}`).\n")
    w(f"- Candidates: {report['candidates']}, of which {report['positive_candidates']} overlap a mark; "
      f"{report['marks_with_a_candidate']} of the {report['marks']} marks have at least one candidate "
      "(the detector's recall cannot exceed that share).\n\n")
    w("## Operating point (5-fold cross-validation by article)\n")
    w(f"- Regularisation C = {report['C']} (best average precision of {report['average_precision_by_C']}).\n")
    if report["cv_findings"]:
        w(f"- Threshold {detector.threshold:.3f}, chosen for precision ≥ {report['target_precision']}: "
          f"{report['cv_findings']} findings, precision {report['cv_precision']:.3f}, "
          f"recall {report['cv_recall']:.3f} of the marks.\n\n")
    else:
        w(f"- No threshold reaches precision ≥ {report['target_precision']} with at least {MIN_SUPPORT} findings: "
          f"the threshold is {detector.threshold} (above every probability) and the detector reports nothing.\n\n")
    w("| threshold | findings | precision | recall |\n|---|---|---|---|\n")
    for row in report["curve"]:
        w(f"| {row['threshold']} | {row['findings']} | {row['precision']} | {row['recall']} |\n")
    w("\nThese are figures on the articles it was trained on, held out a fold at a time; articles from other "
      "sources will score lower. See docs/accuracy.md for the blind sets.\n\n")
    w(f"## Largest weights (of {len(detector.weights)})\n\n| feature | weight |\n|---|---|\n")
    ranked = sorted(detector.weights.items(), key=lambda kv: -abs(kv[1]))[:top]
    for name, weight in ranked:
        w(f"| `{name}` | {weight:+.3f} |\n")
    return out.getvalue()


def write_detector(pipe: Any, detector: SpanDetector, report: dict[str, Any], out_dir: str | Path,
                   command: str) -> list[Path]:
    """Write the skops archive, the weight table tied to it and the card into ``out_dir``."""
    import skops.io as sio

    from scorer.compiled import file_digest

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    archive = out / f"{detector.name}.spans.skops"
    sio.dump(pipe, archive)
    table = out / detector_filename(detector.name)
    table.write_text(detector.to_json(file_digest(archive)) + "\n", encoding="utf-8")
    card = out / f"{detector.name}.spans.md"
    card.write_text(card_markdown(report, detector, command), encoding="utf-8")
    return [archive, table, card]


def load_archive(path: str | Path) -> Any:
    """Load a span-detector archive with skops, trusting only its three scikit-learn types."""
    import skops.io as sio

    return sio.load(Path(path), trusted=TRUSTED_TYPES)
