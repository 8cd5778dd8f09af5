"""The page says who did what to whom and what is only claimed, in a real browser: the actor and
target read alike in rows, cards and popups; denied, expected and planned events carry a badge
and a hollow marker, and "asserted only" leaves them out; a country's centroid is drawn apart
from a town; events on one point share a marker listing them all; a phone reads an incident's
reports and opens the tips with a tap; the header, the empty incidents and a stale link say
what is there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sitrep.model import Article, Event, EventPlace, Extraction, Place
from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger
from sitrep.web import create_app
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    TIMEOUT_MS,
    Watched,
    expect,
    launched_browser,  # noqa: F401
    served_store,
    serving,
    watching,
)

pytestmark = pytest.mark.slow

VELMOR = EventPlace("Velmor", 47.1, 28.3, "PPL", "MD")
DORSK = EventPlace("Dorsk", 49.0, 27.0, "PPL", "MD")
NORVANIA = EventPlace("Norvania", 45.0, 25.0, "PCLI", "RO")  # a country's centroid


def report(article_id: str, text: str, *events: Event) -> Extraction:
    """An invented article (its id its title) with the events read from it."""
    article = Article(id=article_id, text=text, title=article_id, published=dt.date(2025, 4, 8))
    velmor = text.find("Velmor")
    places = (Place(velmor, velmor + 6, "Velmor", name="Velmor", country="MD", lat=47.1, lon=28.3),)
    return Extraction(
        article=article,
        events=events,
        places=places if velmor >= 0 else (),
        pipeline_version="sample-1",
    )


def told(text: str, type: str, place: EventPlace, **fields: Any) -> Event:
    return Event(0, len(text), type, place=place, date="2025-04-07", **fields)


SHELLED = "Artillery shelled Velmor on Monday, killing six people, the council said."
TOLL = "The toll of Monday's shelling of Velmor rose to nine, medics said."
DENIED = "The Southern army denied shelling Velmor on Monday."
GATHER = "Some 3,000 soldiers are expected to gather in Norvania next week."
MARCH = "Farmers plan to march on Dorsk on Friday."


def modality_store(path: Path) -> str:
    """Three events on Velmor's point (one denied, one whose report names no actor), one
    expected at Norvania's centroid, one planned at Dorsk; a headline restated in the body."""
    db = str(path / "modality.db")
    shelled = told(SHELLED, "attack", VELMOR, actor="Southern army", target="Velmor garrison")
    headline = told(SHELLED, "attack", VELMOR, actor="Southern army", duplicate_of=0)
    store = Store(db)
    store.save_batch(
        [
            report("shelled", SHELLED, shelled, headline),
            report("toll", TOLL, told(TOLL, "attack", VELMOR, target="Velmor", killed=9)),
            report(
                "denied",
                DENIED,
                told(DENIED, "attack", VELMOR, actor="Southern army", modality="denied"),
            ),
            report("gather", GATHER, told(GATHER, "deploy", NORVANIA, modality="expected")),
            report("march", MARCH, told(MARCH, "protest", DORSK, modality="planned")),
        ]
    )
    rebuild_ledger(store)
    return db


site_url, watched = served_store(modality_store, "modality")


def row(page: Any, title: str) -> Any:
    return page.locator("#events li.event", has=page.locator(".event-source", has_text=title))


@pytest.mark.parametrize(
    ("actor", "target", "reads"),
    [
        ("Southern army", "Velmor garrison", "Southern army → Velmor garrison"),
        (None, "Velmor", "? → Velmor"),  # never the target alone, which reads as the actor
        ("Southern army", None, "Southern army"),
        (None, None, None),
    ],
)
def test_actor_and_target_read_alike_everywhere(
    watched: Watched, actor: str | None, target: str | None, reads: str | None
) -> None:
    words = watched.page.evaluate(
        "async ([actor, target]) => (await import('/static/format.js'))"
        ".actorTarget({ actor, target })?.textContent ?? null",
        [actor, target],
    )
    assert words == reads


def test_an_unknown_actor_is_never_shown_as_the_target(watched: Watched) -> None:
    """The list row, the event card and the incident card all say "? → Velmor"."""
    page = watched.page
    toll = row(page, "toll")
    expect(toll.locator(".event-meta")).to_contain_text("? → Velmor · 9 killed")
    toll.locator("a.open-event").click()
    card = page.locator("#event-card")
    expect(card.locator("dt", has_text="Actor → target")).to_have_count(1)
    expect(card).to_contain_text("? → Velmor")
    page.click("button[data-tab=incidents]")
    incident = page.locator("#incidents li.incident", has_text="1 report in 1 article")
    expect(incident.filter(has_text="attack in Velmor").locator(".event-meta")).to_contain_text(
        "? → Velmor · 9 killed"
    )


