"""odd_phrasing recall on real slips outside the hand-marked dev set: 48 FakeNewsAMT fake articles.

    python benchmarks/odd_phrasing_slips_sample.py [--show]

The articles are the first 48 of FakeNewsAMT's fake items shuffled with ``random.Random(14)``
(written by crowd workers, so they hold many real slips; FakeNewsAMT is not in editor_gold_dev).
Each was read in full and every slip a copy editor would fix in the grammar category was listed
below, with its kind, BEFORE odd_phrasing 0.7.0's checks were written. Not blind: the kinds of the
first 30 articles (``part="read"``) were looked at while choosing what to build; the last 18
(``part="later"``) were marked then and not looked at again until measuring. Punctuation-only
matters (missing commas, unbalanced quotation marks, double spaces) and garbled sentences with no
single fix were left out, as in the dev protocol. A slip counts as found when an odd_phrasing
finding overlaps its quote.

Measured: odd_phrasing 0.6.1 finds 7/54 = 0.13 (read 5/32, later 2/22); 0.7.0 finds 14/54 = 0.26
(read 7/32, later 7/22). Findings matching no listed slip: 2 with either ("I words" in a garbled
sentence, and "Synlight", a device's name). 0.8.0 finds 16/54 = 0.30 (read 9/32, later 7/22: "will
only analyzing" and "eventhough" are new; those two articles are in the read part).

``SEARCHED`` (``--searched``) is a second list, NOT blind and not a sample: real slips of the kinds
odd_phrasing 0.8.0 looks for (words run together, a noun after "to", a doubled modal, a modal before
an -ing form, misspellings) found by searching all the labelled corpora for those kinds, with the
misses those searches turned up as well. Its recall says which of those kinds the checks reach, not
how many slips they find in general; the 54 above are the yardstick.
"""

from __future__ import annotations

import argparse
from collections import Counter

from odd_phrasing_common import DATA, read_jsonl, require, run_signal_on

CORPUS = DATA / "fakenewsamt" / "articles.jsonl"

