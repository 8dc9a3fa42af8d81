"""odd_phrasing on credible news: findings per article and per 1,000 words, per corpus and per check.

    python benchmarks/odd_phrasing_credible.py [--limit N] [--show N] [--processes P] [--exclude IDS.txt]

Data: every ../shared/data/*/articles.jsonl, records labelled "credible" (LIAR's short statements
are reported separately from articles). Credible copy should carry few slips, so this is mostly a
false-alarm measure: every finding here is either a real slip in published copy or a false alarm,
and ``--show N`` prints a seeded random sample of N findings with context to check by hand.

Encoding damage (mojibake, concentrated in one publisher of buzzfeed_webis_2016) is counted apart
as the ``encoding_damage`` feature; it never produces a phrasing finding.

The hand-read sample of findings on credible articles, with its precision, is
``benchmarks/odd_phrasing_credible_sample.py``.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from odd_phrasing_common import DATA, read_jsonl, run_signal_on


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="at most N credible records per corpus")
    parser.add_argument("--show", type=int, default=0, help="print N random findings with context")
    parser.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    parser.add_argument("--exclude", help="a file of article ids to leave out, one a line (a blind set)")
    args = parser.parse_args()
    leave_out = set(Path(args.exclude).read_text(encoding="utf-8").split()) if args.exclude else set()

    paths = sorted(DATA.glob("*/articles.jsonl"))
    if not paths:
        raise SystemExit(f"benchmark data not found under {DATA} (../shared/data ships beside the repo)")
    sample: list[tuple[str, str, str]] = []
    totals: Counter[str] = Counter()
    print(
        f"{'corpus':32s} {'records':>7s} {'words':>9s} {'findings':>8s} {'per art':>7s} {'per 1k':>7s} "
        f"{'mojibake':>8s}  by check"
    )
    for path in paths:
        corpus = path.parent.name
        rows = [
            r
            for r in read_jsonl(path)
            if r.get("label") == "credible" and (r.get("text") or "").strip() and r.get("id") not in leave_out
        ]
        if args.limit:
            rows = rows[: args.limit]
        texts = [r["text"] for r in rows]
        kinds: Counter[str] = Counter()
        words = found = damaged = 0
        for (doc, result), row in zip(run_signal_on(texts, n_process=args.processes), rows, strict=True):
            words += sum(1 for t in doc if t.is_alpha)
            found += len(result.findings)
            damaged += result.features["encoding_damage"] > 0
            kinds.update(f.check for f in result.findings)
            for f in result.findings:
                text = row["text"]
                context = text[max(0, f.start - 70) : f.end + 50].replace("\n", " / ")
                sample.append((row["id"], f"[{f.check}] {text[f.start : f.end]!r}: {f.message}", context))
        per_k = 1000 * found / max(words, 1)
        per_art = found / max(len(rows), 1)
        by_check = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
        print(f"{corpus:32s} {len(rows):7d} {words:9d} {found:8d} {per_art:7.3f} {per_k:7.2f} {damaged:8d}  {by_check}")
        if corpus != "liar":
            totals.update({"records": len(rows), "words": words, "findings": found, "damaged": damaged})
            totals.update({f"check:{k}": n for k, n in kinds.items()})
    per_k = 1000 * totals["findings"] / max(totals["words"], 1)
    per_art = totals["findings"] / max(totals["records"], 1)
    print(
        f"{'all articles (without liar)':32s} {totals['records']:7d} {totals['words']:9d} "
        f"{totals['findings']:8d} {per_art:7.3f} {per_k:7.2f} {totals['damaged']:8d}"
    )
    print("by check (articles):", ", ".join(f"{k[6:]} {n}" for k, n in totals.most_common() if k.startswith("check:")))
    if args.show:
        shown = random.Random(0).sample(sample, min(args.show, len(sample)))
        print(f"\nrandom sample of {len(shown)} findings (seed 0):")
        for art, what, context in shown:
            print(f"- {art} {what}\n    ...{context}...")


if __name__ == "__main__":
    main()
