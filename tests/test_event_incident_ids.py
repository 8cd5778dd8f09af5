"""The incident each stored event reports is kept with the event when the ledger is built, so
that /api/events and `sitrep events` list it with no extra lookup, and a store made before the
column gains it filled. Invented reports."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, select, text

from sitrep.store import Store, schema
from sitrep.store import ledger_schema as ls
from sitrep.store.ledger import rebuild_ledger
from test_incident_modality import STRUCK, filled, report


def stored_ids(store: Store) -> list[str | None]:
    with store.engine.connect() as conn:
        return list(conn.execute(select(schema.events.c.canonical_id)).scalars())


def incident_ids(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.execute(select(ls.canonical_events.c.id)).scalars())


def test_each_event_keeps_the_incident_the_ledger_files_it_under(
    store_on_each_backend: Store,
) -> None:
    store = store_on_each_backend
    store.save_batch([report("struck", STRUCK, "happened")])
    assert stored_ids(store) == [None]  # no ledger yet
    rebuild_ledger(store)
    (kept,) = stored_ids(store)
    assert {kept} == incident_ids(store)


def test_a_rebuilt_ledger_replaces_the_ids_it_no_longer_holds(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "moved.db"))
    store.save_batch([report("struck", STRUCK, "happened")])
    rebuild_ledger(store)
    with store.engine.begin() as conn:
        conn.execute(schema.events.update().values(canonical_id="ev-gone"))
    rebuild_ledger(store)
    assert stored_ids(store) == sorted(incident_ids(store))


def test_a_store_made_before_event_incident_ids_gains_them_filled(
    store_on_each_backend: Store,
) -> None:
    url = filled(store_on_each_backend).url
    store_on_each_backend.close()
    old = create_engine(url)
    with old.begin() as conn:
        conn.execute(text("ALTER TABLE events DROP COLUMN canonical_id"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 20"))
    old.dispose()
    reopened = Store(url)
    with reopened.engine.connect() as conn:
        assert "canonical_id" in {c["name"] for c in inspect(conn).get_columns("events")}
    assert set(stored_ids(reopened)) == incident_ids(reopened)
    reopened.close()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_events_api_names_each_event_s_incident(tmp_path: Path) -> None:
    pytest.importorskip("httpx")
    with warnings.catch_warnings():  # starlette's notice that its test client will move
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from sitrep.web import create_app

    db = str(tmp_path / "told.db")
    store = filled(Store(db))
    expected = incident_ids(store)
    store.close()
    items: list[dict[str, Any]] = TestClient(create_app(db)).get("/api/events").json()["items"]
    assert items and {item["canonical_id"] for item in items} == expected
