"""The ledger across articles: entities, canonical events, claim histories, contradictions.

Hand-made extractions only (no model): the constructed cross-article set's gold fields are turned
into the extractions a perfect extractor would give, so these tests measure the linker alone.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sitrep import link
from sitrep.model import (
    Article,
    Attribution,
    Event,
    EventPlace,
    Extraction,
    Offsets,
    Place,
    Quantity,
    Source,
    Span,
)
from sitrep.store import Store
from sitrep.store import ledger_schema as ls
from sitrep.store.database import storage_id
from sitrep.store.ledger import (
    build_ledger,
    claim_history,
    entity_of,
    event_detail,
    rebuild_ledger,
    subjects_about,
    subjects_beside,
    timeline,
)

DATA = Path(__file__).parent / "data" / "cross_article"
PURITY_FLOOR = 0.95  # oracle extraction: the linker alone
COMPLETENESS_FLOOR = 0.95


def load_reports() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for line in (DATA / "reports.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]


def load_expected() -> dict[str, Any]:
    return json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def _sentence_of(text: str, start: int) -> Offsets:
    left, right = link.sentence_bounds(text, start, start)
    return Offsets(left, right)


def oracle_extraction(report: dict[str, Any], gold: dict[str, Any]) -> Extraction:
    """The extraction a perfect extractor would give for a constructed report."""
    text = report["text"]
    article = Article(
        report["id"],
        text,
        outlet=report["outlet"],
        title=report["title"],
        published=dt.date.fromisoformat(report["published"]),
    )
    quantities, places = [], []
    for q in gold["quantities"]:
        start = text.index(q["text"])
        quantities.append(
            Quantity(
                start,
                start + len(q["text"]),
                q["text"],
                q["value"],
                unit=q["unit"],
                measure=q["measure"],
                hedge=q["hedge"],
            )
        )
        if q.get("actor"):
            places.append(
                Place(
                    start,
                    start + 1,
                    q["text"][:1],
                    role="actor",
                    demonym=True,
                    refers_to=q["actor"],
                )
            )
        if q.get("place"):
            end = start + len(q["text"])
            places.append(Place(end, end, "", name=q["place"]))
    attributions = [
        Attribution(
            _sentence_of(text, text.index(s["text"])),
            Source(
                text.index(s["text"]),
                text.index(s["text"]) + len(s["text"]),
                s["text"],
                s["kind"],
                s.get("name"),
            ),
        )
        for s in gold["sources"]
    ]
    events, spans = [], []
    for e in gold["events"]:
        start = text.index(e["anchor"])
        place = (
            EventPlace(
                e["place"]["name"],
                e["place"]["lat"],
                e["place"]["lon"],
                e["place"]["level"],
                e["place"]["country"],
                e["place"]["admin1"],
            )
            if e["place"]
            else None
        )
        if e.get("caption"):
            left, _ = link.sentence_bounds(text, start, start)
            spans.append(Span(left, text.index("\n", start), "caption"))
        support = tuple(
            i for i, a in enumerate(attributions) if a.claim.start <= start < a.claim.end
        )
        events.append(
            Event(
                start,
                start + len(e["anchor"]),
                e["type"],
                actor=e["actor"],
                target=e["target"],
                place=place,
                date=e["date"],
                killed=e["killed"],
                injured=e["injured"],
                quantities=tuple(e["quantities"]),
                attributions=support,
                modality=e["modality"],
            )
        )
    return Extraction(
        article,
        spans=tuple(spans),
        places=tuple(places),
        quantities=tuple(quantities),
        attributions=tuple(attributions),
        events=tuple(events),
        pipeline_version="oracle",
    )


@pytest.fixture(scope="module")
def oracle() -> list[Extraction]:
    expected = load_expected()
    return [oracle_extraction(r, expected["reports"][r["id"]]) for r in load_reports()]


@pytest.fixture(scope="module")
def ledger(oracle: list[Extraction]) -> Any:
    return build_ledger([(x.article.id, x.to_json()) for x in oracle])


def gold_labels(expected: dict[str, Any]) -> dict[str, str]:
    return {
        f"{rid}:{i}": e["gold"]
        for rid, r in expected["reports"].items()
        for i, e in enumerate(r["events"])
    }


def predicted_labels(clusters: list[link.Cluster]) -> dict[str, str]:
    return {r.key: c.id for c in clusters for r in c.reports}


# --- the constructed set, linked from gold fields -------------------------------------------


def test_constructed_set_is_marked_and_sized() -> None:
    reports = load_reports()
    assert 8 <= len(reports) <= 12
    assert all(r["constructed"] for r in reports)
    assert "CONSTRUCTED" in (DATA / "README.md").read_text(encoding="utf-8")
    assert len({r["outlet"] for r in reports}) >= 5 and len({r["published"] for r in reports}) >= 4


def test_oracle_clusters_meet_the_floors(ledger: Any) -> None:
    scores = link.cluster_scores(predicted_labels(ledger.clusters), gold_labels(load_expected()))
    assert scores["purity"] >= PURITY_FLOOR, scores
    assert scores["completeness"] >= COMPLETENESS_FLOOR, scores


def test_every_report_is_kept_in_its_cluster(ledger: Any, oracle: list[Extraction]) -> None:
    kept = sorted(r.key for c in ledger.clusters for r in c.reports)
    assert kept == sorted(f"{x.article.id}:{i}" for x in oracle for i in range(len(x.events)))


def test_caption_joins_the_event_it_illustrates(ledger: Any) -> None:
    (cluster,) = [c for c in ledger.clusters if any(r.key == "r04:1" for r in c.reports)]
    assert [r.key for r in cluster.duplicates] == ["r04:1"]
    assert {r.article_id for r in cluster.members} == {"r02", "r04"}


def test_same_day_protests_in_two_cities_stay_apart(ledger: Any) -> None:
    protests = [c for c in ledger.clusters if c.type == "protest"]
    assert sorted(sorted(r.key for r in c.reports) for c in protests) == [
        ["r10:0", "r11:0"],
        ["r11:1"],
    ]


def test_cluster_summary_keeps_every_toll(ledger: Any) -> None:
    (dnipro,) = [
        c for c in ledger.clusters if c.members[0].place and c.members[0].place.name == "Dnipro"
    ]
    summary = link.canonical_summary(dnipro, ledger.index)
    assert (summary["killed_min"], summary["killed_max"]) == (4, 5)
    assert summary["place_name"] == "Dnipro" and summary["date"] == "2024-10-25"
    assert summary["articles"] == 2 and summary["outlets"] == [
        "Kyiv Morning Report",
        "Northern Courier",
    ]


@pytest.mark.parametrize("history", load_expected()["histories"], ids=lambda h: h["about"])
def test_claim_histories_match_the_gold(ledger: Any, history: dict[str, Any]) -> None:
    matches = link.matching_subjects(ledger.histories, history["about"])
    wanted = history["subject"]
    chosen = [
        h
        for h in matches
        if all(
            dict(zip(("measure", "unit", "actor", "place", "topic"), h.subject, strict=True))[k]
            == v
            for k, v in wanted.items()
        )
    ]
    assert chosen, [h.label for h in matches]
    values = [[v.article_id, v.value, v.hedge] for h in chosen for v in h.values]
    assert values == history["values"]
    found = sorted(
        sorted([c.first.article_id, c.second.article_id])
        for h in chosen
        for c in link.contradictions(h)
    )
    assert found == history["contradictions"]
    expected_only = {v.article_id for h in chosen for v in h.values if v.expected}
    assert expected_only == set(history.get("expected_only", []))


def test_no_contradiction_across_subjects(ledger: Any) -> None:
    """12,000 in Russia overall and 5,000 in Kursk by Monday are different subjects."""
    flagged = [c for h in ledger.histories for c in link.contradictions(h)]
    assert sorted((c.subject[0], c.first.article_id, c.second.article_id) for c in flagged) == [
        ("injured", "r02", "r05"),
        ("killed", "r02", "r05"),
    ]


@pytest.mark.parametrize("group", load_expected()["entities"], ids=lambda g: g["canonical"])
def test_entities_link_across_articles(ledger: Any, group: dict[str, Any]) -> None:
    for alias in group["aliases"]:
        assert ledger.index.canonical(alias) == group["canonical"], alias


# --- the pure functions on small cases -------------------------------------------------------


def _place(name: str, country: str, admin1: str | None, level: str, lat: float, lon: float) -> Any:
    return link.EventPlaceRecord(
        name=name, country=country, admin1=admin1, level=level, lat=lat, lon=lon
    )


def test_a_place_without_a_point_is_near_no_other() -> None:
    """A place with no coordinates is at no known distance, not at (0, 0) near a town there."""
    town = _place("Marrowby", "XX", None, "PPL", 0.05, 0.05)
    unlocated = replace(town, name="Tessel", lat=None, lon=None)
    assert link.place_compatibility(town, unlocated) is None
    assert link.place_compatibility(town, replace(town, name="Quarrend", lat=0.1)) == 2.0


def record(
    article: str,
    type_: str = "attack",
    date: str | None = "2024-10-25",
    place: str | None = "Kyiv",
    actor: str | None = "Russia",
    **fields: Any,
) -> link.EventRecord:
    places = {
        "Kyiv": _place("Kyiv", "UA", "Kyiv City", "PPLC", 50.45, 30.52),
        "Dnipro": _place("Dnipro", "UA", "Dnipropetrovsk Oblast", "PPLA", 48.45, 34.98),
        "Ukraine": _place("Ukraine", "UA", None, "PCLI", 49.0, 32.0),
        "Kursk Oblast": _place("Kursk Oblast", "RU", "Kursk Oblast", "ADM1", 51.5, 36.2),
        "Sudzha": _place("Sudzha", "RU", "Kursk Oblast", "PPL", 51.19, 35.27),
    }
    return link.EventRecord(
        article,
        fields.pop("idx", 0),
        type_,
        actor=actor,
        place=places.get(place or ""),
        date=date,
        published=fields.pop("published", "2024-10-26"),
        **fields,
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (record("x"), record("y", date="2024-10-26"), True),
        (record("x"), record("y", date="2024-10-29"), False),  # beyond the two-day window
        (record("x"), record("y", type_="protest"), False),
        (record("x"), record("y", place="Dnipro"), False),
        (record("x"), record("y", place="Ukraine"), True),  # one place inside the other
        (record("x", place="Sudzha"), record("y", place="Kursk Oblast"), True),
        (
            record("x", place="Kursk Oblast", date="2024-10"),
            record("y", place="Sudzha"),
            True,
        ),  # month only
        (record("x"), record("y", actor=None), True),
        (record("x"), record("y", actor="Ukraine"), False),
        (record("x"), record("y", place=None, actor=None), False),  # only type and day in common
        (
            record("x", date=None),
            record("y", date="2024-10-24"),
            True,
        ),  # undated: before publication
        (record("x", date="2023"), record("y"), False),  # last year's toll is no event of the day
        (record("x", date="2023"), record("y", date="2023-06-01"), False),
        (record("x", date="2023"), record("y", date="2023"), True),  # the same year's figure
        (record("x", date="2024"), record("y"), True),  # "this year": the days before publication
        (record("x", date="2024-Q3"), record("y", date="2024-09-30"), False),
        # two named speakers said two things; one speaker's words in two reports are one
        (
            record("x", "statement", sources=("an army spokesman",)),
            record("y", "statement", sources=("the prime minister",)),
            False,
        ),
        (
            record("x", "statement", sources=("the prime minister",)),
            record("y", "statement", sources=("The Prime Minister", "aides")),
            True,
        ),
        (record("x", "statement", sources=("the prime minister",)), record("y", "statement"), True),
        (record("x", sources=("police",)), record("y", sources=("the army",)), True),  # an attack
    ],
)
def test_compatibility(a: link.EventRecord, b: link.EventRecord, same: bool) -> None:
    assert (link.compatibility(a, b) is not None) is same


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-10-25T14:00", "2024-10-25", "2024-10-25"),
        ("2024-W43", "2024-10-21", "2024-10-27"),
        ("2024-12", "2024-12-01", "2024-12-31"),
        ("2024-Q4", "2024-10-01", "2024-12-31"),
        ("2024-H1", "2024-01-01", "2024-06-30"),
        ("2023", "2023-01-01", "2023-12-31"),
        ("2024-SU", "2024-06-01", "2024-08-31"),
    ],
)
def test_date_interval(value: str, first: str, last: str) -> None:
    assert link.date_interval(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "P3D", "2024-13"])
def test_date_interval_of_no_calendar_span_is_none(value: str | None) -> None:
    assert link.date_interval(value) is None


def test_clustering_is_order_free_and_idempotent() -> None:
    records = [
        record("a"),
        record("b", date="2024-10-26"),
        record("c", place="Dnipro"),
        record("d", actor=None),
    ]
    first = link.cluster_events(records)
    again = link.cluster_events(list(reversed(records)))
    assert [(c.id, sorted(r.key for r in c.reports)) for c in first] == [
        (c.id, sorted(r.key for r in c.reports)) for c in again
    ]
    assert sorted(len(c.reports) for c in first) == [1, 3]


def test_reports_naming_neither_place_nor_actor_stay_alone() -> None:
    """They share nothing but a type and a day with any report, so none joins them, and they
    join none, whichever comes first."""
    records = [
        record("a", place=None, actor=None),
        record("b", place=None, actor=None),
        record("c"),
        record("d", place=None),
    ]
    for order in (records, list(reversed(records))):
        groups = sorted(sorted(r.key for r in c.reports) for c in link.cluster_events(order))
        assert groups == [["a:0"], ["b:0"], ["c:0", "d:0"]]


def test_a_bare_report_retells_its_articles_leading_incident() -> None:
    """A headline "Strike kills 9" and a later "the attack began at dawn" name neither place nor
    actor, but within the article that tells the strike in Kyiv they are that strike."""
    records = [
        record("a", place=None, actor=None, idx=0, killed=9.0),
        record("a", idx=1, killed=9.0),
        record("a", place=None, actor=None, idx=2),
        record("a", place="Dnipro", idx=3),
    ]
    groups = sorted(sorted(r.key for r in c.reports) for c in link.cluster_events(records))
    assert groups == [["a:0", "a:1", "a:2"], ["a:3"]]


@pytest.mark.parametrize(
    ("bare", "alone"),
    [
        (record("a", place=None, actor=None, idx=2, killed=70.0), True),  # another toll
        (record("a", place=None, actor=None, idx=2, killed=12.0, killed_hedge="vague"), False),
        (record("a", place=None, actor=None, idx=2, date="2022-10"), True),  # years before
        (record("a", place=None, actor=None, idx=2, target="Ukraine"), True),  # another target
        (record("a", "protest", place=None, actor=None, idx=2), True),  # another kind of event
        (record("b", place=None, actor=None, idx=2), True),  # another article
    ],
)
def test_a_bare_report_that_does_not_fit_stays_apart(bare: link.EventRecord, alone: bool) -> None:
    records = [record("a", idx=0, killed=30.0, target="Russia"), bare]
    groups = sorted(sorted(r.key for r in c.reports) for c in link.cluster_events(records))
    assert (len(groups) == 2) is alone


def test_an_articles_statements_stay_many() -> None:
    """ "He said the town had fallen" and "she said aid was blocked" are two statements."""
    records = [record("a", "statement", idx=0), record("a", "statement", None, None, None, idx=1)]
    assert len(link.cluster_events(records)) == 2


def test_a_bare_report_is_not_handed_down_to_a_lesser_incident() -> None:
    """It retells the article's leading incident or none: a toll that fits only a later one
    says it is something else again."""
    records = [
        record("a", idx=0, killed=12.0),
        record("a", place=None, actor=None, idx=1, killed=1.0),
        record("a", place="Dnipro", idx=2),
    ]
    groups = sorted(sorted(r.key for r in c.reports) for c in link.cluster_events(records))
    assert groups == [["a:0"], ["a:1"], ["a:2"]]


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        (record("a", place=None), record("a", place=None, idx=1), False),  # told apart
        (record("a", place=None), record("b", place=None), True),  # another article's report
        (record("a", place=None), record("a", place=None, idx=1, duplicate_of=0), True),
        (record("a"), record("a", idx=1), True),  # a place in common: the ledger's own evidence
    ],
)
def test_an_articles_two_events_without_a_place_stay_two(
    first: link.EventRecord, second: link.EventRecord, together: bool
) -> None:
    """ "Warplanes struck a fuel depot ... warplanes also struck a bridge": one actor, one day,
    no place; only the article saw the two targets, and its reading keeps them apart."""
    clusters = link.cluster_events([first, second])
    assert (len(clusters) == 1) is together


def test_a_lone_caption_forms_no_cluster() -> None:
    clusters = link.cluster_events([record("a", caption=True), record("b", place="Dnipro")])
    assert [r.key for c in clusters for r in c.reports] == ["b:0"]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        (
            "Ukrainian President Volodymyr Zelensky",
            (("Ukraine", "president"), "Volodymyr Zelensky"),
        ),
        ("the president of Ukraine", (("Ukraine", "president"), "")),
        ("Ukraine's president", (("Ukraine", "president"), "")),
        ("Mayor Vitali Klitschko", (("", "mayor"), "Vitali Klitschko")),
        ("Brig. Gen. Ana Ruiz", (("", "brig gen"), "Ana Ruiz")),
        ("Sgt. Mike Doe", (("", "sgt"), "Mike Doe")),
        ("The New York Times", (("", ""), "New York Times")),
        ("the U.N.", (("", ""), "U.N.")),  # an abbreviation keeps its full stop
        ('"Hamas."', (("", ""), "Hamas")),
        # whom a role serves is the name: the spokesman speaks for the movement
        (
            "a spokesman for the Northern Unity Movement",
            (("", "spokesman"), "Northern Unity Movement"),
        ),
        (
            "A leader of the Civilian Joint Task Force",
            (("", "leader"), "Civilian Joint Task Force"),
        ),
        ("Bank of England", (("", ""), "Bank of England")),
    ],
)
def test_split_name(name: str, parts: tuple[tuple[str, str], str]) -> None:
    found = link.split_name(name)
    assert (found.role, found.name) == parts


def test_surname_of_two_people_stays_unresolved() -> None:
    index = link.link_entities(
        [link.Mention("Joe Biden", "named_person"), link.Mention("Hunter Biden", "named_person")]
    )
    assert index.canonical("Biden") == "Biden"
    assert index.canonical("President Joe Biden") == "Joe Biden"
    assert link.fold("Zelenskyy") == link.fold("Zelenskiy") == link.fold("Zelensky")


def claim(
    article: str, value: float, hedge: str = "exact", as_of: str = "2024-10-26", **fields: Any
) -> link.ClaimRecord:
    base: dict[str, Any] = {
        "measure": "troops",
        "unit": "troops",
        "actor": "North Korea",
        "place": "Kursk Oblast",
        "topic": None,
    }
    base.update(fields)
    return link.ClaimRecord(
        article,
        0,
        value=value,
        hedge=hedge,
        as_of=as_of,
        published=fields.get("published", as_of),
        **{k: v for k, v in base.items() if k != "published"},
    )


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (claim("a", 12000, "upper_bound"), claim("b", 5000), False),
        (claim("a", 5, "lower_bound", measure="killed"), claim("b", 3, measure="killed"), True),
        (claim("a", 3000), claim("b", 5000), True),
        (claim("a", 3000, "approximate"), claim("b", 3300), False),
        (claim("a", 3000), claim("b", 5000, as_of="2024-10-30"), False),  # another time
        (
            claim("a", 5, measure="killed", published="2024-10-25", as_of="2024-10-25"),
            claim("b", 8, measure="killed", published="2024-10-26", as_of="2024-10-25"),
            False,
        ),  # a toll updated
        (claim("a", 3000), claim("b", 5000, expected=True), False),  # a projection
        (claim("a", 3, hedge="range", low=2, high=4), claim("b", 5), True),
        (claim("a", 11, source="army"), claim("a", 43, source="rebel group"), True),  # one report
        (claim("a", 11), claim("a", 43), False),  # one report's own figures: parts of one story
        (claim("a", 11, source="army"), claim("a", 43, source="army"), False),
        (
            claim("a", 43, measure="killed", topic="attack", as_of="2025-03-22"),
            claim("b", 11, measure="killed", topic="attack", as_of="2025-03-24"),
            True,
        ),  # a group's Saturday claim and Monday's toll of the same attack
        (
            claim("a", 43, measure="killed", as_of="2025-03-22"),
            claim("b", 11, measure="killed", as_of="2025-03-24"),
            False,
        ),  # no incident: two days apart are two counts
    ],
)
def test_contradictions(first: link.ClaimRecord, second: link.ClaimRecord, flagged: bool) -> None:
    (history,) = link.claim_histories([first, second])
    assert bool(link.contradictions(history)) is flagged


def test_contradictions_sweep_finds_every_pair_within_the_window() -> None:
    """The date-ordered sweep gives exactly the pairs (in the same order) that comparing every
    pair of values would give, on a history whose values scatter over months and hedges."""
    import random

    chooser = random.Random(7)
    hedges = ["exact", "approximate", "upper_bound", "lower_bound", "vague"]
    values = [
        claim(
            f"article-{chooser.randrange(40)}",
            chooser.choice([5, 8, 300, 3000, 5000, 12000]),
            chooser.choice(hedges),
            as_of=chooser.choice(
                [None, "2024-10", "2024-W43"]
                + [(dt.date(2024, 9, 1) + dt.timedelta(days=d)).isoformat() for d in range(90)]
            ),
            published="2024-10-26",
        )
        for _ in range(300)
    ]
    (history,) = link.claim_histories(values)
    counts = [v for v in history.values if not v.expected and v.certainty != "denied"]
    expected = []
    for i, first in enumerate(counts):
        for second in counts[i + 1 :]:
            gap = link.days_apart(link.date_interval(first.as_of), link.date_interval(second.as_of))
            a, b = link.claims.value_interval(first), link.claims.value_interval(second)
            if (
                first.article_id != second.article_id
                and gap is not None
                and gap <= link.CLAIM_WINDOW_DAYS
                and a
                and b
                and (a[1] < b[0] or b[1] < a[0])
            ):
                expected.append((first, second))
    found = [(c.first, c.second) for c in link.contradictions(history)]
    assert found and found == expected


def test_different_places_are_different_subjects() -> None:
    histories = link.claim_histories(
        [claim("a", 12000, "upper_bound", place="Russia"), claim("b", 5000)]
    )
    assert len(histories) == 2 and not any(link.contradictions(h) for h in histories)


def test_cluster_scores() -> None:
    assert (
        link.cluster_scores({"1": "a", "2": "a", "3": "b"}, {"1": "x", "2": "x", "3": "y"})["f1"]
        == 1.0
    )
    lumped = link.cluster_scores({"1": "a", "2": "a"}, {"1": "x", "2": "y"})
    assert lumped["purity"] == 0.5 and lumped["completeness"] == 1.0


# --- in the store ----------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path, oracle: list[Extraction]) -> Store:
    store = Store(str(tmp_path / "ledger.db"))
    store.save_batch(oracle)
    rebuild_ledger(store)
    return store


def _table_dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.engine.connect() as conn:
        return {
            t.name: sorted(map(tuple, conn.execute(select(t)).all()), key=repr)
            for t in ls.LEDGER_TABLES
            if t is not ls.claim_contradictions
        }


def test_rebuild_is_idempotent(store: Store) -> None:
    before = _table_dump(store)
    summary = rebuild_ledger(store)
    assert _table_dump(store) == before
    assert summary.events == 9 and summary.contradictions == 2


def test_store_queries(store: Store, oracle: list[Extraction]) -> None:
    with store.engine.connect() as conn:
        events = timeline(conn)
        assert [e["date_start"] for e in events] == sorted(e["date_start"] for e in events)
        assert {e["type"] for e in timeline(conn, event_type="protest")} == {"protest"}
        dnipro = timeline(conn, place="Dnipro")[0]
        detail = event_detail(conn, dnipro["id"][:8])
        assert detail is not None and len(detail["versions"]) == 2
        assert {v["killed"] for v in detail["versions"]} == {4, 5}
        assert all(v["sentence"] for v in detail["versions"])
        (history,) = [h for h in claim_history(conn, "killed in Dnipro") if h["place"] == "Dnipro"]
        assert (
            sorted(v["value"] for v in history["values"]) == [4, 5]
            and len(history["contradictions"]) == 1
        )
        assert entity_of(conn, "Zelenskyy") == "Volodymyr Zelensky"
        # an analyst's words for the same subject: the "Dnipro death toll" is "killed in Dnipro"
        assert history["id"] in {s["id"] for s in subjects_about(conn, "Dnipro death toll")}
        ids = {storage_id(x) for x in oracle}
        assert {v["article_id"] for v in detail["versions"]} <= ids
        assert (
            conn.execute(select(func.count()).select_from(ls.canonical_members)).scalar_one() == 17
        )


def test_sentence_bounds_in_long_texts_match_a_scan_from_the_start() -> None:
    """The sentence start is searched in a window before the finding first; in texts with
    sentences far longer than the window, and boundaries right at its edge, it must give what
    scanning the whole text before the finding gives."""
    import random

    from sitrep.sentences import SENTENCE_END

    def scanned(text: str, start: int, end: int) -> tuple[int, int]:
        window = text[: start + 1]
        left = max((m.end() for m in SENTENCE_END.finditer(window) if m.end() <= start), default=0)
        stop = max(end, start)
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        found = SENTENCE_END.search(text, stop)
        right = found.start() if found else len(text)
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        return left, right

    chooser = random.Random(11)
    pieces = ["It fell. ", "“Yes.” ", "\n", "x" * 1999, "y" * 2500, "A", "? ", "Ok! Z", " "]
    for _ in range(300):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(1, 12)))
        for start in {chooser.randrange(len(text) + 1) for _ in range(8)}:
            end = chooser.randrange(start, len(text) + 1)
            assert link.sentence_bounds(text, start, end) == scanned(text, start, end)


def test_a_finding_ending_in_a_line_break_keeps_to_its_line() -> None:
    """A headline's event span may take the blank line after it; its sentence is the headline."""
    text = "Army retakes city from rebels\n\nKHARTOUM — The army said it had retaken the city."
    assert link.sentence_around(text, 0, text.index("KHARTOUM")) == "Army retakes city from rebels"


