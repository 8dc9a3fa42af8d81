"""PolNeAR (dev split): how well hedged_sourcing finds attribution sources and unnamed ones.

    python benchmarks/hedged_sourcing_polnear.py [--show N] [--split dev|test]

Gold: PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018), the dev split (all tuning), one
annotator per article (the alphabetically first). ``--split test`` scores the held-out test split:
run it once, after the work on dev is done. Figures printed:

1. Source detection: predicted source phrases (named, anonymous or vague attributions) against
   gold Source spans; a prediction matches a gold span when their characters overlap (one-to-one).
2. Unnamed-source recognition: PolNeAR does not annotate anonymity, so a gold Source counts as
   unnamed by a rule written here, independent of the plugin: its head word (the last word before
   a comma, relative clause or prepositional tail) is a lower-case person/role noun ("official",
   "sources", "experts", "people", ...) or it is a bare quantifier ("some", "many", "others"),
   and it does not start with a definite determiner (anaphoric "the official"), except
   "the source(s)". Flagged predictions
   (anonymous + vague) are scored against it. Indicative, not a published measure.
3. No-source attributions: predicted agentless attributions against gold
   ``Attribution-no-source`` cues. PolNeAR's no-source class is much broader than hedged
   sourcing ("has faced ridicule online", "so-called"), so recall is expected to be low;
   precision is also given against any gold attribution.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from hedged_sourcing_common import prf, read_jsonl, require, run

ROLE = re.compile(
    r"^(officials?|sources?|aides?|advis[eo]rs?|experts?|analysts?|critics?|observers?|insiders?|"
    r"people|person|diplomats?|strategists?|operatives?|staffers?|allies|ally|supporters?|"
    r"opponents?|lawmakers?|members?|economists?|scientists?|researchers?|doctors?|"
    r"investigators?|officers?|executives?|employees?|residents?|witnesses|witness|"
    r"commentators?|pundits?|activists?|skeptics?|negotiators?|insiders?|associates?|"
    r"confidants?|friends?|colleagues?)$"
)
QUANTIFIERS = {"some", "many", "others", "most", "several", "few", "some people", "many people"}
DEFINITE = ("the ", "this ", "that ", "these ", "those ")
#: Kinds with a source phrase (a person, group or document); the rest (agentless passives and
#: adverbs, rumour, common knowledge, own-voice hedges) have none.
_WITH_SOURCE = ("named", "anonymous", "vague", "report")
TAIL = re.compile(r",| who | familiar | close to | to | with | at | in | from | of | on | for | speaking | that | said")


def gold_unnamed(text: str) -> bool:
    """The rule-based 'unnamed source' label for a gold Source span (see the module docstring)."""
    t = " ".join(text.split())
    low = t.lower()
    if low in QUANTIFIERS:
        return True
    head_part = TAIL.split(" " + t + " ", maxsplit=1)[0].strip()
    words = head_part.split()
    if not words:
        return False
    head = words[-1]
    if not ROLE.match(head.lower()) or not (head.islower() or len(words) == 1):
        return False
    if head.lower() in ("source", "sources"):
        return True  # "the source added" is still anonymous
    return not low.startswith(DEFINITE)


def _span(entry: dict) -> tuple[int, int]:
    ranges = entry["spans"]
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(preds: list[tuple[int, int]], golds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap, in text order: pairs of (pred index, gold index)."""
    used: set[int] = set()
    pairs = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if gi not in used and _overlaps(p, g):
                used.add(gi)
                pairs.append((pi, gi))
                break
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N examples of each error type")
    parser.add_argument("--split", choices=("dev", "test"), default="dev", help="test: once, at the end")
    args = parser.parse_args()

    path = require("attribution_polnear/polnear.jsonl")
    first: dict[str, dict] = {}
    for rec in read_jsonl(path):
        if rec["split"] != args.split:
            continue
        if rec["article"] not in first or rec["annotator"] < first[rec["article"]]["annotator"]:
            first[rec["article"]] = rec
    records = sorted(first.values(), key=lambda r: r["article"])

    totals: Counter[str] = Counter()
    kinds_vs_gold: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[str]] = {"flag_fp": [], "unnamed_fn": [], "agentless_fp": []}

    for rec, (doc, attributions) in zip(records, run(r["text"] for r in records), strict=True):
        text = rec["text"]
        gold_src = [(_span(a["source"][0]), a["source"][0]["text"]) for a in rec["attributions"] if a.get("source")]
        gold_nosrc = [_span(a["attribution-no-source"][0]) for a in rec["attributions"] if "attribution-no-source" in a]
        gold_any = [_span(a["attribution"][0]) for a in rec["attributions"] if a.get("attribution")]
        gold_spans = [g for g, _ in gold_src]
        gold_labels = ["unnamed" if gold_unnamed(t) else "other" for _, t in gold_src]

        with_source = [a for a in attributions if a.kind in _WITH_SOURCE]
        agentless = [a for a in attributions if a.kind not in _WITH_SOURCE]
        pred_spans = [(doc[a.first].idx, doc[a.source_end].idx + len(doc[a.source_end])) for a in with_source]

        pairs = _match(pred_spans, gold_spans)
        totals["src_tp"] += len(pairs)
        totals["src_pred"] += len(pred_spans)
        totals["src_gold"] += len(gold_spans)
        matched_gold = {pi: gi for pi, gi in pairs}
        for pi, a in enumerate(with_source):
            label = gold_labels[matched_gold[pi]] if pi in matched_gold else "no gold source"
            kinds_vs_gold[(a.kind, label)] += 1

        flagged = [i for i, a in enumerate(with_source) if a.kind in ("anonymous", "vague")]
        totals["flag_pred"] += len(flagged)
        for i in flagged:
            if i in matched_gold and gold_labels[matched_gold[i]] == "unnamed":
                totals["flag_tp"] += 1
            elif len(examples["flag_fp"]) < args.show:
                s, e = pred_spans[i]
                gold = gold_src[matched_gold[i]][1] if i in matched_gold else "-"
                examples["flag_fp"].append(f"{text[s:e]!r} (gold source: {gold!r}) | {_context(text, s, e)}")
        unnamed_gold = [gi for gi, lab in enumerate(gold_labels) if lab == "unnamed"]
        totals["unnamed_gold"] += len(unnamed_gold)
        hit = {matched_gold[i] for i in flagged if i in matched_gold}
        totals["unnamed_found"] += sum(gi in hit for gi in unnamed_gold)
        for gi in unnamed_gold:
            if gi not in hit and len(examples["unnamed_fn"]) < args.show:
                s, e = gold_spans[gi]
                examples["unnamed_fn"].append(f"{text[s:e]!r} | {_context(text, s, e)}")

        agent_spans = [(doc[a.first].idx, doc[a.last].idx + len(doc[a.last])) for a in agentless]
        totals["agentless_pred"] += len(agent_spans)
        totals["nosrc_gold"] += len(gold_nosrc)
        totals["agentless_tp_nosrc"] += len(_match(agent_spans, gold_nosrc))
        for span in agent_spans:
            if any(_overlaps(span, g) for g in gold_any + gold_spans + gold_nosrc):
                totals["agentless_any"] += 1
            elif len(examples["agentless_fp"]) < args.show:
                examples["agentless_fp"].append(f"{text[span[0] : span[1]]!r} | {_context(text, *span)}")

    print(f"PolNeAR {args.split}: {len(records)} articles (one annotator each)")
    p, r, f = prf(totals["src_tp"], totals["src_pred"], totals["src_gold"])
    print(
        f"1. source detection      P={p:.3f} R={r:.3f} F1={f:.3f} "
        f"(pred {totals['src_pred']}, gold {totals['src_gold']}, overlap matches {totals['src_tp']})"
    )
    p = totals["flag_tp"] / totals["flag_pred"] if totals["flag_pred"] else 0.0
    r = totals["unnamed_found"] / totals["unnamed_gold"] if totals["unnamed_gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"2. unnamed-source recog. P={p:.3f} R={r:.3f} F1={f:.3f} "
        f"(flagged {totals['flag_pred']}, rule-labelled unnamed gold {totals['unnamed_gold']})"
    )
    p, r, _ = prf(totals["agentless_tp_nosrc"], totals["agentless_pred"], totals["nosrc_gold"])
    p_any = totals["agentless_any"] / totals["agentless_pred"] if totals["agentless_pred"] else 0.0
    print(
        f"3. no-source attribution P={p:.3f} R={r:.3f} (agentless {totals['agentless_pred']}, "
        f"gold no-source {totals['nosrc_gold']}); P against any gold attribution {p_any:.3f}"
    )
    print("   predicted kind x gold label (matched by overlap):")
    for (kind, label), n in sorted(kinds_vs_gold.items()):
        print(f"     {kind:9} x {label:15} {n}")
    for name, rows in examples.items():
        if rows:
            print(f"\n-- {name} --")
            for row in rows:
                print("  ", row)


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


if __name__ == "__main__":
    main()
