"""Could a learned filter tell the wrong hedged_sourcing findings from the right ones?

    python benchmarks/hedged_sourcing_finding_filter.py [--data ../shared/data] [--C 0.1]

Every hedged_sourcing finding the code installed now makes gets a row of features read off the same
analysis that made it (the check, the construction and cue verb, the source phrase's head, determiner and
dependency, whether the cue takes a clause or an object, quotation marks in the sentence or open before the
span, a named speaker with a verb of saying in the same, previous or next sentence of the paragraph, the
sentence's place in its paragraph and the article, the article's named and hedged attributions, its length)
and a label:

- the judged rounds (``benchmarks/judged``): the reader's verdict, right or wrong, on findings still made;
- the tuning sets (``models/training/*.marks.jsonl``): whether the finding overlaps a hedged_sourcing mark.

A logistic regression (balanced classes) is then asked what a filter would buy:

1. leave one source out (PolNeAR's papers, the other news corpora, the 1989-2000 wire, the tuning sets):
   AUC on the held-out source, and what dropping its lowest-scored findings costs until 2 % and 5 % of the
   right ones are gone;
2. trained on all of them, applied to the blind sets (``benchmarks/blind/*.marks.jsonl``): matched and
   unmatched findings among the k lowest-scored, and precision after dropping them. Totals only; no blind
   text is printed.

The answer decides whether the signal ships such a filter (docs/accuracy.md): it does not while a filter
trades more right findings than wrong ones at every operating point.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from editor_gold import from_marks_files, matches  # noqa: E402
from judged_rounds import (  # noqa: E402
    ANY_LENGTH,
    SPLITS,
    VERDICTS,
    news_articles,
    polnear_articles,
    read_jsonl,
    round_ids,
)

#: Verbs of saying whose proper-noun subject names a speaker.
SPEECH = frozenset(
    {"say", "tell", "add", "note", "explain", "write", "state", "report", "announce", "confirm", "claim", "insist",
     "argue"}
)
NUMERIC = (
    "quoted", "affiliated", "weak", "first_sentence", "lede", "paragraph_first", "paragraph_last",
    "named_next", "named_same", "named_previous", "quote_in_sentence", "inside_quotation", "head_plural",
    "cue_clause", "cue_object", "cue_root", "named_share", "log_words", "relative_position",
)
#: The lowest-scored findings dropped on the blind sets.
DROPS = (5, 10, 20, 30, 40)


def _named_speaker(sentence) -> bool:
    """A verb of saying in ``sentence`` whose subject holds a proper noun ("Mayor Bollwage said")."""
    for tok in sentence:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH:
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and any(t.pos_ == "PROPN" for t in child.subtree):
                    return True
    return False


def finding_rows(articles: Iterable[dict]) -> Iterator[dict]:
    """One feature row per hedged_sourcing finding the installed code makes on ``articles`` (dicts with id,
    text and optional title), keyed by id, check, start and end."""
    from misinfo_scorer_plugins.hedged_sourcing.analyse import analyse
    from misinfo_scorer_plugins.hedged_sourcing.attribution import HEDGED_KINDS
    from misinfo_scorer_plugins.hedged_sourcing.candidates import forget_ids
    from misinfo_scorer_plugins.hedged_sourcing.detect import detect
    from misinfo_scorer_plugins.hedged_sourcing.quotes import find_quotes, forget_quotes
    from misinfo_scorer_plugins.hedged_sourcing.report import finding_for
    from misinfo_scorer_plugins.hedged_sourcing.scope import source_head

    from scorer import headline_copy_end
    from scorer.nlp import load_pipeline

    articles = list(articles)
    nlp = load_pipeline()
    for article, doc in zip(articles, nlp.pipe((a["text"] for a in articles), batch_size=32), strict=True):
        text = article["text"]
        find_quotes(doc, text)
        attributions = analyse(doc, detect(doc)).attributions
        hedged = [a for a in attributions if a.kind in HEDGED_KINDS]
        named = sum(a.kind == "named" for a in attributions)
        headline = headline_copy_end(text, article.get("title")) or 0
        sentences = list(doc.sents)
        index = {s.start: i for i, s in enumerate(sentences)}
        words = sum(t.is_alpha for t in doc)
        for attr in hedged:
            finding = finding_for(attr, doc, attributions)
            if finding.start < headline:
                continue  # the signal drops findings in a headline copied into the text
            sentence = doc[attr.first].sent
            i = index[sentence.start]
            after = sentences[i + 1] if i + 1 < len(sentences) else None
            before = sentences[i - 1] if i else None
            break_after = after is None or "\n" in text[sentence.end_char : after.start_char]
            break_before = before is None or "\n" in text[before.end_char : sentence.start_char]
            head = source_head(doc, attr)
            cue = doc[attr.cue_i] if attr.cue_i >= 0 else None
            paragraph = text[text.rfind("\n", 0, finding.start) + 1 : finding.start]
            still_open = paragraph.count("“") - paragraph.count("”") + paragraph.count('"') % 2
            yield {
                "id": article["id"], "check": finding.check, "start": finding.start, "end": finding.end,
                "kind": attr.kind, "via": attr.via,
                "quoted": attr.quoted, "affiliated": attr.affiliated, "weak": attr.weak,
                "first_sentence": i == 0, "lede": i < 2 and "\n\n" not in text[: finding.start],
                "paragraph_first": break_before, "paragraph_last": break_after,
                "named_next": not break_after and _named_speaker(after),
                "named_previous": not break_before and _named_speaker(before),
                "named_same": _named_speaker(sentence),
                "quote_in_sentence": any(c in sentence.text for c in '"“”'),
                "inside_quotation": still_open > 0,
                "head_plural": head is not None and head.tag_ in ("NNS", "NNPS"),
                "head_pos": head.pos_ if head is not None else "",
                "head_lemma": head.lemma_.lower() if head is not None else "",
                "head_dep": head.dep_ if head is not None else "",
                "head_det": next(
                    (c.lower_ for c in head.children if c.dep_ in ("det", "amod", "nummod", "poss")), ""
                ) if head is not None else "",
                "cue_lemma": cue.lemma_.lower() if cue is not None else attr.cue.lower(),
                "cue_clause": cue is not None and any(c.dep_ in ("ccomp", "xcomp") for c in cue.children),
                "cue_object": cue is not None and any(c.dep_ == "dobj" for c in cue.children),
                "cue_root": cue is not None and cue.dep_ == "ROOT",
                "sentence_tokens": len(sentence), "span_tokens": attr.last - attr.first + 1,
                "hedged": len(hedged), "named": named, "named_share": named / max(1, len(attributions)),
                "log_words": math.log(max(words, 1)), "relative_position": finding.start / max(1, len(text)),
            }
        forget_quotes(doc)
        forget_ids(doc)


def features(row: dict, frequent: dict[str, set[str]]) -> dict[str, float]:
    """The row as a DictVectorizer mapping; cue and head lemmas seen fewer than 15 times are pooled."""
    out = {name: float(row[name]) for name in NUMERIC}
    out["sentence_tokens"] = min(row["sentence_tokens"], 80) / 40
    out["span_tokens"] = min(row["span_tokens"], 10) / 5
    out["log_hedged"] = math.log1p(row["hedged"])
    out["log_named"] = math.log1p(row["named"])
    for name in ("check", "via", "head_det", "head_pos", "head_dep"):
        out[f"{name}={row[name]}"] = 1.0
    for name in ("cue_lemma", "head_lemma"):
        value = row[name] if row[name] in frequent[name] else "OTHER"
        out[f"{name}={value}"] = 1.0
    return out


def frequent_values(rows: list[dict]) -> dict[str, set[str]]:
    """Cue and head lemmas seen 15 times or more in the training rows."""
    from collections import Counter

    return {
        name: {value for value, n in Counter(r[name] for r in rows).items() if n >= 15}
        for name in ("cue_lemma", "head_lemma")
    }


def marked(rows: list[dict], marks: dict) -> list[int]:
    """1 where the finding overlaps a mark of a hedged_sourcing category (``editor_gold.matches``)."""
    return [int(any(matches({**r, "signal": "hedged_sourcing"}, m) for m in marks.get(r["id"], []))) for r in rows]


def drop_lowest(y: list[int], scores: list[float], share: float) -> tuple[int, int]:
    """Dropping the lowest-scored findings until ``share`` of the right ones are gone: (wrong, right) dropped."""
    allowed = int(share * sum(y))
    wrong = right = 0
    for k in sorted(range(len(y)), key=scores.__getitem__):
        if y[k]:
            if right + 1 > allowed:
                break
            right += 1
        else:
            wrong += 1
    return wrong, right


def _source(article_id: str) -> str:
    """The judged rounds' sources: PolNeAR's papers, the wire of 1989-2000, the other news corpora."""
    if article_id.startswith("polnear"):
        return "polnear"
    return "wire" if article_id.startswith("tempeval3:") else "news"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--C", type=float, default=0.1, help="inverse regularisation of the logistic regression")
    args = parser.parse_args()
    if not (args.data / "attribution_polnear").exists():
        sys.exit(f"{args.data}: the shared corpora are not there")
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    verdicts: dict[tuple, str] = {}
    ids: list[str] = []
    for path in sorted(VERDICTS.glob("*.verdicts.jsonl")):
        vs = list(read_jsonl(path))
        ids += round_ids(path, vs)
        verdicts |= {(v["id"], v["check"], v["start"], v["end"]): v["verdict"] for v in vs}
    ids = list(dict.fromkeys(ids))
    pool = {aid: a for split in SPLITS for aid, a in polnear_articles(ANY_LENGTH, split).items()}
    pool |= news_articles(i for i in ids if not i.startswith("polnear_"))
    judged = [r for r in finding_rows(pool[i] for i in ids) if (r["id"], r["check"], r["start"], r["end"]) in verdicts]
    y_judged = [int(verdicts[(r["id"], r["check"], r["start"], r["end"])] == "right") for r in judged]
    tuning_articles, tuning_marks = from_marks_files(sorted((ROOT / "models" / "training").glob("*.marks.jsonl")))
    tuning = list(finding_rows(tuning_articles))
    y_tuning = marked(tuning, tuning_marks)

    rows = judged + tuning
    y = y_judged + y_tuning
    groups = [_source(r["id"]) for r in judged] + ["tuning"] * len(tuning)
    print(f"hedged_sourcing findings with a label: judged {len(judged)} ({sum(y_judged)} right), "
          f"tuning {len(tuning)} ({sum(y_tuning)} overlap a mark)")
    print(f"leave one source out (C={args.C}):")
    for held in ("polnear", "news", "wire", "tuning"):
        train = [k for k, g in enumerate(groups) if g != held]
        test = [k for k, g in enumerate(groups) if g == held]
        frequent = frequent_values([rows[k] for k in train])
        vec = DictVectorizer().fit([features(rows[k], frequent) for k in train])
        model = LogisticRegression(C=args.C, max_iter=3000, class_weight="balanced").fit(
            vec.transform([features(rows[k], frequent) for k in train]), [y[k] for k in train]
        )
        scores = list(model.predict_proba(vec.transform([features(rows[k], frequent) for k in test]))[:, 1])
        yt = [y[k] for k in test]
        line = f"  {held:8s} {len(yt):5d} findings, right {sum(yt) / len(yt):.3f}; AUC {roc_auc_score(yt, scores):.3f}"
        for share in (0.02, 0.05):
            wrong, right = drop_lowest(yt, scores, share)
            kept = len(yt) - wrong - right
            line += (
                f"; {share:.0%} of right dropped: {wrong} of {len(yt) - sum(yt)} wrong go, "
                f"precision {(sum(yt) - right) / kept:.3f}"
            )
        print(line)
    blind_articles, blind_marks = from_marks_files(sorted((ROOT / "benchmarks" / "blind").glob("*.marks.jsonl")))
    blind = list(finding_rows(blind_articles))
    y_blind = marked(blind, blind_marks)
    frequent = frequent_values(rows)
    vec = DictVectorizer().fit([features(r, frequent) for r in rows])
    model = LogisticRegression(C=args.C, max_iter=3000, class_weight="balanced").fit(
        vec.transform([features(r, frequent) for r in rows]), y
    )
    scores = list(model.predict_proba(vec.transform([features(r, frequent) for r in blind]))[:, 1])
    order = sorted(range(len(blind)), key=scores.__getitem__)
    right = sum(y_blind)
    print(f"blind sets, trained on all of the above: {right} of {len(blind)} findings match a mark "
          f"({right / len(blind):.3f})")
    for k in DROPS:
        gone = order[:k]
        lost = sum(y_blind[i] for i in gone)
        print(f"  drop the {k:2d} lowest: {lost} matched and {k - lost} unmatched go; "
              f"precision {right - lost}/{len(blind) - k} = {(right - lost) / (len(blind) - k):.3f}")


if __name__ == "__main__":
    main()