def test_a_count_with_no_place_in_its_sentence_takes_the_report_s_country() -> None:
    """Displaced counts from a Lebanon report and a Myanmar report must not be one subject."""
    from sitrep.link.records import _focus_country

    text = "Strikes hit Beirut and southern Lebanon. A Washington-based group said 1,000 fled."
    places = [
        {"start": 12, "end": 18, "name": "Beirut", "country": "LB", "role": "location"},
        {"start": 32, "end": 39, "name": "Lebanon", "country": "LB", "role": "location"},
        {"start": 43, "end": 53, "name": "Washington", "country": "US", "role": "location"},
    ]
    assert _focus_country({"text": text, "places": places}) == "Lebanon"
    assert _focus_country({"text": text, "places": places[2:]}) is None


@pytest.mark.parametrize(
    ("unit", "text", "sentence", "side"),
    [
        ("troops", "40 troops", "The group claimed to have killed 40 troops.", "soldiers"),
        ("servicemen", "11 servicemen", "11 servicemen died.", "soldiers"),
        ("terrorists", "70 terrorists", "70 terrorists were neutralised.", "militants"),
        (
            "bodies",
            "about 30 bodies",
            "He said about 30 bodies of soldiers were brought in.",
            "soldiers",
        ),
        ("bodies", "30 bodies", "30 bodies were found in the river.", "people"),
        ("civilians", "five civilians", "Five civilians were killed.", "civilians"),
    ],
)
def test_a_toll_counts_its_victims_by_side(unit: str, text: str, sentence: str, side: str) -> None:
    record = claim("a", 1, measure="killed", unit=unit, text=text, sentence=sentence)
    assert link.victim_class(record) == side