def test_what_is_only_claimed_carries_a_badge_and_a_hollow_marker(watched: Watched) -> None:
    """Rows and popups badge the denied, expected and planned events; their points are hollow and
    dashed, a country's centroid large and faint; "asserted only" leaves them out."""
    page = watched.page
    expect(row(page, "denied").locator(".modality")).to_have_text("denied")
    expect(row(page, "gather").locator(".modality")).to_have_text("expected")
    expect(row(page, "shelled").locator(".modality")).to_have_count(0)
    markers = page.locator("#map path.marker")
    expect(markers).to_have_count(3)  # Velmor (mixed: drawn solid), Norvania, Dorsk
    expect(page.locator("#map path.marker.claimed")).to_have_count(2)
    expect(page.locator("#map path.marker.coarse")).to_have_count(1)
    assert page.locator("#map path.coarse").get_attribute("stroke-dasharray") == "4 3"
    # the map opens on the towns: the country's centroid comes into view zoomed out
    page.evaluate("() => sitrep.state.map.fitBounds(sitrep.state.markers.getBounds())")
    page.locator("#map path.coarse").click(force=True)
    expect(page.locator(".leaflet-popup-content .modality")).to_have_text("expected")
    page.check("#f-asserted")
    page.click("#f-apply")
    expect(page.locator("#events-count")).to_have_text("2 events match")
    expect(page.locator("#events .modality")).to_have_count(0)
    expect(markers).to_have_count(1)
    page.click("button[data-tab=incidents]")
    expect(page.locator("#incidents-count")).to_have_text("2 incidents, newest first")
    expect(page.locator("#incidents .modality")).to_have_text(["disputed"])  # none to come


def test_events_on_one_point_share_a_marker_that_lists_them_all(watched: Watched) -> None:
    page = watched.page
    page.evaluate("() => sitrep.state.map.setView([47.1, 28.3], 7)")
    page.evaluate(
        "() => [...sitrep.state.points.values()].find((p) => p.events.length > 1).marker.openPopup()"
    )
    popup = page.locator(".leaflet-popup-content")
    expect(popup.locator("strong")).to_have_text("3 events at Velmor")
    expect(popup).to_contain_text("3 attack · 1 not asserted")
    expect(popup.locator("ol.point-events > li")).to_have_count(3)
    popup.locator("li", has_text="9 killed").locator("a", has_text="attack in Velmor").click()
    expect(page.locator("#article-title")).to_have_text("toll")


def test_a_phone_reads_an_incident_s_reports_and_taps_open_a_tip(
    browser: Any, site_url: str
) -> None:
    """Each report is a card of labelled lines within the screen; a marked place opens its tip
    on a tap and on keyboard focus."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    watched = Watched(page, site_url)
    page.goto(site_url + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.click("button[data-tab=incidents]")
    page.locator("#incidents li.incident", has_text="3 reports").locator("a").click()
    expect(page.locator("#event-card")).to_contain_text("denied in 1 of 3 reports")
    expect(page.locator("#event-card td.report .modality")).to_have_text("denied")
    links = page.locator("#event-card table.reports td.report a")
    expect(links.first).to_be_visible()
    for box in links.evaluate_all("ls => ls.map(l => l.getBoundingClientRect().right)"):
        assert box <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # each cell says its column: the header row is not needed
    expect(page.locator("#event-card table.reports thead")).to_be_hidden()
    cell = page.locator("#event-card table.reports td[data-label=Published]").first
    assert cell.evaluate("td => getComputedStyle(td, '::before').content") == '"Published: "'
    place = page.locator("#article-text span.ann-place").first
    assert place.get_attribute("tabindex") == "0"
    place.tap()
    expect(page.locator("#tip")).to_contain_text("Place: Velmor")
    page.keyboard.press("Escape")
    expect(page.locator("#tip")).to_be_hidden()
    page.locator("#article-title").click()  # the tap left the place focused: move away first
    expect(page.locator("#tip")).to_be_hidden()
    place.focus()
    expect(page.locator("#tip")).to_be_visible()
    context.close()
    assert watched.errors == [] and watched.outside == []


def test_the_header_counts_the_events_as_the_list_does(watched: Watched) -> None:
    page = watched.page
    expect(page.locator("#stats")).to_contain_text("5 articles · 6 reports of 5 events")
    expect(page.locator("#events-count")).to_have_text("5 events")


@pytest.mark.parametrize("link", ["#/incident/gone", "#/event/gone/0"])
def test_a_stale_link_shows_its_error_without_the_last_article(watched: Watched, link: str) -> None:
    page = watched.page
    row(page, "shelled").locator("a.open-event").click()
    expect(page.locator("#article-title")).to_have_text("shelled")
    page.evaluate("(link) => { location.hash = link; }", link)
    expect(page.locator("#event-detail .error")).to_be_visible()
    expect(page.locator("#article-title")).to_have_count(0)
    expect(page.locator("#article-text")).to_have_text("")
    watched.errors[:] = [e for e in watched.errors if "status of 404" not in e]  # the stale link


def test_the_event_s_words_are_in_the_key_and_keep_the_marks_inside_them(
    watched: Watched,
) -> None:
    page = watched.page
    row(page, "shelled").locator("a.open-event").click()
    place = page.locator("#article-text mark.evidence .focus.ann-place")
    expect(place).to_have_text("Velmor")
    key = page.locator(".key .focus")
    expect(key).to_have_text("the event's words")
    colour = "el => getComputedStyle(el).backgroundColor"
    assert place.evaluate(colour) == page.locator(".key .ann-place").evaluate(colour)
    assert key.evaluate("el => getComputedStyle(el).textDecorationLine") == "underline"


def test_an_empty_store_says_there_are_no_incidents_yet(browser: Any, tmp_path: Path) -> None:
    """Not that a filter or the background box hides them."""
    db = str(tmp_path / "empty.db")
    Store(db)
    with serving(create_app(db)) as url, watching(browser, url) as watched:
        page = watched.page
        page.click("button[data-tab=incidents]")
        expect(page.locator("#incidents-count")).to_have_text(
            "No incidents yet: `sitrep ledger` merges the stored reports into incidents."
        )
        page.fill("#f-place", "Velmor")
        page.click("#f-apply")
        expect(page.locator("#incidents-count")).to_contain_text("No incidents match.")
