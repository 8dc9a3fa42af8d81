"""Recall of internal_contradiction on contradictions planted in real articles, and its false findings.

    python benchmarks/contradiction_planted.py [--polnear 110] [--tempeval 50] [--seed 13] [--show 8]

Articles with a publication date come from ../shared/data: PolNeAR (``publication_date``, train
split only) and TempEval-3 (the DCT). Into copies of each, one contradiction at a time is planted
(``contradiction_plant``): a relative expression against an explicit date ("Last month, on <two
months back>"), a wrong weekday on a date, a count that its list contradicts, and a moved
publication date under a "yesterday, <date>" that fitted the old one — each inserted as a new
sentence, and, where the article has one, made by editing an existing expression. A plant counts as
found when a finding of the signal overlaps the planted span. The untouched originals give the false
findings (every finding on an original is counted as false: the corpora are edited news).

Seeded and deterministic; prints its figures. Nothing from the corpora is written anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contradiction_plant as cp
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction

from scorer.entities import defer_ner
from scorer.host import skippable_components
from scorer.nlp import load_pipeline
from scorer.testing import make_article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
POLNEAR = DATA / "attribution_polnear" / "polnear.jsonl"
TEMPEVAL = DATA / "temporal_tempeval3" / "tempeval3.jsonl"


def load(n_polnear: int, n_tempeval: int, rng: random.Random) -> list[tuple[str, str, dt.date]]:
    """(id, text, publication date) for a seeded sample of both corpora."""
    docs: list[tuple[str, str, dt.date]] = []
    if POLNEAR.is_file():
        seen: dict[str, tuple[str, str, dt.date]] = {}
        with POLNEAR.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d["split"] != "train" or d["article"] in seen or not d.get("publication_date"):
                    continue
                seen[d["article"]] = (d["article"], d["text"], dt.date.fromisoformat(d["publication_date"][:10]))
        pool = sorted(seen.values())
        docs += rng.sample(pool, min(n_polnear, len(pool)))
    if TEMPEVAL.is_file():
        pool = []
        with TEMPEVAL.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                value = (d.get("dct") or {}).get("value", "")
                try:
                    pub = dt.date.fromisoformat(value[:10])
                except ValueError:
                    continue
                pool.append((d["doc_id"], d["text"], pub))
        pool.sort()
        docs += rng.sample(pool, min(n_tempeval, len(pool)))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=int, default=110, help="PolNeAR articles to sample")
    ap.add_argument("--tempeval", type=int, default=50, help="TempEval-3 documents to sample")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=8, help="false findings on originals to print")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = load(args.polnear, args.tempeval, rng)
    if not docs:
        sys.exit(f"no data under {DATA}")
    t0 = time.perf_counter()
    nlp = load_pipeline()
    signal = InternalContradiction()
    skip = list(skippable_components([signal]))

    def score(items: list[tuple[str, dt.date]]) -> list:
        out = []
        for (text, pub), doc in zip(items, nlp.pipe([t for t, _ in items], disable=skip, batch_size=16), strict=True):
            if "ner" in skip:
                defer_ner(doc, nlp)
            out.append((signal.compute(make_article(text, pub.isoformat()), doc), doc))
        return out

    originals = score([(text, pub) for _, text, pub in docs])

    # --- plants, one per copy ---
    plants: list[cp.Plant] = []
    for (_, text, pub), (orig, doc) in zip(docs, originals, strict=True):
        r = random.Random(f"{args.seed}:{text[:40]}:{pub}")
        made = [
            cp.relative_inserted(text, pub, r), cp.relative_edited(text, pub, r),
            cp.weekday_inserted(text, pub, r), cp.weekday_edited(text, pub, r),
            cp.count_inserted(text, pub, r), cp.count_edited(text, pub, doc, r),
            cp.pubdate_inserted(text, pub, r), cp.pubdate_edited(text, pub, r),
        ]  # fmt: skip
        for p in made:
            if p is None:
                continue
            # An edit where the original already had a finding says nothing about recall.
            if p.source == "edited" and any(f.start < p.end and p.start < f.end for f in orig.findings):
                continue
            plants.append(p)
    planted = score([(p.text, p.published) for p in plants])

    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    missed: list[tuple[cp.Plant, list[str]]] = []
    for p, (res, _) in zip(plants, planted, strict=True):
        hit = any(f.start < p.end and p.start < f.end for f in res.findings)
        for key in ((p.kind, p.source), (p.kind, "all")):
            found[key][0] += hit
            found[key][1] += 1
        if not hit:
            missed.append((p, [f.message for f in res.findings]))
    elapsed = time.perf_counter() - t0

    words = sum(len(text.split()) for _, text, _ in docs)
    n_find = sum(len(res.findings) for res, _ in originals)
    by_feature: Counter[str] = Counter()
    for res, _ in originals:
        for name in signal.warning_features:
            by_feature[name] += int(res.features.get(name, 0))
    with_any = sum(bool(res.findings) for res, _ in originals)

    print(
        f"internal_contradiction planted benchmark (seed {args.seed}): {len(docs)} articles, {words:,} words "
        f"(PolNeAR train {min(args.polnear, len(docs))}, TempEval-3 rest), {len(plants)} plants, {elapsed:.0f} s"
    )
    print("\nRecall at the planted span (found / planted):")
    print(f"  {'check':10} {'inserted':>16} {'edited':>16} {'all':>16}")
    for kind in ("relative", "weekday", "count", "pubdate"):
        cells = []
        for src in ("inserted", "edited", "all"):
            hit, tot = found.get((kind, src), [0, 0])
            cells.append(f"{hit}/{tot} ({100 * hit / tot:.0f}%)" if tot else "-")
        print(f"  {kind:10} {cells[0]:>16} {cells[1]:>16} {cells[2]:>16}")
    print("\nFalse findings on the untouched originals:")
    print(
        f"  {n_find} findings in {with_any}/{len(docs)} articles: {n_find / len(docs):.3f} per article, "
        f"{1000 * n_find / max(words, 1):.3f} per 1,000 words"
    )
    print("  by feature: " + ", ".join(f"{k} {v}" for k, v in by_feature.items() if v) if n_find else "  (none)")
    shown = 0
    for (doc_id, text, pub), (res, _) in zip(docs, originals, strict=True):
        for f in res.findings:
            if shown >= args.show:
                break
            ctx = text[max(0, f.start - 40) : f.end + 40].replace("\n", " ")
            print(f"  - {doc_id} ({pub}): {f.message}\n      …{ctx}…")
            shown += 1
    if missed:
        print(f"\nA few missed plants ({len(missed)} in all):")
        for p, msgs in missed[: args.show]:
            ctx = p.text[max(0, p.start - 30) : p.end + 30].replace("\n", " ")
            print(f"  - {p.kind}/{p.source} published {p.published}: …{ctx}…  findings: {len(msgs)}")


if __name__ == "__main__":
    main()
