"""CoNLL-2010 Task 1, Wikipedia weasel sentences (eval split): sentence-level detection.

    python benchmarks/hedged_sourcing_conll2010.py [--show N] [--limit N]

A sentence is predicted uncertain when hedged_sourcing flags anything in it (anonymous, vague or
agentless attribution). Gold: the derived sentence lists in ``hedge_conll2010_wiki_sentences``
(Farkas et al. 2010; a ~70 % copy of the official eval set, so figures are only indicative next to
the published ~0.55-0.60 F1). The task's "uncertain" class is broader than hedged sourcing (it
also covers "may", "probably", "often", peacock terms), so recall is bounded well below 1.
"""

from __future__ import annotations

import argparse
import random
import re

from hedged_sourcing_common import prf, read_jsonl, require, run

_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "``": '"', "''": '"'}
_PTB_RE = re.compile("|".join(re.escape(k) for k in _PTB))


def detokenise(text: str) -> str:
    """Undo the PTB escapes the copy carries in places."""
    return _PTB_RE.sub(lambda m: _PTB[m.group(0)], text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N false positives and N misses")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    args = parser.parse_args()

    rows = [r for r in read_jsonl(require("hedge_conll2010_wiki_sentences/conll2010_wiki_sentences.jsonl"))]
    rows = [r for r in rows if r["split"] == "eval"]
    if args.limit:
        rows = rows[: args.limit]
    texts = [detokenise(r["text"]) for r in rows]

    tp = n_pred = n_gold = 0
    by_kind = {"anonymous": 0, "vague": 0, "agentless": 0}
    false_pos: list[str] = []
    misses: list[str] = []
    for row, text, (doc, attributions) in zip(rows, texts, run(texts, batch_size=256), strict=True):
        flagged = [a for a in attributions if a.kind in by_kind]
        gold = row["label"] == "uncertain"
        pred = bool(flagged)
        n_gold += gold
        n_pred += pred
        tp += gold and pred
        if pred and gold:
            for kind in {a.kind for a in flagged}:
                by_kind[kind] += 1
        if pred and not gold:
            phrases = "; ".join(doc[a.first : a.last + 1].text for a in flagged)
            false_pos.append(f"[{phrases}] {text}")
        if gold and not pred:
            misses.append(text)

    p, r, f = prf(tp, n_pred, n_gold)
    print(f"CoNLL-2010 Wikipedia eval (derived copy): {len(rows)} sentences, {n_gold} uncertain")
    print(f"sentence-level P={p:.3f} R={r:.3f} F1={f:.3f} (predicted {n_pred}, correct {tp})")
    print("true positives by kind (a sentence may count under several):", by_kind)
    rng = random.Random(0)
    for name, items in (("false positives", false_pos), ("misses", misses)):
        if args.show and items:
            print(f"\n-- {name} (random {min(args.show, len(items))} of {len(items)}) --")
            for item in rng.sample(items, min(args.show, len(items))):
                print("  ", item[:300])


if __name__ == "__main__":
    main()
