"""Learn hedged_sourcing's hedge-cue list from the CoNLL-2010 Wikipedia **train** split.

    python benchmarks/hedged_sourcing_learn_cues.py [--min-count 8] [--min-precision 0.6] [--cache FILE]

The derived CoNLL-2010 copy has sentence labels but no cue spans, so cues are learned from the labels:
starting from what the signal already predicts (a hedged attribution or a hand-written hedge cue),
it adds, one at a time, the candidate key (``cues.candidate_keys``: a word that is not a noun, or two
adjacent words without a noun) that most raises train F1, among keys seen in at least
``--min-count`` train sentences of which at least ``--min-precision`` are uncertain; it stops when
no key adds 0.0005 F1. Before writing, the same procedure learned on even-numbered train sentences
is scored on the odd-numbered ones, so the parameters can be judged without the eval split, which
this script never reads. Writes ``plugins/hedged_sourcing/data/hedge_cues.json``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from hedged_sourcing_common import prf, read_jsonl, require
from hedged_sourcing_conll2010 import detokenise

OUT = Path(__file__).resolve().parents[1] / "plugins" / "hedged_sourcing" / "data" / "hedge_cues.json"


def _parse(texts: list[str], cache: Path | None) -> list:
    from spacy.tokens import DocBin

    from scorer.nlp import load_pipeline

    nlp = load_pipeline()
    if cache is not None and cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(texts):
            return docs
    docs = list(nlp.pipe(texts, batch_size=256))
    if cache is not None:
        bin_ = DocBin()
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(cache)
    return docs


def learn(keys: list[set[str]], gold: list[bool], base: list[bool], min_count: int, min_precision: float) -> list[dict]:
    """Greedy forward selection of cue keys on top of the ``base`` predictions."""
    seen: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    where: dict[str, list[int]] = defaultdict(list)
    for i, (ks, g) in enumerate(zip(keys, gold, strict=True)):
        for k in ks:
            seen[k] += 1
            hits[k] += g
            where[k].append(i)
    candidates = [k for k in seen if seen[k] >= min_count and hits[k] / seen[k] >= min_precision]
    pred = list(base)
    tp, n_pred, n_gold = sum(p and g for p, g in zip(pred, gold, strict=True)), sum(pred), sum(gold)
    best = prf(tp, n_pred, n_gold)[2]
    chosen: list[dict] = []
    while True:
        pick, pick_f = None, best + 0.0005
        for k in candidates:
            new = [i for i in where[k] if not pred[i]]
            if not new:
                continue
            f = prf(tp + sum(gold[i] for i in new), n_pred + len(new), n_gold)[2]
            if f > pick_f:
                pick, pick_f = k, f
        if pick is None:
            return chosen
        for i in where[pick]:
            if not pred[i]:
                pred[i] = True
                tp += gold[i]
                n_pred += 1
        best = pick_f
        candidates.remove(pick)
        chosen.append({"cue": pick, "count": seen[pick], "precision": round(hits[pick] / seen[pick], 3)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=8)
    parser.add_argument("--min-precision", type=float, default=0.6)
    parser.add_argument("--cache", type=Path, help="DocBin file to keep the parsed train split in")
    parser.add_argument("--dry-run", action="store_true", help="print the list, do not write it")
    args = parser.parse_args()

    from misinfo_scorer_plugins.hedged_sourcing.attribution import HEDGED_KINDS
    from misinfo_scorer_plugins.hedged_sourcing.cues import candidate_keys, find_hedge_cues
    from misinfo_scorer_plugins.hedged_sourcing.detect import find_attributions

    rows = [r for r in read_jsonl(require("hedge_conll2010_wiki_sentences/conll2010_wiki_sentences.jsonl"))]
    rows = [r for r in rows if r["split"] == "train"]  # never the eval split
    docs = _parse([detokenise(r["text"]) for r in rows], args.cache)
    gold = [r["label"] == "uncertain" for r in rows]
    base = [
        any(a.kind in HEDGED_KINDS for a in find_attributions(d)) or bool(find_hedge_cues(d, learned=frozenset()))
        for d in docs
    ]
    keys = [{k for k, _, _ in candidate_keys(d)} for d in docs]

    def score(pred: list[bool], g: list[bool]) -> str:
        p, r, f = prf(sum(a and b for a, b in zip(pred, g, strict=True)), sum(pred), sum(g))
        return f"P={p:.3f} R={r:.3f} F1={f:.3f}"

    even = list(range(0, len(rows), 2))
    odd = list(range(1, len(rows), 2))
    half = learn(
        [keys[i] for i in even], [gold[i] for i in even], [base[i] for i in even], args.min_count, args.min_precision
    )
    half_keys = {c["cue"] for c in half}
    odd_gold = [gold[i] for i in odd]
    print(f"train-odd, rules only:                 {score([base[i] for i in odd], odd_gold)}")
    print(
        f"train-odd, + {len(half):3d} cues learned on even: "
        f"{score([base[i] or bool(keys[i] & half_keys) for i in odd], odd_gold)}"
    )

    cues = learn(keys, gold, base, args.min_count, args.min_precision)
    print(
        f"full train: {len(cues)} cues learned; rules only {score(base, gold)}; "
        f"with cues {score([b or bool(k & {c['cue'] for c in cues}) for b, k in zip(base, keys, strict=True)], gold)}"
    )
    print(", ".join(c["cue"] for c in cues))
    if args.dry_run:
        return
    OUT.write_text(
        json.dumps(
            {
                "about": "Hedge cues learned by benchmarks/hedged_sourcing_learn_cues.py from the sentence "
                "labels of the CoNLL-2010 Wikipedia train split (derived copy); eval never read. In "
                "selection order; count = train sentences holding the cue, precision = share uncertain.",
                "min_count": args.min_count,
                "min_precision": args.min_precision,
                "cues": cues,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
