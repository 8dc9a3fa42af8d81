"""The findings of internal_contradiction checks over every article corpus in ../shared/data, to read.

    python benchmarks/internal_contradiction_corpora.py --check toll_restated,years_ago_vs_date,role_vs_time
    python benchmarks/internal_contradiction_corpora.py --check all --all-corpora --jsonl /tmp/findings.jsonl

Do the checks find real contradictions at all, and where? Each article (never copied into the repo)
is scored with its own publication date when the corpus gives one: fa_kes and the fakenewsnet_old_*
sets carry a ``published`` field, PolNeAR its ``publication_date``, TempEval-3 its document creation
time, and the CNN articles of buzzfeed_webis_2016 the day in their URL; the others (celebrity,
fakenewsamt, the rest of buzzfeed_webis_2016, fakenewsnet_politifact_defend, the PTC propaganda
articles, WikiWars, whose DCT is a download date, and the LIAR statements) go undated, so the checks
that need a date stay silent there. The default is the four labelled corpora the checks were first
read on; ``--corpus`` picks others and ``--all-corpora`` takes every one. With named checks, only
articles whose text holds a word the chosen checks start from are parsed (the checks return nothing
without one); ``--check all`` parses everything.
``--collection-week`` dates the other BuzzFeed-Webis articles too, all to 2016-09-23: its README
says every article was posted between September 19 and 27, 2016, so the year and month are right
and the day is within four days (read weekday and relative-date findings there with that in mind).
Each finding is printed with its label, span, related span and message (and, with ``--jsonl``,
written one per line with the sentences around both spans); then counts per corpus and label.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import DATA, read_jsonl
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction

from scorer.entities import defer_ner
from scorer.host import skippable_components
from scorer.nlp import load_pipeline
from scorer.testing import make_article

CORPORA = ("fakenewsamt", "celebrity", "fa_kes", "fakenewsnet_politifact_defend")
ALL_CORPORA = (
    "propaganda_ptc_semeval2020", "buzzfeed_webis_2016", "buzzfeed_webis_2016_no_factual_content",
    "temporal_wikiwars", "liar", "fakenewsamt", "celebrity", "fa_kes", "fakenewsnet_old_buzzfeed",
    "fakenewsnet_old_politifact", "fakenewsnet_politifact_defend", "attribution_polnear", "temporal_tempeval3",
)
#: The words each check starts from: an article without any of them cannot yield its finding.
GATES = {
    "toll_restated": r"\b(?:killed|dead|died|slain|injured|wounded|hurt|arrested|detained|missing)\b",
    "years_ago_vs_date": r"\bago\b",
    "role_vs_time": r"[Ff]ormer|-elect\b|\b[Ee]x-",
    "age_mismatch": r"\bage\b|\baged\b|years?[-\s]old\b",
    "anniversary_mismatch": r"anniversary|birthday|centenary|centennial",
    "interval_mismatch": r"\blater\b|\bafter\b|\bbefore\b|\bearlier\b",
    "person_age": r"\d-years?-old|,\s*\d{1,3}\s*,|\(\d{1,3}\)",
}
_CNN_DAY = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")

#: (id, label, text, publication date or None)
Record = tuple[str, str, str, "str | None"]


def _iso(value: Any) -> str | None:
    try:
        return dt.date.fromisoformat(str(value or "")[:10]).isoformat()
    except ValueError:
        return None


#: The middle of the week BuzzFeed-Webis 2016 was collected in (README: September 19 to 27, 2016).
COLLECTION_WEEK = "2016-09-23"


def records(corpus: str, collection_week: bool = False) -> Iterator[Record]:
    """The non-empty articles of one corpus folder (or of BuzzFeed-Webis' no-factual-content file);
    with ``collection_week``, undated BuzzFeed-Webis articles take the middle of their week."""
    if corpus == "attribution_polnear":
        seen: set[str] = set()
        for d in read_jsonl(DATA / corpus / "polnear.jsonl"):
            if d["article"] not in seen:
                seen.add(d["article"])
                yield f"polnear:{d['article']}", "credible", d["text"], _iso(d.get("publication_date"))
    elif corpus == "temporal_tempeval3":
        for d in read_jsonl(DATA / corpus / "tempeval3.jsonl"):
            yield f"tempeval3:{d['doc_id']}", "credible", d["text"], _iso((d.get("dct") or {}).get("value"))
    elif corpus == "propaganda_ptc_semeval2020":
        for d in read_jsonl(DATA / corpus / "ptc.jsonl"):
            yield f"ptc:{d['article_id']}", "unlabelled", d["text"], None
    elif corpus == "temporal_wikiwars":  # the DCT is the download date, not the narrative's
        for d in read_jsonl(DATA / corpus / "wikiwars.jsonl"):
            yield f"wikiwars:{d['doc_id']}", "unlabelled", d["text"], None
    else:
        name = "buzzfeed_webis_2016" if corpus.startswith("buzzfeed") else corpus
        file = "no_factual_content.jsonl" if corpus.endswith("no_factual_content") else "articles.jsonl"
        for r in read_jsonl(DATA / name / file):
            if not (r.get("text") or "").strip():
                continue
            published = _iso(r.get("published"))
            m = _CNN_DAY.search(((r.get("meta") or {}).get("url")) or "") if name == "buzzfeed_webis_2016" else None
            if published is None and m:
                published = f"{m[1]}-{m[2]}-{m[3]}"
            if published is None and collection_week and name == "buzzfeed_webis_2016":
                published = COLLECTION_WEEK
            yield r["id"], str(r.get("label")), r["text"], published


def _sentence(doc, start: int, end: int) -> str:  # type: ignore[no-untyped-def]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[max(0, start - 100) : end + 60]
    sents = list(span.sents)
    return doc.text[sents[0].start_char : sents[-1].end_char]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", required=True, help="comma-separated check names, or 'all'")
    ap.add_argument("--corpus", action="append", help=f"a folder of ../shared/data (default: {', '.join(CORPORA)}; "
                    f"any of {', '.join(ALL_CORPORA)})")
    ap.add_argument("--all-corpora", action="store_true", help="every article corpus")
    ap.add_argument("--collection-week", action="store_true",
                    help=f"date undated BuzzFeed-Webis articles {COLLECTION_WEEK} (their collection week)")
    ap.add_argument("--jsonl", type=Path, help="also write each finding here, one JSON object a line")
    args = ap.parse_args()
    checks = None if args.check == "all" else set(args.check.split(","))
    gate = re.compile("|".join(GATES.get(c, ".") for c in checks)) if checks else re.compile(".")
    signal = InternalContradiction()
    skip = list(skippable_components([signal]))
    nlp = load_pipeline()
    counts: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    dated: Counter[tuple[str, str]] = Counter()
    out = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    for corpus in ALL_CORPORA if args.all_corpora else args.corpus or CORPORA:
        recs = list(records(corpus, args.collection_week))
        for _, label, _, published in recs:
            articles[(corpus, label)] += 1
            dated[(corpus, label)] += published is not None
        todo = [r for r in recs if gate.search(r[2])]
        for (art_id, label, text, published), doc in zip(
                todo, nlp.pipe((r[2] for r in todo), disable=skip, batch_size=16), strict=True):
            if "ner" in skip:
                defer_ner(doc, nlp)
            res = signal.compute(make_article(text, published), doc)
            for f in res.findings:
                if checks is not None and f.check not in checks:
                    continue
                counts[(corpus, label)] += 1
                print(f"\n[{label}] {art_id} {f.check} {f.start}-{f.end} (published {published})\n  {f.message}")
                print(f"  span:    {text[max(0, f.start - 100):f.end + 60]!r}")
                if f.related is not None:
                    print(f"  related: {text[max(0, f.related.start - 100):f.related.end + 60]!r}")
                if out is not None:
                    rel = f.related
                    out.write(json.dumps({
                        "corpus": corpus, "id": art_id, "label": label, "published": published, "check": f.check,
                        "start": f.start, "end": f.end, "text": f.text, "message": f.message,
                        "sentence": _sentence(doc, f.start, f.end),
                        "related": None if rel is None else {"start": rel.start, "end": rel.end, "text": rel.text,
                                                             "sentence": _sentence(doc, rel.start, rel.end)},
                    }) + "\n")
                    out.flush()
        sys.stdout.flush()
    print()
    for key, n in sorted(articles.items()):
        print(f"{key[0]:40} {key[1]:10} {n:6d} articles ({dated[key]:5d} dated)  {counts[key]:4d} findings")
    print(f"all: {sum(articles.values())} articles, {sum(counts.values())} findings")


if __name__ == "__main__":
    main()