@pytest.mark.parametrize(
    ("text", "sentence", "running"),
    [
        ("more than 40,000 people", "The war has killed more than 40,000 people since 2009.", True),
        ("14,000 people", "The conflict has killed 14,000 people, the U.N. says.", True),
        ("At least 20", "At least 20 people have been killed so far this year.", True),
        ("11 soldiers", "Eleven gunmen killed 11 soldiers on Friday.", False),
        ("30 people", "The deadliest attack since 2019 killed 30 people.", False),
    ],
)
def test_running_tolls_are_told_from_one_incident_s(
    text: str, sentence: str, running: bool
) -> None:
    record = claim("a", 1, measure="killed", unit="people", text=text, sentence=sentence)
    assert link.running_toll(record) is running


def test_a_toll_dated_to_a_month_counts_the_month() -> None:
    """ "At least 183 people were killed in the region in July alone": not one incident's toll."""
    sentence = "At least 183 people were killed in the region in July alone."
    month = claim("a", 183, measure="killed", text="At least 183 people", sentence=sentence)
    assert link.running_toll(replace(month, as_of="2024-07"))
    assert not link.running_toll(replace(month, as_of="2024-07-16"))


def test_a_running_toll_never_contradicts_an_incident_s_toll() -> None:
    war = claim(
        "a",
        40000,
        "lower_bound",
        measure="killed",
        unit="people",
        actor=None,
        text="more than 40,000 people",
        sentence="The conflict has killed more than 40,000 people since 2009.",
        source="United Nations",
    )
    raid = claim(
        "a",
        18,
        measure="killed",
        unit="bodies",
        actor=None,
        text="18 bodies",
        sentence="He said 18 bodies had been recovered.",
        source="a military source",
    )
    histories = link.claim_histories([war, raid])
    assert sorted(h.subject[4] for h in histories) == ["", link.RUNNING_TOLL_TOPIC]
    assert not any(link.contradictions(h) for h in histories)


