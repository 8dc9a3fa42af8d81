"""The ``misinfo-scorer`` command line (argparse; one function per subcommand)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from scorer import __version__
from scorer.contract import parse_published
from scorer.errors import ArticleError, CLIError
from scorer.fitting.commands import add_evaluate_parser, add_train_parser
from scorer.readers.records import MAX_TEXT_CHARS
from scorer.service.serve_command import add_serve_parser
from scorer.spans.command import add_train_spans_parser


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
        help="text/HTML files, .jsonl(.gz), .csv, .zip, .tar(.gz), .warc(.gz), directories, or - (stdin)",
    )
    score.add_argument("--published", type=_date, metavar="DATE",
                       help="reference date (ISO 8601) for articles that carry none")
    score.add_argument("-o", "--output", metavar="FILE",
                       help="write results here (.jsonl, .csv or .parquet by extension) instead of stdout; "
                            "an existing file is replaced (said on standard error) unless --resume is given")
    score.add_argument("--field", action="append", metavar="FIELD=COLUMN",
                       help="CSV column for an article field, e.g. text=maintext published=date_publish")
    score.add_argument("--workers", type=int, default=None, metavar="N",
                       help="worker processes (default: the machine's cores), each loading the pipeline once")
    score.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="score on an existing Dask cluster instead of local processes")
    score.add_argument("--resume", action="store_true",
                       help="skip records the output file already holds (after a crash or kill)")
    score.add_argument("--report", metavar="FILE.html", help="also write a self-contained HTML report of the run")
    score.add_argument("--max-text-chars", type=int, default=MAX_TEXT_CHARS, metavar="N",
                       help="an article with a longer text is an error result, not scored "
                            f"(default: {MAX_TEXT_CHARS:,}, as in the service)")
    score.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="show a progress bar (default: when standard error is a terminal)")
    score.add_argument("--model", metavar="FILE.skops", help="a combiner model (default: the shipped one)")
    score.add_argument("--base-rate", type=float, default=None, metavar="SHARE",
                       help="share of misinformation expected in these articles, e.g. 0.05: scores and bands move "
                            "from the training mix to it (see the model card's base-rate note)")
    score.add_argument("--neutral-feature", action="append", default=None, metavar="FEATURE",
                       dest="neutral_features",
                       help="set a model feature aside for this run (repeatable): it contributes 0, as if at the "
                            "training average; for a house style, e.g. style.title_capitalised_share when every "
                            "headline is in title case (default: $MISINFO_SCORER_NEUTRAL_FEATURES, comma-separated)")
    score.add_argument("--budget", type=float, default=None, metavar="SECONDS",
                       help="time each signal may take per article (default: 10)")
    score.add_argument("--pretty", action="store_true",
                       help="print a human-readable report instead of JSONL (findings and top reasons)")
    score.set_defaults(func=cmd_score)

    plugins = sub.add_parser("plugins", help="list the registered signals, their versions and origins")
    plugins.add_argument("--json", action="store_true", help="print JSON instead of a table")
    plugins.add_argument("--model", type=Path, default=None, metavar="FILE.skops",
                         help="the model whose training versions to show beside each signal (default: the shipped one)")
    plugins.set_defaults(func=cmd_plugins)

    add_train_parser(sub)  # scikit-learn is imported only when these two run
    add_evaluate_parser(sub)
    add_train_spans_parser(sub)
    add_serve_parser(sub)  # the HTTP service; fastapi and uvicorn are imported only when it runs
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


def _field_map(values: list[str] | None) -> dict[str, str]:
    mapping = {}
    for value in values or []:
        name, sep, column = value.partition("=")
        if not sep or not name or not column:
            raise CLIError(f"--field takes FIELD=COLUMN, got {value!r}")
        mapping[name.strip()] = column.strip()
    return mapping


def _missing_package(exc: ImportError) -> str:
    """One line for a package the installation lacks: what failed and how to repair it."""
    reason = " ".join(str(exc).split()) or type(exc).__name__
    return (f"the installation is incomplete ({reason}); reinstall it with "
            "'pip install --force-reinstall misinfo-scorer' or, from a checkout, 'pip install -r requirements.lock'")


def cmd_score(args: argparse.Namespace) -> int:
    from scorer.batch.run import RunOptions, check_outputs, default_workers, run
    from scorer.batch.work import ScorerSpec, get_scorer
    from scorer.batch.writers import OutputError
    from scorer.neutral_features import ENV_VAR, check_against_model, parse_names
    from scorer.readers import ReadOptions

    if args.model and not Path(args.model).is_file():
        raise CLIError(f"no model file at {args.model}")
    env = tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("MISINFO_SCORER_")))
    if args.base_rate is not None and not 0 < args.base_rate < 1:
        raise CLIError(f"--base-rate must be a share strictly between 0 and 1, got {args.base_rate}")
    neutral = parse_names(args.neutral_features if args.neutral_features is not None else os.environ.get(ENV_VAR))
    if neutral:
        try:
            check_against_model(args.model, neutral)
        except ValueError as exc:
            raise CLIError(str(exc)) from None
    spec = ScorerSpec(model=args.model, budget=args.budget, env=env, base_rate=args.base_rate,
                      neutral_features=neutral)
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        raise CLIError("--workers must be at least 1")
    if args.max_text_chars < 1:
        raise CLIError("--max-text-chars must be at least 1")
    options = RunOptions(
        paths=args.paths,
        output=args.output,
        read=ReadOptions(published=args.published, fields=_field_map(args.field), max_text_chars=args.max_text_chars),
        spec=spec,
        workers=workers,
        scheduler=args.scheduler,
        resume=args.resume,
        report=args.report,
        pretty=args.pretty,
        progress=args.progress,
    )
    try:
        for note in check_outputs(options):  # before the pipeline loads: a refused output costs no wait,
            print(f"misinfo-scorer: {note}", file=sys.stderr)  # and a replaced one can still be saved
        import trafilatura  # noqa: F401  (HTML, WARC and HTML members: a broken install stops the run now)

        if workers == 1 and not args.scheduler:
            get_scorer(spec).nlp  # noqa: B018  (load now: a missing pipeline stops the run before any output)
    except OutputError as exc:
        raise CLIError(str(exc)) from exc
    except ImportError as exc:
        raise CLIError(_missing_package(exc)) from exc
    except RuntimeError as exc:
        raise CLIError(str(exc)) from exc
    try:
        stats = run(options)
    except OutputError as exc:
        raise CLIError(str(exc)) from exc
    except ImportError as exc:  # raised where a record needed the package, maybe in a worker process
        raise CLIError(_missing_package(exc)) from exc
    except BrokenPipeError:  # the reader of standard output went away: main() ends quietly
        raise
    except OSError as exc:
        raise CLIError(f"{exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": ")) from exc
    print(stats.summary(), file=sys.stderr)
    return 0


def cmd_plugins(args: argparse.Namespace) -> int:
    from scorer.drift import trained_versions
    from scorer.model import load_for_scoring
    from scorer.registry import build_registry

    registry = build_registry()
    try:
        trained = trained_versions(load_for_scoring(args.model))
    except Exception as exc:  # the listing stands without the model; say why its column is empty
        trained = {}
        print(f"warning: model could not be loaded: {exc}", file=sys.stderr)
    rows = [
        {"name": s.name, "version": s.version, "model_trained_with": trained.get(s.name, ""),
         "plugin": s.plugin, "origin": s.origin}
        for s in registry.signals
    ]
    installed = {s.name for s in registry.signals}
    missing = {name: version for name, version in sorted(trained.items()) if name not in installed}
    if args.json:
        print(json.dumps({"signals": rows, "errors": [e.to_dict() for e in registry.load_errors],
                          "model_signals_not_installed": missing}, indent=2))
        return 0
    keys = ("name", "version", "model_trained_with", "origin")
    headers = {"name": "name", "version": "version", "model_trained_with": "model", "origin": "origin"}
    widths = {k: max([len(headers[k]), *(len(r[k] or "-") for r in rows)]) for k in keys}
    print("  ".join(f"{headers[k]:<{widths[k]}}" for k in keys).rstrip())
    for r in rows:
        flag = "" if not r["model_trained_with"] or r["model_trained_with"] == r["version"] else "  (differs)"
        print("  ".join(f"{r[k] or '-':<{widths[k]}}" for k in keys).rstrip() + flag)
    for name, version in missing.items():
        print(f"warning: the model was trained with signal {name} {version}, which is not installed", file=sys.stderr)
    for e in registry.load_errors:
        print(f"error: {e.plugin}: {e.error}", file=sys.stderr)
    return 0
    widths = {k: max([len(k), *(len(r[k]) for r in rows)]) for k in ("name", "version", "origin")}
    print(f"{'name':<{widths['name']}}  {'version':<{widths['version']}}  origin")
    for r in rows:
        print(f"{r['name']:<{widths['name']}}  {r['version']:<{widths['version']}}  {r['origin']}")
    for e in registry.load_errors:
        print(f"error: {e.plugin}: {e.error}", file=sys.stderr)
    return 0
