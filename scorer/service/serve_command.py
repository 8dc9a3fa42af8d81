"""``misinfo-scorer serve``: run the HTTP service with uvicorn.

``add_serve_parser(subparsers)`` registers the subcommand on the main parser; this module imports
nothing from the web stack until the command runs, so the rest of the CLI works without the
``service`` extra installed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Threshold options: (flag, Thresholds field, help).
_THRESHOLD_OPTIONS = (
    ("--review-score", "review_score", "score at or above which an article goes to review (default 0.5)"),
    ("--hold-score", "hold_score", "score at or above which publishing is held (default 0.9)"),
    ("--review-severity", "review_severity", "a finding this severe sends the article to review (default 0.9)"),
    ("--hold-severity", "hold_severity", "a finding this severe holds publishing (default: off)"),
)


def _threshold(value: str) -> float | str:
    if value.strip().lower() in {"off", "none"}:
        return "off"
    try:
        f = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number within 0..1 or 'off', got {value!r}") from None
    if not 0.0 <= f <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number within 0..1 or 'off', got {value!r}")
    return f


def _share(value: str) -> float:
    try:
        f = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a share strictly between 0 and 1, got {value!r}") from None
    if not 0.0 < f < 1.0:
        raise argparse.ArgumentTypeError(f"expected a share strictly between 0 and 1, got {value!r}")
    return f


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return n


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to bind (default 127.0.0.1; see docs/service.md before exposing it)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--workers", type=_positive_int, default=1,
                        help="worker processes, each with its own model (default 1)")
    parser.add_argument("--threads", type=_positive_int, default=None,
                        help="scoring threads per process, one Scorer each (default 2)")
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="SQLite file for results (default $MISINFO_SCORER_DB or ./misinfo-scorer.sqlite3)")
    parser.add_argument("--model", metavar="FILE.skops", default=None,
                        help="a combiner model (default: the shipped one)")
    parser.add_argument("--base-rate", type=_share, default=None, metavar="SHARE",
                        help="share of misinformation expected among the articles, e.g. 0.05: scores and bands "
                             "move from the training mix to it (default $MISINFO_SCORER_BASE_RATE or the mix)")
    parser.add_argument("--neutral-feature", action="append", default=None, metavar="FEATURE", dest="neutral_features",
                        help="set a model feature aside (repeatable): it contributes 0, as if at the training average; "
                             "for a house style, e.g. style.title_capitalised_share when every headline is in title "
                             "case (default $MISINFO_SCORER_NEUTRAL_FEATURES, comma-separated)")
    for flag, _, text in _THRESHOLD_OPTIONS:
        parser.add_argument(flag, type=_threshold, default=None, metavar="P", help=text + "; 'off' disables")
    parser.add_argument("--unscored", choices=("publish", "review", "hold"), default=None,
                        help="decision for an article that could not be scored (default review)")
    parser.add_argument("--time-budget", type=float, default=None, metavar="SECONDS",
                        help="how long a request may wait for its score before 504 (default 20)")
    parser.add_argument("--budget", type=float, default=None, metavar="SECONDS",
                        help="time each signal may take per article (default 10)")
    parser.add_argument("--max-body-bytes", type=_positive_int, default=None, metavar="N",
                        help="largest request body accepted (default 2 MiB)")
    parser.add_argument("--max-text-chars", type=_positive_int, default=None, metavar="N",
                        help="longest article text accepted (default 200000)")
    parser.add_argument("--public-url", default=None, metavar="URL",
                        help="the service's public base URL, for absolute review links")
    parser.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    parser.add_argument("--no-access-log", action="store_true", help="do not log every request")
    parser.set_defaults(func=cmd_serve)


def add_serve_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``serve`` on the main parser's subparsers (``parser.add_subparsers(...)``)."""
    serve = subparsers.add_parser(
        "serve",
        help="run the HTTP service for CMS publish hooks",
        description="Run the HTTP service: /v1/score, CMS webhooks, review pages, /metrics. "
                    "Secrets come from the environment (MISINFO_SCORER_API_KEY, MISINFO_SCORER_GHOST_SECRET, ...).",
    )
    _add_options(serve)
    return serve


def settings_from_args(args: argparse.Namespace) -> Any:
    """The Settings for the parsed options, over the environment's."""
    import dataclasses

    from scorer.neutral_features import check_against_model, parse_names
    from scorer.service.settings import Settings

    thresholds: dict[str, Any] = {}
    for _, name, _ in _THRESHOLD_OPTIONS:
        value = getattr(args, name)
        if value == "off":
            thresholds[name] = None
        elif value is not None:
            thresholds[name] = value
    if args.unscored:
        thresholds["unscored"] = args.unscored
    settings = Settings.from_env(
        db=args.db, model=args.model, threads=args.threads, time_budget=args.time_budget,
        signal_budget=args.budget, base_rate=args.base_rate, max_body_bytes=args.max_body_bytes,
        neutral_features=parse_names(args.neutral_features) or None,
        max_text_chars=args.max_text_chars, public_url=args.public_url, thresholds=thresholds,
    )
    if settings.neutral_features:  # a name the model lacks stops the service before it starts (ValueError)
        check_against_model(settings.model, settings.neutral_features)
    # an explicit 'off' must win over the environment, which from_env read first
    off: dict[str, Any] = {k: None for k, v in thresholds.items() if v is None}
    if off:
        settings = dataclasses.replace(settings, thresholds=dataclasses.replace(settings.thresholds, **off))
    return settings


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the service until interrupted; 2 with a one-line reason when it cannot start."""
    try:
        import uvicorn

        from scorer.service.app import create_app
    except ImportError as exc:
        print(f"misinfo-scorer: the service needs its extra: pip install 'misinfo-scorer[service]' ({exc})",
              file=sys.stderr)
        return 2
    try:
        settings = settings_from_args(args)
    except ValueError as exc:
        print(f"misinfo-scorer: {exc}", file=sys.stderr)
        return 2
    if settings.model and not Path(settings.model).is_file():
        print(f"misinfo-scorer: no model file at {settings.model}", file=sys.stderr)
        return 2
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    common: dict[str, Any] = {"host": args.host, "port": args.port, "log_level": args.log_level,
                              "access_log": not args.no_access_log, "timeout_graceful_shutdown": 15}
    if args.workers == 1:
        uvicorn.run(create_app(settings), **common)
        return 0
    # several processes: each builds its own app from the settings handed over in the environment
    if settings.db == ":memory:":
        print("misinfo-scorer: warning: with --workers > 1 and --db :memory: each process keeps its own results",
              file=sys.stderr)
    os.environ["MISINFO_SCORER_SERVICE_SETTINGS"] = settings.to_json()
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="misinfo-scorer-metrics-")
    uvicorn.run("scorer.service.app:create_app_from_env", factory=True, workers=args.workers, **common)
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m scorer.service [serve] [options]``: the same as ``misinfo-scorer serve``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve"]:
        argv = argv[1:]
    parser = argparse.ArgumentParser(prog="python -m scorer.service",
                                     description="Run the misinfo-scorer HTTP service.")
    _add_options(parser)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
