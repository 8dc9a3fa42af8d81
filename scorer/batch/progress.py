"""The progress bar (tqdm) on a terminal, silent otherwise, with a cheap estimate of the total."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from typing import Any

from scorer.readers import kind_of


def estimate_total(paths: list[str]) -> int | None:
    """Records the inputs hold, when that is cheap to know (None for stdin, tar, WARC, gzip)."""
    total = 0
    for path in paths:
        p = Path(path)
        if path == "-" or not p.exists():
            return None
        files = sorted(c for c in p.rglob("*") if c.is_file()) if p.is_dir() else [p]
        for f in files:
            kind = kind_of(f.name)
            if kind in ("text", "html"):
                total += 1
            elif kind in ("jsonl", "csv") and not f.name.lower().endswith(".gz"):
                with open(f, "rb") as fh:
                    lines = sum(1 for line in fh if line.strip())
                total += lines - (1 if kind == "csv" else 0)  # CSV rows may span lines: an estimate
            elif kind == "zip":
                try:
                    with zipfile.ZipFile(f) as z:
                        total += sum(1 for i in z.infolist() if kind_of(i.filename) in ("text", "html"))
                except (zipfile.BadZipFile, OSError):
                    total += 1
            elif kind is not None:
                return None
    return total


def progress_bar(paths: list[str], enabled: bool | None = None) -> Any:
    """A tqdm bar on standard error when it is a terminal (records done, rate, ETA when known)."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    total = estimate_total(paths) if show else None
    return tqdm(total=total, disable=not show, unit="article", dynamic_ncols=True, smoothing=0.1)
