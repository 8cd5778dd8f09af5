"""The store: idempotent, versioned, atomic per batch, searchable, injection-proof."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from sitrep.model import (
    Article,
    Attribution,
    Cue,
    Event,
    EventPlace,
    Extraction,
    Offsets,
    Place,
    Source,
)
from sitrep.store import EventFilter, Store, schema
from sitrep.store import database as database_module
from sitrep.store.queries import counts, current_payloads, list_claims, list_events, search_articles

TEXT = "Russian drones struck Kyiv on Friday, killing two, officials said. The mayor's office confirmed it."


def make_extraction(text: str = TEXT, version: str = "1", article_id: str = "a1") -> Extraction:
    article = Article(
        id=article_id, text=text, published=dt.date(2024, 10, 26), title="Strike on Kyiv"
    )
    kyiv = text.index("Kyiv")
    return Extraction(
        article=article,
        places=(
            Place(
                kyiv,
                kyiv + 4,
                "Kyiv",
                name="Kyiv",
                country="UA",
                level="PPLC",
                lat=50.45,
                lon=30.52,
            ),
        ),
        attributions=(
            Attribution(
                claim=Offsets(0, text.index(", officials")),
                source=Source(
                    text.index("officials"),
                    text.index("officials") + 9,
                    "officials",
                    "anonymous_official",
                ),
                cue=Cue(text.index("said"), text.index("said") + 4, "said", "say"),
            ),
        ),
        events=(
            Event(
                0,
                text.index(" on Friday"),
                "attack",
                acled="Air/drone strike",
                actor="Russia",
                target="Ukraine",
                place=EventPlace("Kyiv", 50.45, 30.52, "PPLC", "UA"),
                date="2024-10-25",
                weapon=("drone",),
                killed=2,
                attributions=(0,),
            ),
        ),
        pipeline_version=version,
    )


@pytest.fixture
def store(store_on_each_backend: Store) -> Store:
    """The same contract on both backends (PostgreSQL where CI's server is there)."""
    return store_on_each_backend


def table_count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_saving_twice_changes_nothing(store: Store) -> None:
    assert store.save_batch([make_extraction()]) == 1
    assert store.save_batch([make_extraction(), make_extraction(article_id="other-id")]) == 0
    assert table_count(store, schema.articles) == 1
    assert table_count(store, schema.extractions) == 1
    assert table_count(store, schema.events) == 1


def test_a_new_pipeline_version_keeps_history(store: Store) -> None:
    store.save_batch([make_extraction(version="1")])
    store.save_batch([make_extraction(version="2")])
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(schema.extractions.c.pipeline_version, schema.extractions.c.current)
        ).all()
        assert sorted(rows) == [("1", False), ("2", True)]
        assert len(list_events(conn, EventFilter())) == 1  # only the current version is listed
        assert current_payloads(conn)[0]["pipeline_version"] == "2"


def test_a_failing_batch_stores_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real = database_module.finding_rows
    calls = {"n": 0}

    def explode_on_second(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        return real(*args, **kwargs)

    monkeypatch.setattr(database_module, "finding_rows", explode_on_second)
    batch = [make_extraction(), make_extraction(text=TEXT + " Later update.")]
    with pytest.raises(RuntimeError):
        store.save_batch(batch)
    assert table_count(store, schema.articles) == 0
    assert table_count(store, schema.extractions) == 0
    if store.dialect == "sqlite":
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM articles_fts")).scalar_one() == 0


def test_payload_round_trips_exactly(store: Store) -> None:
    extraction = make_extraction()
    store.save_batch([extraction])
    with store.engine.connect() as conn:
        (payload,) = current_payloads(conn)
    assert payload == json.loads(json.dumps(extraction.to_json()))


def test_full_text_search_and_hostile_strings(store: Store) -> None:
    store.save_batch([make_extraction()])
    with store.engine.connect() as conn:
        assert [r["title"] for r in search_articles(conn, "drones Kyiv")] == ["Strike on Kyiv"]
        for hostile in ["' OR 1=1 --", 'x"; DROP TABLE articles; --', "NEAR(", "mayor's"]:
            search_articles(conn, hostile)
            list_events(
                conn, EventFilter(text=hostile, place=hostile, source=hostile, actor=hostile)
            )
            list_claims(conn, EventFilter(text=hostile, source=hostile))
        assert len(search_articles(conn, "mayor's")) == 1
        assert counts(conn)["articles"] == 1


def test_event_filters(store: Store) -> None:
    store.save_batch([make_extraction()])
    with store.engine.connect() as conn:
        assert (
            len(list_events(conn, EventFilter(type="attack", place="kyiv", since="2024-10-01")))
            == 1
        )
        assert list_events(conn, EventFilter(type="protest")) == []
        assert list_events(conn, EventFilter(until="2024-10-24")) == []
        assert len(list_events(conn, EventFilter(bbox=(30.0, 50.0, 31.0, 51.0)))) == 1
        assert list_events(conn, EventFilter(bbox=(0.0, 0.0, 1.0, 1.0))) == []
        assert len(list_events(conn, EventFilter(source="officials"))) == 1
        assert list_events(conn, EventFilter(text="100%")) == []


@pytest.mark.parametrize(
    ("place", "found"),
    [
        ("Kyiv, UA", True),
        ("kyiv, Ukraine", True),
        (" , ,", True),  # no parts: no filter
        ("Kyiv, Poland", False),
        ("Kyiv, PL", False),
    ],
)
def test_a_place_filter_reads_as_an_address_for_events_and_incidents(
    store: Store, place: str, found: bool
) -> None:
    """Events and the ledger's incidents take "town, country" with the country named or coded;
    the places list, one name per row, takes the town."""
    from sitrep.store.ledger import rebuild_ledger, timeline
    from sitrep.store.queries import list_places

    store.save_batch([make_extraction()])
    rebuild_ledger(store)
    with store.engine.connect() as conn:
        events = list_events(conn, EventFilter(place=place))
        incidents = timeline(conn, place=place)
        places = list_places(conn, EventFilter(place=place))
    assert (len(events), len(incidents)) == ((1, 1) if found else (0, 0))
    assert [p["name"] for p in places] == ["Kyiv"]


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = str(tmp_path / "m.db")
    Store(path)
    Store(path)
    store = Store(path)
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_migrations.c.version)).scalars().all()
    from sitrep.store.migrations import MIGRATIONS

    assert versions == [v for v, _, _ in MIGRATIONS]


