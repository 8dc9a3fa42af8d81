"""The findings against what careful copy editors marked in real articles (../shared/data/editor_gold_dev).

    python benchmarks/editor_gold.py [--show] [--intervals] [--results RESULTS.jsonl] [--signal NAME]
                                     [--gold DIR | --marks FILE ...]

Scores the 48 hand-marked articles with the installed scorer (or reads a results file from
``misinfo-scorer score``), then prints recall per gold category, precision per signal and per
check, the same figures for credible and fake articles apart, and findings per article. A finding
counts when its span overlaps a gold span (for a contradiction, either of its two quotes) of the
category its signal covers, exactly as ``../shared/checks/editor_gold`` counts it. ``--show`` lists every miss and
every finding that matches no gold span, to be read: the gold has one annotator per article and
misses things (see the set's README), so an unmatched finding is not always wrong.

This is a development set: the signals were tuned on it. The figures on articles nobody tuned on
are expected to be lower. ``--gold DIR`` measures any other set marked the same way (a folder with
``articles.jsonl`` and ``gold.jsonl`` in the dev set's schema, e.g. a newsroom's own marked articles);
``--marks FILE`` measures a set kept as offsets (``benchmarks/blind/*.marks.jsonl``,
``models/training/*.marks.jsonl``), its texts read from ../shared/data; ``--marks`` given several times
pools the sets (``--marks models/training/dev13.marks.jsonl --marks models/training/dev14.marks.jsonl``).
In an offsets file a contradiction's two statements are two consecutive entries; they are read back as one
mark with two spans, so recall counts pairs, as on the dev set.

``--intervals`` adds a 95 % interval to every pooled recall and precision, from resampling the
articles (not the marks: one reader marks one article, and the marks and findings of an article rise and
fall together, so an interval over marks as if independent would be too narrow).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from harness import DATA, read_jsonl, require

from scorer.spans.marks import from_offsets, place

#: the gold categories a finding of each built-in signal may match
MATCH = {
    "hedged_sourcing": {"hedged_sourcing"},
    "internal_contradiction": {"contradiction"},
    "odd_phrasing": {"grammar_slip", "loaded_language"},
}
CATEGORIES = ("hedged_sourcing", "contradiction", "grammar_slip", "loaded_language")


@dataclass
class Mark:
    """One gold annotation placed in its article's text."""

    category: str
    quote: str
    spans: list[tuple[int, int]]


@dataclass
class Tally:
    """Hits over totals, by key."""

    hits: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)

    def add(self, key: str, hit: bool) -> None:
        self.total[key] += 1
        self.hits[key] += hit

    def line(self, key: str) -> str:
        n = self.total[key]
        share = f"{self.hits[key] / n:.2f}" if n else "  - "
        return f"{self.hits[key]:4d}/{n:<4d} {share}"


def marks_of(text: str, annotations: Iterable[dict]) -> list[Mark]:
    """The gold annotations of one article, placed in its text (a quote that cannot be placed matches nothing)."""
    marks = []
    for an in annotations:
        spans = [place(text, an["quote"], an.get("occurrence", 1))]
        if an.get("other_quote"):
            spans.append(place(text, an["other_quote"]))
        marks.append(Mark(an["category"], an["quote"], [s for s in spans if s]))
    return marks


def from_marks_file(path: Path) -> tuple[list[dict], dict[str, list[Mark]]]:
    """The articles of an offsets file (texts and labels from their corpora) and their marks."""
    marked = from_offsets(path, DATA)
    labels: dict[str, str] = {}
    for corpus in sorted({a.id.split(":", 1)[0] for a in marked}):
        ids = {a.id for a in marked}
        for rec in read_jsonl(require(f"{corpus}/articles.jsonl")):
            if rec.get("id") in ids:
                labels.setdefault(rec["id"], rec.get("label") or "?")
    articles = [{"id": a.id, "text": a.text, "label": labels.get(a.id, "?")} for a in marked]
    marks = {a.id: placed_marks(a.id, a.text, a.marks) for a in marked}
    return articles, marks


