"""Build the unnatural-wording reference (plugins/odd_phrasing/data/collocations.json.gz).

    python benchmarks/odd_phrasing_build_collocations.py [--processes P] [--limit N]

Reference text (about 1.3 million words, all from ../shared/data, none of it labelled fake/credible
so the combiner's training articles never inform the reference):

- attribution_polnear: 1,008 political news articles from seven US publishers, 2015-2016 (each
  article once, whichever annotator). No licence stated; only counts are kept.
- temporal_tempeval3: TimeBank/AQUAINT news wire and the TempEval-3 platinum test set.
- hedge_szeged_wikiweasel2 and hedge_conll2010_wiki_sentences: English Wikipedia sentences (CC BY-SA;
  the sentences the two share are read once).
- temporal_wikiwars: Wikipedia war histories (CC BY-SA 3.0).

JFLEG corrections are the benchmark and are never part of the reference; the labelled news corpora
are left out so the fake/credible comparison (``odd_phrasing_unnatural.py``) and the combiner's
training are not leaked into. A reference text that shares two or more 12-word runs with any
labelled article (the same story syndicated, about 25 in PolNeAR and TempEval) is skipped too.

What is stored: per relation, the head and dependent lemma counts of words with a wordfreq Zipf
frequency >= ``MIN_ZIPF`` (common English words), and the count of every pair of such words seen
at least twice. Lemma counts, never text: no sentence can be rebuilt from the file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from harness import DATA as SHARED
from harness import read_jsonl, require
from misinfo_scorer_plugins.odd_phrasing.collocations import DATA, RELATIONS, pairs_in

#: Words at least this common in English at large (wordfreq's Zipf scale; 4 = 10 per million words).
MIN_ZIPF = 4.0
#: A head or dependent needs this many uses in its relation to get a count at all.
MIN_MARGINAL = 3
#: Pairs stored only from this count up (the rest read as "fewer than two").
MIN_PAIR = 2

SOURCES = (
    "attribution_polnear/polnear.jsonl",
    "temporal_tempeval3/tempeval3.jsonl",
    "hedge_szeged_wikiweasel2/wikiweasel2.jsonl",
    "hedge_conll2010_wiki_sentences/conll2010_wiki_sentences.jsonl",
    "temporal_wikiwars/wikiwars.jsonl",
)


SHINGLE = 12


def shingles(text: str, step: int = 1) -> set[str]:
    """Runs of SHINGLE lower-cased words (every ``step``-th start), to spot the same story twice."""
    words = re.sub(r"\W+", " ", text.lower()).split()
    return {" ".join(words[i : i + SHINGLE]) for i in range(0, max(1, len(words) - SHINGLE + 1), step)}


def labelled_shingles() -> set[str]:
    """Every 12-word run of every labelled article (fake or credible) in ../shared/data."""
    runs: set[str] = set()
    for path in sorted(SHARED.glob("*/articles.jsonl")):
        for row in read_jsonl(path):
            runs |= shingles(row.get("text") or "")
    return runs


def reference_texts(limit: int = 0) -> Iterator[str]:
    """The reference texts, each once (PolNeAR has one line per annotator; the two Wikipedia sentence
    sets overlap)."""
    seen: set[str] = set()
    labelled = labelled_shingles()
    skipped = 0
    for relative in SOURCES:
        n = 0
        for row in read_jsonl(require(relative)):
            text = (row.get("text") or "").strip()
            key = str(row.get("article") or "") + "\x00" + text[:300]
            if not text or key in seen:
                continue
            seen.add(key)
            if len(shingles(text, step=5) & labelled) >= 2:
                skipped += 1
                continue
            n += 1
            if limit and n > limit:
                break
            yield text
    print(f"  skipped {skipped} reference texts that share text with a labelled article", file=sys.stderr)


def count_pairs(processes: int, limit: int) -> tuple[Counter[tuple[str, str, str]], int]:
    """Every (relation, head, dependent) pair in the reference, and the number of words parsed."""
    from scorer.nlp import load_pipeline

    nlp = load_pipeline()
    counts: Counter[tuple[str, str, str]] = Counter()
    words = 0
    disable = [name for name in nlp.pipe_names if name == "ner"]
    for i, doc in enumerate(nlp.pipe(reference_texts(limit), batch_size=64, n_process=processes, disable=disable)):
        words += sum(1 for t in doc if t.is_alpha)
        counts.update((p.relation, p.head, p.dep) for p in pairs_in(doc))
        if i % 2000 == 0:
            print(f"  {i} texts, {words} words", file=sys.stderr)
    return counts, words


def reference_table(counts: Counter[tuple[str, str, str]]) -> dict[str, dict]:
    """The stored form: per relation its total, common-word marginals and pairs seen MIN_PAIR+ times."""
    from wordfreq import zipf_frequency

    common: dict[str, bool] = {}

    def is_common(word: str) -> bool:
        if word not in common:
            common[word] = zipf_frequency(word, "en") >= MIN_ZIPF
        return common[word]

    relations: dict[str, dict] = {}
    for name in RELATIONS:
        heads: Counter[str] = Counter()
        deps: Counter[str] = Counter()
        total = 0
        for (relation, head, dep), n in counts.items():
            if relation == name:
                heads[head] += n
                deps[dep] += n
                total += n
        keep_heads = {w: n for w, n in heads.items() if n >= MIN_MARGINAL and is_common(w)}
        keep_deps = {w: n for w, n in deps.items() if n >= MIN_MARGINAL and is_common(w)}
        pairs = {
            f"{head} {dep}": n
            for (relation, head, dep), n in counts.items()
            if relation == name and n >= MIN_PAIR and head in keep_heads and dep in keep_deps
        }
        relations[name] = {
            "total": total,
            "heads": dict(sorted(keep_heads.items())),
            "deps": dict(sorted(keep_deps.items())),
            "pairs": dict(sorted(pairs.items())),
        }
    return relations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    parser.add_argument("--limit", type=int, default=0, help="at most N texts per source (a quick trial)")
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--raw", type=Path, help="also write every pair count (for tuning) to this JSON file")
    args = parser.parse_args()

    counts, words = count_pairs(args.processes, args.limit)
    if args.raw:
        args.raw.write_text(json.dumps([[*k, n] for k, n in counts.items()]))
    data = {
        "about": "unnatural-wording reference: lemma-pair counts by dependency relation; "
        "see benchmarks/odd_phrasing_build_collocations.py",
        "sources": list(SOURCES),
        "words": words,
        "min_zipf": MIN_ZIPF,
        "min_marginal": MIN_MARGINAL,
        "min_pair": MIN_PAIR,
        "relations": reference_table(counts),
    }
    payload = json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")
    args.out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    for name, rel in data["relations"].items():
        print(
            f"{name:9s} total {rel['total']:7d} heads {len(rel['heads']):5d} deps {len(rel['deps']):5d} "
            f"pairs {len(rel['pairs']):6d}"
        )
    print(f"{words} words parsed; wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
