"""Recall of internal_contradiction on contradictions planted in real articles, and its false findings.

    python benchmarks/contradiction_planted.py [--polnear 110] [--tempeval 50] [--edit-pool all] [--seed 13]

Articles with a publication date come from ../shared/data: PolNeAR (``publication_date``, train
split only) and TempEval-3 (the DCT). Contradictions are planted one per copy (``contradiction_plant``)
in two ways, reported as separate columns:

- inserted: a new template sentence in each of a seeded sample of articles ("Last month, on <two
  months back>, ...", a wrong weekday on a date, a count its list contradicts, "Yesterday, <date>"
  under a publication date then moved). An upper bound: the check sees its favourite phrasing.
- edited: wherever an article of either corpus offers one, a real expression is changed: the date
  of an agreeing relative+explicit pair shifted (its year back two, or its month back three), a
  weekday beside a real date swapped, the count word of a real "three X: A, B and C" list changed,
  the publication date moved so an agreeing pair disagrees ("pubdate") or so a past-tense date lies
  after it ("tense"). Pairs are split by distance (same clause / same sentence / adjacent sentence);
  whether the two name one event is not checked, so an edited pair is a contradiction only by
  construction (read the missed examples).

A plant counts as found when a finding of its own check overlaps the planted span. Every finding
on an untouched original counts as false (the corpora are edited news), reported for the sample and
for the whole pool. Seeded and deterministic; prints its figures. Nothing from the corpora is written.
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

Doc_ = tuple[str, str, dt.date]  # (id, text, publication date)
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
POLNEAR = DATA / "attribution_polnear" / "polnear.jsonl"
TEMPEVAL = DATA / "temporal_tempeval3" / "tempeval3.jsonl"


def _polnear() -> list[tuple[str, str, dt.date]]:
    if not POLNEAR.is_file():
        return []
    seen: dict[str, tuple[str, str, dt.date]] = {}
    with POLNEAR.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["split"] != "train" or d["article"] in seen or not d.get("publication_date"):
                continue
            seen[d["article"]] = (d["article"], d["text"], dt.date.fromisoformat(d["publication_date"][:10]))
    return sorted(seen.values())


def _tempeval() -> list[tuple[str, str, dt.date]]:
    if not TEMPEVAL.is_file():
        return []
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
    return sorted(pool)


def load(n_polnear: int, n_tempeval: int, rng: random.Random) -> tuple[list[Doc_], list[Doc_]]:
    """A seeded sample of both corpora (for inserted plants) and the whole pool (for edited ones)."""
    polnear, tempeval = _polnear(), _tempeval()
    sample = rng.sample(polnear, min(n_polnear, len(polnear))) + rng.sample(tempeval, min(n_tempeval, len(tempeval)))
    return sample, polnear + tempeval


def _found(p: cp.Plant, findings: list) -> bool:
    """A finding of the plant's own check overlaps the planted span."""
    return any(f.start < p.end and p.start < f.end and cp.FOUND_BY[p.kind] in f.message for f in findings)