def made_before(path: Path, version: int, *statements: str) -> None:
    """Make the store at `path` as a store from before migration `version`: `statements` undo
    what the migration adds, and the migration is no longer recorded, so the next open runs it."""
    from sqlalchemy import create_engine

    old = create_engine(f"sqlite:///{path}")
    with old.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
        conn.execute(text(f"DELETE FROM schema_migrations WHERE version = {version}"))
    old.dispose()


def test_a_store_made_before_anchored_times_gains_the_column(tmp_path: Path) -> None:
    """Opening a store made by an earlier sitrep migrates it in place: what it held stays, and
    new extractions keep the day an offset points to."""
    from sqlalchemy import inspect, text

    from sitrep.model import TimeExpr

    def with_time(text: str, anchored: str | None) -> Extraction:
        time = TimeExpr(29, 38, "on Friday", "P2D", "duration", 0.9, anchored)
        return dataclasses.replace(make_extraction(text), times=(time,))

    path = tmp_path / "old.db"
    store = Store(str(path))
    store.save_batch([with_time(TEXT, None)])
    store.close()
    made_before(path, 5, "ALTER TABLE times DROP COLUMN anchored")
    reopened = Store(str(path))
    reopened.save_batch([with_time(TEXT + " Two days earlier, a drone hit Odesa.", "2024-10-23")])
    with reopened.engine.connect() as conn:
        assert "anchored" in {c["name"] for c in inspect(conn).get_columns("times")}
        rows = conn.execute(text("SELECT anchored FROM times")).scalars()
        assert sorted(rows, key=str) == ["2024-10-23", None]


def test_an_unusable_database_path_is_a_store_error(tmp_path: Path) -> None:
    from sitrep.errors import StoreError

    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(str(tmp_path / "dir.db"))


def test_a_frozen_extraction_is_not_mutated_by_saving(store: Store) -> None:
    extraction = make_extraction()
    before = dataclasses.asdict(extraction)
    store.save_batch([extraction])
    assert dataclasses.asdict(extraction) == before


def test_event_evidence_is_its_own_sentence() -> None:
    from sitrep.store.flatten import sentence_around

    text = "A drone hit Kyiv, officials said. Meanwhile, missiles struck Dnipro.\nNext line here."
    start = text.index("Meanwhile")
    assert sentence_around(text, start, start + 9) == "Meanwhile, missiles struck Dnipro."
    assert sentence_around(text, 2, 7) == "A drone hit Kyiv, officials said."
    assert sentence_around(text, text.index("Next"), len(text)) == "Next line here."


@pytest.mark.parametrize(
    "hostile", ["../../etc/passwd", "/etc/passwd", "..", "a/../../b", "\x00x", "ok-id_1.2"]
)
def test_per_article_export_stays_inside_its_folder(tmp_path: Path, hostile: str) -> None:
    from sitrep.export import export_per_article

    store = Store(str(tmp_path / "e.db"))
    store.save_batch([make_extraction(article_id=hostile)])
    target = tmp_path / "out"
    (path,) = export_per_article(store, target)
    assert path.parent == target.resolve()
    assert json.loads(path.read_text())["article"]["id"] == hostile


@pytest.mark.parametrize("bound", ["2024", "2024-02", "2024-02-29", " 2024-10-26 "])
def test_date_bounds_that_exist_are_kept(bound: str) -> None:
    from sitrep.store.queries import check_date_bound

    assert check_date_bound(bound) == bound.strip()


@pytest.mark.parametrize("bound", ["yesterday", "2024-13", "2023-02-29", "24-01-01", "2024-1-1"])
def test_date_bounds_that_do_not_exist_are_refused(bound: str) -> None:
    """Compared as text, they would quietly match nothing (or everything)."""
    from sitrep.store.queries import check_date_bound

    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        check_date_bound(bound)


