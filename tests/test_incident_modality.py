"""How an incident is told: a denial joins the incident it denies and makes it disputed, a plan
joins an act only when it was told before its day in another article, and the ledger, the
/api/timeline filter and a store made before the column all say so. Invented reports only."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, select, text

from sitrep import link
from sitrep.link.incident_modality import incident_modality
from sitrep.link.records import EventRecord
from sitrep.model import Article, Event, EventPlace, Extraction
from sitrep.store import Store
from sitrep.store import ledger_schema as ls
from sitrep.store.ledger import event_detail, rebuild_ledger, timeline

KESSARY = EventPlace("Kessary", 44.2, 21.7, "PPL", "RS")


def record(article: str, modality: str, date: str | None, published: str, idx: int = 0) -> Any:
    """An invented report of the Eastern brigade's strike on Kessary."""
    return EventRecord(
        article,
        idx,
        "attack",
        actor="Eastern brigade",
        place=KESSARY,
        date=date,
        published=published,
        modality=modality,
    )


@pytest.mark.parametrize(
    ("told", "reads"),
    [
        (["happened"], "happened"),
        (["happened", "denied"], "disputed"),
        (["denied", "planned"], "denied"),
        (["denied", "denied"], "denied"),
        (["expected", "happened"], "happened"),
        (["planned", "planned"], "planned"),
        (["planned", "expected"], "expected"),
        ([], "happened"),
    ],
)
def test_an_incident_reads_as_its_reports_tell_it(told: list[str], reads: str) -> None:
    reports = [record(f"a{i}", m, "2025-05-03", "2025-05-03") for i, m in enumerate(told)]
    assert incident_modality(reports) == reads


@pytest.mark.parametrize(
    ("reports", "incidents"),
    [
        # the accused denies the strike another outlet reports: one incident, disputed
        (
            [("a1", "happened", "2025-05-03", "2025-05-03"), ("a2", "denied", None, "2025-05-04")],
            [["a1:0", "a2:0"]],
        ),
        # a plan told two days before its day, then that day's strike: a plan carried out
        (
            [
                ("a0", "planned", "2025-05-03", "2025-05-01"),
                ("a1", "happened", "2025-05-03", "2025-05-03"),
            ],
            [["a0:0", "a1:0"]],
        ),
        # "more strikes are expected", undated, the day another reports a strike: no retelling
        (
            [
                ("a0", "expected", None, "2025-05-03"),
                ("a1", "happened", "2025-05-03", "2025-05-03"),
            ],
            [["a0:0"], ["a1:0"]],
        ),
        # a threat told the day of a strike, to strike again two days on: not that strike
        (
            [
                ("a1", "happened", "2025-05-03", "2025-05-03"),
                ("a2", "planned", "2025-05-05", "2025-05-03"),
            ],
            [["a1:0"], ["a2:0"]],
        ),
        # a forecast for the day after the act it was told before: not that act
        (
            [
                ("a1", "happened", "2025-05-03", "2025-05-03"),
                ("a2", "expected", "2025-05-04", "2025-05-02"),
            ],
            [["a1:0"], ["a2:0"]],
        ),
        # "plan to march today", told on the day, then that day's act told the day after
        (
            [
                ("a0", "planned", "2025-05-03", "2025-05-03"),
                ("a1", "happened", "2025-05-03", "2025-05-04"),
            ],
            [["a0:0", "a1:0"]],
        ),
        # a plan denied is no plan carried out
        (
            [
                ("a0", "planned", "2025-05-03", "2025-05-01"),
                ("a1", "denied", "2025-05-03", "2025-05-03"),
            ],
            [["a0:0"], ["a1:0"]],
        ),
    ],
)
def test_reports_told_differently_share_an_incident_only_when_they_tell_one(
    reports: list[tuple[str, str, str | None, str]], incidents: list[list[str]]
) -> None:
    clusters = link.cluster_events([record(*r) for r in reports])
    assert sorted(sorted(r.key for r in c.reports) for c in clusters) == incidents


@pytest.mark.parametrize(
    "denial",
    [
        ("a2", "denied", "2025-05-03", "2025-05-04"),  # denied after the act was told
        ("a2", "denied", "2025-05-03", "2025-05-02"),  # denied before it was told
        ("a2", "denied", None, "2025-05-04"),  # undated: told before the plan's day
    ],
)
@pytest.mark.parametrize("modality", ["planned", "expected"])
@pytest.mark.parametrize("reverse", [False, True])
def test_a_plan_carried_out_and_denied_is_one_disputed_incident(
    denial: tuple[str, str, str | None, str], modality: str, reverse: bool
) -> None:
    """The denial is judged against the incident, which holds the act the plan fits."""
    reports = [
        record("a0", modality, "2025-05-03", "2025-05-01"),
        record("a1", "happened", "2025-05-03", "2025-05-03"),
        record(*denial),
    ]
    (incident,) = link.cluster_events(reports[::-1] if reverse else reports)
    assert sorted(r.key for r in incident.reports) == ["a0:0", "a1:0", "a2:0"]
    assert link.canonical_summary(incident)["modality"] == "disputed"


