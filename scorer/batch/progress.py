"""The progress bar (tqdm) on a terminal, silent otherwise, with a cheap estimate of the total."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from typing import Any

from scorer.readers import kind_of
from scorer.readers.files import walk


def estimate_total(paths: list[str]) -> int | None:
    """Records the inputs hold, when that is cheap to know (None for stdin, tar, WARC, gzip)."""
    total = 0
    for path in paths:
        p = Path(path)
        if path == "-" or not p.exists():
            return None
        files = [f for f, _ in walk(p)] if p.is_dir() else [p]
        for f in files:
            kind = kind_of(f.name)
            if kind in ("text", "html"):
                total += 1
            elif kind in ("jsonl", "csv") and not f.name.lower().endswith(".gz"):
                total += _count_lines(f) - (1 if kind == "csv" else 0)  # CSV rows may span lines: an estimate
            elif kind == "zip":
                try:
                    with zipfile.ZipFile(f) as z:
                        total += sum(1 for i in z.infolist() if kind_of(i.filename) in ("text", "html"))
                except (zipfile.BadZipFile, OSError):
                    total += 1
            elif kind is not None:
                return None
    return total


def _count_lines(path: Path) -> int:
    """Lines in a file, counted in blocks (a line may be far longer than memory should hold)."""
    count = 0
    last = b"\n"
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                count += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 1
    return count + (last != b"\n")


def progress_bar(paths: list[str], enabled: bool | None = None) -> Any:
    """A tqdm bar on standard error when it is a terminal (records done, rate, ETA when known)."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    total = estimate_total(paths) if show else None
    return tqdm(total=total, disable=not show, unit="article", dynamic_ncols=True, smoothing=0.1)
