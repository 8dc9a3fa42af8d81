"""What the style signal costs, as a share of scoring the same articles.

    python benchmarks/style_speed.py [--articles 80]

A seeded sample of real articles (buzzfeed_webis_2016, both labels) goes through the host's own steps
in one pass, batch by batch: the parse, the batched entity prefetch, then every registered signal on
each Doc (the runner times each signal's ``compute``). Every stage is timed in the same pass, article
by article, so the shares hold even on a loaded machine, where whole-run timings do not: only the
shares are results.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

from harness import read_jsonl, require

from scorer.contract import Article
from scorer.host import PIPE_BATCH, Scorer


def sample(n: int, seed: int = 0) -> list[Article]:
    rows = [r for r in read_jsonl(require("buzzfeed_webis_2016/articles.jsonl")) if (r.get("text") or "").strip()]
    random.Random(seed).shuffle(rows)
    return [Article.from_dict({k: r.get(k) for k in ("id", "text", "title")}) for r in rows[:n]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=80)
    args = ap.parse_args()
    articles = sample(args.articles)
    scorer = Scorer(model=False)
    if "style" not in scorer.registry.signal_names():
        raise SystemExit("the style signal is not installed (pip install --no-deps -e .)")
    list(scorer.score_many(articles[:PIPE_BATCH]))  # warm up the pipeline and every signal
    seconds: Counter[str] = Counter()
    for start in range(0, len(articles), PIPE_BATCH):
        batch = articles[start : start + PIPE_BATCH]
        t0 = time.perf_counter()
        docs = scorer._parse([a.text for a in batch])
        t1 = time.perf_counter()
        scorer._prefetch_entities(batch, docs)
        seconds["parse"] += t1 - t0
        seconds["entity prefetch"] += time.perf_counter() - t1
        for article, doc in zip(batch, docs, strict=True):
            seconds.update(scorer.signals_for(article, doc).seconds)
    total = sum(seconds.values())
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words; share of the scoring time, measured in one pass:")
    for stage, s in seconds.most_common():
        print(f"  {stage:24s} {100 * s / total:5.1f}%")
    rest = total - seconds["style"]
    print(f"style / everything else: {seconds['style'] / rest:.3f}")


if __name__ == "__main__":
    main()
