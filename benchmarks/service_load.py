"""Load on the HTTP service: concurrent clients posting a ~600-word article to /v1/score.

    python benchmarks/service_load.py                       # starts `python -m scorer.service` on loopback
    python benchmarks/service_load.py --url http://127.0.0.1:8000 --api-key KEY
    python benchmarks/service_load.py --clients 8 --requests 160 --max-seconds 120 --workers 2

Prints p50/p99 latency, throughput and the error count (exit status 1 when there are errors).
Loopback only: a --url on another host is refused. Bounded in requests and in time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def article_text(words: int = 600) -> str:
    """About ``words`` words of news text: the shared example article, topped up from the repo's example."""
    parts = [p.read_text(encoding="utf-8") for p in (SHARED / "example_article.txt", REPO / "examples" / "article.txt")
             if p.is_file()]
    text = "\n\n".join(parts) or "Officials said on Monday that the plan would go ahead. " * 60
    paragraphs, count = [], 0
    for para in text.split("\n"):
        if count >= words:
            break
        paragraphs.append(para)
        count += len(para.split())
    return "\n".join(paragraphs)


def start_server(args: argparse.Namespace) -> tuple[str, subprocess.Popen[bytes]]:
    from scorer.service.live_server import free_port

    port = free_port()
    cmd = [sys.executable, "-m", "scorer.service", "--host", "127.0.0.1", "--port", str(port), "--no-access-log",
           "--db", args.db, "--workers", str(args.workers)]
    if args.threads:
        cmd += ["--threads", str(args.threads)]
    if args.model:
        cmd += ["--model", args.model]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with status {proc.returncode}")
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return base, proc
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit("the server did not start within 180 s")


def wait_ready(client: httpx.Client, seconds: float = 180) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        r = client.get("/readyz")
        body = r.json()
        if body["detail"].get("loaded"):
            return body
        time.sleep(0.5)
    raise SystemExit("the model did not load within 180 s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="a running service on loopback (default: start one)")
    ap.add_argument("--api-key", default=os.environ.get("MISINFO_SCORER_API_KEY"))
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=160, help="total requests (default 160)")
    ap.add_argument("--max-seconds", type=float, default=180, help="stop sending after this long (default 180)")
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--model", default=os.environ.get("MISINFO_SCORER_MODEL"), help="model for a started server")
    ap.add_argument("--workers", type=int, default=1, help="worker processes of a started server")
    ap.add_argument("--threads", type=int, default=None, help="scoring threads per process of a started server")
    ap.add_argument("--db", default=":memory:", help="result store of a started server (default :memory:)")
    args = ap.parse_args()

    proc = None
    if args.url:
        host = urlparse(args.url).hostname or ""
        if host not in LOOPBACK:
            raise SystemExit(f"refusing {args.url}: this benchmark only talks to loopback")
        base = args.url.rstrip("/")
    else:
        base, proc = start_server(args)
    headers = {"Authorization": f"Bearer {args.api_key}"} if args.api_key else {}
    text = article_text(args.words)
    try:
        with httpx.Client(base_url=base, timeout=120, headers=headers) as c:
            ready = wait_ready(c)
            c.post("/v1/score", json={"id": "warm", "text": text, "published": "2024-07-15"})  # first-request costs
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        counter = iter(range(args.requests))
        stop_at = time.monotonic() + args.max_seconds

        def client_loop() -> None:
            with httpx.Client(base_url=base, timeout=120, headers=headers) as c:
                while time.monotonic() < stop_at:
                    with lock:
                        i = next(counter, None)
                    if i is None:
                        return
                    t0 = time.perf_counter()
                    try:
                        r = c.post("/v1/score", json={"id": f"load-{i}", "text": text, "published": "2024-07-15"})
                        ok = r.status_code == 200
                        why = f"{r.status_code} {r.text[:80]}"
                    except httpx.HTTPError as exc:
                        ok, why = False, repr(exc)
                    dt = time.perf_counter() - t0
                    with lock:
                        latencies.append(dt)
                        if not ok:
                            errors.append(why)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client_loop) for _ in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)

    lat = sorted(latencies)
    p50 = statistics.median(lat) * 1000
    p99 = lat[max(0, int(len(lat) * 0.99) - 1)] * 1000
    model = ready["detail"].get("model") if isinstance(ready.get("detail"), dict) else None  # type: ignore[union-attr]
    print(f"service load: {len(lat)} requests, {args.clients} clients, {len(text.split())}-word article, "
          f"model {model}, workers {args.workers}")
    print(f"p50 {p50:.0f} ms, p99 {p99:.0f} ms, throughput {len(lat) / wall:.2f} req/s, wall {wall:.1f} s, "
          f"errors {len(errors)}")
    for e in errors[:5]:
        print("  error:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
