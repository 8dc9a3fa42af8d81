"""CoNLL-2010 Task 1, Wikipedia weasel sentences (eval split): sentence-level detection.

    python benchmarks/hedged_sourcing_conll2010.py [--show N] [--limit N]

A sentence is predicted uncertain when hedged_sourcing finds a hedged attribution (anonymous, vague
or agentless) or a hedge cue in it (``cues.py``: hand rules plus the list learned from the train
split by ``hedged_sourcing_learn_cues.py``). ``--attributions-only`` scores the attributions alone,
``--rules-only`` leaves the learned list out. Gold: the derived sentence lists in ``hedge_conll2010_wiki_sentences``
(Farkas et al. 2010; a ~70 % copy of the official eval set, so figures are only indicative next to
the published ~0.55-0.60 F1). The task's "uncertain" class is broader than hedged sourcing (it
also covers "may", "probably", "often", peacock terms), so recall is bounded well below 1.
"""

from __future__ import annotations

import argparse
import random
import re

from hedged_sourcing_common import prf, read_jsonl, require, run
from misinfo_scorer_plugins.hedged_sourcing.attribution import HEDGED_KINDS as _KINDS

_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "``": '"', "''": '"'}
_PTB_RE = re.compile("|".join(re.escape(k) for k in _PTB))


def detokenise(text: str) -> str:
    """Undo the PTB escapes the copy carries in places."""
    return _PTB_RE.sub(lambda m: _PTB[m.group(0)], text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N false positives and N misses")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    parser.add_argument("--split", choices=("eval", "train"), default="eval")
    parser.add_argument("--attributions-only", action="store_true", help="ignore hedge cues")
    parser.add_argument("--rules-only", action="store_true", help="hedge cues without the learned list")
    args = parser.parse_args()

    from misinfo_scorer_plugins.hedged_sourcing.cues import find_hedge_cues

    rows = [r for r in read_jsonl(require("hedge_conll2010_wiki_sentences/conll2010_wiki_sentences.jsonl"))]
    rows = [r for r in rows if r["split"] == args.split]
    if args.limit:
        rows = rows[: args.limit]
    texts = [detokenise(r["text"]) for r in rows]

    tp = n_pred = n_gold = 0
    by_kind: dict[str, int] = {}
    learned = frozenset() if args.rules_only else None
    false_pos: list[str] = []
    misses: list[str] = []
    for row, text, (doc, attributions) in zip(rows, texts, run(texts, batch_size=256), strict=True):
        flagged = [(a.kind, doc[a.first : a.last + 1].text) for a in attributions if a.kind in _KINDS]
        if not args.attributions_only:
            cues = find_hedge_cues(doc, learned=learned)
            flagged += [(f"cue:{c.kind}", doc[c.first : c.last + 1].text) for c in cues]
        gold = row["label"] == "uncertain"
        pred = bool(flagged)
        n_gold += gold
        n_pred += pred
        tp += gold and pred
        if pred and gold:
            for kind in {k for k, _ in flagged}:
                by_kind[kind] = by_kind.get(kind, 0) + 1
        if pred and not gold:
            phrases = "; ".join(f"{k}: {t}" for k, t in flagged)
            false_pos.append(f"[{phrases}] {text}")
        if gold and not pred:
            misses.append(text)

    p, r, f = prf(tp, n_pred, n_gold)
    print(f"CoNLL-2010 Wikipedia {args.split} (derived copy): {len(rows)} sentences, {n_gold} uncertain")
    print(f"sentence-level P={p:.3f} R={r:.3f} F1={f:.3f} (predicted {n_pred}, correct {tp})")
    print("true positives by kind (a sentence may count under several):", dict(sorted(by_kind.items())))
    rng = random.Random(0)
    for name, items in (("false positives", false_pos), ("misses", misses)):
        if args.show and items:
            print(f"\n-- {name} (random {min(args.show, len(items))} of {len(items)}) --")
            for item in rng.sample(items, min(args.show, len(items))):
                print("  ", item[:300])


if __name__ == "__main__":
    main()