def dispatch() -> dict[str, Any]:
    """One invented dispatch: the army's toll, a group's claim, and the group's own statement."""
    text = (
        "Nine soldiers were killed when gunmen attacked a post near Karvela, the army said, "
        "while a rebel group claimed to have killed more than 30 troops. "
        "The group said its fighters had killed 35 soldiers."
    )
    second = text.index("The group said")

    def at(words: str, start: int = 0) -> dict[str, int]:
        begin = text.index(words, start)
        return {"start": begin, "end": begin + len(words)}

    def quantity(words: str, value: float, unit: str, hedge: str = "exact") -> dict[str, Any]:
        return {
            **at(words),
            "text": words,
            "value": value,
            "unit": unit,
            "measure": "killed",
            "hedge": hedge,
        }

    def attribution(claim_words: str, source: str) -> dict[str, Any]:
        return {"claim": at(claim_words), "source": {"text": source, "name": source}}

    return {
        "article": {"id": "d1", "published": "2025-03-24", "outlet": "Wire"},
        "text": text,
        "places": [{**at("Karvela"), "name": "Karvela", "country": "XX", "role": "location"}],
        "events": [
            {**at("attacked a post near Karvela"), "type": "attack", "place": {"name": "Karvela"}},
            {
                **at("had killed 35 soldiers"),
                "type": "attack",
                "actor": "rebel group",
                "quantities": [2],
            },
        ],
        "quantities": [
            quantity("Nine soldiers", 9, "soldiers"),
            quantity("more than 30 troops", 30, "troops", "lower_bound"),
            quantity("35 soldiers", 35, "soldiers"),
        ],
        "attributions": [
            attribution(
                "Nine soldiers were killed when gunmen attacked a post near Karvela", "army"
            ),
            attribution("to have killed more than 30 troops", "rebel group"),
            {
                "claim": {"start": second, "end": len(text)},
                "source": {"text": "The group", "name": "rebel group"},
            },
        ],
    }


def test_every_source_s_toll_of_one_attack_is_one_subject_and_disputes_are_flagged() -> None:
    _events, claims, _mentions = link.records_from_payload(dispatch())
    assert [c.place for c in claims] == ["Karvela"] * 3  # the group's toll is the same attack's
    assert claims[2].actor is None  # the perpetrator is not whose the dead are
    (history,) = link.claim_histories(claims)
    assert history.subject == ("killed", "soldiers", "", "Karvela", "attack")
    found = {
        (c.first.source, c.first.value, c.second.source, c.second.value)
        for c in link.contradictions(history)
    }
    assert found == {("army", 9, "rebel group", 30), ("army", 9, "rebel group", 35)}


