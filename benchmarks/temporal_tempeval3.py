"""TempEval-3 TIMEX3 normalisation: internal_contradiction's date normaliser against gold values.

    python benchmarks/temporal_tempeval3.py [--split test_platinum] [--errors 20]

Data: ../shared/data/temporal_tempeval3/tempeval3.jsonl (beside the repo, not in it; see its README).
Every value is resolved against the document creation time (DCT), as in the task.

Two measures:

1. Normalisation on gold extents: for each gold TIMEX3, the value our normaliser gives the gold
   text (with the Doc's tense at that point), per TIMEX3 type; dateparser alone on the same
   extents for comparison.
2. End to end (TempEval-3 Task A style, relaxed match = any overlap): the expressions our scanner
   finds in the text against the gold ones: precision, recall, extent F1, value accuracy on matches
   and value F1 = F1 x value accuracy. The ALL row ignores types (as the task's value F1 does); the
   per-type rows match gold TIMEX3 of one type against our expressions of that type
   (``TimeExpr.timex_type``). The published best on TE3 Platinum is HeidelTime at value F1 77.61
   over all types (UzZaman et al. 2013, Table 3; the paper gives no per-type figures).

Develop on the training splits (``--split train_timebank`` / ``train_aquaint``); Platinum is the test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from misinfo_scorer_plugins.internal_contradiction.syntax import DocIndex
from misinfo_scorer_plugins.internal_contradiction.timex import (
    TimeExpr,
    fallback_value,
    find_expressions,
    normalise,
)

from scorer.nlp import load_pipeline

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "temporal_tempeval3" / "tempeval3.jsonl"


def _value(expr_value: object) -> str | None:
    return getattr(expr_value, "timex", None)


def _same(pred: str | None, gold: str) -> bool:
    return pred is not None and pred.upper() == gold.upper()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test_platinum")
    ap.add_argument("--errors", type=int, default=0, help="print this many normalisation errors")
    ap.add_argument("--type", default="DATE", help="TIMEX3 type whose errors --errors prints (or ALL)")
    args = ap.parse_args()
    if not DATA.is_file():
        print(f"data not found: {DATA}", file=sys.stderr)
        return 2
    docs = [d for d in map(json.loads, DATA.open(encoding="utf-8")) if d["split"] == args.split]
    nlp = load_pipeline()

    norm_ok: Counter[str] = Counter()
    norm_n: Counter[str] = Counter()
    dp_ok: Counter[str] = Counter()
    errors: list[str] = []
    # end to end, per scope ("ALL", "DATE"): gold count, system count, matched, value-correct
    e2e: dict[str, Counter[str]] = defaultdict(Counter)

    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        dct = dt.date.fromisoformat(d["dct"]["value"][:10])
        idx = DocIndex(doc)
        found = [
            e
            for e in find_expressions(d["text"], dct, tense_at=idx.tense_at, entity_at=idx.entity_at)
            if e.value is not None
        ]
        for t in d["timexes"]:
            typ, gold = t["type"], t["value"]
            norm_n[typ] += 1
            pred = _gold_extent_value(t, found, dct, idx)
            if _same(pred, gold):
                norm_ok[typ] += 1
            elif args.type in (typ, "ALL") and len(errors) < args.errors:
                errors.append(f"  {typ:8} {t['text']!r:28} gold {gold:12} ours {pred!s:12} (DCT {dct})")
            if _same(_value(fallback_value(t["text"], dct)), gold):
                dp_ok[typ] += 1
        _end_to_end(d["timexes"], found, e2e)

    total_n = sum(norm_n.values())
    print(f"TempEval-3 {args.split}: {len(docs)} documents, {total_n} gold TIMEX3\n")
    print("1. Value accuracy on gold extents (ours / dateparser alone)")
    for typ in sorted(norm_n):
        print(f"  {typ:9} n={norm_n[typ]:4}  ours {100 * norm_ok[typ] / norm_n[typ]:5.1f}%"
              f"   dateparser {100 * dp_ok[typ] / norm_n[typ]:5.1f}%")
    print(f"  {'all':9} n={total_n:4}  ours {100 * sum(norm_ok.values()) / total_n:5.1f}%"
          f"   dateparser {100 * sum(dp_ok.values()) / total_n:5.1f}%")
    print("\n2. End to end, relaxed match (HeidelTime, best in TE3: value F1 77.61 over all types)")
    for scope in (*_TYPES, "ALL"):
        c = e2e[scope]
        p = c["match_sys"] / c["sys"] if c["sys"] else 0.0
        r = c["match_gold"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = c["value_ok"] / c["match_gold"] if c["match_gold"] else 0.0
        print(f"  {scope:5} gold {c['gold']:4} system {c['sys']:4}  P {100 * p:5.1f}  R {100 * r:5.1f}  "
              f"F1 {100 * f1:5.1f}  value acc {100 * acc:5.1f}  value F1 {100 * f1 * acc:5.1f}")
    if errors:
        print(f"\n{args.type} normalisation errors (on gold extents):")
        print("\n".join(errors))
    return 0


def _gold_extent_value(t: dict, found: list[TimeExpr], dct: dt.date, idx: DocIndex) -> str | None:
    """Our value for a gold extent: the scanner's expression covering it, else the normaliser on the
    gold text alone, else dateparser."""
    s, e = t["start"], t["end"]
    over = [x for x in found if x.start < e and s < x.end]
    if over:
        best = max(over, key=lambda x: min(e, x.end) - max(s, x.start))
        return _value(best.value)
    value = normalise(t["text"], dct, tense=idx.tense_at(s))
    if value is None:
        value = fallback_value(t["text"], dct)
    return _value(value)


_TYPES = ("DATE", "TIME", "DURATION", "SET")


def _end_to_end(gold: list[dict], found: list[TimeExpr], out: dict[str, Counter[str]]) -> None:
    for scope in (*_TYPES, "ALL"):
        g = [t for t in gold if scope in ("ALL", t["type"])]
        sys_ = [x for x in found if scope in ("ALL", x.timex_type)]
        out[scope]["gold"] += len(g)
        out[scope]["sys"] += len(sys_)
        out[scope]["match_sys"] += sum(1 for x in sys_ if any(x.start < t["end"] and t["start"] < x.end for t in g))
        for t in g:
            hits = [x for x in sys_ if x.start < t["end"] and t["start"] < x.end]
            if hits:
                out[scope]["match_gold"] += 1
                if _same(_value(hits[0].value), t["value"]):
                    out[scope]["value_ok"] += 1


if __name__ == "__main__":
    raise SystemExit(main())
