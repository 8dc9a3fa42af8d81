"""internal_contradiction over two public news corpora outside ../shared/data, every finding printed to read.

    python benchmarks/internal_contradiction_public_news.py --bbc DIR/bbc --reuters DIR/reuters21578 [--check NAMES]

Where the checks' real positives and wrong findings were looked for beyond ../shared/data:

- BBC News (Greene & Cunningham 2006: 2,225 stories of 2004-2005 in five folders of ``NNN.txt``, the
  first line the title; http://mlg.ucd.ie/datasets/bbc.html). The files carry no date: the checks that
  need one stay silent there.
- Reuters-21578 (Lewis 1997: the 22 ``reut2-0NN.sgm`` files of the UCI KDD archive; 19,043 stories with
  a body, February-October 1987). Each story is scored with its ``<DATE>``; the wire's hard-wrapped
  lines are joined into paragraphs.

Only stories holding a word one of the chosen checks starts from are parsed (``--check``, default: the
nine checks that had no real found test before 0.7.0). Each finding is printed with both sides'
context; the last lines count findings per check. Nothing from the corpora is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from misinfo_scorer_plugins.internal_contradiction import InternalContradiction

from scorer.entities import defer_ner
from scorer.host import skippable_components
from scorer.nlp import load_pipeline
from scorer.testing import make_article

NINE = ("toll_restated", "years_ago_vs_date", "role_vs_time", "interval_mismatch", "count_vs_list",
        "change_vs_amounts", "age_mismatch", "anniversary_mismatch", "person_age")
#: The words each check starts from: a story without any of them cannot yield its finding.
GATES = {
    "toll_restated": r"\b(?:killed|dead|died|slain|injured|wounded|hurt|arrested|detained|missing)\b",
    "years_ago_vs_date": r"\byears? ago\b",
    "role_vs_time": r"[Ff]ormer|-elect\b|\b[Ee]x-",
    "age_mismatch": r"\bborn\b",
    "anniversary_mismatch": r"anniversary|birthday|centenary|centennial",
    "interval_mismatch": r"\b(?:years?|decades?) (?:later|after|afterwards|earlier|before)\b",
    "count_vs_list": r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) [a-z]+(?: [a-z]+)?\s*"
                     r"(?::|—|--| - |\(|, including|, namely|, such as)",
    "change_vs_amounts": r"(?:%|percent|pct)\b.{0,60}\b(?:from|to)\b",
    "person_age": r"\d-years?-old|,\s*\d{1,3}\s*,|\(\d{1,3}\)",
}
Story = tuple[str, str, "str | None"]  # (id, text, publication date)


def bbc(root: Path) -> Iterator[Story]:
    for path in sorted(root.glob("*/*.txt")):
        raw = path.read_bytes().decode("utf-8", errors="replace").strip().split("\n", 1)
        if len(raw) == 2 and raw[1].strip():
            yield f"bbc:{path.parent.name}/{path.stem}", raw[1].strip(), None


def reuters(root: Path) -> Iterator[Story]:
    for path in sorted(root.glob("reut2-0[0-2][0-9].sgm")):
        raw = path.read_bytes().decode("latin-1")
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', raw, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m[2], re.S)
            if body is None:
                continue
            text = re.sub(r"\s*Reuter\s*$", "", html.unescape(body[1]).replace("\x03", "").strip())
            paragraphs = (re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s{3,}|\n(?=    )", text))
            day = re.search(r"<DATE>\s*(\d+)-([A-Z]+)-(\d{4})", m[2])
            published = (dt.datetime.strptime(f"{day[1]} {day[2]} {day[3]}", "%d %b %Y").date().isoformat()
                         if day else None)
            yield f"reuters21578:{m[1]}", "\n\n".join(p for p in paragraphs if p), published


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=Path, help="the BBC folder (business/, entertainment/, ...)")
    ap.add_argument("--reuters", type=Path, help="the folder of reut2-0NN.sgm")
    ap.add_argument("--check", default=",".join(NINE), help="comma-separated check names, or 'all'")
    args = ap.parse_args()
    checks = None if args.check == "all" else set(args.check.split(","))
    gate = re.compile("|".join(GATES.get(c, ".") for c in checks)) if checks else re.compile(".")
    stories: list[Story] = []
    if args.bbc:
        stories += bbc(args.bbc)
    if args.reuters:
        stories += reuters(args.reuters)
    if not stories:
        sys.exit("give --bbc and/or --reuters (see the module docstring for where to get them)")
    todo = [s for s in stories if gate.search(s[1])]
    print(f"{len(stories)} stories, {len(todo)} hold a word the checks start from", flush=True)
    signal = InternalContradiction()
    skip = list(skippable_components([signal]))
    nlp = load_pipeline()
    counts: Counter[str] = Counter()
    for (story, text, published), doc in zip(todo, nlp.pipe((s[1] for s in todo), disable=skip, batch_size=16),
                                             strict=True):
        if "ner" in skip:
            defer_ner(doc, nlp)
        for f in signal.compute(make_article(text, published), doc).findings:
            if checks is not None and f.check not in checks:
                continue
            counts[f.check or ""] += 1
            print(f"\n{story} {f.check} {f.start}-{f.end} (published {published})\n  {f.message}")
            print(f"  span:    {text[max(0, f.start - 120):f.end + 60]!r}")
            if f.related is not None:
                print(f"  related: {text[max(0, f.related.start - 120):f.related.end + 60]!r}")
            sys.stdout.flush()
    print()
    for check, n in sorted(counts.items()):
        print(f"{check:24} {n:5d}")
    print(f"all: {len(stories)} stories, {sum(counts.values())} findings")


if __name__ == "__main__":
    main()