def test_an_event_s_tolls_take_the_place_its_reports_agree_on() -> None:
    """One report places the attack in a region, another in the village: one subject."""
    region = EventPlace("Norland Region", 10.0, 10.0, "ADM1", country="XX")
    village = EventPlace("Karvela", 10.1, 10.1, "PPL", country="XX", admin1="Norland Region")
    reports = [
        link.EventRecord("a", 0, "attack", place=region, date="2025-03-21"),
        link.EventRecord("b", 0, "attack", place=village, date="2025-03-21"),
    ]
    places = link.incident_places([link.Cluster("ev-1", "attack", reports)])
    assert places == {("a", 0): "Karvela", ("b", 0): "Karvela"}
    tolls = [
        claim(
            "a",
            9,
            measure="killed",
            unit="soldiers",
            place="Norland Region",
            topic="attack",
            event=0,
            actor=None,
            as_of="2025-03-21",
        ),
        claim(
            "b",
            40,
            "lower_bound",
            measure="killed",
            unit="troops",
            place="Karvela",
            topic="attack",
            event=0,
            actor=None,
            as_of="2025-03-21",
        ),
    ]
    (history,) = link.claim_histories(tolls, incident_places=places)
    assert history.subject[3] == "Karvela" and len(link.contradictions(history)) == 1


def test_a_description_one_article_resolved_is_no_alias_elsewhere() -> None:
    """ "The army" is South Sudan's in one report and another country's in the next."""
    index = link.link_entities(
        [
            link.Mention("South Sudan army", "government", "South Sudan army"),
            link.Mention("the army", "government", "South Sudan army"),
        ]
    )
    assert index.canonical("South Sudan army") == "South Sudan army"
    assert index.canonical("the army") == "the army"


@pytest.mark.parametrize(
    ("tolls", "worded"),
    [
        ([(12.0, "vague")], "dozens"),  # never "12 killed": no report gave 12
        ([(12.0, "vague"), (32.0, "lower_bound")], "at least 32"),  # the count says more
        ([(11.0, None), (20.0, "approximate")], "11–about 20"),
        ([(16.0, "lower_bound"), (16.0, "lower_bound")], "at least 16"),
    ],
)
def test_an_incidents_toll_reads_as_its_reports_worded_it(
    tolls: list[tuple[float, str | None]], worded: str
) -> None:
    reports = [
        record(f"a{i}", killed=value, killed_hedge=hedge) for i, (value, hedge) in enumerate(tolls)
    ]
    (cluster,) = link.cluster_events(reports)
    summary = link.canonical_summary(cluster)
    assert summary["killed_worded"] == worded
    assert summary["killed_min"] == min(value for value, _ in tolls)  # still sorted by number


def test_square_miles_and_square_kilometres_make_one_history() -> None:
    """Two reports of one area in different units land in one history, in the first report's
    unit, and are compared there: about 150 square miles (about 388 km²) against 1,000 km²."""
    miles = claim("a", 150, "approximate", measure="area", unit="square mile", as_of="2025-03-14")
    kilometres = claim("b", 1000, measure="area", unit="square kilometre", as_of="2025-03-14")
    (history,) = link.claim_histories([miles, kilometres])
    assert history.subject[1] == "square mile"
    assert [v.value for v in history.values] == [150, 386.1]
    assert history.values[1].text == kilometres.text  # the words stay as written
    assert link.contradictions(history)


def test_a_rounded_conversion_is_no_contradiction() -> None:
    """ "46,000 square miles" in one report and "120,000 square kilometres" in another are one
    figure (119,139 km², rounded by the writer); 46,000 against 100,000 km² still disagree."""
    miles = claim("a", 46000, measure="area", unit="square mile", as_of="2025-03-14")
    rounded = claim("b", 120000, measure="area", unit="square kilometre", as_of="2025-03-14")
    other = claim("c", 100000, measure="area", unit="square kilometre", as_of="2025-03-14")
    (history,) = link.claim_histories([rounded, miles])
    assert not link.contradictions(history)
    (history,) = link.claim_histories([miles, other])
    assert link.contradictions(history)


def test_a_conversion_keeps_small_values_and_the_history_its_id() -> None:
    """10 acres is 0.040469 km², not 0; and a history's id does not hang on which unit of its
    kind came first, so links to it hold when an earlier report in another unit arrives."""
    acres = claim("a", 10, measure="area", unit="acre", as_of="2025-03-14")
    metres = claim("b", 0.04, "approximate", measure="area", unit="square kilometre")
    (history,) = link.claim_histories([metres, acres])
    assert [v.value for v in history.values] == [0.04, 0.040469]
    (other_order,) = link.claim_histories([replace(acres, as_of="2024-01-01"), metres])
    assert other_order.subject[1] == "acre" and other_order.id == history.id


def test_a_converted_range_allows_the_writers_rounding() -> None:
    """ "between 46,000 and 47,000 square miles" against 119,000 km²: the range's low end,
    119,139 km², is within a writer's rounding of it."""
    kilometres = claim("a", 119000, measure="area", unit="square kilometre")
    miles = claim("b", None, "range", measure="area", unit="square mile", low=46000, high=47000)
    (history,) = link.claim_histories([kilometres, miles])
    assert not link.contradictions(history)


def test_a_months_count_and_a_count_within_it_have_no_order() -> None:
    """A running toll "in October" and one of Oct. 15: either may be the later count, so a
    higher one is the count moving on, not a dispute; days apart keep their calendar order
    ("2024-10-09" before "2024-10-15", a month before the next month's day)."""
    day = claim("a", 40, measure="killed", unit="people", as_of="2024-10-15")
    month = claim("b", 30, measure="killed", unit="people", as_of="2024-10")
    assert link.claims._update(day, month, (40, 40), (30, 30))
    earlier = claim("c", 40, measure="killed", unit="people", as_of="2024-10-09")
    assert not link.claims._update(day, earlier, (40, 40), (40, 40))
    assert not link.claims._update(earlier, day, (50, 50), (40, 40))
    assert link.claims._update(earlier, day, (30, 30), (40, 40))
    september = claim("d", 50, measure="killed", unit="people", as_of="2024-09")
    assert not link.claims._update(september, day, (50, 50), (40, 40))


def test_soldiers_and_troops_count_one_force() -> None:
    troops = claim("a", 10000, "approximate", unit="troops", as_of="2025-03-14")
    soldiers = claim("b", 3000, "approximate", unit="soldiers", as_of="2025-03-14")
    (history,) = link.claim_histories([troops, soldiers])
    assert history.subject[1] == "troops" and len(link.contradictions(history)) == 1


def test_a_toll_repeated_as_background_is_no_update() -> None:
    """A report of April 4 repeating the ministry's "at least 30" of March 11 does not make the
    army's 18 of March 12 an older, superseded figure: the two still disagree."""
    background = claim(
        "a",
        30,
        "lower_bound",
        measure="killed",
        topic="attack",
        as_of="2025-03-11",
        published="2025-04-04",
    )
    army = claim("b", 18, measure="killed", topic="attack", as_of="2025-03-12")
    (history,) = link.claim_histories([background, army])
    assert len(link.contradictions(history)) == 1


@pytest.mark.parametrize(
    ("about", "measure"),
    [
        ("the Marlow death toll", "killed"),
        ("dead in Marlow", "killed"),
        ("refugees from Marlow", "displaced"),
        ("hostages in Marlow", "detained"),
        ("territory around Marlow", "area"),
        ("soldiers near Marlow", "troops"),
    ],
)
def test_an_analysts_words_find_the_measure(about: str, measure: str) -> None:
    subjects = [
        claim("a", 5, measure=m, unit=u, actor=None, place="Marlow")
        for m, u in (
            ("killed", "people"),
            ("displaced", "people"),
            ("detained", "hostages"),
            ("area", "square kilometre"),
            ("troops", "troops"),
        )
    ]
    found = link.matching_subjects(link.claim_histories(subjects), about)
    assert [h.subject[0] for h in found] == [measure]


def test_toll_is_no_word_of_a_running_toll_label() -> None:
    """ "Death toll" asks about the killed, not about every running toll ("displaced since ...")."""
    displaced = claim(
        "a",
        20000,
        measure="displaced",
        unit="people",
        actor=None,
        place="Marlow",
        topic=link.RUNNING_TOLL_TOPIC,
    )
    assert link.matching_subjects(link.claim_histories([displaced]), "Marlow death toll") == []


@pytest.mark.parametrize(
    ("names", "title", "focus"),
    [
        (["Marlow", "Marlow", "Dunmore"], "", "Marlow"),  # the town the report keeps naming
        (["Marlow", "Dunmore"], "", None),  # no town leads
        (["Dunmore", "Marlow"], "Marlow toll rises", "Marlow"),  # the headline's town
        (["Marlow", "Dunmore"], "Talks open in London", None),
        ([], "", None),
    ],
)
def test_a_report_focus_location(names: list[str], title: str, focus: str | None) -> None:
    from sitrep.link.focus import focus_location

    places = [
        {"start": 0, "end": 1, "text": n, "name": n, "country": "GB", "level": "PPL"} for n in names
    ] + [{"start": 0, "end": 1, "name": "United Kingdom", "country": "GB", "level": "PCLI"}] * 3
    payload = {"text": "", "places": places, "article": {"title": title}}
    assert focus_location(payload) == focus


