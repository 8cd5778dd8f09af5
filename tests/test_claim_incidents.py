"""Incident tolls filed by the incident the ledger's clusters say they count: two shellings of
one town stay two histories, one incident's tolls join whoever the reports say did it, and a
toll the clusters know nothing of keeps its subject. Invented reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sitrep import link
from sitrep.link.claim_incidents import incident_ids
from sitrep.model import Article, Event, EventPlace, Extraction, Quantity, TimeExpr
from sitrep.store import Store
from sitrep.store.ledger import build_ledger, claim_history, rebuild_ledger, subjects_about


def toll(article: str, value: float, as_of: str, event: int | None = 0, **fields: Any) -> Any:
    """A death toll of an attack in Marvia, told by `article` about `as_of`."""
    base: dict[str, Any] = {
        "measure": "killed",
        "unit": "people",
        "actor": None,
        "place": "Marvia",
        "topic": "attack",
        "source": f"source of {article}",
    }
    base.update(fields)
    return link.ClaimRecord(
        article, 0, value=value, as_of=as_of, published=as_of, event=event, **base
    )


MONDAY = [toll("first", 12, "2025-03-03"), toll("first again", 12, "2025-03-03")]
WEDNESDAY = [toll("second", 3, "2025-03-05")]  # fewer dead: no toll moving on
TWO_SHELLINGS = {
    ("first", 0): "ev-monday",
    ("first again", 0): "ev-monday",
    ("second", 0): "ev-wed",
}


def test_two_incidents_in_one_town_are_two_histories_that_never_contradict() -> None:
    (merged,) = link.claim_histories(MONDAY + WEDNESDAY)  # as the subject alone files them
    assert link.contradictions(merged)
    histories = link.claim_histories(MONDAY + WEDNESDAY, incidents=TWO_SHELLINGS)
    assert [[v.value for v in h.values] for h in histories] == [[12, 12], [3]]
    assert not any(link.contradictions(h) for h in histories)
    assert [h.incident for h in histories] == ["", "ev-wed"]  # the first keeps its id
    assert len({h.id for h in histories}) == 2
    assert [h.label.rsplit(" ", 1)[1] for h in histories] == ["(2025-03-03)", "(2025-03-05)"]


def test_a_later_incident_leaves_the_earlier_toll_s_id_as_it_was() -> None:
    """A link to Monday's toll, or an exported subject id, must not break when an unrelated
    attack on the same town is ingested on Thursday."""
    (monday,) = link.claim_histories(MONDAY, incidents=TWO_SHELLINGS)
    both = link.claim_histories(MONDAY + WEDNESDAY, incidents=TWO_SHELLINGS)
    assert both[0].id == monday.id and both[1].id != monday.id
    assert "ev-" not in both[0].label + both[1].label


def test_two_incidents_on_one_day_are_numbered_not_hashed() -> None:
    evening = [toll("third", 5, "2025-03-03")]
    incidents = {**TWO_SHELLINGS, ("third", 0): "ev-evening"}
    histories = link.claim_histories(MONDAY + evening, incidents=incidents)
    assert sorted(h.label.rsplit(" (", 1)[1] for h in histories) == [
        "2025-03-03 #2)",
        "2025-03-03)",
    ]


def test_one_incident_s_tolls_join_whoever_each_report_blames() -> None:
    tolls = [
        toll("army", 11, "2025-03-03", actor="Western Front"),
        toll("group", 40, "2025-03-03", actor="Marvian Guard"),
    ]
    assert len(link.claim_histories(tolls)) == 2
    one = {("army", 0): "ev-raid", ("group", 0): "ev-raid"}
    (history,) = link.claim_histories(tolls, incidents=one)
    assert [v.value for v in history.values] == [11, 40] and link.contradictions(history)
    assert history.incident == ""  # no other incident shares its subject: its id is kept


def test_a_toll_of_no_known_incident_follows_its_article_s_incident() -> None:
    later_line = toll("second", 4, "2025-03-03", event=None)  # its article's Wednesday toll
    histories = link.claim_histories(MONDAY + WEDNESDAY + [later_line], incidents=TWO_SHELLINGS)
    assert [sorted(v.value for v in h.values) for h in histories] == [[12, 12], [3, 4]]


def test_without_incidents_the_subjects_stay_as_they_were() -> None:
    alone = link.claim_histories(MONDAY + WEDNESDAY)
    assert [h.id for h in alone] == [
        h.id for h in link.claim_histories(MONDAY + WEDNESDAY, None, None, {})
    ]
    assert [h.incident for h in alone] == [""]


def test_a_running_toll_is_filed_by_no_incident() -> None:
    war = [
        toll("first", 500, "2025-03-03", topic="running toll"),
        toll("second", 900, "2025-03-05", topic="running toll"),
    ]
    (history,) = link.claim_histories(war, incidents=TWO_SHELLINGS)
    assert history.incident == ""


def place(name: str) -> link.EventPlaceRecord:
    return link.EventPlaceRecord(
        name=name, country="XM", admin1=None, level="PPL", lat=1.0, lon=2.0
    )


def test_only_a_dated_cluster_files_tolls_apart() -> None:
    """An undated mention ("the siege") is a cluster the linker could not tell from another."""
    dated = link.Cluster(
        "ev-dated", "attack", [link.EventRecord("a", 0, "attack", date="2025-03-03")]
    )
    undated = link.Cluster("ev-undated", "attack", [link.EventRecord("b", 0, "attack")])
    assert incident_ids([dated, undated]) == {("a", 0): "ev-dated"}


def payload(article: str, day: str, killed: int) -> dict[str, Any]:
    """An invented article: an attack on Marvia on `day`, killing `killed` people."""
    text = f"Gunmen attacked Marvia on {day}, killing {killed} people, the governor said."
    number = text.index(str(killed))
    return {
        "schema": "sitrep.extraction/1",
        "article": {"id": article, "published": day, "outlet": f"{article} news"},
        "text": text,
        "places": [],
        "times": [{"start": 0, "end": 1, "text": day, "value": day, "kind": "date"}],
        "quantities": [
            {
                "start": number,
                "end": number + len(f"{killed} people"),
                "text": f"{killed} people",
                "value": killed,
                "unit": "people",
                "measure": "killed",
                "hedge": "exact",
            }
        ],
        "attributions": [],
        "events": [
            {
                "start": 0,
                "end": len(text),
                "type": "attack",
                "actor": "gunmen",
                "place": {
                    "name": "Marvia",
                    "lat": 1.0,
                    "lon": 2.0,
                    "level": "PPL",
                    "country": "XM",
                },
                "date": day,
                "killed": killed,
                "quantities": [0],
                "attributions": [],
            }
        ],
    }


def test_the_ledger_files_two_attacks_on_one_town_apart() -> None:
    """Three days apart, two incidents to the linker: one history each, where the subject alone
    filed both tolls in one."""
    ledger = build_ledger(
        [
            ("monday", payload("monday", "2025-03-03", 12)),
            ("thursday", payload("thursday", "2025-03-06", 3)),
        ]
    )
    assert len(ledger.clusters) == 2
    tolls = [h for h in ledger.histories if h.subject[0] == "killed"]
    assert sorted([v.value for v in h.values] for h in tolls) == [[3], [12]]
    assert len({h.id for h in tolls}) == 2


def stored_attack(article: str, day: str, killed: int) -> Extraction:
    """The invented article of `payload`, as the store keeps it."""
    text = f"Gunmen attacked Marvia on {day}, killing {killed} people, the governor said."
    number = text.index(str(killed))
    toll_words = f"{killed} people"
    return Extraction(
        article=Article(article, text, title=article, published=dt.date.fromisoformat(day)),
        times=(TimeExpr(0, 1, day, day),),
        quantities=(
            Quantity(
                number,
                number + len(toll_words),
                toll_words,
                killed,
                unit="people",
                measure="killed",
            ),
        ),
        events=(
            Event(
                0,
                len(text),
                "attack",
                actor="gunmen",
                place=EventPlace("Marvia", 1.0, 2.0, "PPL", "XM"),
                date=day,
                killed=killed,
                quantities=(0,),
            ),
        ),
        pipeline_version="test-1",
    )


def test_an_analyst_s_words_find_each_incident_s_history(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "tolls.db"))
    store.save_batch(
        [stored_attack("monday", "2025-03-03", 12), stored_attack("thursday", "2025-03-06", 3)]
    )
    rebuild_ledger(store)
    with store.engine.connect() as conn:
        found = subjects_about(conn, "killed in Marvia")
        read = claim_history(conn, "killed in Marvia", limit=1)
    assert len(found) == 2 and len({s["label"] for s in found}) == 2
    assert sorted(s["label"][-12:] for s in found) == ["(2025-03-03)", "(2025-03-06)"]
    assert len(read) == 1 and len(read[0]["values"]) == 1
