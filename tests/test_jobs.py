"""The Dask path on a real LocalCluster of 2 worker processes, with the real pipeline.

What must hold: each article stored exactly once with its whole extraction, whatever happens to
the workers; the pipeline loaded once per worker; the same stored results as the in-process
ingest and on either database. The PostgreSQL cases run where SITREP_TEST_POSTGRES names a
server (CI starts one); everything skips, with the reason, while the extractors cannot run.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

pytest.importorskip("distributed", reason="Dask is not installed (pip install 'sitrep[dask]')")

from distributed import Client

from sitrep.ingest import ReadFailure
from sitrep.model import Article
from sitrep.settings import Settings
from sitrep.store import Store, schema

pytestmark = [pytest.mark.model, pytest.mark.slow]
EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "sitrep"
    / "data"
    / "examples"
    / "kursk-troops-2024-10-26.txt"
)
PROBE = (
    "import datetime as dt\n"
    "from sitrep.model import Article\n"
    "from sitrep.pipeline import extract_article, load_resources\n"
    "text = 'Russian drones struck Kyiv on Friday, killing two people, the mayor said on Saturday.'\n"
    "extract_article(Article(id='probe', text=text, published=dt.date(2024, 10, 26)), load_resources())\n"
)


@pytest.fixture(scope="session")
def pipeline_runs() -> None:
    """Skip while the extractors (written alongside) cannot process a short article."""
    try:
        probe = subprocess.run(
            [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=240
        )
    except subprocess.TimeoutExpired:
        pytest.skip(
            "the pipeline did not finish a one-sentence article in 240 s (an extractor hangs)"
        )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.skip(
            f"the pipeline cannot run yet (sitrep.pipeline.extract_findings failed: {last})"
        )


@pytest.fixture(scope="module")
def client(pipeline_runs: None) -> Iterator[Client]:
    from sitrep.jobs import local_cluster

    with local_cluster(2) as cluster, Client(cluster) as client:
        client.wait_for_workers(2)
        yield client


def articles(count: int, start: int = 0) -> list[Article]:
    """Real news text, made distinct per article (the store keys articles by content hash)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    return [
        Article(
            id=f"a{n}",
            text=f"{text}\n\nUpdate {n}: officials in Kursk said on Sunday that {n + 2} more soldiers arrived.",
            published=dt.date(2024, 10, 26),
            title=f"Kursk troops, update {n}",
            outlet="Example",
            origin=f"test/{n}",
        )
        for n in range(start, start + count)
    ]


def settings_for(db: str) -> Settings:
    return Settings.from_env(db=db, batch_size=4)


def postgres_url() -> str:
    if not os.environ.get("SITREP_TEST_POSTGRES"):
        pytest.skip("SITREP_TEST_POSTGRES is unset: run `source .ci/services` to start PostgreSQL")
    from conftest import fresh_database

    return fresh_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "jobs.db")
        return
    url = postgres_url()
    yield url
    from conftest import drop_database

    drop_database(url)


def assert_each_article_once_and_complete(db: str, expected: int) -> None:
    """One article row and one current extraction per article, every flat row of it present."""
    store = Store(db)
    x = schema.extractions
    with store.engine.connect() as conn:
        assert (
            conn.execute(select(func.count()).select_from(schema.articles)).scalar_one() == expected
        )
        rows = conn.execute(select(x.c.id, x.c.article_id, x.c.current, x.c.payload)).all()
        assert len(rows) == expected
        assert len({row.article_id for row in rows}) == expected
        assert all(row.current for row in rows)
        for table in schema.FINDING_TABLES:
            stored = dict(
                conn.execute(
                    select(table.c.extraction_id, func.count()).group_by(table.c.extraction_id)
                ).all()
            )
            for row in rows:
                assert stored.get(row.id, 0) == len(row.payload[table.name]), (
                    table.name,
                    row.article_id,
                )
    store.close()


