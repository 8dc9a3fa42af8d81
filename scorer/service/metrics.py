"""Prometheus metrics: requests, latency, scores, decisions, errors and webhook deliveries.

Each app gets its own registry (several apps can live in one test process). With several worker
processes, ``serve`` sets ``PROMETHEUS_MULTIPROC_DIR`` and ``/metrics`` sums the processes' files.
"""

from __future__ import annotations

import os
import time

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client import multiprocess as prom_multiprocess
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from scorer.contract import Result

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 60.0)
SCORE_BUCKETS = tuple(round(0.1 * i, 1) for i in range(1, 11))


class Metrics:
    """The service's metrics, registered in one registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("misinfo_scorer_http_requests", "HTTP requests by route and status",
                                ["method", "route", "status"], registry=r)
        self.latency = Histogram("misinfo_scorer_http_request_duration_seconds", "HTTP request latency",
                                 ["route"], buckets=LATENCY_BUCKETS, registry=r)
        self.scored = Counter("misinfo_scorer_articles_scored", "Articles scored, by where they came from",
                              ["source"], registry=r)
        self.scores = Histogram("misinfo_scorer_score", "Scores given (articles with a score)",
                                buckets=SCORE_BUCKETS, registry=r)
        self.scoring_seconds = Histogram("misinfo_scorer_scoring_duration_seconds",
                                         "Time to score one request's articles (parse, signals, model)",
                                         buckets=LATENCY_BUCKETS, registry=r)
        self.decisions = Counter("misinfo_scorer_decisions", "Publish decisions", ["decision"], registry=r)
        self.result_errors = Counter("misinfo_scorer_result_errors",
                                     "Errors reported inside results (plugin, model, input, language)",
                                     ["stage"], registry=r)
        self.failures = Counter("misinfo_scorer_request_failures",
                                "Requests that could not be served: timeout, busy, not_ready, internal",
                                ["kind"], registry=r)
        self.deliveries = Counter("misinfo_scorer_webhook_deliveries", "Webhook deliveries by CMS and outcome",
                                  ["cms", "outcome"], registry=r)
        self.unfinished = Counter("misinfo_scorer_unfinished_deliveries",
                                  "Accepted deliveries that needed another try: resumed (after the process "
                                  "that accepted them died), retried, abandoned", ["cms", "outcome"], registry=r)

    def observe_result(self, result: Result, decision: str, source: str) -> None:
        """Count one scored article."""
        self.scored.labels(source).inc()
        self.decisions.labels(decision).inc()
        if result.score is not None:
            self.scores.observe(result.score)
        for error in result.errors:
            # plugin names are bounded by what is installed; keep the label set small anyway
            self.result_errors.labels(error.plugin[:40]).inc()

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        from prometheus_client import CONTENT_TYPE_LATEST

        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            prom_multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class MetricsMiddleware:
    """Counts every request and times it, labelled by route template (never the raw path)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = _route_label(scope)
            self.metrics.requests.labels(scope.get("method", ""), route, str(status["code"])).inc()
            self.metrics.latency.labels(route).observe(time.perf_counter() - start)


def _route_label(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"
