"""hedged_sourcing on 300 credible articles: findings per article, and a hand-read sample.

    python benchmarks/hedged_sourcing_credible.py [--sample 50] [--seed 0] [--all]

Articles: the 84 of PolNeAR's **test** split (first annotator's copy; never used to build rules)
and 216 mainstream (abc, cnn, politico) articles of buzzfeed_webis_2016 labelled credible, taken
in the order of the MD5 of their id after dropping empty, duplicate and short (< 80 words) texts
and the articles of ``editor_gold_dev``. Printed: findings per article and per 1,000 words, the
share of articles with at least one, counts per check, and a seeded random sample of findings
with their sentence (the sample: the findings with the smallest hash of seed, article and offsets,
so it stays put when a rule change adds or drops other findings).

Credible reporting legitimately quotes anonymous officials, so a finding here is not an error:
it is wrong only when it is not what the copy-editor protocol (``editor_gold_dev/PROTOCOL.md``)
would query. ``VERDICTS`` holds the hand-read verdict on each finding of the default sample
(seed 0, 50 findings), keyed by article id and the finding's character offsets; the precision
printed is over the sampled findings that have a verdict, and sampled findings without one are
listed as unread (a rule change that moves the sample shows up there, never as a silent figure).
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter

from hedged_sourcing_common import read_jsonl, require, run
from misinfo_scorer_plugins.hedged_sourcing.detect import HEDGED_KINDS
from misinfo_scorer_plugins.hedged_sourcing.report import check_for

N_ARTICLES = 300
MIN_WORDS = 80

#: Hand-read verdicts on the default sample: (article id, start, end) -> (right?, why).
VERDICTS: dict[tuple[str, int, int], tuple[bool, str]] = {}


def articles() -> list[dict]:
    """The 300 credible articles, in a fixed order."""
    gold_ids = {r["id"] for r in read_jsonl(require("editor_gold_dev/articles.jsonl"))}
    polnear: dict[str, dict] = {}
    for rec in read_jsonl(require("attribution_polnear/polnear.jsonl")):
        if rec["split"] != "test":
            continue
        if rec["article"] not in polnear or rec["annotator"] < polnear[rec["article"]]["annotator"]:
            polnear[rec["article"]] = rec
    chosen = [{"id": f"polnear_test:{a}", "text": r["text"]} for a, r in sorted(polnear.items())]
    seen: set[str] = set()
    buzzfeed = []
    for rec in read_jsonl(require("buzzfeed_webis_2016/articles.jsonl")):
        text = rec.get("text") or ""
        meta = rec.get("meta") or {}
        if rec.get("label") != "credible" or meta.get("orientation") != "mainstream" or rec["id"] in gold_ids:
            continue
        if len(text.split()) < MIN_WORDS or text in seen:
            continue
        seen.add(text)
        buzzfeed.append({"id": rec["id"], "text": text})
    buzzfeed.sort(key=lambda r: hashlib.md5(r["id"].encode()).hexdigest())
    return chosen + buzzfeed[: N_ARTICLES - len(chosen)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=50, help="findings to sample for reading")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--all", action="store_true", help="print every finding, not only the sample")
    args = parser.parse_args()

    recs = articles()
    rows: list[tuple[str, int, int, str, str, str]] = []  # id, start, end, check, phrase, sentence
    by_check: Counter[str] = Counter()
    words = with_finding = 0
    for rec, (doc, attributions) in zip(recs, run(r["text"] for r in recs), strict=True):
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
        hedged = [a for a in attributions if a.kind in HEDGED_KINDS]
        with_finding += bool(hedged)
        for attr in hedged:
            span = doc[attr.first : attr.last + 1]
            check = check_for(attr)
            by_check[check] += 1
            sentence = " ".join(span.sent.text.split())
            rows.append((rec["id"], span.start_char, span.end_char, check, span.text, sentence))

    n = len(recs)
    print(f"credible articles: {n} (PolNeAR test + buzzfeed_webis_2016 mainstream), {words} words")
    print(
        f"findings: {len(rows)}; per article {len(rows) / n:.2f}; per 1,000 words {1000 * len(rows) / words:.2f}; "
        f"articles with a finding {with_finding / n:.0%}"
    )
    print("by check:", ", ".join(f"{c} {k}" for c, k in by_check.most_common()))

    # the findings with the smallest hash of (seed, article, offsets): a change to the rules only
    # adds or drops its own findings, so verdicts on the rest stay valid
    sample = sorted(rows, key=lambda r: hashlib.md5(f"{args.seed}:{r[0]}:{r[1]}:{r[2]}".encode()).hexdigest())
    sample = sample[: args.sample]
    read = [VERDICTS.get((r[0], r[1], r[2])) for r in sample]
    judged = [v for v in read if v is not None]
    right = sum(ok for ok, _ in judged)
    print(f"\nrandom sample of {len(sample)} findings (seed {args.seed}):")
    for row, verdict in zip(sample, read, strict=True):
        mark = "unread" if verdict is None else ("right " if verdict[0] else "WRONG ")
        why = f"  ({verdict[1]})" if verdict else ""
        print(f"  {mark} {row[0]} {row[1]}-{row[2]} [{row[3]}] '{row[4]}'{why}\n         {row[5][:240]}")
    if judged:
        unread = len(sample) - len(judged)
        print(f"\nhand-read precision: {right}/{len(judged)} = {right / len(judged):.2f} ({unread} unread)")
    else:
        print("\nhand-read precision: no verdicts for this sample")
    if args.all:
        print("\nall findings:")
        for row in rows:
            print(f"  {row[0]} [{row[3]}] '{row[4]}' :: {row[5][:240]}")


if __name__ == "__main__":
    main()
