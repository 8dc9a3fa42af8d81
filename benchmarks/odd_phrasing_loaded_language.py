"""Loaded-language detector (odd_phrasing.loaded) against the Propaganda Techniques Corpus (PTC v2,
SemEval-2020 Task 11): span precision / recall / F1 on gold Loaded_Language and
Exaggeration,Minimisation spans, the features' means and the clear-case findings.

    python benchmarks/odd_phrasing_loaded_language.py                    # dev split (never tuned on)
    python benchmarks/odd_phrasing_loaded_language.py --rebuild-lexicon  # rewrite the data file from TRAIN
    python benchmarks/odd_phrasing_loaded_language.py --candidates       # the statistics behind CHARGED

Scoring: a hit is true when its tokens overlap a gold span of the technique (precision = true hits /
hits); a gold span is found when some hit overlaps it (recall = found spans / gold spans). Offsets are
characters, and every hit and gold span starts and ends on a token, so character overlap is token
overlap. The base rate (share of words inside gold spans) is what a random word would score.

The corpus lives in ../shared/data beside the repo (README: no licence stated, "license: unknown";
cite Da San Martino et al. 2019, 2020). Nothing here writes corpus text to disk: --rebuild-lexicon
writes only a word list selected by counts from the TRAIN split.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time

from odd_phrasing_common import read_jsonl, require

CORPUS = "propaganda_ptc_semeval2020/ptc.jsonl"
LOADED = "Loaded_Language"
NAME_CALLING = "Name_Calling,Labeling"
EXAGGERATION = "Exaggeration,Minimisation"
_WORD = re.compile(r"[A-Za-z]+")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(true_hits: int, hits: int, found: int, gold: int) -> tuple[float, float, float]:
    p = true_hits / hits if hits else 0.0
    r = found / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _spearman(xs: list[float], ys: list[float]) -> float:
    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=values.__getitem__)
        out = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                out[order[k]] = (i + j) / 2
            i = j + 1
        return out

    rx, ry = ranks(xs), ranks(ys)
    try:
        return statistics.correlation(rx, ry)
    except statistics.StatisticsError:
        return float("nan")


def rebuild(records: list[dict]) -> None:
    from misinfo_scorer_plugins.odd_phrasing.loaded import DATA
    from misinfo_scorer_plugins.odd_phrasing.loaded_lexicon_build import build_lexicon

    train = [r for r in records if r["split"] == "train" and r.get("labeled")]
    data = build_lexicon(train)
    DATA.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {DATA.name}: {len(data['words'])} words ({data['learned_count']} learned from {len(train)} train "
        f"articles, {data['hand_count']} hand-listed, overlap merged), {DATA.stat().st_size} bytes"
    )


#: Credible articles for the rarity test of --candidates: mainstream buzzfeed_webis_2016 articles with
#: even ids and PolNeAR's train split from four mainstream publishers (odd ids and PolNeAR dev/test
#: are kept for benchmarks/odd_phrasing_loaded_credible.py); editor_gold_dev's articles left out.
MAINSTREAM_POLNEAR = ("nyt", "wash-post", "politico", "usa-today")


def credible_split(half: str) -> list[str]:
    """Texts of the credible articles of one half: ``fit`` (the rarity test) or ``test`` (the read)."""
    gold = {r["id"] for r in read_jsonl(require("editor_gold_dev/articles.jsonl"))}
    texts = []
    for r in read_jsonl(require("buzzfeed_webis_2016/articles.jsonl")):
        if r["label"] != "credible" or r["meta"]["orientation"] != "mainstream" or r["id"] in gold:
            continue
        if len(r["text"]) > 400 and (int(r["id"].split(":")[1]) % 2 == 0) == (half == "fit"):
            texts.append(r["text"])
    seen: set[str] = set()
    for r in read_jsonl(require("attribution_polnear/polnear.jsonl")):
        if r["publisher"] in MAINSTREAM_POLNEAR and r["article"] not in seen:
            seen.add(r["article"])
            if (r["split"] == "train") == (half == "fit"):
                texts.append(r["text"])
    return texts


def candidates(records: list[dict], min_precision: float = 0.5, max_credible: int = 2) -> None:
    """Print the lemma/part-of-speech pairs that fall inside gold Loaded_Language or Name_Calling spans
    of the TRAIN split at least twice, in at least two articles, in at least ``min_precision`` of their
    uses, and that credible articles (the ``fit`` half) use outside quotation marks in at most
    ``max_credible`` articles. CHARGED in odd_phrasing.strong_words is this list read by hand."""
    from collections import Counter, defaultdict

    from misinfo_scorer_plugins.odd_phrasing.voice import voices
    from spacy.lang.en.stop_words import STOP_WORDS

    from scorer.nlp import load_pipeline

    train = [r for r in records if r["split"] == "train" and r.get("labeled")]
    nlp = load_pipeline()
    inside: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for article, doc in zip(train, nlp.pipe((r["text"] for r in train), disable=["ner"]), strict=True):
        spans = [(s["start"], s["end"]) for s in article["tc_spans"] if s["technique"] in (LOADED, NAME_CALLING)]
        for tok in doc:
            if not tok.is_alpha or len(tok) < 3 or tok.lower_ in STOP_WORDS:
                continue
            if tok.pos_ not in ("ADJ", "NOUN", "VERB", "ADV", "PROPN"):
                continue
            key = (tok.lemma_.lower(), "NOUN" if tok.pos_ == "PROPN" else tok.pos_)
            total[key] += 1
            forms[key][tok.lower_] += 1
            if any(a <= tok.idx and tok.idx + len(tok) <= b for a, b in spans):
                inside[key] += 1
                articles[key].add(article["article_id"])
    credible = credible_split("fit")
    in_credible: Counter[str] = Counter()
    for text in credible:
        voice = voices(text)
        in_credible.update({m.group().lower() for m in _WORD.finditer(text) if not voice.quoted(m.start(), m.end())})
    rows = []
    for key, n in inside.items():
        if n < 2 or len(articles[key]) < 2 or n / total[key] < min_precision:
            continue
        used = max(in_credible[f] for f in forms[key])
        if used <= max_credible:
            rows.append((n / total[key], n, total[key], len(articles[key]), used, key, sorted(forms[key])))
    print(f"{len(rows)} lemmas (train {len(train)} articles, credible fit half {len(credible)} articles)")
    print("precision inside/uses articles credible-articles POS lemma forms")
    for p, n, t, a, used, (lemma, pos), fs in sorted(rows, key=lambda r: (-r[0], -r[1])):
        print(f"{p:.2f} {n:3d}/{t:<3d} {a:3d} {used:2d} {pos:5} {lemma:16} {' '.join(fs)}")


def evaluate(records: list[dict], split: str) -> None:
    from misinfo_scorer_plugins.odd_phrasing.loaded import find_loaded, load_lexicon, loaded_features, loaded_findings
    from misinfo_scorer_plugins.odd_phrasing.rhetoric import rhetoric_findings
    from misinfo_scorer_plugins.odd_phrasing.strong_words import strong_word_findings
    from misinfo_scorer_plugins.odd_phrasing.voice import voices

    from scorer.nlp import load_pipeline

    articles = [r for r in records if r["split"] == split and r.get("labeled")]
    if not articles:
        sys.exit(f"no labelled articles in split {split!r}")
    lexicon = load_lexicon()
    nlp = load_pipeline()
    started = time.perf_counter()
    counts = {name: {"hits": 0, "true": 0, "found": 0, "gold": 0, "gold_words": 0} for name in (LOADED, EXAGGERATION)}
    any_true = {LOADED: 0, EXAGGERATION: 0}
    words_total = 0
    features: dict[str, list[float]] = {}
    gold_density: list[float] = []
    finding_total = finding_true = 0
    # own-voice word findings (what an editor sees) against Loaded_Language + Name_Calling gold spans
    own = {"findings": 0, "true": 0, "found": 0, "gold": 0}
    own_words_seen: dict[str, list[int]] = {}
    by_kind: dict[str, list[int]] = {}  # kind -> [hits, inside a gold span of its technique]
    # rhetoric findings per check: [findings, overlapping Loaded/Name_Calling, overlapping any technique]
    rhetoric: dict[str, list[int]] = {}
    rhetoric_found = 0  # Loaded/Name_Calling gold spans some rhetoric finding overlaps
    rhetoric_examples: list[str] = []
    for article, doc in zip(articles, nlp.pipe((a["text"] for a in articles), disable=["ner"]), strict=True):
        result = find_loaded(doc, lexicon)
        words_total += result.words
        propaganda = [(s["start"], s["end"]) for s in article["tc_spans"]]
        for technique, hits in ((LOADED, result.loaded()), (EXAGGERATION, result.exaggerations())):
            gold = [(s["start"], s["end"]) for s in article["tc_spans"] if s["technique"] == technique]
            spans = [(h.start, h.end) for h in hits]
            c = counts[technique]
            c["hits"] += len(spans)
            c["true"] += sum(any(_overlaps(h, g) for g in gold) for h in spans)
            for hit in hits:
                kind = by_kind.setdefault(hit.kind, [0, 0])
                kind[0] += 1
                kind[1] += any(_overlaps((hit.start, hit.end), g) for g in gold)
            c["gold"] += len(gold)
            c["found"] += sum(any(_overlaps(h, g) for h in spans) for g in gold)
            covered = {i for a, b in gold for i in range(a, b)}
            c["gold_words"] += sum(1 for m in _WORD.finditer(article["text"]) if m.start() in covered)
            any_true[technique] += sum(any(_overlaps(h, g) for g in propaganda) for h in spans)
        for name, value in loaded_features(result).items():
            features.setdefault(name, []).append(value)
        n_loaded = sum(1 for s in article["tc_spans"] if s["technique"] == LOADED)
        gold_density.append(1000.0 * n_loaded / result.words if result.words else 0.0)
        for f in loaded_findings(result, article["text"]):
            finding_total += 1
            finding_true += any(_overlaps((f.start, f.end), g) for g in propaganda)
        charged = [(s["start"], s["end"]) for s in article["tc_spans"] if s["technique"] in (LOADED, NAME_CALLING)]
        voice = voices(article["text"])
        spans = [
            (f.start, f.end, f.message)
            for f in strong_word_findings(doc, article["text"], lexicon)
            if not voice.quoted(f.start, f.end)
        ]
        own["findings"] += len(spans)
        own["true"] += sum(any(_overlaps(s[:2], g) for g in charged) for s in spans)
        own["gold"] += len(charged)
        own["found"] += sum(any(_overlaps(s[:2], g) for s in spans) for g in charged)
        extra = [f for f in rhetoric_findings(doc, article["text"]) if not voice.quoted(f.start, f.end)]
        for f in extra:
            tally_r = rhetoric.setdefault(f.check, [0, 0, 0])
            tally_r[0] += 1
            in_charged = any(_overlaps((f.start, f.end), g) for g in charged)
            tally_r[1] += in_charged
            tally_r[2] += any(_overlaps((f.start, f.end), g) for g in propaganda)
            quote = " ".join(article["text"][f.start : f.end].split())
            rhetoric_examples.append(f"{f.check}: {'in' if in_charged else 'out'} {quote[:70]!r}")
        rhetoric_found += sum(any(_overlaps((f.start, f.end), g) for f in extra) for g in charged)
        for start, end, _ in spans:
            tally = own_words_seen.setdefault(article["text"][start:end].lower(), [0, 0])
            tally[0] += 1
            tally[1] += any(_overlaps((start, end), g) for g in charged)
    seconds = time.perf_counter() - started

    print(f"PTC v2 {split}: {len(articles)} articles, {words_total} words (lexicon: {lexicon.size} entries)")
    print(f"{'technique':28} {'hits':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'P(any)':>7} {'base':>6}")
    for technique, c in counts.items():
        p, r, f1 = _prf(c["true"], c["hits"], c["found"], c["gold"])
        p_any = any_true[technique] / c["hits"] if c["hits"] else 0.0
        base = c["gold_words"] / words_total if words_total else 0.0
        print(f"{technique:28} {c['hits']:5d} {c['gold']:5d} {p:6.3f} {r:6.3f} {f1:6.3f} {p_any:7.3f} {base:6.3f}")
    print("  P(any): share of hits inside any gold propaganda span; base: share of words inside gold spans")
    print("precision by kind of hit: " + ", ".join(f"{k} {t}/{n}" for k, (n, t) in sorted(by_kind.items())))
    print("feature means over articles (median in brackets):")
    for name, values in features.items():
        print(f"  {name:28} {statistics.fmean(values):8.3f}  ({statistics.median(values):.3f})")
    rho = _spearman(features["loaded_per_1k_words"], gold_density)
    print(f"  Spearman(loaded_per_1k_words, gold Loaded_Language spans per 1k words) = {rho:.3f}")
    share = finding_true / finding_total if finding_total else 0.0
    print(f"clear-case findings: {finding_total} ({share:.3f} overlap a gold propaganda span)")
    p, r, f1 = _prf(own["true"], own["findings"], own["found"], own["gold"])
    print(
        f"own-voice loaded_word findings vs gold {LOADED} + {NAME_CALLING} spans: {own['findings']} findings, "
        f"P {p:.3f} ({own['true']}/{own['findings']}), R {r:.3f} ({own['found']}/{own['gold']}), F1 {f1:.3f}"
    )
    print(
        "  by text (inside gold / findings): "
        + ", ".join(f"{w} {t}/{n}" for w, (n, t) in sorted(own_words_seen.items(), key=lambda kv: -kv[1][0]))
    )
    n_rhetoric = sum(v[0] for v in rhetoric.values())
    print(
        f"own-voice rhetoric findings (exclamations, scare quotes, name-calling): {n_rhetoric}; "
        f"recall of {LOADED} + {NAME_CALLING} spans {rhetoric_found}/{own['gold']}; by check "
        "(findings / overlap Loaded+Name_Calling / overlap any technique): "
        + ", ".join(f"{c} {n}/{t}/{a}" for c, (n, t, a) in sorted(rhetoric.items()))
    )
    for line in rhetoric_examples:
        print(f"  {line}")
    print(f"[{seconds:.1f} s including parsing]", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"), help="split to score (default dev)")
    parser.add_argument(
        "--rebuild-lexicon", action="store_true", help="rewrite the lexicon data file from the TRAIN split and stop"
    )
    parser.add_argument("--candidates", action="store_true", help="print the statistics behind CHARGED and stop")
    args = parser.parse_args()
    records = list(read_jsonl(require(CORPUS)))
    if args.candidates:
        candidates(records)
    elif args.rebuild_lexicon:
        rebuild(records)
    else:
        evaluate(records, args.split)


if __name__ == "__main__":
    main()
