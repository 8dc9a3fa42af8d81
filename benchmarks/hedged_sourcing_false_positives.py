"""False-positive check: how often hedged_sourcing fires on articles labelled credible.

    python benchmarks/hedged_sourcing_false_positives.py [--limit N] [--show N] [--corpus NAME ...]

For every ``../shared/data/*/articles.jsonl`` corpus, prints per label (credible, fake): the share of
articles with at least one finding, findings per 1,000 words, and the mean of ``named_share``.
Credible articles legitimately quote anonymous officials, so the credible share is not an error
rate; the gap to the fake share and a read of the sample (``--show``) are what tell. ``liar``
holds one-sentence claims, not articles; it is reported but read with that in mind.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict

from hedged_sourcing_common import DATA, read_jsonl, run
from misinfo_scorer_plugins.hedged_sourcing.report import features


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=300, help="articles per corpus and label (0: all)")
    parser.add_argument("--show", type=int, default=0, help="print N random findings from credible articles")
    parser.add_argument("--corpus", nargs="*", help="only these corpus folder names")
    args = parser.parse_args()

    corpora = sorted(p.parent.name for p in DATA.glob("*/articles.jsonl"))
    if not corpora:
        raise SystemExit(f"no */articles.jsonl under {DATA} (../shared/data ships beside the repo)")
    if args.corpus:
        corpora = [c for c in corpora if c in args.corpus]

    print(f"{'corpus':32} {'label':9} {'n':>5} {'with finding':>13} {'per 1k words':>13} {'named_share':>12}")
    sample: list[str] = []
    kinds_credible: Counter[str] = Counter()
    for corpus in corpora:
        by_label: dict[str, list[dict]] = defaultdict(list)
        for rec in read_jsonl(DATA / corpus / "articles.jsonl"):
            text = rec.get("text") or ""
            if text.strip() and rec.get("label") in ("credible", "fake"):
                by_label[rec["label"]].append(rec)
        for label in ("credible", "fake"):
            recs = by_label[label]
            if args.limit:
                recs = recs[: args.limit]
            with_finding = 0
            n_findings = words = 0
            named_share = 0.0
            for doc, attributions in run(r["text"] for r in recs):
                flagged = [a for a in attributions if a.kind != "named"]
                with_finding += bool(flagged)
                n_findings += len(flagged)
                feats = features(attributions, doc)
                words += _words(doc)
                named_share += feats["named_share"]
                if label == "credible":
                    for a in flagged:
                        kinds_credible[a.kind] += 1
                        sentence = doc[a.first].sent
                        phrase = doc[a.first : a.last + 1].text
                        sample.append(f"{corpus} {a.kind}: [{phrase}] {sentence.text.strip()[:220]}")
            n = len(recs)
            if n:
                print(
                    f"{corpus:32} {label:9} {n:5d} {with_finding / n:13.1%} "
                    f"{1000 * n_findings / max(words, 1):13.2f} {named_share / n:12.2f}"
                )
    print("findings in credible articles by kind:", dict(kinds_credible))
    if args.show and sample:
        print(f"\n-- random {min(args.show, len(sample))} of {len(sample)} findings in credible articles --")
        for row in random.Random(0).sample(sample, min(args.show, len(sample))):
            print("  ", row.replace("\n", " "))


def _words(doc) -> int:
    return sum(1 for t in doc if not (t.is_punct or t.is_space))


if __name__ == "__main__":
    main()
