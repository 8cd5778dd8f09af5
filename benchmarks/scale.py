"""Scale-out: articles/s on a Dask LocalCluster of 1 and 2 workers, and the stores' write speed.

1. For 1 worker, then 2: start a LocalCluster (single-threaded worker processes), load the
   pipeline on every worker (not timed: it happens once per worker), then time
   `jobs.ingest_items_on_cluster` over the dev articles into a fresh database. The ratio
   2 workers / 1 worker is the figure that matters (goal: >= 1.8 on a 2-core machine).
2. Write throughput: the same real extractions (made once on the cluster) saved in batches into
   a fresh SQLite file and a fresh PostgreSQL database; extractions/s and flat rows/s.

    python benchmarks/scale.py [--limit 120] [--partition-size 4] [--db postgresql://...]
        [--postgres postgresql://postgres@127.0.0.1:54329/postgres] [--json]

--db is where the ingest runs write (default: a temporary SQLite file); --postgres is the
server for the write test (default $SITREP_TEST_POSTGRES; skipped when neither is given).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import news_texts
from distributed import Client
from sqlalchemy import create_engine, text

from sitrep.jobs import ingest_items_on_cluster, local_cluster, register_pipeline
from sitrep.model import Article, Extraction
from sitrep.pipeline import ProcessFailure, process
from sitrep.settings import Settings
from sitrep.store import Store
from sitrep.store.database import database_url
from sitrep.store.flatten import finding_rows


def dev_articles(limit: int) -> list[Article]:
    return [
        Article(id=f"bench-{n}", text=t, origin=f"dev/{n}") for n, t in enumerate(news_texts(limit))
    ]


def fresh_db(base: str | None, folder: Path, name: str) -> str:
    """A new empty database: a file in `folder`, or a new database on the server of `base`."""
    if not base or "://" not in base:
        return str(folder / f"{name}.db")
    db_name = f"sitrep_bench_{name}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(database_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{db_name}"'))
    admin.dispose()
    return base.rsplit("/", 1)[0] + "/" + db_name


def drop_db(db: str) -> None:
    if "://" not in db:
        return
    server, name = db.rsplit("/", 1)
    admin = create_engine(database_url(server + "/postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def time_cluster(
    workers: int, articles: list[Article], db: str, partition_size: int
) -> dict[str, Any]:
    settings = Settings.from_env(db=db)
    with local_cluster(workers) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        started = time.perf_counter()
        register_pipeline(client, settings)
        client.run(lambda: None)  # the plugin's setup has run on every worker
        load = time.perf_counter() - started
        started = time.perf_counter()
        summary = ingest_items_on_cluster(articles, client, settings, partition_size=partition_size)
        seconds = time.perf_counter() - started
        rss = client.run(lambda: __import__("psutil").Process().memory_info().rss)
    return {
        "workers": workers,
        "articles": len(articles),
        "stored": summary.ingested,
        "failed": len(summary.failed),
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(articles) / seconds, 2),
        "pipeline_load_s": round(load, 1),
        "worker_rss_mb": round(max(rss.values()) / 2**20),
    }


def extract_on_cluster(articles: list[Article], partition_size: int) -> list[Extraction]:
    """Real extractions for the write test, made by 2 workers and sent back (only here)."""

    def run(part: list[Article]) -> list[Extraction | ProcessFailure]:
        from distributed import get_worker

        from sitrep.jobs import PLUGIN_NAME

        return list(process(part, get_worker().plugins[PLUGIN_NAME].resources, 1, partition_size))

    with local_cluster(2) as cluster, Client(cluster) as client:
        register_pipeline(client, Settings.from_env())
        parts = [articles[i : i + partition_size] for i in range(0, len(articles), partition_size)]
        results = client.gather(client.map(run, parts, pure=False))
    return [r for part in results for r in part if isinstance(r, Extraction)]


def time_writes(extractions: list[Extraction], db: str, batch_size: int) -> dict[str, Any]:
    store = Store(db)
    rows = sum(len(r) for x in extractions for _t, r in finding_rows(x, 0, "k"))
    started = time.perf_counter()
    for i in range(0, len(extractions), batch_size):
        store.save_batch(extractions[i : i + batch_size])
    seconds = time.perf_counter() - started
    store.close()
    return {
        "store": "postgresql" if "://" in db else "sqlite",
        "extractions": len(extractions),
        "flat_rows": rows,
        "seconds": round(seconds, 3),
        "extractions_per_s": round(len(extractions) / seconds, 1),
        "rows_per_s": round(rows / seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=120, help="dev articles to ingest")
    parser.add_argument("--partition-size", type=int, default=4)
    parser.add_argument("--db", help="database for the ingest runs (default: temporary SQLite)")
    parser.add_argument("--postgres", default=os.environ.get("SITREP_TEST_POSTGRES"))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    logging.getLogger("distributed").setLevel(logging.WARNING)
    articles = dev_articles(args.limit)
    report: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "load_before": os.getloadavg()[0],
        "runs": [],
        "writes": [],
    }
    with tempfile.TemporaryDirectory() as folder:
        for workers in (1, 2):
            db = fresh_db(args.db, Path(folder), f"w{workers}")
            report["runs"].append(time_cluster(workers, articles, db, args.partition_size))
            drop_db(db)
        one, two = (run["articles_per_s"] for run in report["runs"])
        report["speedup_2_over_1"] = round(two / one, 2)
        extractions = extract_on_cluster(articles[:60], args.partition_size)
        targets = [str(Path(folder) / "writes.db")]
        if args.postgres:
            targets.append(fresh_db(args.postgres, Path(folder), "writes"))
        for db in targets:
            report["writes"].append(time_writes(extractions, db, 32))
            drop_db(db)
    report["load_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(report))
        return
    print(
        f"{report['cpus']} CPUs, load average {report['load_before']:.1f} before, {report['load_after']:.1f} after"
    )
    for run in report["runs"]:
        print(
            f"{run['workers']} worker(s): {run['articles_per_s']:.2f} articles/s "
            f"({run['articles']} articles in {run['seconds']} s; pipeline load {run['pipeline_load_s']} s, once per worker; "
            f"worker memory {run['worker_rss_mb']} MB)"
        )
    print(f"speed-up, 2 workers over 1: {report['speedup_2_over_1']:.2f}x (goal >= 1.8x)")
    for write in report["writes"]:
        print(
            f"{write['store']:>10} writes: {write['extractions_per_s']:.1f} extractions/s, "
            f"{write['rows_per_s']:.0f} flat rows/s (batches of 32)"
        )


if __name__ == "__main__":
    main()