def test_a_toll_beside_a_call_for_a_ceasefire_is_the_fightings() -> None:
    """ "More than 50 killed, the group said, calling for a ceasefire": the toll is no
    agreement's; it joins the clash of the same days, not the attack of a week before."""
    clash = claim(
        "a",
        30,
        "lower_bound",
        measure="killed",
        unit="people",
        actor=None,
        topic="armed_clash",
        as_of="2025-03-11",
    )
    attack = claim(
        "b",
        12,
        "lower_bound",
        measure="killed",
        unit="people",
        actor=None,
        topic="attack",
        as_of="2025-03-03",
    )
    beside_a_call = claim(
        "c",
        50,
        "lower_bound",
        measure="killed",
        unit="people",
        actor=None,
        topic="agreement",
        as_of="2025-03-12",
    )
    histories = link.claim_histories([clash, attack, beside_a_call])
    assert sorted((h.subject[4], [v.article_id for v in h.values]) for h in histories) == [
        ("armed_clash", ["a", "c"]),
        ("attack", ["b"]),
    ]


def test_a_vague_toll_between_two_incidents_stays_apart() -> None:
    """Two incidents at one place on the same days: a toll that names neither joins neither."""
    tolls = [
        claim(name, 5, measure="killed", unit="people", actor=None, topic=topic, as_of="2025-03-11")
        for name, topic in (("a", "armed_clash"), ("b", "attack"), ("c", None))
    ]
    assert len(link.claim_histories(tolls)) == 3


def test_a_province_named_after_its_town_files_its_figures_under_the_town() -> None:
    """ "fled Varno" placed at Varno Province and another report's figure for the town of Varno
    are one history, each value keeping its place; a count for the province is not compared with
    the town's, and another town of the province stays apart."""
    displaced = {"measure": "displaced", "unit": "people", "actor": None, "topic": None}
    histories = link.claim_histories(
        [
            claim("a", 20000, place="Varno Province", province="Varno Province", **displaced),
            claim("b", 45000, place="Varno", province="Varno Province", **displaced),
            claim("c", 900, place="Orsk", province="Varno Province", **displaced),
        ]
    )
    by_place = {h.subject[3]: h for h in histories}
    assert sorted(by_place) == ["Orsk", "Varno"]
    varno = by_place["Varno"]
    assert [(v.value, v.given_place) for v in varno.values] == [
        (20000, "Varno Province"),
        (45000, None),
    ]
    assert not link.contradictions(varno)
    # the store keeps the place each value was given for, for the tracker to show
    from sitrep.store.ledger import _value_row

    assert [_value_row("s", i, v)["given_place"] for i, v in enumerate(varno.values)] == [
        "Varno Province",
        None,
    ]


@pytest.mark.parametrize(
    ("province", "town", "named"),
    [
        ("Varno Province", "Varno", True),
        ("Varno Oblast", "Varno", True),
        ("Varno", "Varno City", False),
        ("Orsk Region", "Varno", False),
        ("Region", "Varno", False),
    ],
)
def test_named_after(province: str, town: str, named: bool) -> None:
    assert link.provinces.named_after(province, town) is named


def test_a_claim_knows_the_province_of_its_place() -> None:
    payload = {
        "article": {"id": "a", "published": "2025-03-06"},
        "text": "About 2,000 people have fled Varno, officials said.",
        "places": [
            {
                "start": 29,
                "end": 34,
                "text": "Varno",
                "name": "Varno",
                "level": "PPL",
                "admin1": "Varno Province",
                "country": "ML",
            },
        ],
        "quantities": [
            {
                "start": 0,
                "end": 18,
                "text": "About 2,000 people",
                "value": 2000,
                "unit": "people",
                "measure": "displaced",
                "hedge": "approximate",
            },
        ],
    }
    (record,) = link.records_from_payload(payload)[1]
    assert (record.place, record.province) == ("Varno", "Varno Province")


@pytest.mark.parametrize(
    ("rival", "flagged"), [(True, True), (False, False)], ids=["disputed", "a part of the toll"]
)
def test_civilians_a_source_counts_against_another_s_toll(rival: bool, flagged: bool) -> None:
    """The army's "18 civilians" after it disputed an aid group's "more than 50 people" is its
    count of the same dead; without the dispute it is a part of the toll, no rival figure."""
    killed = {"measure": "killed", "actor": None, "topic": "attack", "place": "Varno"}
    histories = link.claim_histories(
        [
            claim("a", 50, "lower_bound", unit="people", source="aid group", **killed),
            claim("a", 18, unit="civilians", source="army", rival=rival, **killed),
        ]
    )
    assert len(histories) == (1 if rival else 2)
    assert bool([c for h in histories for c in link.contradictions(h)]) is flagged


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "At least 50 people died, a group said. The army disputed the figure. "
            "A spokesman said 18 civilians had died.",
            True,
        ),
        ("The army rejected the toll, saying 18 civilians had died.", True),
        ("At least 50 people died, including 18 civilians, a group said.", False),
        ("The army disputed the figure. A spokesman said 18 soldiers had died.", False),
    ],
)
def test_rival_count(text: str, rival: bool) -> None:
    start = text.index("18")
    unit = text[start + 3 :].split()[0].strip(",.")
    quantity = {"start": start, "end": start + 3 + len(unit), "unit": unit}
    bounds = link.sentence_bounds(text, start, start + 2)
    assert link.disputes.rival_count(text, bounds, quantity) is rival


@pytest.mark.parametrize(
    ("number", "sentence", "revises"),
    [
        ("41", "The ministry revised its death toll down to 41 on Thursday.", True),
        ("41", "The ministry revised its toll from 60 down to 41.", True),
        ("60", "The ministry revised its toll from 60 down to 41.", False),
        ("41 people", "It said 41 people died, correcting an earlier figure of 60.", True),
        ("60", "It said 41 people died, correcting an earlier figure of 60.", False),
        ("30", "The ministry, which had earlier reported 30 dead, said 41 had died.", False),
        ("12", "At least 12 people were killed, the ministry said.", False),
        # an initial figure, a later one that nobody revised, a law amended: no correction
        ("30", "An initial estimate put the toll at 30.", False),
        ("45", "The ministry, which previously reported 30 dead, said 45 had died.", False),
        ("12", "Parliament amended the law; 12 people died.", False),
    ],
)
def test_revises_a_figure(number: str, sentence: str, revises: bool) -> None:
    assert link.corrections.revises_a_figure(number, sentence) is revises


@pytest.mark.parametrize(("second_source", "flagged"), [("The ministry", False), ("army", True)])
def test_a_source_correcting_its_own_figure_is_no_contradiction(
    second_source: str, flagged: bool
) -> None:
    """The ministry's "at least 60" and, the next day, its toll "revised down to 41": the source
    changed its count. Another source's 41 against the ministry's 60 is still a dispute."""
    killed = {"measure": "killed", "unit": "people", "actor": None, "place": "Varno"}
    earlier = claim("a", 60, "lower_bound", as_of="2025-03-20", source="ministry", **killed)
    revised = claim(
        "b",
        41,
        as_of="2025-03-21",
        source=second_source,
        text="41",
        sentence="The ministry revised its death toll down to 41 on Friday.",
        **killed,
    )
    (history,) = link.claim_histories([earlier, revised])
    assert bool(link.contradictions(history)) is flagged


def test_a_running_toll_is_read_beside_the_tolls_of_its_place(tmp_path: Path) -> None:
    """A siege's running toll and the toll of one shelling stay two histories, and the tracker
    shows each beside the other, with its latest value; another town's toll is not beside them."""
    store = Store(str(tmp_path / "beside.db"))
    subjects = [
        ("cl-siege", "running toll", "Varno", 2),
        ("cl-shelling", "attack", "Varno", 1),
        ("cl-orsk", "attack", "Orsk", 1),
    ]
    with store.engine.begin() as conn:
        for subject_id, topic, place, n_values in subjects:
            conn.execute(
                ls.claim_subjects.insert(),
                {
                    "id": subject_id,
                    "label": f"killed in {place} [{topic}]",
                    "measure": "killed",
                    "place": place,
                    "topic": topic,
                    "n_values": n_values,
                    "n_contradictions": 0,
                },
            )
            conn.execute(
                ls.claim_values.insert(),
                [
                    {
                        "subject_id": subject_id,
                        "article_id": f"a{k}",
                        "idx": 0,
                        "position": k,
                        "value": 10.0 * (k + 1),
                    }
                    for k in range(n_values)
                ],
            )
        beside = subjects_beside(conn, "cl-shelling")
        assert [(s["id"], s["latest"]["value"]) for s in beside] == [("cl-siege", 20.0)]
        assert [s["id"] for s in subjects_beside(conn, "cl-siege")] == ["cl-shelling"]