def placed_marks(ident: str, text: str, offsets: Iterable[tuple[str, int, int]]) -> list[Mark]:
    """An offsets file's marks as the dev gold's: a contradiction is one mark with two spans.

    The offsets format is flat (``[category, start, end]``); a contradiction's two statements are
    written as two consecutive entries, the quote then the other quote (``blind_set.py offsets``
    refuses a set with a quote it cannot place, so the pairs stay whole). Counted span by span, one
    finding could match at most half of a pair, and recall would not be the dev set's.

    :raises ValueError: an article holds an odd number of contradiction entries.
    """
    marks: list[Mark] = []
    pending: tuple[int, int] | None = None
    for category, start, end in offsets:
        if category != "contradiction":
            marks.append(Mark(category, text[start:end], [(start, end)]))
        elif pending is None:
            pending = (start, end)
        else:
            marks.append(Mark(category, text[pending[0] : pending[1]], [pending, (start, end)]))
            pending = None
    if pending is not None:
        raise ValueError(f"{ident}: a contradiction mark without its other statement")
    return marks


def from_marks_files(paths: Iterable[Path]) -> tuple[list[dict], dict[str, list[Mark]]]:
    """Several offsets files pooled: their articles in file order, each article once (an article two
    files hold keeps the marks of the first, and is named on standard error)."""
    articles: list[dict] = []
    placed: dict[str, list[Mark]] = {}
    for path in paths:
        more, marks = from_marks_file(path)
        for art in more:
            if art["id"] in placed:
                print(f"{path}: {art['id']} is in an earlier set too; its first marks count", file=sys.stderr)
                continue
            articles.append(art)
            placed[art["id"]] = marks.get(art["id"], [])
    return articles, placed


def matches(finding: dict, mark: Mark) -> bool:
    """True when the finding's signal covers the mark's category and their spans overlap."""
    if mark.category not in MATCH.get(finding["signal"], ()):
        return False
    return any(finding["start"] < end and start < finding["end"] for start, end in mark.spans)


def score_articles(articles: list[dict]) -> dict[str, dict]:
    """Results by id from the installed scorer, run in this process."""
    from scorer.contract import Article
    from scorer.host import Scorer

    scorer = Scorer()
    inputs = [Article.from_dict({k: v for k, v in a.items() if k not in ("label", "corpus")}) for a in articles]
    return {r.id: r.to_dict() for r in scorer.score_many(inputs)}


