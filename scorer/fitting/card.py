"""The model card: Markdown written by ``misinfo-scorer train`` beside the model."""

from __future__ import annotations

from typing import Any

from scorer.fitting.markdown import render_confounds
from scorer.fitting.pipeline import DEFAULT_C, DEFAULT_CLIP

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
