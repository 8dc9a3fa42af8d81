"""The findings of chosen internal_contradiction checks over the labelled fake/credible corpora, to read.

    python benchmarks/internal_contradiction_corpora.py --check toll_restated,years_ago_vs_date,role_vs_time

Do the checks find real contradictions at all, and where? Each article of fakenewsamt, celebrity,
fa_kes and fakenewsnet_politifact_defend (../shared/data, never copied into the repo) is scored
with its own publication date when it has one (fa_kes does; the others do not, so the checks that
need a date stay silent there). ``--corpus`` picks others with the same layout (the mostly dated
fakenewsnet_old_buzzfeed and fakenewsnet_old_politifact were read this way as unseen articles).
Only articles whose text holds a word the chosen checks start from are parsed (the checks return
nothing without one), so a run takes minutes, not an hour.
Each finding is printed with its label, span, related span and message; then counts per corpus
and label.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import DATA, read_jsonl
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction

from scorer.entities import defer_ner
from scorer.host import skippable_components
from scorer.nlp import load_pipeline
from scorer.testing import make_article

CORPORA = ("fakenewsamt", "celebrity", "fa_kes", "fakenewsnet_politifact_defend")
#: The words each check starts from: an article without any of them cannot yield its finding.
GATES = {
    "toll_restated": r"\b(?:killed|dead|died|slain|injured|wounded|hurt|arrested|detained|missing)\b",
    "years_ago_vs_date": r"\bago\b",
    "role_vs_time": r"[Ff]ormer|-elect\b|\b[Ee]x-",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", required=True, help="comma-separated check names")
    ap.add_argument("--corpus", action="append", help=f"a folder of ../shared/data with articles.jsonl "
                    f"(default: {', '.join(CORPORA)}; e.g. also fakenewsnet_old_buzzfeed, which carry dates)")
    args = ap.parse_args()
    checks = set(args.check.split(","))
    gate = re.compile("|".join(GATES.get(c, ".") for c in checks))
    signal = InternalContradiction()
    skip = list(skippable_components([signal]))
    nlp = load_pipeline()
    counts: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    for corpus in args.corpus or CORPORA:
        records = [r for r in read_jsonl(DATA / corpus / "articles.jsonl") if (r.get("text") or "").strip()]
        for r in records:
            articles[(corpus, r["label"])] += 1
        todo = [r for r in records if gate.search(r["text"])]
        for r, doc in zip(todo, nlp.pipe((r["text"] for r in todo), disable=skip, batch_size=16), strict=True):
            if "ner" in skip:
                defer_ner(doc, nlp)
            published = (r.get("published") or "")[:10] or None
            res = signal.compute(make_article(r["text"], published), doc)
            for f in res.findings:
                if f.check not in checks:
                    continue
                counts[(corpus, r["label"])] += 1
                text = r["text"]
                print(f"\n[{r['label']}] {r['id']} {f.check} {f.start}-{f.end} (published {published})\n  {f.message}")
                print(f"  span:    {text[max(0, f.start - 100):f.end + 60]!r}")
                if f.related is not None:
                    print(f"  related: {text[max(0, f.related.start - 100):f.related.end + 60]!r}")
    print()
    for key, n in sorted(articles.items()):
        print(f"{key[0]:32} {key[1]:9} {n:4d} articles  {counts[key]:3d} findings")


if __name__ == "__main__":
    main()