def article_intervals(
    hits: dict[str, list[int]], totals: dict[str, list[int]], resamples: int = 1000, seed: int = 0
) -> dict[str, tuple[float, float]]:
    """95 % percentile intervals of each key's pooled share (sum of hits over sum of totals), the
    articles resampled with replacement ``resamples`` times; a resample without any total for the key
    is skipped. ``hits[key][i]`` and ``totals[key][i]`` are article i's counts."""
    out: dict[str, tuple[float, float]] = {}
    rng = np.random.default_rng(seed)
    n = len(next(iter(totals.values()), []))
    if n == 0:
        return out
    draws = rng.integers(0, n, size=(resamples, n))
    for key, tot in totals.items():
        t = np.asarray(tot)[draws].sum(axis=1)
        h = np.asarray(hits[key])[draws].sum(axis=1)
        shares = h[t > 0] / t[t > 0]
        if shares.size:
            lo, hi = np.percentile(shares, [2.5, 97.5])
            out[key] = (float(lo), float(hi))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list every miss and every unmatched finding")
    parser.add_argument("--results", type=Path, help="read results from this file instead of scoring")
    parser.add_argument("--intervals", action="store_true",
                        help="add a 95%% interval to each pooled figure, the articles resampled 1,000 times")
    parser.add_argument("--signal", choices=sorted(MATCH), help="--show only this signal's misses and findings")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--gold", type=Path,
                       help="a folder with articles.jsonl and gold.jsonl marked the dev set's way "
                            "(default: ../shared/data/editor_gold_dev)")
    where.add_argument("--marks", type=Path, action="append",
                       help="a set kept as offsets (*.marks.jsonl), texts from ../shared/data; repeat it to "
                            "measure several sets pooled")
    args = parser.parse_args()

    placed: dict[str, list[Mark]] | None = None
    if args.marks:
        articles, placed = from_marks_files(args.marks)
        gold = {}
    elif args.gold:
        missing = [n for n in ("articles.jsonl", "gold.jsonl") if not (args.gold / n).is_file()]
        if missing:
            raise SystemExit(f"{args.gold}: no {' or '.join(missing)}")
        articles = list(read_jsonl(args.gold / "articles.jsonl"))
        gold = {g["id"]: g for g in read_jsonl(args.gold / "gold.jsonl")}
    else:
        articles = list(read_jsonl(require("editor_gold_dev/articles.jsonl")))
        gold = {g["id"]: g for g in read_jsonl(require("editor_gold_dev/gold.jsonl"))}
    results = {r["id"]: r for r in read_jsonl(args.results)} if args.results else score_articles(articles)

    recall, precision, by_check = Tally(), Tally(), Tally()
    per_label: dict[str, tuple[Tally, Tally]] = {}
    findings_per_label: Counter[str] = Counter()
    missed, unmatched = [], []
    keys = [f"recall.{c}" for c in CATEGORIES] + [f"precision.{s}" for s in MATCH]
    art_hits: dict[str, list[int]] = {k: [] for k in keys}
    art_totals: dict[str, list[int]] = {k: [] for k in keys}
    for art in articles:
        result = results.get(art["id"])
        if result is None:
            raise SystemExit(f"no result for article {art['id']}")
        text = result.get("text") or art["text"]
        label = art.get("label", "?")
        rec_l, prec_l = per_label.setdefault(label, (Tally(), Tally()))
        if placed is not None:
            marks = placed.get(art["id"], [])
        else:
            marks = marks_of(text, gold.get(art["id"], {}).get("annotations", []))
        findings = [f for f in result.get("findings") or [] if f["signal"] in MATCH]
        findings_per_label[label] += len(findings)
        here_hits: Counter[str] = Counter()
        here_totals: Counter[str] = Counter()
        for mark in marks:
            hit = any(matches(f, mark) for f in findings)
            recall.add(mark.category, hit)
            rec_l.add(mark.category, hit)
            here_hits[f"recall.{mark.category}"] += hit
            here_totals[f"recall.{mark.category}"] += 1
            if not hit:
                missed.append((mark.category, f"{art['id']}  {mark.category}: {mark.quote!r}"))
        for f in findings:
            ok = any(matches(f, m) for m in marks)
            precision.add(f["signal"], ok)
            prec_l.add(f["signal"], ok)
            by_check.add(f"{f['signal']}/{f.get('check') or '-'}", ok)
            here_hits[f"precision.{f['signal']}"] += ok
            here_totals[f"precision.{f['signal']}"] += 1
            if not ok:
                unmatched.append((f["signal"], f"{art['id']}  {f['signal']}/{f.get('check') or '-'}: "
                                               f"{f['text']!r}  {f['message'][:110]}"))
        for key in keys:
            art_hits[key].append(here_hits[key])
            art_totals[key].append(here_totals[key])

    labels = sorted(per_label)
    counts = Counter(a.get("label", "?") for a in articles)
    print(f"{len(articles)} articles ({', '.join(f'{counts[lb]} {lb}' for lb in labels)})")
    print(f"\n{'recall':34s} {'all':>14s}" + "".join(f" {lb:>14s}" for lb in labels))
    for cat in CATEGORIES:
        print(f"  {cat:32s} {recall.line(cat)}" + "".join(f" {per_label[lb][0].line(cat)}" for lb in labels))
    print(f"\n{'precision':34s} {'all':>14s}" + "".join(f" {lb:>14s}" for lb in labels))
    for sig in MATCH:
        print(f"  {sig:32s} {precision.line(sig)}" + "".join(f" {per_label[lb][1].line(sig)}" for lb in labels))
    if args.intervals:
        bounds = article_intervals(art_hits, art_totals)
        print(f"\n95% intervals, the {len(articles)} articles resampled 1,000 times")
        for key in (k for k in keys if k in bounds):  # a key has bounds only where it has a total
            kind, name = key.split(".", 1)
            tally = recall if kind == "recall" else precision
            lo, hi = bounds[key]
            print(f"  {kind:9s} {name:22s} {tally.hits[name] / tally.total[name]:.2f} [{lo:.2f}, {hi:.2f}]")
    print("\nprecision by check")
    for key in sorted(by_check.total):
        print(f"  {key:48s} {by_check.line(key)}")
    print("\nfindings per article: " + ", ".join(
        f"{lb} {findings_per_label[lb] / counts[lb]:.2f}" for lb in labels))
    if args.show:
        keep = (lambda name: name == args.signal) if args.signal else (lambda name: True)
        covered = {cat for cat, sigs in ((c, [s for s in MATCH if c in MATCH[s]]) for c in CATEGORIES)
                   if any(keep(s) for s in sigs)}
        print("\nmissed:", *(line for cat, line in missed if cat in covered), sep="\n  ")
        print("\nfindings matching no gold span:", *(line for sig, line in unmatched if keep(sig)), sep="\n  ")
    summary = {f"recall.{c}": round(recall.hits[c] / recall.total[c], 3) for c in CATEGORIES if recall.total[c]}
    summary.update({f"precision.{s}": round(precision.hits[s] / precision.total[s], 3)
                    for s in MATCH if precision.total[s]})
    print("\n" + json.dumps(summary))


if __name__ == "__main__":
    main()
