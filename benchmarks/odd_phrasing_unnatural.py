"""Unnatural wording on fake vs credible articles: the feature's mean per class and its effect size.

    python benchmarks/odd_phrasing_unnatural.py [--limit N] [--processes P] [--show N]

Data: every ../shared/data/*/articles.jsonl (labelled fake/credible). None of these articles is in
the reference (``odd_phrasing_build_collocations.py`` reads only unlabelled corpora and skips any
reference text that shares text with a labelled article), so every labelled article is held out.

For each corpus and each of the two features (``unnatural_pairs_per_1k_words``,
``pair_association_mean``): the mean for fake and for credible articles, Cohen's d (fake minus
credible, pooled standard deviation) and the rank AUC (the chance a fake article has the higher
value; 0.5 is no signal). Then the review listing: findings per 1,000 words that
``collocations.unnatural_findings`` would give at ``--min-expected`` (the signal does not emit them).
Only the unnatural-wording check runs here, on the shared parse.

``--show N`` prints N random review findings from credible articles (seed 0) to check by hand.
"""

from __future__ import annotations

import argparse
import random
import statistics

from misinfo_scorer_plugins.odd_phrasing.collocations import (
    FINDING_EXPECTED,
    pair_stats,
    unnatural_features,
    unnatural_findings,
)
from odd_phrasing_common import DATA, read_jsonl


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
    parser.add_argument("--min-expected", type=float, default=FINDING_EXPECTED, help="review listing threshold")
    args = parser.parse_args()

    from scorer.nlp import load_pipeline

    nlp = load_pipeline()
    disable = [name for name in nlp.pipe_names if name == "ner"]
    paths = sorted(DATA.glob("*/articles.jsonl"))
    if not paths:
        raise SystemExit(f"benchmark data not found under {DATA} (../shared/data ships beside the repo)")
    sample: list[str] = []
    features = ("unnatural_pairs_per_1k_words", "pair_association_mean")
    print(f"{'corpus':30s} {'fake':>5s} {'cred':>5s} {'feature':30s} {'fake':>6s} {'cred':>6s} {'d':>6s} {'AUC':>5s}")
    review: list[str] = []
    for path in paths:
        rows = [r for r in read_jsonl(path) if r.get("label") in ("fake", "credible") and (r.get("text") or "").strip()]
        if args.limit:
            rows = [r for r in rows if r["label"] == "fake"][: args.limit] + [
                r for r in rows if r["label"] == "credible"
            ][: args.limit]
        values: dict[str, dict[str, list[float]]] = {f: {"fake": [], "credible": []} for f in features}
        by_source: dict[tuple[str, str], list[float]] = {}
        found = {"fake": 0, "credible": 0}
        words = {"fake": 0, "credible": 0}
        docs = nlp.pipe((r["text"] for r in rows), batch_size=64, n_process=args.processes, disable=disable)
        for doc, row in zip(docs, rows, strict=True):
            n_words = sum(1 for t in doc if t.is_alpha)
            stats = pair_stats(doc)
            label = row["label"]
            for name, value in unnatural_features(stats, n_words).items():
                values[name][label].append(value)
            if row.get("source"):
                by_source.setdefault((row["source"], label), []).append(values["pair_association_mean"][label][-1])
            findings = unnatural_findings(stats.unnatural, args.min_expected)
            found[label] += len(findings)
            words[label] += n_words
            if label == "credible":
                for f in findings:
                    context = doc.text[max(0, f.start - 60) : f.end + 40].replace("\n", " / ")
                    sample.append(f"- {row['id']} {doc.text[f.start : f.end]!r}: {f.message}\n    ...{context}...")
        n_fake, n_cred = len(values[features[0]]["fake"]), len(values[features[0]]["credible"])
        for name in features:
            fake, cred = values[name]["fake"], values[name]["credible"]
            print(
                f"{path.parent.name:30s} {n_fake:5d} {n_cred:5d} {name:30s} "
                f"{statistics.fmean(fake) if fake else 0:6.2f} {statistics.fmean(cred) if cred else 0:6.2f} "
                f"{cohen_d(fake, cred):6.2f} {auc(fake, cred):5.2f}",
                flush=True,
            )
        # a publisher's house style is a confound: compare the classes within each publisher too
        within = [
            (source, statistics.fmean(by_source[(source, "fake")]), statistics.fmean(by_source[(source, "credible")]))
            for source in sorted({s for s, _ in by_source})
            if len(by_source.get((source, "fake"), ())) >= 20 and len(by_source.get((source, "credible"), ())) >= 20
        ]
        for source, fake_mean, cred_mean in within:
            print(f"{'':42s} within {source}: pair_association_mean fake {fake_mean:.2f} credible {cred_mean:.2f}")
        review.append(
            f"{path.parent.name:30s} fake {1000 * found['fake'] / max(words['fake'], 1):.3f}  "
            f"credible {1000 * found['credible'] / max(words['credible'], 1):.3f}"
        )
    print(f"\nreview listing at expected >= {args.min_expected:g} (findings per 1,000 words; not emitted):")
    print("\n".join(review))
    if args.show:
        print(f"\nrandom sample of {min(args.show, len(sample))} findings in credible articles (seed 0):")
        for line in random.Random(0).sample(sample, min(args.show, len(sample))):
            print(line)


if __name__ == "__main__":
    main()
