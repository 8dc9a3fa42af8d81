"""hedged_sourcing on 300 credible articles: findings per article, and a hand-read sample.

    python benchmarks/hedged_sourcing_credible.py [--sample 50] [--seed 0] [--all]

Articles: the 84 of PolNeAR's **test** split (first annotator's copy; never used to build rules)
and 216 mainstream (abc, cnn, politico) articles of buzzfeed_webis_2016 labelled credible, taken
in the order of the MD5 of their id after dropping empty, duplicate and short (< 80 words) texts
and the articles of ``editor_gold_dev``. Printed: findings per article and per 1,000 words, the
share of articles with at least one, counts per check, and a seeded random sample of findings
with their sentence (the sample: the findings with the smallest hash of seed, article and offsets,
so it stays put when a rule change adds or drops other findings).

Credible reporting legitimately quotes anonymous officials, so a finding here is not an error:
it is wrong only when it is not what the copy-editor protocol (``editor_gold_dev/PROTOCOL.md``)
would query. ``VERDICTS`` holds the hand-read verdict on each finding of the default sample
(seed 0, 50 findings), keyed by article id and the finding's character offsets; the precision
printed is over the sampled findings that have a verdict, and sampled findings without one are
listed as unread (a rule change that moves the sample shows up there, never as a silent figure).
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter

from hedged_sourcing_common import read_jsonl, require, run
from misinfo_scorer_plugins.hedged_sourcing.attribution import HEDGED_KINDS
from misinfo_scorer_plugins.hedged_sourcing.report import check_for

N_ARTICLES = 300
MIN_WORDS = 80

#: Hand-read verdicts on the default sample: (article id, start, end) -> (right?, why).
VERDICTS: dict[tuple[str, int, int], tuple[bool, str]] = {
    ("polnear_test:huff-post_2016-11-06_most-voters-don-t-change-their-m", 2975, 2995): (
        True,
        "tracking polls nobody names",
    ),
    ("polnear_test:nyt_2016-10-30_for-democrats-anthony-weiner-mak", 3078, 3113): (
        True,
        "unnamed person familiar with his thinking",
    ),
    ("buzzfeed_webis_2016:0021", 1467, 1481): (True, "'is reported to': reported by whom"),
    ("buzzfeed_webis_2016:0456", 3758, 3768): (True, "unnamed polls"),
    ("buzzfeed_webis_2016:1211", 6498, 6520): (True, "unnamed Republicans"),
    ("buzzfeed_webis_2016:0529", 842, 907): (True, "two unnamed sources"),
    ("buzzfeed_webis_2016:1234", 1779, 1804): (
        True,
        "unnamed spokespeople of unnamed networks (as the dev gold marks)",
    ),
    ("buzzfeed_webis_2016:0496", 1830, 1847): (False, "the quotation it introduces is a named columnist's tweet"),
    ("polnear_test:usa-today_2016-10-31_feds-in-talks-to-get-emails-from", 371, 412): (True, "unnamed official"),
    ("buzzfeed_webis_2016:1204", 1498, 1514): (True, "unnamed officers' contention"),
    ("buzzfeed_webis_2016:0387", 490, 509): (True, "unnamed officials"),
    ("buzzfeed_webis_2016:1147", 5286, 5296): (True, "unnamed polls"),
    ("polnear_test:nyt_2016-11-02_why-sexual-harassment-persists-i", 6274, 6288): (True, "accused by nobody named"),
    ("buzzfeed_webis_2016:1273", 7126, 7145): (True, "unnamed insider"),
    ("buzzfeed_webis_2016:0254", 239, 253): (True, "unnamed officials"),
    ("polnear_test:nyt_2016-11-02_why-sexual-harassment-persists-i", 8124, 8138): (True, "accused by nobody named"),
    ("buzzfeed_webis_2016:0402", 2520, 2535): (True, "unnamed experts"),
    ("buzzfeed_webis_2016:1040", 2250, 2260): (True, "unnamed detractors"),
    ("polnear_test:nyt_2016-11-01_f-b-i-s-email-disclosure-broke-a", 3008, 3047): (True, "unnamed former officials"),
    ("polnear_test:breitbart_2016-10-18_obama-says-trump-modeling-polici", 4403, 4433): (
        True,
        "unnamed campaign allies",
    ),
    ("polnear_test:wash-post_2016-10-27_trump-leaves-campaign-trail-to-o", 4874, 4901): (True, "reports nobody names"),
    ("buzzfeed_webis_2016:0296", 255, 280): (True, "unnamed official"),
    ("buzzfeed_webis_2016:1256", 307, 329): (True, "unnamed government lawyers"),
    ("buzzfeed_webis_2016:1219", 2653, 2663): (True, "'reportedly'"),
    ("buzzfeed_webis_2016:0997", 8551, 8577): (True, "unnamed operative"),
    ("buzzfeed_webis_2016:0997", 4148, 4162): (True, "unnamed aides"),
    ("buzzfeed_webis_2016:0456", 10230, 10245): (True, "unnamed staffer"),
    ("polnear_test:breitbart_2016-11-02_asian-markets-on-edge-on-us-elec", 356, 375): (
        True,
        "'was once considered': by whom",
    ),
    ("buzzfeed_webis_2016:0397", 429, 456): (True, "unnamed military official"),
    ("polnear_test:wash-post_2016-10-09_as-pyongyang-races-to-nuclear-go", 36, 52): (
        True,
        "unnamed analysts (headline)",
    ),
    ("buzzfeed_webis_2016:1171", 9353, 9385): (True, "unnamed insider"),
    ("buzzfeed_webis_2016:0294", 1021, 1042): (False, "a headline glued to the next sentence: no attribution"),
    ("buzzfeed_webis_2016:0044", 1454, 1463): (True, "unnamed aides"),
    ("polnear_test:nyt_2016-11-01_f-b-i-s-email-disclosure-broke-a", 2052, 2066): (True, "unnamed officials"),
    ("buzzfeed_webis_2016:0066", 2447, 2461): (True, "unnamed residents"),
    ("buzzfeed_webis_2016:0314", 275, 309): (True, "unnamed law enforcement official"),
    ("polnear_test:wash-post_2016-10-27_trump-leaves-campaign-trail-to-o", 6451, 6465): (True, "unnamed officials"),
    ("buzzfeed_webis_2016:0513", 2391, 2411): (
        False,
        "parties to a case arguing in public briefs, beside the named EPA",
    ),
    ("buzzfeed_webis_2016:0965", 924, 967): (True, "unnamed pool reporter relays the claim"),
    ("polnear_test:wash-post_2016-10-10_scorched-earth-upends-a-usually-", 3334, 3363): (
        True,
        "'widely considered': by whom",
    ),
    ("polnear_test:breitbart_2016-11-02_asian-markets-on-edge-on-us-elec", 573, 583): (True, "'is seen as': by whom"),
    ("buzzfeed_webis_2016:0085", 1441, 1453): (True, "unnamed advisers"),
    ("buzzfeed_webis_2016:0017", 1333, 1347): (True, "unnamed observers"),
    ("polnear_test:nyt_2016-11-07_markets-watch-closely-as-u-s-ele", 3541, 3551): (True, "unnamed executives"),
    ("buzzfeed_webis_2016:1211", 5750, 5768): (True, "unnamed polls"),
    ("buzzfeed_webis_2016:0271", 6642, 6649): (True, "unnamed aide"),
    ("polnear_test:breitbart_2016-10-22_canada-eu-failure-signals-more-b", 1451, 1480): (
        True,
        "accusations nobody owns",
    ),
    ("buzzfeed_webis_2016:0513", 2857, 2870): (True, "'is considered': by whom"),
    ("polnear_test:usa-today_2016-10-26_wall-street-lawyers-dominate-cli", 262, 282): (
        True,
        "an analysis nobody names in the sentence",
    ),
    ("buzzfeed_webis_2016:0265", 1371, 1384): (True, "unnamed senators and aides"),
    ("polnear_test:breitbart_2016-10-25_the-latest-fbi-ready-to-respond-", 1783, 1805): (True, "unnamed polls"),
    # every finding hedged_sourcing 0.4.0 added to these 300 articles (outside the sample), read in its article
    ("buzzfeed_webis_2016:1273", 488, 506): (True, "unnamed aides"),
    ("buzzfeed_webis_2016:1315", 118, 139): (True, "a consensus credited to nobody"),
    ("buzzfeed_webis_2016:0999", 5477, 5485): (True, "'they' can only be the unnamed operatives just before"),
    # every finding hedged_sourcing 0.5.0 added to these 300 articles (four of them in the sample), read in its article
    ("polnear_test:nyt_2016-10-14_how-to-mend-the-tax-code-to-clos", 7298, 7320): (
        True,
        "unnamed tax experts' consensus",
    ),
    ("polnear_test:nyt_2016-10-14_shake-up-at-wells-fargo-fails-to", 4553, 4573): (
        True,
        "unnamed analysts, saying ...",
    ),
    ("polnear_test:nyt_2016-10-14_shake-up-at-wells-fargo-fails-to", 4778, 4787): (
        True,
        "'they' can only be the unnamed analysts just before",
    ),
    ("polnear_test:wash-post_2016-10-19_so-guess-who-s-the-demogorgon-in", 4756, 4769): (
        True,
        "an unnamed group judges",
    ),
    ("polnear_test:wash-post_2016-11-05_as-paris-climate-pact-takes-effe", 1014, 1035): (
        True,
        "a consensus of unnamed scientists",
    ),
    ("polnear_test:wash-post_2016-11-05_as-paris-climate-pact-takes-effe", 1279, 1297): (True, "unnamed experts"),
    ("buzzfeed_webis_2016:1331", 1927, 1958): (True, "a majority of unnamed scientists, saying ..."),
    ("buzzfeed_webis_2016:0261", 401, 414): (True, "the unnamed aide introduced before"),
    ("buzzfeed_webis_2016:1040", 7127, 7158): (True, "unnamed officials, saying ..."),
    ("buzzfeed_webis_2016:0947", 4769, 4790): (True, "the unnamed aide introduced before ('said a Clinton aide')"),
    ("buzzfeed_webis_2016:0947", 5143, 5156): (True, "the unnamed aide introduced before ('said a Clinton aide')"),
    ("buzzfeed_webis_2016:0397", 661, 678): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 534, 551): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 734, 751): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 1203, 1220): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 1505, 1527): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 1843, 1866): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 1889, 1907): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 1909, 1931): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 2073, 2090): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0314", 2216, 2251): (True, "the unnamed official introduced before"),
    ("buzzfeed_webis_2016:0978", 1721, 1730): (
        True,
        "'evidently': the writer's hedge (borderline: a guess at motives)",
    ),
    ("buzzfeed_webis_2016:1095", 1317, 1356): (True, "unnamed fact checkers"),
    ("buzzfeed_webis_2016:0997", 5655, 5677): (True, "a senator quoted without a name (read 2026-12-04)"),
}


def articles() -> list[dict]:
    """The 300 credible articles, in a fixed order."""
    gold_ids = {r["id"] for r in read_jsonl(require("editor_gold_dev/articles.jsonl"))}
    polnear: dict[str, dict] = {}
    for rec in read_jsonl(require("attribution_polnear/polnear.jsonl")):
        if rec["split"] != "test":
            continue
        if rec["article"] not in polnear or rec["annotator"] < polnear[rec["article"]]["annotator"]:
            polnear[rec["article"]] = rec
    chosen = [{"id": f"polnear_test:{a}", "text": r["text"]} for a, r in sorted(polnear.items())]
    seen: set[str] = set()
    buzzfeed = []
    for rec in read_jsonl(require("buzzfeed_webis_2016/articles.jsonl")):
        text = rec.get("text") or ""
        meta = rec.get("meta") or {}
        if rec.get("label") != "credible" or meta.get("orientation") != "mainstream" or rec["id"] in gold_ids:
            continue
        if len(text.split()) < MIN_WORDS or text in seen:
            continue
        seen.add(text)
        buzzfeed.append({"id": rec["id"], "text": text})
    buzzfeed.sort(key=lambda r: hashlib.md5(r["id"].encode()).hexdigest())
    return chosen + buzzfeed[: N_ARTICLES - len(chosen)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=50, help="findings to sample for reading")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--all", action="store_true", help="print every finding, not only the sample")
    args = parser.parse_args()

    recs = articles()
    rows: list[tuple[str, int, int, str, str, str]] = []  # id, start, end, check, phrase, sentence
    by_check: Counter[str] = Counter()
    words = with_finding = 0
    for rec, (doc, attributions) in zip(recs, run(r["text"] for r in recs), strict=True):
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
        hedged = [a for a in attributions if a.kind in HEDGED_KINDS]
        with_finding += bool(hedged)
        for attr in hedged:
            span = doc[attr.first : attr.last + 1]
            check = check_for(attr)
            by_check[check] += 1
            sentence = " ".join(span.sent.text.split())
            rows.append((rec["id"], span.start_char, span.end_char, check, span.text, sentence))

    n = len(recs)
    print(f"credible articles: {n} (PolNeAR test + buzzfeed_webis_2016 mainstream), {words} words")
    print(
        f"findings: {len(rows)}; per article {len(rows) / n:.2f}; per 1,000 words {1000 * len(rows) / words:.2f}; "
        f"articles with a finding {with_finding / n:.0%}"
    )
    print("by check:", ", ".join(f"{c} {k}" for c, k in by_check.most_common()))

    # the findings with the smallest hash of (seed, article, offsets): a change to the rules only
    # adds or drops its own findings, so verdicts on the rest stay valid
    sample = sorted(rows, key=lambda r: hashlib.md5(f"{args.seed}:{r[0]}:{r[1]}:{r[2]}".encode()).hexdigest())
    sample = sample[: args.sample]
    read = [VERDICTS.get((r[0], r[1], r[2])) for r in sample]
    judged = [v for v in read if v is not None]
    right = sum(ok for ok, _ in judged)
    print(f"\nrandom sample of {len(sample)} findings (seed {args.seed}):")
    for row, verdict in zip(sample, read, strict=True):
        mark = "unread" if verdict is None else ("right " if verdict[0] else "WRONG ")
        why = f"  ({verdict[1]})" if verdict else ""
        print(f"  {mark} {row[0]} {row[1]}-{row[2]} [{row[3]}] '{row[4]}'{why}\n         {row[5][:240]}")
    if judged:
        unread = len(sample) - len(judged)
        print(f"\nhand-read precision: {right}/{len(judged)} = {right / len(judged):.2f} ({unread} unread)")
    else:
        print("\nhand-read precision: no verdicts for this sample")
    # verdicts on findings outside the sample: every new finding a rule change brought, read by hand
    sampled = {(r[0], r[1], r[2]) for r in sample}
    beyond = [
        VERDICTS[(r[0], r[1], r[2])]
        for r in rows
        if (r[0], r[1], r[2]) in VERDICTS and (r[0], r[1], r[2]) not in sampled
    ]
    if beyond:
        print(f"hand-read findings outside the sample: {sum(ok for ok, _ in beyond)}/{len(beyond)} right")
    if args.all:
        print("\nall findings:")
        for row in rows:
            verdict = VERDICTS.get((row[0], row[1], row[2]))
            mark = "" if verdict is None else ("right " if verdict[0] else "WRONG ")
            print(f"  {mark}{row[0]} {row[1]}-{row[2]} [{row[3]}] '{row[4]}' :: {row[5][:240]}")


if __name__ == "__main__":
    main()
