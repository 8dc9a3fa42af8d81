"""Fitting and measuring the combiner on labelled corpora.

A labelled corpus is JSONL in the article schema plus ``label`` (``fake``/``credible``, or 1/0).
Signals are extracted once per article (cached on disk by text hash and signal versions), then:

- the combiner is fitted on everything (impute → standardise and clip (ClippedScaler) → logistic regression);
- Platt calibration is fitted on out-of-fold decision values from grouped folds, so paired
  articles (a fake and the credible story it was written from) never straddle a fold;
- leave-one-corpus-out evaluation trains on all corpora but one and tests on it, with a
  length-only model measured in the same run as the baseline to beat (the harness is
  ``scorer.fitting.evaluate``; ``misinfo-scorer evaluate`` adds a TF-IDF text baseline).

Records whose text duplicates another (same corpus or another) are dropped before anything is
fitted, so overlapping corpora cannot leak test articles into training.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from scorer.contract import Article, ArticleError
from scorer.features import ClippedScaler, SignalVectorizer, flatten_signals
from scorer.fitting.evaluate import metrics, oof_decision, platt, reliability, sigmoid
from scorer.linear import SignConstrainedLogisticRegression
from scorer.model import CombinerModel, save_model

LABELS: dict[object, int] = {"fake": 1, "credible": 0, "1": 1, "0": 0, 1: 1, 0: 0}


@dataclass
class Labelled:
    """Articles with labels, their corpus and their fold group."""

    articles: list[Article] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    corpus: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)


_PAIR = re.compile(r"(fake|legit|real|true)", re.IGNORECASE)


def pair_group(corpus: str, article_id: str) -> str:
    """Fold group of an article: paired corpora name a fake and its credible source alike
    (``biz01.fake.txt`` ↔ ``biz01.legit.txt``), so the pair key is the file name without the label."""
    base = article_id.rsplit("/", 1)[-1]
    return f"{corpus}:{_PAIR.sub('', base)}"


def _text_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()[:300]


def load_labelled(paths: list[Path]) -> Labelled:
    """Read labelled corpora, dropping empty texts, unknown labels and duplicate texts."""
    data = Labelled()
    seen: set[str] = set()
    for path in paths:
        corpus = path.parent.name if path.name == "articles.jsonl" else path.stem
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                label = LABELS.get(rec.get("label"))
                if label is None:
                    data.dropped["no label"] += 1
                    continue
                text = rec.get("text") or ""
                if not text.strip():
                    data.dropped["empty text"] += 1
                    continue
                key = _text_key(text)
                if key in seen:
                    data.dropped["duplicate text"] += 1
                    continue
                seen.add(key)
                fields = {k: rec.get(k) for k in ("id", "text", "title", "published", "source")}
                try:
                    article = Article.from_dict(fields, default_id=f"{corpus}:{lineno}")
                except ArticleError:
                    fields["published"] = None
                    article = Article.from_dict(fields, default_id=f"{corpus}:{lineno}")
                data.articles.append(article)
                data.y.append(label)
                data.corpus.append(corpus)
                data.groups.append(pair_group(corpus, article.id))
    return data


def warning_features() -> set[str]:
    """``signal.feature`` names the registered signals declare as warnings (``warning_features``)."""
    from scorer.registry import build_registry

    return {
        f"{info.name}.{feature}"
        for info in build_registry().signals
        for feature in getattr(info.signal, "warning_features", ())
    }


def extract_signals(articles: list[Article], cache_dir: Path | None = None) -> list[dict[str, Any]]:
    """Run every registered signal on each article (no model); cached by text and signal versions."""
    from scorer.host import Scorer

    scorer = Scorer(model=False)
    versions = ",".join(f"{s.name}={s.version}" for s in scorer.registry.signals)
    cache: dict[str, dict[str, Any]] = {}
    cache_file = None
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        cache_file = cache_dir / f"signals-{hashlib.sha256(versions.encode()).hexdigest()[:12]}.jsonl"
        if cache_file.exists():
            for line in cache_file.open(encoding="utf-8"):
                row = json.loads(line)
                cache[row["key"]] = row["signals"]

    def key(a: Article) -> str:
        return hashlib.sha256(f"{a.published}|{a.text}".encode()).hexdigest()

    todo = [a for a in articles if key(a) not in cache]
    if todo:
        sink = cache_file.open("a", encoding="utf-8") if cache_file else None
        for i, result in enumerate(scorer.score_many(todo)):
            cache[key(todo[i])] = result.signals
            if sink:
                sink.write(json.dumps({"key": key(todo[i]), "signals": result.signals}) + "\n")
            if (i + 1) % 250 == 0:
                print(f"  signals: {i + 1}/{len(todo)}", file=sys.stderr)
        if sink:
            sink.close()
    return [cache[key(a)] for a in articles]


#: Features the shipped model does not use, and why (shown in the model card). They are still
#: computed and reported in ``signals``; only the combiner leaves them out.
DEFAULT_EXCLUDE: dict[str, str] = {
    "internal_contradiction.unanchored*": "measures whether the corpus carried publication dates, not the article",
    "internal_contradiction.anchored*": "same: only fa_kes has dates, so this would learn the corpus",
    "internal_contradiction.reference_from_text": "same",
    "internal_contradiction.dateline_offset_days": "compares a dateline with the corpus's (often crawl) date",
    "odd_phrasing.encoding_damage": "garbled characters come from one publisher's crawl (buzzfeed_webis_2016 "
    "README): a confound of the corpus, not the writing",
}


def select_features(signals: list[dict[str, Any]], exclude: Iterable[str]) -> list[dict[str, float]]:
    """Flatten each row of signals and drop the features matching any ``exclude`` glob."""
    patterns = list(exclude)
    keep: dict[str, bool] = {}
    out = []
    for row in signals:
        flat = flatten_signals(row)
        for name in flat:
            if name not in keep:
                keep[name] = not any(fnmatch.fnmatchcase(name, p) for p in patterns)
        out.append({k: v for k, v in flat.items() if keep[k]})
    return out


#: Bound on each standardised feature (see ``scorer.features.ClippedScaler``).
DEFAULT_CLIP = 5.0
#: Inverse L2 strength of the combiner's logistic regression.
DEFAULT_C = 0.02


def make_pipeline(
    features: list[str], warnings: Iterable[str] = (), C: float = DEFAULT_C,
    clip: float | None = DEFAULT_CLIP, log: bool = False, robust: bool = True,
) -> Any:
    """The combiner pipeline: signals → matrix → impute → robust scale → logistic regression.

    :param features: the columns, in order (``signal.feature``).
    :param warnings: features whose weight may not be negative (see ``scorer.linear``).
    :param C: inverse L2 regularisation strength.
    :param clip: bound on each standardised feature; with ``log``, see ``ClippedScaler``.
    :param robust: False for a plain ``StandardScaler`` (the pre-2026.11.28 model, for comparison).
    """
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    warn = set(warnings)
    scale = ClippedScaler(clip=clip, log=log) if robust else StandardScaler()
    return Pipeline(
        [
            ("vectorize", SignalVectorizer(list(features))),
            ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
            ("scale", scale),
            ("clf", SignConstrainedLogisticRegression(
                C=C, class_weight="balanced",
                nonnegative=[i for i, name in enumerate(features) if name in warn],
            )),
        ]
    )


def feature_names(signals: list[dict[str, Any]]) -> list[str]:
    """The sorted union of feature names over rows of signals."""
    return [str(n) for n in SignalVectorizer().fit(signals).get_feature_names_out()]


Factory = Callable[[], Any]


def combiner_factory(signals: list[dict[str, Any]], warnings: Iterable[str] = (), **options: Any) -> Factory:
    """Builds the combiner pipeline exactly as ``train`` fits it, on the features ``signals`` carry.

    :param options: passed to :func:`make_pipeline` (``C``, ``clip``, ``log``, ``robust``).
    """
    return partial(make_pipeline, feature_names(signals), tuple(warnings), **options)


#: Share of credible articles allowed at or above each band's threshold (its false-positive rate).
BAND_FPR = (("high", 0.02), ("medium", 0.15))


def bands_from_credible(credible_scores: np.ndarray) -> tuple[tuple[float, str], ...]:
    """Band thresholds set so that a known share of credible articles reaches each band.

    ``high`` is reached by 2% of credible articles (out-of-fold), ``medium`` by 15%: the band
    says how unusual a score is for credible reporting, whatever the training mix.
    """
    bands = [(round(float(np.quantile(credible_scores, 1 - fpr)), 3), label) for label, fpr in BAND_FPR]
    return (*bands, (0.0, "low"))


def fit_combiner(
    data: Labelled,
    signals: list[dict[str, Any]],
    version: str,
    warnings: Iterable[str] = (),
    evaluate: bool = True,
    raw_signals: list[dict[str, Any]] | None = None,
) -> tuple[CombinerModel, dict[str, Any]]:
    """Fit the shipped model on all data and measure it; returns the model and its report.

    :param warnings: features whose weights are constrained to be >= 0.
    :param evaluate: also run the evaluation harness (signal and length models: leave-one-corpus-out,
        confound guards, calibration options) for the model card.
    :param raw_signals: every signal before exclusions, for the encoding-damage guard (default: ``signals``).
    """
    y = np.asarray(data.y)
    factory = combiner_factory(signals, warnings)
    pipe = factory().fit(signals, y)
    oof = oof_decision(signals, y, data.groups, factory)
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
        "coefficients": sorted(
            zip(pipe.named_steps["vectorize"].get_feature_names_out().tolist(),
                pipe.named_steps["clf"].coef_[0].tolist(), strict=True),
            key=lambda t: -abs(t[1]),
        ),
    }
    report["base_rate"] = float(y.mean())
    report["clip"] = DEFAULT_CLIP
    report["largest_contribution"] = _largest_contribution(pipe, signals, a)
    if evaluate:
        from scorer.fitting.evaluate import evaluate as run_evaluation

        report["evaluation"] = run_evaluation(data, signals, factory, models=("signals", "length"),
                                              raw_signals=raw_signals)
        report["loco"] = report["evaluation"]["loco"]
    model = CombinerModel(pipe, (a, b), name="default", version=version, trained=report["trained"],
                          bands=bands, card={"ece": ece, "cv_auc": report["cv"]["auc"],
                                                "base_rate": report["base_rate"]})
    return model, report


def _largest_contribution(pipe: Any, signals: list[dict[str, Any]], a: float) -> dict[str, Any]:
    """The largest single-feature contribution (calibrated log-odds) over the training articles, and
    the bound the robust scaling puts on any one feature (``2 · clip · |a · w|``)."""
    steps = pipe.named_steps
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


#: Shares of misinformation a newsroom might see, for the base-rate table of the model card.
BASE_RATES = (0.01, 0.05, 0.2)


def model_card(report: dict[str, Any], corpora: list[str], version: str) -> str:
    """The Markdown model card for a training report."""
    lines = [
        f"# Model card: misinfo-scorer combiner `default` {version}",
        "",
        f"Trained {report['trained']} by `misinfo-scorer train` (command below). "
        "**A signal for editors, not a verdict**: the score says how much an article's sourcing, "
        "internal consistency and phrasing resemble the misinformation class of the training corpora.",
        "",
        "## Model",
        "Signal features → median imputation (a failed signal's features count as typical) → "
        f"standardisation with each standardised value clipped to ±{report.get('clip', DEFAULT_CLIP):g} "
        f"(`ClippedScaler`) → logistic regression (L2, C={DEFAULT_C:g}, balanced classes, warning features "
        "constrained to non-negative weights) → Platt calibration "
        "fitted on out-of-fold decision values (5 grouped, stratified folds). Contributions are "
        "exact: they add up, with the intercept, to the calibrated log-odds.",
        "",
    ]
    big = report.get("largest_contribution")
    if big:
        lines += [
            "Why the clip: many counts are almost always 0 (a weekday that does not match its date, a "
            "contradiction), so plain standardisation turns one occurrence into a z-score near 20 and one "
            "finding moved a score by ~8 log-odds. Clipped, no single feature can move the calibrated "
            f"log-odds by more than 2 × {report.get('clip', DEFAULT_CLIP):g} × |calibrated weight|, and the strong "
            f"L2 penalty (C={DEFAULT_C:g}) stops the weight of a rarely seen warning from growing to make up for "
            "the clip (leave-one-corpus-out AUC barely changes between C=0.5 and C=0.02). For this model "
            f"that bound is **{big['bound']:.2f}** (largest weight: `{big['bound_feature']}`), and no feature can "
            f"raise a score by more than **{big['rise']:.2f}** log-odds above what its typical value gives "
            f"(`{big['rise_feature']}`). On the training "
            f"articles the largest single contribution is {big['contribution']:+.2f} (`{big['feature']}`); "
            f"99% of articles have none above {big['p99']:.2f} in absolute value.",
            "",
        ]
    lines += [
        "## Training data",
        "| corpus | fake | credible |",
        "|---|---|---|",
    ]
    for c, n in report["counts"].items():
        lines.append(f"| {c} | {n['fake']} | {n['credible']} |")
    lines += [
        "",
        f"Dropped before training: {', '.join(f'{v} {k}' for k, v in report['dropped'].items()) or 'none'}. "
        "Overlapping corpora (fakenewsnet_old_buzzfeed, fakenewsnet_old_politifact) are left out "
        "so no article is in two places; LIAR holds one-sentence claims, not articles.",
        "",
        "## Metrics",
        "Out-of-fold (5 grouped folds; pairs kept together), threshold 0.5:",
        "",
        "| set | n | ROC-AUC | accuracy | FPR on credible |",
        "|---|---|---|---|---|",
        _metric_row("all", report["cv"]),
    ]
    for c, m in report["cv_per_corpus"].items():
        lines.append(_metric_row(c, m))
    if report.get("loco"):
        lines += [
            "",
            "Leave-one-corpus-out (train on the others, test on the named corpus), beside a "
            "length-only model (log word count) trained and tested the same way:",
            "",
            "| held-out corpus | n | signals AUC | signals acc. | signals FPR | length AUC | length acc. |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in report["loco"]:
            s, ln = row["signals"], row["length"]
            lines.append(
                f"| {row['corpus']} | {s['n']} | {s['auc']:.3f} | {s['accuracy']:.3f} | {s['fpr']:.3f} "
                f"| {ln['auc']:.3f} | {ln['accuracy']:.3f} |"
            )
    lines += [
        "",
        "## Calibration",
        f"Expected calibration error (out-of-fold, 10 bins): {report['ece']:.3f}. "
        f"Platt parameters a={report['calibration'][0]:.3f}, b={report['calibration'][1]:.3f}.",
        "",
        "| score bin | n | mean score | share fake |",
        "|---|---|---|---|",
    ]
    for r in report["reliability"]:
        lines.append(f"| {r['bin']} | {r['n']} | {r['mean_score']:.3f} | {r['observed']:.3f} |")
    lines += [
        "",
        "## Bands",
        "Thresholds are set from out-of-fold scores of the credible training articles so that 2% of them "
        "reach `high` and 15% reach `medium` (the false-positive rate each band implies on credible "
        "reporting like the training corpora); below `medium` is `low`. Override them with "
        "`Scorer(bands=...)`. Recall is the share of fake training articles reaching the band.",
        "",
        "| band | score ≥ | FPR on credible | recall on fake |",
        "|---|---|---|---|",
    ]
    lines += [f"| {r['band']} | {r['threshold']:.3f} | {r['fpr']:.1%} | {r['recall']:.1%} |" for r in report["bands"]]
    rate = report.get("base_rate")
    if rate is not None:
        lines += [
            "",
            "## Base rate: read the score against your own mix",
            f"Scores assume the training mix: **{rate:.0%} of the training articles are labelled fake**. "
            "A newsroom's incoming stream usually holds far less misinformation, so a score of 0.6 does not "
            "mean a 60% chance there. The bands are safer to read: they are set by the false-positive rate on "
            "credible articles, which does not depend on the mix. What does depend on it is how many "
            "flagged articles are actually fake (precision): with FPR and recall from the table above,",
            "",
            "| band | FPR on credible | recall | "
            + " | ".join(f"precision at {r:.0%} fake" for r in BASE_RATES) + " |",
            "|---|---|---|" + "---|" * len(BASE_RATES),
        ]
        for r in report.get("bands", []):
            prec = [_precision(b, r["recall"], r["fpr"]) for b in BASE_RATES]
            lines.append(f"| {r['band']} | {r['fpr']:.1%} | {r['recall']:.1%} | "
                         + " | ".join(f"{p:.1%}" for p in prec) + " |")
        lines += [
            "",
            "To recalibrate:",
            "- **Known share of misinformation, no labels**: `misinfo-scorer score --base-rate 0.05` (in "
            "Python `Scorer(base_rate=0.05)` or `load_model().for_base_rate(0.05)`) moves every "
            "score to a 5% base rate (prior shift: the log-odds gain logit(0.05) − logit(training rate)) and "
            "moves the band thresholds with it, so each band keeps its false-positive rate. This assumes "
            "only the mix differs, not the kind of articles; the held-out table under Calibration shows how "
            "much it helps on corpora the model never saw.",
            "- **A labelled sample of your own articles** (a few hundred, both classes, in the article schema "
            "plus `label`): `misinfo-scorer train yours.jsonl [these corpora…] -o yours.skops --card yours.md` "
            "refits the weights and calibration and resets the bands from your credible articles.",
        ]
    ev = report.get("evaluation")
    if ev and ev.get("calibration_options"):
        opts = ev["calibration_options"]
        lines += [
            "",
            "## Calibration on corpora the model never saw",
            "Leave one corpus out, held-out predictions pooled (the out-of-fold figure above is within the "
            "training mix and flatters):",
            "",
            "| calibration | held-out ECE | " + " | ".join(f"ECE {c}" for c in report["counts"]) + " |",
            "|---|---|" + "---|" * len(report["counts"]),
        ]
        lines += [f"| {name} | {o['ece']:.3f} | "
                  + " | ".join(f"{o['per_corpus'].get(c, float('nan')):.3f}" for c in report["counts"]) + " |"
                  for name, o in opts.items()]
        lines += ["", "The shipped model uses the first row; the prior shift needs the newsroom's base rate "
                  "(here the held-out corpus's true share of fakes)."]
    if ev:
        from scorer.fitting.confounds import render_confounds

        confound_lines = render_confounds(ev)
        if confound_lines:
            lines += ["", "## Confounds", "Measured by the same harness as the leave-one-corpus-out table "
                      "(signal and length models).", "", *render_confounds(ev, heading="###")]
    lines += [
        "",
        "## Features and weights",
        "Left out of the model (still computed and reported in `signals`):",
        "",
        *[f"- `{pattern}`: {why}" for pattern, why in report.get("excluded", {}).items()],
        "",
        "Standardised coefficients (positive pushes towards the misinformation class). Features the "
        "signals declare as warning signs (marked ⚠) are constrained to weights ≥ 0, so a warning "
        "can never lower a score:",
        "",
        "| feature | weight |",
        "|---|---|",
    ]
    warn = set(report.get("warnings", []))
    lines += [f"| `{name}`{' ⚠' if name in warn else ''} | {w:+.3f} |" for name, w in report["coefficients"]]
    lines += [
        "",
        "## Known failure modes and intended use",
        "- The labels rate whole articles or outlets, not the signals; the corpora are US/UK "
        "English, mostly 2016–2018, and partly crowd-written (fakenewsamt) or tabloid (celebrity). "
        "Out-of-corpus figures above are the honest ones.",
        "- The probability is calibrated to the training mix of fake and credible articles, "
        "not to the base rate in a newsroom, where misinformation is far rarer (see Base rate).",
        "- English only: other languages get no score.",
        "- Use it to decide which articles an editor reads first and which passages to check; "
        "never to publish or reject an article on its own.",
        "",
        "## Against baselines",
        "`EVALUATION.md` beside this card holds the leave-one-corpus-out table of this signal model beside "
        "a TF-IDF + logistic regression text classifier and the length-only model, trained and calibrated "
        "in the same harness, with held-out calibration and the corpora where a baseline wins.",
        "",
        "## Reproduce",
        "```",
        "misinfo-scorer train " + " ".join(corpora)
        + f" -o models/default.skops --card models/MODEL_CARD.md --version-tag {version}",
        "misinfo-scorer evaluate " + " ".join(corpora) + " --out models/EVALUATION.md",
        "```",
    ]
    return "\n".join(lines) + "\n"


def _precision(base_rate: float, recall: float, fpr: float) -> float:
    """Share of flagged articles that are fake when a share ``base_rate`` of all articles is."""
    flagged = base_rate * recall + (1 - base_rate) * fpr
    return base_rate * recall / flagged if flagged else float("nan")


def _metric_row(name: str, m: dict[str, float]) -> str:
    return f"| {name} | {m['n']} | {m['auc']:.3f} | {m['accuracy']:.3f} | {m['fpr']:.3f} |"


def train_command(args: argparse.Namespace) -> int:
    """``misinfo-scorer train``: extract signals, fit, evaluate, save the model and its card."""
    paths = [Path(p) for p in args.corpora]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        from scorer.errors import CLIError

        raise CLIError(f"no such corpus file: {', '.join(missing)}")
    data = load_labelled(paths)
    print(f"training on {len(data.articles)} articles; dropped {dict(data.dropped)}", file=sys.stderr)
    signals = extract_signals(data.articles, Path(args.cache) if args.cache else None)
    version = args.version_tag or dt.date.today().strftime("%Y.%m.%d")
    exclude = dict(DEFAULT_EXCLUDE)
    exclude.update({p: "excluded on the command line" for p in args.exclude or []})
    warnings = warning_features()
    model, report = fit_combiner(data, select_features(signals, exclude), version, warnings,
                                 raw_signals=signals)
    report["warnings"] = sorted(warnings)
    report["excluded"] = exclude
    save_model(model, Path(args.output))
    corpora_for_card = [_portable(p) for p in args.corpora]
    if args.card:
        Path(args.card).write_text(model_card(report, corpora_for_card, version), encoding="utf-8")
    print(json.dumps({k: report[k] for k in ("cv", "ece", "bands")}, indent=2), file=sys.stderr)
    for row in report.get("loco", []):
        print(f"LOCO {row['corpus']}: signals AUC {row['signals']['auc']:.3f}, "
              f"length AUC {row['length']['auc']:.3f}", file=sys.stderr)
    return 0


def _portable(path: str) -> str:
    """A corpus path as the card shows it: relative to the shared data folder when it is one."""
    parts = Path(path).parts
    if "shared" in parts:
        return str(Path("..", *parts[parts.index("shared"):]))
    return path