def test_a_cluster_ingest_stores_each_article_once_and_loads_the_pipeline_once_per_worker(
    client: Client, db: str
) -> None:
    from sitrep.jobs import PLUGIN_NAME, ingest_items_on_cluster

    batch = articles(10)
    items: list[Article | ReadFailure] = [*batch, batch[0], ReadFailure("broken.html", "no text")]
    progress: list[int] = []
    summary = ingest_items_on_cluster(
        items, client, settings_for(db), progress.append, partition_size=2
    )
    assert (summary.ingested, summary.present, len(summary.failed)) == (10, 1, 1)
    assert sum(progress) == len(items)
    assert_each_article_once_and_complete(db, 10)
    loads = client.run(lambda dask_worker: dask_worker.plugins[PLUGIN_NAME].loads)
    assert list(loads.values()) == [1, 1]  # 5 partitions, 2 workers: loaded once each

    again = ingest_items_on_cluster(items, client, settings_for(db), partition_size=2)
    assert (again.ingested, again.present) == (0, 11)
    assert_each_article_once_and_complete(db, 10)


def test_killing_a_worker_mid_ingest_still_stores_each_article_exactly_once(
    client: Client, db: str
) -> None:
    from sitrep.jobs import ingest_items_on_cluster

    batch = articles(24, start=100)
    started = threading.Event()
    killed: list[str] = []

    def kill_a_busy_worker() -> None:
        started.wait(timeout=300)
        pids = client.run(os.getpid)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            busy = [
                addr
                for addr, keys in client.processing().items()
                if any("sitrep-ingest" in str(k) for k in keys)
            ]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()

    def report(n: int) -> None:
        started.set()  # a first partition is done: the others are in the middle of their work

    summary = ingest_items_on_cluster(batch, client, settings_for(db), report, partition_size=3)
    killer.join()
    assert killed, "no worker was busy to be killed"
    assert summary.failed == []
    assert summary.ingested + summary.present == len(batch)
    assert summary.ingested == len(batch)
    assert_each_article_once_and_complete(db, len(batch))
    client.wait_for_workers(2, timeout=120)  # the nanny restarted it, with the pipeline loaded


def test_sqlite_postgresql_and_the_in_process_ingest_store_the_same(
    client: Client, tmp_path: Path
) -> None:
    from conftest import drop_database
    from sitrep.batch import ingest_items
    from sitrep.jobs import ingest_items_on_cluster
    from sitrep.pipeline import load_resources
    from test_postgres import stored_rows

    batch = articles(6, start=200)
    url = postgres_url()
    try:
        lite = str(tmp_path / "cluster.db")
        ingest_items_on_cluster(batch, client, settings_for(lite), partition_size=2)
        ingest_items_on_cluster(batch, client, settings_for(url), partition_size=2)
        local = str(tmp_path / "local.db")
        ingest_items(batch, Store(local), load_resources(settings_for(local)))
        expected = stored_rows(Store(local))
        assert expected["payloads"] and expected["events"]
        assert stored_rows(Store(lite)) == expected
        assert stored_rows(Store(url)) == expected
    finally:
        drop_database(url)


