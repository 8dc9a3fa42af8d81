"""What the style signal costs, as a share of scoring the same articles without it.

    python benchmarks/style_speed.py [--articles 80] [--rounds 3]

A seeded sample of real articles (buzzfeed_webis_2016, both labels) is scored by the host with every
built-in signal, with and without ``style``, rounds alternating so both see the same machine load; the
medians are compared. Then ``style.compute`` alone is timed on the same parsed Docs, against the whole
scoring time. Only ratios are printed as results: on a shared machine the seconds mean little.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

from harness import read_jsonl, require

from scorer.contract import Article


def sample(n: int, seed: int = 0) -> list[Article]:
    rows = [r for r in read_jsonl(require("buzzfeed_webis_2016/articles.jsonl")) if (r.get("text") or "").strip()]
    random.Random(seed).shuffle(rows)
    return [Article.from_dict({k: r.get(k) for k in ("id", "text", "title")}) for r in rows[:n]]


def scorer_for(without: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from scorer.host import Scorer
    from scorer.registry import build_registry

    os.environ["MISINFO_SCORER_DISABLE_PLUGINS"] = ",".join(without)
    try:
        return Scorer(registry=build_registry(), model=False)
    finally:
        del os.environ["MISINFO_SCORER_DISABLE_PLUGINS"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=80)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    articles = sample(args.articles)
    with_style, without_style = scorer_for(()), scorer_for(("style",))
    assert "style" in with_style.registry.signal_names()
    assert "style" not in without_style.registry.signal_names()
    list(with_style.score_many(articles[:5]))  # warm up the pipeline and every signal
    list(without_style.score_many(articles[:5]))
    times: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(args.rounds):
        for label, scorer in (("with", with_style), ("without", without_style)):
            t0 = time.perf_counter()
            list(scorer.score_many(articles))
            times[label].append(time.perf_counter() - t0)
    w, wo = statistics.median(times["with"]), statistics.median(times["without"])
    style = next(s.signal for s in with_style.registry.signals if s.name == "style")
    docs = with_style._parse([a.text for a in articles])
    compute = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for article, doc in zip(articles, docs, strict=True):
            style.compute(article, doc)
        compute.append(time.perf_counter() - t0)
    c = statistics.median(compute)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words, {args.rounds} alternating rounds (machine shared: ratios only)")
    print(f"scoring with style / without style: {w / wo:.3f} (+{100 * (w - wo) / wo:.1f}%)")
    print(f"style.compute alone / scoring without style: {c / wo:.3f} ({100 * c / wo:.1f}%)")


if __name__ == "__main__":
    main()