def _located(text: str, *names: str, level: str = "PPL") -> list[dict[str, Any]]:
    """Place mentions of `names` where `text` names them, in order, as the extractor gives them."""
    found, position = [], 0
    for name in names:
        start = text.index(name, position)
        position = start + len(name)
        found.append(
            {
                "start": start,
                "end": position,
                "text": name,
                "name": name,
                "country": "GB",
                "level": level,
                "role": "location",
            }
        )
    return found


@pytest.mark.parametrize(
    ("text", "number", "names", "place"),
    [
        (  # the ground "around the town" lies at the town named before, not where a road leads
            "Rebels encircled Marlow. They held about 90 square miles around the town, "
            "including the road to Dunmore.",
            "about 90 square miles",
            ("Marlow", "Dunmore"),
            "Marlow",
        ),
        (
            "Police counted 300 people on the highway towards Dunmore near Rellis.",
            "300 people",
            ("Dunmore", "Rellis"),
            "Rellis",
        ),
        ("Police counted 300 people on the road to Dunmore.", "300 people", ("Dunmore",), None),
        (
            "Shells hit Marlow. Five people died in the town of Rellis.",
            "Five people",
            ("Marlow", "Rellis"),
            "Rellis",
        ),
        (
            "About 300 people fled Marlow for Dunmore.",
            "About 300 people",
            ("Marlow", "Dunmore"),
            "Marlow",
        ),
    ],
)
def test_a_count_s_place_in_its_sentence(
    text: str, number: str, names: tuple[str, ...], place: str | None
) -> None:
    from sitrep.link.nearby import nearby_place

    start = text.index(number)
    quantity = {"start": start, "end": start + len(number)}
    payload = {"text": text, "places": _located(text, *names)}
    assert nearby_place(payload, quantity, (0, len(text))) == place


def test_a_destination_does_not_lead_a_report() -> None:
    """ "the road to Dunmore", named twice, does not make Dunmore the place the report is about."""
    from sitrep.link.focus import focus_location

    text = "Shells hit Marlow. Families took the road to Dunmore; the road to Dunmore was mined."
    payload = {"text": text, "places": _located(text, "Marlow", "Dunmore", "Dunmore")}
    assert focus_location(payload) == "Marlow"


def test_a_count_that_names_no_place_takes_the_report_s_town() -> None:
    """ "The government put the number of displaced at 2,500" is the town's count the report is
    about, not its country's."""
    text = (
        "Thousands fled Marlow in England on Monday. Shelling of Marlow went on. "
        "The government put the number of displaced at 2,500."
    )
    start = text.index("2,500")
    places = [
        *_located(text, "Marlow", "Marlow"),
        *_located(text, "England", level="ADM1"),
    ]
    payload = {
        "article": {"id": "a", "published": "2025-03-18"},
        "text": text,
        "places": places,
        "quantities": [
            {
                "start": start,
                "end": start + 5,
                "text": "2,500",
                "value": 2500.0,
                "measure": "displaced",
                "unit": None,
                "hedge": "exact",
            }
        ],
    }
    _, (record,), _ = link.records_from_payload(payload)
    assert record.place == "Marlow"


def test_people_held_and_hostages_are_one_count() -> None:
    """ "still hold 25 people" and "the 25 hostages" count the same captives; aid workers among
    them are a part, kept apart."""
    held = [
        claim("a", 25, measure="detained", unit="people", actor=None, place="Marlow"),
        claim("b", 25, measure="detained", unit="hostages", actor=None, place="Marlow"),
        claim("c", 3, measure="detained", unit="aid workers", actor=None, place="Marlow"),
    ]
    histories = link.claim_histories(held)
    assert sorted(len(h.values) for h in histories) == [1, 2]


def test_a_count_of_the_displaced_tied_to_no_event_joins_the_running_count() -> None:
    """The agency's running count of those who fled and the government's own figure for the day
    are one history, and disagree; a toll tied to no event stays off a running toll."""

    def count(article: str, value: float, measure: str, topic: str | None) -> link.ClaimRecord:
        return claim(
            article,
            value,
            measure=measure,
            unit="people",
            actor=None,
            place="Marlow",
            topic=topic,
            as_of="2025-03-18",
            source=article,
        )

    displaced = [
        count("a", 45000, "displaced", link.RUNNING_TOLL_TOPIC),
        count("b", 25000, "displaced", None),
    ]
    (history,) = link.claim_histories(displaced)
    assert len(link.contradictions(history)) == 1
    killed = [count("a", 60, "killed", link.RUNNING_TOLL_TOPIC), count("b", 12, "killed", None)]
    assert len(link.claim_histories(killed)) == 2


def test_a_towns_incidents_answer_one_question_in_date_order() -> None:
    """ "killed in Marlow" reads the shelling, the siege's running toll and the clash, each its
    own history: tolls of two incidents never contradict each other."""
    tolls = [
        claim(
            "a",
            40,
            measure="killed",
            unit="people",
            actor=None,
            place="Marlow",
            topic="armed_clash",
            as_of="2025-03-12",
        ),
        claim(
            "b",
            12,
            measure="killed",
            unit="people",
            actor=None,
            place="Marlow",
            topic="attack",
            as_of="2025-03-03",
        ),
        claim(
            "c",
            30,
            "lower_bound",
            measure="killed",
            unit="people",
            actor=None,
            place="Marlow",
            topic=link.RUNNING_TOLL_TOPIC,
            as_of="2025-03-11",
        ),
    ]
    found = link.matching_subjects(link.claim_histories(tolls), "killed in Marlow")
    assert [h.subject[4] for h in found] == ["attack", link.RUNNING_TOLL_TOPIC, "armed_clash"]
    assert not any(link.contradictions(h) for h in found)


@pytest.mark.parametrize(
    ("measure", "sentence", "town"),
    [
        ("displaced", "The government put the number of displaced at 2,500.", "Marlow"),
        ("area", "The rebels held no more than 80 square kilometres.", "Marlow"),
        ("money", "The agency said it needed $12 million.", None),  # no town's sum
        ("killed", "The virus has killed 200 people worldwide.", None),
        ("killed", "Floods killed 40 people across the country.", None),
        ("killed", "The country's death toll rose to 16,000, officials said.", None),
        ("killed", "The national death toll stands at 310.", None),
        ("killed", "Nationally, the floods have killed 300 people this month.", None),
        ("displaced", "In the whole country, 9,000 people have fled.", None),
        # an adjective says nothing of where the counted died
        ("killed", "In a nationally televised address, he said 12 were killed.", "Marlow"),
        ("killed", "A nationwide curfew followed after 12 people were killed.", "Marlow"),
        ("killed", "Floods have killed 300 people nationwide since March.", None),
        ("killed", "Tuesday's nationwide protests followed 12 deaths.", "Marlow"),
        ("killed", "A new nationwide curfew began after 12 people were killed.", "Marlow"),
        ("killed", "The town's death toll rose to 16.", "Marlow"),
    ],
)
def test_a_count_takes_the_report_s_town_only_when_it_is_counted_there(
    measure: str, sentence: str, town: str | None
) -> None:
    from sitrep.link.focus import focus_location, town_of_a_count

    text = "Shells hit Marlow. Marlow was cut off."
    payload = {"text": text, "places": _located(text, "Marlow", "Marlow")}
    assert town_of_a_count(focus_location(payload), measure, sentence) == town


@pytest.mark.parametrize(
    ("value", "hedge", "worded"),
    [
        (20000.0, "approximate", "about 20,000"),
        (1_500_000.0, "lower_bound", "at least 1,500,000"),  # never "1.5e+06"
        (16.0, None, "16"),
        (2.5, "upper_bound", "up to 2.5"),
    ],
)
def test_a_toll_reads_as_news_prints_it(value: float, hedge: str | None, worded: str) -> None:
    from sitrep.link.records import worded_toll

    assert worded_toll(value, hedge) == worded


