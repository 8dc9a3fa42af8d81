"""Time internal_contradiction's compute (and its entity_sentences hint) against the spaCy parse.

    python benchmarks/internal_contradiction_speed.py [--repeat 50]

Uses ../shared/example_article.txt (about 600 words) when present, else a built-in paragraph.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from misinfo_scorer_plugins.internal_contradiction import InternalContradiction

from scorer.nlp import load_pipeline
from scorer.testing import make_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FALLBACK = (
    "Last month, on 3 May 2023, the council voted to close the library. Yesterday (Friday) the mayor "
    "said the decision, taken in 2019, would stand until next year. "
) * 20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    path = SHARED / "example_article.txt"
    text = path.read_text(encoding="utf-8") if path.is_file() else FALLBACK
    nlp = load_pipeline()
    signal = InternalContradiction()
    for published in ("2024-07-15", None):
        article = make_article(text, published)
        nlp_times, sig_times, hint_times = [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = nlp(text)
            t1 = time.perf_counter()
            signal.compute(article, doc)
            t2 = time.perf_counter()
            hinted = list(signal.entity_sentences(article, doc))
            t3 = time.perf_counter()
            nlp_times.append(t1 - t0)
            sig_times.append(t2 - t1)
            hint_times.append(t3 - t2)
        n, s, h = statistics.median(nlp_times), statistics.median(sig_times), statistics.median(hint_times)
        print(
            f"published={published!s:10} words={len(text.split())} nlp median {n * 1000:.2f} ms, "
            f"compute median {s * 1000:.2f} ms ({100 * s / n:.1f}% of nlp), entity_sentences "
            f"{h * 1000:.3f} ms ({len(hinted)} of {len(list(doc.sents))} sentences)"
        )


if __name__ == "__main__":
    main()