def test_the_ingest_command_runs_on_a_local_cluster(pipeline_runs: None, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in articles(3, start=300):
        (corpus / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    args = ["ingest", str(corpus), "--published", "2024-10-26", "--db", db]
    result = runner.invoke(app, [*args, "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "ingested 3, already present 0, failed 0" in result.stdout
    assert_each_article_once_and_complete(db, 3)
    both = runner.invoke(app, [*args, "--workers", "2", "--cluster", "tcp://127.0.0.1:8786"])
    assert both.exit_code == 2
    assert "not both" in both.output


class CountingClient:
    """Stands in for a Dask client where the test needs only its size and must see no task."""

    def __init__(self, threads: int) -> None:
        self.threads = threads

    def nthreads(self) -> dict[str, int]:
        return {f"tcp://worker-{n}": 1 for n in range(self.threads)}

    def __getattr__(self, name: str) -> None:
        raise AssertionError(f"the client was asked to {name}")


@pytest.mark.parametrize(
    ("total", "threads", "size"), [(37, 2, 5), (10_000, 2, 32), (3, 8, 1), (0, 2, 1)]
)
def test_partitions_give_every_worker_several_and_never_exceed_a_batch(
    total: int, threads: int, size: int
) -> None:
    from sitrep.jobs import balanced_partition_size

    assert balanced_partition_size(total, CountingClient(threads), 32) == size  # type: ignore[arg-type]


def test_an_ingest_with_nothing_new_loads_no_pipeline_on_the_workers(tmp_path: Path) -> None:
    from sitrep.jobs import ingest_items_on_cluster

    items = [ReadFailure("broken.html", "no text")]
    settings = settings_for(str(tmp_path / "nothing.db"))
    summary = ingest_items_on_cluster(items, CountingClient(2), settings)  # type: ignore[arg-type]
    assert (summary.ingested, summary.present, len(summary.failed)) == (0, 0, 1)


class FakeClient:
    """Enough of a Dask client for `_run_partitions` to submit, be interrupted and clean up."""

    def __init__(self, cluster: object) -> None:
        self.cluster, self.cancelled, self.ran = cluster, [], []

    def nthreads(self) -> dict[str, int]:
        return {"w1": 1}

    def submit(self, *_args: object, key: str, **_kwargs: object) -> str:
        return key

    def cancel(self, futures: list[str]) -> None:
        self.cancelled += futures

    def run(self, function: object, on_error: str) -> None:
        self.ran.append(function)


@pytest.mark.parametrize("own_cluster", [True, False])
def test_ctrl_c_cancels_the_waiting_tasks_and_quiets_only_its_own_workers(
    monkeypatch: pytest.MonkeyPatch, own_cluster: bool
) -> None:
    import logging

    from sitrep import jobs

    class OwnCluster:
        pass

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(jobs, "LocalCluster", OwnCluster)
    monkeypatch.setattr(jobs, "wait", interrupted)
    dask_log = logging.getLogger("distributed")
    before = dask_log.level
    dask_log.setLevel(logging.WARNING)
    client = FakeClient(OwnCluster() if own_cluster else None)
    try:
        with pytest.raises(KeyboardInterrupt):
            list(jobs._run_partitions(client, [articles(1), articles(1, 1)], "x.db", 1, 4))  # type: ignore[arg-type]
        assert (dask_log.level == logging.ERROR) == own_cluster
    finally:
        dask_log.setLevel(before)
    assert len(client.cancelled) == 2
    assert client.ran == ([jobs._quiet_dask_logs] if own_cluster else [])


def _ignores_interrupts() -> bool:
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_workers_of_its_own_cluster_ignore_ctrl_c_even_after_their_nanny_restarts_them() -> None:
    from sitrep import jobs

    with jobs.connect(workers=1) as client:
        assert all(client.run(_ignores_interrupts).values())
        client.restart()
        assert all(client.run(_ignores_interrupts).values())


def test_an_unreachable_scheduler_is_one_line_within_the_connect_timeout(tmp_path: Path) -> None:
    """Dask retried a refused connection for 30 s before the command said anything (the
    SitrepError is the one line `sitrep.cli.main` prints)."""
    from typer.testing import CliRunner

    from sitrep.cli import app

    (tmp_path / "a.txt").write_text("Shelling hit Kherson on Monday.", encoding="utf-8")
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db")]
    started = time.monotonic()
    result = CliRunner().invoke(
        app, [*args, "--cluster", "tcp://127.0.0.1:1", "--connect-timeout", "0.5"]
    )
    assert time.monotonic() - started < 10
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in str(result.exception)


def test_the_cli_waits_for_a_scheduler_as_long_as_the_cluster_module_does() -> None:
    """The CLI's default once repeated the number in `jobs`, free to drift from it."""
    import inspect

    from sitrep.cli.run import ingest
    from sitrep.jobs import connect
    from sitrep.settings import CONNECT_TIMEOUT

    assert inspect.signature(connect).parameters["timeout"].default == CONNECT_TIMEOUT
    assert inspect.signature(ingest).parameters["connect_timeout"].default == CONNECT_TIMEOUT