def test_a_plan_and_its_denial_part_with_their_captions_when_no_act_joins() -> None:
    plan = record("a0", "planned", "2025-05-03", "2025-05-01")
    caption = EventRecord(
        "a1",
        1,
        "attack",
        actor="Eastern brigade",
        place=KESSARY,
        date="2025-05-03",
        published="2025-05-03",
        modality="denied",
        duplicate_of=0,
    )
    clusters = link.cluster_events(
        [plan, record("a1", "denied", "2025-05-03", "2025-05-03"), caption]
    )
    parted = sorted((sorted(r.key for r in c.reports), c.id) for c in clusters)
    assert [keys for keys, _ in parted] == [["a0:0"], ["a1:0", "a1:1"]]
    assert len({cid for _, cid in parted}) == 2


def test_a_strike_and_a_vow_to_strike_again_in_one_article_are_two_incidents() -> None:
    """A strike and a vow to strike again: the vow is another act to come, not a retelling."""
    done = record("a1", "happened", "2025-05-03", "2025-05-03")
    vowed = record("a1", "planned", "2025-05-03", "2025-05-03", idx=1)
    clusters = link.cluster_events([done, vowed])
    assert sorted(link.canonical_summary(c)["modality"] for c in clusters) == [
        "happened",
        "planned",
    ]


STRUCK = "The Eastern brigade struck Kessary on Saturday, the mayor said."
DENIED = "The Eastern brigade denied striking Kessary on Saturday."
RALLY = "Students plan to rally in Kessary on Sunday."


def report(
    article_id: str, text: str, modality: str, type: str = "attack", place: EventPlace = KESSARY
) -> Extraction:
    """An invented article (its id its title) with one event in `place`, told as `modality`."""
    event = Event(
        0,
        len(text),
        type,
        actor="Eastern brigade" if type == "attack" else None,
        place=place,
        date="2025-05-04" if modality == "planned" else "2025-05-03",
        modality=modality,
    )
    article = Article(id=article_id, text=text, title=article_id, published=dt.date(2025, 5, 3))
    return Extraction(article=article, events=(event,), pipeline_version="sample-1")


def filled(store: Store) -> Store:
    store.save_batch(
        [
            report("struck", STRUCK, "happened"),
            report("denied", DENIED, "denied"),
            report("rally", RALLY, "planned", type="protest"),
        ]
    )
    rebuild_ledger(store)
    return store


def told(store: Store, *modality: str) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return sorted((e["type"], e["modality"]) for e in timeline(conn, modality=modality))


def test_the_ledger_keeps_and_filters_how_each_incident_is_told(
    store_on_each_backend: Store,
) -> None:
    store = filled(store_on_each_backend)
    assert told(store) == [("attack", "disputed"), ("protest", "planned")]
    assert told(store, "disputed") == [("attack", "disputed")]
    assert told(store, "happened", "planned") == [("protest", "planned")]
    with store.engine.connect() as conn:
        (incident,) = timeline(conn, modality=("disputed",))
        versions = event_detail(conn, incident["id"])["versions"]  # type: ignore[index]
    assert sorted((v["title"], v["modality"]) for v in versions) == [
        ("denied", "denied"),
        ("struck", "happened"),
    ]


@pytest.fixture
def client(tmp_path: Path) -> Any:
    pytest.importorskip("httpx")
    with warnings.catch_warnings():  # starlette's notice that its test client will move
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from sitrep.web import create_app

    db = str(tmp_path / "told.db")
    filled(Store(db)).close()
    return TestClient(create_app(db))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(
    ("modality", "types"),
    [(None, ["attack", "protest"]), ("disputed", ["attack"]), ("planned, denied", ["protest"])],
)
def test_the_incidents_api_says_and_filters_how_each_is_told(
    client: Any, modality: str | None, types: list[str]
) -> None:
    params = {"modality": modality} if modality else {}
    items = client.get("/api/timeline", params=params).json()["items"]
    assert sorted(i["type"] for i in items) == types
    assert all(i["modality"] in ("disputed", "planned") for i in items)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_an_unknown_incident_modality_names_the_choices(client: Any) -> None:
    answer = client.get("/api/timeline", params={"modality": "rumoured"})
    assert answer.status_code == 400
    assert "'rumoured'" in answer.json()["error"] and "disputed" in answer.json()["error"]


def test_a_store_made_before_incident_modalities_gains_them_filled(
    store_on_each_backend: Store,
) -> None:
    """Opening a store whose ledger predates the column adds it and rebuilds the ledger once,
    which fills it, on SQLite and PostgreSQL alike."""
    url = filled(store_on_each_backend).url
    store_on_each_backend.close()
    old = create_engine(url)
    with old.begin() as conn:
        conn.execute(text("ALTER TABLE canonical_events DROP COLUMN modality"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 16"))
    old.dispose()
    reopened = Store(url)
    with reopened.engine.connect() as conn:
        assert "modality" in {c["name"] for c in inspect(conn).get_columns("canonical_events")}
        modalities = conn.execute(select(ls.canonical_events.c.modality)).scalars().all()
    reopened.close()
    assert sorted(modalities) == ["disputed", "planned"]
