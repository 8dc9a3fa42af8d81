"""``misinfo-scorer train-spans``: fit one signal's span detector on marked articles."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from scorer.errors import CLIError
from scorer.spans.candidate import SpanTask
from scorer.spans.marks import MarkedArticle, from_gold_dir, from_offsets


def add_train_spans_parser(sub: Any) -> argparse.ArgumentParser:
    """Add ``train-spans`` to the command line's subparsers."""
    p = sub.add_parser("train-spans", help="fit a signal's span detector on articles readers marked")
    p.add_argument("task", metavar="MODULE:NAME",
                   help="the signal's SpanTask, e.g. plugins.hedged_sourcing.learned:TASK")
    p.add_argument("--marks", action="append", default=[], metavar="FILE.marks.jsonl",
                   help="marks as offsets (models/training/*.marks.jsonl); texts come from --data (repeatable)")
    p.add_argument("--gold", action="append", default=[], metavar="DIR",
                   help="an editor-gold folder (articles.jsonl + gold.jsonl) (repeatable)")
    p.add_argument("--data", default="../shared/data", metavar="DIR",
                   help="where the corpora named by the marks' ids live (default ../shared/data)")
    p.add_argument("--precision", type=float, default=0.85,
                   help="the cross-validated precision the threshold must reach (default 0.85)")
    p.add_argument("--out", default="models", metavar="DIR", help="where to write the detector (default models)")
    p.set_defaults(func=train_spans_command)
    return p


def resolve_task(ref: str) -> SpanTask:
    """The SpanTask named ``module:attribute``.

    :raises CLIError: it cannot be imported or is not a SpanTask.
    """
    module, _, attr = ref.partition(":")
    try:
        task = getattr(importlib.import_module(module), attr or "TASK")
    except (ImportError, AttributeError) as exc:
        raise CLIError(f"cannot load the span task {ref!r}: {exc}") from None
    if not isinstance(task, SpanTask):
        raise CLIError(f"{ref!r} is not a SpanTask")
    return task


def train_spans_command(args: argparse.Namespace) -> int:
    """Load the marks, parse the articles, fit, write; prints the report as JSON."""
    from scorer.nlp import load_pipeline
    from scorer.spans.train import fit_detector, write_detector

    task = resolve_task(args.task)
    articles: list[MarkedArticle] = []
    sources = []
    try:
        for path in args.marks:
            articles += from_offsets(path, args.data)
            sources.append(Path(path).name)
        for folder in args.gold:
            articles += from_gold_dir(folder)
            sources.append(Path(folder).name)
    except (OSError, ValueError, KeyError) as exc:
        raise CLIError(f"cannot read the marked articles: {exc}") from None
    if not articles:
        raise CLIError("no marked articles: give --marks or --gold")
    nlp = load_pipeline()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    try:
        pipe, detector, report = fit_detector(task, articles, docs, precision=args.precision, sources=sources)
    except ValueError as exc:
        raise CLIError(str(exc)) from None
    parts = [args.task, *(f"--marks {m}" for m in args.marks), *(f"--gold {g}" for g in args.gold)]
    parts += [f"--data {args.data}", f"--precision {args.precision}", f"--out {args.out}"]
    command = "misinfo-scorer train-spans " + " ".join(parts)
    paths = write_detector(pipe, detector, report, args.out, command)
    json.dump({**report, "written": [str(p) for p in paths]}, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0
