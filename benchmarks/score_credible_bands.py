"""How often the score flags credible reporting it never saw: the bands on PolNeAR's newspaper articles.

    python benchmarks/score_credible_bands.py [--model FILE ...]

The bands promise a false-positive rate (2 % of credible articles at `high`, 15 % at `medium` or above)
measured on the credible articles of the training corpora. PolNeAR (``../shared/data/attribution_polnear``)
holds 924 political news articles of 2016 from seven outlets (the New York Times, the Washington Post,
Politico, USA Today, the Huffington Post, Breitbart, the Western Journal), none in any training corpus and
none labelled fake: every one reaching a band is a flag an editor of that outlet would see on their own
copy. Each is scored as a user scores it (``Scorer``, with its headline and publication date; the signals run
once, and each model scores their features as ``Scorer`` does), and the script prints, per model given (the
shipped one by default): the share of articles at each band, the median score, and per outlet the share at
`high` and at `medium` or above.

Partisan outlets (Breitbart, the Western Journal, the Huffington Post) are not misinformation sites but
are written in the voice the training corpora's fakes share, so their shares are expected to be higher;
the four mainstream papers are the false-positive rate a newsroom like them meets.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from judged_rounds import ANY_LENGTH, SPLITS, polnear_articles

if TYPE_CHECKING:
    from scorer import Scorer

BANDS = ("high", "medium", "low")


def credible_articles() -> list[dict]:
    """PolNeAR's train and dev articles of its seven outlets, one record per article."""
    return [a for split in SPLITS for a in polnear_articles(ANY_LENGTH, split).values()]


def band_shares(bands: list[str | None], outlets: list[str]) -> dict:
    """The share of articles at each band, overall and per outlet (``high`` and ``medium`` or above)."""
    n = len(bands)
    overall = Counter(bands)
    per: dict[str, Counter] = defaultdict(Counter)
    for outlet, band in zip(outlets, bands, strict=True):
        per[outlet][band] += 1
    return {
        "articles": n,
        "share": {b: overall[b] / n for b in BANDS} if n else {},
        "outlets": {
            o: {"articles": sum(c.values()), "high": c["high"] / sum(c.values()),
                "medium_or_above": (c["high"] + c["medium"]) / sum(c.values())}
            for o, c in sorted(per.items())
        },
    }


def model_band(scorer: Scorer, features: dict) -> tuple[float, str]:
    """The score and band ``scorer``'s model gives an article's signal features, as ``Scorer.score`` would."""
    score = scorer.model.explain(features).score
    return score, scorer.model.band(score, scorer.bands)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", action="append", type=Path, help="a model file (repeat to compare); default: shipped")
    args = ap.parse_args()
    from scorer import Article, Scorer

    articles = credible_articles()
    inputs = [Article(id=a["id"], text=a["text"], title=a.get("title"), published=a.get("published"))
              for a in articles]
    outlets = [a["publisher"] for a in articles]
    # the signals do not depend on the model: parse and run them once, then let each model score their features
    signals = [r.signals for r in Scorer(signals_only=True).score_many(inputs)]
    for model in args.model or [None]:
        scorer = Scorer(model=str(model)) if model else Scorer()
        if scorer.model is None:
            raise SystemExit(f"no model loaded: {scorer.model_error}")
        scores_bands = [model_band(scorer, features) for features in signals]
        version = scorer.model.version
        scores = sorted(score for score, _ in scores_bands)
        report = band_shares([band for _, band in scores_bands], outlets)
        share = report["share"]
        print(f"model {version}: {report['articles']} credible articles, high {share['high']:.1%}, "
              f"medium {share['medium']:.1%}, low {share['low']:.1%}; median score {scores[len(scores) // 2]:.3f}")
        for outlet, row in report["outlets"].items():
            print(f"  {outlet:14s} {row['articles']:4d}  high {row['high']:6.1%}  medium or above "
                  f"{row['medium_or_above']:6.1%}")
        print(json.dumps({"model": version, **{f"share.{b}": round(share[b], 4) for b in BANDS}}))


if __name__ == "__main__":
    main()