@pytest.mark.parametrize(
    ("bound", "day"),
    [
        ("2024", "2024-12-31"),
        ("2024-02", "2024-02-29"),
        ("2023-02", "2023-02-28"),
        ("2024-10-05", "2024-10-05"),
    ],
)
def test_an_until_bound_reaches_the_last_day_of_its_period(bound: str, day: str) -> None:
    from sitrep.store.queries import last_day

    assert last_day(bound) == day


def test_the_ledger_rebuilds_and_reads_on_both_backends(store: Store) -> None:
    """Rebuilding used to make PostgreSQL run its DELETEs through a server-side cursor."""
    from sitrep.store.ledger import event_detail, rebuild_ledger, timeline

    store.save_batch([make_extraction()])
    assert rebuild_ledger(store).events == 1
    assert rebuild_ledger(store).events == 1
    with store.engine.connect() as conn:
        (event,) = timeline(conn)
        detail = event_detail(conn, event["id"])
    assert detail is not None and detail["versions"][0]["killed"] == 2


def _canonical_events(store: Store, *ids: str) -> None:
    from sitrep.store import ledger_schema

    rows = [{"id": i, "type": "attack", "reports": 1, "articles": 1} for i in ids]
    with store.engine.begin() as conn:
        conn.execute(ledger_schema.canonical_events.insert(), rows)


def test_an_unknown_id_and_an_ambiguous_prefix_are_different_answers(store: Store) -> None:
    from sitrep.errors import AmbiguousEventId
    from sitrep.store.ledger import event_detail

    _canonical_events(store, "ev-aa11", "ev-aa22", "ev-b1", "ev-bxc")
    with store.engine.connect() as conn:
        assert event_detail(conn, "ev-zz") is None
        assert event_detail(conn, "ev-b_") is None  # LIKE's wildcards are taken literally
        assert event_detail(conn, "ev-aa2")["id"] == "ev-aa22"  # type: ignore[index]
        assert event_detail(conn, "EV-AA2")["id"] == "ev-aa22"  # type: ignore[index]
        with pytest.raises(AmbiguousEventId) as raised:
            event_detail(conn, "ev-aa")
    assert raised.value.matches == ["ev-aa11", "ev-aa22"]
    assert "give more of the id" in str(raised.value)


def test_newest_first_lists_put_the_undated_last_on_both_backends(store: Store) -> None:
    text = "Shelling hit Kherson, officials said."
    claim = Attribution(
        claim=Offsets(0, 20),
        source=Source(22, 31, "officials", "anonymous_official"),
        cue=Cue(32, 36, "said", "say"),
    )
    undated = Extraction(
        article=Article(id="u", text=text),
        attributions=(claim,),
        events=(Event(0, 8, "attack"),),
        pipeline_version="1",
    )
    store.save_batch([undated, make_extraction()])
    with store.engine.connect() as conn:
        assert [e["date"] for e in list_events(conn, EventFilter())] == ["2024-10-25", None]
        published = [c["published"] for c in list_claims(conn, EventFilter())]
        assert published[0] is not None and published[-1] is None


@pytest.mark.parametrize(
    ("stored", "read"), [("true", True), ("false", False), ("mixed", "mixed"), (None, None)]
)
def test_a_stored_direct_quote_reads_as_the_extraction_gave_it(
    stored: str | None, read: bool | str | None
) -> None:
    from sitrep.store.flatten import read_direct_quote

    assert read_direct_quote(stored) == read and type(read_direct_quote(stored)) is type(read)


def test_search_marks_the_words_found_the_same_way_on_both_backends(store: Store) -> None:
    store.save_batch([make_extraction()])
    with store.engine.connect() as conn:
        (found,) = search_articles(conn, "drones")
    assert "[drones]" in found["snippet"]


@pytest.mark.parametrize("words", ["Kyiv's", "Kyiv’s", "kyiv's,", "Russian's drones"])
def test_a_possessive_searches_its_word_on_both_backends(store: Store, words: str) -> None:
    """ "Kharkiv's" found nothing where "Kharkiv" found three: each engine read it as "… s"."""
    store.save_batch([make_extraction(TEXT.replace("Kyiv", "the capital Kyiv"))])
    with store.engine.connect() as conn:
        assert [r["title"] for r in search_articles(conn, words)] == ["Strike on Kyiv"]


@pytest.mark.parametrize("bracketed", ["[sic]", "[Photo: Agency]", "[drones]", "[", "]"])
def test_search_hits_are_told_from_an_article_s_own_brackets_on_both_backends(
    store: Store, bracketed: str
) -> None:
    """A snippet's "[sic]" was shown as a hit: `hits` gives where the found words are."""
    text = TEXT.replace("struck", f"{bracketed} struck")
    store.save_batch([make_extraction(text)])
    with store.engine.connect() as conn:
        (found,) = search_articles(conn, "drones")
    snippet = found["snippet"]
    assert {snippet[h["start"] : h["end"]] for h in found["hits"]} == {"drones"}
    assert all(snippet[h["start"] - 1] + snippet[h["end"]] == "[]" for h in found["hits"])


