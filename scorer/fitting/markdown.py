"""Markdown for what ``misinfo-scorer evaluate`` measures: the evaluation report and its confound sections."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from scorer.fitting.confounds import MIN_PER_CLASS
from scorer.fitting.evaluate import CALIBRATIONS
from scorer.fitting.metrics import BAND_FPR, BOOTSTRAP

#: Human-readable model names for the report.
MODEL_TITLES = {
    "signals": "signal combiner",
    "tfidf": "TF-IDF + logistic regression",
    "length": "length only (log word count)",
    "stylometry": "generic stylometry (Horne & Adali 2017 / Pérez-Rosas et al. 2018 features + readability, "
                  "logistic regression)",
    "signals_no_length": "the signal combiner without its length feature (length.log_words)",
    "signals_with_length": "the signal combiner with the length feature (length.log_words) added",
}


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
    """The evaluation report as Markdown: one function per section, in the order they appear."""
    lines = _intro(report)
    lines += _loco_section(report)
    lines += _not_beaten_section(report)
    lines += _auc_differences_section(report)
    lines += _cv_section(report)
    lines += _calibration_section(report)
    lines += _calibration_options_section(report)
    lines += _held_out_bands_section(report)
    confound_lines = render_confounds(report)
    if confound_lines:
        lines += ["", *confound_lines]
    lines += _fixed_model_section(report)
    if command:
        lines += ["", "## Reproduce", "```", command, "```"]
    return "\n".join(lines) + "\n"


def _intro(report: dict[str, Any]) -> list[str]:
    models: list[str] = report["models"]
    lines = ["# misinfo-scorer evaluation", ""]
    lines += ["Models, each trained and measured by the same harness (Platt calibration on grouped "
              f"out-of-fold decision values of its training data; threshold {report['threshold']}):", ""]
    lines += [f"- `{m}`: {MODEL_TITLES.get(m, m)}" for m in models]
    if report.get("fit") == "corpus-average":
        lines += ["", "The signal combiners are fitted `--fit corpus-average`: one logistic regression per training "
                  "corpus, weights and intercepts averaged into one linear model, the C factor chosen inside each "
                  "fit's own training corpora (leaving one out at a time)."]
    lines += ["", "## Data", "| corpus | fake | credible |", "|---|---|---|"]
    lines += [f"| {c} | {n['fake']} | {n['credible']} |" for c, n in report["counts"].items()]
    dropped = ", ".join(f"{v} {k}" for k, v in report["dropped"].items()) or "none"
    return [*lines, "", f"Dropped before evaluation: {dropped}.", ""]


def _loco_section(report: dict[str, Any]) -> list[str]:
    models: list[str] = report["models"]
    lines = ["## Leave one corpus out", "",
             "Each model is trained on all corpora but one and tested on the held-out corpus. "
             f"Accuracy and FPR (share of credible articles scored ≥ {report['threshold']}) at the default "
             "threshold.", ""]
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
    return lines


def _not_beaten_section(report: dict[str, Any]) -> list[str]:
    if "not_beaten" not in report:
        return []
    lines = ["", "### Where the signal model does not beat a baseline", "",
             "Computed from the table above (AUC and accuracy; ties count; FPR is left out because "
             "at a fixed threshold it trades off against recall):", ""]
    for item in report["not_beaten"]:
        lines.append(
            f"- {item['corpus']}: {item['metric']} {_f(item['signals'])} vs {item['baseline']} "
            f"{_f(item['baseline_value'])} ({item['difference']:+.3f})"
        )
    if not report["not_beaten"]:
        lines.append("- nowhere: the signal model is ahead of every baseline on every held-out corpus.")
    return lines


def _auc_differences_section(report: dict[str, Any]) -> list[str]:
    if not report.get("auc_differences"):
        return []
    lines = ["", "### How sure: AUC differences with bootstrap intervals", "",
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
    return lines


def _cv_section(report: dict[str, Any]) -> list[str]:
    models: list[str] = report["models"]
    lines = ["", "## Pooled, grouped 5-fold cross-validation", "",
             "All corpora together; folds grouped so a fake and the credible article it was written from "
             "never straddle a fold. Within-distribution figures: a model can learn a corpus's publishers "
             "and format here, so these overstate what carries to new sources.", ""]
    head = ["set", *[f"{m} AUC" for m in models], *[f"{m} acc." for m in models], *[f"{m} FPR" for m in models]]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    cv = report["cv"]
    for name in ["all", *report["counts"]]:
        per = {m: cv[m]["all"] if name == "all" else cv[m]["per_corpus"][name] for m in models}
        cells = [name]
        for key in ("auc", "accuracy", "fpr"):
            cells += [_f(per[m][key]) for m in models]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _calibration_section(report: dict[str, Any]) -> list[str]:
    if "ece" not in report:
        return []
    lines = ["", "## Calibration of the signal model", "",
             f"Expected calibration error, pooled out-of-fold (10 bins): **{report['ece']:.3f}**."]
    if "loco_ece" in report:
        lines.append(f"On held-out corpora (leave-one-corpus-out predictions pooled): "
                     f"**{report['loco_ece']:.3f}**.")
    lines += ["", "Pooled out-of-fold:", "", *_reliability_table(report["reliability"])]
    if "loco_reliability" in report:
        lines += ["", "Held-out corpora:", "", *_reliability_table(report["loco_reliability"])]
    return lines


def _calibration_options_section(report: dict[str, Any]) -> list[str]:
    opts = report.get("calibration_options")
    if not opts:
        return []
    corpora = sorted({c for o in opts.values() for c in o["per_corpus"]})
    lines = ["", "### Calibration options on held-out corpora", "",
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
    return lines


def _held_out_bands_section(report: dict[str, Any]) -> list[str]:
    rows = report.get("held_out_bands")
    if not rows:
        return []
    labels = [label for label, _ in BAND_FPR]
    lines = ["", "### Bands on held-out corpora", "",
             "Leave one corpus out: each band's threshold is set from the other corpora's out-of-fold credible "
             "scores, as `train` sets the shipped model's ("
             + ", ".join(f"`{label}` at {fpr:.0%} of credible" for label, fpr in BAND_FPR)
             + "), then applied to the held-out corpus. FPR is the share of its credible articles reaching the "
             "band, recall the share of its fakes. A prior shift moves scores and thresholds alike, so these "
             "hold at any base rate.", ""]
    head = ["held-out corpus", "credible", "fake"]
    for label in labels:
        head += [f"{label}: threshold", f"{label}: FPR", f"{label}: recall"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [f"**{row['corpus']}**" if row["corpus"] == "all" else row["corpus"],
                 str(row["credible"]), str(row["fake"])]
        for label in labels:
            band = row.get(label) or {}
            threshold = band.get("threshold")
            cells += ["" if threshold is None else f"{threshold:.3f}",
                      f"{band.get('fpr', float('nan')):.1%}", f"{band.get('recall', float('nan')):.1%}"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _fixed_model_section(report: dict[str, Any]) -> list[str]:
    if "fixed_model" not in report:
        return []
    fm = report["fixed_model"]
    lines = ["", f"## Fixed model `{fm['name']}` {fm['version']} (no retraining)", ""]
    return lines + _metrics_table("corpus", [("all", fm["all"]), *fm["per_corpus"].items()])


def _best(values: list[float], lower: bool) -> int | None:
    valid = [(v, i) for i, v in enumerate(values) if not math.isnan(v)]
    if len(valid) < 2:
        return None
    return (min(valid) if lower else max(valid))[1]


def render_confounds(report: Mapping[str, Any], heading: str = "##") -> list[str]:
    """Markdown for the ``length``, ``length_correlation``, ``publisher`` and ``encoding`` entries of a report."""
    lines: list[str] = []
    if "length" in report:
        ls = report["length"]
        models = ls["models"]
        lines += [f"{heading} Confound: article length", "",
                  "AUC of each model's held-out (leave-one-corpus-out) predictions inside word-count quintiles "
                  "of all articles: inside a stratum, length can barely separate the classes, so an AUC that "
                  "holds up here is not length. Each cell is the mean of the AUCs inside each corpus (weighted "
                  f"by articles), over corpora with ≥{MIN_PER_CLASS} articles of each class in the stratum.", ""]
        head = ["stratum", "words", "n", "share fake", "corpora", *[f"{m} AUC" for m in models]]
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for r in ls["pooled"]:
            lines.append("| " + " | ".join([str(r["stratum"]), r["words"], str(r["n"]), _f(r["fake_share"]),
                                            str(r["corpora"]), *[_f(r[m]) for m in models]]) + " |")
        k = max((len(v["edges"]) - 1 for v in ls["per_corpus"].values()), default=0)
        lines += ["", "Per held-out corpus, by quintiles of that corpus's own word counts (Q1 shortest; "
                  f"'–': fewer than {MIN_PER_CLASS} articles of a class):", "",
                  "| corpus | model | " + " | ".join(f"Q{i + 1}" for i in range(k)) + " | quintile edges (words) |",
                  "|" + "---|" * (k + 3)]
        for c, v in ls["per_corpus"].items():
            for m in models:
                cells = [_f(a) for a in v[m]] + ["–"] * (k - len(v[m]))
                lines.append(f"| {c} | {m} | " + " | ".join(cells) + f" | {', '.join(map(str, v['edges']))} |")
    if "length_correlation" in report:
        lines += ["", "Spearman correlation of the signal model's held-out score with log word count, beside "
                  "the AUC log length alone reaches on the same articles (either direction):", "",
                  "| set | n | ρ(score, log length) | length-alone AUC |", "|---|---|---|---|"]
        lines += [f"| {r['set']} | {r['n']} | {r['spearman']:+.3f} | {_f(r['length_auc'])} |"
                  for r in report["length_correlation"]]
    if "length_independence" in report:
        li = report["length_independence"]
        corpora = list(li["pairs"])
        lines += ["", "Inside each held-out corpus, for every model: Spearman ρ of the held-out score with log "
                  "word count, and the AUC on fake/credible pairs matched on length (|Δ log words| ≤ "
                  f"{li['caliper']}; pairs: " + ", ".join(f"{c} {n}" for c, n in li["pairs"].items()) + "):", "",
                  "| model | " + " | ".join(f"ρ {c}" for c in corpora) + " | max abs ρ | "
                  + " | ".join(f"matched {c}" for c in corpora) + " | matched mean |",
                  "|---|" + "---|" * (2 * len(corpora) + 2)]
        for m, v in li["models"].items():
            lines.append(f"| {m} | " + " | ".join(f"{v['spearman'][c]:+.2f}" for c in corpora)
                         + f" | {_f(v['max_abs_spearman'])} | " + " | ".join(_f(v["matched"][c]) for c in corpora)
                         + f" | {_f(v['matched_mean'])} |")
    if "publisher" in report:
        lines += ["", f"{heading} Confound: publisher", ""]
        if not report["publisher"]:
            lines.append("No corpus names at least three publishers, so there is nothing to hold out.")
        for row in report["publisher"]:
            models = [m for m in row if isinstance(row[m], dict)]
            lines += [f"Inside `{row['corpus']}` ({row['n']} articles), one publisher held out at a time "
                      "(trained on every other corpus and the other publishers). `within` is the mean AUC "
                      f"inside publishers with ≥{MIN_PER_CLASS} articles of each class, which publisher "
                      "identity cannot explain; `survives` = (within − 0.5) / (LOCO − 0.5), shown where "
                      "LOCO ≥ 0.55. Publisher identity "
                      f"alone (each article scored by its publisher's share of fakes, itself left out) reaches "
                      f"AUC {_f(row['publisher_only'])}.", "",
                      "| model | LOCO AUC | publisher held out, pooled AUC | within-publisher AUC | publishers "
                      "| survives |",
                      "|---|---|---|---|---|---|"]
            for m in models:
                v = row[m]
                surv = "–" if math.isnan(v["survives"]) else f"{v['survives']:.0%}"
                lines.append(f"| {m} | {_f(v['loco'])} | {_f(v['pooled'])} | {_f(v['within'])} | "
                             f"{v['publishers_used']} | {surv} |")
            lines += ["", "| publisher | n | fake | " + " | ".join(f"{m} AUC" for m in models) + " |",
                      "|" + "---|" * (3 + len(models))]
            for p in row["publishers"]:
                lines.append(f"| {p['publisher']} | {p['n']} | {p['fake']} | "
                             + " | ".join(_f(p[m]) for m in models) + " |")
            lines.append("")
    if "encoding" in report:
        enc = report["encoding"]
        state = "**not** in the combiner's features" if not enc["in_model"] else "**in** the combiner's features"
        lines += ["", f"{heading} Confound: encoding damage", "",
                  f"`{enc['feature']}` alone (more damage → more likely fake), per corpus. It is {state} "
                  "(excluded in `scorer.fitting.data.DEFAULT_EXCLUDE`); still computed and reported in `signals`."]
        if not enc["computed"]:
            lines += ["", "The feature was not computed for these articles (signal not installed)."]
        else:
            lines += ["", "| set | n | AUC alone | fake with damage | credible with damage |", "|---|---|---|---|---|"]
            lines += [f"| {r['set']} | {r['n']} | {_f(r['auc'])} | {_f(r['fake_with_damage'])} | "
                      f"{_f(r['credible_with_damage'])} |" for r in enc["rows"]]
    return lines