def _false_findings(label: str, docs: list[Doc_], results: list, names: tuple[str, ...]) -> None:
    words = sum(len(text.split()) for _, text, _ in docs)
    n_find = sum(len(res.findings) for res in results)
    with_any = sum(bool(res.findings) for res in results)
    by_feature: Counter[str] = Counter()
    for res in results:
        for name in names:
            by_feature[name] += int(res.features.get(name, 0))
    print(
        f"  {label}: {n_find} findings in {with_any}/{len(docs)} articles ({100 * with_any / len(docs):.1f}%), "
        f"{1000 * n_find / max(words, 1):.3f} per 1,000 words ({words:,} words)"
    )
    if n_find:
        print("    by feature: " + ", ".join(f"{k} {v}" for k, v in by_feature.items() if v))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=int, default=110, help="PolNeAR articles to sample for inserted plants")
    ap.add_argument("--tempeval", type=int, default=50, help="TempEval-3 documents to sample for inserted plants")
    ap.add_argument("--edit-pool", choices=("all", "sample"), default="all",
                    help="articles searched for expressions to edit: every article of both corpora, or the sample")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=8, help="false findings, and missed plants of each kind, to print")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sample, pool = load(args.polnear, args.tempeval, rng)
    if not sample:
        sys.exit(f"no data under {DATA}")
    if args.edit_pool == "sample":
        pool = sample
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

    # Every article is scored once, untouched: the sample is part of the pool.
    in_pool = {(d[0], d[2]) for d in pool}
    everything = pool + [d for d in sample if (d[0], d[2]) not in in_pool]
    scored = dict(zip(((d[0], d[2]) for d in everything), score([(t, p) for _, t, p in everything]), strict=True))

    plants: list[cp.Plant] = []
    for _, text, pub in sample:  # inserted: one of each kind per sampled article
        r = random.Random(f"{args.seed}:ins:{text[:40]}:{pub}")
        made = [cp.relative_inserted(text, pub, r), cp.weekday_inserted(text, pub, r),
                cp.count_inserted(text, pub, r), cp.pubdate_inserted(text, pub, r)]  # fmt: skip
        plants += [p for p in made if p is not None]
    for doc_id, text, pub in pool:  # edited: wherever the article has an expression to edit
        orig, doc = scored[(doc_id, pub)]
        r = random.Random(f"{args.seed}:ed:{text[:40]}:{pub}")
        made = [cp.relative_edited(text, pub, doc, r), cp.weekday_edited(text, pub, r),
                cp.count_edited(text, pub, doc, r), cp.pubdate_edited(text, pub, doc, r),
                cp.tense_edited(text, pub, doc, r)]  # fmt: skip
        for p in made:
            # An edit where the original already had a finding says nothing about recall.
            if p is not None and not any(f.start < p.end and p.start < f.end for f in orig.findings):
                plants.append(p)
    planted = score([(p.text, p.published) for p in plants])
    elapsed = time.perf_counter() - t0

    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    missed: list[cp.Plant] = []
    for p, (res, _) in zip(plants, planted, strict=True):
        hit = _found(p, res.findings)
        keys_ = [(p.kind, p.source), (p.kind + (f" ({p.note})" if p.note else ""), p.source)]
        for key in dict.fromkeys(keys_):
            found[key][0] += hit
            found[key][1] += 1
        if not hit:
            missed.append(p)

    n_words = lambda docs: sum(len(t.split()) for _, t, _ in docs)  # noqa: E731
    print(
        f"internal_contradiction planted benchmark (seed {args.seed}, {elapsed:.0f} s): inserted plants in a sample "
        f"of {len(sample)} articles ({n_words(sample):,} words: PolNeAR train {min(args.polnear, len(sample))}, "
        f"TempEval-3 the rest); edited plants wherever {len(pool)} articles ({n_words(pool):,} words) offer an "
        f"expression to edit; {len(plants)} plants"
    )
    print("\nRecall at the planted span, by the check's own finding (found / planted):")
    order = ["relative", "weekday", "count", "pubdate", "tense"]
    rows = sorted({k for k, _ in found}, key=lambda k: (order.index(k.split()[0]), k))
    print(f"  {'check':34} {'inserted':>16} {'edited':>16}")
    for kind in rows:
        cells = []
        for src in ("inserted", "edited"):
            hit, tot = found.get((kind, src), [0, 0])
            cells.append(f"{hit}/{tot} ({100 * hit / tot:.0f}%)" if tot else "-")
        print(f"  {kind:34} {cells[0]:>16} {cells[1]:>16}")
    print("\nFalse findings on the untouched originals (every finding counts as false: edited news):")
    names = signal.warning_features
    _false_findings("sample", sample, [scored[(d[0], d[2])][0] for d in sample], names)
    if pool is not sample:
        _false_findings("whole pool", pool, [scored[(d[0], d[2])][0] for d in pool], names)
    shown = 0
    for doc_id, text, pub in pool:
        for f in scored[(doc_id, pub)][0].findings:
            if shown >= args.show:
                break
            ctx = text[max(0, f.start - 40) : f.end + 40].replace("\n", " ")
            print(f"  - {doc_id} ({pub}): {f.message}\n      …{ctx}…")
            shown += 1
    if missed:
        print(f"\nMissed plants ({len(missed)} in all), up to {args.show} of each kind:")
        shown_kind: Counter[tuple[str, str]] = Counter()
        for p in missed:
            shown_kind[(p.kind, p.source)] += 1
            if shown_kind[(p.kind, p.source)] > args.show:
                continue
            ctx = p.text[max(0, p.start - 60) : p.end + 30].replace("\n", " ")
            print(f"  - {p.kind}/{p.source} {p.note} published {p.published}: …{ctx}…")


if __name__ == "__main__":
    main()
