"""The ``misinfo-scorer`` command line (argparse; one function per subcommand)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import IO, Any

from scorer import __version__
from scorer.contract import ArticleError, parse_published


class CLIError(Exception):
    """The run itself cannot proceed: printed as one line, exit status 2."""


def _date(value: str) -> str:
    try:
        parse_published(value)
    except ArticleError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="misinfo-scorer",
        description="Score news articles for signals of misinformation and show why.",
    )
    parser.add_argument("--version", action="version", version=f"misinfo-scorer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    score = sub.add_parser("score", help="score articles from files, directories or standard input")
    score.add_argument(
        "paths", nargs="*", default=["-"], metavar="PATH",
        help="a .txt/.md/.html file, a .jsonl(.gz) file of articles, a directory, or - for stdin (default)",
    )
    score.add_argument("--published", type=_date, metavar="DATE",
                       help="reference date (ISO 8601) for articles that carry none")
    score.add_argument("-o", "--output", metavar="FILE", help="write JSONL results here instead of stdout")
    score.add_argument("--model", metavar="FILE.skops", help="a combiner model (default: the shipped one)")
    score.add_argument("--budget", type=float, default=None, metavar="SECONDS",
                       help="time each signal may take per article (default: 10)")
    score.add_argument("--pretty", action="store_true",
                       help="print a human-readable report instead of JSONL (findings and top reasons)")
    score.set_defaults(func=cmd_score)

    plugins = sub.add_parser("plugins", help="list the registered signals, their versions and origins")
    plugins.add_argument("--json", action="store_true", help="print JSON instead of a table")
    plugins.set_defaults(func=cmd_plugins)

    train = sub.add_parser("train", help="fit the combiner on labelled JSONL corpora")
    train.add_argument("corpora", nargs="+", metavar="CORPUS.jsonl",
                       help="labelled articles (article fields plus label: fake|credible)")
    train.add_argument("-o", "--output", required=True, metavar="FILE.skops", help="where to write the model")
    train.add_argument("--card", metavar="FILE.md", help="write the model card here")
    train.add_argument("--cache", metavar="DIR", help="cache extracted signals here between runs")
    train.add_argument("--version-tag", default=None, help="model version (default: today's date)")
    train.add_argument("--exclude", action="append", metavar="GLOB",
                       help="leave features matching this glob out of the model (repeatable)")
    train.set_defaults(func=cmd_train)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and ``python -m scorer``."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CLIError as exc:
        print(f"misinfo-scorer: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("misinfo-scorer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `misinfo-scorer score x | head`
        return 0


def cmd_score(args: argparse.Namespace) -> int:
    from scorer.host import Scorer
    from scorer.readers import ReadOptions, read_paths
    from scorer.report import format_result

    kwargs: dict[str, Any] = {}
    if args.budget is not None:
        kwargs["budget"] = args.budget
    if args.model:
        if not Path(args.model).is_file():
            raise CLIError(f"no model file at {args.model}")
        kwargs["model"] = args.model
    try:
        scorer = Scorer(**kwargs)
        scorer.nlp  # noqa: B018  load now: a missing pipeline stops the run before any output
    except RuntimeError as exc:
        raise CLIError(str(exc)) from exc

    out: IO[str]
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CLIError(f"cannot write {args.output}: {exc.strerror}") from exc
    else:
        out = sys.stdout
    records = read_paths(args.paths, ReadOptions(published=args.published))
    n = errors = 0
    started = time.perf_counter()
    try:
        for result in scorer.score_many(records):
            n += 1
            errors += result.score is None
            if args.pretty:
                out.write(format_result(result) + "\n")
            else:
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    elapsed = time.perf_counter() - started
    if args.output or not sys.stdout.isatty():
        print(f"misinfo-scorer: {n} records, {errors} without a score, {elapsed:.1f} s", file=sys.stderr)
    return 0


def cmd_plugins(args: argparse.Namespace) -> int:
    from scorer.registry import build_registry

    registry = build_registry()
    rows = [
        {"name": s.name, "version": s.version, "plugin": s.plugin, "origin": s.origin}
        for s in registry.signals
    ]
    if args.json:
        print(json.dumps({"signals": rows, "errors": [e.to_dict() for e in registry.load_errors]}, indent=2))
        return 0
    widths = {k: max([len(k), *(len(r[k]) for r in rows)]) for k in ("name", "version", "origin")}
    print(f"{'name':<{widths['name']}}  {'version':<{widths['version']}}  origin")
    for r in rows:
        print(f"{r['name']:<{widths['name']}}  {r['version']:<{widths['version']}}  {r['origin']}")
    for e in registry.load_errors:
        print(f"error: {e.plugin}: {e.error}", file=sys.stderr)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from scorer.training import train_command

    return train_command(args)
