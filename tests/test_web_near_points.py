"""A point that only stands in for where an event happened (a village the gazetteer lacks, drawn
at the town the text put it near) is drawn faint with a dotted ring, and its popup says so, in a
real browser. Invented reports."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from sitrep.model import EventPlace
from sitrep.store import Store
from sitrep.web import create_app
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    Watched,
    expect,
    launched_browser,  # noqa: F401
    serving,
    watching,
)
from test_web_modality import report, told

pytestmark = pytest.mark.slow

NEAR_DORSK = EventPlace("Velkivka", 49.0, 27.0, None, "MD", near="Dorsk")
VELMOR = EventPlace("Velmor", 47.1, 28.3, "PPL", "MD")
VILLAGE = "Artillery shelled the village of Velkivka near Dorsk on Monday."
TOWN = "Artillery shelled Velmor on Monday, the council said."


@pytest.fixture(scope="module")
def near_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("near") / "near.db")
    store = Store(db)
    store.save_batch(
        [
            report("village", VILLAGE, told(VILLAGE, "attack", NEAR_DORSK)),
            report("town", TOWN, told(TOWN, "attack", VELMOR)),
        ]
    )
    store.close()
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture
def watched(browser: Any, near_url: str) -> Iterator[Watched]:
    with watching(browser, near_url) as w:
        yield w


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