@pytest.mark.parametrize(
    ("actor", "found"),
    [
        ("Russia", 1),
        ("russian", 1),
        ("Russian forces", 1),
        ("Ukrainian", 1),  # the target
        ("Moscow's troops", 1),
        ("Kenyan", 0),
        ("Israeli", 0),
    ],
)
def test_the_actor_filter_reads_a_people_as_its_country(
    store: Store, actor: str, found: int
) -> None:
    """ "Russian", "Israeli" or "Kenyan" found nothing: the store keeps the country's name."""
    store.save_batch([make_extraction()])
    with store.engine.connect() as conn:
        assert len(list_events(conn, EventFilter(actor=actor))) == found


@pytest.mark.parametrize(
    ("stored", "actor", "found"),
    [
        ("Somalia", "Somali", 1),
        ("Somalia", "Malian", 0),  # Mali is a country of its own, not part of the name
        ("Romania", "Omani", 0),  # the text as typed is found at the start of a word only
        ("Romania", "Romanian", 1),
        ("Nigeria", "Nigerien", 0),
        ("South Sudan", "Sudanese", 0),
        ("South Sudan", "south sudanese", 1),
        ("Equatorial Guinea", "Guinean", 0),
        ("Equatorial Guinea", "Guinea", 1),  # the text as typed is still found anywhere
    ],
)
def test_a_people_finds_its_own_country_not_one_holding_its_name(
    store: Store, stored: str, actor: str, found: int
) -> None:
    """ "Malian" found Somalia and "Sudanese" South Sudan: the country was matched as a
    substring. The event list and the ledger's timeline read the filter alike."""
    from sitrep.store.ledger import rebuild_ledger, timeline

    extraction = make_extraction()
    events = tuple(dataclasses.replace(e, actor=stored) for e in extraction.events)
    store.save_batch([dataclasses.replace(extraction, events=events)])
    rebuild_ledger(store)
    with store.engine.connect() as conn:
        listed = list_events(conn, EventFilter(actor=actor))
        assert (len(listed), len(timeline(conn, actor=actor))) == (found, found)


@pytest.mark.parametrize("words", ["drone", "killed", "confirms"])
def test_search_finds_other_forms_of_a_word_on_both_backends(store: Store, words: str) -> None:
    """The same question found fewer articles in SQLite, which matched words exactly, than in
    PostgreSQL, whose English search matches "drones" for "drone"."""
    store.save_batch([make_extraction()])
    with store.engine.connect() as conn:
        assert [r["title"] for r in search_articles(conn, words)] == ["Strike on Kyiv"]


