"""A scoring run over many inputs: read → (skip what is done) → score where asked → write → summarise."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scorer.batch.execute import CHUNK, score_dask, score_local, score_pool
from scorer.batch.progress import progress_bar
from scorer.batch.stats import RunStats
from scorer.batch.work import ScorerSpec
from scorer.batch.writers import OutputError, earlier_results, open_writer, refuse_input_as_output
from scorer.contract import Result
from scorer.pretty import format_result
from scorer.readers import ReadOptions, Record, kind_of, read_paths


@dataclass
class RunOptions:
    """Everything ``misinfo-scorer score`` was asked to do."""

    paths: list[str]
    output: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    spec: ScorerSpec = field(default_factory=ScorerSpec)
    workers: int = 1
    scheduler: str | None = None
    resume: bool = False
    report: str | None = None
    pretty: bool = False
    progress: bool | None = None  # None: when standard error is a terminal


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_outputs(options: RunOptions) -> list[str]:
    """Everything about the outputs that would stop the run, checked before any work: the output
    is not an input (nor inside an input folder) and the report can be written. Returns what the
    user should know before the run starts: that it replaces earlier results.

    :raises OutputError: the run cannot write its outputs.
    """
    output = None if options.pretty else options.output
    refuse_input_as_output(output, options.paths, lambda name: kind_of(Path(name).name) is not None)
    if options.report:
        check_writable(options.report, "the report")
    held = earlier_results(output) if output and output != "-" and not options.resume else 0
    if held:
        return [f"replacing the {held:,} bytes of results {output} holds (--resume would keep them and add the rest)"]
    return []


def check_writable(path: str, what: str) -> None:
    """Fail now, not after hours of scoring, when ``path`` cannot be written (a file that did not
    exist is not left behind).

    :raises OutputError: it cannot.
    """
    existed = os.path.lexists(path)
    try:
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write {what} {path}: {exc.strerror or exc}") from exc
    if not existed:
        os.unlink(path)


def _skip_done(records: Iterable[Record], done: set[str], stats: RunStats) -> Iterator[Record]:
    for record in records:
        if record.id in done:
            stats.skipped += 1
            continue
        yield record


def run(options: RunOptions) -> RunStats:
    """Score every record of the inputs; one result line per record. Returns the run's totals."""
    stats = RunStats()
    check_outputs(options)
    output = None if options.pretty else options.output
    writer, done = open_writer(output, resume=options.resume, notes=stats.notes)
    records: Iterable[Record] = read_paths(options.paths, options.read)
    if done:
        records = _skip_done(records, done, stats)
    results: Iterator[Result]
    if options.scheduler:
        results = score_dask(records, options.spec, options.scheduler)
    elif options.workers > 1:
        # a pool costs each worker a pipeline load: not worth it for a handful of records
        head = list(itertools.islice(records, options.workers * CHUNK))
        records = itertools.chain(head, records)
        if len(head) < options.workers * CHUNK:
            results = score_local(records, options.spec)
        else:
            results = score_pool(records, options.spec, options.workers)
    else:
        results = score_local(records, options.spec)
    bar = progress_bar(options.paths, options.progress)
    if done:
        bar.update(len(done))
    try:
        for result in results:
            if options.pretty:
                sys.stdout.write(format_result(result) + "\n")
                sys.stdout.flush()
            else:
                writer.write(result)
            stats.add(result)
            bar.update(1)
    finally:
        bar.close()
        writer.close()
    if options.report:
        from scorer.batch.html_report import write_report

        write_report(options.report, stats, options.paths)
    return stats
