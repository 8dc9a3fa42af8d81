"""Where the benchmarks find ../shared/data, and how they read it (shared by every benchmark script)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def require(relative: str) -> Path:
    """The path of a shared data file, or exit with a message saying it is missing."""
    path = DATA / relative
    if not path.is_file():
        sys.exit(f"benchmark data not found: {path} (../shared/data ships beside the repo, not in it)")
    return path


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSONL file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
