"""``python -m scorer.service`` (what ``misinfo-scorer serve`` runs) as a real process on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from scorer.fitting.demo import demo_model
from scorer.service.live_server import free_port
from scorer.service.signatures import sign_ghost

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1"]), pytest.mark.slow]

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def model_file(tmp_path_factory) -> Path:
    from scorer.model import save_model

    path = tmp_path_factory.mktemp("model") / "demo.skops"
    save_model(demo_model(), path)
    return path


def serve(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "scorer.service", *args],
        cwd=cwd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


@pytest.fixture
def server(tmp_path, model_file, request) -> Iterator[tuple[str, subprocess.Popen[str], Path]]:
    port = free_port()
    extra = getattr(request, "param", [])
    proc = serve("--host", "127.0.0.1", "--port", str(port), "--model", str(model_file), "--no-access-log", *extra,
                 cwd=tmp_path, env={"MISINFO_SCORER_GHOST_SECRET": "cli-secret"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while True:
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else "server exited"
        try:
            if httpx.get(base + "/readyz", timeout=5).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "the server did not become ready"
        time.sleep(0.5)
    yield base, proc, tmp_path
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    if proc.stdout is not None:
        proc.stdout.close()


def test_serve_scores_stores_and_stops_cleanly(server):
    base, proc, cwd = server
    r = httpx.post(base + "/v1/score", json={"id": "cli1", "text": ARTICLE, "published": "2025-06-10"}, timeout=120)
    assert r.status_code == 200 and r.json()["score"] is not None
    payload = json.dumps({"post": {"current": {"id": "cg1", "plaintext": ARTICLE, "status": "published",
                                               "updated_at": "2025-06-10T10:00:00Z"}}}).encode()
    hook = httpx.post(base + "/hooks/ghost", content=payload, headers={"X-Ghost-Signature": sign_ghost("cli-secret",
                                                                                                        payload)})
    assert hook.status_code == 202
    deadline = time.monotonic() + 60
    while httpx.get(base + "/v1/results/cg1").status_code != 200:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert (cwd / "misinfo-scorer.sqlite3").is_file()  # the default store, in the working directory
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=30)
    # uvicorn shuts down gracefully, then re-raises the signal so the exit status tells how it ended
    assert proc.returncode in (0, -signal.SIGTERM) and "Application shutdown complete" in out


@pytest.mark.parametrize("server", [["--workers", "2", "--threads", "1"]], indirect=True)
def test_serve_with_two_worker_processes(server):
    base, _, _ = server
    with httpx.Client(base_url=base, timeout=120) as client:
        for i in range(6):
            assert client.post("/v1/score", json={"id": f"w{i}", "text": ARTICLE}).status_code == 200
        # results written by either process are read by either
        assert all(client.get(f"/v1/results/w{i}").status_code == 200 for i in range(6))
        metrics = client.get("/metrics").text
    scored = [line for line in metrics.splitlines() if line.startswith("misinfo_scorer_articles_scored_total")]
    assert scored and float(scored[0].split()[-1]) >= 6  # summed over both processes


def test_serve_refuses_to_start_without_its_model(tmp_path):
    proc = serve("--port", str(free_port()), "--model", str(tmp_path / "missing.skops"), cwd=tmp_path)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "no model file" in out and len(out.strip().splitlines()) == 1


def test_misinfo_scorer_serve_is_wired_into_the_main_command():
    import argparse

    from scorer.cli import build_parser

    subcommands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert "serve" in subcommands.choices, "scorer/cli.py must add the serve subcommand (add_serve_parser)"
    proc = subprocess.run([sys.executable, "-m", "scorer", "serve", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and "--hold-score" in proc.stdout
