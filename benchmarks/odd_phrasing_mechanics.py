"""odd_phrasing's mechanical checks (plugins/odd_phrasing/mechanics.py) on credible news, every hit shown.

    python benchmarks/odd_phrasing_mechanics.py [--context 50]

Data: the credible, mainstream articles of ../shared/data/buzzfeed_webis_2016 and the train split of
../shared/data/attribution_polnear (one copy per article), 1,642 articles. The checks read the raw
text (no parse), so every hit is printed with its context to be read: a hit is either a real slip in
published copy or a false alarm. Measured for odd_phrasing 0.10.0 and read by hand: 25 hits (0.015 per
article), all 25 real slips (a quotation attributed twice, "Feinstein said \"I don't know …,\" she
said"; a wrong-way apostrophe "don‘t"; "““I was going"; "meeting.. Russia";
"Forty six percent"; "then 29-years-old"; "U.S history"; "underwear,saying"; "$1.7 billion dollars";
an inner quotation "‘Oh, Hillary could be a problem …”" never closed).
Inside the signal, wording checks also drop hits inside quotations and embedded posts.
"""

from __future__ import annotations

import argparse
from collections import Counter

from misinfo_scorer_plugins.odd_phrasing.mechanics import (
    find_doubled_attribution,
    find_doubled_punctuation,
    find_mismatched_quotes,
    find_missing_space,
    find_number_forms,
    find_space_before_mark,
    find_unit_twice,
)
from odd_phrasing_common import read_jsonl, require

CHECKS = (
    find_missing_space,
    find_doubled_punctuation,
    find_space_before_mark,
    find_mismatched_quotes,
    find_unit_twice,
    find_number_forms,
    find_doubled_attribution,
)


def credible_articles() -> list[tuple[str, str]]:
    """(id, text) of the credible mainstream buzzfeed_webis_2016 articles and PolNeAR's train split."""
    articles = [
        (a["id"], a["text"])
        for a in read_jsonl(require("buzzfeed_webis_2016/articles.jsonl"))
        if a["label"] == "credible" and (a.get("meta") or {}).get("orientation") == "mainstream" and a["text"]
    ]
    seen: set[str] = set()
    for record in read_jsonl(require("attribution_polnear/polnear.jsonl")):
        if record["split"] == "train" and record["article"] not in seen:
            seen.add(record["article"])
            articles.append((f"polnear:{record['article']}", record["text"]))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--context", type=int, default=50, help="characters of context on each side")
    args = parser.parse_args()
    articles = credible_articles()
    per_check: Counter[str] = Counter()
    for article_id, text in articles:
        for check in CHECKS:
            for f in check(text):
                per_check[f.check] += 1
                left = text[max(0, f.start - args.context) : f.start]
                right = text[f.end : f.end + args.context]
                print(f"{article_id}  {f.check}: {left!r} [{text[f.start : f.end]!r}] {right!r}")
    total = sum(per_check.values())
    print(f"\n{len(articles)} credible articles, {total} hits ({total / len(articles):.3f} per article)")
    for check, n in per_check.most_common():
        print(f"  {check:26s} {n}")


if __name__ == "__main__":
    main()
