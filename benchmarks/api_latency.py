"""API latency: p50/p95 per endpoint over real HTTP, on a database of several thousand articles.

    python benchmarks/api_latency.py                 # 5,000 synthetic articles, 200 requests each
    python benchmarks/api_latency.py --articles 20000 --requests 300 --db /tmp/big.db

The articles are hand-made extractions (`sitrep.web.sample.synthetic_extractions`), so no model
is needed. The server is uvicorn in a thread on a free localhost port; requests are sequential
over one keep-alive connection, so the figures are the server's time plus the loopback.
Goal: p95 < 50 ms for the list and search endpoints.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from sitrep.store import Store
from sitrep.web import create_app
from sitrep.web.sample import TOWNS, sample_extractions, synthetic_extractions

GOAL_MS = 50.0


def build_database(path: str, articles: int) -> None:
    store = Store(path)
    with store.engine.connect() as conn:
        present = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar_one()
    if present >= articles:
        return
    items = synthetic_extractions(articles)
    started = time.perf_counter()
    for chunk in range(0, len(items), 500):
        store.save_batch(items[chunk : chunk + 500])
    store.save_batch(sample_extractions())
    print(f"stored {articles:,} articles in {time.perf_counter() - started:.1f} s")


def serve(db: str) -> tuple[str, uvicorn.Server, threading.Thread]:
    """uvicorn on a free port, bound by uvicorn itself as `sitrep serve` does.

    (Handing uvicorn a pre-bound socket instead added a constant ~40 ms per request here: the
    loopback's delayed ACKs meeting small writes, an artefact no user of `sitrep serve` sees.)
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    config = uvicorn.Config(
        create_app(db), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, thread


def endpoints(rng: random.Random, event_ids: list[str]) -> dict[str, list[str]]:
    """Each endpoint with a pool of varied queries (one is drawn per request)."""
    towns = [t[0] for t in TOWNS]
    return {
        "list events": ["/api/events", "/api/events?limit=50&offset=1000"],
        "events by type": [
            f"/api/events?type={t}" for t in ("attack", "armed_clash", "protest", "deploy")
        ],
        "events by place": [f"/api/events?place={t}" for t in towns],
        "events by dates": [
            "/api/events?since=2023-06-01&until=2023-06-30",
            "/api/events?since=2024-11",
        ],
        "events by bbox": ["/api/events?bbox=30,44,40,52", "/api/events?bbox=34,31,35,32"],
        "events by actor+source": [
            "/api/events?actor=RSF&source=witnesses",
            "/api/events?actor=Russia",
        ],
        "list claims": ["/api/claims", "/api/claims?source=governor"],
        "list articles": ["/api/articles", "/api/articles?since=2024-01-01&offset=200"],
        "list places": ["/api/places", "/api/places?q=Kh"],
        "search": [
            f"/api/search?q={w}"
            for w in ("troops", "Kharkiv damage", "heavy", "Goma", "protest district")
        ],
        "one event": [f"/api/events/{i}/0" for i in event_ids],
        "claim history": ["/api/claims/history?measure=personnel&unit=troops&source=governor"],
        "stats": ["/api/stats"],
    }


def measure(
    base: str, pools: dict[str, list[str]], requests: int, rng: random.Random
) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {name: [] for name in pools}
    with httpx.Client(base_url=base, timeout=30) as client:
        for pool in pools.values():  # warm up caches and the connection pool
            client.get(pool[0]).raise_for_status()
        for name, pool in pools.items():
            for _ in range(requests):
                url = rng.choice(pool)
                started = time.perf_counter()
                response = client.get(url)
                timings[name].append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--db", help="database to build or reuse (default: a temporary file)")
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp(prefix="sitrep-bench-")) / "bench.db")
    build_database(db, args.articles)
    rng = random.Random(1)
    base, server, thread = serve(db)
    try:
        with httpx.Client(base_url=base) as client:
            stats = client.get("/api/stats").json()["counts"]
            ids = [e["article_id"] for e in client.get("/api/events?limit=200").json()["items"]]
        print(
            f"database: {stats['articles']:,} articles, {stats['events']:,} events, {stats['claims']:,} claims"
        )
        timings = measure(base, endpoints(rng, ids), args.requests, rng)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print(f"{'endpoint':<24}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  goal p95 < {GOAL_MS:.0f} ms")
    for name, values in timings.items():
        p95 = percentile(values, 0.95)
        flag = "ok" if p95 < GOAL_MS else "SLOW"
        print(f"{name:<24}{statistics.median(values):>9.1f}{p95:>9.1f}{max(values):>9.1f}  {flag}")


if __name__ == "__main__":
    main()
