"""JFLEG: how often odd_phrasing flags learner sentences, and how often their fluent rewrites.

    python benchmarks/odd_phrasing_jfleg.py [--split dev|test|all] [--show N]

Data: JFLEG (Napoles, Sakaguchi & Tetreault, EACL 2017), ../shared/data/grammar_jfleg/jfleg.jsonl:
learner sentences, each with four fluent human corrections. Both sides are PTB-tokenised in the
corpus; both are detokenised the same way before scoring, so spacing before punctuation is not a
difference between them.

Figures printed:

1. Sentence detection: the share of original sentences flagged (any finding), counting only those
   that differ from all four references; a crude recall, since most learner errors (spelling,
   word choice, articles) are outside this signal by design.
2. False alarms: the share of corrected sentences flagged (each reference on its own). The target
   is at most 1 in 20 (5%).
3. The same two shares for the unnatural-wording check alone: the findings it would give at the
   review threshold (``collocations.unnatural_findings``; the signal does not emit them).
4. Per check: findings on sources and on references, so a noisy check shows up by name.

``--show N`` prints N flagged references (the false alarms) to stdout for hand checking.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from misinfo_scorer_plugins.odd_phrasing.collocations import find_unnatural, unnatural_findings
from odd_phrasing_common import FINDING_KINDS, detokenize, read_jsonl, require, run_signal_on


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, help="print N flagged references")
    args = parser.parse_args()

    rows = [r for r in read_jsonl(require("grammar_jfleg/jfleg.jsonl")) if args.split in ("all", r["split"])]
    sources = [detokenize(r["source"]) for r in rows]
    refs = [[detokenize(ref) for ref in r["references"]] for r in rows]
    flat_refs = [ref for group in refs for ref in group]

    results = []
    unnatural = []  # per text: does the unnatural-wording check alone flag it?
    for doc, res in run_signal_on(sources + flat_refs):
        results.append(res)
        unnatural.append(bool(unnatural_findings(find_unnatural(doc))))
    src_results, ref_results = results[: len(sources)], results[len(sources) :]

    differing = [i for i, s in enumerate(sources) if all(s != ref for ref in refs[i])]
    src_flagged = sum(1 for i in differing if src_results[i].findings)
    ref_flagged = [i for i, r in enumerate(ref_results) if r.findings]
    src_kinds: Counter[str] = Counter()
    ref_kinds: Counter[str] = Counter()
    checks = list(FINDING_KINDS)
    for res in src_results:
        src_kinds.update(f.check for f in res.findings)
    for res in ref_results:
        ref_kinds.update(f.check for f in res.findings)

    print(f"JFLEG split={args.split}: {len(sources)} learner sentences, {len(flat_refs)} references")
    print(
        f"sources flagged (of {len(differing)} that differ from every reference): {src_flagged} "
        f"= {100 * src_flagged / max(len(differing), 1):.1f}%"
    )
    print(
        f"references flagged (false alarms): {len(ref_flagged)} of {len(flat_refs)} "
        f"= {100 * len(ref_flagged) / max(len(flat_refs), 1):.2f}%  (target <= 5%)"
    )
    alone_src = sum(1 for i in differing if unnatural[i])
    alone_ref = sum(unnatural[len(sources) :])
    print(
        f"unnatural wording alone (review threshold, not emitted): "
        f"sources {100 * alone_src / max(len(differing), 1):.1f}%, "
        f"references {100 * alone_ref / max(len(flat_refs), 1):.2f}%"
    )
    print(f"{'check':28s} {'on sources':>10s} {'on references':>14s}")
    for k in checks:
        print(f"{k:28s} {src_kinds[k]:10d} {ref_kinds[k]:14d}")
    if args.show:
        print("\nflagged references (to check by hand):")
        for i in random.Random(0).sample(ref_flagged, min(args.show, len(ref_flagged))):
            for f in ref_results[i].findings:
                print(f"- {flat_refs[i][f.start : f.end]!r}: {f.message}\n    {flat_refs[i]}")


if __name__ == "__main__":
    main()
