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
from scorer.fitting import COMBINERS, DEFAULT_COMBINER, DEFAULT_FIT, FITS


def add_train_parser(sub: Any) -> argparse.ArgumentParser:
    """Add ``train`` to the command line's subparsers."""
    train = sub.add_parser("train", help="fit the combiner on labelled JSONL corpora")
    train.add_argument("corpora", nargs="+", metavar="CORPUS.jsonl",
                       help="labelled articles (article fields plus label: fake|credible)")
    train.add_argument("-o", "--output", required=True, metavar="FILE.skops", help="where to write the model")
    train.add_argument("--card", metavar="FILE.md", help="write the model card here")
    train.add_argument(
        "--cache",
        metavar="DIR",
        help="cache extracted signals here between runs, keyed by article text and signal versions: a signal "
        "whose code changed without a new version is read from the cache as it was (bump the version or empty DIR)",
    )
    train.add_argument("--version-tag", default=None, help="model version (default: today's date)")
    train.add_argument("--exclude", action="append", metavar="GLOB",
                       help="leave features matching this glob out of the model (repeatable)")
    _add_combiner_options(train)
    train.set_defaults(func=train_command)
    return train


def add_evaluate_parser(sub: Any) -> argparse.ArgumentParser:
    """Add ``evaluate`` to the command line's subparsers."""
    evaluate = sub.add_parser(
        "evaluate", help="leave-one-corpus-out table: the combiner beside TF-IDF and length-only baselines")
    evaluate.add_argument("corpora", nargs="+", metavar="CORPUS.jsonl",
                          help="labelled articles (article fields plus label: fake|credible)")
    evaluate.add_argument(
        "--cache",
        metavar="DIR",
        help="cache extracted signals here between runs, keyed by article text and signal versions: a signal "
        "whose code changed without a new version is read from the cache as it was (bump the version or empty DIR)",
    )
    evaluate.add_argument("--model", metavar="FILE.skops",
                          help="also score every corpus with this fitted model, without retraining")
    evaluate.add_argument("--out", metavar="REPORT.md", help="also write the report here as Markdown")
    evaluate.add_argument("--exclude", action="append", metavar="GLOB",
                          help="leave features matching this glob out of the signal model, as train does "
                               "(repeatable): what a feature adds, held out")
    _add_combiner_options(evaluate)
    evaluate.add_argument("--no-stylometry", dest="stylometry", action="store_false",
                          help="leave out the generic-stylometry baseline (it parses every article once more)")
    evaluate.set_defaults(func=evaluate_command)
    return evaluate


def _add_combiner_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--combiner", choices=COMBINERS, default=DEFAULT_COMBINER,
                        help="linear (one weight per feature) or additive (one bounded shape per feature; "
                             f"warnings never lower a score); default {DEFAULT_COMBINER}, the one ahead "
                             "leave-one-corpus-out")
    parser.add_argument("--fit", dest="fit_by", choices=FITS, default=DEFAULT_FIT,
                        help="how the linear combiner's weights are fitted: pooled (one fit on all articles) or "
                             "corpus-average (one fit per corpus file, weights and intercepts averaged into one "
                             "linear model; needs 3 or more corpora); default %(default)s")
    parser.add_argument("--no-length", dest="length", action="store_false",
                        help="leave the length feature (length.log_words) out of the model")


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
            combiner=args.combiner,
            length=args.length,
            fit_by=args.fit_by,
        )
    except (FileNotFoundError, ValueError) as exc:
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
                                  model=Path(args.model) if args.model else None,
                                  combiner=args.combiner, length=args.length, stylometry=args.stylometry,
                                  fit_by=args.fit_by, exclude=args.exclude or [])
    except (FileNotFoundError, ValueError) as exc:
        raise CLIError(str(exc)) from exc
    command = "misinfo-scorer evaluate " + " ".join(args.corpora)
    if args.model:
        command += f" --model {args.model}"
    if args.combiner != "linear":
        command += f" --combiner {args.combiner}"
    if args.fit_by != DEFAULT_FIT:
        command += f" --fit {args.fit_by}"
    if not args.length:
        command += " --no-length"
    if not args.stylometry:
        command += " --no-stylometry"
    for glob in args.exclude or []:
        command += f" --exclude {glob}"
    text = render_markdown(report, command)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0
