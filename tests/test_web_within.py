"""The page's "wholly within" box in a real browser: a timeline day lists what its bar counts,
the count line says when the box narrows it, the incidents keep every incident a day meets, and
an article added from the page says when the incidents take it in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.web import create_app
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    dated_long_ago,
    expect,
    launched_browser,  # noqa: F401
    off_axis_store,
    serving,
    watching,
)

pytestmark = pytest.mark.slow
# a day of the off-axis store with one event dated to it, in a year ("2025") another is dated to
DAY = "2025-03-23"


def test_a_day_lists_what_its_bar_counts_and_the_count_line_says_why(
    browser: Any, tmp_path: Path
) -> None:
    """The bar counts the event dated to that day; its click lists that one, not the event dated
    to the whole year, and the count line names the box that leaves the year out. Unticked, the
    same dates list both; the incidents list every incident the day meets either way."""
    db = off_axis_store(tmp_path)
    with serving(create_app(db)) as url, watching(browser, url) as watched:
        page = watched.page
        day = page.locator(f"#timeline g.day[data-date='{DAY}']")
        expect(day.locator("title")).to_have_text(f"{DAY}: 1 event")
        day.click()
        expect(page.locator("#events-count")).to_have_text("1 event matches (wholly within)")
        expect(page.locator("#events li.event")).to_have_count(1)
        assert page.is_checked("#f-within")
        page.click("button[data-tab=incidents]")
        expect(page.locator("#incidents-count")).to_contain_text(
            "(the wholly within filter applies to the event list only)"
        )
        incidents = page.locator("#incidents li.incident").count()
        page.uncheck("#f-within")
        page.click("#f-apply")
        expect(page.locator("#events-count")).to_have_text("2 events match")
        expect(page.locator("#incidents li.incident")).to_have_count(incidents)
        expect(page.locator("#incidents-count")).not_to_contain_text("wholly within")


def test_an_article_added_from_the_page_says_when_the_incidents_take_it_in(
    browser: Any, tmp_path: Path
) -> None:
    """A post stores the article and its events, not the ledger: the line says "1 event", not
    "1 events", and that the incidents follow after `sitrep ledger`."""
    app = create_app(off_axis_store(tmp_path), allow_ingest=True, extractor=dated_long_ago)
    with serving(app) as url, watching(browser, url) as watched:
        page = watched.page
        page.click("#tab-ingest")
        page.fill(
            "#ingest-form textarea[name=text]", "Dolna was shelled once more, a reader wrote."
        )
        page.click("#ingest-form button[type=submit]")
        expect(page.locator("#ingest-status")).to_have_text(
            "Stored: 1 event. The incidents take it in after `sitrep ledger`."
        )
        expect(page.locator("#stats")).to_contain_text("11 articles · 11 events")
