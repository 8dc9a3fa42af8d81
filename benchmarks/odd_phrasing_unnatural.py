"""Unnatural wording on fake vs credible articles: the feature's mean per class and its effect size.

    python benchmarks/odd_phrasing_unnatural.py [--limit N] [--processes P] [--show N]

Data: every ../shared/data/*/articles.jsonl (labelled fake/credible). None of these articles is in
the reference (``odd_phrasing_build_collocations.py`` reads only unlabelled corpora and skips any
reference text that shares text with a labelled article), so every labelled article is held out.

For each corpus: articles per class, the mean of ``unnatural_pairs_per_1k_words`` and of
``unnatural_findings`` per 1,000 words for fake and for credible, Cohen's d (fake minus credible,
pooled standard deviation) and the rank AUC (the chance a fake article has the higher rate; 0.5 is
no signal). Only the unnatural-wording check runs here, on the shared parse.

``--show N`` prints N random findings from credible articles (seed 0) to check by hand.
"""

from __future__ import annotations

import argparse
import random
import statistics

from odd_phrasing_common import DATA, read_jsonl
from misinfo_scorer_plugins.odd_phrasing.collocations import find_unnatural, unnatural_features, unnatural_findings


def cohen_d(a: list[float], b: list[float]) -> float:
    """Cohen's d of a minus b with the pooled standard deviation (0 when undefined)."""
    if len(a) < 2 or len(b) < 2:
        return 0.0
    va, vb = statistics.variance(a), statistics.variance(b)
    pooled = (((len(a) - 1) * va + (len(b) - 1) * vb) / (len(a) + len(b) - 2)) ** 0.5
    return (statistics.fmean(a) - statistics.fmean(b)) / pooled if pooled else 0.0


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a random ``pos`` value > a random ``neg`` value), ties counting half."""
    from scipy.stats import mannwhitneyu

    if not pos or not neg:
        return 0.5
    return float(mannwhitneyu(pos, neg).statistic) / (len(pos) * len(neg))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="at most N records per class and corpus")
    parser.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    parser.add_argument("--show", type=int, default=0, help="print N random findings from credible articles")
    args = parser.parse_args()

    from scorer.nlp import load_pipeline

    nlp = load_pipeline()
    disable = [name for name in nlp.pipe_names if name == "ner"]
    paths = sorted(DATA.glob("*/articles.jsonl"))
    if not paths:
        raise SystemExit(f"benchmark data not found under {DATA} (../shared/data ships beside the repo)")
    sample: list[str] = []
    print(
        f"{'corpus':30s} {'fake':>5s} {'cred':>5s} {'rate fake':>9s} {'rate cred':>9s} {'d':>6s} {'AUC':>5s}"
        f" {'find/1k fake':>12s} {'find/1k cred':>12s}"
    )
    for path in paths:
        rows = [r for r in read_jsonl(path) if r.get("label") in ("fake", "credible") and (r.get("text") or "").strip()]
        if args.limit:
            rows = [r for r in rows if r["label"] == "fake"][: args.limit] + [
                r for r in rows if r["label"] == "credible"
            ][: args.limit]
        rates: dict[str, list[float]] = {"fake": [], "credible": []}
        found: dict[str, int] = {"fake": 0, "credible": 0}
        words: dict[str, int] = {"fake": 0, "credible": 0}
        docs = nlp.pipe((r["text"] for r in rows), batch_size=64, n_process=args.processes, disable=disable)
        for doc, row in zip(docs, rows, strict=True):
            n_words = sum(1 for t in doc if t.is_alpha)
            unnatural = find_unnatural(doc)
            label = row["label"]
            rates[label].append(unnatural_features(unnatural, n_words)["unnatural_pairs_per_1k_words"])
            findings = unnatural_findings(unnatural)
            found[label] += len(findings)
            words[label] += n_words
            if label == "credible":
                for f in findings:
                    context = doc.text[max(0, f.start - 60) : f.end + 40].replace("\n", " / ")
                    sample.append(f"- {row['id']} {doc.text[f.start : f.end]!r}: {f.message}\n    ...{context}...")
        fake, cred = rates["fake"], rates["credible"]
        print(
            f"{path.parent.name:30s} {len(fake):5d} {len(cred):5d} "
            f"{statistics.fmean(fake) if fake else 0:9.2f} {statistics.fmean(cred) if cred else 0:9.2f} "
            f"{cohen_d(fake, cred):6.2f} {auc(fake, cred):5.2f} "
            f"{1000 * found['fake'] / max(words['fake'], 1):12.3f} "
            f"{1000 * found['credible'] / max(words['credible'], 1):12.3f}",
            flush=True,
        )
    if args.show:
        print(f"\nrandom sample of {min(args.show, len(sample))} findings in credible articles (seed 0):")
        for line in random.Random(0).sample(sample, min(args.show, len(sample))):
            print(line)


if __name__ == "__main__":
    main()
