"""Every internal_contradiction finding on 1,000 dated credible articles, printed to be read by hand.

    python benchmarks/internal_contradiction_credible.py [--n 1000] [--seed 13] [--cache DIR] [--check NAME]
    python benchmarks/internal_contradiction_credible.py --heldout [--cache DIR]

Credible news is edited news: almost nothing in it should be flagged, so every finding here is read
and judged. The articles come from ../shared/data (never copied into the repo), each with its own
publication date:

- TempEval-3, all 276 documents (the DCT);
- BuzzFeed-Webis 2016, the mainstream "mostly true" CNN articles whose URL carries the day
  (``/2016/09/18/``): the corpus has no date field, the URL is the publication date;
- PolNeAR train, a seeded sample filling the rest (``publication_date``).

``--heldout`` runs instead on articles the checks were not developed on: PolNeAR dev and test (dated;
their README allows them for evaluation) and the undated mainstream BuzzFeed-Webis articles (Politico,
ABC: only the checks that need no date can fire there).

For each finding it prints the article, the check, the span and the related (earlier) span with
their sentences, and the message; then findings per 100 articles by check. Verdicts read by hand
are in ``internal_contradiction_credible_verdicts.json`` (keyed by article id, check and span
offsets; a reason in a few words, quoting no more than the name or figure at issue): each printed
finding shows its verdict, or "unread" for one nobody has read yet (a finding whose span moved is
unread again), and the last line counts wrong findings per 100 articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import DATA, read_jsonl
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction
from spacy.tokens import DocBin

from scorer.entities import defer_ner
from scorer.host import skippable_components
from scorer.nlp import load_pipeline
from scorer.testing import make_article

VERDICTS = Path(__file__).resolve().parent / "internal_contradiction_credible_verdicts.json"
_CNN_DAY = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")

Item = tuple[str, str, "dt.date | None"]  # (id, text, publication date)


def _tempeval() -> list[Item]:
    out: list[Item] = []
    for d in read_jsonl(DATA / "temporal_tempeval3" / "tempeval3.jsonl"):
        try:
            pub = dt.date.fromisoformat(((d.get("dct") or {}).get("value") or "")[:10])
        except ValueError:
            continue
        out.append((f"tempeval3:{d['doc_id']}", d["text"], pub))
    return sorted(out)


def _buzzfeed(dated: bool) -> list[Item]:
    out: list[Item] = []
    seen: set[str] = set()
    for d in read_jsonl(DATA / "buzzfeed_webis_2016" / "articles.jsonl"):
        meta = d.get("meta") or {}
        if d["label"] != "credible" or meta.get("orientation") != "mainstream" or not d["text"].strip():
            continue
        if d["text"] in seen:
            continue
        seen.add(d["text"])
        m = _CNN_DAY.search(meta.get("url") or "")
        pub = dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
        if (pub is not None) == dated:
            out.append((f"buzzfeed:{d['id']}", d["text"], pub))
    return sorted(out)


def _polnear(splits: tuple[str, ...]) -> list[Item]:
    seen: dict[str, Item] = {}
    for d in read_jsonl(DATA / "attribution_polnear" / "polnear.jsonl"):
        if d["split"] not in splits or d["article"] in seen or not d.get("publication_date"):
            continue
        seen[d["article"]] = (f"polnear:{d['article']}", d["text"], dt.date.fromisoformat(d["publication_date"][:10]))
    return sorted(seen.values())


def load(n: int, seed: int, heldout: bool) -> list[Item]:
    """The dated credible articles (or the held-out ones), in a fixed order."""
    if heldout:
        return _polnear(("dev", "test")) + _buzzfeed(dated=False)
    items = _tempeval() + _buzzfeed(dated=True)
    pool = _polnear(("train",))
    rng = random.Random(seed)
    items += rng.sample(pool, max(0, min(len(pool), n - len(items))))
    return items[:n]


def _parse(items: list[Item], cache: Path | None, skip: list[str]):  # type: ignore[no-untyped-def]
    nlp = load_pipeline()
    if cache is not None:
        digest = hashlib.sha256("\n".join(i for i, _, _ in items).encode()).hexdigest()[:12]
        key = f"{len(items)}-{digest}.spacy"
        path = cache / key
        if path.is_file():
            docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            if [d.text for d in docs] == [t for _, t, _ in items]:
                return nlp, docs
    docs = list(nlp.pipe((t for _, t, _ in items), disable=skip, batch_size=16))
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    return nlp, docs


def _sentence(doc, start: int, end: int) -> str:  # type: ignore[no-untyped-def]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[max(0, start - 80) : end + 80]
    sents = list(span.sents)
    return doc.text[sents[0].start_char : sents[-1].end_char]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--heldout", action="store_true", help="the articles the checks were not developed on")
    ap.add_argument("--cache", type=Path, help="keep the parses here (outside the repo) between runs")
    ap.add_argument("--check", help="print only this check's findings")
    ap.add_argument("--quiet", action="store_true", help="print the counts only")
    args = ap.parse_args()
    items = load(args.n, args.seed, args.heldout)
    if not items:
        sys.exit(f"no data under {DATA}")
    signal = InternalContradiction()
    skip = list(skippable_components([signal]))
    t0 = time.perf_counter()
    nlp, docs = _parse(items, args.cache, skip)
    verdicts = json.loads(VERDICTS.read_text(encoding="utf-8")) if VERDICTS.is_file() else {}
    by_check: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    notes = 0
    sources = Counter(i.split(":")[0] for i, _, _ in items)
    for (art_id, text, pub), doc in zip(items, docs, strict=True):
        if "ner" in skip:
            defer_ner(doc, nlp)
        res = signal.compute(make_article(text, pub.isoformat() if pub else None), doc)
        notes += len(res.notes)
        for f in res.findings:
            by_check[f.check] += 1
            key = f"{art_id}|{f.check}|{f.start}-{f.end}"
            verdict = verdicts.get(key, {}).get("verdict", "unread")
            judged[verdict] += 1
            if args.quiet or (args.check and f.check != args.check):
                continue
            print(f"\n[{verdict}] {key} (published {pub})\n  {f.message}")
            print(f"  span:    {text[f.start:f.end]!r}\n    in: {_sentence(doc, f.start, f.end)!r}")
            if f.related is not None:
                r = f.related
                print(f"  related: {text[r.start:r.end]!r}\n    in: {_sentence(doc, r.start, r.end)!r}")
            why = verdicts.get(key, {}).get("why")
            if why:
                print(f"  verdict: {why}")
    n = len(items)
    total = sum(by_check.values())
    print(f"\n{n} articles ({', '.join(f'{k} {v}' for k, v in sorted(sources.items()))}), "
          f"{sum(len(t.split()) for _, t, _ in items):,} words, {time.perf_counter() - t0:.0f} s")
    print(f"findings: {total} ({100 * total / n:.1f} per 100 articles); article notes: {notes}")
    for check, k in by_check.most_common():
        print(f"  {check:26} {k:4d}  ({100 * k / n:.2f} per 100 articles)")
    print(f"verdicts: {dict(judged)}; wrong per 100 articles: {100 * judged['wrong'] / n:.2f}")


if __name__ == "__main__":
    main()