def test_a_correction_is_a_source_s_revision_of_a_figure_it_gave_before() -> None:
    """The tracker and `claims --about` mark the same values: a source's first figure corrects
    nothing, and one source's revision does not correct another's figure."""
    from sitrep.link.corrections import corrections_in

    revised = "The ministry revised its death toll down to 41."
    values = [
        {"source": "ministry", "text": "60", "sentence": "The ministry said 60 died."},
        {"source": "aid group", "text": "41", "sentence": revised},
        {"source": "ministry", "text": "41", "sentence": revised},
        {"source": None, "outlet": "Wire", "text": "41", "sentence": revised},
    ]
    assert corrections_in(values) == [False, False, True, False]


@pytest.mark.parametrize(
    ("sentence", "country", "place"),
    [
        # the count's own sentence names nothing: the report's leading attack is where it was
        ("Its fighters had killed 12 soldiers, the group said.", None, "Marlow"),
        # a place across the border is another incident, not the leading one
        ("Two civilians were killed when shells landed near Rellis.", "FR", "Rellis"),
        # a place in the leading attack's country does not undo it
        ("Two civilians were killed when shells landed near Rellis.", "GB", "Marlow"),
    ],
)
def test_a_count_takes_the_leading_attack_s_place_only_within_its_country(
    sentence: str, country: str | None, place: str
) -> None:
    from sitrep.link.records import records_from_payload

    lead = "Rebels attacked a post near Marlow. "
    text = lead + sentence
    places = _located(text, "Marlow")
    if country:  # where the shells landed, in the leading attack's country or across a border
        places += [{**mention, "country": country} for mention in _located(text, "Rellis")]
    number = next(word for word in ("12 soldiers", "Two civilians") if word in text)
    start = text.index(number)
    payload = {
        "article": {"id": "a", "published": "2025-03-04"},
        "text": text,
        "places": places,
        "quantities": [
            {
                "start": start,
                "end": start + len(number),
                "text": number,
                "value": 2.0,
                "measure": "killed",
                "unit": "people",
            }
        ],
        "events": [
            {"type": "attack", "start": 0, "end": len(lead) - 1, "place": places[0]},
            {"type": "attack", "start": len(lead), "end": len(text), "quantities": [0]},
        ],
    }
    _, claims, _ = records_from_payload(payload)
    assert [claim.place for claim in claims] == [place]


def test_a_contradiction_quotes_a_converted_figure_as_its_report_worded_it() -> None:
    """ "1,000 square kilometres" is disputed as said, not as the 386.1 square miles it is in the
    history's unit, which no one said."""
    miles = claim("a", 150, "approximate", measure="area", unit="square mile", as_of="2025-03-14")
    kilometres = claim(
        "b",
        1000,
        measure="area",
        unit="square kilometre",
        as_of="2025-03-14",
        text="1,000 square kilometres",
        source="the army",
    )
    (history,) = link.claim_histories([miles, kilometres])
    (found,) = link.contradictions(history)
    assert "1,000 square kilometres (the army, 2025-03-14)" in found.reason
    assert "about 150 (" in found.reason


def test_a_count_revised_on_a_day_after_a_weekend_event_is_that_days_and_not_expected() -> None:
    """A toll revised "on Thursday" for "last weekend's shelling" is Thursday's count: the event's
    weekend ("2026-W10-WE") is neither cut to text that sorts after the report's day nor read
    as a projection."""
    from sitrep.link.dates import sortable_day
    from sitrep.link.records import _expected

    assert sortable_day("2026-W10-WE") == "2026-03-08"
    assert sortable_day("2026-W10-WE", last=False) == "2026-03-07"
    assert not _expected(None, "2026-W10-WE", "2026-03-12", "")
    assert _expected(None, "2026-03-14", "2026-03-12", "")
    assert not _expected(None, "2026-03", "2026-03-12", "")


def test_an_incidents_span_comes_from_the_versions_that_date_it() -> None:
    """Two reports date an attack to 25 October and a third, undated, tells of it a day later:
    the incident spans 25 October only, so a search within that day finds it; the undated
    report's window (the days before its publication) widens nothing."""
    reports = [
        record("a"),
        record("b", published="2024-10-27"),
        record("c", date=None, published="2024-10-26"),
    ]
    (cluster,) = link.cluster_events(reports)
    summary = link.canonical_summary(cluster)
    assert (summary["date_start"], summary["date_end"]) == ("2024-10-25", "2024-10-25")
    (undated,) = link.cluster_events([record("c", date=None, published="2024-10-26")])
    assert link.canonical_summary(undated)["date_end"] == "2024-10-26"


@pytest.mark.parametrize(
    ("found", "shown"),
    [
        (
            {"date": "2024-10-25", "date_start": "2024-10-25", "date_end": "2024-10-25"},
            "2024-10-25",
        ),
        (
            {"date": None, "date_start": "2024-10-23", "date_end": "2024-10-26"},
            "undated (between 2024-10-23 and 2024-10-26)",
        ),
        ({"date": None, "date_start": None, "date_end": None}, "undated"),
    ],
)
def test_an_undated_incidents_header_shows_no_day_it_does_not_know(
    found: dict[str, Any], shown: str
) -> None:
    from sitrep.cli.query import _event_when

    assert _event_when(found) == shown


def _attack_toll(article: str, value: float, as_of: str, published: str) -> link.ClaimRecord:
    """A toll of the dead of an attack, dated by `as_of` (an undated toll by its print day)."""
    return claim(
        article,
        value,
        measure="killed",
        unit="people",
        topic="attack",
        as_of=as_of,
        published=published,
    )


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # Tuesday's undated 12 (counted on its print day), Thursday's 30 dated by Monday's
        # attack: the count moved on, though Monday sorts before Tuesday
        (("2025-03-04", "2025-03-04"), ("2025-03-03", "2025-03-06"), False),
        # both dated by the attack, the higher printed later: an update on either side of the
        # week the dead are counted in
        (("2025-03-03", "2025-03-04"), ("2025-03-03", "2025-03-10"), False),
        (("2025-03-03", "2025-03-04"), ("2025-03-03", "2025-03-11"), False),
        (("2025-03-03", "2025-03-09"), ("2025-03-03", "2025-03-11"), False),
        (("2025-03-03", "2025-03-04"), ("2025-03-03", "2025-03-20"), False),
        # two outlets' tolls of the attack on its day: they disagree
        (("2025-03-03", "2025-03-03"), ("2025-03-03", "2025-03-03"), True),
        # Wednesday's lower undated toll beside a background repeat of the attack's 30 printed a
        # month on: the repeat keeps its attack's day, not its print day
        (("2025-03-05", "2025-03-05"), ("2025-03-03", "2025-04-10"), True),
    ],
)
def test_a_toll_printed_days_after_its_attack_counts_the_dead_known_then(
    first: tuple[str, str], second: tuple[str, str], flagged: bool
) -> None:
    """A toll dated by its attack's day but printed within a week counts the dead known when
    printed; printed later it is told as background, and the tolls go by the days they are
    dated by, then by print day: a higher toll printed later is an update (12, then 30)."""
    lower, higher = _attack_toll("a", 12, *first), _attack_toll("b", 30, *second)
    (history,) = link.claim_histories([higher, lower])
    assert bool(link.contradictions(history)) is flagged


def test_a_part_of_the_dead_is_its_own_series_of_the_incident_never_a_rival() -> None:
    """ "27 people, including 11 children" and another outlet's "at least 14 civilians": the
    children and the civilians are parts of the people killed, each its own series at the
    incident's place and kind of event, and no figure of a part contradicts the whole's."""
    fields: dict[str, Any] = {"measure": "killed", "topic": "attack", "place": "Ostrava"}
    people = claim("a", 27, unit="people", as_of="2025-03-03", **fields)
    children = claim("a", 11, unit="children", as_of="2025-03-03", **fields)
    civilians = claim("b", 14, "lower_bound", unit="civilians", as_of="2025-03-03", **fields)
    histories = link.claim_histories([people, children, civilians])
    assert sorted(h.subject[1] for h in histories) == ["children", "civilians", "people"]
    assert {h.subject[3:] for h in histories} == {("Ostrava", "attack")}
    assert not [c for h in histories for c in link.contradictions(h)]
