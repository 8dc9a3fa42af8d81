"""The service's configuration: one frozen object, built from the environment and the command line.

Secrets (API key, webhook secrets) come from the environment only, so they never show up in a
process listing. Everything else has a ``MISINFO_SCORER_*`` variable and a ``serve`` option; the
option wins.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scorer.neutral_features import ENV_VAR as NEUTRAL_ENV
from scorer.neutral_features import parse_names
from scorer.service.decision import Thresholds

#: Environment variables that hold secrets (never accepted on the command line).
SECRET_ENV = {
    "api_key": "MISINFO_SCORER_API_KEY",
    "ghost_secret": "MISINFO_SCORER_GHOST_SECRET",
    "wordpress_secret": "MISINFO_SCORER_WORDPRESS_SECRET",
    "strapi_token": "MISINFO_SCORER_STRAPI_TOKEN",
    "contentful_secret": "MISINFO_SCORER_CONTENTFUL_SECRET",
    "review_secret": "MISINFO_SCORER_REVIEW_SECRET",
}

#: Plain settings and the variable each is read from.
PLAIN_ENV: dict[str, tuple[str, type]] = {
    "db": ("MISINFO_SCORER_DB", str),
    "model": ("MISINFO_SCORER_MODEL", str),
    "public_url": ("MISINFO_SCORER_PUBLIC_URL", str),
    "threads": ("MISINFO_SCORER_THREADS", int),
    "max_body_bytes": ("MISINFO_SCORER_MAX_BODY_BYTES", int),
    "max_text_chars": ("MISINFO_SCORER_MAX_TEXT_CHARS", int),
    "max_batch": ("MISINFO_SCORER_MAX_BATCH", int),
    "time_budget": ("MISINFO_SCORER_TIME_BUDGET", float),
    "max_pending": ("MISINFO_SCORER_MAX_PENDING", int),
    "contentful_locale": ("MISINFO_SCORER_CONTENTFUL_LOCALE", str),
    "base_rate": ("MISINFO_SCORER_BASE_RATE", float),
}

THRESHOLD_ENV: dict[str, str] = {
    "review_score": "MISINFO_SCORER_REVIEW_SCORE",
    "hold_score": "MISINFO_SCORER_HOLD_SCORE",
    "review_severity": "MISINFO_SCORER_REVIEW_SEVERITY",
    "hold_severity": "MISINFO_SCORER_HOLD_SEVERITY",
    "unscored": "MISINFO_SCORER_UNSCORED_DECISION",
}


@dataclass(frozen=True)
class Settings:
    """Everything the app needs; ``create_app(Settings(...))`` in tests, ``Settings.from_env()`` in serve."""

    db: str = "misinfo-scorer.sqlite3"  # ":memory:" keeps results in this process only
    model: str | None = None  # a .skops file; None: the shipped model
    thresholds: Thresholds = field(default_factory=Thresholds)
    threads: int = 2  # scoring threads, one Scorer each
    signal_budget: float | None = None  # seconds per signal per article (None: the host's default)
    base_rate: float | None = None  # expected share of misinformation: scores and bands move to it
    neutral_features: tuple[str, ...] = ()  # model features set aside (scorer.neutral_features), e.g. a house style

    api_key: str | None = None
    ghost_secret: str | None = None
    wordpress_secret: str | None = None
    strapi_token: str | None = None
    contentful_secret: str | None = None
    review_secret: str | None = None  # signs review links; default: derived from api_key
    public_url: str | None = None  # e.g. https://scorer.example.org, for absolute review links

    max_body_bytes: int = 2 * 1024 * 1024
    max_text_chars: int = 200_000
    max_batch: int = 50
    time_budget: float = 20.0  # seconds a request may wait for its score
    startup_wait: float = 180.0  # seconds a request may wait for the model to finish loading
    max_pending: int = 64  # articles queued or scoring before new requests get 503
    hook_tolerance: float = 300.0  # Ghost / WordPress signature timestamps older than this are refused
    contentful_ttl: float = 30.0  # Contentful's own default
    contentful_locale: str = "en-US"
    body_fields: tuple[str, ...] = ("body", "content", "text", "html", "richText", "description")
    strapi_events: tuple[str, ...] = ("entry.publish",)
    review_link_ttl: float = 7 * 24 * 3600.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``MISINFO_SCORER_*`` variables, then ``overrides`` (None values are ignored)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for name, var in SECRET_ENV.items():
            if env.get(var):
                values[name] = env[var]
        for name, (var, kind) in PLAIN_ENV.items():
            if env.get(var):
                values[name] = kind(env[var])
        if env.get(NEUTRAL_ENV):
            values["neutral_features"] = parse_names(env[NEUTRAL_ENV])
        tvalues: dict[str, Any] = {}
        for name, var in THRESHOLD_ENV.items():
            if env.get(var):
                tvalues[name] = env[var] if name == "unscored" else _optional_float(env[var])
        threshold_overrides = overrides.pop("thresholds", None) or {}
        tvalues.update({k: v for k, v in threshold_overrides.items() if v is not None})
        values.update({k: v for k, v in overrides.items() if v is not None})
        values["thresholds"] = Thresholds(**tvalues)
        return cls(**values)

    def to_json(self) -> str:
        """JSON for handing the settings to worker processes (see ``from_json``)."""
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Settings:
        data = json.loads(text)
        data["thresholds"] = Thresholds(**data["thresholds"])
        for name in ("body_fields", "strapi_events", "neutral_features"):
            data[name] = tuple(data[name])
        return cls(**data)

    def redacted(self) -> dict[str, Any]:
        """The settings with every secret replaced by whether it is set, for logs."""
        data = dataclasses.asdict(self)
        for name in SECRET_ENV:
            data[name] = "set" if data[name] else "unset"
        return data


def _optional_float(value: str) -> float | None:
    return None if value.strip().lower() in {"", "none", "off"} else float(value)
