"""The page as a reader finds their way round it, in a real browser: a toll opens the words it
was read from, Back returns to the list and to the filters before, the incidents list shows the
date it is sorted by, the map opens on the towns, and a garbled address or a bad link is
answered, not thrown. Over the invented store of test_web_reader_api.py."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.ingest.common import content_id
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    Watched,
    expect,
    launched_browser,  # noqa: F401
    served_store,
)
from test_web_reader_api import TEXT, UNDATED, reader_store

pytestmark = pytest.mark.slow


site_url, watched = served_store(reader_store, "reader")


def row(page: Any, event_type: str) -> Any:
    return page.locator(f"#events li.event[data-type={event_type}]")


@pytest.mark.parametrize(("toll", "words"), [("14 killed", "14 people"), ("20 injured", "20")])
def test_a_toll_opens_the_words_it_was_read_from(watched: Watched, toll: str, words: str) -> None:
    """The governor's sentence holds the tolls, not the attack's: the link opens that one."""
    page = watched.page
    row(page, "attack").locator("a.num", has_text=toll).click()
    expect(page.locator("#article-text .focus")).to_have_text(words)
    expect(page.locator("#article-text mark.evidence")).to_contain_text("regional governor")


def test_a_toll_no_number_gives_is_not_linked(watched: Watched) -> None:
    clash = row(watched.page, "armed_clash")
    expect(clash.locator(".casualties")).to_have_text("3 killed")
    expect(clash.locator(".casualties a")).to_have_count(0)


def test_back_returns_to_the_list_and_to_the_filters_before(watched: Watched) -> None:
    page = watched.page
    row(page, "attack").locator("a.open-event").click()
    expect(page.locator("#event-card")).to_be_visible()
    page.go_back()
    expect(page.locator("#panel-events")).to_be_visible()
    expect(page.locator("#event-card")).to_have_count(0)
    page.fill("#f-place", "Dolnivka")
    page.click("#f-apply")
    expect(page.locator("#events li.event")).to_have_count(1)
    page.go_back()
    expect(page.locator("#events li.event")).to_have_count(7)
    assert page.input_value("#f-place") == ""
    page.go_forward()
    expect(page.locator("#events li.event")).to_have_count(1)
    assert page.input_value("#f-place") == "Dolnivka"


def load(page: Any, address: str) -> None:
    """The page loaded afresh at `address` (a path, a query and a hash), once ready."""
    page.goto(page.url.split("#")[0].split("?")[0].rstrip("/") + address)
    page.reload()
    page.wait_for_selector("body[data-ready=true]")


def test_a_filtered_address_is_drawn_filtered(watched: Watched) -> None:
    load(watched.page, "/?place=Dolnivka")
    expect(watched.page.locator("#events li.event")).to_have_count(1)
    assert watched.page.input_value("#f-place") == "Dolnivka"


def test_incidents_show_the_date_they_are_sorted_by(watched: Watched) -> None:
    """An undated incident reads as such with the day it was reported, never as the window the
    ledger infers for it."""
    page = watched.page
    page.click("button[data-tab=incidents]")
    expect(page.locator("#incidents li.incident .date")).to_have_text(
        [
            "undated · reported 2025-04-25",
            "2025-04-20",
            "2025-04-07",
            "2025-04-06",
            "2025-04-05",
            "2025-04",
            "undated",
        ]
    )


def test_the_map_opens_on_the_towns_not_a_country_s_centroid(watched: Watched) -> None:
    page = watched.page
    expect(page.locator("#map path.marker")).to_have_count(3)
    inside = page.evaluate(
        "() => { const b = sitrep.state.map.getBounds();"
        " return [b.contains([48.1, 35.2]), b.contains([48.3, 35.6]), b.contains([62, 95])]; }"
    )
    assert inside == [True, True, False]


def test_an_event_whose_article_has_no_date_reads_undated(watched: Watched) -> None:
    page = watched.page
    page.goto(page.url.split("#")[0] + f"#/event/{content_id(UNDATED)}/0")
    expect(page.locator("#event-card")).to_contain_text("undated")
    expect(page.locator("#event-card")).not_to_contain_text("null")


def test_a_garbled_address_is_answered(watched: Watched) -> None:
    load(watched.page, "/#/article/%E0%A4%A")
    expect(watched.page.locator("#article-text .error")).to_contain_text("garbled")


@pytest.mark.parametrize("offsets", ["-5/30", "30/10", "x/9", "0/100000"])
def test_offsets_the_text_does_not_hold_highlight_nothing(watched: Watched, offsets: str) -> None:
    page = watched.page
    page.goto(page.url.split("#")[0] + f"#/article/{content_id(TEXT)}/{offsets}")
    expect(page.locator("#article-title")).to_have_text("Shelling of Marnovo market kills 14")
    expect(page.locator("#article-text mark.evidence")).to_have_count(0)


def test_a_refused_filter_leaves_no_markers_behind(watched: Watched) -> None:
    page = watched.page
    expect(page.locator("#map path.marker")).to_have_count(3)
    page.fill("#f-since", "2025-04-20")
    page.fill("#f-until", "2025-04-01")
    page.click("#f-apply")
    expect(page.locator("#events .error")).to_contain_text("swap them")
    expect(page.locator("#map path.marker")).to_have_count(0)
    watched.errors.clear()  # the refusal's 400s, which the console reports