def test_a_store_made_before_stemmed_search_finds_its_articles_stemmed(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(str(path))
    store.save_batch([make_extraction()])
    store.close()
    made_before(
        path,
        11,
        "DROP TABLE articles_fts",
        "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text)",
        "INSERT INTO articles_fts SELECT id, title, text FROM articles",
    )
    with Store(str(path)).engine.connect() as conn:
        assert [r["title"] for r in search_articles(conn, "drone")] == ["Strike on Kyiv"]


def test_search_snippets_mark_where_the_article_goes_on_on_both_backends(store: Store) -> None:
    """PostgreSQL's snippets had no " … " where they cut the text, SQLite's had."""
    filler = " ".join(f"Paragraph {n} of the report describes the damage." for n in range(12))
    text = f"{TEXT} {filler} Both sides agreed a ceasefire late on Sunday. {filler}"
    store.save_batch([make_extraction(text)])
    with store.engine.connect() as conn:
        (middle,) = search_articles(conn, "ceasefire")
        (start,) = search_articles(conn, "Russian")
    assert middle["snippet"].startswith(" … ") and middle["snippet"].endswith(" … ")
    assert "[ceasefire]" in middle["snippet"]
    assert start["snippet"].startswith("[Russian] drones") and start["snippet"].endswith(" … ")


def _dated(date: str, article_id: str) -> Extraction:
    extraction = make_extraction(f"{TEXT} Filed {article_id}.", article_id=article_id)
    return dataclasses.replace(
        extraction, events=(dataclasses.replace(extraction.events[0], date=date),)
    )


def test_a_week_or_a_quarter_sorts_and_filters_by_its_days(store: Store) -> None:
    """As text, "2024-W43" sorts after every day of 2024 and outside any month's bounds."""
    store.save_batch(
        [_dated("2024-W43", "week"), _dated("2024-12-01", "day"), _dated("2024-Q3", "quarter")]
    )
    with store.engine.connect() as conn:

        def dates(**bounds: str) -> list[str]:
            return [e["date"] for e in list_events(conn, EventFilter(**bounds))]

        assert dates() == ["2024-12-01", "2024-W43", "2024-Q3"]
        assert dates(since="2024-10-22", until="2024-10") == ["2024-W43"]
        assert dates(since="2024-09-30", until="2024-09-30") == ["2024-Q3"]


def test_a_store_made_before_event_days_gains_them_filled(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(str(path))
    store.save_batch([_dated("2024-W43", "week")])
    store.close()
    made_before(
        path,
        6,
        "DROP INDEX ix_events_when",
        "ALTER TABLE events DROP COLUMN date_start",
        "ALTER TABLE events DROP COLUMN date_end",
    )
    with Store(str(path)).engine.connect() as conn:
        (row,) = conn.execute(text("SELECT date_start, date_end FROM events")).all()
    assert tuple(row) == ("2024-10-21", "2024-10-27")


def _at_least(killed: float, article_id: str = "floor") -> Extraction:
    extraction = make_extraction(f"{TEXT} Filed {article_id}.", article_id=article_id)
    event = dataclasses.replace(extraction.events[0], killed=killed, killed_hedge="lower_bound")
    return dataclasses.replace(extraction, events=(event,))


def test_an_event_row_says_how_its_toll_was_worded(store: Store) -> None:
    """A list row with "16 killed" for "at least 16 killed" would state a floor as a count."""
    store.save_batch([_at_least(16), make_extraction()])
    with store.engine.connect() as conn:
        rows = list_events(conn, EventFilter())
    worded = {(e["killed"], e["killed_hedge"], e["injured_hedge"]) for e in rows}
    assert worded == {(16, "lower_bound", None), (2, None, None)}


def test_a_store_made_before_toll_hedges_gains_them_filled(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(str(path))
    store.save_batch([_at_least(16), make_extraction()])
    store.close()
    made_before(
        path,
        7,
        "ALTER TABLE events DROP COLUMN killed_hedge",
        "ALTER TABLE events DROP COLUMN injured_hedge",
    )
    with Store(str(path)).engine.connect() as conn:
        rows = conn.execute(text("SELECT killed, killed_hedge FROM events ORDER BY 1")).all()
    assert [tuple(r) for r in rows] == [(2, None), (16, "lower_bound")]


def test_a_run_counts_what_it_stored_even_after_it_was_closed(store: Store) -> None:
    """A Dask task still running at Ctrl-C commits after the run's record is closed."""
    run_id = store.start_run("1", "model")
    store.save_batch([make_extraction()], run_id)
    store.finish_run(run_id, present=0, failed=0)
    store.save_batch([make_extraction(TEXT + " Late."), make_extraction()], run_id)
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.runs).where(schema.runs.c.id == run_id)).one()
    assert (row.ingested, row.present, row.finished_at is not None) == (2, 0, True)


def test_a_store_made_before_worded_incident_tolls_gains_them_at_the_rebuild(
    tmp_path: Path,
) -> None:
    """An incident list that read "16 killed" for "at least 16" would state a floor as a count."""

    from sitrep.store.ledger import rebuild_ledger

    path = tmp_path / "old.db"
    Store(str(path)).close()
    made_before(
        path,
        8,
        "ALTER TABLE canonical_events DROP COLUMN killed_worded",
        "ALTER TABLE canonical_events DROP COLUMN injured_worded",
    )
    store = Store(str(path))
    store.save_batch([_at_least(16)])
    rebuild_ledger(store)
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT killed_worded FROM canonical_events")).all()
    assert [tuple(r) for r in rows] == [("at least 16",)]


def test_a_store_made_before_given_places_gains_the_column(tmp_path: Path) -> None:
    """Migration 10: a ledger made before the place each claim value was given for keeps working
    and fills the column at its next rebuild."""
    from sqlalchemy import inspect

    from sitrep.store.ledger import rebuild_ledger

    path = tmp_path / "old.db"
    Store(str(path)).close()
    made_before(path, 10, "ALTER TABLE claim_values DROP COLUMN given_place")
    store = Store(str(path))
    store.save_batch([_at_least(16)])
    rebuild_ledger(store)
    columns = {c["name"] for c in inspect(store.engine).get_columns("claim_values")}
    assert "given_place" in columns


def interrupted_quote(article_id: str = "quote", date: str | None = None) -> Extraction:
    """A quote its reporting clause interrupts: one claim, two parts."""
    text = (
        f"“Kyiv has no power,” the governor said on Saturday. “We need help.” Filed {article_id}."
    )
    first, second, end = text.index("“Kyiv"), text.index("“We"), text.index(" Filed")
    governor = text.index("the governor")
    quote = Attribution(
        claim=Offsets(first, end),
        source=Source(governor, governor + len("the governor"), "the governor", "named_official"),
        cue=Cue(text.index("said"), text.index("said") + 4, "said", "say"),
        direct_quote=True,
        date=date,
        parts=(Offsets(first, governor - 1), Offsets(second, end)),
    )
    article = Article(id=article_id, text=text, published=dt.date(2024, 10, 26))
    return Extraction(article=article, attributions=(quote,), pipeline_version="1")


def test_a_claim_s_parts_are_stored_and_listed_with_what_was_said(store: Store) -> None:
    """A list or an export that wrote the claim's whole span would quote the reporting clause."""
    store.save_batch([interrupted_quote()])
    with store.engine.connect() as conn:
        (row,) = list_claims(conn, EventFilter())
        (payload,) = current_payloads(conn)
    text = payload["text"]
    assert [text[p["start"] : p["end"]] for p in row["parts"]] == [
        "“Kyiv has no power,”",
        "“We need help.”",
    ]
    assert row["claim_text"] == "“Kyiv has no power,” … “We need help.”"
    assert payload["attributions"][0]["parts"] == row["parts"]


def test_a_claim_dated_to_a_week_is_in_each_month_the_week_touches(store: Store) -> None:
    """As text, "2024-W44" is after every October day and before no November one."""
    store.save_batch(
        [interrupted_quote("week", "2024-W44"), interrupted_quote("day", "2024-11-15")]
    )
    with store.engine.connect() as conn:

        def dates(**bounds: str) -> list[str]:
            return sorted(c["date"] for c in list_claims(conn, EventFilter(**bounds)))

        assert dates(since="2024-10", until="2024-10") == ["2024-W44"]
        assert dates(since="2024-11-01", until="2024-11") == ["2024-11-15", "2024-W44"]
        assert dates(since="2024-11-04") == ["2024-11-15"]
        assert dates(until="2024-10-27") == []


def test_a_store_made_before_claim_parts_gains_them_and_the_days(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(str(path))
    store.save_batch([interrupted_quote(date="2024-W44")])
    store.close()
    made_before(
        path,
        9,
        *(
            f"ALTER TABLE attributions DROP COLUMN {column}"
            for column in ("parts", "date_start", "date_end")
        ),
    )
    with Store(str(path)).engine.connect() as conn:
        (row,) = list_claims(conn, EventFilter(since="2024-10-31", until="2024-10"))
    assert (row["date_start"], row["date_end"]) == ("2024-10-28", "2024-11-03")
    assert row["parts"] == [{"start": row["start"], "end": row["end"]}]  # the whole claim


@pytest.mark.parametrize(
    ("db", "shown"),
    [
        ("news.db", "news.db"),
        ("postgresql://sitrep:s3cret@db:5432/news", "postgresql://sitrep:***@db:5432/news"),
        ("postgresql://sitrep@db/news", "postgresql://sitrep@db/news"),
    ],
)
def test_a_database_is_shown_without_its_password(db: str, shown: str) -> None:
    from sitrep.store import shown_database

    assert shown_database(db) == shown


def test_a_database_that_cannot_be_opened_is_named_without_its_password() -> None:
    """The error ends up in terminal scrollback and CI logs; it gives the driver's reason, not
    SQLAlchemy's SQL and links."""
    from sitrep.errors import StoreError

    with pytest.raises(StoreError) as caught:
        Store("postgresql://sitrep:s3cret@127.0.0.1:1/news")
    message = str(caught.value)
    assert "sitrep:***@127.0.0.1:1/news" in message and "s3cret" not in message
    assert "sqlalche.me" not in message


def test_a_store_made_before_period_spans_gains_their_days(store: Store) -> None:
    """Events and claims dated to a decade, a season or a weekend had no days (or the whole
    week) in stores made before those had spans; they sorted and filtered as the report's day.
    The migration fills them from the stored dates, and rebuilds the ledger dated from them."""
    from sitrep.store import ledger_schema
    from sitrep.store.ledger import rebuild_ledger

    def said_and_dated(date: str, article_id: str) -> Extraction:
        extraction = _dated(date, article_id)
        claim = dataclasses.replace(extraction.attributions[0], date=date)
        return dataclasses.replace(extraction, attributions=(claim,))

    store.save_batch(
        [
            said_and_dated("196", "decade"),
            said_and_dated("2013-SU", "season"),
            said_and_dated("2024-W43-WE", "weekend"),
        ]
    )
    rebuild_ledger(store)
    with store.engine.begin() as conn:
        for table in ("events", "attributions", "canonical_events"):
            conn.execute(text(f"UPDATE {table} SET date_start = NULL, date_end = NULL"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 12"))
    reopened = Store(store.url)
    with reopened.engine.connect() as conn:
        days = [
            [
                tuple(row)
                for row in conn.execute(
                    text(f"SELECT date, date_start, date_end FROM {table} ORDER BY date")
                )
            ]
            for table in ("events", "attributions")
        ]
        incidents = conn.execute(select(ledger_schema.canonical_events.c.date_start)).all()
        assert incidents and all(start for (start,) in incidents)
    reopened.close()
    assert (
        days[0]
        == days[1]
        == [
            ("196", "1960-01-01", "1969-12-31"),
            ("2013-SU", "2013-06-01", "2013-08-31"),
            ("2024-W43-WE", "2024-10-26", "2024-10-27"),
        ]
    )


@pytest.mark.parametrize("query", ["the", "The OR of", "  ", "*", '"'])
def test_a_query_of_only_common_words_is_nothing_to_search_for_on_both_backends(
    store: Store, query: str
) -> None:
    """ "the" found every article on SQLite and none on PostgreSQL."""
    from sitrep.errors import BadInput

    store.save_batch([make_extraction()])
    with store.engine.connect() as conn, pytest.raises(BadInput, match="nothing to search for"):
        search_articles(conn, query)


def test_common_words_in_a_query_are_left_out_on_both_backends(store: Store) -> None:
    """SQLite required "the" and "or" to be in the article ("drones or rockets": nothing);
    PostgreSQL left them out."""
    store.save_batch([make_extraction()])
    with store.engine.connect() as conn:
        assert [r["title"] for r in search_articles(conn, "the drones OR Kyiv")] == [
            "Strike on Kyiv"
        ]


def test_a_searched_word_is_one_with_a_letter_or_digit_not_only_common_words() -> None:
    from sitrep.store.search_words import search_words

    assert search_words("the al-Shabaab attack, don't 2024") == ["al-Shabaab", "attack,", "2024"]


def test_a_stop_word_in_capitals_is_an_acronym_and_searched() -> None:
    from sitrep.store.search_words import search_words

    assert search_words("WHO warning") == ["WHO", "warning"]
    assert search_words("IS") == ["IS"]
    assert search_words("who warned OR AND A") == ["warned"]


def test_an_acronym_that_is_a_stop_word_is_searched_on_sqlite(store: Store) -> None:
    """ "IS" (the Islamic State) was refused as a query of common words only."""
    claimed = "IS fighters struck Kyiv on Friday, killing two, officials said."
    store.save_batch([make_extraction(claimed)])
    with store.engine.connect() as conn:
        assert [r["title"] for r in search_articles(conn, "IS fighters")] == ["Strike on Kyiv"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("WHO", ["acronym", "acronym-end", "address", "hyphened", "possessive"]),
        ("WHO hospitals", ["acronym", "acronym-end"]),
        ("who hospitals", ["acronym", "acronym-end", "pronoun"]),
        ("IS", ["islamic-state"]),
    ],
)
def test_an_acronym_that_is_a_stop_word_finds_the_same_articles_on_both_backends(
    store: Store, query: str, found: list[str]
) -> None:
    """ "WHO" found nothing on PostgreSQL (its english search drops "who") and every article
    with "who" on SQLite (its index folds case): both look for the capitals, as a whole word."""
    texts = {
        "acronym": "The WHO said hospitals in Kyiv were struck on Friday, officials said.",
        "acronym-end": "Hospitals in Kyiv were struck on Friday, officials said, citing WHO",
        "pronoun": "Doctors who ran hospitals in Kyiv fled on Friday, officials said.",
        "inside-a-word": "WHOLESALE markets in Kyiv were struck on Friday, officials said.",
        # PostgreSQL's index of words in capitals must hold each of these "WHO"s
        "possessive": "The WHO's envoy reached Kyiv on Friday, officials said.",
        "hyphened": "A WHO-led team toured clinics in Kyiv on Friday, officials said.",
        "address": "Requests went to press@WHO.INT about Kyiv on Friday, officials said.",
        "islamic-state": "IS fighters struck Kyiv on Friday, killing two, officials said.",
    }
    store.save_batch([make_extraction(body, article_id=key) for key, body in texts.items()])
    with store.engine.connect() as conn:
        rows = search_articles(conn, query)
        found_texts = {
            conn.execute(
                select(schema.articles.c.text).where(schema.articles.c.id == r["id"])
            ).scalar_one()
            for r in rows
        }
    assert sorted(key for key, body in texts.items() if body in found_texts) == found


AREA_TEXT = "Rebels held about 150 square miles around Kyiv on Friday, officials said."


def _with_area(article_id: str, text: str, words: str, unit: str, value: float) -> Extraction:
    """A report of the area rebels hold, given in `unit`."""
    from sitrep.model import Quantity

    start = text.index(words)
    area = Quantity(start, start + len(words), words, value, unit=unit, measure="area")
    return dataclasses.replace(make_extraction(text, article_id=article_id), quantities=(area,))


def test_a_claim_value_keeps_the_unit_its_report_gave(store: Store) -> None:
    """The ledger wrote each value's own unit: one read from the current extraction by index
    was another quantity's once the article was extracted again without a ledger rebuild."""
    from sitrep.store.ledger import claim_history, rebuild_ledger

    other = AREA_TEXT.replace("about 150 square miles", "about 400 square kilometres")
    store.save_batch(
        [
            _with_area("a1", AREA_TEXT, "about 150 square miles", "square mile", 150),
            _with_area("a2", other, "about 400 square kilometres", "square kilometre", 400),
        ]
    )
    rebuild_ledger(store)
    again = dataclasses.replace(
        _with_area("a2", other, "about 400 square kilometres", "hectare", 400),
        pipeline_version="2",
    )
    store.save_batch([again])
    with store.engine.connect() as conn:
        (history,) = claim_history(conn, "area")
    units = {v["text"]: v["reported_unit"] for v in history["values"]}
    assert units == {
        "about 150 square miles": "square mile",
        "about 400 square kilometres": "square kilometre",
    }


def test_a_store_made_before_series_starts_gains_them_and_reported_units(tmp_path: Path) -> None:
    """Opening a store made before migration 13 adds the columns and rebuilds its ledger once,
    which fills them."""
    from sqlalchemy import inspect

    from sitrep.store.ledger import rebuild_ledger

    path = tmp_path / "old.db"
    store = Store(str(path))
    store.save_batch([_with_area("a1", AREA_TEXT, "about 150 square miles", "square mile", 150)])
    rebuild_ledger(store)
    store.close()
    made_before(
        path,
        13,
        "ALTER TABLE claim_values DROP COLUMN reported_unit",
        "ALTER TABLE claim_subjects DROP COLUMN since",
    )
    reopened = Store(str(path))
    with reopened.engine.connect() as conn:
        assert "since" in {c["name"] for c in inspect(conn).get_columns("claim_subjects")}
        units = conn.execute(text("SELECT reported_unit FROM claim_values")).scalars().all()
    reopened.close()
    assert units == ["square mile"]


def test_a_rebuild_interrupted_after_the_migrations_is_finished_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 13 commits before the ledger rebuild that fills its columns: a rebuild cut
    short (Ctrl-C) must be owed, not forgotten, or the columns stay empty for good."""
    import sitrep.store.ledger

    path = _store_owing_a_rebuild(tmp_path)

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(sitrep.store.ledger, "replace_ledger", interrupted)
        with pytest.raises(KeyboardInterrupt):
            Store(str(path))
    reopened = Store(str(path))
    with reopened.engine.connect() as conn:
        units = conn.execute(text("SELECT reported_unit FROM claim_values")).scalars().all()
        owed = conn.execute(select(schema.ledger_rebuilds_owed)).all()
    reopened.close()
    assert units == ["square mile"] and owed == []


def _store_owing_a_rebuild(tmp_path: Path) -> Path:
    """An SQLite store with a ledger, made as before migration 13: its next open owes a rebuild."""
    from sitrep.store.ledger import rebuild_ledger

    path = tmp_path / "old.db"
    store = Store(str(path))
    store.save_batch([_with_area("a1", AREA_TEXT, "about 150 square miles", "square mile", 150)])
    rebuild_ledger(store)
    store.close()
    made_before(path, 13, "ALTER TABLE claim_values DROP COLUMN reported_unit")
    return path


def test_an_owed_rebuild_is_made_once_by_stores_opened_together(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dask workers opening the store after a migration all see the rebuild owed: the second must
    wait for the first one's rebuild and find nothing left owed, not rebuild again (on
    PostgreSQL its inserts hit the first one's keys)."""
    import threading

    import sitrep.store.ledger
    from sitrep.store.ledger import rebuild_ledger

    store.save_batch([make_extraction()])
    rebuild_ledger(store)
    with store.engine.begin() as conn:
        conn.execute(schema.ledger_rebuilds_owed.insert().values(version=13))
    real_replace = sitrep.store.ledger.replace_ledger
    rebuilding, second_started = threading.Event(), threading.Event()
    rebuilds: list[str] = []

    def slow_replace(conn: object) -> object:
        rebuilds.append(threading.current_thread().name)
        rebuilding.set()
        second_started.wait(5)
        return real_replace(conn)

    monkeypatch.setattr(sitrep.store.ledger, "replace_ledger", slow_replace)
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            Store(store.url).close()
        except BaseException as error:  # reported to the test's thread
            errors.append(error)

    first = threading.Thread(target=open_store, name="first")
    first.start()
    assert rebuilding.wait(30)
    second = threading.Thread(target=open_store, name="second")
    second.start()
    second.join(0.5)
    second_started.set()
    first.join()
    second.join()
    with store.engine.connect() as conn:
        owed = conn.execute(select(schema.ledger_rebuilds_owed)).all()
    assert errors == [] and rebuilds == ["first"] and owed == []


def test_an_up_to_date_store_opens_while_another_connection_writes(tmp_path: Path) -> None:
    """`sitrep serve` or a query started during an ingest: with nothing to migrate, opening takes
    no write lock, so it does not wait for (and time out on) the ingest's transaction."""
    import time

    from sqlalchemy import create_engine

    path = tmp_path / "busy.db"
    Store(str(path)).close()
    writer = create_engine(f"sqlite:///{path}")
    with writer.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        conn.execute(
            schema.runs.insert().values(
                pipeline_version="1", model="m", started_at=dt.datetime(2025, 1, 1)
            )
        )
        started = time.monotonic()
        Store(str(path)).close()
        assert time.monotonic() - started < 5
        conn.rollback()
    writer.dispose()


def test_a_second_opening_waits_for_the_first_ones_migrations(tmp_path: Path) -> None:
    """Two processes opening one old SQLite store: the second must not read the versions before
    the first has recorded them, or it runs migration 13 again ("duplicate column")."""
    import threading

    from sqlalchemy import create_engine

    from sitrep.store.migrations import migrate

    path = tmp_path / "old.db"
    Store(str(path)).close()
    made_before(
        path,
        13,
        "ALTER TABLE claim_values DROP COLUMN reported_unit",
        "ALTER TABLE claim_subjects DROP COLUMN since",
    )
    first = create_engine(f"sqlite:///{path}")
    errors: list[BaseException] = []

    def open_second() -> None:
        try:
            Store(str(path)).close()
        except BaseException as error:  # reported to the test's thread
            errors.append(error)

    with first.connect() as conn:
        migrating = conn.begin()
        assert migrate(conn) == [13]
        second = threading.Thread(target=open_second)
        second.start()
        second.join(0.5)
        assert second.is_alive()  # waiting for the first one's lock
        migrating.commit()
    second.join()
    first.dispose()
    assert errors == []