#: (article id, verbatim quote, kind, part)
SLIPS: list[tuple[str, str, str, str]] = [
    ("fakenewsamt:fake/entmt04.fake.txt", "Pharrell Williams early life", "missing_apostrophe", "read"),
    ("fakenewsamt:fake/tech015.fake.txt", "Scientist in Germany flipped", "missing_article", "read"),
    ("fakenewsamt:fake/tech015.fake.txt", "world wide catastrophic", "misspelling", "read"),
    ("fakenewsamt:fake/biz20.fake.txt", "Pan Am ,", "typography", "read"),
    ("fakenewsamt:fake/biz20.fake.txt", "ticket sales sore to", "confusable", "read"),
    ("fakenewsamt:fake/biz20.fake.txt", "One spokesperson every said", "wrong_word", "read"),
    ("fakenewsamt:fake/tech030.fake.txt", "will only analyzing", "verb_form", "read"),
    ("fakenewsamt:fake/entmt08.fake.txt", "the late singers death", "missing_apostrophe", "read"),
    ("fakenewsamt:fake/entmt08.fake.txt", "the late singers public memorial", "missing_apostrophe", "read"),
    ("fakenewsamt:fake/entmt08.fake.txt", "Mr. Hirsts deep pockets", "missing_apostrophe", "read"),
    ("fakenewsamt:fake/entmt08.fake.txt", "the church not only bought the painting but were", "agreement", "read"),
    ("fakenewsamt:fake/entmt08.fake.txt", "but instead The money", "stray_capital", "read"),
    ("fakenewsamt:fake/sports01.fake.txt", "Michael Jordan autographed basketball", "missing_apostrophe", "read"),
    ("fakenewsamt:fake/sports01.fake.txt", "the $5,500,000 that on Ebay's", "missing_word", "read"),
    ("fakenewsamt:fake/biz02.fake.txt", "in on it to,", "confusable", "read"),
    ("fakenewsamt:fake/biz02.fake.txt", "the no so far future", "confusable", "read"),
    ("fakenewsamt:fake/biz02.fake.txt", "future can institute", "missing_word", "read"),
    ("fakenewsamt:fake/sports13.fake.txt", "carbonate energy drinks", "word_form", "read"),
    ("fakenewsamt:fake/tech034.fake.txt", "customary flare", "confusable", "read"),
    ("fakenewsamt:fake/tech034.fake.txt", "the easiest letters to remember is", "agreement", "read"),
    ("fakenewsamt:fake/entmt06.fake.txt", "undisclosed some", "confusable", "read"),
    ("fakenewsamt:fake/polit04.fake.txt", "lumnch", "misspelling", "read"),
    ("fakenewsamt:fake/polit04.fake.txt", 'America"button', "typography", "read"),
    ("fakenewsamt:fake/edu22.fake.txt", "less effort then they", "confusable", "read"),
    ("fakenewsamt:fake/entmt10.fake.txt", "eventhough", "misspelling", "read"),
    ("fakenewsamt:fake/entmt10.fake.txt", "Chris Kattan crippling injury", "missing_apostrophe", "read"),
    ("fakenewsamt:fake/entmt10.fake.txt", "He suffer", "agreement", "read"),
    ("fakenewsamt:fake/entmt10.fake.txt", "he with dance partner Witney Carson were", "agreement", "read"),
    ("fakenewsamt:fake/entmt10.fake.txt", "choosen", "misspelling", "read"),
    ("fakenewsamt:fake/entmt10.fake.txt", "Dancing the With Stars", "word_order", "read"),
    ("fakenewsamt:fake/entmt10.fake.txt", "to final round", "missing_article", "read"),
    ("fakenewsamt:fake/entmt10.fake.txt", "Once performed physical comedy", "missing_word", "read"),
    ("fakenewsamt:fake/edu34.fake.txt", "at University of Michigan law school", "missing_article", "later"),
    ("fakenewsamt:fake/edu34.fake.txt", "said tuesday", "capital", "later"),
    ("fakenewsamt:fake/tech029.fake.txt", "in it's final stages", "its", "later"),
    ("fakenewsamt:fake/edu37.fake.txt", "a 6 year old", "hyphenation", "later"),
    ("fakenewsamt:fake/edu14.fake.txt", "in mine is", "confusable", "later"),
    ("fakenewsamt:fake/edu14.fake.txt", 'Edition." the new', "capital", "later"),
    ("fakenewsamt:fake/sports24.fake.txt", "in harms way", "missing_apostrophe", "later"),
    ("fakenewsamt:fake/entmt20.fake.txt", "during commercial break", "missing_article", "later"),
    ("fakenewsamt:fake/entmt20.fake.txt", "can more forward", "confusable", "later"),
    ("fakenewsamt:fake/edu09.fake.txt", "the Trump administrations decision", "missing_apostrophe", "later"),
    ("fakenewsamt:fake/polit21.fake.txt", "David Ickes work", "missing_apostrophe", "later"),
    ("fakenewsamt:fake/polit21.fake.txt", "Steins car", "missing_apostrophe", "later"),
    ("fakenewsamt:fake/edu11.fake.txt", "policies like affirmative action have", "agreement", "later"),
    ("fakenewsamt:fake/biz10.fake.txt", "the Uber has said", "wrong_word", "later"),
    ("fakenewsamt:fake/biz10.fake.txt", "Eurpoe", "misspelling", "later"),
    ("fakenewsamt:fake/biz10.fake.txt", "following Arizona crash", "missing_article", "later"),
    ("fakenewsamt:fake/biz10.fake.txt", "the transportations service", "number", "later"),
    ("fakenewsamt:fake/tech024.fake.txt", "make it's cars", "its", "later"),
    ("fakenewsamt:fake/tech024.fake.txt", "into it's cars", "its", "later"),
    ("fakenewsamt:fake/tech024.fake.txt", "using it's systems", "its", "later"),
    ("fakenewsamt:fake/tech024.fake.txt", "that it's core mission", "its", "later"),
    ("fakenewsamt:fake/tech024.fake.txt", "all of it's cars", "its", "later"),
]  # fmt: skip

#: (article id, verbatim quote, kind): real slips found by searching every corpus for the kinds 0.8.0
#: checks (see the module docstring: not blind, not a sample).
SEARCHED: list[tuple[str, str, str]] = [
    ("fakenewsamt:fake/biz16.fake.txt", "dissapointment", "misspelling"),
    ("fakenewsamt:fake/polit24.fake.txt", "hisloyal", "joined_words"),
    ("fakenewsamt:fake/sports36.fake.txt", "alot", "joined_words"),
    ("buzzfeed_webis_2016:0056", "atelevision", "joined_words"),
    ("buzzfeed_webis_2016:0143", "theyalso", "joined_words"),
    ("buzzfeed_webis_2016:0453", "away form being", "confusable"),
    ("buzzfeed_webis_2016:0552", "to layout", "noun_as_verb"),
    ("buzzfeed_webis_2016:0634", "jokingin", "joined_words"),
    ("buzzfeed_webis_2016:0638", "depeartments", "misspelling"),
    ("buzzfeed_webis_2016:0638", "begain", "misspelling"),
    ("buzzfeed_webis_2016:0785", "sametime", "joined_words"),
    ("buzzfeed_webis_2016:0804", "multuple", "misspelling"),
    ("buzzfeed_webis_2016:0804", "everytime", "joined_words"),
    ("buzzfeed_webis_2016:0811", "atrained", "misspelling"),
    ("buzzfeed_webis_2016:0867", "to payoff", "noun_as_verb"),
    ("buzzfeed_webis_2016:0945", "will end 2016 will access", "confusable"),
    ("buzzfeed_webis_2016:0947", "would ushering", "verb_form"),
    ("fa_kes:1924058152", "oppositon-held", "misspelling"),
    ("fa_kes:1924058188", "sincethe", "joined_words"),
    ("fa_kes:1962495634", "gchemical", "misspelling"),
    ("fakenewsnet_politifact_defend:politifact15232", "nevermind", "joined_words"),
    ("fakenewsnet_politifact_defend:politifact14211", "backround", "misspelling"),
    ("fakenewsnet_politifact_defend:politifact13820", "cancerordeal", "joined_words"),
    ("fakenewsnet_politifact_defend:politifact13766", "andwhose", "joined_words"),
    ("fakenewsnet_politifact_defend:politifact15287", "palstic", "misspelling"),
    ("fakenewsnet_politifact_defend:politifact13469", "timethat", "joined_words"),
    ("fakenewsnet_politifact_defend:politifact13469", "to layout", "noun_as_verb"),
    ("fakenewsnet_politifact_defend:politifact13469", "Alot of", "joined_words"),
    ("celebrity:legit/078legit.txt", "deliever", "misspelling"),
]

