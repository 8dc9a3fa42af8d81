"""``misinfo-scorer train`` and ``misinfo-scorer evaluate``: the only part of fitting that knows the command line.

Each subcommand is a parser (``add_train_parser``, ``add_evaluate_parser``) and a function that turns
its arguments into a call of the typed library function (:func:`scorer.fitting.fit.train`,
:func:`scorer.fitting.evaluate.evaluate_corpora`); what cannot proceed becomes a ``CLIError``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scorer.errors import CLIError


def add_train_parser(sub: Any) -> argparse.ArgumentParser:
    """Add ``train`` to the command line's subparsers."""
    train = sub.add_parser("train", help="fit the combiner on labelled JSONL corpora")
    train.add_argument("corpora", nargs="+", metavar="CORPUS.jsonl",
                       help="labelled articles (article fields plus label: fake|credible)")
    train.add_argument("-o", "--output", required=True, metavar="FILE.skops", help="where to write the model")
    train.add_argument("--card", metavar="FILE.md", help="write the model card here")
    train.add_argument("--cache", metavar="DIR", help="cache extracted signals here between runs")
    train.add_argument("--version-tag", default=None, help="model version (default: today's date)")
    train.add_argument("--exclude", action="append", metavar="GLOB",
                       help="leave features matching this glob out of the model (repeatable)")
    train.set_defaults(func=train_command)
    return train


def add_evaluate_parser(sub: Any) -> argparse.ArgumentParser:
    """Add ``evaluate`` to the command line's subparsers."""
    evaluate = sub.add_parser(
        "evaluate", help="leave-one-corpus-out table: the combiner beside TF-IDF and length-only baselines")
    evaluate.add_argument("corpora", nargs="+", metavar="CORPUS.jsonl",
                          help="labelled articles (article fields plus label: fake|credible)")
    evaluate.add_argument("--cache", metavar="DIR", help="cache extracted signals here between runs")
    evaluate.add_argument("--model", metavar="FILE.skops",
                          help="also score every corpus with this fitted model, without retraining")
    evaluate.add_argument("--out", metavar="REPORT.md", help="also write the report here as Markdown")
    evaluate.set_defaults(func=evaluate_command)
    return evaluate


def train_command(args: argparse.Namespace) -> int:
    """``misinfo-scorer train``: extract signals, fit, evaluate, save the model and its card."""
    from scorer.fitting.fit import train  # scikit-learn: only when the command runs

    try:
        _, report = train(
            [Path(p) for p in args.corpora], Path(args.output),
            card=Path(args.card) if args.card else None,
            cache=Path(args.cache) if args.cache else None,
            version=args.version_tag,
            exclude=args.exclude or [],
        )
    except FileNotFoundError as exc:
        raise CLIError(str(exc)) from exc
    print(json.dumps({k: report[k] for k in ("cv", "ece", "bands")}, indent=2), file=sys.stderr)
    for row in report.get("loco", []):
        print(f"LOCO {row['corpus']}: signals AUC {row['signals']['auc']:.3f}, "
              f"length AUC {row['length']['auc']:.3f}", file=sys.stderr)
    return 0


def evaluate_command(args: argparse.Namespace) -> int:
    """``misinfo-scorer evaluate``: the leave-one-corpus-out table of the combiner and two baselines."""
    from scorer.fitting.evaluate import evaluate_corpora  # scikit-learn: only when the command runs
    from scorer.fitting.markdown import render_markdown

    try:
        report = evaluate_corpora([Path(p) for p in args.corpora],
                                  cache=Path(args.cache) if args.cache else None,
                                  model=Path(args.model) if args.model else None)
    except (FileNotFoundError, ValueError) as exc:
        raise CLIError(str(exc)) from exc
    command = "misinfo-scorer evaluate " + " ".join(args.corpora)
    if args.model:
        command += f" --model {args.model}"
    text = render_markdown(report, command)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0
