"""The same articles in other forms: how far the score moves when nothing in the story changes.

    python benchmarks/input_forms.py [--n 60] [--seed 56] [--neutral-feature style.title_capitalised_share]

Draws ``--n`` titled articles from each of the five training corpora (../shared/data) and scores each
one several ways with the shipped model, in this process:

- ``text``: text and headline, as a CMS sends them (the baseline);
- ``no title``: the text alone (an input that lost its headline);
- ``page``: a whole HTML page (``<title>`` with the site's name, ``og:title``, the headline as ``<h1>``,
  the paragraphs as ``<p>``) and nothing else, as a crawl or a WARC record gives it;
- ``title case`` / ``sentence case``: the headline written In Title Case, or as a sentence.

For each form against ``text`` (and title case against sentence case) it prints the median and the
largest absolute difference of the scores and how many articles change band. The articles are training
articles, so the scores are in-sample: the figures say how much the input's form moves a score, not how
good the score is.
"""

from __future__ import annotations

import argparse
import html
import random
import statistics
from typing import Any

from harness import read_jsonl, require

CORPORA = ("fakenewsamt", "celebrity", "buzzfeed_webis_2016", "fakenewsnet_politifact_defend", "fa_kes")
SMALL_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "by", "of", "in",
                         "up", "as", "is"})


def title_case(title: str) -> str:
    """Every word capitalised but the small ones after the first, as title-case style guides write it."""
    words = title.split(" ")
    return " ".join(w[:1].upper() + w[1:] if w[:1].isalpha() and (i == 0 or w.lower() not in SMALL_WORDS) else w
                    for i, w in enumerate(words))


def sentence_case(title: str) -> str:
    """Capitalised words after the first written in lower case; names and acronyms in capitals stay."""
    words = title.split(" ")
    return " ".join(w.lower() if i and w[:1].isupper() and w[1:].islower() else w for i, w in enumerate(words))


def as_page(article: dict[str, Any]) -> str:
    """A whole page for the article, the way news sites mark one up."""
    title = html.escape(article["title"])
    site = html.escape(article.get("source") or "News")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} | {site}</title>"
            f"<meta property='og:title' content='{html.escape(article['title'], quote=True)}'></head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>")


def draw(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    picked: list[dict[str, Any]] = []
    for corpus in CORPORA:
        rows = [r for r in read_jsonl(require(f"{corpus}/articles.jsonl")) if r.get("title") and r.get("text")]
        picked += rng.sample(rows, min(n, len(rows)))
    return picked


def forms(article: dict[str, Any]) -> dict[str, dict[str, Any]]:
    base = {"id": article["id"], "published": article.get("published")}
    return {
        "text": {**base, "text": article["text"], "title": article["title"]},
        "no title": {**base, "text": article["text"]},
        "page": {**base, "html": as_page(article)},
        "title case": {**base, "text": article["text"], "title": title_case(article["title"])},
        "sentence case": {**base, "text": article["text"], "title": sentence_case(article["title"])},
    }


def compare(a: dict[str, tuple[float, str]], b: dict[str, tuple[float, str]]) -> str:
    keys = [k for k in a if k in b]
    diffs = [abs(a[k][0] - b[k][0]) for k in keys]
    moved = sum(a[k][1] != b[k][1] for k in keys)
    return (f"median |difference| {statistics.median(diffs):.3f}, largest {max(diffs):.3f}, "
            f"band changes {moved} of {len(keys)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=60, help="articles per corpus (default 60)")
    parser.add_argument("--seed", type=int, default=56)
    parser.add_argument("--neutral-feature", action="append", default=[], metavar="FEATURE",
                        help="score with this model feature set aside (repeatable)")
    args = parser.parse_args()

    from scorer.contract import Article
    from scorer.host import Scorer

    scorer = Scorer(neutral_features=args.neutral_feature)
    articles = draw(args.n, args.seed)
    every_form = [forms(a) for a in articles]
    scores: dict[str, dict[str, tuple[float, str]]] = {}
    for name in every_form[0]:
        inputs = [Article.from_dict(f[name]) for f in every_form]
        scores[name] = {r.id: (r.score, r.band) for r in scorer.score_many(inputs) if r.score is not None}
    print(f"{len(articles)} articles ({args.n} from each of {len(CORPORA)} corpora, seed {args.seed})"
          + (f", set aside: {', '.join(args.neutral_feature)}" if args.neutral_feature else ""))
    for name in ("no title", "page", "title case", "sentence case"):
        print(f"{name:>13} against text: {compare(scores['text'], scores[name])}")
    tc, sc = scores["title case"], scores["sentence case"]
    shift = statistics.median(tc[k][0] - sc[k][0] for k in tc if k in sc)
    print(f"   title case against sentence case: {compare(tc, sc)}; median shift {shift:+.3f}")


if __name__ == "__main__":
    main()
