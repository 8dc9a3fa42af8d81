"""Running totals of a batch run, in constant memory: the summary line and the HTML report read them."""

from __future__ import annotations

import heapq
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scorer.contract import Result

TOP_ARTICLES = 25
MAX_ERRORS = 200


@dataclass
class RunStats:
    """Counts, score histogram, findings per signal, the most-flagged articles and the first errors."""

    started: float = field(default_factory=time.perf_counter)
    records: int = 0
    skipped: int = 0  # already in the output (--resume)
    unscored: int = 0
    bins: list[int] = field(default_factory=lambda: [0] * 10)
    bands: Counter[str] = field(default_factory=Counter)
    findings_per_signal: Counter[str] = field(default_factory=Counter)
    articles_with_finding: Counter[str] = field(default_factory=Counter)
    errors_per_source: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    top: list[tuple[float, int, dict[str, Any]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the run did to its output beyond appending

    def add(self, result: Result) -> None:
        self.records += 1
        for e in result.errors:
            self.errors_per_source[e.plugin] += 1
            if len(self.errors) < MAX_ERRORS:
                self.errors.append((result.id, e.plugin, e.error))
        for signal in {f.signal for f in result.findings}:
            self.articles_with_finding[signal] += 1
        self.findings_per_signal.update(f.signal for f in result.findings)
        if result.score is None:
            self.unscored += 1
            return
        self.bins[min(int(result.score * 10), 9)] += 1
        if result.band:
            self.bands[result.band] += 1
        entry = {
            "id": result.id, "score": result.score, "band": result.band,
            "findings": [f.to_dict() for f in sorted(result.findings, key=lambda f: -f.severity)[:5]],
            "reasons": [c.to_dict() for c in result.contributions[:3]],
        }
        item = (result.score, self.records, entry)
        if len(self.top) < TOP_ARTICLES:
            heapq.heappush(self.top, item)
        elif item[:2] > self.top[0][:2]:
            heapq.heapreplace(self.top, item)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def most_flagged(self) -> list[dict[str, Any]]:
        return [entry for _, _, entry in sorted(self.top, key=lambda t: (-t[0], t[1]))]

    def summary(self) -> str:
        """The lines printed on standard error at the end of a run."""
        rate = self.records / self.elapsed if self.elapsed > 0 else 0.0
        scored = self.records - self.unscored
        lines = [
            f"misinfo-scorer: {self.records} records ({scored} scored, {self.unscored} without a score"
            + (f", {self.skipped} already done" if self.skipped else "")
            + f") in {self.elapsed:.1f} s, {rate:.1f} articles/s"
        ]
        if scored:
            hist = " ".join(f"{i / 10:.1f}:{n}" for i, n in enumerate(self.bins) if n)
            bands = ", ".join(f"{b} {n}" for b, n in sorted(self.bands.items()))
            lines.append(f"  scores {hist}  |  bands: {bands}")
        if self.errors_per_source:
            lines.append("  errors: " + ", ".join(f"{k} {v}" for k, v in self.errors_per_source.most_common()))
        lines.extend(f"  note: {note}" for note in self.notes)
        return "\n".join(lines)
