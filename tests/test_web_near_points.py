"""A point that only stands in for where an event happened (a village the gazetteer lacks, drawn
at the town the text put it near) is drawn faint with a dotted ring, and its popup says so, in a
real browser. Invented reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.model import EventPlace
from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    Watched,
    expect,
    launched_browser,  # noqa: F401
    served_store,
)
from test_web_modality import report, told

pytestmark = pytest.mark.slow

NEAR_DORSK = EventPlace("Velkivka", 49.0, 27.0, None, "MD", near="Dorsk")
VELMOR = EventPlace("Velmor", 47.1, 28.3, "PPL", "MD")
VILLAGE = "Artillery shelled the village of Velkivka near Dorsk on Monday."
TOWN = "Artillery shelled Velmor on Monday, the council said."


def near_store(folder: Path) -> str:
    """A village placed near a town the gazetteer knows, and a town of its own."""
    db = str(folder / "near.db")
    store = Store(db)
    store.save_batch(
        [
            report("village", VILLAGE, told(VILLAGE, "attack", NEAR_DORSK)),
            report("town", TOWN, told(TOWN, "attack", VELMOR)),
        ]
    )
    rebuild_ledger(store)  # the incidents the list and the incident's ring show
    store.close()
    return db


site_url, watched = served_store(near_store, "near")


def test_a_point_near_the_place_is_dotted_and_says_so(watched: Watched) -> None:
    page = watched.page
    expect(page.locator("#map path.marker")).to_have_count(2)
    near = page.locator("#map path.marker.near")
    expect(near).to_have_count(1)
    assert near.get_attribute("stroke-dasharray") == "1 4"
    page.evaluate("() => sitrep.state.map.setView([49.0, 27.0], 7)")
    near.click(force=True)
    expect(page.locator(".leaflet-popup-content .near-note")).to_have_text(
        "Velkivka placed near Dorsk"
    )
    expect(page.locator("#legend")).to_contain_text("dotted: placed near a town")


@pytest.mark.parametrize(
    ("place", "near", "note"),
    [("Velkivka", True, "Velkivka placed near Dorsk"), ("Velmor", False, "Velmor")],
)
def test_an_opened_incident_is_ringed_dotted_when_only_near(
    watched: Watched, place: str, near: bool, note: str
) -> None:
    """An incident is drawn as its events are: its ring faint and dotted, saying so, when its
    reports place it only near the point; the ring goes when the lists are shown again."""
    page = watched.page
    page.click("button[data-tab=incidents]")
    page.locator("#incidents li.incident", has_text=place).locator("a").first.click()
    ring = page.locator("#map path.incident-point")
    expect(ring).to_have_count(1)
    expect(page.locator("#map path.incident-point.near")).to_have_count(1 if near else 0)
    assert ring.get_attribute("stroke-dasharray") == ("1 4" if near else None)
    page.evaluate("() => sitrep.state.incidentPoint.openPopup()")
    expect(page.locator(".leaflet-popup-content .incident-place")).to_have_text(note)
    expect(page.locator(".leaflet-popup-content .incident-place.near-note")).to_have_count(
        int(near)
    )
    page.evaluate("() => { location.hash = '#/'; }")
    expect(ring).to_have_count(0)