#: Articles read with no slip found (they count for the findings-per-article figure).
CLEAN = (
    "polit08", "tech017", "biz11", "sports17", "biz36", "edu20", "sports31", "entmt16", "tech005", "entmt05",
    "polit28", "biz12", "entmt02", "tech004", "polit27", "polit37", "edu39", "sports08", "biz35", "sports22",
    "biz14", "sports30", "tech022", "edu17",
)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="list every slip found and missed, and other findings")
    parser.add_argument("--searched", action="store_true", help="recall on SEARCHED instead (not blind)")
    args = parser.parse_args()
    require(CORPUS)
    if args.searched:
        searched(args.show)
        return
    ids = {slip[0] for slip in SLIPS} | {f"fakenewsamt:fake/{name}.fake.txt" for name in CLEAN}
    articles = {row["id"]: row for row in read_jsonl(CORPUS) if row["id"] in ids}
    order = sorted(articles)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    part_totals: Counter[str] = Counter()
    unmatched = 0
    findings_total = 0
    for article_id, (_, result) in zip(order, run_signal_on([articles[i]["text"] for i in order]), strict=True):
        text = articles[article_id]["text"]
        spans = [(f.start, f.end, f.check, f.text) for f in result.findings]
        findings_total += len(spans)
        slip_spans = []
        for slip_id, quote, kind, part in SLIPS:
            if slip_id != article_id:
                continue
            start = text.find(quote)
            if start < 0:
                raise SystemExit(f"quote not in {article_id}: {quote!r}")
            end = start + len(quote)
            slip_spans.append((start, end))
            hit = [s for s in spans if s[0] < end and start < s[1]]
            total[kind] += 1
            part_totals[part] += 1
            if hit:
                found[kind] += 1
                parts[part] += 1
            if args.show:
                print(f"{'FOUND' if hit else 'miss '} {kind:18} {quote!r}" + (f"  <- {hit[0][2]}" if hit else ""))
        for start, end, check, span_text in spans:
            if not any(s < end and start < e for s, e in slip_spans):
                unmatched += 1
                if args.show:
                    print(f"other {check:18} {span_text!r}  ({article_id})")
    n = sum(total.values())
    k = sum(found.values())
    print(f"{len(order)} articles, {n} slips, found {k} = {k / n:.2f}")
    for part in ("read", "later"):
        print(f"  {part:6} {parts[part]}/{part_totals[part]}")
    for kind in sorted(total):
        print(f"  {kind:20} {found[kind]}/{total[kind]}")
    print(f"findings {findings_total}, matching no listed slip {unmatched}")


def searched(show: bool) -> None:
    """Recall on the SEARCHED slips, by kind."""
    ids = {slip[0] for slip in SEARCHED}
    articles = {}
    for corpus in sorted({i.split(":", 1)[0] for i in ids}):
        path = DATA / corpus / "articles.jsonl"
        require(path)
        articles.update({row["id"]: row for row in read_jsonl(path) if row["id"] in ids})
    order = sorted(articles)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for article_id, (_, result) in zip(order, run_signal_on([articles[i]["text"] for i in order]), strict=True):
        text = articles[article_id]["text"]
        for slip_id, quote, kind in SEARCHED:
            if slip_id != article_id:
                continue
            start = text.find(quote)
            if start < 0:
                raise SystemExit(f"quote not in {article_id}: {quote!r}")
            end = start + len(quote)
            hit = [f for f in result.findings if f.start < end and start < f.end]
            total[kind] += 1
            found[kind] += bool(hit)
            if show:
                print(f"{'FOUND' if hit else 'miss '} {kind:14} {quote!r} ({article_id})")
    n, k = sum(total.values()), sum(found.values())
    print(f"searched slips (not blind): {len(order)} articles, {n} slips, found {k} = {k / n:.2f}")
    for kind in sorted(total):
        print(f"  {kind:20} {found[kind]}/{total[kind]}")


if __name__ == "__main__":
    main()
