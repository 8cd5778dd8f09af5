"""A point that only stands in for where an event happened (a village the gazetteer lacks, drawn
at the town the text put it near) is drawn faint with a dotted ring, and its popup says so, in a
real browser. Invented reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
# a place with no name of its own, drawn at the town it was said to be near
UNNAMED_NEAR_ORVEN = EventPlace(None, 45.5, 29.5, None, "MD", near="Orven")
VILLAGE = "Artillery shelled the village of Velkivka near Dorsk on Monday."
TOWN = "Artillery shelled Velmor on Monday, the council said."
FIELDS = "Drones struck grain fields outside Orven on Monday, farmers said."


def near_store(folder: Path) -> str:
    """A village placed near a town the gazetteer knows, a town of its own, and fields with no
    name placed near another town."""
    db = str(folder / "near.db")
    store = Store(db)
    store.save_batch(
        [
            report("village", VILLAGE, told(VILLAGE, "attack", NEAR_DORSK)),
            report("town", TOWN, told(TOWN, "attack", VELMOR)),
            report("fields", FIELDS, told(FIELDS, "attack", UNNAMED_NEAR_ORVEN)),
        ]
    )
    rebuild_ledger(store)  # the incidents the list and the incident's ring show
    store.close()
    return db


site_url, watched = served_store(near_store, "near")


@pytest.mark.parametrize(
    ("point", "note"),
    [("49,27", "Velkivka placed near Dorsk"), ("45.5,29.5", "placed near Orven")],
)
def test_a_point_near_the_place_is_dotted_and_says_so(
    watched: Watched, point: str, note: str
) -> None:
    """A place with no name is only "placed near" the town, not "null placed near" it."""
    page = watched.page
    expect(page.locator("#map path.marker")).to_have_count(3)
    near = page.locator("#map path.marker.near")
    expect(near).to_have_count(2)
    assert near.evaluate_all("paths => paths.map(p => p.getAttribute('stroke-dasharray'))") == [
        "1 4",
        "1 4",
    ]
    page.evaluate(f"() => sitrep.state.points.get('{point}').marker.openPopup()")
    expect(page.locator(".leaflet-popup-content .near-note")).to_have_text(note)
    expect(page.locator("#legend")).to_contain_text("dotted: placed near a town")


@pytest.mark.parametrize(
    ("place", "near", "note"),
    [
        ("Velkivka", True, "Velkivka placed near Dorsk"),
        ("Velmor", False, "Velmor"),
    ],
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


def test_an_incident_left_while_it_opens_leaves_no_ring(watched: Watched) -> None:
    """The reader follows another link while the incident's article is still being fetched:
    the ring is not drawn over the view opened since, and the map stays where it was."""
    page = watched.page
    held: list[Any] = []
    page.route("**/api/articles/**", lambda route: held.append(route))  # answered once left
    page.click("button[data-tab=incidents]")
    page.locator("#incidents li.incident", has_text="Velmor").locator("a").first.click()
    page.wait_for_function("() => document.querySelector('#event-card') !== null")
    for _ in range(100):  # the route's handler runs while the page is waited on
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the incident's article was not asked for"
    page.evaluate("() => { location.hash = '#/'; }")
    expect(page.locator("#incidents")).to_be_visible()
    centre = page.evaluate("() => sitrep.state.map.getCenter()")
    page.unroute("**/api/articles/**")
    for route in held:
        route.continue_()
    page.wait_for_function("() => document.querySelector('#article-text').dataset.article")
    page.evaluate("() => new Promise((done) => setTimeout(done, 100))")  # the awaits resume
    expect(page.locator("#map path.incident-point")).to_have_count(0)
    assert page.evaluate("() => sitrep.state.incidentPoint") is None
    assert page.evaluate("() => sitrep.state.map.getCenter()") == centre
