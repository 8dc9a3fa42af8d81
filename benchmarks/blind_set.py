"""Draw a set of articles for readers to mark blind, and keep their marks as offsets.

    python benchmarks/blind_set.py draw --seed 1201 --per-group 10 [--exact] -o DIR
    python benchmarks/blind_set.py offsets DIR -o benchmarks/blind/NAME.marks.jsonl
    python benchmarks/editor_gold.py --marks benchmarks/blind/NAME.marks.jsonl [--show]

``draw`` takes articles from corpora no earlier marked set was drawn from (fakenewsnet_old_politifact
and fakenewsnet_old_buzzfeed by default), 150-900 words as the dev set, with no garbled encoding, and
leaves out every text that copies one in buzzfeed_webis_2016, fakenewsnet_politifact_defend, celebrity
or editor_gold_dev (the corpora every tuning set was drawn from; the FakeNewsNet collections overlap
them, mostly as another scrape of the same page: ``harness.CopyFinder``, 30 % of its word 8-grams shared
with one article), the articles of ``benchmarks/all_findings_credible.py``, and every article a tuning set
(``models/training``) or a blind set (``benchmarks/blind``) already holds. ``--exact`` leaves out only
texts equal to one there (case, spacing and punctuation aside), the filter the 2026-11-30 set was drawn
with; most FakeNewsNet articles pass it as copies. It draws ``--per-group`` articles of
each (corpus, label), shuffles them, and writes ``DIR/articles.jsonl`` (with label and corpus, for
measuring) and ``DIR/readerK.jsonl`` (id, title, published, text only) for ``--readers`` readers.

Readers mark their file under ``../shared/data/editor_gold_dev/PROTOCOL.md`` without running any tool,
into ``DIR/marksK.jsonl`` (the dev set's ``gold.jsonl`` schema). ``offsets`` places every quote in its
text and writes the marks as offsets (``scorer.spans.marks``), so the set can be kept in the repository
without quoting the articles; a quote that cannot be placed stops it. An article that copies one of the
tuning sets (the dev set, ``models/training/*.marks.jsonl``) is left out of the offsets and named: it
has been read for rules, so it measures nothing blind.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

from all_findings_credible import IDS as READ_CREDIBLE
from harness import CopyFinder, read_jsonl, require

from scorer.spans.marks import from_gold_dir, place, to_offsets

#: corpora the tuning sets (dev, dev3, train) were drawn from: a text found there is not drawn
TUNED_FROM = ("buzzfeed_webis_2016", "fakenewsnet_politifact_defend", "celebrity", "editor_gold_dev")
DRAW_FROM = ("fakenewsnet_old_politifact", "fakenewsnet_old_buzzfeed")
GARBLED = re.compile(r"[ÃâÂ]\S")


def text_key(text: str) -> str:
    """A key that finds the same article text across collections (case, spacing and punctuation aside)."""
    return re.sub(r"\W+", "", text.lower())[:300]


TUNING_MARKS = Path(__file__).resolve().parents[1] / "models" / "training"
BLIND_MARKS = Path(__file__).resolve().parent / "blind"


def marked_ids(folders: tuple[Path, ...] = (TUNING_MARKS, BLIND_MARKS)) -> frozenset[str]:
    """The ids of every article already marked in ``folders``: by default the tuning sets and the blind
    sets (``benchmarks/blind``)."""
    return frozenset(json.loads(line)["id"] for folder in folders
                     for path in sorted(folder.glob("*.marks.jsonl"))
                     for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def draw(seed: int, per_group: int, corpora: tuple[str, ...] = DRAW_FROM, exact: bool = False,
         read: frozenset[str] = frozenset(), groups_wanted: dict[tuple[str, str], int] | None = None,
         words: tuple[int, int] = (150, 900)) -> list[dict]:
    """The drawn articles, shuffled (see the module's docstring for what is left out); ``read`` are more ids
    to leave out (articles already read), ``groups_wanted`` the count per (corpus, label) where it is not
    ``per_group``, ``words`` the article length in words, both ends included (the dev set's 150-900 unless
    a judged round asks for others)."""
    if set(corpora) & set(TUNED_FROM):
        # drawing from the tuning sets' own corpora: leave out what copies an article of those sets
        tuned_copies = tuning_copies()
        is_tuned = tuned_copies.is_copy
    elif exact:
        tuned = [(a["id"], a.get("text") or "") for c in TUNED_FROM for a in read_jsonl(require(f"{c}/articles.jsonl"))]
        seen = {text_key(t) for _, t in tuned}

        def is_tuned(text: str) -> bool:
            return text_key(text) in seen
    else:
        tuned = [(a["id"], a.get("text") or "") for c in TUNED_FROM for a in read_jsonl(require(f"{c}/articles.jsonl"))]
        is_tuned = CopyFinder(tuned).is_copy  # an exact copy shares all its 8-grams
    read = read | marked_ids()
    groups: dict[tuple[str, str], list[dict]] = {}
    for corpus in corpora:
        for art in read_jsonl(require(f"{corpus}/articles.jsonl")):
            text = art.get("text") or ""
            if (art["id"] in READ_CREDIBLE or art["id"] in read or is_tuned(text)
                    or not words[0] <= len(text.split()) <= words[1] or GARBLED.search(text)):
                continue
            groups.setdefault((corpus, art.get("label") or "?"), []).append(art)
    rng = random.Random(seed)
    picked: list[dict] = []
    for key in sorted(set(groups) | set(groups_wanted or {})):
        pool = sorted(groups.get(key, []), key=lambda a: a["id"])
        want = (groups_wanted or {}).get(key, per_group)
        if len(pool) < want:
            sys.exit(f"{key}: only {len(pool)} articles qualify, {want} asked for")
        picked += rng.sample(pool, want)
    rng.shuffle(picked)
    return picked


def write_draw(picked: list[dict], out: Path, readers: int) -> None:
    """``articles.jsonl`` for measuring and one ``readerK.jsonl`` per reader (no label)."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "articles.jsonl").open("w", encoding="utf-8") as f:
        for a in picked:
            f.write(json.dumps({k: a.get(k) for k in ("id", "title", "published", "text", "label")}
                               | {"corpus": a["id"].split(":", 1)[0]}) + "\n")
    for r in range(readers):
        with (out / f"reader{r + 1}.jsonl").open("w", encoding="utf-8") as f:
            for a in picked[r::readers]:
                f.write(json.dumps({k: a.get(k) for k in ("id", "title", "published", "text")}) + "\n")


def tuning_copies() -> CopyFinder:
    """The articles of the tuning sets: the dev set and ``models/training/*.marks.jsonl``."""
    ids = marked_ids((TUNING_MARKS,))
    texts = [(a["id"], a["text"]) for a in read_jsonl(require("editor_gold_dev/articles.jsonl"))]
    for corpus in sorted({i.split(":", 1)[0] for i in ids}):
        texts += [(a["id"], a.get("text") or "") for a in read_jsonl(require(f"{corpus}/articles.jsonl"))
                  if a.get("id") in ids]
    return CopyFinder(texts)


def offsets(folder: Path, out: Path, tuned: CopyFinder | None = None) -> int:
    """Every reader's marks in ``folder`` placed in the texts and written as offsets, but for the articles
    that copy one of ``tuned`` (named on standard error; default: the tuning sets, :func:`tuning_copies`);
    returns the article count."""
    texts = {a["id"]: a for a in read_jsonl(folder / "articles.jsonl")}
    gold = [g for path in sorted(folder.glob("marks*.jsonl")) for g in read_jsonl(path)]
    tuned = tuning_copies() if tuned is None else tuned
    dropped = {g["id"]: tuned.copy_of(texts[g["id"]]["text"]) for g in gold}
    dropped = {i: c for i, c in dropped.items() if c[1] >= tuned.threshold}
    for ident, (copy, share) in sorted(dropped.items()):
        print(f"left out {ident}: copies {copy} of the tuning sets ({share:.0%} of its 8-grams)", file=sys.stderr)
    unplaced = [(g["id"], q) for g in gold for an in g.get("annotations", [])
                for q, n in ((an["quote"], an.get("occurrence", 1)), (an.get("other_quote"), 1))
                if q and place(texts[g["id"]]["text"], q, n) is None]
    if unplaced:
        sys.exit("quotes not found in their text: " + "; ".join(f"{i}: {q!r}" for i, q in unplaced))
    missing = set(texts) - {g["id"] for g in gold}
    if missing:
        sys.exit(f"no marks for {len(missing)} drawn articles: {sorted(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        with (Path(tmp) / "articles.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(texts[g["id"]]) + "\n" for g in gold)
        with (Path(tmp) / "gold.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(g) + "\n" for g in gold)
        kept = [a for a in from_gold_dir(tmp) if a.id not in dropped]
        return to_offsets(sorted(kept, key=lambda a: a.id), out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw articles for readers")
    d.add_argument("--seed", type=int, default=1201)
    d.add_argument("--per-group", type=int, default=10, help="articles per (corpus, label)")
    d.add_argument("--readers", type=int, default=4)
    d.add_argument("--exact", action="store_true", help="leave out only exact copies (the 2026-11-30 set's filter)")
    d.add_argument("--corpora", default=",".join(DRAW_FROM),
                   help="comma-separated corpora to draw from; drawing from the tuning sets' own corpora leaves "
                        "out copies of the tuning sets' articles only")
    d.add_argument("--group", action="append", default=[], metavar="CORPUS:LABEL=N",
                   help="articles for one (corpus, label) where it is not --per-group (repeatable)")
    d.add_argument("--read", type=Path, help="a file of article ids already read (one per line), left out")
    d.add_argument("-o", "--out", type=Path, required=True, help="folder to write")
    o = sub.add_parser("offsets", help="readers' marks (DIR/marks*.jsonl) to an offsets file")
    o.add_argument("folder", type=Path)
    o.add_argument("-o", "--out", type=Path, required=True)
    o.add_argument("--keep-copies", action="store_true",
                   help="keep articles that copy a tuning-set article (a set not meant to be blind)")
    args = parser.parse_args()
    if args.command == "draw":
        read = frozenset(args.read.read_text(encoding="utf-8").split()) if args.read else frozenset()
        wanted = {}
        for g in args.group:
            key, _, n = g.rpartition("=")
            corpus, _, label = key.partition(":")
            wanted[(corpus, label)] = int(n)
        picked = draw(args.seed, args.per_group, tuple(args.corpora.split(",")), args.exact, read, wanted)
        write_draw(picked, args.out, args.readers)
        print(f"{len(picked)} articles, {sum(len(a['text'].split()) for a in picked)} words -> {args.out}")
    else:
        tuned = CopyFinder() if args.keep_copies else None
        print(f"{offsets(args.folder, args.out, tuned)} articles -> {args.out}")


if __name__ == "__main__":
    main()
